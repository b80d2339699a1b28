#pragma once

#include <QSettings>
#include <QString>

namespace sijil::core {

// What a person chooses for this workstation (language, theme), kept in an INI file in the data
// folder. Site-wide settings live in SiteConfig instead.
class UserPreferences {
public:
    explicit UserPreferences(const QString& iniPath);

    // "fr", "ar" or "en"; `fallback` when never chosen.
    [[nodiscard]] QString language(const QString& fallback) const;
    void setLanguage(const QString& code);
    // "light" or "high-contrast".
    [[nodiscard]] QString theme() const;
    void setTheme(const QString& theme);
    [[nodiscard]] QString lastUsername() const;
    void setLastUsername(const QString& username);

    static bool isSupportedLanguage(const QString& code);
    static bool isSupportedTheme(const QString& theme);

private:
    mutable QSettings m_settings;
};

} // namespace sijil::core
