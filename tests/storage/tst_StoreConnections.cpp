// Two connections to one store file, each on its own thread (the window's and the sync worker's):
// a write on one waits for the other's transaction to end (the busy timeout), and then sees what
// it wrote, rather than failing with "database is locked" because it read before writing.
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/ResourceStore.h>

#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace sijil;
using namespace Qt::StringLiterals;

namespace {

QByteArray patient(const QString& id, const QString& family) {
    return R"({"resourceType":"Patient","id":")" + id.toUtf8() + R"(","name":[{"family":")" +
           family.toUtf8() + R"("}]})";
}

// Another connection, on a thread of its own, that holds the store's write lock while it changes
// every resource and the audit trail's sent marks, and commits a moment later.
class WriterElsewhere {
public:
    explicit WriterElsewhere(const QString& path) {
        m_thread.reset(QThread::create([this, path] {
            auto db = storage::Database::open(path);
            if (!db) {
                m_held.release();
                return;
            }
            QSqlQuery q(QSqlDatabase::database((*db)->connectionName()));
            m_ok = q.exec(u"BEGIN IMMEDIATE"_s) &&
                   q.exec(u"UPDATE resources SET local_updated = local_updated || ''"_s) &&
                   q.exec(u"UPDATE audit_log SET sent = sent"_s);
            m_held.release();
            QThread::msleep(300); // what the other connection does meanwhile must wait
            m_ok = q.exec(u"COMMIT"_s) && m_ok;
            if (!m_ok)
                qWarning() << q.lastError().text();
        }));
        m_thread->start();
        m_held.acquire();
    }
    ~WriterElsewhere() { m_thread->wait(); }
    [[nodiscard]] bool ok() {
        m_thread->wait();
        return m_ok;
    }

private:
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_held;
    bool m_ok = false;
};

} // namespace

class StoreConnectionsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ResourceStore> m_store;

    QString path() const { return m_dir.filePath(u"store.db"_s); }

private slots:
    void init() {
        QFile::remove(path());
        m_db = std::move(storage::Database::open(path())).value();
        m_store = std::make_unique<storage::ResourceStore>(*m_db);
        QVERIFY(m_store
                    ->writeLocal({{storage::LocalChange::Operation::Create, u"Patient"_s, u"p1"_s,
                                   u"p1"_s, patient(u"p1"_s, u"Tazi"_s), u"clerk-1"_s}})
                    .ok());
    }
    void cleanup() {
        m_store.reset();
        m_db.reset();
    }

    void aLocalUpdateWaitsForAnotherConnectionsWrite() {
        WriterElsewhere other(path());
        // An update reads the resource before writing it: it must not fail for that.
        const auto written =
            m_store->writeLocal({{storage::LocalChange::Operation::Update, u"Patient"_s, u"p1"_s,
                                  u"p1"_s, patient(u"p1"_s, u"Tazi Alaoui"_s), u"clerk-1"_s}});
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().detail()));
        QVERIFY(other.ok());
        QVERIFY(m_store->get(u"Patient"_s, u"p1"_s).value()->json.contains("Tazi Alaoui"));
    }

    void anAuditEntryWaitsForAnotherConnectionsWrite() {
        storage::AuditTrail audit(*m_db, QByteArray(32, 'k'), m_dir.filePath(u"audit.head"_s));
        storage::AuditEntry first;
        first.actorId = u"clerk-1"_s;
        first.action = u"R"_s;
        QVERIFY(audit.append(first).ok());
        WriterElsewhere other(path());
        // An entry reads the chain's last one before it is added.
        const auto appended = audit.append(first);
        QVERIFY2(appended.ok(), appended.ok() ? "" : qPrintable(appended.error().detail()));
        QCOMPARE(*appended, 2);
        QVERIFY(other.ok());
        QVERIFY(audit.verify().value().ok());
    }
};

QTEST_GUILESS_MAIN(StoreConnectionsTest)
#include "tst_StoreConnections.moc"
