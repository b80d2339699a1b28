#pragma once

#include <sijil/core/SiteConfig.h>

#include <QByteArray>
#include <QObject>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace sijil::access {
class AccountService;
class LocalAuthenticator;
class SessionAuditor;
class SessionManager;
} // namespace sijil::access
namespace sijil::core {
class ConnectionStatus;
class PatientContext;
class Paths;
class SystemClock;
class UserPreferences;
} // namespace sijil::core
namespace sijil::fhir {
class FhirClient;
} // namespace sijil::fhir
namespace sijil::identity {
class PcscReaderPlugin;
class SerialMrzReader;
class TrustStore;
} // namespace sijil::identity
namespace sijil::record {
class PatientImaging;
class StudyIndexer;
} // namespace sijil::record
namespace sijil::registry {
class PatientRegistry;
class ReferenceData;
class RemotePatientSearch;
} // namespace sijil::registry
namespace sijil::storage {
class AuditTrail;
class AuditWriter;
class Database;
class DuplicateQueue;
class IdentifierBlocks;
class Outbox;
class ResourceStore;
class IndexRebuilder;
class SearchIndex;
class SyncJournal;
class UserRepository;
} // namespace sijil::storage
namespace sijil::sync {
class ConflictResolver;
class RefusedChanges;
class SyncLogModel;
class SyncThread;
} // namespace sijil::sync
namespace sijil::ui {
class AdmissionPage;
class IdleMonitor;
class LanguageManager;
class MainWindow;
class ThemeManager;
} // namespace sijil::ui

namespace sijil::app {

// Builds every service of the desktop program, in dependency order, and owns them for the life
// of the process. The only place where concrete implementations are chosen.
class CompositionRoot : public QObject {
    Q_OBJECT
public:
    CompositionRoot();
    ~CompositionRoot() override;

    struct Options {
        QString dataDir;
        QString siteConfig;
        QString language;
    };

    // Parses the command line, builds everything, shows the main window, runs the event loop.
    int run();
    // Builds everything and shows the main window, without the event loop: 0, or the exit code
    // of a start refused (and said on screen).
    int start(const Options& options);

    // For the tests of the wiring.
    [[nodiscard]] ui::MainWindow* window() const { return m_window.get(); }
    [[nodiscard]] access::SessionManager* session() const { return m_session.get(); }

private:
    static Options parseCommandLine();
    void loadSiteConfig(const Options& options);
    // The local clinical store, and sync with the central server when the site has one.
    void buildStoreAndSync();
    void installSyncMenu();
    // Patient registration: the search index, the site's IPP blocks, the reference lists.
    void buildRegistry();
    void installAdmission();
    void installViewer();
    // When the search index must be (re)built: on a worker thread with its own connection, the
    // search box off and the status bar saying how far it is, until it is done.
    void startIndexRebuild();
    void recheckDuplicates();
    // The site's serial MRZ reader, if it has one: its zones go to the admission desk.
    void installSerialMrzReader(ui::AdmissionPage* page);

    core::SiteConfig m_site;
    std::optional<core::Error> m_siteError;
    std::unique_ptr<core::Paths> m_paths;
    std::unique_ptr<core::SystemClock> m_clock;
    std::unique_ptr<core::UserPreferences> m_preferences;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<storage::UserRepository> m_users;
    std::unique_ptr<access::AccountService> m_accounts;
    std::unique_ptr<access::LocalAuthenticator> m_authenticator;
    std::unique_ptr<access::SessionManager> m_session;
    QByteArray m_auditKey;
    std::unique_ptr<storage::AuditTrail> m_audit;
    // Screens that audit what they show append through it, off the GUI thread.
    std::unique_ptr<storage::AuditWriter> m_auditWriter;
    std::unique_ptr<access::SessionAuditor> m_sessionAuditor;
    std::unique_ptr<core::PatientContext> m_patient;
    std::unique_ptr<core::ConnectionStatus> m_connection;
    std::unique_ptr<storage::ResourceStore> m_store;
    std::unique_ptr<record::PatientImaging> m_patientImaging;
    std::unique_ptr<record::StudyIndexer> m_studyIndexer;
    std::unique_ptr<storage::Outbox> m_outbox;
    std::unique_ptr<storage::SyncJournal> m_journal;
    // Sync runs on a thread of its own, with its own connection to the store.
    std::unique_ptr<sync::SyncThread> m_sync;
    std::unique_ptr<sync::ConflictResolver> m_conflicts;
    std::unique_ptr<sync::RefusedChanges> m_refused;
    std::unique_ptr<sync::SyncLogModel> m_syncLog;
    std::unique_ptr<storage::SearchIndex> m_index;
    std::unique_ptr<storage::IdentifierBlocks> m_identifiers;
    std::unique_ptr<storage::DuplicateQueue> m_duplicates;
    std::unique_ptr<registry::ReferenceData> m_reference;
    std::unique_ptr<registry::PatientRegistry> m_registry;
    std::unique_ptr<fhir::FhirClient> m_deskClient;
    std::unique_ptr<registry::RemotePatientSearch> m_remoteSearch;
    std::unique_ptr<identity::PcscReaderPlugin> m_cardReaders;
    std::unique_ptr<identity::TrustStore> m_trust;
    std::unique_ptr<identity::SerialMrzReader> m_serialMrz;
    std::unique_ptr<ui::LanguageManager> m_languages;
    std::unique_ptr<ui::ThemeManager> m_themes;
    std::unique_ptr<ui::IdleMonitor> m_idle;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::AdmissionPage* m_admission = nullptr; // owned by the window
    std::unique_ptr<storage::IndexRebuilder> m_rebuilder;
};

} // namespace sijil::app
