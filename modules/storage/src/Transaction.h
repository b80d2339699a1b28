#pragma once

#include "SqlError.h"

#include <sijil/core/Result.h>

#include <QSqlDatabase>
#include <QSqlError>

namespace sijil::storage {

// One SQLite transaction: rolled back unless commit() succeeded, so that an early return on an
// error can never leave half a change in the store.
class Transaction {
public:
    explicit Transaction(const QString& connection)
        : m_db(QSqlDatabase::database(connection)) {
        m_open = m_db.transaction();
    }
    ~Transaction() {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] core::Status begun() const {
        if (!m_open)
            return sqlError(m_db.lastError(), "begin transaction");
        return {};
    }
    [[nodiscard]] core::Status commit() {
        if (!m_db.commit())
            return sqlError(m_db.lastError(), "commit transaction");
        m_open = false;
        return {};
    }
    [[nodiscard]] QSqlDatabase& db() { return m_db; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace sijil::storage
