#include "CachedQuery.h"
#include "SqlError.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <sijil/storage/Database.h>
#include <sijil/storage/DuplicateQueue.h>

#include <QSqlQuery>

namespace sijil::storage {

namespace {

constexpr const char* kCtx = "sijil::storage::DuplicateQueue";
constexpr const char* kColumns =
    "first_id, second_id, weight, classification, status, found_at, decided_by, decided_at";

DuplicateStatus statusFromCode(const QString& code) {
    if (code == u"merged")
        return DuplicateStatus::Merged;
    if (code == u"not-duplicate")
        return DuplicateStatus::NotDuplicate;
    return DuplicateStatus::Open;
}

core::Error samePatient(const QString& id) {
    return core::Error("storage/duplicate-pair-invalid",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::DuplicateQueue",
                                                              "Un dossier ne peut pas être le "
                                                              "doublon de lui-même.")),
                       id);
}

DuplicatePair pairFrom(const QSqlQuery& q) {
    DuplicatePair p;
    p.firstId = q.value(0).toString();
    p.secondId = q.value(1).toString();
    p.weight = q.value(2).toDouble();
    p.classification = q.value(3).toString();
    p.status = statusFromCode(q.value(4).toString());
    p.foundAtUtc = fromIsoTime(q.value(5));
    p.decidedBy = q.value(6).toString();
    p.decidedAtUtc = fromIsoTime(q.value(7));
    return p;
}

} // namespace

DuplicateQueue::DuplicateQueue(Database& database)
    : m_database(database) {}

std::pair<QString, QString> DuplicateQueue::canonical(const QString& a, const QString& b) {
    return a < b ? std::pair(a, b) : std::pair(b, a);
}

QString DuplicateQueue::statusCode(DuplicateStatus status) {
    switch (status) {
    case DuplicateStatus::Open:
        return QStringLiteral("open");
    case DuplicateStatus::Merged:
        return QStringLiteral("merged");
    case DuplicateStatus::NotDuplicate:
        return QStringLiteral("not-duplicate");
    }
    return {};
}

