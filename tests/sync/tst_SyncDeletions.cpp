// Deletions on the central server reach the workstation through the server's history of each
// type (searches never show them), scripted as HAPI answers: a copy held here is removed, a
// deletion of a resource not held here changes nothing, a copy changed here is kept as a conflict
// for a person, a resource made again after its deletion stays, and a server that offers no
// history of a type is not asked.
#include "HistoryAnswers.h"
#include "ScriptedSync.h"

#include <sijil/core/ConnectionStatus.h>
#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncEngine.h>
#include <sijil/sync/SyncService.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using namespace Qt::StringLiterals;
using namespace scripted;
using storage::LocalState;

class SyncDeletionsTest : public HistoryTest {
    Q_OBJECT

    int m_databases = 0;

    // A read of one entry, from a day ago by this clock: only the server's present is wanted.
    static bool readsThePresent(const QByteArray& target) {
        const QUrlQuery q(QUrl(QString::fromUtf8(target)).query());
        const QDateTime since =
            QDateTime::fromString(q.queryItemValue(u"_since"_s), Qt::ISODateWithMs);
        const qint64 age = since.secsTo(QDateTime::currentDateTimeUtc());
        return target.startsWith("/fhir/Patient/_history?") &&
               q.queryItemValue(u"_count"_s) == u"1" && since.timeSpec() == Qt::UTC &&
               age > 23 * 3600 && age < 25 * 3600;
    }
private slots:
    void init() {
        m_server = std::make_unique<ScriptedServer>();
        startWorkstation(QStringLiteral("d%1.db").arg(++m_databases));
    }
    void cleanup() {
        stopWorkstation();
        m_server.reset();
    }

