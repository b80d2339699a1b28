// The compiled statements kept per connection: compiled once, reset after each use (a commit or
// a schema change right after a read still works), failures reported as errors, and finalized
// before the connection closes.
#include "CachedQuery.h"

#include <sijil/storage/Database.h>

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>

using namespace sijil;
using namespace sijil::storage;
using namespace Qt::StringLiterals;

class CachedQueryTest : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    bool exec(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        return q.exec(sql);
    }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::move(Database::open(m_dir->filePath(u"s.db"_s))).value();
        QVERIFY(exec(u"CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER, b BLOB)"_s));
        QVERIFY(exec(u"INSERT INTO t VALUES ('été', 7, x'00ff'), ('', 0, NULL)"_s));
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void readsBindsAndIsCompiledOnce() {
        const QString sql = u"SELECT k, n, b FROM t WHERE k = ?"_s;
        sqlite3_stmt* first = nullptr;
        for (int round = 0; round < 3; ++round) {
            CachedQuery q(*m_db, sql);
            q.bind(u"été"_s);
            QCOMPARE(q.next("read").value(), true);
            QCOMPARE(q.text(0), u"été"_s);
            QCOMPARE(q.integer(1), 7);
            QCOMPARE(q.bytes(2), QByteArray("\x00\xff", 2));
            QCOMPARE(q.next("read").value(), false);
            int rc = 0;
            sqlite3_stmt* s = m_db->statements().get(sql, rc);
            if (round == 0)
                first = s;
            QCOMPARE(s, first);
        }
        // A null string binds as '', the value of "none" in NOT NULL columns.
        CachedQuery empty(*m_db, sql);
        empty.bind(QString());
        QCOMPARE(empty.next("read").value(), true);
        QCOMPARE(empty.integer(1), 0);
    }

    // A read left before its last row does not hold the connection: the next statement, a
    // commit, or dropping the table it read all go through.
    void aReadLeftUnfinishedIsResetAtTheEndOfItsScope() {
        {
            CachedQuery q(*m_db, u"SELECT k FROM t ORDER BY k"_s);
            QCOMPARE(q.next("read").value(), true);
        }
        QSqlDatabase db = QSqlDatabase::database(m_db->connectionName());
        QVERIFY(db.transaction());
        QVERIFY(exec(u"INSERT INTO t VALUES ('x', 1, NULL)"_s));
        QVERIFY(db.commit());
        QVERIFY(exec(u"DROP TABLE t"_s));
        // The kept statement now names a table that is gone: an error, not a crash.
        CachedQuery q(*m_db, u"SELECT k FROM t ORDER BY k"_s);
        const auto row = q.next("read after drop");
        QVERIFY(!row.ok());
        QCOMPARE(row.error().code(), QByteArray("storage/sql"));
        QVERIFY2(row.error().detail().contains(u"read after drop"_s),
                 qPrintable(row.error().detail()));
    }

    void badSqlAndConstraintsAreErrors() {
        CachedQuery bad(*m_db, u"SELEC nothing"_s);
        bad.bind(u"ignored"_s);
        const auto r = bad.next("bad sql");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail().contains(u"syntax error"_s), qPrintable(r.error().detail()));

        CachedQuery dup(*m_db, u"INSERT INTO t(k, n) VALUES (?, ?)"_s);
        dup.bind(u"été"_s).bind(qint64(1));
        const auto d = dup.next("insert");
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code(), QByteArray("storage/duplicate"));
    }

    // Another thread stops a statement that would run for ever; the connection then works on.
    void aRunningStatementCanBeInterruptedFromAnotherThread() {
        QMutex mutex; // between interrupt() and the connection's opening and closing
        std::unique_ptr<Database> db;
        std::optional<core::Result<bool>> outcome;
        bool usableAfter = false;
        QAtomicInt started = 0;
        QThread* thread = QThread::create([&] {
            {
                QMutexLocker lock(&mutex);
                db = std::move(Database::open(m_dir->filePath(u"s.db"_s))).value();
            }
            {
                CachedQuery q(*db, u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                                   "SELECT x + 1 FROM c) SELECT count(*) FROM c"_s);
                started = 1;
                outcome = q.next("count for ever");
            }
            {
                CachedQuery after(*db, u"SELECT count(*) FROM t"_s);
                const auto row = after.next("count");
                usableAfter = row.ok() && *row && after.integer(0) == 2;
            }
            QMutexLocker lock(&mutex);
            db.reset();
        });
        thread->start();
        QTRY_VERIFY(started.loadAcquire() == 1);
        // Asked for until the thread is done: the first may come just before the step.
        while (!thread->wait(20)) {
            QMutexLocker lock(&mutex);
            if (db)
                db->interrupt();
        }
        delete thread;
        QVERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().code(), QByteArray("storage/interrupted"));
        QVERIFY2(usableAfter, "the connection works after the interruption");
    }

    // Statements are finalized before the connection closes: the file closes cleanly (no WAL
    // left behind, which SQLite removes only on a clean close) and opens again.
    void closesCleanlyWithStatementsKept() {
        {
            CachedQuery q(*m_db, u"SELECT count(*) FROM t"_s);
            QCOMPARE(q.next("count").value(), true);
        }
        const QString path = m_db->path();
        m_db.reset();
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        m_db = std::move(Database::open(path)).value();
        CachedQuery q(*m_db, u"SELECT count(*) FROM t"_s);
        QCOMPARE(q.next("count").value(), true);
        QCOMPARE(q.integer(0), 2);
    }
};

QTEST_GUILESS_MAIN(CachedQueryTest)
#include "tst_CachedQuery.moc"
