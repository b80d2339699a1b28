#pragma once

namespace sijil::access {
class AccountService;
class SessionManager;
} // namespace sijil::access
namespace sijil::core {
class ConnectionStatus;
class PatientContext;
class UserPreferences;
struct SiteConfig;
} // namespace sijil::core

namespace sijil::ui {

class LanguageManager;
class ThemeManager;

// What the shell needs, built by the composition root and handed in: the screens never create
// services themselves.
struct ShellServices {
    access::SessionManager& session;
    access::AccountService& accounts;
    core::PatientContext& patient;
    core::ConnectionStatus& connection;
    core::UserPreferences& preferences;
    const core::SiteConfig& site;
    LanguageManager& languages;
    ThemeManager& themes;
};

} // namespace sijil::ui
