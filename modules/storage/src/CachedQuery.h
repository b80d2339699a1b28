#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace sijil::storage {

class Database;

// Statements of one connection, compiled once and kept until the connection closes. The hot
// reads (a resource by id, the search index's lookups) go through SQLite's C API here: through
// Qt Sql, each call compiled its statement again and rebuilt the result's field list, several
// times the cost of the lookup itself. The handle is the Qt connection's own (the QSQLITE plugin
// and this module share the system's libsqlite3), so transactions begun through Qt include them.
class StatementCache {
public:
    explicit StatementCache(sqlite3* handle);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    [[nodiscard]] sqlite3* handle() const { return m_handle; }
    // The compiled statement for `sql`, or null with the reason in `rc`.
    sqlite3_stmt* get(const QString& sql, int& rc);

private:
    sqlite3* m_handle;
    QHash<QString, sqlite3_stmt*> m_statements;
};

// One use of a cached statement: bound in order, stepped, and reset when it goes out of scope so
// that no read stays open across a commit.
class CachedQuery {
public:
    CachedQuery(Database& database, const QString& sql);
    ~CachedQuery();
    CachedQuery(const CachedQuery&) = delete;
    CachedQuery& operator=(const CachedQuery&) = delete;

    CachedQuery& bind(const QString& value);
    CachedQuery& bind(qint64 value);
    // A blob ('' as an empty blob, never NULL: the columns bound this way are NOT NULL).
    CachedQuery& bind(const QByteArray& value);
    // True with a row, false when there are no more; an error says `what` was being done.
    [[nodiscard]] core::Result<bool> next(const char* what);

    // Every remaining row's first column, as text (a list of ids).
    [[nodiscard]] core::Result<QStringList> texts(const char* what);

    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray bytes(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    // The extended result code of the last failure (e.g. SQLITE_CONSTRAINT_UNIQUE).
    [[nodiscard]] int extendedCode() const;

private:
    StatementCache& m_cache;
    sqlite3_stmt* m_statement = nullptr;
    int m_rc = 0; // the first failure (compiling or binding), reported by next()
    int m_bound = 0;
};

} // namespace sijil::storage
