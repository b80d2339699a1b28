#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace sijil::ui {

// Switches the interface language at run time: installs Sijil's and Qt's own translators, sets
// the locale for dates and numbers, and turns the whole layout right to left for Arabic. Widgets
// re-translate themselves on QEvent::LanguageChange.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    struct Language {
        QString code;       // "fr", "ar", "en"
        QString nativeName; // "Français", "العربية", "English": never translated
    };

    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    static const QList<Language>& available();
    // Returns false (and changes nothing) for an unknown code or a missing translation file.
    bool setLanguage(const QString& code);
    [[nodiscard]] const QString& language() const { return m_code; }

signals:
    void languageChanged(const QString& code);

private:
    QString m_code;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_qtOverrides; // ours over Qt's (translations/qt_overrides_*)
};

} // namespace sijil::ui
