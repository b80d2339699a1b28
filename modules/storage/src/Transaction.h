#pragma once

#include "SqlError.h"

#include <sijil/core/Result.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sijil::storage {

// Begins a transaction that will write. IMMEDIATE takes the write lock at once, where SQLite waits
// (the busy timeout) for another connection's transaction to end, and reads what it committed. A
// plain BEGIN reads first and asks for the lock at the first write: with another connection
// writing (the sync worker, an index rebuild), that fails at once with "database is locked",
// without waiting.
inline core::Status beginWrite(QSqlDatabase& db) {
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(begin.lastError(), "begin transaction");
    return {};
}

// One SQLite transaction: rolled back unless commit() succeeded, so that an early return on an
// error can never leave half a change in the store.
class Transaction {
public:
    explicit Transaction(const QString& connection)
        : m_db(QSqlDatabase::database(connection))
        , m_begun(beginWrite(m_db)) {
        m_open = m_begun.ok();
    }
    ~Transaction() {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] const core::Status& begun() const { return m_begun; }
    [[nodiscard]] core::Status commit() {
        if (!m_db.commit())
            return sqlError(m_db.lastError(), "commit transaction");
        m_open = false;
        return {};
    }
    [[nodiscard]] QSqlDatabase& db() { return m_db; }

private:
    QSqlDatabase m_db;
    core::Status m_begun;
    bool m_open = false;
};

} // namespace sijil::storage
