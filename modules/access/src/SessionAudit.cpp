#include <sijil/access/SessionAudit.h>

namespace sijil::access {

storage::AuditEntry auditEntryFor(const SessionInfo& session, const QString& action,
                                  const QString& subtype) {
    storage::AuditEntry e;
    e.recordedAtUtc = QDateTime::currentDateTimeUtc();
    e.actorId = session.user.id;
    e.actorName = session.user.displayName;
    e.facilityId = session.facilityId;
    e.workstation = session.workstation;
    e.action = action;
    e.subtype = subtype;
    return e;
}

} // namespace sijil::access
