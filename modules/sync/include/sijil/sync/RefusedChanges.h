#pragma once

#include <sijil/access/User.h>
#include <sijil/core/Result.h>
#include <sijil/storage/ResourceStore.h>

#include <QFuture>
#include <QList>
#include <QString>

namespace sijil::storage {
class AuditTrail;
}

namespace sijil::sync {

class SyncThread;

// The changes the central server refused for good (invalid, forbidden), for the site
// administrator: each would be refused again at every cycle and hold back the later changes to
// its records (a merge made here, above all, which no correction at the desk replaces). One may
// be given up, audited: its records are put back as they were and read again from the server.
// A give-up never meets a sync cycle, which may be sending that change again (and the server
// take it this time): with the program's sync thread it runs on its worker between cycles; without
// one, here, while this holds the store's sync lock (storage::SyncLock). Either way it is refused
// while another program (`sijilctl sync`) syncs the store.
class RefusedChanges {
public:
    // `databasePath` is the store's file, whose sync lock guards a give-up made here.
    RefusedChanges(storage::ResourceStore& store, storage::AuditTrail& audit, QString databasePath);

    // The program's sync, where there is one (it must outlive every give-up asked): give-ups then
    // run on its worker (SyncThread::giveUpRefused).
    void setSyncThread(SyncThread* thread) { m_thread = thread; }

    // Only the site administrator: giving up a merge decides whether one record stands for
    // another, and what is given up is lost to the server.
    [[nodiscard]] static bool mayGiveUp(const access::User& user);

    [[nodiscard]] core::Result<QList<storage::RefusedChange>> list() const;
    // A resource as held here ("Type/id"), to name what a change writes; empty when not held.
    [[nodiscard]] QByteArray held(const QString& reference) const;
    // Audited here before it is applied (and its failure too, here). Gives how many records were
    // put back: at once without a sync thread; with one, on this thread once the worker has
    // done it (after the cycle under way, if one runs). This object must outlive the future.
    QFuture<core::Result<int>> giveUp(const storage::RefusedChange& change,
                                      const access::SessionInfo& session);

private:
    // Under the store's sync lock, on this thread.
    core::Result<int> giveUpHere(qint64 seq);

    storage::ResourceStore& m_store;
    storage::AuditTrail& m_audit;
    QString m_databasePath;
    SyncThread* m_thread = nullptr;
};

} // namespace sijil::sync
