// The sync engine against answers a real server gives only when something is wrong on the way (a
// proxy's page, a lost answer, a change made during a pull), scripted: a check after a crash
// never takes another answer for the resource sent; a resource changed on the server since is
// kept as a conflict, not taken as ours; nothing is acknowledged without a version; a delete sent
// again finds its own deletion; a pull page with entries that are no resources of the type asked
// is refused; the pull cursor moves page by page while the order holds, in UTC.
#include "EngineAnswers.h"

#include <sijil/core/ConnectionStatus.h>
#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/ConflictResolver.h>
#include <sijil/sync/ServerResource.h>
#include <sijil/sync/SyncEngine.h>
#include <sijil/sync/SyncService.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using storage::LocalState;

using namespace scripted;

class SyncEngineAnswersTest : public AnswersTest {
    Q_OBJECT

private slots:
    void init() { openWorkstation(); }
    void cleanup() { closeWorkstation(); }

    void aCheckAfterACrashTakesNoOtherAnswerForTheResource() {
        createdAndTriedBefore(QStringLiteral("p1"));
        m_server->enqueue(ok(kMetadata));
        // A proxy's answer, 200 but no Patient: before, the entry left the outbox unsent.
        m_server->enqueue(ok(page({}, {})));
        const auto failed = await(m_engine->push());
        QCOMPARE(failed.error().code(), QByteArray("fhir/malformed"));
        QCOMPARE(m_outbox->pendingCount().value(), 1);
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Created);
        QCOMPARE(sent(), (QList<QByteArray>{"GET /fhir/metadata", "GET /fhir/Patient/p1"}));

