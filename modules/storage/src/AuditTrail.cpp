#include "AuditHead.h"
#include "SqlError.h"
#include "SqlValues.h"
#include "StorageLog.h"
#include "Transaction.h"

#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sijil::storage {

namespace {

constexpr const char* kCtx = "sijil::storage::AuditTrail";
constexpr int kKeyBytes = 32;

const QString kColumns = QStringLiteral(
    "seq, recorded_at, actor_id, actor_name, facility_id, workstation, action, subtype, "
    "patient_id, entity_type, entity_id, outcome, detail, mac");

// The exact bytes a MAC covers: every field in a fixed order, as a compact JSON array.
QByteArray canonical(const AuditEntry& e) {
    const QJsonArray a{QString::number(e.seq),
                       e.recordedAtUtc.toUTC().toString(Qt::ISODateWithMs),
                       e.actorId,
                       e.actorName,
                       e.facilityId,
                       e.workstation,
                       e.action,
                       e.subtype,
                       e.patientId,
                       e.entityType,
                       e.entityId,
                       e.outcome,
                       e.detail};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArray chainMac(const QByteArray& key, const QByteArray& previousMac, const AuditEntry& e) {
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(previousMac);
    mac.addData("\n", 1);
    mac.addData(canonical(e));
    return mac.result().toHex();
}

AuditEntry readRow(const QSqlQuery& q, QByteArray* mac) {
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.recordedAtUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.actorId = q.value(2).toString();
    e.actorName = q.value(3).toString();
    e.facilityId = q.value(4).toString();
    e.workstation = q.value(5).toString();
    e.action = q.value(6).toString();
    e.subtype = q.value(7).toString();
    e.patientId = q.value(8).toString();
    e.entityType = q.value(9).toString();
    e.entityId = q.value(10).toString();
    e.outcome = q.value(11).toInt();
    e.detail = q.value(12).toString();
    if (mac)
        *mac = q.value(13).toString().toLatin1();
    return e;
}

core::Error keyError(const QString& path, const QString& why) {
    return core::Error("storage/audit-key",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::AuditTrail",
                                                              "La clé du journal d'audit « %1 » "
                                                              "est illisible ou invalide."))
                           .arg(path),
                       why);
}

} // namespace

AuditTrail::AuditTrail(Database& database, QByteArray key, QString headPath)
    : m_database(database)
    , m_key(std::move(key))
    , m_headPath(std::move(headPath)) {}

