#pragma once

#include <sijil/storage/AuditTrail.h>

#include <QJsonObject>
#include <QString>

namespace sijil::sync {

// An audit trail entry as a FHIR R4 AuditEvent following IHE Basic Audit Log Patterns (BALP):
// RESTful interactions on patient data as type "rest" with the interaction as subtype, sign-in
// and sign-out as DICOM "User Authentication" (110114) with Login/Logout, the user as the
// requesting agent, this workstation as the source, the patient as a Person entity with role
// Patient and the resource touched as a System Object entity.
class AuditEventMapping {
public:
    // The same entry always gets the same id, so that a resend after a crash is idempotent.
    [[nodiscard]] static QString idFor(const storage::AuditEntry& entry);
    // Carries the entry's fingerprint (AuditTrail::fingerprint) as an extension, so that the
    // server's copy can later vouch for the entry as it was sent (AuditServerCheck).
    [[nodiscard]] static QJsonObject toAuditEvent(const storage::AuditEntry& entry);
    [[nodiscard]] static QString fingerprintUrl();
    // The fingerprint an AuditEvent carries; empty when it has none (sent by an older version).
    [[nodiscard]] static QString fingerprintOf(const QJsonObject& event);
};

} // namespace sijil::sync
