#pragma once

#include <sijil/core/Result.h>
#include <sijil/core/SiteConfig.h>

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QString>

#include <memory>

namespace sijil::core {
class Paths;
class SystemClock;
} // namespace sijil::core
namespace sijil::storage {
class AuditTrail;
class Database;
class UserRepository;
} // namespace sijil::storage
namespace sijil::access {
class AccountService;
}

namespace sijil::app {

// What a sijilctl command works with; built lazily so that `version` and `config show` need no
// database.
class CtlContext {
public:
    CtlContext(QString dataDir, QString siteConfigPath);
    ~CtlContext();

    [[nodiscard]] const core::Paths& paths() const { return *m_paths; }
    // The effective site configuration (file named, found, or embedded default).
    [[nodiscard]] core::Result<core::SiteConfig> siteConfig() const;
    [[nodiscard]] core::Result<storage::Database*> database();
    [[nodiscard]] core::Result<access::AccountService*> accounts();
    [[nodiscard]] core::Result<storage::AuditTrail*> auditTrail();

    // Prints a translated error to stderr in the form "sijilctl: message".
    static void printError(const QString& message);
    static void printError(const core::Error& error);

    // Runs the event loop until `future` resolves: continuations of the services come back
    // through it.
    template <typename T>
    static T await(QFuture<T> future) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
        return future.result();
    }

private:
    QString m_siteConfigPath;
    std::unique_ptr<core::Paths> m_paths;
    std::unique_ptr<core::SystemClock> m_clock;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<storage::UserRepository> m_users;
    std::unique_ptr<access::AccountService> m_accounts;
    std::unique_ptr<storage::AuditTrail> m_audit;
};

} // namespace sijil::app
