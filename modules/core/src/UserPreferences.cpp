#include <sijil/core/UserPreferences.h>

namespace sijil::core {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kLastUser = QStringLiteral("session/lastUsername");
} // namespace

UserPreferences::UserPreferences(const QString& iniPath)
    : m_settings(iniPath, QSettings::IniFormat) {}

bool UserPreferences::isSupportedLanguage(const QString& code) {
    return code == u"fr" || code == u"ar" || code == u"en";
}

bool UserPreferences::isSupportedTheme(const QString& theme) {
    return theme == u"light" || theme == u"high-contrast";
}

QString UserPreferences::language(const QString& fallback) const {
    const QString v = m_settings.value(kLanguage).toString();
    return isSupportedLanguage(v) ? v : fallback;
}

void UserPreferences::setLanguage(const QString& code) {
    if (isSupportedLanguage(code))
        m_settings.setValue(kLanguage, code);
}

QString UserPreferences::theme() const {
    const QString v = m_settings.value(kTheme).toString();
    return isSupportedTheme(v) ? v : QStringLiteral("light");
}

void UserPreferences::setTheme(const QString& theme) {
    if (isSupportedTheme(theme))
        m_settings.setValue(kTheme, theme);
}

QString UserPreferences::lastUsername() const {
    return m_settings.value(kLastUser).toString();
}

void UserPreferences::setLastUsername(const QString& username) {
    m_settings.setValue(kLastUser, username);
}

} // namespace sijil::core
