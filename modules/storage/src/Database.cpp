#include "CachedQuery.h"
#include "Migrations.h"
#include "SqlError.h"
#include "StorageLog.h"

#include <sijil/storage/Database.h>

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <sqlite3.h>

namespace sijil::storage {

namespace {

constexpr const char* kCtx = "sijil::storage::Database";

QString nextConnectionName() {
    static QAtomicInteger<int> counter = 0;
    return QStringLiteral("sijil-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

core::Result<int> readUserVersion(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q.lastError(), "read schema version");
    return q.value(0).toInt();
}

// SQLite's "not a database" and "corrupt": the file itself is damaged, not the request.
bool isDamage(const QSqlError& error) {
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
}

core::Error damaged(const QString& path, const QString& detail) {
    return core::Error(
        "storage/damaged",
        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::Database",
                                               "La base de données locale « %1 » est "
                                               "endommagée ; elle n'a pas été modifiée. Arrêtez "
                                               "Sijil sur ce poste, gardez une copie du dossier "
                                               "des données, puis restaurez la dernière "
                                               "sauvegarde ou faites appel au support ; les "
                                               "données déjà envoyées au serveur central seront "
                                               "resynchronisées."))
            .arg(path),
        detail);
}

// One value read at open; a damaged file says so, with what to do.
core::Result<QVariant> readScalar(QSqlDatabase& db, const QString& sql, const char* what,
                                  const QString& path) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return isDamage(q.lastError()) ? damaged(path, q.lastError().driverText())
                                       : sqlError(q.lastError(), what);
    return q.value(0);
}

core::Status exec(QSqlDatabase& db, const QString& sql, const char* what) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q.lastError(), what);
    return {};
}

core::Status migrate(QSqlDatabase& db, int from,
                     const std::function<void(const OpenProgress&)>& progress) {
    const auto& all = migrations();
    const int count = static_cast<int>(std::count_if(
        all.begin(), all.end(), [from](const Migration& m) { return m.version > from; }));
    int step = 0;
    for (const Migration& m : all) {
        if (m.version <= from)
            continue;
        if (progress)
            progress({OpenProgress::Stage::Migrating, m.version, ++step, count});
        // Each step is all or nothing: a crash mid-step leaves the previous version intact.
        if (!db.transaction())
            return sqlError(db.lastError(), "begin migration");
        for (const QString& sql : m.statements) {
            if (auto s = exec(db, sql, "migration step"); !s) {
                db.rollback();
                return s.error();
            }
        }
        QSqlQuery h(db);
        h.prepare(QStringLiteral("INSERT INTO schema_history(version, name, applied_at) "
                                 "VALUES (?, ?, ?)"));
        h.addBindValue(m.version);
        h.addBindValue(QString::fromLatin1(m.name));
        h.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!h.exec()) {
            db.rollback();
            return sqlError(h.lastError(), "record migration");
        }
        if (auto s = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version),
                          "set schema version");
            !s) {
            db.rollback();
            return s.error();
        }
        if (!db.commit())
            return sqlError(db.lastError(), "commit migration");
        qCInfo(lcStorage) << "local store migrated to schema" << m.version << m.name;
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection)) {}

