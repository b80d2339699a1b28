#include "SqlError.h"
#include "Transaction.h"

#include <sijil/storage/AuditRefusals.h>
#include <sijil/storage/Database.h>

#include <QSqlQuery>

namespace sijil::storage {

AuditRefusals::AuditRefusals(Database& database)
    : m_database(database) {}

core::Status AuditRefusals::markRefused(const QList<qint64>& seqs) {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s;
    QSqlQuery q(tx.db());
    // Only an entry still waiting: one the server took meanwhile stays sent.
    q.prepare(QStringLiteral("UPDATE audit_log SET sent = 2 WHERE seq = ? AND sent = 0"));
    for (qint64 seq : seqs) {
        q.addBindValue(seq);
        if (!q.exec())
            return sqlError(q.lastError(), "mark audit entry refused");
    }
    return tx.commit();
}

core::Result<qint64> AuditRefusals::offerAgain() {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s.error();
    QSqlQuery q(tx.db());
    if (!q.exec(QStringLiteral("UPDATE audit_log SET sent = 0 WHERE sent = 2")))
        return sqlError(q.lastError(), "offer refused audit entries again");
    const qint64 offered = q.numRowsAffected();
    if (auto s = tx.commit(); !s)
        return s.error();
    return offered;
}

core::Result<qint64> AuditRefusals::count() const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE sent = 2")) || !q.next())
        return sqlError(q.lastError(), "count refused audit entries");
    return q.value(0).toLongLong();
}

} // namespace sijil::storage
