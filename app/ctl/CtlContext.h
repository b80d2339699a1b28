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
struct SessionInfo;
} // namespace sijil::access
namespace sijil::storage {
class DuplicateQueue;
class IdentifierBlocks;
class ResourceStore;
class SearchIndex;
} // namespace sijil::storage
namespace sijil::fhir {
class FhirClient;
}
namespace sijil::registry {
class PatientRegistry;
class ReferenceData;
} // namespace sijil::registry

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
    // For commands about a store that must exist already (checks, search, the duplicate queue):
    // none is made; its absence is an error.
    void setExistingOnly(bool existingOnly) { m_existingOnly = existingOnly; }
    // For commands that only read (checks, reports): the store is opened read-only and never
    // migrated, so a check leaves the file exactly as it found it. Implies setExistingOnly.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // For checking the audit log: its key is never made anew (entries signed with a lost key
    // could not be told from edited ones); its absence is an error.
    void setAuditKeyMustExist(bool mustExist) { m_auditKeyMustExist = mustExist; }
    // The local store as the desktop program has it: patients indexed for search.
    [[nodiscard]] core::Result<storage::ResourceStore*> store();
    [[nodiscard]] core::Result<registry::PatientRegistry*> registry();
    [[nodiscard]] core::Result<storage::IdentifierBlocks*> identifierBlocks();
    // The client of the site's central server; an error when none is configured.
    [[nodiscard]] core::Result<fhir::FhirClient*> centralServer();
    // Where a site administrator's reference files live (communes, coverage extensions).
    [[nodiscard]] QString referenceDataDir() const;
    // Who acts when a command writes: the tool, on behalf of the operating-system account.
    [[nodiscard]] access::SessionInfo session() const;

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
    bool m_existingOnly = false;
    bool m_readOnly = false;
    bool m_auditKeyMustExist = false;
    std::unique_ptr<core::SystemClock> m_clock;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<storage::UserRepository> m_users;
    std::unique_ptr<access::AccountService> m_accounts;
    std::unique_ptr<storage::AuditTrail> m_audit;
    std::unique_ptr<storage::ResourceStore> m_store;
    std::unique_ptr<storage::SearchIndex> m_index;
    std::unique_ptr<storage::IdentifierBlocks> m_blocks;
    std::unique_ptr<storage::DuplicateQueue> m_duplicates;
    std::unique_ptr<registry::ReferenceData> m_reference;
    std::unique_ptr<registry::PatientRegistry> m_registry;
    std::unique_ptr<fhir::FhirClient> m_central;
};

} // namespace sijil::app
