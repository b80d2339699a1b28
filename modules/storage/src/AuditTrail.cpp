#include "AuditHead.h"
#include "SqlError.h"
#include "SqlValues.h"
#include "StorageLog.h"
#include "Transaction.h"

#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace sijil::storage {

namespace {

constexpr const char* kCtx = "sijil::storage::AuditTrail";
constexpr int kKeyBytes = 32;
constexpr int kKeyLockWaitMs = 10000;

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
    e.mac = q.value(13).toString().toLatin1();
    if (mac)
        *mac = e.mac;
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

core::Result<QByteArray> insertEntry(QSqlDatabase& db, const QByteArray& key, AuditEntry& entry,
                                     const QByteArray& previousMac) {
    // Milliseconds are what is stored: MAC what will be read back.
    entry.recordedAtUtc = QDateTime::fromString(
        entry.recordedAtUtc.toUTC().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    const QByteArray mac = chainMac(key, previousMac, entry);
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
    if (!q.exec())
        return sqlError(q.lastError(), "append audit entry");
    return mac;
}

// Entries waiting to be sent or already pushed: every change is audited, so with no entry and no
// head, the log was deleted.
core::Result<bool> hasAuditedWork(const QString& connection) {
    QSqlQuery w(QSqlDatabase::database(connection));
    if (!w.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM outbox) OR "
                               "EXISTS(SELECT 1 FROM sync_journal WHERE pushed > 0)")) ||
        !w.next())
        return sqlError(w.lastError(), "look for audited work");
    return w.value(0).toBool();
}

// The number of the trail's first entry, as the marker its first append wrote says (0: the
// trail has not begun). Only the trail writes that marker.
core::Result<qint64> trailBegun(const QString& connection) {
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!q.exec(QStringLiteral("SELECT first_seq FROM audit_begun")))
        return sqlError(q.lastError(), "read audit trail begun");
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

// Marks the trail begun at `firstSeq`, in the transaction of its first entry; later appends
// leave the mark as it is.
core::Status markBegun(QSqlDatabase& db, qint64 firstSeq) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO audit_begun(one, first_seq, marked_at) "
                             "VALUES (1, ?, ?)"));
    q.addBindValue(firstSeq);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q.lastError(), "mark audit trail begun");
    return {};
}

// Why the head disagrees with the table, whose last entry is (lastSeq, lastMac); empty if it does
// not.
core::Result<QString> headEvidence(const QString& connection, const AuditHead::State& head,
                                   qint64 lastSeq, const QByteArray& lastMac) {
    const QString tail = QStringLiteral("log-last-seq=%1").arg(lastSeq);
    if (!head.present) {
        // No entry and no head is a trail not begun, unless the trail's own marker says it
        // began: stores made before the head for "no entry yet", and trails made without
        // loadOrCreateKey(), have no head until their first entry, and changes made before it
        // are not always audited (so they cannot tell).
        if (lastSeq == 0) {
            const auto begun = trailBegun(connection);
            if (!begun)
                return begun.error();
            if (*begun == 0)
                return QString();
            return QStringLiteral("head=missing log=empty trail-begun-seq=%1").arg(*begun);
        }
        return QStringLiteral("head=missing %1").arg(tail);
    }
    if (!head.authentic)
        return QStringLiteral("head=altered %1").arg(tail);
    const QString named =
        QStringLiteral("head-seq=%1 head-mac=%2").arg(head.seq).arg(QString::fromLatin1(head.mac));
    if (head.seq > lastSeq)
        return QStringLiteral("%1 %2").arg(named, tail);
    if (head.seq == 0)
        return QString();
    QByteArray stored = lastMac;
    if (head.seq != lastSeq) {
        QSqlQuery q(QSqlDatabase::database(connection));
        q.prepare(QStringLiteral("SELECT mac FROM audit_log WHERE seq = ?"));
        q.addBindValue(head.seq);
        if (!q.exec())
            return sqlError(q.lastError(), "read audit entry named by the head");
        stored = q.next() ? q.value(0).toString().toLatin1() : QByteArray();
    }
    if (stored == head.mac)
        return QString();
    return QStringLiteral("%1 log-mac=%2 %3").arg(named, QString::fromLatin1(stored), tail);
}

// Whether the first entry failing its MAC was edited, or the key is not the one it was signed
// with: the head or the second entry, checked against the first's stored MAC, tells which.
bool keyMatches(const QByteArray& key, const AuditHead::State& head, QSqlQuery& rest,
                const QByteArray& firstMac) {
    if (head.authentic)
        return true;
    if (!rest.next())
        return false;
    QByteArray secondMac;
    const AuditEntry second = readRow(rest, &secondMac);
    return chainMac(key, firstMac, second) == secondMac;
}

