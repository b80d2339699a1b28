#include "SyncLog.h"

#include <sijil/core/ConnectionStatus.h>
#include <sijil/storage/AuditRefusals.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SyncJournal.h>
#include <sijil/storage/SyncLock.h>
#include <sijil/sync/SyncThread.h>

#include <QThread>
#include <QTimer>

#include <optional>

namespace sijil::sync {

namespace {

// A ConnectionStatus as it was at one moment: taken on the worker, applied on the window's side.
struct StatusCopy {
    core::ConnectionStatus::State state;
    int pending;
    QDateTime lastSuccessUtc;
    bool serverConfigured;
    int conflicts;
    std::optional<core::Error> problem;

    static StatusCopy of(const core::ConnectionStatus& s) {
        return {s.state(),         s.pendingCount(), s.lastSuccessUtc(), s.serverConfigured(),
                s.conflictCount(), s.problem()};
    }
    void applyTo(core::ConnectionStatus& to) const {
        to.setServerConfigured(serverConfigured); // first: it decides which states can be shown
        to.setState(state);
        to.setPendingCount(pending);
        to.setConflictCount(conflicts);
        to.setProblem(problem);
        if (to.lastSuccessUtc() != lastSuccessUtc)
            to.setLastSuccessUtc(lastSuccessUtc);
    }
};

// What the status says while another sync of this store runs: this one waits its turn.
core::Error waitingForTheLock(const core::Error& refused) {
    if (!refused.is("storage/sync-busy"))
        return refused;
    return core::Error(
        "sync/busy",
        core::UserText("sijil::sync",
                       QT_TRANSLATE_NOOP("sijil::sync", "Une autre synchronisation de ce poste "
                                                        "est en cours (sijilctl sync ?) : celle "
                                                        "de ce programme reprendra d'elle-même "
                                                        "quand elle sera terminée.")),
        refused.detail());
}

} // namespace

class SyncThread::Worker : public QThread {
public:
    Worker(Config config, core::ConnectionStatus& mirror, SyncThread& host)
        : m_config(std::move(config))
        , m_mirror(mirror)
        , m_host(host) {}

    // On this thread, from what the host queued to its inbox.
    void requestSync() {
        if (m_service)
            m_service->requestSync();
    }

protected:
    void run() override {
        // Everything below is made, used and destroyed here (a Qt Sql connection and a network
        // manager belong to the thread that made them), the service first.
        core::ConnectionStatus status;
        connect(&status, &core::ConnectionStatus::changed, &status, [&status, this] {
            QMetaObject::invokeMethod(
                &m_mirror, [to = &m_mirror, copy = StatusCopy::of(status)] { copy.applyTo(*to); },
                Qt::QueuedConnection);
        });
        // The workstation's own TLS tried once (a key that is not its certificate's), here rather
        // than on the window's thread: it may take a moment.
        if (auto usable = fhir::FhirClient::checkTls(m_config.client); !usable) {
            qCWarning(lcSync) << "central server not used:" << usable.error();
            status.setServerConfigured(false);
            status.setProblem(usable.error());
            return;
        }
        auto db = storage::Database::open(m_config.databasePath);
        if (!db) {
            qCWarning(lcSync) << "sync not started, the store cannot be opened:" << db.error();
            // The server is fine as configured; this workstation's store is what failed.
            status.setServerConfigured(true);
            status.setProblem(db.error());
            return;
        }
        storage::ResourceStore store(**db);
        store.setIndexer(m_config.indexer);
        storage::Outbox outbox(**db);
        std::optional<storage::AuditTrail> audit;
        if (!m_config.auditKey.isEmpty())
            audit.emplace(**db, m_config.auditKey, m_config.auditHeadPath);
        storage::SyncJournal journal(**db);
        storage::AuditRefusals auditRefusals(**db);
        fhir::FhirClient client(m_config.client);
        SyncService service(store, outbox, audit ? &*audit : nullptr, client, status,
                            m_config.options);
        service.setJournal(&journal);
        service.setAuditRefusals(&auditRefusals);
        // Queued: the host lives on another thread.
        connect(&service, &SyncService::cycleFinished, &m_host, &SyncThread::cycleFinished);
        // One sync at a time per store. Until this one has the lock (sijilctl sync holds it for
        // its cycle), the status says so and the lock is tried again; requests wait meanwhile.
        storage::SyncLock lock(m_config.databasePath);
        QTimer retry;
        retry.setSingleShot(true);
        auto begin = [&] {
            if (auto taken = lock.tryLock(); !taken) {
                if (!status.problem() || status.problem()->code() != "sync/busy")
                    qCInfo(lcSync)
                        << "another sync holds this store; this one waits:" << taken.error();
                status.setServerConfigured(true);
                status.setState(core::ConnectionStatus::State::Syncing);
                status.setProblem(waitingForTheLock(taken.error()));
                retry.start(m_config.lockRetry);
                return;
            }
            status.setProblem(std::nullopt); // no longer waiting
            m_service = &service;
            service.start();
        };
        connect(&retry, &QTimer::timeout, &retry, begin);
        begin();
        exec();
        // Whatever a cycle was waiting for is dropped with the service: the store holds only
        // whole transactions, and the next start goes on from there.
        m_service = nullptr;
    }

private:
    const Config m_config;
    core::ConnectionStatus& m_mirror;
    SyncThread& m_host;
    SyncService* m_service = nullptr; // read and written on this thread only
};

SyncThread::SyncThread(Config config, core::ConnectionStatus& status, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>(std::move(config), status, *this))
    , m_inbox(std::make_unique<QObject>()) {
    m_worker->setObjectName(QStringLiteral("sijil-sync"));
    m_inbox->moveToThread(m_worker.get());
}

SyncThread::~SyncThread() {
    // exec() returns once the event under way is handled; a quit before it starts ends it at once.
    m_worker->quit();
    m_worker->wait();
    // The thread has finished: nothing can be delivering to the inbox any more.
    m_inbox.reset();
}

void SyncThread::start() {
    if (m_worker->isRunning() || m_worker->isFinished())
        return;
    m_worker->start();
}

void SyncThread::requestSync() {
    QMetaObject::invokeMethod(
        m_inbox.get(), [worker = m_worker.get()] { worker->requestSync(); }, Qt::QueuedConnection);
}

QThread* SyncThread::workerThread() const {
    return m_worker.get();
}

} // namespace sijil::sync
