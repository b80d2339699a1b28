#include "GiveUpBusy.h"
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

#include <QCoreApplication>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <functional>
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
    // On this thread: answers the host's call `id` once no cycle runs.
    void giveUp(qint64 seq, quint64 id) {
        auto answer = [this, seq, id] {
            const core::Result<int> given = giveUpNow(seq);
            QMetaObject::invokeMethod(
                &m_host, [host = &m_host, id, given] { host->answered(id, given); },
                Qt::QueuedConnection);
        };
        if (m_service)
            m_service->runBetweenCycles(std::move(answer));
        else
            answer();
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
        // One sync at a time per store: taken below, and by a give-up while no sync runs here.
        storage::SyncLock lock(m_config.databasePath);
        m_lock = &lock;
        // Nothing of this thread runs once exec() has returned.
        const auto forget = qScopeGuard([this] {
            m_service = nullptr;
            m_store = nullptr;
            m_lock = nullptr;
            m_begin = nullptr;
        });
        // The workstation's own TLS tried once (a key that is not its certificate's), here rather
        // than on the window's thread: it may take a moment.
        const auto usable = fhir::FhirClient::checkTls(m_config.client);
        if (!usable) {
            qCWarning(lcSync) << "central server not used:" << usable.error();
            status.setServerConfigured(false);
            status.setProblem(usable.error());
        }
        auto db = storage::Database::open(m_config.databasePath);
        if (!db) {
            m_storeProblem = db.error();
            if (usable) {
                qCWarning(lcSync) << "sync not started, the store cannot be opened:" << db.error();
                // The server is fine as configured; this workstation's store is what failed.
                status.setServerConfigured(true);
                status.setProblem(db.error());
            }
            exec(); // a give-up asked is answered with why
            return;
        }
        storage::ResourceStore store(**db);
        store.setIndexer(m_config.indexer);
        m_store = &store;
        if (!usable) {
            exec(); // no sync: a give-up is made under the lock, taken for it alone
            return;
        }
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
            retry.stop();                    // taken by a give-up meanwhile
            status.setProblem(std::nullopt); // no longer waiting
            m_service = &service;
            service.start();
        };
        connect(&retry, &QTimer::timeout, &retry, begin);
        m_begin = begin;
        begin();
        exec();
        // Whatever a cycle was waiting for is dropped with the service: the store holds only
        // whole transactions, and the next start goes on from there.
    }

private:
    // Between cycles, on this thread.
    core::Result<int> giveUpNow(qint64 seq) {
        if (!m_store)
            return *m_storeProblem;
        const bool held = m_lock->isLocked();
        if (!held) {
            // Another program's sync may be sending the change (sijilctl sync).
            if (auto taken = m_lock->tryLock(); !taken)
                return detail::giveUpRefusedBusy(taken.error());
        }
        auto given = m_store->giveUpRefused(seq);
        // Given up: what was put back is read again by a cycle that starts now (the records
        // waiting for it take no change before), not by the next planned one.
        if (m_service && given)
            m_service->requestSync();
        else if (m_service)
            m_service->refreshCounts();
        if (!held && m_begin)
            m_begin(); // the lock is this program's now: its sync starts at once
        else if (!held)
            m_lock->unlock(); // no sync here: sijilctl sync may take it
        return given;
    }

    const Config m_config;
    core::ConnectionStatus& m_mirror;
    SyncThread& m_host;
    // Read and written on this thread only.
    SyncService* m_service = nullptr; // once it holds the lock
    storage::ResourceStore* m_store = nullptr;
    storage::SyncLock* m_lock = nullptr;
    std::function<void()> m_begin; // takes the lock and starts the service; null without sync
    std::optional<core::Error> m_storeProblem;
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
    // Answers the worker sent before it stopped are delivered; what is still asked never ran.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    while (!m_asked.empty())
        answered(m_asked.begin()->first,
                 core::Error("sync/stopped",
                             core::UserText("sijil::sync",
                                            QT_TRANSLATE_NOOP("sijil::sync",
                                                              "Le programme s'est arrêté avant "
                                                              "que le changement soit abandonné : "
                                                              "rien n'a été modifié.")),
                             QStringLiteral("the sync thread stopped first")));
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

QFuture<core::Result<int>> SyncThread::giveUpRefused(qint64 seq) {
    const quint64 id = ++m_lastAsked;
    QPromise<core::Result<int>>& promise = m_asked[id];
    promise.start();
    QFuture<core::Result<int>> future = promise.future();
    QMetaObject::invokeMethod(
        m_inbox.get(), [worker = m_worker.get(), seq, id] { worker->giveUp(seq, id); },
        Qt::QueuedConnection);
    return future;
}

void SyncThread::answered(quint64 id, const core::Result<int>& given) {
    auto asked = m_asked.find(id);
    if (asked == m_asked.end())
        return;
    // Out of the map first: what continues the future may ask again.
    QPromise<core::Result<int>> promise = std::move(asked->second);
    m_asked.erase(asked);
    promise.addResult(given);
    promise.finish();
}

} // namespace sijil::sync
