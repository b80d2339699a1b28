// The desktop's sync runs on a worker thread with a connection of its own to the store's file:
// what the window's side writes is pushed and acknowledged, what the server has arrives in the
// window's store, the window's status follows the worker's on the window's thread, and the
// program can quit while a cycle waits on the server. A refused change is given up on the worker
// between cycles, never while one may be sending it, nor while another program syncs the store.
#include "ScriptedSync.h"
#include "TestTls.h"

#include <sijil/core/ConnectionStatus.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>
#include <sijil/storage/SyncLock.h>
#include <sijil/sync/RefusedChanges.h>
#include <sijil/sync/SyncThread.h>

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace sijil;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using namespace scripted;
using State = core::ConnectionStatus::State;

namespace {

// Indexes Patients by their id, and notes the threads it was asked on.
class RecordingIndexer : public storage::ResourceIndexer {
public:
    bool indexes(const QString& type) const override { return type == u"Patient"; }
    storage::IndexEntry entry(const QString&, const QByteArray& json) const override {
        {
            QMutexLocker lock(&m_mutex);
            m_threads.insert(QThread::currentThread());
        }
        return {
            {u"id:"_s + QJsonDocument::fromJson(json).object().value(u"id").toString()}, {}, {}};
    }
    QSet<QThread*> threads() const {
        QMutexLocker lock(&m_mutex);
        return m_threads;
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<QThread*> m_threads;
};

} // namespace

class SyncThreadTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ScriptedServer> m_server;
    // The window's side: its connection, store, outbox, audit trail and status.
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ResourceStore> m_store;
    std::unique_ptr<storage::Outbox> m_outbox;
    std::unique_ptr<storage::AuditTrail> m_audit;
    std::unique_ptr<core::ConnectionStatus> m_status;
    std::shared_ptr<RecordingIndexer> m_indexer;
    std::unique_ptr<sync::SyncThread> m_sync;
    // Each state the window's status took, and whether each change came on the test's thread.
    QList<State> m_states;
    bool m_statusOffThread = false;
    const QByteArray m_key = QByteArray(32, 'k');

    QString storePath() const { return m_dir.filePath(u"store.db"_s); }
    QString headPath() const { return m_dir.filePath(u"audit.head"_s); }

