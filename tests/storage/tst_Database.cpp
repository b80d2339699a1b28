// The local store: schema creation and versioning, WAL on files, refusal of a newer store without
// touching it, and the user repository built on it.
#include <sijil/storage/Database.h>
#include <sijil/storage/UserRepository.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;

namespace {

QVariant scalar(const storage::Database& db, const QString& sql) {
    QSqlQuery q(QSqlDatabase::database(db.connectionName()));
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A store as release 2 left it: rollback journal, schema 2, a table of rows over several pages.
void makeSchema2Store(const QString& path, int rows = 0) {
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString& sql :
             {QStringLiteral("CREATE TABLE schema_history (version INTEGER PRIMARY KEY, "
                             "name TEXT NOT NULL, applied_at TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, x TEXT)"),
              QStringLiteral("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, detail TEXT)"),
              QStringLiteral("PRAGMA user_version = 2")})
            QVERIFY2(q.exec(sql), qPrintable(sql));
        for (int i = 0; i < rows; ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log(detail) VALUES ('%1')")
                               .arg(QString(200, QChar(u'a' + i % 26)))));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

// Overwrites one table's root page, as a failing disk would.
void damageTable(const QString& path, const QString& table) {
    int page = 0;
    int root = 0;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("d"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        page = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'")
                           .arg(table)) &&
                q.next());
        root = q.value(0).toInt();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("d"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(qint64(root - 1) * page));
    f.write(QByteArray(page, '\xff'));
}

storage::UserRecord user(const QString& id, const QString& username) {
    storage::UserRecord u;
    u.id = id;
    u.username = username;
    u.displayName = QStringLiteral("Display ") + username;
    u.roles = {QStringLiteral("physician"), QStringLiteral("site-admin")};
    u.facilityId = QStringLiteral("CHP-TEST");
    u.passwordHash = "$scrypt$ln=10,r=8,p=1$c2FsdHNhbHQ$aGFzaA";
    u.createdAtUtc = QDateTime(QDate(2026, 1, 1), QTime(8, 0, 0, 123), Qt::UTC);
    u.updatedAtUtc = u.createdAtUtc;
    return u;
}

} // namespace

