#pragma once

#include <sijil/core/Result.h>
#include <sijil/sync/SyncEngine.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

namespace sijil::core {
class ConnectionStatus;
}
namespace sijil::storage {
class AuditRefusals;
class AuditTrail;
struct AuditEntry;
class SyncJournal;
} // namespace sijil::storage

namespace sijil::sync {

// Runs sync cycles on its own: at start, soon after local changes, regularly while online, and
// again and again (backing off) while the server cannot be reached, so that work done offline
// leaves as soon as the link returns without anyone pressing a button. A cycle pushes the
// outbox, pulls each PullSpec (and the deletions of its type, where the server's history shows
// them), makes the catch-up pulls kept in the store, then sends the audit trail as AuditEvents. It
// keeps the ConnectionStatus the status bar shows up to date: state, pending changes, conflicts,
// last success, and the problem of a cycle that reached the server without doing all its work (a
// change, a type's search or history refused: the cycle still does the rest, and sends the audit
// trail). A failure of the link (or of its TLS), or of the store, ends a cycle early.
class SyncService : public QObject {
    Q_OBJECT
public:
    // The longest a server's Retry-After holds sync back.
    static constexpr std::chrono::hours kLongestServerWait{1};

    struct Options {
        QList<PullSpec> pulls;
        std::chrono::milliseconds firstRetry{std::chrono::seconds(15)};
        std::chrono::milliseconds maxRetry{std::chrono::minutes(2)};
        std::chrono::milliseconds period{std::chrono::minutes(5)};
        std::chrono::milliseconds debounce{std::chrono::seconds(2)};
        // How often audit entries the server refused for good are offered again: at the
        // service's first cycle (each start of the program), then at the first cycle after this
        // long.
        std::chrono::milliseconds offerRefusedAuditAgain{std::chrono::hours(24)};
    };

    // `audit` may be null (no audit upload).
    SyncService(storage::ResourceStore& store, storage::Outbox& outbox, storage::AuditTrail* audit,
                fhir::FhirClient& client, core::ConnectionStatus& status, Options options,
                QObject* parent = nullptr);

    // Each cycle is recorded there for the sync log (optional).
    void setJournal(storage::SyncJournal* journal) { m_journal = journal; }
    // Where audit entries the server refuses for good are set aside, so that the ones after
    // them still go, and from where they are offered again (Options::offerRefusedAuditAgain);
    // optional: without it, a refused entry ends the audit upload of the cycle and is sent again
    // next cycle.
    void setAuditRefusals(storage::AuditRefusals* refusals) { m_auditRefusals = refusals; }

    // What "the facility's patients" means on the central server: patients it manages
    // (Patient.managingOrganization), and the resources of their compartments, each read
    // incrementally by type.
    [[nodiscard]] static QList<PullSpec> facilityPulls(const QString& facilityId);

    void start();
    // Local changes were saved, or a person asked: a cycle starts shortly.
    void requestSync();
    // Re-reads pending changes and conflicts into the ConnectionStatus.
    void refreshCounts();

    [[nodiscard]] bool isRunning() const { return m_running; }
    // Runs `work` between cycles: now when none runs, else as soon as the one under way ends,
    // before another can start (cycles start from this thread's event loop, never from here).
    // What must not meet a cycle (giving up a change it may be sending) goes through this.
    void runBetweenCycles(std::function<void()> work);
    // When the next cycle starts on its own; nothing when none is planned (one is running).
    [[nodiscard]] std::optional<std::chrono::milliseconds> nextCycleIn() const;
    [[nodiscard]] const std::optional<core::Error>& lastError() const { return m_lastError; }
    [[nodiscard]] const SyncReport& lastReport() const { return m_lastReport; }

signals:
    void cycleFinished(bool succeeded);

private:
    void runCycle();
    void pullAt(int index);
    [[nodiscard]] QList<PullSpec> catchUpPulls(const QStringList& patientIds) const;
    // The pending catch-up pulls after `afterSeq`, one by one.
    void catchUp(qint64 afterSeq);
    void addPulled(const SyncReport& pulled);
    // A step refused by the server: the cycle goes on, and this is its error.
    void keepRefusal(const core::Error& error);
    // What is left of the server's Retry-After, at most kLongestServerWait.
    [[nodiscard]] std::chrono::milliseconds serverWait() const;
    void uploadAudit();
    // Entries set aside back in the queue, when they are due to be offered again.
    [[nodiscard]] core::Status offerRefusedAuditAgain();
    // Without transactions or batches: each entry by itself, then the next batch.
    void putAudit(QList<storage::AuditEntry> entries);
    // Entries the server refused for good: set aside (kept unsent) and the cycle's refusal.
    [[nodiscard]] core::Status setAsideAudit(const QList<qint64>& seqs, const core::Error& why);
    void finishCycle(const std::optional<core::Error>& error);
    void schedule(std::chrono::milliseconds delay);

    storage::ResourceStore& m_store;
    storage::Outbox& m_outbox;
    storage::AuditTrail* m_audit;
    storage::SyncJournal* m_journal = nullptr;
    storage::AuditRefusals* m_auditRefusals = nullptr;
    fhir::FhirClient& m_client;
    core::ConnectionStatus& m_status;
    Options m_options;
    SyncEngine m_engine;
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false;                         // a request came during a cycle
    QList<std::function<void()>> m_betweenCycles; // waiting for the cycle under way to end
    std::chrono::milliseconds m_retry;
    SyncReport m_report;
    QDateTime m_cycleStartedUtc;
    QElapsedTimer m_refusedAuditOffered; // since entries set aside were last offered again
    SyncReport m_lastReport;
    std::optional<core::Error> m_lastError;
};

} // namespace sijil::sync
