#pragma once

#include <sijil/access/AccountService.h>
#include <sijil/access/LocalAuthenticator.h>
#include <sijil/access/SessionManager.h>
#include <sijil/core/Clock.h>
#include <sijil/core/ConnectionStatus.h>
#include <sijil/core/PatientContext.h>
#include <sijil/core/SiteConfig.h>
#include <sijil/core/UserPreferences.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/UserRepository.h>

#include <QTemporaryDir>

#include <memory>
#include <shell/LanguageManager.h>
#include <shell/MainWindow.h>
#include <shell/ThemeManager.h>

namespace sijil::test {

// The shell wired as the composition root wires it, on a real store in a temporary folder, with a
// manual clock for sign-in throttling.
class ShellFixture {
public:
    ShellFixture();
    ~ShellFixture();

    // Creates an account synchronously (the hashing still runs on the pool).
    access::User addUser(const QString& username, const QString& password,
                         QList<access::Role> roles = {access::Role::Physician},
                         const QString& displayName = QStringLiteral("Dr Test"));
    ui::MainWindow& window();
    // Signs in through the session and waits until it is active.
    bool signIn(const QString& username, const QString& password);

    QTemporaryDir dir;
    core::ManualClock clock;
    core::SiteConfig site;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<storage::UserRepository> users;
    std::unique_ptr<access::AccountService> accounts;
    std::unique_ptr<access::LocalAuthenticator> authenticator;
    std::unique_ptr<access::SessionManager> session;
    std::unique_ptr<core::PatientContext> patient;
    std::unique_ptr<core::ConnectionStatus> connection;
    std::unique_ptr<core::UserPreferences> preferences;
    std::unique_ptr<ui::LanguageManager> languages;
    std::unique_ptr<ui::ThemeManager> themes;

private:
    std::unique_ptr<ui::MainWindow> m_window;
};

// A patient for banner tests: names in both scripts, a full birth date, an IPP.
core::PatientSummary samplePatient();

} // namespace sijil::test