class DatabaseTest : public QObject {
    Q_OBJECT

private slots:
    void openCreatesTheLatestSchema() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        auto db = storage::Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail()));
        QVERIFY(QFile::exists(path));
        QVERIFY(storage::Database::latestSchemaVersion() >= 2);
        QCOMPARE((*db)->schemaVersion(), storage::Database::latestSchemaVersion());
        QCOMPARE((*db)->path(), path);
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA user_version")).toInt(),
                 storage::Database::latestSchemaVersion());
        QVERIFY((*db)->integrityCheck().value().isEmpty());
        // The store holds patient data: owner-only.
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void schemaHistoryHasOneRowPerVersion() {
        auto db = std::move(storage::Database::open(QStringLiteral(":memory:"))).value();
        QSqlQuery q(QSqlDatabase::database(db->connectionName()));
        QVERIFY(
            q.exec(QStringLiteral("SELECT version, name FROM schema_history ORDER BY version")));
        QList<int> versions;
        while (q.next()) {
            versions << q.value(0).toInt();
            QVERIFY(!q.value(1).toString().isEmpty());
        }
        QList<int> expected;
        for (int v = 1; v <= storage::Database::latestSchemaVersion(); ++v)
            expected << v;
        QCOMPARE(versions, expected);
    }

    void fileIsInWalMode() {
        QTemporaryDir dir;
        auto db = std::move(storage::Database::open(dir.filePath(QStringLiteral("w.db")))).value();
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        {
            auto db = std::move(storage::Database::open(path)).value();
            auto users = storage::createUserRepository(*db);
            QVERIFY(users->insert(user(QStringLiteral("u-1"), QStringLiteral("ahmed"))).ok());
        }
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), storage::Database::latestSchemaVersion());
        auto users = storage::createUserRepository(**db);
        QCOMPARE(users->count().value(), 1);
        const auto found = users->findByUsername(QStringLiteral("ahmed")).value();
        QVERIFY(found.has_value());
        QCOMPARE(found->id, QStringLiteral("u-1"));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM schema_history")).toInt(),
                 storage::Database::latestSchemaVersion());
    }

    void twoStoresAreIndependent() {
        QTemporaryDir dir;
        auto a = std::move(storage::Database::open(dir.filePath(QStringLiteral("a.db")))).value();
        auto b = std::move(storage::Database::open(dir.filePath(QStringLiteral("b.db")))).value();
        QVERIFY(a->connectionName() != b->connectionName());
        auto usersA = storage::createUserRepository(*a);
        auto usersB = storage::createUserRepository(*b);
        QVERIFY(usersA->insert(user(QStringLiteral("u-1"), QStringLiteral("ahmed"))).ok());
        QCOMPARE(usersA->count().value(), 1);
        QCOMPARE(usersB->count().value(), 0);
    }

    void newerSchemaIsRefusedAndLeftUntouched() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        const int future = storage::Database::latestSchemaVersion() + 1;
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE from_the_future (x TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO from_the_future VALUES ('kept')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        // Readable by others as it came: a refused file keeps its mode too.
        const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                          QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(path, mode));
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        const auto db = storage::Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), QByteArray("storage/schema-too-new"));
        const QString message = db.error().userMessage();
        QVERIFY2(message.contains(QString::number(future)), qPrintable(message));
        QVERIFY2(message.contains(QString::number(storage::Database::latestSchemaVersion())),
                 qPrintable(message));

        QCOMPARE(fileHash(path), before);
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 mode);
        // No WAL was switched on either: the journal files of a WAL store never appeared.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void readOnlyOpenReadsAnOlderStoreWithoutUpgradingIt() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        makeSchema2Store(path, 3);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const QByteArray before = fileHash(path);
        {
            auto db = storage::Database::open(path, {.readOnly = true, .mustExist = true});
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail()));
            QVERIFY((*db)->isReadOnly());
            QCOMPARE((*db)->schemaVersion(), 2);
            QVERIFY((*db)->integrityCheck().value().isEmpty());
            QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 3);
            QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("delete"));
            // Nothing can be written through it.
            QSqlQuery q(QSqlDatabase::database((*db)->connectionName()));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOther);
        // The ordinary open still upgrades it; its audit trail, holding entries, is marked begun.
        auto db = storage::Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail()));
        QCOMPARE((*db)->schemaVersion(), storage::Database::latestSchemaVersion());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT first_seq FROM audit_begun")).toInt(), 1);
    }

    void anUpgradeTellsItsCheckThenEachStepInOrder() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        makeSchema2Store(path, 3);
        QList<storage::OpenProgress> told;
        const auto record = [&told](const storage::OpenProgress& p) {
            told.append(p);
        };
        {
            auto db = storage::Database::open(path, {.progress = record});
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail()));
        }
        const int latest = storage::Database::latestSchemaVersion();
        QCOMPARE(told.size(), 1 + latest - 2);
        QCOMPARE(told.first().stage, storage::OpenProgress::Stage::Checking);
        QCOMPARE(told.first().schema, 2);
        for (int i = 1; i < told.size(); ++i) {
            QCOMPARE(told[i].stage, storage::OpenProgress::Stage::Migrating);
            QCOMPARE(told[i].schema, 2 + i);
            QCOMPARE(told[i].step, i);
            QCOMPARE(told[i].count, latest - 2);
        }
        // A current store has nothing to tell; nor has a new one, made at once.
        told.clear();
        QVERIFY(storage::Database::open(path, {.progress = record}).ok());
        QVERIFY(told.isEmpty());
        QVERIFY(
            storage::Database::open(dir.filePath(QStringLiteral("new.db")), {.progress = record})
                .ok());
        QVERIFY(told.isEmpty());
    }

    void stepsThatOnlyMarkARebuildNeedNoWholeFileCheck() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        QVERIFY(storage::Database::open(path).ok());
        // As a store of schema 20 was: steps 21 and 22 only mark the search index for a rebuild,
        // step 23 only adds a table.
        {
            auto db = storage::Database::open(path);
            QSqlQuery q(QSqlDatabase::database((*db)->connectionName()));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_history WHERE version > 20")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 20")));
        }
        QList<storage::OpenProgress> told;
        auto db =
            storage::Database::open(path, {.progress = [&told](const storage::OpenProgress& p) {
                                        told.append(p);
                                    }});
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), storage::Database::latestSchemaVersion());
        QVERIFY(!told.isEmpty());
        QCOMPARE(told.first().stage, storage::OpenProgress::Stage::Migrating);
        QCOMPARE(told.first().schema, 21);
        QCOMPARE(told.size(), storage::Database::latestSchemaVersion() - 20);
    }

    void aDamagedOlderStoreIsNeverMigrated() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        makeSchema2Store(path, 200);
        damageTable(path, QStringLiteral("audit_log"));
        const QByteArray before = fileHash(path);
        const auto db = storage::Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), QByteArray("storage/damaged"));
        QVERIFY2(db.error().userMessage().contains(QStringLiteral("Arrêtez Sijil")),
                 qPrintable(db.error().userMessage()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        // Read-only, it opens: the check that tells the damage can run.
        auto readOnly = storage::Database::open(path, {.readOnly = true, .mustExist = true});
        QVERIFY2(readOnly.ok(), readOnly.ok() ? "" : qPrintable(readOnly.error().detail()));
        const auto findings = (*readOnly)->integrityCheck();
        QVERIFY(!findings.ok() || !findings->isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void anEmptyFileIsNoStoreWhereOneMustExist() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        for (bool readOnly : {true, false}) {
            const auto db = storage::Database::open(path, {readOnly, true});
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code(), QByteArray("storage/not-a-store"));
            QCOMPARE(QFileInfo(path).size(), 0);
        }
        // Where a store may be made, it is.
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), storage::Database::latestSchemaVersion());
    }

    void aDestroyedHeaderSaysTheStoreIsDamaged() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        makeSchema2Store(path, 3);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(100, 'x'));
        }
        const QByteArray before = fileHash(path);
        for (bool readOnly : {true, false}) {
            const auto db = storage::Database::open(path, {readOnly, true});
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code(), QByteArray("storage/damaged"));
            QVERIFY2(db.error().userMessage().contains(QStringLiteral("endommagée")),
                     qPrintable(db.error().userMessage()));
            QCOMPARE(fileHash(path), before);
        }
    }

    void unopenableFileIsReported() {
        QTemporaryDir dir;
        const auto db = storage::Database::open(dir.filePath(QStringLiteral("no/such/dir/x.db")));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), QByteArray("storage/open-failed"));
    }

    // --- UserRepository ---
    void insertAndFindRoundTripsEveryField() {
        auto db = std::move(storage::Database::open(QStringLiteral(":memory:"))).value();
        auto users = storage::createUserRepository(*db);
        storage::UserRecord u = user(QStringLiteral("u-1"), QStringLiteral("ahmed"));
        u.failedAttempts = 2;
        u.lastFailedAtUtc = QDateTime(QDate(2026, 1, 1), QTime(9, 15, 30, 456), Qt::UTC);
        u.disabled = true;
        QVERIFY(users->insert(u).ok());

        const auto found = users->findByUsername(QStringLiteral("ahmed")).value();
        QVERIFY(found.has_value());
        QCOMPARE(found->id, u.id);
        QCOMPARE(found->username, u.username);
        QCOMPARE(found->displayName, u.displayName);
        QCOMPARE(found->roles, u.roles);
        QCOMPARE(found->facilityId, u.facilityId);
        QCOMPARE(found->passwordHash, u.passwordHash);
        QCOMPARE(found->disabled, true);
        QCOMPARE(found->failedAttempts, 2);
        QCOMPARE(found->lastFailedAtUtc, u.lastFailedAtUtc);
        QCOMPARE(found->createdAtUtc, u.createdAtUtc);
        QCOMPARE(found->updatedAtUtc, u.updatedAtUtc);

        // Never failed: no time stored, none read back.
        QVERIFY(users->insert(user(QStringLiteral("u-2"), QStringLiteral("karim"))).ok());
        const auto karim = users->findByUsername(QStringLiteral("karim")).value();
        QVERIFY(karim.has_value());
        QVERIFY(!karim->lastFailedAtUtc.isValid());
        QCOMPARE(karim->failedAttempts, 0);
        QVERIFY(!karim->disabled);
    }

    void usernamesCompareCaseInsensitively() {
        auto db = std::move(storage::Database::open(QStringLiteral(":memory:"))).value();
        auto users = storage::createUserRepository(*db);
        QVERIFY(users->insert(user(QStringLiteral("u-1"), QStringLiteral("ahmed"))).ok());
        for (const QString& typed :
             {QStringLiteral("AHMED"), QStringLiteral("Ahmed"), QStringLiteral("  ahmed ")}) {
            const auto found = users->findByUsername(typed).value();
            QVERIFY2(found.has_value(), qPrintable(typed));
            QCOMPARE(found->id, QStringLiteral("u-1"));
        }
        QVERIFY(!users->findByUsername(QStringLiteral("ahmed2")).value().has_value());
        QVERIFY(!users->findByUsername(QString()).value().has_value());
    }

    void duplicateUsernameIsRefused() {
        auto db = std::move(storage::Database::open(QStringLiteral(":memory:"))).value();
        auto users = storage::createUserRepository(*db);
        QVERIFY(users->insert(user(QStringLiteral("u-1"), QStringLiteral("ahmed"))).ok());
        const auto again = users->insert(user(QStringLiteral("u-2"), QStringLiteral("Ahmed")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), QByteArray("storage/duplicate"));
        // The technical detail never quotes the values.
        QVERIFY(!again.error().detail().contains(QStringLiteral("hmed")));
        QCOMPARE(users->count().value(), 1);
    }

    void listIsOrderedAndCountMatches() {
        auto db = std::move(storage::Database::open(QStringLiteral(":memory:"))).value();
        auto users = storage::createUserRepository(*db);
        QCOMPARE(users->count().value(), 0);
        QVERIFY(users->list().value().isEmpty());
        QVERIFY(users->insert(user(QStringLiteral("u-1"), QStringLiteral("karim"))).ok());
        QVERIFY(users->insert(user(QStringLiteral("u-2"), QStringLiteral("ahmed"))).ok());
        QVERIFY(users->insert(user(QStringLiteral("u-3"), QStringLiteral("salma"))).ok());
        QCOMPARE(users->count().value(), 3);
        const auto all = users->list().value();
        QStringList names;
        for (const auto& u : all)
            names << u.username;
        QCOMPARE(names, (QStringList{QStringLiteral("ahmed"), QStringLiteral("karim"),
                                     QStringLiteral("salma")}));
    }

    void updateReplacesTheRow() {
        auto db = std::move(storage::Database::open(QStringLiteral(":memory:"))).value();
        auto users = storage::createUserRepository(*db);
        storage::UserRecord u = user(QStringLiteral("u-1"), QStringLiteral("ahmed"));
        QVERIFY(users->insert(u).ok());
        QVERIFY(users->insert(user(QStringLiteral("u-2"), QStringLiteral("karim"))).ok());

        u.displayName = QStringLiteral("Ahmed Alaoui");
        u.roles = {QStringLiteral("nurse")};
        u.disabled = true;
        u.failedAttempts = 4;
        u.lastFailedAtUtc = QDateTime(QDate(2026, 2, 1), QTime(7, 0), Qt::UTC);
        u.updatedAtUtc = QDateTime(QDate(2026, 2, 1), QTime(7, 1), Qt::UTC);
        QVERIFY(users->update(u).ok());

        const auto found = users->findByUsername(QStringLiteral("ahmed")).value();
        QVERIFY(found.has_value());
        QCOMPARE(found->displayName, QStringLiteral("Ahmed Alaoui"));
        QCOMPARE(found->roles, QStringList{QStringLiteral("nurse")});
        QVERIFY(found->disabled);
        QCOMPARE(found->failedAttempts, 4);
        QCOMPARE(found->lastFailedAtUtc, u.lastFailedAtUtc);
        QCOMPARE(found->updatedAtUtc, u.updatedAtUtc);
        // The other row is untouched.
        const auto karim = users->findByUsername(QStringLiteral("karim")).value();
        QCOMPARE(karim->displayName, QStringLiteral("Display karim"));
        QVERIFY(!karim->disabled);

        // Clearing the failure time stores "no time" again.
        u.lastFailedAtUtc = {};
        QVERIFY(users->update(u).ok());
        QVERIFY(!users->findByUsername(QStringLiteral("ahmed")).value()->lastFailedAtUtc.isValid());
    }

    void updateOfUnknownIdIsNotFound() {
        auto db = std::move(storage::Database::open(QStringLiteral(":memory:"))).value();
        auto users = storage::createUserRepository(*db);
        QVERIFY(users->insert(user(QStringLiteral("u-1"), QStringLiteral("ahmed"))).ok());
        const auto s = users->update(user(QStringLiteral("u-404"), QStringLiteral("ghost")));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), QByteArray("storage/not-found"));
        QCOMPARE(users->count().value(), 1);
    }

    void renamingOntoAnotherUsernameIsADuplicate() {
        auto db = std::move(storage::Database::open(QStringLiteral(":memory:"))).value();
        auto users = storage::createUserRepository(*db);
        QVERIFY(users->insert(user(QStringLiteral("u-1"), QStringLiteral("ahmed"))).ok());
        storage::UserRecord k = user(QStringLiteral("u-2"), QStringLiteral("karim"));
        QVERIFY(users->insert(k).ok());
        k.username = QStringLiteral("AHMED");
        const auto s = users->update(k);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), QByteArray("storage/duplicate"));
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_Database.moc"
