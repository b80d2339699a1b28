#pragma once

#include <sijil/fhir/FhirClient.h>
#include <sijil/sync/SyncService.h>

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>

#include <map>
#include <memory>

namespace sijil::core {
class ConnectionStatus;
}
namespace sijil::storage {
class ResourceIndexer;
}

namespace sijil::sync {

// Runs a SyncService, with its engine and FHIR client, on a thread of its own, so that pulled
// pages, pushes and outbox reads never hold up the window. The worker opens its own connection to
// the store's file (a Database belongs to the thread that opened it; WAL lets both connections
// work, one writer at a time) with its own ResourceStore, Outbox, AuditTrail and SyncJournal, all
// made, used and destroyed on that thread. It syncs only while it holds the store's sync lock
// (storage::SyncLock), for its lifetime: while another holds it (`sijilctl sync`), the status
// says so and the lock is tried again every `lockRetry`. Where it cannot sync (the server's TLS
// unusable), it still answers what is asked of it. This object stays on the thread that made it:
// what the worker says comes back there by queued calls, and what is asked of it goes over the
// same way.
class SyncThread : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString databasePath;
        // Keeps the search index of what is pulled (the same indexers as the window's store);
        // shared with other threads, so it must hold no mutable state. May be null.
        std::shared_ptr<const storage::ResourceIndexer> indexer;
        // The audit trail's key and head file; without a key no audit trail is sent. The worker
        // only reads entries and marks them sent: it never appends, so the chain's head stays the
        // window's to move.
        QByteArray auditKey;
        QString auditHeadPath;
        fhir::FhirClient::Config client;
        SyncService::Options options;
        // How often the store's sync lock is tried again while another sync holds it.
        std::chrono::milliseconds lockRetry{std::chrono::seconds(30)};
    };

    // `status` lives on this object's thread and must outlive it: it mirrors the worker's own,
    // every change of it, in order.
    SyncThread(Config config, core::ConnectionStatus& status, QObject* parent = nullptr);
    // Stops the worker once what it is running returns (at most a store transaction: a cycle
    // waiting on the server is dropped, and what it did is safe in the store) and waits for it.
    ~SyncThread() override;
    SyncThread(const SyncThread&) = delete;
    SyncThread& operator=(const SyncThread&) = delete;

    // Starts the thread (once); its first cycle follows at once.
    void start();
    // Local changes were saved, or a person asked: a cycle starts shortly (SyncService::
    // requestSync, on the worker).
    void requestSync();
    // The thread the sync runs on, once started.
    [[nodiscard]] QThread* workerThread() const;
    // Gives up a change the server refused for good (storage::ResourceStore::giveUpRefused) on
    // the worker, between cycles: a cycle under way may be sending that change again (and the
    // server take it this time), so the give-up waits for it to end, and no cycle starts before
    // it is done. Only while the worker holds the store's sync lock: while another program holds
    // it (`sijilctl sync`), refused (sync/give-up-busy), nothing written. Nothing is audited
    // here (the worker never appends to the trail). The future finishes on this object's
    // thread; with sync/stopped if the program stops before it ran.
    QFuture<core::Result<int>> giveUpRefused(qint64 seq);

signals:
    // Relayed from the worker's SyncService, on this object's thread.
    void cycleFinished(bool succeeded);

private:
    class Worker;
    // The worker's answer to giveUpRefused call `id`, on this object's thread.
    void answered(quint64 id, const core::Result<int>& given);

    std::unique_ptr<Worker> m_worker;
    // Lives on the worker's thread: what is queued to it runs there.
    std::unique_ptr<QObject> m_inbox;
    // Give-ups asked and not answered yet, by call; on this object's thread only.
    std::map<quint64, QPromise<core::Result<int>>> m_asked;
    quint64 m_lastAsked = 0;
};

} // namespace sijil::sync
