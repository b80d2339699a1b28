#include "LanguageManager.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace sijil::ui {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent) {}

LanguageManager::~LanguageManager() {
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_qtOverrides)
        QCoreApplication::removeTranslator(m_qtOverrides.get());
}

const QList<LanguageManager::Language>& LanguageManager::available() {
    static const QList<Language> list = {
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    return list;
}

bool LanguageManager::setLanguage(const QString& code) {
    const bool known = std::any_of(available().begin(), available().end(),
                                   [&](const Language& l) { return l.code == code; });
    if (!known)
        return false;
    if (code == m_code)
        return true;

    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/sijil_%1.qm").arg(code)))
        return false;
    // Qt's own strings (standard buttons, dialogs); Debian ships them in qt6-translations-l10n.
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QStringLiteral("qtbase_%1").arg(code),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    // Over them, ours for what they lack or word otherwise than the program (translations/
    // qt_overrides_<code>.ts): asked before Qt's, being installed after.
    auto qtOverrides = std::make_unique<QTranslator>();
    if (!qtOverrides->load(QStringLiteral(":/i18n/qt_overrides_%1.qm").arg(code)))
        qtOverrides.reset();

    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_qtOverrides)
        QCoreApplication::removeTranslator(m_qtOverrides.get());
    m_app = std::move(app);
    m_qt = std::move(qt);
    m_qtOverrides = std::move(qtOverrides);

    // Moroccan conventions for dates and numbers; Arabic keeps Latin digits as ar_MA does.
    const QLocale locale(code == u"ar"   ? QStringLiteral("ar_MA")
                         : code == u"fr" ? QStringLiteral("fr_MA")
                                         : QStringLiteral("en_GB"));
    QLocale::setDefault(locale);
    m_code = code;
    QApplication::setLayoutDirection(code == u"ar" ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_qtOverrides)
        QCoreApplication::installTranslator(m_qtOverrides.get());
    QCoreApplication::installTranslator(m_app.get()); // posts LanguageChange to every widget
    emit languageChanged(code);
    return true;
}

} // namespace sijil::ui
