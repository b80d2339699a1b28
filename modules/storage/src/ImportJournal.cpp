#include "SqlError.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <sijil/storage/Database.h>
#include <sijil/storage/ImportJournal.h>

#include <QSqlQuery>

namespace sijil::storage {

ImportJournal::ImportJournal(Database& database)
    : m_database(database) {}

core::Result<QHash<int, QString>> ImportJournal::rows(const QString& source, int firstRow,
                                                      int lastRow) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral("SELECT row, patient_id FROM import_journal WHERE source = ? "
                             "AND row BETWEEN ? AND ?"));
    q.addBindValue(source);
    q.addBindValue(firstRow);
    q.addBindValue(lastRow);
    if (!q.exec())
        return sqlError(q.lastError(), "read import journal");
    QHash<int, QString> out;
    while (q.next())
        out.insert(q.value(0).toInt(), q.value(1).toString());
    return out;
}

core::Result<std::optional<int>> ImportJournal::rowOf(const QString& source,
                                                      const QString& patientId) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral("SELECT row FROM import_journal WHERE source = ? AND patient_id = ? "
                             "ORDER BY row LIMIT 1"));
    q.addBindValue(source);
    q.addBindValue(patientId);
    if (!q.exec())
        return sqlError(q.lastError(), "read import journal");
    if (!q.next())
        return std::optional<int>();
    return std::optional<int>(q.value(0).toInt());
}

core::Result<QList<int>> ImportJournal::writtenRows(const QString& source) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral("SELECT j.row FROM import_journal j WHERE j.source = ? AND EXISTS "
                             "(SELECT 1 FROM resources r WHERE r.type = 'Patient' "
                             "AND r.id = j.patient_id)"));
    q.addBindValue(source);
    if (!q.exec())
        return sqlError(q.lastError(), "read import journal");
    QList<int> out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

core::Status ImportJournal::record(const QString& source, const QList<QPair<int, QString>>& rows) {
    if (rows.isEmpty())
        return {};
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s;
    QSqlQuery q(tx.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO import_journal(source, row, patient_id, "
                             "recorded_at) VALUES (?,?,?,?)"));
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    for (const auto& [row, patientId] : rows) {
        q.addBindValue(source);
        q.addBindValue(row);
        q.addBindValue(patientId);
        q.addBindValue(now);
        if (!q.exec())
            return sqlError(q.lastError(), "write import journal");
    }
    return tx.commit();
}

} // namespace sijil::storage