// QLockFile's own wait sleeps 100 ms, then twice longer each time; the key is made in a few
// milliseconds, so those waiting for it look again sooner.
bool takeKeyLock(QLockFile& lock) {
    QDeadlineTimer deadline(kKeyLockWaitMs);
    while (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError || deadline.hasExpired())
            return false;
        QThread::msleep(5);
    }
    return true;
}

} // namespace

AuditTrail::AuditTrail(Database& database, QByteArray key, QString headPath)
    : m_database(database)
    , m_key(std::move(key))
    , m_headPath(std::move(headPath)) {}

core::Result<QByteArray> AuditTrail::loadOrCreateKey(const QString& path) {
    QFile file(path);
    if (!file.exists()) {
        // Of processes starting together, one makes the key and all read it back below: the
        // lock orders them, and whoever comes second finds the key there. (A rename that must
        // not replace is not enough: QFile::rename falls back to copying over the target when
        // the rename is refused, truncating a key another process has just placed.)
        QLockFile lock(path + QStringLiteral(".lock"));
        if (!takeKeyLock(lock))
            return keyError(
                path,
                QStringLiteral("key lock not taken (QLockFile error %1)").arg(int(lock.error())));
        if (!file.exists()) {
            QByteArray key(kKeyBytes, Qt::Uninitialized);
            QRandomGenerator::system()->generate(
                reinterpret_cast<quint32*>(key.data()),
                reinterpret_cast<quint32*>(key.data() + key.size()));
            // Written whole and synced to disk before it takes the key's name (QSaveFile): a
            // power cut never leaves a short key.
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return keyError(path, out.errorString());
            out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            if (out.write(key.toHex()) != kKeyBytes * 2 || !out.commit())
                return keyError(path, out.errorString());
        }
    }
    if (!file.open(QIODevice::ReadOnly))
        return keyError(path, file.errorString());
    const QByteArray key = QByteArray::fromHex(file.readAll().trimmed());
    if (key.size() != kKeyBytes)
        return keyError(path, QStringLiteral("wrong key length"));
    return key;
}

core::Result<QByteArray> AuditTrail::loadOrCreateKey(const QString& keyPath, Database& database,
                                                     const QString& headPath) {
    if (!QFile::exists(keyPath)) {
        QSqlQuery q(QSqlDatabase::database(database.connectionName()));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !q.next())
            return sqlError(q.lastError(), "count audit entries");
        const qint64 entries = q.value(0).toLongLong();
        if (entries > 0 || QFile::exists(headPath))
            return core::Error(
                "storage/audit-key-lost",
                core::UserText(kCtx,
                               QT_TRANSLATE_NOOP("sijil::storage::AuditTrail",
                                                 "La clé du journal d'audit est introuvable "
                                                 "(« %1 ») alors que le journal contient %2 "
                                                 "entrée(s) : restaurez-la depuis la sauvegarde "
                                                 "du poste. Une nouvelle clé rendrait le journal "
                                                 "invérifiable."))
                    .arg(keyPath)
                    .arg(QString::number(entries)),
                QStringLiteral("no key, %1 entries, head %2")
                    .arg(entries)
                    .arg(QFile::exists(headPath) ? u"present" : u"absent"));
    }
    const bool begun = QFile::exists(keyPath);
    auto key = loadOrCreateKey(keyPath);
    // A head for "no entry yet", signed as soon as the key is made: from then on a missing head
    // means a removed one, never a crash before the first entry's head was written. (Only then:
    // written later, it would cover a head removed with the log.)
    if (key && !begun)
        AuditHead(*key, headPath).advance(0, {});
    return key;
}

core::Result<qint64> AuditTrail::append(AuditEntry entry) {
    return appendAll({std::move(entry)});
}