        // The link sound again: not on the server, so it is sent.
        m_server->enqueue({404, {}, {}, false});
        m_server->enqueue({201,
                           patient(QStringLiteral("p1"), QStringLiteral("Tazi"), u"1"_s),
                           {{"ETag", R"(W/"1")"}},
                           false});
        const auto pushed = await(m_engine->push());
        QVERIFY(pushed.ok());
        QCOMPARE(pushed->pushed, 1);
        QCOMPARE(sent().mid(2),
                 (QList<QByteArray>{"GET /fhir/Patient/p1", "PUT /fhir/Patient/p1"}));
        QCOMPARE(m_store->get(QStringLiteral("Patient"), QStringLiteral("p1")).value()->versionId,
                 QStringLiteral("1"));
    }

    void aCreateFoundAsSentIsOursAndOneChangedSinceIsAConflict() {
        createdAndTriedBefore(QStringLiteral("p1"));
        createdAndTriedBefore(QStringLiteral("p2"));
        m_server->enqueue(ok(kMetadata));
        // p1 reached the server before the crash, as sent.
        m_server->enqueue(
            ok(patient(QStringLiteral("p1"), QStringLiteral("Tazi"), u"1"_s), R"(W/"1")"));
        // p2 reached it too, and another desk has changed it since: not ours to overwrite.
        m_server->enqueue(
            ok(patient(QStringLiteral("p2"), QStringLiteral("Tazi-Alaoui"), u"2"_s), R"(W/"2")"));
        const auto r = await(m_engine->push());
        QVERIFY(r.ok());
        QCOMPARE(r->pushed, 1);
        QCOMPARE(r->conflicts, 1);
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Synced);
        QCOMPARE(stateOf(QStringLiteral("p2")), LocalState::Conflict);
        const auto conflicts = m_store->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().id, QStringLiteral("p2"));
        QCOMPARE(conflicts.first().serverVersionId, QStringLiteral("2"));
        QVERIFY(conflicts.first().serverJson.contains("Tazi-Alaoui"));
        QVERIFY(!conflicts.first().localJson.contains("Tazi-Alaoui"));
        // Nothing was sent again over either.
        QCOMPARE(sent(), (QList<QByteArray>{"GET /fhir/metadata", "GET /fhir/Patient/p1",
                                            "GET /fhir/Patient/p2"}));
    }

    void nothingIsAcknowledgedWithoutAVersion() {
        created(u"p1"_s);
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue({201, patient(QStringLiteral("p1"), QStringLiteral("Tazi")), {}, false});
        const auto r = await(m_engine->push());
        QCOMPARE(r.error().code(), QByteArray("fhir/malformed"));
        QCOMPARE(m_outbox->pendingCount().value(), 1);
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Created);
    }

    void aDeleteSentAgainFindsItsOwnDeletion() {
        storage::StoredResource held;
        held.type = QStringLiteral("Patient");
        held.id = QStringLiteral("p1");
        held.versionId = QStringLiteral("3");
        held.lastUpdatedUtc = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        held.patientId = held.id;
        held.json = patient(held.id, QStringLiteral("Tazi"), held.versionId);
        QVERIFY(m_store->applyFromServer({held}).ok());
        QVERIFY(m_store
                    ->writeLocal({{storage::LocalChange::Operation::Delete,
                                   QStringLiteral("Patient"),
                                   held.id,
                                   held.id,
                                   {},
                                   QStringLiteral("clerk-1")}})
                    .ok());
        m_server->enqueue(ok(kMetadata));
        // The first DELETE went through, its answer was lost; sent again, version 3 is gone.
        m_server->enqueue({412, {}, {}, false});
        m_server->enqueue({410, {}, {}, false});
        const auto r = await(m_engine->push());
        QVERIFY(r.ok());
        QCOMPARE(r->pushed, 1);
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QCOMPARE(sent(), (QList<QByteArray>{"GET /fhir/metadata", "DELETE /fhir/Patient/p1",
                                            "GET /fhir/Patient/p1"}));
    }

    void aChangeTheServerRefusesHoldsBackOnlyItsResource() {
        // p1 is refused (invalid for the server's rules), then changed again here; p2 and p3 are
        // for other patients and must not wait behind it.
        created(u"p1"_s);
        created(u"p2"_s);
        changed(storage::LocalChange::Operation::Update, u"p1"_s, u"Tazi Alaoui"_s);
        created(u"p3"_s);
        const int waiting = m_outbox->pendingCount().value();
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue(
            {422,
             R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invariant","expression":["Patient.name"]}]})",
             {},
             false});
        for (const char* id : {"p2", "p3"})
            m_server->enqueue({201,
                               patient(QString::fromLatin1(id), u"Tazi"_s, u"1"_s),
                               {{"ETag", R"(W/"1")"}},
                               false});
        const auto r = await(m_engine->push());
        QVERIFY(r.ok());
        QCOMPARE(r->pushed, 2);
        QCOMPARE(r->refused, 1);
        QVERIFY(r->refusal);
        QCOMPARE(r->refusal->code(), QByteArray("fhir/unprocessable"));
        QVERIFY(r->refusal->detail().contains(u"error/invariant@Patient.name"_s));
        // p1's changes wait, in order, and the refusal is kept for the sync log.
        QCOMPARE(m_outbox->pendingCount().value(), waiting - 2);
        const auto left = m_outbox->next(10).value();
        QVERIFY(!left.isEmpty());
        for (const auto& e : left)
            QCOMPARE(e.id, u"p1"_s);
        QVERIFY(left.first().lastError.contains(u"error/invariant@Patient.name"_s));
        QCOMPARE(stateOf(u"p2"_s), LocalState::Synced);
        QCOMPARE(stateOf(u"p3"_s), LocalState::Synced);
        QCOMPARE(sent(), (QList<QByteArray>{"GET /fhir/metadata", "PUT /fhir/Patient/p1",
                                            "PUT /fhir/Patient/p2", "PUT /fhir/Patient/p3"}));

        // The next cycle offers it again (the server's rules, or the record, may have changed).
        m_server->enqueue({403, {}, {}, false});
        const auto again = await(m_engine->push());
        QVERIFY(again.ok());
        QCOMPARE(again->refused, 1);
        QCOMPARE(again->refusal->code(), QByteArray("fhir/forbidden"));
        QCOMPARE(sent().size(), 5);
        // A failure of the link or of the server itself still stops the push.
        m_server->enqueue({404, {}, {}, false}); // the check before resending: not there
        m_server->enqueue({503, {}, {}, false});
        QCOMPARE(await(m_engine->push()).error().code(), QByteArray("fhir/server-error"));
    }

    // A registration the server refused, corrected here since: once the server says it holds
    // nothing, the corrected record goes, not the refused one again (for ever).
    void aRefusedRegistrationCorrectedSinceGoesAsCorrected() {
        created(u"p1"_s);
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue({422, {}, {}, false});
        QCOMPARE(await(m_engine->push())->refused, 1);
        changed(storage::LocalChange::Operation::Update, u"p1"_s, u"Tazi Corrige"_s);
        m_server->enqueue({404, {}, {}, false}); // the check before resending: not there
        m_server->enqueue(
            {201, patient(u"p1"_s, u"Tazi Corrige"_s, u"1"_s), {{"ETag", R"(W/"1")"}}, false});
        m_server->enqueue(ok(patient(u"p1"_s, u"Tazi Corrige"_s, u"2"_s), R"(W/"2")"));
        const auto r = await(m_engine->push());
        QVERIFY(r.ok());
        QCOMPARE(r->refused, 0);
        QCOMPARE(sent().mid(2), (QList<QByteArray>{"GET /fhir/Patient/p1", "PUT /fhir/Patient/p1",
                                                   "PUT /fhir/Patient/p1"}));
        QVERIFY(m_server->requests()[3].body.contains("Tazi Corrige"));
        QCOMPARE(stateOf(u"p1"_s), LocalState::Synced);
    }

    // The same for a correction of a patient already on the server: the refused edit is
    // replaced by the correction, which goes alone, applying to the server's version.
    void aRefusedEditCorrectedSinceGoesAsCorrected() {
        heldFromServer(u"p1"_s, u"3"_s);
        changed(storage::LocalChange::Operation::Update, u"p1"_s, u"Tazi Invalide"_s);
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue({422, {}, {}, false});
        QCOMPARE(await(m_engine->push())->refused, 1);
        changed(storage::LocalChange::Operation::Update, u"p1"_s, u"Tazi Corrige"_s);
        QCOMPARE(m_outbox->pendingCount().value(), 1);
        m_server->enqueue(ok(patient(u"p1"_s, u"Tazi Corrige"_s, u"4"_s), R"(W/"4")"));
        const auto r = await(m_engine->push());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().code().constData());
        QCOMPARE(r->refused, 0);
        QCOMPARE(r->pushed, 1);
        QCOMPARE(sent().mid(2), (QList<QByteArray>{"PUT /fhir/Patient/p1"}));
        QVERIFY(m_server->requests()[2].body.contains("Tazi Corrige"));
        QCOMPARE(m_server->requests()[2].headers.value("if-match"), QByteArray(R"(W/"3")"));
        QCOMPARE(stateOf(u"p1"_s), LocalState::Synced);
    }

    // A registration edited while earlier ones are on the wire goes as the store holds it when
    // its turn comes: what was sent is then what the store held, and what a later edit keeps
    // for the check after a crash.
    void aCreateGoesAsTheStoreHoldsItWhenItsTurnComes() {
        created(u"p1"_s);
        created(u"p2"_s);
        m_server->enqueue(ok(kMetadata));
        for (const char* id : {"p1", "p2"})
            m_server->enqueue({201,
                               patient(QString::fromLatin1(id), u"Tazi"_s, u"1"_s),
                               {{"ETag", R"(W/"1")"}},
                               false});
        m_server->enqueue(ok(patient(u"p2"_s, u"Tazi Nouveau"_s, u"2"_s), R"(W/"2")"));
        m_server->delayReplies(300);
        auto push = m_engine->push();
        QTRY_VERIFY(sent().contains("PUT /fhir/Patient/p1"));
        changed(storage::LocalChange::Operation::Update, u"p2"_s, u"Tazi Nouveau"_s);
        const auto r = await(push);
        QVERIFY(r.ok());
        QCOMPARE(sent(), (QList<QByteArray>{"GET /fhir/metadata", "PUT /fhir/Patient/p1",
                                            "PUT /fhir/Patient/p2", "PUT /fhir/Patient/p2"}));
        QVERIFY(m_server->requests()[2].body.contains("Tazi Nouveau"));
    }

    // A registration deleted here while earlier ones are on the wire never leaves: the server
    // does not hear of a patient registered by mistake.
    void aCreationDeletedBeforeItsTurnIsNotSent() {
        created(u"p1"_s);
        created(u"p2"_s);
        created(u"p3"_s);
        m_server->enqueue(ok(kMetadata));
        for (const char* id : {"p1", "p3"})
            m_server->enqueue({201,
                               patient(QString::fromLatin1(id), u"Tazi"_s, u"1"_s),
                               {{"ETag", R"(W/"1")"}},
                               false});
        m_server->delayReplies(300);
        auto push = m_engine->push();
        QTRY_VERIFY(sent().contains("PUT /fhir/Patient/p1"));
        changed(storage::LocalChange::Operation::Delete, u"p2"_s);
        const auto r = await(push);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail()));
        QCOMPARE(r->pushed, 2);
        QCOMPARE(sent(), (QList<QByteArray>{"GET /fhir/metadata", "PUT /fhir/Patient/p1",
                                            "PUT /fhir/Patient/p3"}));
        QVERIFY(!m_store->get(QStringLiteral("Patient"), u"p2"_s).value());
        QCOMPARE(m_outbox->pendingCount().value(), 0);
    }

    void aRefusalLeavesTheCycleDoneAndIsShownUntilAGoodCycle() {
        created(u"p1"_s);
        created(u"p2"_s);
        core::ConnectionStatus status;
        sync::SyncService::Options options;
        options.pulls = {{QStringLiteral("Patient"), {}}};
        options.debounce = 10ms;
        sync::SyncService service(*m_store, *m_outbox, nullptr, *m_client, status, options);
        QSignalSpy cycles(&service, &sync::SyncService::cycleFinished);
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue({400, {}, {}, false});
        m_server->enqueue(
            {201, patient(u"p2"_s, u"Tazi"_s, u"1"_s), {{"ETag", R"(W/"1")"}}, false});
        m_server->enqueue(ok(page({{u"p9"_s, u"2026-11-01T09:00:00.000Z"_s}}, {})));
        service.start();
        QVERIFY(cycles.wait(10'000));
        // The pull ran after the refusal; the cycle says it did not do everything.
        QCOMPARE(cycles.first().first().toBool(), false);
        QVERIFY(m_store->get(QStringLiteral("Patient"), u"p9"_s).value());
        QCOMPARE(stateOf(u"p2"_s), LocalState::Synced);
        QCOMPARE(status.state(), core::ConnectionStatus::State::Online);
        QVERIFY(status.problem());
        QCOMPARE(status.problem()->code(), QByteArray("fhir/bad-request"));
        QCOMPARE(service.lastReport().refused, 1);
        QCOMPARE(status.pendingCount(), 1);

        // Corrected (or accepted by the server now): the bar is clear again.
        m_server->enqueue(ok(patient(u"p1"_s, u"Tazi"_s, u"1"_s), R"(W/"1")"));
        m_server->enqueue(ok(page({}, {})));
        service.requestSync();
        QVERIFY(cycles.wait(10'000));
        QCOMPARE(cycles.last().first().toBool(), true);
        QVERIFY(!status.problem());
        QCOMPARE(status.pendingCount(), 0);
    }

    void theNextCycleWaitsAsLongAsTheServerAsked_data() {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("atLeastMin");
        QTest::addColumn<qint64>("belowMin");
        QTest::newRow("ten minutes") << QByteArray("600") << qint64(9) << qint64(11);
        // 34 days, or a server clock far ahead: an hour at most, so that sync never stops.
        QTest::newRow("weeks") << QByteArray("3000000") << qint64(59) << qint64(65);
    }
    void theNextCycleWaitsAsLongAsTheServerAsked() {
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, atLeastMin);
        QFETCH(qint64, belowMin);
        created(u"p1"_s);
        core::ConnectionStatus status;
        sync::SyncService::Options options;
        options.firstRetry = 10ms;
        sync::SyncService service(*m_store, *m_outbox, nullptr, *m_client, status, options);
        QSignalSpy cycles(&service, &sync::SyncService::cycleFinished);
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue({503, {}, {{"Retry-After", retryAfter}}, false});
        service.start();
        QVERIFY(cycles.wait(10'000));
        QCOMPARE(status.state(), core::ConnectionStatus::State::Offline);
        QCOMPARE(m_outbox->pendingCount().value(), 1);
        const auto waits = [&] {
            const auto next = service.nextCycleIn();
            return next && *next >= std::chrono::minutes(atLeastMin) &&
                   *next < std::chrono::minutes(belowMin);
        };
        QVERIFY2(waits(),
                 qPrintable(QString::number(service.nextCycleIn().value_or(-1ms).count())));
        // A change saved at the desk meanwhile does not bring the next cycle forward.
        created(u"p2"_s);
        service.requestSync();
        QVERIFY2(waits(),
                 qPrintable(QString::number(service.nextCycleIn().value_or(-1ms).count())));
    }

    void aDeleteRefusedWithoutAVersionChangeIsSetAsideNotAConflict() {
        const storage::StoredResource held = heldFromServer(u"p1"_s, u"3"_s);
        changed(storage::LocalChange::Operation::Delete, u"p1"_s);
        m_server->enqueue(ok(kMetadata));
        // Others refer to it: HAPI answers 409, and the server's copy is still version 3.
        m_server->enqueue({409, {}, {}, false});
        m_server->enqueue(ok(held.json, R"(W/"3")"));
        const auto r = await(m_engine->push());
        QVERIFY(r.ok());
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(r->refused, 1);
        QCOMPARE(r->refusal->code(), QByteArray("sync/refused"));
        QVERIFY(m_store->conflicts().value().isEmpty());
        QCOMPARE(m_outbox->pendingCount().value(), 1);
    }

    // A correction to a patient deleted on the server since: kept for a person with the
    // deletion on the other side, not set aside and refused again every cycle (a server without
    // history never tells the deletion otherwise).
    void anEditToAResourceDeletedOnTheServerIsAConflict() {
        heldFromServer(u"p1"_s, u"3"_s);
        changed(storage::LocalChange::Operation::Update, u"p1"_s);
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue({412, {}, {}, false}); // version 3 is no longer the current one
        m_server->enqueue({410, {}, {}, false}); // deleted
        const auto r = await(m_engine->push());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().code().constData());
        QCOMPARE(r->conflicts, 1);
        QCOMPARE(r->refused, 0);
        const auto conflicts = m_store->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(conflicts.first().serverDeleted());
        QCOMPARE(stateOf(u"p1"_s), LocalState::Conflict);
        QCOMPARE(sent(), (QList<QByteArray>{"GET /fhir/metadata", "PUT /fhir/Patient/p1",
                                            "GET /fhir/Patient/p1"}));
    }

    // A pull cut after its first page, from a server that dates its answers: the cursor does
    // not move (it moved to the server's read time, skipping the pages never read).
    void aPullCutAfterItsFirstPageKeepsItsCursor() {
        const QString base = m_server->baseUrl();
        ScriptedServer::Reply first =
            ok(page({{u"a"_s, u"2026-11-01T09:00:00.000Z"_s}}, base + u"?page=2"_s));
        first.headers.append({QByteArray("Date"), QByteArray("Sun, 01 Nov 2026 12:00:00 GMT")});
        m_server->enqueue(first);
        m_server->enqueue({500, {}, {}, false});
        QVERIFY(!await(m_engine->pull(QStringLiteral("Patient"))).ok());
        QCOMPARE(m_store->cursor(QStringLiteral("Patient")).value(), QString());
    }

    void aPulledPageOfNoResourcesOfTheTypeIsRefused_data() {
        QTest::addColumn<QByteArray>("entry");
        QTest::newRow("no id") << QByteArray(R"({"resourceType":"Patient"})");
        QTest::newRow("no type") << QByteArray(R"({"id":"p9"})");
        QTest::newRow("another type")
            << QByteArray(R"({"resourceType":"Observation","id":"o1","status":"final"})");
    }
    void aPulledPageOfNoResourcesOfTheTypeIsRefused() {
        QFETCH(QByteArray, entry);
        m_server->enqueue(
            ok(R"({"resourceType":"Bundle","type":"searchset","entry":[{"resource":)" +
               patient(QStringLiteral("p1"), QStringLiteral("Tazi"), u"1"_s) + R"(},{"resource":)" +
               entry + "}]}"));
        const auto r = await(m_engine->pull(QStringLiteral("Patient")));
        // Said as the server's fault, not as a local database error.
        QCOMPARE(r.error().code(), QByteArray("fhir/malformed"));
        QVERIFY(!m_store->get(QStringLiteral("Patient"), QStringLiteral("p1")).value());
        QCOMPARE(m_store->cursor(QStringLiteral("Patient")).value(), QString());
    }

    void thePullCursorMovesPageByPageInUtc() {
        const QString base = m_server->baseUrl();
        // 10:00 at +01:00 is 09:00 UTC.
        m_server->enqueue(ok(page(
            {{u"a"_s, u"2026-11-01T10:00:00.000+01:00"_s}, {u"b"_s, u"2026-11-01T09:30:00.000Z"_s}},
            base + u"?page=2"_s)));
        m_server->enqueue(ok(page({{u"c"_s, u"2026-11-01T10:00:00.000Z"_s}}, base + u"?page=3"_s)));
        m_server->enqueue({500, {}, {}, false}); // the link fails on the third page
        const auto cut = await(m_engine->pull(QStringLiteral("Patient")));
        QCOMPARE(cut.error().code(), QByteArray("fhir/server-error"));
        // Kept: the two pages, and the cursor at the end of the first (the second's last
        // resource may share its millisecond with the next page's first).
        for (const char* id : {"a", "b", "c"})
            QVERIFY(m_store->get(QStringLiteral("Patient"), QString::fromLatin1(id)).value());
        QCOMPARE(m_store->cursor(QStringLiteral("Patient")).value(),
                 QStringLiteral("2026-11-01T09:30:00.000Z"));

        // The next pull goes on from there, asked in UTC (a "+" would reach the server as a
        // space), and ends at the newest resource seen.
        m_server->enqueue(ok(
            page({{u"c"_s, u"2026-11-01T10:00:00.000Z"_s}, {u"d"_s, u"2026-11-01T11:15:00.250Z"_s}},
                 {})));
        const auto resumed = await(m_engine->pull(QStringLiteral("Patient")));
        QVERIFY(resumed.ok());
        QCOMPARE(resumed->pulled, 1);
        QCOMPARE(resumed->unchanged, 1);
        const QByteArray asked = target(3);
        QVERIFY2(asked.contains("_lastUpdated=ge2026-11-01T09:30:00.000Z"), asked.constData());
        QVERIFY2(!asked.contains('+'), asked.constData());
        QCOMPARE(m_store->cursor(QStringLiteral("Patient")).value(),
                 QStringLiteral("2026-11-01T11:15:00.250Z"));
    }

    void aPatientWhoArrivesIsToldApartFromOneMadeHere() {
        m_server->enqueue(ok(page({{u"a"_s, u"2026-11-01T09:00:00.000Z"_s}}, {})));
        const auto first = await(m_engine->pull(QStringLiteral("Patient")));
        QVERIFY(first->arrived.isEmpty()); // a first pull reads everyone: nobody arrives
        // Then: b registered at the facility (its first version), c transferred in (version 4).
        m_server->enqueue(ok(
            page({{u"b"_s, u"2026-11-01T09:10:00.000Z"_s}}, m_server->baseUrl() + u"?page=2"_s)));
        m_server->enqueue(ok(page({{u"c"_s, u"2026-11-01T09:20:00.000Z"_s}}, {}, u"4"_s)));
        const auto second = await(m_engine->pull(QStringLiteral("Patient")));
        QVERIFY(second.ok());
        QCOMPARE(second->pulled, 2);
        QCOMPARE(second->arrived, QStringList{u"c"_s});
    }

    void aResourceChangedDuringThePullHoldsTheCursorBack() {
        const QString base = m_server->baseUrl();
        // b was changed while the pages were read: it comes at its old place with its new time,
        // and c, earlier, after it. Had the cursor moved to b's time, c would never come down
        // after a cut.
        m_server->enqueue(ok(
            page({{u"a"_s, u"2026-11-01T09:00:00.000Z"_s}, {u"b"_s, u"2026-11-01T12:00:00.000Z"_s}},
                 base + u"?page=2"_s)));
        m_server->enqueue(ok(page({{u"c"_s, u"2026-11-01T09:10:00.000Z"_s}}, base + u"?page=3"_s)));
        m_server->enqueue(ok(page({{u"d"_s, u"2026-11-01T09:20:00.000Z"_s}}, base + u"?page=4"_s)));
        m_server->enqueue({500, {}, {}, false});
        QVERIFY(!await(m_engine->pull(QStringLiteral("Patient"))).ok());
        QCOMPARE(m_store->cursor(QStringLiteral("Patient")).value(), QString());
    }

    // The server searched at 10:00; b, changed at 12:00 while the pages were read, comes with its
    // new time, and a bundle stamped 09:59 committed after the search. Moving the cursor to 12:00
    // would step over both for good: it stops two minutes before the search.
    void aPullLeavesItsCursorBeforeTheServersReadTime() {
        QJsonObject searched =
            QJsonDocument::fromJson(page({{u"a"_s, u"2026-11-01T09:00:00.000Z"_s},
                                          {u"b"_s, u"2026-11-01T12:00:00.000Z"_s}},
                                         {}))
                .object();
        searched.insert(u"meta"_s, QJsonObject{{u"lastUpdated"_s, u"2026-11-01T10:00:00.000Z"_s}});
        m_server->enqueue(ok(QJsonDocument(searched).toJson(QJsonDocument::Compact)));
        QVERIFY(await(m_engine->pull(QStringLiteral("Patient"))).ok());
        QCOMPARE(m_store->cursor(QStringLiteral("Patient")).value(),
                 QStringLiteral("2026-11-01T09:58:00.000Z"));

        // The next pull reads from there: what came late arrives, b comes again unchanged.
        ScriptedServer::Reply later = ok(page(
            {{u"late"_s, u"2026-11-01T09:59:00.000Z"_s}, {u"b"_s, u"2026-11-01T12:00:00.000Z"_s}},
            {}));
        // Without a Bundle time, the answer's HTTP Date stands for the search's.
        later.headers.append({QByteArray("Date"), QByteArray("Sun, 01 Nov 2026 12:30:00 GMT")});
        m_server->enqueue(later);
        const auto next = await(m_engine->pull(QStringLiteral("Patient")));
        QVERIFY(next.ok());
        QVERIFY2(target(1).contains("_lastUpdated=ge2026-11-01T09:58:00.000Z"),
                 target(1).constData());
        QCOMPARE(next->pulled, 1);
        QCOMPARE(next->unchanged, 1);
        QVERIFY(m_store->get(u"Patient"_s, u"late"_s).value());
        // Seen up to 12:00, searched at 12:30: the cursor is what was seen.
        QCOMPARE(m_store->cursor(QStringLiteral("Patient")).value(),
                 QStringLiteral("2026-11-01T12:00:00.000Z"));

        // Nothing new: the cursor stays, it does not creep back by two minutes each time.
        ScriptedServer::Reply none = ok(page({{u"b"_s, u"2026-11-01T12:00:00.000Z"_s}}, {}));
        none.headers.append({QByteArray("Date"), QByteArray("Sun, 01 Nov 2026 13:00:00 GMT")});
        m_server->enqueue(none);
        QVERIFY(await(m_engine->pull(QStringLiteral("Patient"))).ok());
        QCOMPARE(m_store->cursor(QStringLiteral("Patient")).value(),
                 QStringLiteral("2026-11-01T12:00:00.000Z"));
    }

    // "Keep the server's version" sends nothing: the server's version is held as pulled, so a
    // further change there comes down as any other, not as a new conflict for the same person.
    void theServersVersionKeptIsNotSentAgain() {
        storage::StoredResource held = sync::ServerResource::toStored(
            QJsonDocument::fromJson(
                patient(u"p1"_s, u"Tazi"_s, u"1"_s, u"2026-11-01T08:00:00.000Z"_s))
                .object());
        QVERIFY(m_store->applyFromServer({held}).ok());
        changed(storage::LocalChange::Operation::Update, u"p1"_s, u"Tazi-Bennani"_s);
        m_server->enqueue(ok(kMetadata));
        m_server->enqueue({412, {}, {}, false});
        m_server->enqueue(ok(
            patient(u"p1"_s, u"Tazi-Alaoui"_s, u"2"_s, u"2026-11-01T09:00:00.000Z"_s), R"(W/"2")"));
        QCOMPARE(await(m_engine->push())->conflicts, 1);

        storage::AuditTrail audit(*m_db, QByteArray(32, 'k'), m_dir.filePath(u"head"_s));
        sync::ConflictResolver resolver(*m_store, audit);
        access::SessionInfo doctor;
        doctor.user.id = u"u-1"_s;
        doctor.user.roles = {access::Role::Physician};
        const auto waiting = resolver.conflicts().value();
        QCOMPARE(waiting.size(), 1);
        QVERIFY(resolver.resolve(waiting[0], sync::ConflictResolver::Choice::KeepServer, {}, doctor)
                    .ok());
        const auto kept = m_store->get(u"Patient"_s, u"p1"_s).value();
        QCOMPARE(kept->state, LocalState::Synced);
        QCOMPARE(kept->versionId, u"2"_s);
        QVERIFY(kept->json.contains("Tazi-Alaoui"));
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QCOMPARE(audit.entries(0, 1).value().first().detail, u"kept-server"_s);

        // Nothing goes to the server for it.
        const qsizetype asked = m_server->requests().size();
        const auto pushed = await(m_engine->push());
        QVERIFY(pushed.ok());
        QCOMPARE(pushed->pushed, 0);
        QCOMPARE(m_server->requests().size(), asked);
        // Changed again on the server: pulled, no conflict.
        m_server->enqueue(ok(page({{u"p1"_s, u"2026-11-01T10:00:00.000Z"_s}}, {}, u"3"_s)));
        const auto pulled = await(m_engine->pull(u"Patient"_s));
        QCOMPARE(pulled->pulled, 1);
        QCOMPARE(pulled->conflicts, 0);
        QVERIFY(m_store->conflicts().value().isEmpty());
        QCOMPARE(m_store->get(u"Patient"_s, u"p1"_s).value()->versionId, u"3"_s);
    }
};

QTEST_GUILESS_MAIN(SyncEngineAnswersTest)
#include "tst_SyncEngineAnswers.moc"
