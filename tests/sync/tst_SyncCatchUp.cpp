// The catch-up of a patient who arrives at the facility survives the program stopping before it
// is done: the pulls it needs are kept in the store with the page that brought the patient, and
// the next run of the program reads them, even though the cursors have passed those records. One
// the server refuses waits for the next cycle without holding back the others. A change given up
// is read again from the server.
#include "ScriptedSync.h"

#include <sijil/core/ConnectionStatus.h>
#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncService.h>

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using namespace scripted;

namespace {

QJsonObject encounter(const QString& id, const QString& patientId, const QString& lastUpdated) {
    return QJsonObject{{u"resourceType"_s, u"Encounter"_s},
                       {u"id"_s, id},
                       {u"status"_s, u"finished"_s},
                       {u"subject"_s, QJsonObject{{u"reference"_s, u"Patient/"_s + patientId}}},
                       {u"meta"_s, meta(u"1"_s, lastUpdated)}};
}

} // namespace

class SyncCatchUpTest : public EngineTest {
    Q_OBJECT

    // One run of the program: the workstation on the same store file, and its sync service.
    std::unique_ptr<core::ConnectionStatus> m_status;
    std::unique_ptr<sync::SyncService> m_service;

    void stop() {
        m_service.reset();
        m_status.reset();
        stopWorkstation();
    }
    void run() {
        stop();
        startWorkstation(u"store.db"_s);
        m_status = std::make_unique<core::ConnectionStatus>();
        sync::SyncService::Options options;
        options.pulls = sync::SyncService::facilityPulls(u"F1"_s).mid(0, 1); // Patient
        options.pulls << sync::SyncService::facilityPulls(u"F1"_s).at(3);    // Encounter
        QCOMPARE(options.pulls.last().type, u"Encounter"_s);
        options.period = 1h; // one cycle per start() in this test
        m_service = std::make_unique<sync::SyncService>(*m_store, *m_outbox, nullptr, *m_client,
                                                        *m_status, options);
    }
    // One cycle, which succeeds or not.
    bool cycle() {
        QSignalSpy cycles(m_service.get(), &sync::SyncService::cycleFinished);
        m_service->start();
        if (!cycles.wait(10'000))
            qFatal("no cycle");
        return cycles.first().first().toBool();
    }
    QList<QByteArray> asked(qsizetype from) const { return requestLines(*m_server, from); }

private slots:
    void init() {
        m_server = std::make_unique<ScriptedServer>();
        run();
        // Both types were pulled before: the site has been syncing for a while.
        for (const QString& type : {u"Patient"_s, u"Encounter"_s})
            QVERIFY(m_store->applyFromServer({}, {{type, u"2026-11-01T08:00:00.000Z"_s}}).ok());
    }
    void cleanup() {
        stop();
        m_server.reset();
    }

    void aCatchUpCutShortByAStopIsMadeAtTheNextStart() {
        // Patient c is transferred in (version 4); its encounter e1 is older than the cursor.
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue(ok(page({{u"c"_s, u"2026-11-01T09:20:00.000Z"_s}}, {}, u"4"_s)));
        m_server->enqueue({500, {}, {}, false}); // the Encounter pull fails: no catch-up yet
        QVERIFY(!cycle());
        QVERIFY(m_store->get(u"Patient"_s, u"c"_s).value());

        // The program stops (or is killed) and starts again on the same store.
        run();
        const qsizetype before = m_server->requests().size();
        m_server->enqueue(ok(kMetadata));
        // c comes again, unchanged: no longer an arrival by itself.
        m_server->enqueue(ok(page({{u"c"_s, u"2026-11-01T09:20:00.000Z"_s}}, {}, u"4"_s)));
        m_server->enqueue(ok(searchPage({})));
        m_server->enqueue(
            ok(searchPage({encounter(u"e1"_s, u"c"_s, u"2026-03-01T10:00:00.000Z"_s)})));
        QVERIFY(cycle());
        const auto sent = asked(before);
        QCOMPARE(sent.size(), 4);
        QVERIFY2(sent.last().startsWith("GET /fhir/Encounter?patient=Patient/c&"),
                 sent.last().constData());
        QVERIFY2(!sent.last().contains("_lastUpdated=ge"), sent.last().constData());
        const auto e1 = m_store->get(u"Encounter"_s, u"e1"_s).value();
        QVERIFY(e1);
        QCOMPARE(e1->patientId, u"c"_s);
        // The cursor of the type stays where the incremental pulls left it.
        QCOMPARE(m_store->cursor(u"Encounter"_s).value(), u"2026-11-01T08:00:00.000Z"_s);

        // Done once: the next start does not read it again.
        run();
        const qsizetype after = m_server->requests().size();
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue(ok(searchPage({})));
        m_server->enqueue(ok(searchPage({})));
        QVERIFY(cycle());
        QCOMPARE(asked(after).size(), 3);
    }

    void aCatchUpTheServerRefusesHoldsBackNothingElse() {
        // Two catch-ups wait (a previous run found patients c and d arriving).
        QVERIFY(m_store
                    ->applyFromServer({}, std::nullopt,
                                      [](const storage::PullOutcome&) {
                                          return QList<storage::PendingPull>{
                                              {0, u"Encounter"_s, u"patient=Patient/c"_s},
                                              {0, u"Encounter"_s, u"patient=Patient/d"_s}};
                                      })
                    .ok());
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue(ok(searchPage({})));
        m_server->enqueue(ok(searchPage({})));
        m_server->enqueue({400, {}, {}, false}); // c's: refused
        m_server->enqueue(
            ok(searchPage({encounter(u"e2"_s, u"d"_s, u"2026-03-01T10:00:00.000Z"_s)})));
        // The cycle did the rest, and says it did not do everything.
        QVERIFY(!cycle());
        QVERIFY(m_store->get(u"Encounter"_s, u"e2"_s).value());
        QCOMPARE(m_status->state(), core::ConnectionStatus::State::Online);
        QVERIFY(m_status->problem());
        const auto left = m_store->pendingPulls().value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().query, u"patient=Patient/c"_s);
    }

    // A merge queued by an older version of the program (nothing kept of what its entries
    // replaced) is given up whole when the server's version of one of its records is kept: the
    // other record stays at the version the merge was based on, showing the merge, until the
    // next cycle reads it again from the server, which puts back what the server has.
    void aChangeGivenUpIsReadAgainFromTheServer() {
        giveUpAMergeQueuedBeforeSchema23();
        const qsizetype before = m_server->requests().size();
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue(ok(searchPage({})));
        m_server->enqueue(ok(searchPage({})));
        m_server->enqueue(ok(
            searchPage({QJsonDocument::fromJson(patient(u"surv"_s, u"Tazi"_s, u"1"_s)).object()})));
        QVERIFY(cycle());
        const auto sent = asked(before);
        QCOMPARE(sent.size(), 4);
        QVERIFY2(sent.last().startsWith("GET /fhir/Patient?_id=surv&"), sent.last().constData());
        const auto surv = m_store->get(u"Patient"_s, u"surv"_s).value();
        QCOMPARE(surv->json, patient(u"surv"_s, u"Tazi"_s, u"1"_s));
        QCOMPARE(surv->state, storage::LocalState::Synced);
        QVERIFY(m_store->pendingPulls()->isEmpty());
        QCOMPARE(m_outbox->pendingCount().value(), 0);
    }

    // The catch-up a record put back waits for, refused for good by the server: the record
    // takes changes again rather than never (the catch-up stays, tried again next cycle).
    void aRecordWhoseCatchUpIsRefusedTakesChangesAgain() {
        giveUpAMergeQueuedBeforeSchema23();
        const auto edit = [this] {
            return m_store->writeLocal(
                {{storage::LocalChange::Operation::Update, u"Patient"_s, u"surv"_s, u"surv"_s,
                  patient(u"surv"_s, u"Edited"_s), u"admin"_s}});
        };
        QCOMPARE(edit().error().code(), QByteArray("storage/record-read-again"));
        const qsizetype before = m_server->requests().size();
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue(ok(searchPage({})));
        m_server->enqueue(ok(searchPage({})));
        m_server->enqueue({400, {}, {}, false});
        QVERIFY(!cycle());
        const auto sent = asked(before);
        QVERIFY2(sent.last().startsWith("GET /fhir/Patient?_id=surv&"), sent.last().constData());
        QCOMPARE(m_store->pendingPulls()->size(), 1);
        QVERIFY(edit().ok());
        QVERIFY(m_store->pullDone(m_store->pendingPulls()->first().seq).ok());
    }

private:
    // dup and surv changed together, queued with nothing kept of what they replaced; the
    // server's version of dup kept: surv stays "Kept", waiting to be read again.
    void giveUpAMergeQueuedBeforeSchema23() {
        using Op = storage::LocalChange::Operation;
        // The store file is the class's: a catch-up an earlier test left is not this one's.
        const QList<storage::PendingPull> left = m_store->pendingPulls().value();
        for (const storage::PendingPull& p : left)
            QVERIFY(m_store->pullDone(p.seq).ok());
        for (const QString& id : {u"dup"_s, u"surv"_s}) {
            storage::StoredResource held;
            held.type = u"Patient"_s;
            held.id = held.patientId = id;
            held.versionId = u"1"_s;
            held.json = patient(id, u"Tazi"_s, u"1"_s);
            QVERIFY(m_store->applyFromServer({held}).ok());
        }
        QVERIFY(m_store
                    ->writeLocal({{Op::Update, u"Patient"_s, u"dup"_s, u"dup"_s,
                                   patient(u"dup"_s, u"Replaced"_s), u"admin"_s},
                                  {Op::Update, u"Patient"_s, u"surv"_s, u"surv"_s,
                                   patient(u"surv"_s, u"Kept"_s), u"admin"_s}},
                                 storage::ResourceStore::Sending::Together)
                    .ok());
        QSqlQuery older(QSqlDatabase::database(m_db->connectionName()));
        QVERIFY(older.exec(u"DELETE FROM outbox_previous"_s));
        const auto queued = m_outbox->next(10).value();
        const QByteArray serverDup = patient(u"dup"_s, u"Tazi-Alaoui"_s, u"2"_s);
        QVERIFY(m_outbox->recordConflict(queued.first().seq, serverDup, u"2"_s).ok());
        const storage::Conflict shown = m_store->conflicts().value().first();
        storage::StoredResource server;
        server.type = u"Patient"_s;
        server.id = server.patientId = u"dup"_s;
        server.versionId = u"2"_s;
        server.json = serverDup;
        QVERIFY(m_store->keepServerVersion(shown, server).ok());
        QCOMPARE(m_store->get(u"Patient"_s, u"surv"_s).value()->json,
                 patient(u"surv"_s, u"Kept"_s));
    }
};

QTEST_GUILESS_MAIN(SyncCatchUpTest)
#include "tst_SyncCatchUp.moc"
