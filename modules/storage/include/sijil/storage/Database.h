#pragma once

#include <sijil/core/Result.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

struct sqlite3;

namespace sijil::storage {

class StatementCache;

// Where an open that upgrades the store has got to, told from the opening thread.
struct OpenProgress {
    enum class Stage { Checking, Migrating };
    Stage stage = Stage::Checking;
    int schema = 0; // checking: the store's schema; migrating: the one the step brings it to
    int step = 0;   // 1-based, of `count` migration steps
    int count = 0;
};

struct DatabaseOpenOptions {
    // SQLite's read-only open, for checks and reports: no migration, no WAL switch, no change of
    // file mode; an older schema is read as it is (schemaVersion() tells which).
    bool readOnly = false;
    // The file must hold a store already: an empty one (no schema version, no table) is refused
    // and left as it was, never made into a fresh store.
    bool mustExist = false;
    // Called before the whole-file check and before each migration step of an older store
    // (not for a current or a new one): a long upgrade can then be shown as it goes.
    std::function<void(const OpenProgress&)> progress = nullptr;
};

// The local store: one SQLite file, opened in WAL mode with durable commits, its schema brought
// to the latest version at open. A file whose schema is newer than this build knows, or that is
// damaged when it needs a migration, is refused and left untouched (mode included). A Database
// is used from the thread that opened it.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates. ":memory:" gives a private in-memory store.
    static core::Result<std::unique_ptr<Database>> open(const QString& path,
                                                        DatabaseOpenOptions options = {});

    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] static int latestSchemaVersion();
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
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
    bool m_readOnly = false;
};

} // namespace sijil::storage