core::Result<QByteArray> AuditTrail::loadOrCreateKey(const QString& path) {
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return keyError(path, file.errorString());
        const QByteArray key = QByteArray::fromHex(file.readAll().trimmed());
        if (key.size() != kKeyBytes)
            return keyError(path, QStringLiteral("wrong key length"));
        return key;
    }
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(key.data()),
                                         reinterpret_cast<quint32*>(key.data() + key.size()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return keyError(path, out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(key.toHex());
    if (!out.commit())
        return keyError(path, out.errorString());
    return key;
}

core::Result<qint64> AuditTrail::append(AuditEntry entry) {
    QSqlDatabase db = QSqlDatabase::database(m_database.connectionName());
    if (auto s = beginWrite(db); !s)
        return s.error();
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
        db.rollback();
        return sqlError(last.lastError(), "read audit tail");
    }
    QByteArray previousMac;
    qint64 seq = 1;
    if (last.next()) {
        seq = last.value(0).toLongLong() + 1;
        previousMac = last.value(1).toString().toLatin1();
    }
    last.finish();
    entry.seq = seq;
    if (!entry.recordedAtUtc.isValid())
        entry.recordedAtUtc = QDateTime::currentDateTimeUtc();
    // Milliseconds are what is stored: MAC what will be read back.
    entry.recordedAtUtc = QDateTime::fromString(
        entry.recordedAtUtc.toUTC().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    const QByteArray mac = chainMac(m_key, previousMac, entry);

    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log(%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(kColumns));
    for (const QVariant& v :
         {QVariant(entry.seq), QVariant(entry.recordedAtUtc.toString(Qt::ISODateWithMs)),
          textValue(entry.actorId), textValue(entry.actorName), textValue(entry.facilityId),
          textValue(entry.workstation), textValue(entry.action), textValue(entry.subtype),
          textValue(entry.patientId), textValue(entry.entityType), textValue(entry.entityId),
          QVariant(entry.outcome), textValue(entry.detail), QVariant(QString::fromLatin1(mac))})
        q.addBindValue(v);
    if (!q.exec()) {
        db.rollback();
        return sqlError(q.lastError(), "append audit entry");
    }
    if (!db.commit())
        return sqlError(db.lastError(), "commit audit entry");

    // The head is written after the commit: a crash in between leaves the head behind, naming an
    // older entry of the same chain, which verify() accepts; a head ahead of the table is a cut.
    AuditHead(m_key, m_headPath).advance(seq, mac);
    return seq;
}

core::Result<AuditVerification> AuditTrail::verify() const {
    AuditVerification v;
    // The head first: it names only a committed entry, so the scan below, a later snapshot,
    // holds that entry however many others append meanwhile.
    const AuditHead::State head = AuditHead(m_key, m_headPath).read();
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns)))
        return sqlError(q.lastError(), "read audit log");
    QByteArray previousMac;
    qint64 expectedSeq = 1;
    bool headMatches = head.seq == 0;
    while (q.next()) {
        QByteArray stored;
        const AuditEntry e = readRow(q, &stored);
        ++v.entries;
        // A gap means deleted entries; moved or rewritten entries fail their MAC below.
        if (e.seq != expectedSeq) {
            v.firstBadSeq = expectedSeq;
            v.problem = "missing";
            return v;
        }
        if (chainMac(m_key, previousMac, e) != stored) {
            v.firstBadSeq = e.seq;
            v.problem = "edited";
            return v;
        }
        if (e.seq == head.seq)
            headMatches = stored == head.mac;
        previousMac = stored;
        ++expectedSeq;
    }
    const qint64 lastSeq = expectedSeq - 1;

    if (!head.present) {
        if (lastSeq > 0) { // entries exist, so a head was written: it has been removed
            v.firstBadSeq = lastSeq;
            v.problem = "head-altered";
            return v;
        }
        // No entry and no head: a new store, or a log deleted whole with its head. Every change
        // made here is audited, so local changes waiting or pushed say which.
        auto work = hasAuditedWork();
        if (!work)
            return work.error();
        if (*work) {
            v.firstBadSeq = 1;
            v.problem = "missing";
        }
        return v;
    }
    if (!head.authentic) {
        v.firstBadSeq = lastSeq;
        v.problem = "head-altered";
        return v;
    }
    if (head.seq > lastSeq) {
        v.firstBadSeq = lastSeq + 1;
        v.problem = "truncated";
        return v;
    }
    // The head may trail the table (a crash between commit and head write, or writers in other
    // processes between theirs), but the entry it names must be the one it recorded: another one
    // there means the end was cut and written anew.
    if (!headMatches) {
        v.firstBadSeq = head.seq;
        v.problem = "replaced";
    }
    return v;
}

core::Result<bool> AuditTrail::hasAuditedWork() const {
    QSqlQuery w(QSqlDatabase::database(m_database.connectionName()));
    if (!w.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM outbox) OR "
                               "EXISTS(SELECT 1 FROM sync_journal WHERE pushed > 0)")) ||
        !w.next())
        return sqlError(w.lastError(), "look for audited work");
    return w.value(0).toBool();
}

core::Result<QList<AuditEntry>> AuditTrail::entries(qint64 afterSeq, int limit) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?")
                  .arg(kColumns));
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError(), "read audit entries");
    QList<AuditEntry> out;
    while (q.next())
        out << readRow(q, nullptr);
    return out;
}

core::Result<qint64> AuditTrail::count() const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !q.next())
        return sqlError(q.lastError(), "count audit entries");
    return q.value(0).toLongLong();
}

core::Result<QList<AuditEntry>> AuditTrail::unsent(int limit) const {
    return bySent(false, 0, limit);
}

core::Result<QList<AuditEntry>> AuditTrail::sent(qint64 afterSeq, int limit) const {
    return bySent(true, afterSeq, limit);
}

core::Result<QList<AuditEntry>> AuditTrail::bySent(bool sent, qint64 afterSeq, int limit) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE sent = ? AND seq > ? ORDER BY seq LIMIT ?")
            .arg(kColumns));
    q.addBindValue(sent ? 1 : 0);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError(), "read audit entries by sent state");
    QList<AuditEntry> out;
    while (q.next())
        out << readRow(q, nullptr);
    return out;
}

QString AuditTrail::fingerprint(const AuditEntry& entry) {
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(entry), QCryptographicHash::Sha256).toHex());
}

core::Status AuditTrail::markSent(const QList<qint64>& seqs) {
    QSqlDatabase db = QSqlDatabase::database(m_database.connectionName());
    if (auto s = beginWrite(db); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE audit_log SET sent = 1 WHERE seq = ?"));
    for (qint64 seq : seqs) {
        q.addBindValue(seq);
        if (!q.exec()) {
            db.rollback();
            return sqlError(q.lastError(), "mark audit entry sent");
        }
    }
    if (!db.commit())
        return sqlError(db.lastError(), "commit mark sent");
    return {};
}

} // namespace sijil::storage