core::Result<QList<DuplicateStatus>> DuplicateQueue::enqueue(const QList<Candidate>& candidates) {
    for (const Candidate& c : candidates) {
        if (c.a == c.b || c.a.isEmpty())
            return samePatient(c.a);
    }
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s.error();
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    QSqlQuery upsert(tx.db());
    // A decided pair keeps everything it had when it was decided.
    upsert.prepare(QStringLiteral(
        "INSERT INTO duplicate_candidates(first_id, second_id, weight, classification, found_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(first_id, second_id) DO UPDATE SET "
        "weight = excluded.weight, classification = excluded.classification "
        "WHERE status = 'open'"));
    QSqlQuery status(tx.db());
    status.prepare(QStringLiteral(
        "SELECT status FROM duplicate_candidates WHERE first_id = ? AND second_id = ?"));
    QList<DuplicateStatus> out;
    for (const Candidate& c : candidates) {
        const auto [first, second] = canonical(c.a, c.b);
        upsert.addBindValue(first);
        upsert.addBindValue(second);
        upsert.addBindValue(c.weight);
        upsert.addBindValue(textValue(c.classification));
        upsert.addBindValue(now);
        if (!upsert.exec())
            return sqlError(upsert.lastError(), "queue duplicate pair");
        status.addBindValue(first);
        status.addBindValue(second);
        if (!status.exec() || !status.next())
            return sqlError(status.lastError(), "read duplicate pair");
        out << statusFromCode(status.value(0).toString());
        status.finish();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

core::Result<QList<DuplicatePair>> DuplicateQueue::list(DuplicateStatus status, int offset,
                                                        int limit) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.setForwardOnly(true);
    // The pair (first, second) breaks ties so that pages do not overlap.
    const char* order = status == DuplicateStatus::Open ? "weight DESC, first_id, second_id"
                                                        : "decided_at DESC, first_id, second_id";
    q.prepare(QStringLiteral("SELECT %1 FROM duplicate_candidates WHERE status = ? ORDER BY %2 "
                             "LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns), QLatin1String(order)));
    q.addBindValue(statusCode(status));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q.lastError(), "list duplicate pairs");
    QList<DuplicatePair> out;
    while (q.next())
        out << pairFrom(q);
    return out;
}

namespace {

core::Status eachInOneTransaction(Database& database, const QString& sql, const QStringList& ids,
                                  const char* what) {
    if (ids.isEmpty())
        return {};
    Transaction tx(database.connectionName());
    if (auto s = tx.begun(); !s)
        return s.error();
    QSqlQuery q(tx.db());
    q.prepare(sql);
    for (const QString& id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q.lastError(), what);
    }
    return tx.commit();
}

} // namespace

core::Status DuplicateQueue::markForRecheck(const QStringList& patientIds) {
    return eachInOneTransaction(
        m_database,
        QStringLiteral("INSERT OR IGNORE INTO duplicate_recheck(patient_id) VALUES (?)"),
        patientIds, "mark duplicate recheck");
}

core::Result<QStringList> DuplicateQueue::toRecheck(int limit) const {
    CachedQuery q(m_database, QStringLiteral("SELECT patient_id FROM duplicate_recheck "
                                             "ORDER BY patient_id LIMIT ?"));
    q.bind(qint64(limit));
    return q.texts("read duplicate rechecks");
}

core::Status DuplicateQueue::rechecked(const QStringList& patientIds) {
    return eachInOneTransaction(
        m_database, QStringLiteral("DELETE FROM duplicate_recheck WHERE patient_id = ?"),
        patientIds, "clear duplicate recheck");
}

core::Result<std::optional<DuplicateQueue::ScanCursor>> DuplicateQueue::scanCursor() const {
    CachedQuery q(m_database,
                  QStringLiteral("SELECT after_id, done, started_at FROM duplicate_scan"));
    auto row = q.next("read duplicate scan cursor");
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ScanCursor>();
    return std::optional<ScanCursor>(ScanCursor{q.text(0), q.integer(1), fromIsoTime(q.text(2))});
}

core::Status DuplicateQueue::saveScanCursor(const ScanCursor& cursor) {
    CachedQuery q(m_database,
                  QStringLiteral("INSERT INTO duplicate_scan(id, after_id, done, started_at) "
                                 "VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                                 "after_id = excluded.after_id, done = excluded.done"));
    q.bind(cursor.afterId).bind(cursor.done).bind(isoTime(cursor.startedAtUtc));
    if (auto written = q.next("save duplicate scan cursor"); !written)
        return written.error();
    return {};
}

core::Status DuplicateQueue::clearScanCursor() {
    CachedQuery q(m_database, QStringLiteral("DELETE FROM duplicate_scan"));
    if (auto written = q.next("clear duplicate scan cursor"); !written)
        return written.error();
    return {};
}

core::Result<int> DuplicateQueue::count(DuplicateStatus status) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral("SELECT count(*) FROM duplicate_candidates WHERE status = ?"));
    q.addBindValue(statusCode(status));
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), "count duplicate pairs");
    return q.value(0).toInt();
}

core::Result<std::optional<DuplicatePair>> DuplicateQueue::find(const QString& a,
                                                                const QString& b) const {
    const auto [first, second] = canonical(a, b);
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral("SELECT %1 FROM duplicate_candidates WHERE first_id = ? AND "
                             "second_id = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(first);
    q.addBindValue(second);
    if (!q.exec())
        return sqlError(q.lastError(), "read duplicate pair");
    if (!q.next())
        return std::optional<DuplicatePair>();
    return std::optional<DuplicatePair>(pairFrom(q));
}

core::Status DuplicateQueue::decide(const QString& a, const QString& b, DuplicateStatus status,
                                    const QString& actorId) {
    if (a == b || a.isEmpty())
        return samePatient(a);
    const auto [first, second] = canonical(a, b);
    const bool reopen = status == DuplicateStatus::Open;
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral(
        "INSERT INTO duplicate_candidates(first_id, second_id, weight, classification, status, "
        "found_at, decided_by, decided_at) VALUES (?, ?, 0, '', ?, ?, ?, ?) "
        "ON CONFLICT(first_id, second_id) DO UPDATE SET status = excluded.status, "
        "decided_by = excluded.decided_by, decided_at = excluded.decided_at"));
    q.addBindValue(first);
    q.addBindValue(second);
    q.addBindValue(statusCode(status));
    q.addBindValue(now);
    q.addBindValue(reopen ? QStringLiteral("") : textValue(actorId));
    q.addBindValue(reopen ? QStringLiteral("") : now);
    if (!q.exec())
        return sqlError(q.lastError(), "decide duplicate pair");
    return {};
}

} // namespace sijil::storage