    void startSync(std::chrono::milliseconds lockRetry = 30s) {
        sync::SyncThread::Config config;
        config.lockRetry = lockRetry;
        config.databasePath = storePath();
        config.indexer = m_indexer;
        config.auditKey = m_key;
        config.auditHeadPath = headPath();
        config.client = clientOf(*m_server);
        config.options.pulls = sync::SyncService::facilityPulls(u"F1"_s).mid(0, 1); // Patient
        config.options.debounce = 10ms;
        config.options.period = 1h;     // cycles come from start() and requests only
        config.options.firstRetry = 1h; // and none from a failure
        m_sync = std::make_unique<sync::SyncThread>(std::move(config), *m_status);
        m_store->setLocalWriteListener([this] { m_sync->requestSync(); });
        m_sync->start();
    }
    // A sync whose key is not its certificate's (made in `certs`): it cannot run.
    sync::SyncThread::Config withAnotherCertificatesKey(const QTemporaryDir& certs) {
        if (!sijil::test::makeCertificate(certs, u"desk"_s, u"/CN=desk-1"_s) ||
            !sijil::test::makeCertificate(certs, u"other"_s, u"/CN=desk-2"_s))
            qFatal("certificates not made");
        sync::SyncThread::Config config;
        config.databasePath = storePath();
        config.indexer = m_indexer;
        config.client = clientOf(*m_server);
        config.client.baseUrl = QUrl(u"https://127.0.0.1:1/fhir"_s);
        config.client.clientCertificateFile = certs.filePath(u"desk.crt"_s);
        config.client.clientKeyFile = certs.filePath(u"other.key"_s);
        return config;
    }
    // The next cycle's outcome, as the window's side hears it.
    bool nextCycle(QSignalSpy& cycles) {
        const auto seen = cycles.size();
        if (!QTest::qWaitFor([&] { return cycles.size() > seen; }, 20'000))
            qFatal("no cycle");
        return cycles.at(seen).first().toBool();
    }
    QList<QByteArray> sent() const { return requestLines(*m_server); }
    // p1 held from the server (version 1), edited here, the edit refused for good; its seq.
    qint64 refusedEdit() {
        storage::StoredResource r;
        r.type = u"Patient"_s;
        r.id = r.patientId = u"p1"_s;
        r.versionId = u"1"_s;
        r.json = patient(u"p1"_s, u"Tazi"_s, u"1"_s);
        if (!m_store->applyFromServer({r}).ok())
            qFatal("not applied");
        if (!m_store
                 ->writeLocal({{storage::LocalChange::Operation::Update, u"Patient"_s, u"p1"_s,
                                u"p1"_s, patient(u"p1"_s, u"Tazi-Alaoui"_s), u"admin"_s}})
                 .ok())
            qFatal("not written");
        const qint64 seq = m_outbox->next(1).value().first().seq;
        if (!m_outbox->recordRefusal(seq, u"HTTP 422"_s).ok())
            qFatal("not refused");
        return m_store->refusedChanges().value().first().seq;
    }
    static access::SessionInfo administrator() {
        access::SessionInfo session;
        session.user.id = u"admin"_s;
        session.user.username = u"admin"_s;
        session.user.roles = {access::Role::SiteAdministrator};
        session.sessionId = u"s-1"_s;
        session.workstation = u"desk-1"_s;
        session.startedAtUtc = QDateTime::currentDateTimeUtc();
        return session;
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        QFile::remove(storePath());
        QFile::remove(headPath());
        m_server = std::make_unique<ScriptedServer>();
        m_db = std::move(storage::Database::open(storePath())).value();
        m_indexer = std::make_shared<RecordingIndexer>();
        m_store = std::make_unique<storage::ResourceStore>(*m_db);
        m_store->setIndexer(m_indexer);
        m_outbox = std::make_unique<storage::Outbox>(*m_db);
        m_audit = std::make_unique<storage::AuditTrail>(*m_db, m_key, headPath());
        m_status = std::make_unique<core::ConnectionStatus>();
        m_status->setServerConfigured(true);
        m_states.clear();
        m_statusOffThread = false;
        // Direct: the slot runs on whichever thread changed the status.
        connect(
            m_status.get(), &core::ConnectionStatus::changed, this,
            [this] {
                if (QThread::currentThread() != thread())
                    m_statusOffThread = true;
                if (m_states.isEmpty() || m_states.last() != m_status->state())
                    m_states << m_status->state();
            },
            Qt::DirectConnection);
    }
    void cleanup() {
        m_sync.reset();
        m_status.reset();
        m_audit.reset();
        m_outbox.reset();
        m_store.reset();
        m_db.reset();
        m_server.reset();
    }

    void syncRunsOffTheCallingThreadAndReachesTheWindowsStore() {
        storage::AuditEntry read;
        read.actorId = u"clerk-1"_s;
        read.action = u"R"_s;
        read.subtype = u"read"_s;
        read.patientId = u"s0"_s;
        QVERIFY(m_audit->append(read).ok());

        // First cycle: the server's patient comes down, the audit trail goes up.
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue(ok(page({{u"s1"_s, u"2026-11-01T09:20:00.000Z"_s}}, {})));
        m_server->enqueue({201, {}, {{"ETag", R"(W/"1")"}}, false}); // its AuditEvent, PUT
        startSync();
        QSignalSpy cycles(m_sync.get(), &sync::SyncThread::cycleFinished);
        QVERIFY(nextCycle(cycles));

        QVERIFY(m_sync->workerThread());
        QVERIFY(m_sync->workerThread() != QThread::currentThread());
        const auto s1 = m_store->get(u"Patient"_s, u"s1"_s).value();
        QVERIFY(s1);
        QCOMPARE(s1->state, storage::LocalState::Synced);
        // Indexed on the worker, never here: the pulled page was written there.
        QCOMPARE(m_indexer->threads(), QSet<QThread*>{m_sync->workerThread()});
        QCOMPARE(m_audit->unsent(10).value().size(), 0);
        QVERIFY(m_audit->verify().value().ok());
        QCOMPARE(m_states, (QList<State>{State::Syncing, State::Online}));
        QVERIFY(m_status->lastSuccessUtc().isValid());
        QVERIFY(!m_statusOffThread);

        // A registration at the desk: its write asks the worker, which pushes and acknowledges it.
        m_server->enqueue(
            {201, patient(u"p1"_s, u"Tazi"_s, u"1"_s), {{"ETag", R"(W/"1")"}}, false});
        m_server->enqueue(ok(searchPage({})));
        QVERIFY(m_store
                    ->writeLocal({{storage::LocalChange::Operation::Create, u"Patient"_s, u"p1"_s,
                                   u"p1"_s, patient(u"p1"_s, u"Tazi"_s), u"clerk-1"_s}})
                    .ok());
        QVERIFY(nextCycle(cycles));
        QVERIFY2(sent().contains("PUT /fhir/Patient/p1"), sent().join('\n').constData());
        const auto p1 = m_store->get(u"Patient"_s, u"p1"_s).value();
        QVERIFY(p1);
        QCOMPARE(p1->state, storage::LocalState::Synced);
        QCOMPARE(p1->versionId, u"1"_s);
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QCOMPARE(m_status->pendingCount(), 0);
        QCOMPARE(m_states.mid(2), (QList<State>{State::Syncing, State::Online}));
        QVERIFY(!m_statusOffThread);
    }

    // A key that is not its certificate's is found on the sync thread before any call: the
    // window's status says the server is misconfigured, and why.
    void aKeyThatIsNotTheCertificatesIsSaidBeforeAnyCall() {
        QTemporaryDir certs;
        sync::SyncThread::Config config = withAnotherCertificatesKey(certs);
        QVERIFY(fhir::FhirClient::check(config.client).ok()); // each file fine by itself
        m_sync = std::make_unique<sync::SyncThread>(std::move(config), *m_status);
        m_sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_status->serverConfigured(), 10'000);
        QVERIFY(m_status->problem());
        QCOMPARE(m_status->problem()->code(), QByteArray("fhir/config"));
        QVERIFY(!m_statusOffThread);
    }

    void aStoreSyncCannotOpenIsSaidAsTheStores() {
        sync::SyncThread::Config config;
        config.databasePath = m_dir.filePath(u"no-such-folder/store.db"_s);
        config.indexer = m_indexer;
        config.client = clientOf(*m_server);
        m_sync = std::make_unique<sync::SyncThread>(std::move(config), *m_status);
        m_sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_status->problem().has_value(), 10'000);
        QCOMPARE(m_status->problem()->code(), QByteArray("storage/open-failed"));
        // Not "the server is misconfigured": the window tells the store's failure apart.
        QVERIFY(m_status->serverConfigured());
        QCOMPARE(m_status->state(), State::Offline);
        QVERIFY(m_server->requests().isEmpty());
        QVERIFY(!m_statusOffThread);
    }

    void aServerGoneLeavesTheWindowOffline() {
        m_server->close();
        startSync();
        QSignalSpy cycles(m_sync.get(), &sync::SyncThread::cycleFinished);
        QVERIFY(!nextCycle(cycles));
        QCOMPARE(m_states, (QList<State>{State::Syncing, State::Offline}));
        QVERIFY(!m_statusOffThread);
    }

    // One sync at a time per store: while `sijilctl sync` holds it, the desktop's waits, says so,
    // and starts on its own once it is free.
    void anotherSyncOfTheStoreIsWaitedFor() {
        storage::SyncLock ctl(storePath());
        QVERIFY(ctl.tryLock().ok());
        startSync(20ms);
        QSignalSpy cycles(m_sync.get(), &sync::SyncThread::cycleFinished);
        QTRY_VERIFY_WITH_TIMEOUT(m_status->problem(), 10'000);
        QCOMPARE(m_status->problem()->code(), QByteArray("sync/busy"));
        QCOMPARE(m_status->state(), State::Syncing);
        // Tried again meanwhile, never syncing.
        QTest::qWait(200);
        QVERIFY(m_server->requests().isEmpty());
        QCOMPARE(cycles.size(), 0);

        m_server->enqueue(ok(kMetadata));
        m_server->enqueue(ok(searchPage({})));
        ctl.unlock();
        QVERIFY(nextCycle(cycles));
        QVERIFY(!m_status->problem());
        QCOMPARE(m_status->state(), State::Online);
        QVERIFY(!m_statusOffThread);
    }

    // The desktop's sync holds the store for its lifetime: `sijilctl sync` is refused until the
    // program quits.
    void theDesktopsSyncHoldsTheStoreUntilItQuits() {
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue(ok(searchPage({})));
        startSync();
        QSignalSpy cycles(m_sync.get(), &sync::SyncThread::cycleFinished);
        QVERIFY(nextCycle(cycles));
        storage::SyncLock ctl(storePath());
        QCOMPARE(ctl.tryLock().error().code(), QByteArray("storage/sync-busy"));
        m_sync.reset();
        QVERIFY(ctl.tryLock().ok());
    }

    // The race closed: the give-up is asked while a cycle sends the refused edit again, and the
    // server takes it this time. The give-up waits for the cycle, then finds nothing to give up:
    // the store keeps what the server has, and the trail says the give-up failed.
    void aGiveUpWaitsForTheCycleUnderWay() {
        refusedEdit();
        m_server->delayReplies(300);
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue(
            {200, patient(u"p1"_s, u"Tazi-Alaoui"_s, u"2"_s), {{"ETag", R"(W/"2")"}}, false});
        m_server->enqueue(ok(searchPage({})));
        startSync();
        QSignalSpy cycles(m_sync.get(), &sync::SyncThread::cycleFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().isEmpty(), 20'000); // a cycle runs

        sync::RefusedChanges refused(*m_store, *m_audit, storePath());
        refused.setSyncThread(m_sync.get());
        const qint64 audited = m_audit->count().value();
        qsizetype cyclesWhenAnswered = -1;
        QThread* answeredOn = nullptr;
        const auto giving =
            refused.giveUp(m_store->refusedChanges().value().first(), administrator())
                .then([&](const core::Result<int>& given) {
                    cyclesWhenAnswered = cycles.size();
                    answeredOn = QThread::currentThread();
                    return given;
                });
        QTest::qWait(100);
        QVERIFY(!giving.isFinished()); // waiting for the cycle
        QTRY_VERIFY_WITH_TIMEOUT(giving.isFinished(), 20'000);
        QVERIFY2(sent().contains("PUT /fhir/Patient/p1"), sent().join('\n').constData());
        QCOMPARE(cyclesWhenAnswered, 1);
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(giving.result().error().code(), QByteArray("storage/refused-change-gone"));
        const auto p1 = m_store->get(u"Patient"_s, u"p1"_s).value();
        QCOMPARE(p1->versionId, u"2"_s);
        QCOMPARE(p1->state, storage::LocalState::Synced);
        QVERIFY(m_store->refusedChanges().value().isEmpty());
        // Audited here, before and after: asked, then failed.
        const auto trail = m_audit->entries(audited, 10).value();
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail[0].subtype, u"refused-change-given-up"_s);
        QCOMPARE(trail[1].detail, u"resources:Patient/p1 failed"_s);
        QCOMPARE(trail[1].outcome, 4);
        QVERIFY(m_audit->verify().value().ok());
    }

    // Between cycles the worker gives the change up at once: the record is back at the server's
    // version, nothing waits to be sent, and the status says so. A cycle follows at once (the
    // planned one is an hour away) and reads the record again.
    void aGiveUpBetweenCyclesIsMadeOnTheWorker() {
        const qint64 seq = refusedEdit();
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue({422, {}, {}, false}); // refused again
        m_server->enqueue(ok(searchPage({})));
        startSync();
        QSignalSpy cycles(m_sync.get(), &sync::SyncThread::cycleFinished);
        nextCycle(cycles);
        QCOMPARE(m_store->refusedChanges().value().size(), 1);
        for (int i = 0; i < 4; ++i) // the next cycle's history, search and catch-up
            m_server->enqueue(ok(searchPage({})));
        const auto giving = m_sync->giveUpRefused(seq);
        QTRY_VERIFY_WITH_TIMEOUT(giving.isFinished(), 20'000);
        QCOMPARE(giving.result().value(), 1);
        // Back at the server's version, read again from it by the cycle that follows.
        const auto p1 = m_store->get(u"Patient"_s, u"p1"_s).value();
        QCOMPARE(p1->state, storage::LocalState::Synced);
        QCOMPARE(p1->versionId, u"1"_s);
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QTRY_COMPARE(m_status->pendingCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(cycles.size(), 2, 10'000);
        const auto& asked = m_server->requests();
        QVERIFY(std::any_of(asked.cbegin(), asked.cend(),
                            [](const auto& request) { return request.target.contains("_id=p1"); }));
        QVERIFY(m_store->pendingPulls().value().isEmpty());
    }

    // While `sijilctl sync` holds the store, it may be sending the change: the give-up is
    // refused, nothing written, and the desktop's sync still waits its turn.
    void aGiveUpWhileAnotherProgramSyncsIsRefused() {
        const qint64 seq = refusedEdit();
        storage::SyncLock ctl(storePath());
        QVERIFY(ctl.tryLock().ok());
        startSync(20ms);
        QTRY_VERIFY_WITH_TIMEOUT(m_status->problem(), 10'000);
        const auto giving = m_sync->giveUpRefused(seq);
        QTRY_VERIFY_WITH_TIMEOUT(giving.isFinished(), 20'000);
        const core::Error refused = giving.result().error();
        QCOMPARE(refused.code(), QByteArray("sync/give-up-busy"));
        QVERIFY2(refused.message().toString().contains(u"sijilctl sync"_s),
                 qPrintable(refused.message().toString()));
        QCOMPARE(m_store->refusedChanges().value().size(), 1);
        QCOMPARE(m_outbox->pendingCount().value(), 1);
        QVERIFY(m_server->requests().isEmpty());
        QCOMPARE(m_status->problem()->code(), QByteArray("sync/busy"));
    }

    // Where the sync cannot run (the server's TLS unusable), a give-up is still made, on the
    // worker under the store's lock, and the lock is let go after it.
    void aGiveUpIsMadeWhereSyncCannotRun() {
        const qint64 seq = refusedEdit();
        QTemporaryDir certs;
        sync::SyncThread::Config config = withAnotherCertificatesKey(certs);
        m_sync = std::make_unique<sync::SyncThread>(std::move(config), *m_status);
        m_sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_status->serverConfigured(), 10'000);
        const auto giving = m_sync->giveUpRefused(seq);
        QTRY_VERIFY_WITH_TIMEOUT(giving.isFinished(), 20'000);
        QCOMPARE(giving.result().value(), 1);
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QCOMPARE(m_store->get(u"Patient"_s, u"p1"_s).value()->state, storage::LocalState::Synced);
        storage::SyncLock ctl(storePath());
        QVERIFY(ctl.tryLock().ok());
    }

    // The program quits while a give-up waits for the cycle: it never ran, and says so.
    void aGiveUpLeftWaitingWhenTheProgramQuitsSaysSo() {
        const qint64 seq = refusedEdit();
        m_server->delayReplies(60'000);
        m_server->enqueue(ok(kMetadata));
        startSync();
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().isEmpty(), 20'000);
        const auto giving = m_sync->giveUpRefused(seq);
        QTest::qWait(50);
        m_sync.reset();
        QVERIFY(giving.isFinished());
        QCOMPARE(giving.result().error().code(), QByteArray("sync/stopped"));
        QCOMPARE(m_store->refusedChanges().value().size(), 1);
    }

    void quittingWhileACycleWaitsOnTheServerStopsCleanly() {
        m_server->delayReplies(60'000);
        m_server->enqueue(ok(kMetadata));
        QVERIFY(m_store
                    ->writeLocal({{storage::LocalChange::Operation::Create, u"Patient"_s, u"p2"_s,
                                   u"p2"_s, patient(u"p2"_s, u"Tazi"_s), u"clerk-1"_s}})
                    .ok());
        startSync();
        QSignalSpy cycles(m_sync.get(), &sync::SyncThread::cycleFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().isEmpty(), 20'000);
        QTRY_COMPARE(m_status->state(), State::Syncing);
        // The program quits: the host's destructor stops the worker and returns.
        m_sync.reset();
        QCOMPARE(cycles.size(), 0);

        // What waited is still there, whole, for the next start.
        QCOMPARE(m_outbox->pendingCount().value(), 1);
        cleanup();
        auto reopened = storage::Database::open(storePath());
        QVERIFY(reopened);
        QCOMPARE((*reopened)->integrityCheck().value(), QStringList());
        storage::Outbox outbox(**reopened);
        QCOMPARE(outbox.pendingCount().value(), 1);
    }
};

QTEST_GUILESS_MAIN(SyncThreadTest)
#include "tst_SyncThread.moc"
