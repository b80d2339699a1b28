#include "CachedQuery.h"

#include "SqlError.h"

#include <sijil/storage/Database.h>

#include <sqlite3.h>

namespace sijil::storage {

StatementCache::StatementCache(sqlite3* handle)
    : m_handle(handle) {}

StatementCache::~StatementCache() {
    for (sqlite3_stmt* s : std::as_const(m_statements))
        sqlite3_finalize(s);
}

sqlite3_stmt* StatementCache::get(const QString& sql, int& rc) {
    if (sqlite3_stmt* cached = m_statements.value(sql))
        return cached;
    sqlite3_stmt* s = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    rc = sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                            &s, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(s);
        return nullptr;
    }
    m_statements.insert(sql, s);
    return s;
}

CachedQuery::CachedQuery(Database& database, const QString& sql)
    : m_cache(database.statements()) {
    m_statement = m_cache.get(sql, m_rc);
}

CachedQuery::~CachedQuery() {
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

CachedQuery& CachedQuery::bind(const QString& value) {
    if (m_statement && m_rc == SQLITE_OK) {
        // A null QString is '' here, as the columns bound this way are NOT NULL text (utf16()
        // of a null string is an empty one).
        m_rc = sqlite3_bind_text16(m_statement, ++m_bound, value.utf16(), int(value.size() * 2),
                                   SQLITE_TRANSIENT);
    }
    return *this;
}

CachedQuery& CachedQuery::bind(qint64 value) {
    if (m_statement && m_rc == SQLITE_OK)
        m_rc = sqlite3_bind_int64(m_statement, ++m_bound, value);
    return *this;
}

CachedQuery& CachedQuery::bind(const QByteArray& value) {
    if (m_statement && m_rc == SQLITE_OK) {
        m_rc = value.isEmpty() ? sqlite3_bind_zeroblob(m_statement, ++m_bound, 0)
                               : sqlite3_bind_blob(m_statement, ++m_bound, value.constData(),
                                                   int(value.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

int CachedQuery::extendedCode() const {
    return sqlite3_extended_errcode(m_cache.handle());
}

core::Result<bool> CachedQuery::next(const char* what) {
    if (!m_statement || m_rc != SQLITE_OK)
        return sqliteError(m_cache.handle(), m_rc == SQLITE_OK ? SQLITE_MISUSE : m_rc, what);
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_cache.handle(), rc, what);
}

core::Result<QStringList> CachedQuery::texts(const char* what) {
    QStringList out;
    for (;;) {
        auto row = next(what);
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out << text(0);
    }
}

QString CachedQuery::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray CachedQuery::bytes(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

qint64 CachedQuery::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

} // namespace sijil::storage