    void aDeletionOnTheServerRemovesTheCopyHeldHere() {
        held(u"p1"_s, u"1"_s);
        held(u"p2"_s, u"1"_s);
        m_server->enqueue(ok(kHistoryMetadata));
        m_server->enqueue(ok(history({deleted(u"p1"_s, u"2"_s)}, m_server->baseUrl() + u"/p2"_s)));
        m_server->enqueue(ok(history({written(u"p2"_s, u"1"_s, u"2026-11-02T09:30:00.000Z"_s),
                                      written(u"p1"_s, u"1"_s, u"2026-11-02T09:30:00.000Z"_s)})));
        const auto r = await(m_engine->pullDeletions(u"Patient"_s));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail()));
        QCOMPARE(r->removed, 1);
        QCOMPARE(r->conflicts, 0);
        QVERIFY(!local(u"p1"_s));
        QVERIFY(local(u"p2"_s));
        // The first read starts at the oldest copy held here (both pulled at 09:30), in a window
        // of an hour of the server's time, past its present; the next pages by the server's own
        // links.
        QCOMPARE(asked(1), QByteArray("/fhir/Patient/_history?_at=ge2026-11-02T09:30:00.000Z&"
                                      "_at=lt2026-11-02T10:30:00.000Z&_count=100"));
        QCOMPARE(asked(2), QByteArray("/fhir/p2"));
        // The history's cursor, in UTC with "Z", is when the server read it, less two minutes
        // for changes stamped before and committed after; the search cursor is not touched.
        QCOMPARE(m_store->cursor(u"Patient/_history"_s).value(), u"2026-11-02T09:58:00.000Z"_s);
        QCOMPARE(m_store->cursor(u"Patient"_s).value(), QString());

        // The next read goes on from there (the CapabilityStatement is not read again).
        m_server->enqueue(ok(history({}, {}, u"2026-11-02T11:00:00.000Z"_s)));
        QVERIFY(await(m_engine->pullDeletions(u"Patient"_s)).ok());
        QCOMPARE(m_server->requests().size(), 4);
        QCOMPARE(asked(3), QByteArray("/fhir/Patient/_history?_at=ge2026-11-02T09:58:00.000Z&"
                                      "_at=lt2026-11-02T10:58:00.000Z&_count=100"));
        QCOMPARE(m_store->cursor(u"Patient/_history"_s).value(), u"2026-11-02T10:58:00.000Z"_s);
    }

    void theFirstReadStartsAtTheOldestCopyFromTheServer() {
        held(u"p1"_s, u"4"_s, QDateTime(QDate(2026, 10, 5), QTime(8, 30), Qt::UTC));
        held(u"p2"_s, u"1"_s, QDateTime(QDate(2016, 3, 14), QTime(11, 0, 0, 250), Qt::UTC));
        held(u"p3"_s, u"2"_s, QDateTime(QDate(2021, 1, 2), QTime(7, 0), Qt::UTC));
        // Registered here and never sent: the server has nothing of it to delete.
        QVERIFY(m_store
                    ->writeLocal({{storage::LocalChange::Operation::Create, u"Patient"_s, u"n1"_s,
                                   u"n1"_s, patient(u"n1"_s, u"Idrissi"_s), u"clerk-1"_s}})
                    .ok());
        // Another type's older copy says nothing of Patients.
        storage::StoredResource encounter;
        encounter.type = u"Encounter"_s;
        encounter.id = u"e1"_s;
        encounter.versionId = u"1"_s;
        encounter.lastUpdatedUtc = QDateTime(QDate(2010, 1, 1), QTime(0, 0), Qt::UTC);
        encounter.json = R"({"resourceType":"Encounter","id":"e1","status":"finished"})";
        QVERIFY(m_store->applyFromServer({encounter}).ok());
        m_server->enqueue(ok(kHistoryMetadata));
        // Ten years of history to the server's present: empty windows double, from an hour on.
        for (int i = 0; i < 30; ++i)
            m_server->enqueue(ok(history({})));
        QVERIFY(await(m_engine->pullDeletions(u"Patient"_s)).ok());
        QCOMPARE(asked(1), QByteArray("/fhir/Patient/_history?_at=ge2016-03-14T11:00:00.250Z&"
                                      "_at=lt2016-03-14T12:00:00.250Z&_count=100"));
        QCOMPARE(asked(2), QByteArray("/fhir/Patient/_history?_at=ge2016-03-14T12:00:00.250Z&"
                                      "_at=lt2016-03-14T14:00:00.250Z&_count=100"));
        // 2^17 - 1 hours reach past 2026-11-02T10:00, 2^16 - 1 do not.
        QCOMPARE(m_server->requests().size(), 1 + 17);
        const QDateTime start(QDate(2016, 3, 14), QTime(11, 0, 0, 250), Qt::UTC);
        QCOMPARE(
            asked(17),
            QByteArray("/fhir/Patient/_history?_at=ge" +
                       start.addSecs(qint64(65535) * 3600).toString(Qt::ISODateWithMs).toUtf8() +
                       "&_at=lt" +
                       start.addSecs(qint64(131071) * 3600).toString(Qt::ISODateWithMs).toUtf8() +
                       "&_count=100"));
        QCOMPARE(m_store->cursor(u"Patient/_history"_s).value(), u"2026-11-02T09:58:00.000Z"_s);
    }

    void withNothingHeldOneEntryStartsTheCursorAtTheServersPresent() {
        // A registration not sent yet is not held from the server.
        QVERIFY(m_store
                    ->writeLocal({{storage::LocalChange::Operation::Create, u"Patient"_s, u"n1"_s,
                                   u"n1"_s, patient(u"n1"_s, u"Idrissi"_s), u"clerk-1"_s}})
                    .ok());
        m_server->enqueue(ok(kHistoryMetadata));
        // The server has years of history: its next link is not followed.
        m_server->enqueue(ok(history({deleted(u"old"_s, u"7"_s)}, m_server->baseUrl() + u"/p2"_s,
                                     u"2026-11-02T10:00:00.000+00:00"_s)));
        const auto r = await(m_engine->pullDeletions(u"Patient"_s));
        QVERIFY(r.ok());
        QCOMPARE(r->removed, 0);
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY2(readsThePresent(asked(1)), asked(1).constData());
        QCOMPARE(m_store->cursor(u"Patient/_history"_s).value(), u"2026-11-02T09:58:00.000Z"_s);
        QVERIFY(local(u"n1"_s));

        // Without the read's time, the newest entry's.
        startWorkstation(QStringLiteral("d%1.db").arg(++m_databases));
        m_server->enqueue(ok(kHistoryMetadata));
        QJsonObject asOfMissing =
            QJsonDocument::fromJson(
                bundle(u"history"_s, {written(u"x"_s, u"3"_s, u"2026-11-02T09:59:00.000Z"_s)}, {}))
                .object();
        m_server->enqueue(ok(QJsonDocument(asOfMissing).toJson()));
        QVERIFY(await(m_engine->pullDeletions(u"Patient"_s)).ok());
        QCOMPARE(m_store->cursor(u"Patient/_history"_s).value(), u"2026-11-02T09:59:00.000Z"_s);
    }

    void withNoTimeInTheAnswerTheCursorStartsAtItsHttpDate() {
        // Nothing changed in the last day, and a server that dates neither its Bundle nor (having
        // no entry) a version: the answer's Date stands for its read, less two minutes.
        m_server->enqueue(ok(kHistoryMetadata));
        ScriptedServer::Reply dated = ok(bundle(u"history"_s, {}, {}));
        dated.headers.append({QByteArray("Date"), QByteArray("Mon, 02 Nov 2026 10:00:30 GMT")});
        m_server->enqueue(dated);
        QVERIFY(await(m_engine->pullDeletions(u"Patient"_s)).ok());
        QCOMPARE(m_store->cursor(u"Patient/_history"_s).value(), u"2026-11-02T09:58:30.000Z"_s);

        // Without a Date either, nothing tells the server's present: the cursor stays unset and
        // the next cycle asks again.
        startWorkstation(QStringLiteral("d%1.db").arg(++m_databases));
        m_server->enqueue(ok(kHistoryMetadata));
        m_server->enqueue(ok(bundle(u"history"_s, {}, {})));
        QVERIFY(await(m_engine->pullDeletions(u"Patient"_s)).ok());
        QCOMPARE(m_store->cursor(u"Patient/_history"_s).value(), QString());
    }

    void aNewWorkstationStartsItsHistoryBeforeItsFirstPull() {
        core::ConnectionStatus status;
        sync::SyncService::Options options;
        options.pulls = sync::SyncService::facilityPulls(u"F1"_s).mid(0, 1);
        QCOMPARE(options.pulls.first().type, u"Patient"_s);
        options.period = std::chrono::hours(1);
        sync::SyncService service(*m_store, *m_outbox, nullptr, *m_client, status, options);
        const auto cycle = [&service] {
            QSignalSpy cycles(&service, &sync::SyncService::cycleFinished);
            service.start();
            return cycles.wait(10'000) && cycles.first().first().toBool();
        };
        m_server->enqueue(ok(kHistoryMetadata));
        m_server->enqueue(ok(history({}, {}, u"2026-11-02T10:00:00.000Z"_s)));
        // The facility's patients, one last changed ten years ago.
        m_server->enqueue(ok(page({{u"p1"_s, u"2016-05-01T08:00:00.000Z"_s}}, {})));
        QVERIFY(cycle());
        QVERIFY(local(u"p1"_s));
        QCOMPARE(m_server->requests().size(), 3);
        QVERIFY2(readsThePresent(asked(1)), asked(1).constData());
        QVERIFY2(asked(2).startsWith("/fhir/Patient?"), asked(2).constData());

        // The next cycle reads the history from the present of the first, not from 2016.
        m_server->enqueue(ok(history({}, {}, u"2026-11-02T11:00:00.000Z"_s)));
        m_server->enqueue(ok(page({}, {})));
        QVERIFY(cycle());
        QCOMPARE(asked(3), QByteArray("/fhir/Patient/_history?_at=ge2026-11-02T09:58:00.000Z&"
                                      "_at=lt2026-11-02T10:58:00.000Z&_count=100"));
    }

    // A history the server refuses does not hold back the records: they still come down, the
    // deletions wait (the cursor stays), and the cycle says it did not do everything.
    void aRefusedHistoryHoldsBackNoRecords() {
        core::ConnectionStatus status;
        sync::SyncService::Options options;
        options.pulls = sync::SyncService::facilityPulls(u"F1"_s).mid(0, 1);
        options.period = std::chrono::hours(1);
        sync::SyncService service(*m_store, *m_outbox, nullptr, *m_client, status, options);
        QSignalSpy cycles(&service, &sync::SyncService::cycleFinished);
        m_server->enqueue(ok(kHistoryMetadata));
        m_server->enqueue({400, {}, {}, false});
        m_server->enqueue(ok(page({{u"p1"_s, u"2026-11-01T08:00:00.000Z"_s}}, {})));
        service.start();
        QVERIFY(cycles.wait(10'000));
        QCOMPARE(cycles.first().first().toBool(), false);
        QVERIFY(local(u"p1"_s));
        QCOMPARE(m_store->cursor(u"Patient/_history"_s).value(), QString());
        QCOMPARE(status.state(), core::ConnectionStatus::State::Online);
        QVERIFY(status.problem());
    }

    void aReadCutShortKeepsTheCursorAndIsReadAgain() {
        held(u"p1"_s, u"1"_s);
        m_server->enqueue(ok(kHistoryMetadata));
        m_server->enqueue(ok(history({deleted(u"p1"_s, u"2"_s)}, m_server->baseUrl() + u"/p2"_s)));
        m_server->enqueue({500, {}, {}, false});
        QCOMPARE(await(m_engine->pullDeletions(u"Patient"_s)).error().code(),
                 QByteArray("fhir/server-error"));
        QVERIFY(!local(u"p1"_s)); // the page read was applied
        QCOMPARE(m_store->cursor(u"Patient/_history"_s).value(), QString());
    }

    void aDeletionOfAResourceNotHeldHereChangesNothing() {
        held(u"p1"_s, u"1"_s);
        m_server->enqueue(ok(kHistoryMetadata));
        // Another facility's patient: _history takes no search parameters to leave it out.
        m_server->enqueue(ok(history({deleted(u"other"_s, u"5"_s)})));
        const auto r = await(m_engine->pullDeletions(u"Patient"_s));
        QVERIFY(r.ok());
        QCOMPARE(r->removed, 0);
        QCOMPARE(r->conflicts, 0);
        QVERIFY(local(u"p1"_s));
        QVERIFY(!local(u"other"_s));
        QVERIFY(m_store->conflicts().value().isEmpty());
    }

    void aResourceMadeAgainAfterItsDeletionStays() {
        held(u"p1"_s, u"3"_s); // version 3 made it again after version 2 deleted it
        m_server->enqueue(ok(kHistoryMetadata));
        m_server->enqueue(ok(history(
            {written(u"p1"_s, u"3"_s, u"2026-11-02T09:45:00.000Z"_s), deleted(u"p1"_s, u"2"_s)})));
        QCOMPARE(await(m_engine->pullDeletions(u"Patient"_s))->removed, 0);
        QCOMPARE(local(u"p1"_s)->versionId, u"3"_s);
        // Also when the history read starts after the new version: the versions tell.
        m_server->enqueue(ok(history({deleted(u"p1"_s, u"2"_s)})));
        QCOMPARE(await(m_engine->pullDeletions(u"Patient"_s))->removed, 0);
        QVERIFY(local(u"p1"_s));
    }

    void aDeletionOverALocalChangeIsKeptAsAConflict_data() {
        QTest::addColumn<bool>("acceptDeletion");
        QTest::newRow("the deletion accepted") << true;
        QTest::newRow("the local version kept") << false;
    }
    void aDeletionOverALocalChangeIsKeptAsAConflict() {
        QFETCH(bool, acceptDeletion);
        held(u"p1"_s, u"1"_s);
        QVERIFY(m_store
                    ->writeLocal({{storage::LocalChange::Operation::Update, u"Patient"_s, u"p1"_s,
                                   u"p1"_s, patient(u"p1"_s, u"Tazi-Alaoui"_s), u"clerk-1"_s}})
                    .ok());
        m_server->enqueue(ok(kHistoryMetadata));
        m_server->enqueue(ok(history({deleted(u"p1"_s, u"2"_s)})));
        const auto r = await(m_engine->pullDeletions(u"Patient"_s));
        QVERIFY(r.ok());
        QCOMPARE(r->removed, 0);
        QCOMPARE(r->conflicts, 1);
        // The edit is not dropped: both sides wait for a person, and the change is held back.
        QCOMPARE(local(u"p1"_s)->state, LocalState::Conflict);
        const auto conflicts = m_store->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(conflicts.first().serverDeleted());
        QCOMPARE(conflicts.first().serverVersionId, u"2"_s);
        QVERIFY(conflicts.first().localJson.contains("Tazi-Alaoui"));
        QVERIFY(m_outbox->next(10).value().isEmpty());

        // The same deletion read again (the cursor stays behind the server's read): the conflict
        // is the one already kept, not a new one.
        m_server->enqueue(ok(history({deleted(u"p1"_s, u"2"_s)})));
        const auto again = await(m_engine->pullDeletions(u"Patient"_s));
        QVERIFY(again.ok());
        QCOMPARE(again->conflicts, 0);
        QCOMPARE(m_store->conflicts().value().size(), 1);
        QCOMPARE(m_store->conflicts().value().first().detectedAtUtc,
                 conflicts.first().detectedAtUtc);

        if (acceptDeletion) {
            QVERIFY(m_store->resolveConflict(conflicts.first(), {}, u"doctor-1"_s).ok());
            QVERIFY(!local(u"p1"_s));
            QCOMPARE(m_outbox->pendingCount().value(), 0);
        } else {
            QVERIFY(
                m_store
                    ->resolveConflict(conflicts.first(), conflicts.first().localJson, u"doctor-1"_s)
                    .ok());
            // Made again on the server: a create, with no version to match.
            const auto queued = m_outbox->next(10).value();
            QCOMPARE(queued.size(), 1);
            QCOMPARE(queued.first().operation, storage::LocalChange::Operation::Create);
            QVERIFY(queued.first().json.contains("Tazi-Alaoui"));
            QCOMPARE(local(u"p1"_s)->state, LocalState::Created);
        }
        QVERIFY(m_store->conflicts().value().isEmpty());
    }

    void aGoneEntryWithoutARequestIsADeletion() {
        held(u"p1"_s, u"1"_s);
        m_server->enqueue(ok(kHistoryMetadata));
        // Another server's way: no request element, the full URL and a 410.
        m_server->enqueue(ok(
            history({QJsonObject{{u"fullUrl"_s, m_server->baseUrl() + u"/Patient/p1/_history/2"_s},
                                 {u"response"_s, QJsonObject{{u"status"_s, u"410 Gone"_s}}}}})));
        QCOMPARE(await(m_engine->pullDeletions(u"Patient"_s))->removed, 1);
        QVERIFY(!local(u"p1"_s));
    }

    void aHistoryPageNamingNoResourceOfTheTypeIsRefused_data() {
        QTest::addColumn<QByteArray>("entry");
        QTest::newRow("no resource named")
            << QByteArray(R"({"request":{"method":"DELETE"},"response":{"status":"200 OK"}})");
        QTest::newRow("another type")
            << QByteArray(R"({"request":{"method":"DELETE","url":"Observation/o1/_history/2"}})");
    }
    void aHistoryPageNamingNoResourceOfTheTypeIsRefused() {
        QFETCH(QByteArray, entry);
        held(u"p1"_s, u"1"_s);
        m_server->enqueue(ok(kHistoryMetadata));
        m_server->enqueue(
            ok(history({deleted(u"p1"_s, u"2"_s), QJsonDocument::fromJson(entry).object()})));
        QCOMPARE(await(m_engine->pullDeletions(u"Patient"_s)).error().code(),
                 QByteArray("fhir/malformed"));
        QVERIFY(local(u"p1"_s)); // nothing of the page applied
        QCOMPARE(m_store->cursor(u"Patient/_history"_s).value(), QString());
    }

    void withoutHistoryOfTheTypeNothingIsRead() {
        held(u"p1"_s, u"1"_s);
        m_server->enqueue(ok(kMetadata)); // no history-type for Patient
        for (int i = 0; i < 2; ++i) {
            const auto r = await(m_engine->pullDeletions(u"Patient"_s));
            QVERIFY(r.ok());
            QCOMPARE(r->removed, 0);
        }
        QCOMPARE(m_server->requests().size(), 1); // the CapabilityStatement, once
        QCOMPARE(asked(0), QByteArray("/fhir/metadata"));
        QVERIFY(local(u"p1"_s));
        QCOMPARE(m_store->cursor(u"Patient/_history"_s).value(), QString());
    }
};

QTEST_GUILESS_MAIN(SyncDeletionsTest)
#include "tst_SyncDeletions.moc"
