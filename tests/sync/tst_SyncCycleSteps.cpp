// A sync cycle is several steps (push, each type's pull, the catch-ups, the audit trail); one the
// server refuses must not hold back the others. Scripted as a server that answers each request.
#include "ScriptedSync.h"
#include "SentJson.h"

#include <sijil/core/ConnectionStatus.h>
#include <sijil/storage/AuditRefusals.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/sync/SyncService.h>

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace sijil;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using namespace scripted;
using State = core::ConnectionStatus::State;

namespace {

// A server that takes batches, not transactions.
const QByteArray kBatchMetadata =
    R"({"resourceType":"CapabilityStatement","fhirVersion":"4.0.1","rest":[{"mode":"server",)"
    R"("interaction":[{"code":"batch"}]}]})";

QJsonObject answer(const QString& status, const QJsonObject& outcome = {}) {
    QJsonObject response{{u"status"_s, status}};
    if (!outcome.isEmpty())
        response.insert(u"outcome"_s, outcome);
    return QJsonObject{{u"response"_s, response}};
}

// An AuditEvent put at its id, taken.
ScriptedServer::Reply created() {
    return {201, {}, {{"ETag", R"(W/"1")"}}, false};
}

QJsonObject encounter(const QString& id, const QString& patientId) {
    return QJsonObject{{u"resourceType"_s, u"Encounter"_s},
                       {u"id"_s, id},
                       {u"status"_s, u"finished"_s},
                       {u"subject"_s, QJsonObject{{u"reference"_s, u"Patient/"_s + patientId}}},
                       {u"meta"_s, meta(u"1"_s, u"2026-11-01T09:30:00.000Z"_s)}};
}

} // namespace

class SyncCycleStepsTest : public EngineTest {
    Q_OBJECT

    const QByteArray m_key = QByteArray(32, 'k');
    std::unique_ptr<storage::AuditTrail> m_audit;
    std::unique_ptr<storage::AuditRefusals> m_refusals;
    std::chrono::milliseconds m_offerRefusedAgain = 24h;
    std::unique_ptr<core::ConnectionStatus> m_status;
    std::unique_ptr<sync::SyncService> m_service;

