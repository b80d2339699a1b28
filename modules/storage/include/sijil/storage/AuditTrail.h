#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sijil::storage {

class Database;

// One line of the audit trail: who did what to which patient's data, when, from where. Modelled
// on FHIR AuditEvent (IHE Basic Audit Log Patterns) so that sync can send it as one.
struct AuditEntry {
    qint64 seq = 0; // assigned by append()
    QDateTime recordedAtUtc;
    QString actorId;
    QString actorName;
    QString facilityId;
    QString workstation;
    QString action;  // FHIR AuditEvent.action: C, R, U, D or E
    QString subtype; // what happened: "read", "create", "update", "sign-in", "merge"...
    QString patientId;
    QString entityType;
    QString entityId;
    int outcome = 0; // FHIR AuditEvent.outcome: 0 success, 4 minor, 8 serious, 12 major failure
    QString detail;  // never free text typed about the patient: codes and ids only
    QByteArray mac;  // as stored (hex), set when read back; not part of what it covers
};

// What verify() found.
struct AuditVerification {
    qint64 entries = 0;
    // 0 when the chain is intact; else the first entry that does not verify.
    qint64 firstBadSeq = 0;
    // "edited", "missing", "truncated", "replaced", "head-altered", "wrong-key" (the first entry
    // does not verify with this key: the key is not the log's), or "gap-recorded": append()
    // found the log cut or its head altered, and recorded it at firstBadSeq.
    QByteArray problem;
    // The first such record, if any, even when the chain breaks elsewhere too.
    qint64 recordedGapSeq = 0;
    QDateTime recordedGapAtUtc; // when append() found it
    [[nodiscard]] bool ok() const { return problem.isEmpty(); }
};

// The append-only audit trail. Each entry carries an HMAC-SHA256 over its content and the
// previous entry's MAC, so that an edited, deleted or reordered entry breaks the chain from there
// on; the last sequence number and MAC are also kept, MAC'd, in a head file outside the database,
// so that cutting entries off the end is detected too. The key lives in a separate file readable
// by the owner only (the OS keychain later), never in the database.
class AuditTrail {
public:
    // The subtype of the entry append() writes when it finds the log cut or its head altered
    // (action E, outcome 8, the evidence in its detail): sync sends it as a security alert.
    static constexpr QLatin1String kGapSubtype{"audit-gap"};

    AuditTrail(Database& database, QByteArray key, QString headPath);

    // The key of the trail kept in `database` with its head at `headPath`: read from its file,
    // or made (32 random bytes, owner-only) for a trail not begun yet, no entry and no head, with
    // a head saying "no entry yet". A key missing while the log exists is refused
    // ("storage/audit-key-lost"): a new one would fail every entry and hide later tampering.
    static core::Result<QByteArray> loadOrCreateKey(const QString& keyPath, Database& database,
                                                    const QString& headPath);
    // Reads the key file, creating it if there is none, without looking at any log: for a trail
    // known to be new. Processes creating it at once all get the same key.
    static core::Result<QByteArray> loadOrCreateKey(const QString& path);

    core::Result<qint64> append(AuditEntry entry);
    // Appends `entries` in one transaction, with one head write: a list of patients shown
    // costs what one entry does. Returns the last one's number (0 for none).
    core::Result<qint64> appendAll(QList<AuditEntry> entries);
    [[nodiscard]] core::Result<AuditVerification> verify() const;
    [[nodiscard]] core::Result<QList<AuditEntry>> entries(qint64 afterSeq, int limit) const;
    [[nodiscard]] core::Result<qint64> count() const;
    // Entries not yet accepted by the central server, oldest first.
    [[nodiscard]] core::Result<QList<AuditEntry>> unsent(int limit) const;
    // Entries the central server accepted, after `afterSeq`, oldest first.
    [[nodiscard]] core::Result<QList<AuditEntry>> sent(qint64 afterSeq, int limit) const;
    core::Status markSent(const QList<qint64>& seqs);

    // A digest of everything an entry says (SHA-256 hex, no key): sent with it to the server,
    // where this workstation cannot change it, so that an entry rewritten here afterwards, even
    // with the key, no longer matches its copy there.
    [[nodiscard]] static QString fingerprint(const AuditEntry& entry);

private:
    [[nodiscard]] core::Result<QList<AuditEntry>> bySent(bool sent, qint64 afterSeq,
                                                         int limit) const;
    Database& m_database;
    QByteArray m_key;
    QString m_headPath;
};

} // namespace sijil::storage
