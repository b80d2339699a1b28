#include "SqlError.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <sijil/storage/Database.h>
#include <sijil/storage/SyncJournal.h>

#include <QSqlQuery>

namespace sijil::storage {

SyncJournal::SyncJournal(Database& database)
    : m_database(database) {}

core::Status SyncJournal::append(const SyncRun& run) {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s;
    QSqlQuery q(tx.db());
    q.prepare(QStringLiteral("INSERT INTO sync_journal(started_at, finished_at, succeeded, pushed, "
                             "pulled, conflicts, pending, error_code, error_detail) "
                             "VALUES (?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(isoTime(run.startedAtUtc));
    q.addBindValue(isoTime(run.finishedAtUtc));
    q.addBindValue(run.succeeded ? 1 : 0);
    q.addBindValue(run.pushed);
    q.addBindValue(run.pulled);
    q.addBindValue(run.conflicts);
    q.addBindValue(run.pending);
    q.addBindValue(textValue(run.errorCode));
    q.addBindValue(textValue(run.errorDetail));
    if (!q.exec())
        return sqlError(q.lastError(), "write sync journal");
    QSqlQuery prune(tx.db());
    prune.prepare(QStringLiteral("DELETE FROM sync_journal WHERE id <= "
                                 "(SELECT max(id) FROM sync_journal) - ?"));
    prune.addBindValue(kKept);
    if (!prune.exec())
        return sqlError(prune.lastError(), "prune sync journal");
    return tx.commit();
}

core::Result<QList<SyncRun>> SyncJournal::recent(int limit) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, started_at, finished_at, succeeded, pushed, pulled, "
                             "conflicts, pending, error_code, error_detail FROM sync_journal "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError(), "read sync journal");
    QList<SyncRun> out;
    while (q.next()) {
        SyncRun r;
        r.id = q.value(0).toLongLong();
        r.startedAtUtc = fromIsoTime(q.value(1));
        r.finishedAtUtc = fromIsoTime(q.value(2));
        r.succeeded = q.value(3).toInt() != 0;
        r.pushed = q.value(4).toInt();
        r.pulled = q.value(5).toInt();
        r.conflicts = q.value(6).toInt();
        r.pending = q.value(7).toInt();
        r.errorCode = q.value(8).toString();
        r.errorDetail = q.value(9).toString();
        out << r;
    }
    return out;
}

} // namespace sijil::storage