    // The facility's Patients and Encounters, in that order.
    void startService() {
        sync::SyncService::Options options;
        options.pulls = sync::SyncService::facilityPulls(u"F1"_s).mid(0, 1);
        options.pulls << sync::SyncService::facilityPulls(u"F1"_s).at(3);
        QCOMPARE(options.pulls.last().type, u"Encounter"_s);
        options.period = 1h;
        options.firstRetry = 1h;
        options.offerRefusedAuditAgain = m_offerRefusedAgain;
        m_service = std::make_unique<sync::SyncService>(*m_store, *m_outbox, m_audit.get(),
                                                        *m_client, *m_status, options);
        if (m_refusals)
            m_service->setAuditRefusals(m_refusals.get());
    }
    bool cycle() {
        QSignalSpy cycles(m_service.get(), &sync::SyncService::cycleFinished);
        m_service->start();
        if (!cycles.wait(10'000))
            qFatal("no cycle");
        return cycles.first().first().toBool();
    }
    void audited(const QString& patientId) {
        storage::AuditEntry read;
        read.actorId = u"clerk-1"_s;
        read.action = u"R"_s;
        read.subtype = u"read"_s;
        read.patientId = patientId;
        QVERIFY(m_audit->append(read).ok());
    }
    // The trail holds a read of each of `patients`, then the service starts; with `setAside`,
    // it sets aside the entries the server refuses for good.
    void startAudited(const QStringList& patients, bool setAside = false) {
        if (setAside)
            m_refusals = std::make_unique<storage::AuditRefusals>(*m_db);
        for (const QString& p : patients)
            audited(p);
        startService();
    }
    // The Patients' and the Encounters' searches of a cycle, which find nothing new.
    void pullsNothing() {
        m_server->enqueue(ok(searchPage({})));
        m_server->enqueue(ok(searchPage({})));
    }
    // The first cycle after a start: the server's capabilities, then the searches.
    void startsPullingNothing(const QByteArray& metadata) {
        m_server->enqueue(ok(metadata));
        pullsNothing();
    }

private slots:
    void init() {
        m_server = std::make_unique<ScriptedServer>();
        m_offerRefusedAgain = 24h;
        QFile::remove(m_dir.filePath(u"store.db"_s));
        QFile::remove(m_dir.filePath(u"audit.head"_s));
        startWorkstation(u"store.db"_s);
        m_audit =
            std::make_unique<storage::AuditTrail>(*m_db, m_key, m_dir.filePath(u"audit.head"_s));
        m_status = std::make_unique<core::ConnectionStatus>();
    }
    void cleanup() {
        m_service.reset();
        m_status.reset();
        m_refusals.reset();
        m_audit.reset();
        stopWorkstation();
        m_server.reset();
    }

    // A search the server refuses for one type (a chained parameter it does not support, a type
    // this account may not read): the other types still come down, the audit trail still goes
    // up, and the cycle reports the refusal with the link online. A search the server does not
    // implement (501) is such a refusal too, not the link failing.
    void aTypesRefusedSearchHoldsBackNothingElse_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("400") << 400 << QByteArray("fhir/bad-request");
        QTest::newRow("501") << 501 << QByteArray("fhir/not-implemented");
    }
    void aTypesRefusedSearchHoldsBackNothingElse() {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        startAudited({u"p0"_s, u"p0"_s});
        m_server->enqueue(ok(kTransactionMetadata));
        m_server->enqueue({status, {}, {}, false}); // the Patients' search
        m_server->enqueue(ok(searchPage({encounter(u"e1"_s, u"p0"_s)})));
        m_server->enqueue(ok(bundle(u"transaction-response"_s, {}, {})));
        QVERIFY(!cycle());

        const QList<QByteArray> lines = requestLines(*m_server);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[1].startsWith("GET /fhir/Patient?"), lines[1].constData());
        QVERIFY2(lines[2].startsWith("GET /fhir/Encounter?"), lines[2].constData());
        QCOMPARE(lines[3], QByteArray("POST /fhir"));
        QVERIFY(m_store->get(u"Encounter"_s, u"e1"_s).value());
        QCOMPARE(m_audit->unsent(10).value().size(), 0);
        // The refused type's cursor stays: it is read again from where it was.
        QCOMPARE(m_store->cursor(u"Patient"_s).value(), QString());
        QVERIFY(!m_store->cursor(u"Encounter"_s).value().isEmpty());
        QCOMPARE(m_status->state(), State::Online);
        QVERIFY(m_status->lastSuccessUtc().isValid());
        QVERIFY(m_status->problem());
        QCOMPARE(m_status->problem()->code(), code);
        QVERIFY(m_service->lastError());
        QCOMPARE(m_service->lastError()->code(), code);
    }

