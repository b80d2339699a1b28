#pragma once

#include <sijil/storage/AuditTrail.h>

#include <QJsonObject>
#include <QString>

namespace sijil::sync {

// An audit trail entry as a FHIR R4 AuditEvent following IHE Basic Audit Log Patterns (BALP):
// - what succeeded on patient data claims its BALP profile (meta.profile): PatientRead,
//   PatientQuery (a search, action E), PatientCreate, PatientUpdate, PatientDelete; a failure,
//   or an import batch (no resource of its own), claims none;
// - type "rest" with the interaction as subtype; sign-in and sign-out as DICOM "User
//   Authentication" (110114) with Login/Logout; a cut or altered trail as "Security Alert";
// - agents: the user (requestor; information recipient for reads and searches, author for
//   writes) and BALP's client and server, both this workstation: Sijil and its local store;
// - entities: the patient (Person, role Patient) and the resource touched (System Object, role
//   Domain Resource); a search's query (role Query, without the text typed: see
//   AuditEntry::detail); an import batch as a Job.
// The server's copies are compared by their fingerprint extension only, so events sent by an
// older mapping still vouch for their entries.
class AuditEventMapping {
public:
    // The BALP profile the entry's AuditEvent follows; empty when none applies.
    [[nodiscard]] static QString profileFor(const storage::AuditEntry& entry);
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