Database::~Database() {
    m_statements.reset(); // finalized first: SQLite will not close a connection with statements
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

StatementCache& Database::statements() {
    if (!m_statements)
        m_statements = std::make_unique<StatementCache>(m_handle);
    return *m_statements;
}

void Database::interrupt() {
    sqlite3_interrupt(m_handle);
}

int Database::latestSchemaVersion() {
    return migrations().back().version;
}

int Database::schemaVersion() const {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto v = readUserVersion(db);
    return v ? *v : -1;
}

core::Result<std::unique_ptr<Database>> Database::open(const QString& path,
                                                       DatabaseOpenOptions options) {
    const QString name = nextConnectionName();
    std::unique_ptr<Database> self(new Database(path, name));
    self->m_readOnly = options.readOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(options.readOnly
                             ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return core::Error("storage/open-failed",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::Database",
                                                                  "Impossible d'ouvrir la base "
                                                                  "de données locale « %1 »."))
                               .arg(path),
                           db.lastError().driverText());
    }
    {
        const QVariant handle = db.driver()->handle();
        // The QSQLITE driver hands its connection out as "sqlite3*"; anything else would be a
        // driver this module was not built against.
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
            qFatal("storage: the Qt SQLite driver's handle is %s, not sqlite3*", handle.typeName());
        self->m_handle = *static_cast<sqlite3* const*>(handle.constData());
    }

    // Nothing below writes to the file until every check has passed: a refused file is left
    // exactly as it was, its mode included.
    auto version =
        readScalar(db, QStringLiteral("PRAGMA user_version"), "read schema version", path);
    if (!version)
        return version.error();
    if (version->toInt() > latestSchemaVersion()) {
        return core::Error(
            "storage/schema-too-new",
            core::UserText(kCtx,
                           QT_TRANSLATE_NOOP("sijil::storage::Database",
                                             "La base de données locale a été créée par une "
                                             "version plus récente de Sijil (schéma %1 ; "
                                             "cette version connaît le schéma %2). Elle n'a "
                                             "pas été modifiée. Installez la dernière version "
                                             "de Sijil."))
                .arg(QString::number(version->toInt()))
                .arg(QString::number(latestSchemaVersion())),
            QStringLiteral("schema %1 > %2").arg(version->toInt()).arg(latestSchemaVersion()));
    }
    if (options.mustExist && version->toInt() == 0) {
        const auto tables = readScalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"),
                                       "look for tables", path);
        if (!tables)
            return tables.error();
        if (tables->toInt() == 0)
            return core::Error(
                "storage/not-a-store",
                core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::Database",
                                                       "Le fichier « %1 » ne contient aucune "
                                                       "base Sijil (il est vide). Il n'a pas été "
                                                       "modifié. Vérifiez le dossier des données "
                                                       "ou restaurez la dernière sauvegarde."))
                    .arg(path),
                QStringLiteral("user_version 0, no table"));
    }
    const bool migrating = !options.readOnly && version->toInt() < latestSchemaVersion();
    const auto& steps = migrations();
    const bool needsCheck = std::any_of(steps.begin(), steps.end(), [&version](const auto& m) {
        return m.version > version->toInt() && m.needsCheck;
    });
    if (migrating && version->toInt() > 0 && needsCheck) {
        // A migration that rewrites tables would spread a damaged file's damage and leave
        // nothing as it was for whoever repairs it.
        if (options.progress)
            options.progress({OpenProgress::Stage::Checking, version->toInt(), 0, 0});
        const auto findings = self->integrityCheck();
        if (!findings)
            return findings.error();
        if (!findings->isEmpty())
            return damaged(path, findings->mid(0, 10).join(u"; "));
    }

    const bool isFile = path != u":memory:";
    if (isFile && !options.readOnly)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A 32 MiB page cache (SQLite's default is 2 MiB): a day of registrations or a large pull
    // then stays in memory instead of being read back from the WAL page by page.
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -32768"}) {
        if ((!isFile || options.readOnly) && QByteArray(pragma).contains("WAL"))
            continue;
        if (auto s = exec(db, QString::fromLatin1(pragma), "configure connection"); !s)
            return s.error();
    }
    if (migrating) {
        if (auto s = migrate(db, version->toInt(),
                             // a new store is made at once: nothing to show
                             version->toInt() > 0 ? options.progress : nullptr);
            !s)
            return s.error();
    }
    return self;
}

core::Result<QStringList> Database::integrityCheck() const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const auto failed = [&q, this] {
        return isDamage(q.lastError()) ? damaged(m_path, q.lastError().driverText())
                                       : sqlError(q.lastError(), "integrity check");
    };
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return failed();
    QStringList findings;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            findings << line;
    }
    // A check that stopped half-way (a page it could not read) is no clean bill: what it found
    // is kept, with where it stopped.
    if (q.lastError().isValid()) {
        if (findings.isEmpty())
            return failed();
        findings << QStringLiteral("check stopped: %1").arg(q.lastError().driverText());
    }
    return findings;
}

core::Result<QList<std::pair<QString, qint64>>> Database::tableRowCounts() const {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QList<std::pair<QString, qint64>> out;
    for (const QString& table : db.tables(QSql::Tables)) {
        if (table.startsWith(u"sqlite_"))
            continue;
        QSqlQuery q(db);
        // Table names come from the schema itself, never from input.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !q.next())
            return sqlError(q.lastError(), "count rows");
        out.append({table, q.value(0).toLongLong()});
    }
    return out;
}

} // namespace sijil::storage