    // The push answered with something unreadable (a proxy's page): the change stays in the
    // outbox for the next cycle, and the records still come down, the audit trail still goes
    // up; the cycle reports the problem with the link online. Before, one such answer every
    // cycle kept an offline centre from ever pulling again.
    void anUnreadablePushAnswerHoldsBackNothingElse() {
        startAudited({u"p0"_s, u"p0"_s});
        QVERIFY(m_store
                    ->writeLocal({{storage::LocalChange::Operation::Create, u"Patient"_s, u"p9"_s,
                                   u"p9"_s, patient(u"p9"_s, u"Tazi"_s), u"clerk-1"_s}})
                    .ok());
        m_server->enqueue(ok(kTransactionMetadata));
        m_server->enqueue(ok("<html>Proxy</html>")); // the push
        m_server->enqueue(ok(searchPage({})));
        m_server->enqueue(ok(searchPage({encounter(u"e1"_s, u"p0"_s)})));
        m_server->enqueue(ok(bundle(u"transaction-response"_s, {}, {})));
        QVERIFY(!cycle());

        const QList<QByteArray> lines = requestLines(*m_server);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[2].startsWith("GET /fhir/Patient?"), lines[2].constData());
        QVERIFY2(lines[3].startsWith("GET /fhir/Encounter?"), lines[3].constData());
        QCOMPARE(lines[4], QByteArray("POST /fhir"));
        QVERIFY(m_store->get(u"Encounter"_s, u"e1"_s).value());
        QCOMPARE(m_audit->unsent(10).value().size(), 0);
        QCOMPARE(m_outbox->pendingCount().value(), 1);
        QCOMPARE(m_status->state(), State::Online);
        QVERIFY(m_status->problem());
        QCOMPARE(m_status->problem()->code(), QByteArray("fhir/malformed"));
    }

    // A server without transactions or batches (kMetadata): each AuditEvent is PUT by itself,
    // at its id, and the cycle succeeds.
    void withoutTransactionsTheAuditTrailGoesOneByOne() {
        startAudited({u"p0"_s, u"p1"_s});
        startsPullingNothing(kMetadata);
        m_server->enqueue(created());
        m_server->enqueue(created());
        QVERIFY(cycle());
        const QList<QByteArray> lines = requestLines(*m_server);
        QCOMPARE(lines.size(), 5);
        for (qsizetype i : {3, 4}) {
            const QJsonObject event = sentJson(m_server->requests().at(i));
            QCOMPARE(event.value(u"resourceType"_s).toString(), u"AuditEvent"_s);
            QCOMPARE(lines[i], "PUT /fhir/AuditEvent/" + event.value(u"id"_s).toString().toUtf8());
        }
        QVERIFY(lines[3] != lines[4]);
        QCOMPARE(m_audit->unsent(10).value().size(), 0);
        QCOMPARE(m_status->state(), State::Online);
        QVERIFY(!m_status->problem());
    }

    // A server with batches only: the audit trail goes as a batch; an entry it refuses stays for
    // the next cycle (not sent again in a loop), the others are sent, and the cycle says why.
    void withBatchesOnlyEachRefusedEventStays() {
        startAudited({u"p0"_s, u"p1"_s});
        startsPullingNothing(kBatchMetadata);
        const QJsonObject invalid{{u"resourceType"_s, u"OperationOutcome"_s},
                                  {u"issue"_s, QJsonArray{QJsonObject{{u"severity"_s, u"error"_s},
                                                                      {u"code"_s, u"invalid"_s}}}}};
        m_server->enqueue(
            ok(bundle(u"batch-response"_s,
                      {answer(u"201 Created"_s), answer(u"400 Bad Request"_s, invalid)}, {})));
        QVERIFY(!cycle());
        QCOMPARE(requestLines(*m_server).size(), 4);
        const auto posted = sentJson(m_server->requests().last());
        QCOMPARE(posted.value(u"type"_s).toString(), u"batch"_s);
        const auto left = m_audit->unsent(10).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().patientId, u"p1"_s);
        QCOMPARE(m_status->state(), State::Online);
        QVERIFY(m_status->problem());
        QCOMPARE(m_status->problem()->code(), QByteArray("fhir/bad-request"));
    }

    // One audit entry the server refuses for good (422), one by one (PUT): it is set aside, kept
    // unsent, and the entries after it still go, this cycle and the next; the cycle names it.
    void anAuditEntryRefusedForGoodHoldsBackNoOtherOneByOne() {
        startAudited({u"p0"_s, u"p1"_s, u"p2"_s}, true);
        startsPullingNothing(kMetadata);
        m_server->enqueue(created());
        m_server->enqueue({422, {}, {}, false});
        m_server->enqueue(created());
        QVERIFY(!cycle());
        QCOMPARE(requestLines(*m_server).size(), 6);
        QCOMPARE(m_audit->unsent(10).value().size(), 0);
        QCOMPARE(m_refusals->count().value(), 1);
        QCOMPARE(m_audit->sent(0, 10).value().size(), 2);
        // Set aside, the chain still verifies: nothing a MAC covers was touched.
        QVERIFY(m_audit->verify().value().ok());
        QVERIFY(m_service->lastError());
        QCOMPARE(m_service->lastError()->code(), QByteArray("fhir/unprocessable"));
        QVERIFY2(m_service->lastError()->detail().contains(u"refused, set aside: 2"_s),
                 qPrintable(m_service->lastError()->detail()));
        QCOMPARE(m_status->state(), State::Online);

        // The next cycle, the same day, does not send it again, and sends what came after.
        audited(u"p3"_s);
        qsizetype before = m_server->requests().size();
        pullsNothing();
        m_server->enqueue(created());
        QVERIFY(cycle());
        QCOMPARE(requestLines(*m_server, before).size(), 3);
        QCOMPARE(m_audit->unsent(10).value().size(), 0);
        QCOMPARE(m_refusals->count().value(), 1);

        // The program started again: it is offered again first; refused again, it is set aside
        // again, and what came after still goes.
        audited(u"p4"_s);
        before = m_server->requests().size();
        startService();
        startsPullingNothing(kMetadata);
        m_server->enqueue({422, {}, {}, false});
        m_server->enqueue(created());
        QVERIFY(!cycle());
        QCOMPARE(requestLines(*m_server, before).size(), 5);
        QCOMPARE(m_audit->unsent(10).value().size(), 0);
        QCOMPARE(m_refusals->count().value(), 1);
        QCOMPARE(m_audit->sent(0, 10).value().size(), 4);
        QVERIFY(m_audit->verify().value().ok());
    }

    // A transaction of audit entries refused for what one of them says: each then goes by
    // itself, the refused one is set aside and the others still go.
    void anAuditTransactionRefusedGoesEntryByEntry() {
        startAudited({u"p0"_s, u"p1"_s}, true);
        startsPullingNothing(kTransactionMetadata);
        m_server->enqueue({422, {}, {}, false}); // the transaction
        m_server->enqueue({422, {}, {}, false});
        m_server->enqueue(created());
        QVERIFY(!cycle());
        const auto lines = requestLines(*m_server);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[3], QByteArray("POST /fhir"));
        QVERIFY(lines[4].startsWith("PUT /fhir/AuditEvent/"));
        QVERIFY(lines[5].startsWith("PUT /fhir/AuditEvent/"));
        QCOMPARE(m_refusals->count().value(), 1);
        QCOMPARE(m_audit->unsent(10).value().size(), 0);
        const auto sent = m_audit->sent(0, 10).value();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().patientId, u"p1"_s);
    }

    // An entry set aside is offered again once the wait is over (a day, by default), and goes
    // when the server takes it.
    void anAuditEntrySetAsideIsOfferedAgain() {
        m_offerRefusedAgain = 0ms; // every cycle
        startAudited({u"p0"_s, u"p1"_s}, true);
        startsPullingNothing(kMetadata);
        m_server->enqueue({422, {}, {}, false});
        m_server->enqueue(created());
        QVERIFY(!cycle());
        QCOMPARE(m_refusals->count().value(), 1);
        const qsizetype before = m_server->requests().size();
        pullsNothing();
        m_server->enqueue(created());
        QVERIFY(cycle());
        const auto lines = requestLines(*m_server, before);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.last().startsWith("PUT /fhir/AuditEvent/"));
        QCOMPARE(m_refusals->count().value(), 0);
        QCOMPARE(m_audit->unsent(10).value().size(), 0);
        QCOMPARE(m_audit->sent(0, 10).value().size(), 2);
    }

    // The same in batches: the refused entry is set aside and the next batch still goes in the
    // same cycle. A failure of the server itself (500) is no refusal: that entry is sent again.
    void anAuditEntryRefusedForGoodHoldsBackNoOtherBatch() {
        QStringList patients;
        for (int i = 0; i < 102; ++i) // more than a batch of 100
            patients << u"p%1"_s.arg(i);
        startAudited(patients, true);
        startsPullingNothing(kBatchMetadata);
        QJsonArray answers;
        for (int i = 0; i < 100; ++i)
            answers.append(answer(i == 1 ? u"400 Bad Request"_s : u"201 Created"_s));
        m_server->enqueue(ok(bundle(u"batch-response"_s, answers, {})));
        m_server->enqueue(ok(bundle(
            u"batch-response"_s, {answer(u"201 Created"_s), answer(u"500 Server Error"_s)}, {})));
        QVERIFY(!cycle());
        QCOMPARE(requestLines(*m_server).size(), 5);
        QCOMPARE(m_refusals->count().value(), 1);
        const auto left = m_audit->unsent(10).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().patientId, u"p101"_s);
        QCOMPARE(m_audit->sent(0, 200).value().size(), 100);
    }

    // The link failing during a type's search still ends the cycle: nothing more can be done.
    void theLinkFailingDuringASearchEndsTheCycle() {
        startService();
        m_server->enqueue(ok(kTransactionMetadata));
        m_server->enqueue({503, {}, {}, false});
        QVERIFY(!cycle());
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_status->state(), State::Offline);
    }

    // This workstation's store failing under a pull ends the cycle too: the next types would
    // fail the same way, and the cycle is no success.
    void theStoreFailingDuringAPullEndsTheCycle() {
        startService();
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        QVERIFY(q.exec(u"CREATE TRIGGER full BEFORE INSERT ON resources "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        m_server->enqueue(ok(kTransactionMetadata));
        m_server->enqueue(ok(page({{u"p1"_s, u"2026-11-01T09:00:00.000Z"_s}}, {})));
        QVERIFY(!cycle());
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(m_service->lastError());
        QVERIFY(m_service->lastError()->code().startsWith("storage/"));
        QVERIFY(!m_status->lastSuccessUtc().isValid());
    }
};

QTEST_GUILESS_MAIN(SyncCycleStepsTest)
#include "tst_SyncCycleSteps.moc"
