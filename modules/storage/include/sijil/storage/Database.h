#pragma once

#include <sijil/core/Result.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

struct sqlite3;

namespace sijil::storage {

class StatementCache;

// The local store: one SQLite file, opened in WAL mode with durable commits, its schema brought
// to the latest version at open. A file whose schema is newer than this build knows is refused
// and left untouched. A Database is used from the thread that opened it.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates. ":memory:" gives a private in-memory store.
    static core::Result<std::unique_ptr<Database>> open(const QString& path);

    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] static int latestSchemaVersion();
    [[nodiscard]] const QString& path() const { return m_path; }
    // SQLite's own PRAGMA integrity_check: empty when the file is sound, else its findings.
    [[nodiscard]] core::Result<QStringList> integrityCheck() const;
    // Rows per table, for `sijilctl store stats`.
    [[nodiscard]] core::Result<QList<std::pair<QString, qint64>>> tableRowCounts() const;
    // The Qt Sql connection name; used by repositories inside this module only.
    [[nodiscard]] const QString& connectionName() const { return m_connection; }
    // Stops what this connection is running as soon as it can (it then fails with an
    // interruption); nothing if it runs nothing. Callable from any thread while it exists.
    void interrupt();
    // The connection's compiled statements for the hot reads; inside this module only.
    [[nodiscard]] StatementCache& statements();

private:
    Database(QString path, QString connection);
    QString m_path;
    QString m_connection;
    std::unique_ptr<StatementCache> m_statements;
    ::sqlite3* m_handle = nullptr; // set at open, before another thread can see this
};

} // namespace sijil::storage
