#pragma once

#include <sijil/access/User.h>
#include <sijil/storage/AuditTrail.h>

namespace sijil::access {

// An audit entry for what the session's user does now: who (id and name), for which facility,
// from which workstation, when; the caller adds what was done to which record.
[[nodiscard]] storage::AuditEntry auditEntryFor(const SessionInfo& session, const QString& action,
                                                const QString& subtype);

} // namespace sijil::access
