#include "GiveUpBusy.h"
#include "SyncLog.h"

#include <sijil/access/SessionAudit.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/SyncLock.h>
#include <sijil/sync/RefusedChanges.h>
#include <sijil/sync/SyncThread.h>

namespace sijil::sync {

namespace detail {

core::Error giveUpRefusedBusy(const core::Error& lockRefusal) {
    if (!lockRefusal.is("storage/sync-busy"))
        return lockRefusal;
    return core::Error(
        "sync/give-up-busy",
        core::UserText("sijil::sync",
                       QT_TRANSLATE_NOOP("sijil::sync",
                                         "Une synchronisation de ce poste est en cours dans un "
                                         "autre programme (sijilctl sync, ou Sijil ouvert "
                                         "ailleurs) : elle peut être en train d'envoyer ce "
                                         "changement. Rien n'a été abandonné ; réessayez quand "
                                         "elle sera terminée.")),
        lockRefusal.detail());
}

} // namespace detail

RefusedChanges::RefusedChanges(storage::ResourceStore& store, storage::AuditTrail& audit,
                               QString databasePath)
    : m_store(store)
    , m_audit(audit)
    , m_databasePath(std::move(databasePath)) {}

bool RefusedChanges::mayGiveUp(const access::User& user) {
    return user.hasRole(access::Role::SiteAdministrator);
}

core::Result<QList<storage::RefusedChange>> RefusedChanges::list() const {
    return m_store.refusedChanges();
}

QByteArray RefusedChanges::held(const QString& reference) const {
    const auto stored = m_store.get(reference.section(u'/', 0, 0), reference.section(u'/', 1));
    return stored && *stored ? (*stored)->json : QByteArray();
}

QFuture<core::Result<int>> RefusedChanges::giveUp(const storage::RefusedChange& change,
                                                  const access::SessionInfo& session) {
    if (!mayGiveUp(session.user))
        return QtFuture::makeReadyFuture(core::Result<int>(core::Error(
            "sync/not-allowed",
            core::UserText("sijil::sync",
                           QT_TRANSLATE_NOOP("sijil::sync",
                                             "Seul l'administrateur du site peut abandonner un "
                                             "changement refusé par le serveur central.")),
            session.user.id)));
    // Audited first, in the trail of each patient it reaches: what is given up is lost to the
    // server, and must never be untraceable. The server's reason stays out (it may quote data).
    QList<storage::AuditEntry> entries;
    const QStringList patients =
        change.patients.isEmpty() ? QStringList{change.patientId} : change.patients;
    for (const QString& patient : patients) {
        storage::AuditEntry e = access::auditEntryFor(session, QStringLiteral("U"),
                                                      QStringLiteral("refused-change-given-up"));
        e.patientId = patient;
        e.entityType = change.type;
        e.entityId = change.id;
        e.detail = QStringLiteral("resources:%1").arg(change.resources.join(u','));
        if (auto a = m_audit.append(e); !a)
            return QtFuture::makeReadyFuture(core::Result<int>(a.error()));
        entries << e;
    }
    // The worker's answer comes back on this thread (SyncThread), so the trail is written here.
    QFuture<core::Result<int>> applied = m_thread
                                             ? m_thread->giveUpRefused(change.seq)
                                             : QtFuture::makeReadyFuture(giveUpHere(change.seq));
    return applied.then([this, entries](const core::Result<int>& given) mutable {
        if (!given) {
            for (storage::AuditEntry& e : entries) {
                e.outcome = 4; // nothing written: the change is kept, as it was
                e.detail += QStringLiteral(" failed");
                if (auto a = m_audit.append(e); !a)
                    qCWarning(lcSync) << "audit of a failed give-up not written:" << a.error();
            }
            return given;
        }
        qCInfo(lcSync) << "a refused change given up:" << *given << "records put back";
        return given;
    });
}

core::Result<int> RefusedChanges::giveUpHere(qint64 seq) {
    // No sync runs in this program; another's (sijilctl sync, a second Sijil) is kept out for
    // the give-up's transaction.
    storage::SyncLock lock(m_databasePath);
    if (auto taken = lock.tryLock(); !taken)
        return detail::giveUpRefusedBusy(taken.error());
    return m_store.giveUpRefused(seq);
}

} // namespace sijil::sync
