#include "SyncLog.h"

#include <sijil/access/SessionAudit.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/sync/RefusedChanges.h>

namespace sijil::sync {

RefusedChanges::RefusedChanges(storage::ResourceStore& store, storage::AuditTrail& audit)
    : m_store(store)
    , m_audit(audit) {}

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

core::Result<int> RefusedChanges::giveUp(const storage::RefusedChange& change,
                                         const access::SessionInfo& session) {
    if (!mayGiveUp(session.user))
        return core::Error(
            "sync/not-allowed",
            core::UserText("sijil::sync",
                           QT_TRANSLATE_NOOP("sijil::sync",
                                             "Seul l'administrateur du site peut abandonner un "
                                             "changement refusé par le serveur central.")),
            session.user.id);
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
            return a.error();
        entries << e;
    }
    auto given = m_store.giveUpRefused(change.seq);
    if (!given) {
        for (storage::AuditEntry& e : entries) {
            e.outcome = 4; // nothing written: the change is kept, as it was
            e.detail += QStringLiteral(" failed");
            if (auto a = m_audit.append(e); !a)
                qCWarning(lcSync) << "audit of a failed give-up not written:" << a.error();
        }
        return given.error();
    }
    qCInfo(lcSync) << "a refused change given up:" << *given << "records put back";
    return *given;
}

} // namespace sijil::sync