core::Result<qint64> AuditTrail::appendAll(QList<AuditEntry> entries) {
    if (entries.isEmpty())
        return qint64(0);
    Transaction tx(m_database.connectionName());
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery last(tx.db());
    if (!last.exec(QStringLiteral("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return sqlError(last.lastError(), "read audit tail");
    QByteArray previousMac;
    qint64 lastSeq = 0;
    if (last.next()) {
        lastSeq = last.value(0).toLongLong();
        previousMac = last.value(1).toString().toLatin1();
    }
    last.finish();

    // Read under the write lock, the head names an entry committed before ours; one that the
    // table no longer holds as it was means entries were cut or replaced. Refusing to append
    // would stop the desk (every action is audited first): the finding is recorded instead, as a
    // signed entry that verify() reports from then on, and the numbers cut are not reused.
    const AuditHead head(m_key, m_headPath);
    const AuditHead::State state = head.read();
    const auto evidence = headEvidence(m_database.connectionName(), state, lastSeq, previousMac);
    if (!evidence)
        return evidence.error();
    qint64 seq = std::max(lastSeq, state.authentic ? state.seq : 0) + 1;
    if (auto marked = markBegun(tx.db(), seq); !marked)
        return marked.error();
    if (!evidence->isEmpty()) {
        AuditEntry gap;
        gap.seq = seq++;
        gap.recordedAtUtc = QDateTime::currentDateTimeUtc();
        gap.facilityId = entries.first().facilityId;
        gap.workstation = entries.first().workstation;
        gap.action = QStringLiteral("E");
        gap.subtype = AuditTrail::kGapSubtype;
        gap.outcome = 8; // serious failure
        gap.detail = *evidence;
        auto gapMac = insertEntry(tx.db(), m_key, gap, previousMac);
        if (!gapMac)
            return gapMac.error();
        previousMac = *gapMac;
        qCCritical(lcStorage) << "audit trail cut or its head altered, recorded as entry" << gap.seq
                              << ':' << gap.detail;
    }
    for (AuditEntry& entry : entries) {
        entry.seq = seq++;
        if (!entry.recordedAtUtc.isValid())
            entry.recordedAtUtc = QDateTime::currentDateTimeUtc();
        auto mac = insertEntry(tx.db(), m_key, entry, previousMac);
        if (!mac)
            return mac.error();
        previousMac = *mac;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();

    // The head is written after the commit: a crash in between leaves the head behind, naming an
    // older entry of the same chain, which verify() accepts; a head ahead of the table is a cut.
    const qint64 lastAppended = entries.last().seq;
    head.advance(lastAppended, previousMac);
    return lastAppended;
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
        const bool macOk = chainMac(m_key, previousMac, e) == stored;
        const bool gapRecord = macOk && e.action == u"E" && e.subtype == AuditTrail::kGapSubtype;
        // A gap in the numbers means deleted entries, unless append() recorded it there (the
        // numbers it found cut are not reused); moved or rewritten entries fail their MAC.
        if (e.seq != expectedSeq && !(gapRecord && e.seq > expectedSeq)) {
            v.firstBadSeq = expectedSeq;
            v.problem = "missing";
            return v;
        }
        if (!macOk) {
            v.firstBadSeq = e.seq;
            v.problem = previousMac.isEmpty() && !keyMatches(m_key, head, q, stored) ? "wrong-key"
                                                                                     : "edited";
            return v;
        }
        if (gapRecord && v.recordedGapSeq == 0) {
            v.recordedGapSeq = e.seq;
            v.recordedGapAtUtc = e.recordedAtUtc;
        }
        if (e.seq == head.seq)
            headMatches = stored == head.mac;
        previousMac = stored;
        expectedSeq = e.seq + 1;
    }
    const qint64 lastSeq = expectedSeq - 1;
    // Damage found when entries were appended, once the rest of the chain holds.
    const auto orRecordedGap = [&v]() -> AuditVerification {
        if (v.ok() && v.recordedGapSeq > 0) {
            v.firstBadSeq = v.recordedGapSeq;
            v.problem = "gap-recorded";
        }
        return v;
    };

    if (!head.present) {
        if (lastSeq > 0) { // entries exist, so a head was written: it has been removed
            v.firstBadSeq = lastSeq;
            v.problem = "head-altered";
            return orRecordedGap();
        }
        // No entry and no head: a new store, or a log deleted whole with its head. The trail's
        // marker says it had begun; else every change made here is audited, so local changes
        // waiting or pushed say which.
        const auto begun = trailBegun(m_database.connectionName());
        if (!begun)
            return begun.error();
        auto work = hasAuditedWork(m_database.connectionName());
        if (!work)
            return work.error();
        if (*begun > 0 || *work) {
            v.firstBadSeq = std::max<qint64>(*begun, 1);
            v.problem = "missing";
        }
        return orRecordedGap();
    }
    if (!head.authentic) {
        v.firstBadSeq = lastSeq;
        v.problem = "head-altered";
        return orRecordedGap();
    }
    if (head.seq > lastSeq) {
        v.firstBadSeq = lastSeq + 1;
        v.problem = "truncated";
        return orRecordedGap();
    }
    // The head may trail the table (a crash between commit and head write, or writers in other
    // processes between theirs), but the entry it names must be the one it recorded: another one
    // there means the end was cut and written anew.
    if (!headMatches) {
        v.firstBadSeq = head.seq;
        v.problem = "replaced";
    }
    return orRecordedGap();
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
