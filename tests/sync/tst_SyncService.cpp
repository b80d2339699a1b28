// Automatic sync against the real central server (HAPI) through a relay that can cut the link:
// work done while the server is unreachable leaves on its own when the link returns, the status
// bar's model follows, and the audit trail reaches the server as AuditEvents, once.
#include "HapiPeer.h"
#include "RelayPeer.h"

#include <sijil/core/ConnectionStatus.h>
#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SyncJournal.h>
#include <sijil/sync/SyncService.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace sijil;
using namespace std::chrono_literals;
using State = core::ConnectionStatus::State;

namespace {

QString newId() {
    return QStringLiteral("svc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray patient(const QString& id) {
    return QJsonDocument(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("name"),
                                      QJsonArray{QJsonObject{{QStringLiteral("family"),
                                                              QStringLiteral("Ouazzani")}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class SyncServiceTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    sijil::test::Relay m_relay;
    QUrl m_hapi;
    std::unique_ptr<fhir::FhirClient> m_client; // through the relay
    std::unique_ptr<fhir::FhirClient> m_direct; // straight to HAPI, to check what arrived

private slots:
    void initTestCase() {
        m_hapi = QUrl(sijil::test::hapiUrl());
        QVERIFY2(m_hapi.isValid() && !m_hapi.isEmpty(), "no HAPI_URL: is the hapi fixture up?");
        QVERIFY2(m_relay.start(m_hapi), "the relay did not start");
        fhir::FhirClient::Config c;
        c.baseUrl = m_hapi;
        c.baseUrl.setPort(m_relay.port());
        c.timeout = 20s;
        c.retry = fhir::RetryPolicy({1, 10ms, 10ms});
        m_client = std::make_unique<fhir::FhirClient>(c);
        c.baseUrl = m_hapi;
        m_direct = std::make_unique<fhir::FhirClient>(c);
    }

    void offlineWorkLeavesOnItsOwnWhenTheLinkReturns() {
        auto db =
            std::move(storage::Database::open(m_dir.filePath(QStringLiteral("a.db")))).value();
        storage::ResourceStore store(*db);
        storage::Outbox outbox(*db);
        core::ConnectionStatus status;
        sync::SyncService::Options options;
        options.firstRetry = 300ms;
        options.maxRetry = 600ms;
        options.debounce = 50ms;
        sync::SyncService service(store, outbox, nullptr, *m_client, status, options);
        QSignalSpy cycles(&service, &sync::SyncService::cycleFinished);

        QCOMPARE(m_relay.command("down"), QByteArray("ok"));
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            ids << newId();
            QVERIFY(store
                        .writeLocal({{storage::LocalChange::Operation::Create,
                                      QStringLiteral("Patient"), ids.last(), ids.last(),
                                      patient(ids.last()), QStringLiteral("clerk-1")}})
                        .ok());
        }
        service.start();
        QVERIFY(cycles.wait(30'000));
        QCOMPARE(cycles.last().first().toBool(), false);
        QCOMPARE(status.state(), State::Offline);
        QCOMPARE(status.pendingCount(), 3);
        QCOMPARE(service.lastError()->code(), QByteArray("fhir/network"));

        // The link comes back: nobody presses anything.
        QCOMPARE(m_relay.command("up"), QByteArray("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), State::Online, 30'000);
        QCOMPARE(status.pendingCount(), 0);
        QVERIFY(status.lastSuccessUtc().isValid());
        QCOMPARE(service.lastReport().pushed, 3);
        for (const QString& id : ids)
            QVERIFY(sijil::test::awaitResult(m_direct->read(QStringLiteral("Patient"), id)).ok());

        // A change saved while online leaves shortly after, without waiting for the period.
        const QString late = newId();
        QVERIFY(
            store
                .writeLocal({{storage::LocalChange::Operation::Create, QStringLiteral("Patient"),
                              late, late, patient(late), QStringLiteral("clerk-1")}})
                .ok());
        service.requestSync();
        QCOMPARE(status.pendingCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(status.pendingCount(), 0, 30'000);
        QVERIFY(sijil::test::awaitResult(m_direct->read(QStringLiteral("Patient"), late)).ok());
    }

    void theFacilitysPatientsAndTheirRecordsComeDownAndTheCycleIsLogged() {
        const QString facility = newId();
        auto put = [this](const QString& type, const QString& id, const QJsonObject& body) {
            QJsonObject r = body;
            r.insert(QStringLiteral("resourceType"), type);
            r.insert(QStringLiteral("id"), id);
            return sijil::test::awaitResult(
                       m_direct->update(type, id, QJsonDocument(r).toJson(QJsonDocument::Compact)))
                .ok();
        };
        const auto ref = [](const QString& r) {
            return QJsonObject{{QStringLiteral("reference"), r}};
        };
        QVERIFY(put(QStringLiteral("Organization"), facility,
                    {{QStringLiteral("name"), QStringLiteral("CS Tinghir")}}));
        const QString ours = newId();
        const QString other = newId();
        QVERIFY(put(QStringLiteral("Patient"), ours,
                    {{QStringLiteral("managingOrganization"),
                      ref(QStringLiteral("Organization/") + facility)}}));
        QVERIFY(put(QStringLiteral("Patient"), other, {}));
        // The other patient's observation first: older than the cursor the first cycle leaves.
        QVERIFY(put(QStringLiteral("Observation"), newId(),
                    {{QStringLiteral("status"), QStringLiteral("final")},
                     {QStringLiteral("code"),
                      QJsonObject{{QStringLiteral("text"), QStringLiteral("Poids")}}},
                     {QStringLiteral("subject"), ref(QStringLiteral("Patient/") + other)}}));
        const QString obs = newId();
        QVERIFY(put(QStringLiteral("Observation"), obs,
                    {{QStringLiteral("status"), QStringLiteral("final")},
                     {QStringLiteral("code"),
                      QJsonObject{{QStringLiteral("text"), QStringLiteral("Poids")}}},
                     {QStringLiteral("subject"), ref(QStringLiteral("Patient/") + ours)}}));

        auto db =
            std::move(storage::Database::open(m_dir.filePath(QStringLiteral("f.db")))).value();
        storage::ResourceStore store(*db);
        storage::Outbox outbox(*db);
        storage::SyncJournal journal(*db);
        core::ConnectionStatus status;
        sync::SyncService::Options options;
        options.pulls = sync::SyncService::facilityPulls(facility);
        sync::SyncService service(store, outbox, nullptr, *m_client, status, options);
        service.setJournal(&journal);
        QSignalSpy cycles(&service, &sync::SyncService::cycleFinished);
        service.start();
        QVERIFY(cycles.wait(60'000));
        QVERIFY2(cycles.last().first().toBool(),
                 qPrintable(service.lastError() ? service.lastError()->detail() : QString()));
        QVERIFY(store.get(QStringLiteral("Patient"), ours).value().has_value());
        QVERIFY(!store.get(QStringLiteral("Patient"), other).value().has_value());
        const auto record = store.forPatient(ours).value();
        QCOMPARE(record.size(), 2); // the patient and the observation
        QVERIFY(store.forPatient(other).value().isEmpty());

        const auto runs = journal.recent(10).value();
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs[0].succeeded);
        QCOMPARE(runs[0].pulled, 2);
        QVERIFY(runs[0].finishedAtUtc >= runs[0].startedAtUtc);

        // A failed cycle is logged with its reason.
        QCOMPARE(m_relay.command("down"), QByteArray("ok"));
        service.requestSync();
        QVERIFY(cycles.wait(60'000));
        QCOMPARE(m_relay.command("up"), QByteArray("ok"));
        const auto after = journal.recent(10).value();
        QCOMPARE(after.size(), 2);
        QVERIFY(!after[0].succeeded);
        QCOMPARE(after[0].errorCode, QStringLiteral("fhir/network"));

        // The other patient is transferred here: their observation, older than the cursors,
        // comes down with them.
        QVERIFY(put(QStringLiteral("Patient"), other,
                    {{QStringLiteral("managingOrganization"),
                      ref(QStringLiteral("Organization/") + facility)}}));
        service.requestSync();
        QVERIFY(cycles.wait(60'000));
        QVERIFY2(cycles.last().first().toBool(),
                 qPrintable(service.lastError() ? service.lastError()->detail() : QString()));
        QCOMPARE(store.forPatient(other).value().size(), 2);
        QCOMPARE(service.lastReport().pulled, 2);
    }

    void conflictsAreCountedForTheStatusBar() {
        auto db =
            std::move(storage::Database::open(m_dir.filePath(QStringLiteral("c.db")))).value();
        storage::ResourceStore store(*db);
        storage::Outbox outbox(*db);
        core::ConnectionStatus status;
        sync::SyncService service(store, outbox, nullptr, *m_client, status, {});
        const QString id = newId();
        QVERIFY(
            store
                .writeLocal({{storage::LocalChange::Operation::Create, QStringLiteral("Patient"),
                              id, id, patient(id), QStringLiteral("clerk-1")}})
                .ok());
        QVERIFY(outbox.recordConflict(outbox.next(1)->first().seq, patient(id), QStringLiteral("7"))
                    .ok());
        service.refreshCounts();
        QCOMPARE(status.conflictCount(), 1);
        QCOMPARE(status.pendingCount(), 1);
    }

    void theAuditTrailReachesTheServerOnceAsAuditEvents() {
        auto db =
            std::move(storage::Database::open(m_dir.filePath(QStringLiteral("b.db")))).value();
        storage::ResourceStore store(*db);
        storage::Outbox outbox(*db);
        storage::AuditTrail trail(*db, QByteArray(32, 'k'), m_dir.filePath(QStringLiteral("head")));
        storage::AuditEntry login;
        login.recordedAtUtc = QDateTime::currentDateTimeUtc();
        login.actorId = QStringLiteral("u-17");
        login.actorName = QStringLiteral("Nadia Amrani");
        login.facilityId = QStringLiteral("CS-ERRACHIDIA-01");
        login.workstation = QStringLiteral("desk-") + QUuid::createUuid().toString(QUuid::Id128);
        login.action = QStringLiteral("E");
        login.subtype = QStringLiteral("login");
        QVERIFY(trail.append(login).ok());
        storage::AuditEntry read = login;
        read.action = QStringLiteral("R");
        read.subtype = QStringLiteral("read");
        read.patientId = QStringLiteral("p-42");
        read.entityType = QStringLiteral("Observation");
        read.entityId = QStringLiteral("o-9");
        QVERIFY(trail.append(read).ok());

        core::ConnectionStatus status;
        sync::SyncService::Options options;
        options.debounce = 10ms;
        sync::SyncService service(store, outbox, &trail, *m_client, status, options);
        QSignalSpy cycles(&service, &sync::SyncService::cycleFinished);
        service.start();
        QVERIFY(cycles.wait(60'000));
        QVERIFY2(cycles.last().first().toBool(),
                 qPrintable(service.lastError() ? service.lastError()->detail() : QString()));
        QCOMPARE(trail.unsent(10)->size(), 0);

        const auto events = sijil::test::awaitResult(
            m_direct->search(QStringLiteral("AuditEvent"),
                             QUrlQuery(QStringLiteral("site=CS-ERRACHIDIA-01&_count=100"))));
        QVERIFY(events.ok());
        int mine = 0;
        QJsonObject readEvent;
        for (const QJsonObject& e : *events) {
            const QString observer = e.value(QStringLiteral("source"))
                                         .toObject()
                                         .value(QStringLiteral("observer"))
                                         .toObject()
                                         .value(QStringLiteral("display"))
                                         .toString();
            if (observer != login.workstation)
                continue;
            ++mine;
            if (e.value(QStringLiteral("action")).toString() == u"R")
                readEvent = e;
        }
        QCOMPARE(mine, 2);
        QCOMPARE(readEvent.value(QStringLiteral("subtype"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("read"));
        QCOMPARE(readEvent.value(QStringLiteral("entity")).toArray().size(), 2);

        // Marked as sent: a later cycle sends nothing again.
        service.requestSync();
        QVERIFY(cycles.wait(60'000));
        QCOMPARE(sijil::test::awaitResult(
                     m_direct->search(QStringLiteral("AuditEvent"),
                                      QUrlQuery(QStringLiteral("site=CS-ERRACHIDIA-01"))))
                     ->size(),
                 events->size());
    }
};

QTEST_GUILESS_MAIN(SyncServiceTest)
#include "tst_SyncService.moc"
