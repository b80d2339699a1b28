// The link and the server failing under a push, against the real central server (HAPI) through a
// relay the test controls: the link cut while a transaction goes up, cut after the server
// committed but before its answer came back, the server answering 503 with Retry-After, and an
// answer cut short; a registration sent again after another site edited it. Each time: a clear
// error or a retry, then nothing lost, nothing twice, nothing overwritten.
#include "HapiPeer.h"
#include "RelayPeer.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncEngine.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace sijil;
using namespace std::chrono_literals;

class SyncFaultsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    sijil::test::Relay m_relay;
    QUrl m_hapi;
    std::unique_ptr<fhir::FhirClient> m_direct;

    struct Desk {
        std::unique_ptr<storage::Database> db;
        std::unique_ptr<storage::ResourceStore> store;
        std::unique_ptr<storage::Outbox> outbox;
        std::unique_ptr<fhir::FhirClient> client;
        std::unique_ptr<sync::SyncEngine> engine;
    };

    // A workstation talking through the relay, with `count` registrations waiting.
    std::unique_ptr<Desk> deskWith(const QString& family, int count, int attempts = 1,
                                   std::chrono::milliseconds maxDelay = 50ms) {
        auto d = std::make_unique<Desk>();
        d->db = std::move(storage::Database::open(
                              m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128))))
                    .value();
        d->store = std::make_unique<storage::ResourceStore>(*d->db);
        d->outbox = std::make_unique<storage::Outbox>(*d->db);
        fhir::FhirClient::Config c;
        c.baseUrl = m_relay.via(m_hapi);
        c.timeout = 20s;
        c.retry = fhir::RetryPolicy({attempts, 10ms, maxDelay});
        d->client = std::make_unique<fhir::FhirClient>(c);
        d->engine = std::make_unique<sync::SyncEngine>(*d->store, *d->outbox, *d->client);
        // An empty push: the engine reads the CapabilityStatement now, over a sound link.
        if (!sijil::test::awaitResult(d->engine->push()).ok())
            qFatal("the first push failed");
        QList<storage::LocalChange> changes;
        for (int i = 0; i < count; ++i) {
            const QString id =
                QStringLiteral("flt-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QJsonObject p{
                {QStringLiteral("resourceType"), QStringLiteral("Patient")},
                {QStringLiteral("id"), id},
                {QStringLiteral("name"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("family"), family},
                     {QStringLiteral("given"), QJsonArray{QStringLiteral("N%1").arg(i)}}}}}};
            changes.append({storage::LocalChange::Operation::Create, QStringLiteral("Patient"), id,
                            id, QJsonDocument(p).toJson(QJsonDocument::Compact),
                            QStringLiteral("clerk-1")});
        }
        if (!d->store->writeLocal(changes).ok())
            qFatal("could not write the registrations");
        return d;
    }

    int onServer(const QString& family) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("family"), family);
        q.addQueryItem(QStringLiteral("_count"), QStringLiteral("200"));
        const auto found = sijil::test::awaitResult(m_direct->search(QStringLiteral("Patient"), q));
        return found ? int(found->size()) : -1;
    }

    static QString uniqueFamily() {
        return QStringLiteral("Fault") + QString::number(QDateTime::currentMSecsSinceEpoch());
    }

private slots:
    void initTestCase() {
        m_hapi = QUrl(sijil::test::hapiUrl());
        QVERIFY2(!m_hapi.isEmpty(), "no HAPI_URL: is the hapi fixture up?");
        QVERIFY2(m_relay.start(m_hapi), "the relay did not start");
        fhir::FhirClient::Config c;
        c.baseUrl = m_hapi;
        c.timeout = 60s;
        m_direct = std::make_unique<fhir::FhirClient>(c);
    }

    void init() {
        for (const QByteArray c : {"up", "unstall", "rate 0"})
            QCOMPARE(m_relay.command(c), QByteArray("ok"));
    }

    void theLinkCutWhileATransactionGoesUpLosesNothing() {
        const QString family = uniqueFamily();
        auto desk = deskWith(family, 150);
        // A slow link, cut mid-upload.
        QCOMPARE(m_relay.command("rate 2000"), QByteArray("ok"));
        auto push = desk->engine->push();
        QTest::qWait(300);
        QCOMPARE(m_relay.command("down"), QByteArray("ok"));
        const auto failed = sijil::test::awaitResult(push);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code(), QByteArray("fhir/network"));
        QCOMPARE(desk->outbox->pendingCount().value(), 150);

        QCOMPARE(m_relay.command("rate 0"), QByteArray("ok"));
        QCOMPARE(m_relay.command("up"), QByteArray("ok"));
        const auto again = sijil::test::awaitResult(desk->engine->push());
        QVERIFY2(again.ok(), again ? "" : again.error().detail().toUtf8().constData());
        QCOMPARE(again->pushed, 150);
        QCOMPARE(again->conflicts, 0);
        QCOMPARE(desk->outbox->pendingCount().value(), 0);
        QCOMPARE(onServer(family), 150);
    }

    void theLinkCutAfterTheServerCommittedDuplicatesNothing() {
        const QString family = uniqueFamily();
        auto desk = deskWith(family, 120);
        // The server's answer never comes back: it applied the first transaction of 100.
        QCOMPARE(m_relay.command("stall"), QByteArray("ok"));
        auto push = desk->engine->push();
        QVERIFY(QTest::qWaitFor([&] { return onServer(family) == 100; }, 60'000));
        QCOMPARE(m_relay.command("down"), QByteArray("ok"));
        const auto failed = sijil::test::awaitResult(push);
        QCOMPARE(failed.error().code(), QByteArray("fhir/network"));
        QCOMPARE(desk->outbox->pendingCount().value(), 120);

        QCOMPARE(m_relay.command("unstall"), QByteArray("ok"));
        QCOMPARE(m_relay.command("up"), QByteArray("ok"));
        const auto again = sijil::test::awaitResult(desk->engine->push());
        QVERIFY(again.ok());
        QCOMPARE(again->pushed, 120);
        QCOMPARE(again->conflicts, 0);
        QCOMPARE(onServer(family), 120);
        QCOMPARE(desk->store->conflicts()->size(), 0);
    }

    // A registration (patient and coverage, one transaction) that the server committed, its
    // answer cut off. While the centre is offline another site edits the patient (version 2).
    // Sent again, the registration must not be written back over that edit (version 3, no
    // conflict): the edit stays, both versions are kept for a person, the coverage found as sent.
    void aRegistrationSentAgainKeepsAnotherSitesLaterEdit() {
        auto desk = deskWith(QString(), 0);
        const QString id =
            QStringLiteral("flt-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString coverageId = id + QStringLiteral("-cov");
        const QJsonObject p{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                            {QStringLiteral("id"), id},
                            {QStringLiteral("name"),
                             QJsonArray{QJsonObject{{QStringLiteral("family"), uniqueFamily()}}}}};
        const QJsonObject c{
            {QStringLiteral("resourceType"), QStringLiteral("Coverage")},
            {QStringLiteral("id"), coverageId},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("beneficiary"),
             QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + id}}},
            {QStringLiteral("payor"),
             QJsonArray{QJsonObject{{QStringLiteral("display"), QStringLiteral("CNSS")}}}}};
        using Op = storage::LocalChange::Operation;
        QVERIFY(
            desk->store
                ->writeLocal(
                    {{Op::Create, QStringLiteral("Patient"), id, id,
                      QJsonDocument(p).toJson(QJsonDocument::Compact), QStringLiteral("clerk-1")},
                     {Op::Create, QStringLiteral("Coverage"), coverageId, id,
                      QJsonDocument(c).toJson(QJsonDocument::Compact), QStringLiteral("clerk-1")}},
                    storage::ResourceStore::Sending::Together)
                .ok());
        const auto read = [this](const QString& type, const QString& which) {
            return sijil::test::awaitResult(m_direct->read(type, which));
        };
        QCOMPARE(m_relay.command("stall"), QByteArray("ok"));
        auto push = desk->engine->push();
        QVERIFY(QTest::qWaitFor([&] { return read(QStringLiteral("Patient"), id).ok(); }, 60'000));
        QCOMPARE(m_relay.command("cut"), QByteArray("ok"));
        QCOMPARE(sijil::test::awaitResult(push).error().code(), QByteArray("fhir/network"));
        QCOMPARE(m_relay.command("unstall"), QByteArray("ok"));

        auto there = read(QStringLiteral("Patient"), id);
        QVERIFY(there.ok());
        QJsonObject edited = there->json();
        edited.remove(QStringLiteral("meta"));
        edited.insert(
            QStringLiteral("telecom"),
            QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                   {QStringLiteral("value"), QStringLiteral("0600000000")}}});
        const auto edit = sijil::test::awaitResult(m_direct->update(
            QStringLiteral("Patient"), id, QJsonDocument(edited).toJson(QJsonDocument::Compact),
            there->versionId()));
        QVERIFY(edit.ok());
        QCOMPARE(edit->versionId(), QStringLiteral("2"));

        const auto again = sijil::test::awaitResult(desk->engine->push());
        QVERIFY2(again.ok(), again ? "" : again.error().detail().toUtf8().constData());
        QCOMPARE(again->conflicts, 1);
        QCOMPARE(again->pushed, 1);
        const auto now = read(QStringLiteral("Patient"), id);
        QVERIFY(now.ok());
        QCOMPARE(now->versionId(), QStringLiteral("2"));
        QVERIFY(now->json().contains(QStringLiteral("telecom")));
        const auto conflicts = desk->store->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().id, id);
        QCOMPARE(conflicts.first().serverVersionId, QStringLiteral("2"));
        QCOMPARE(read(QStringLiteral("Coverage"), coverageId)->versionId(), QStringLiteral("1"));
        QCOMPARE(desk->outbox->pendingCount().value(), 1);
    }

    void aBusyServerIsRetriedAfterWhatItAsked() {
        const QString family = uniqueFamily();
        auto desk = deskWith(family, 30, 3, 5s);
        QCOMPARE(m_relay.command("cut"), QByteArray("ok")); // no pooled connection bypasses it
        QCOMPARE(m_relay.command("http 503 2 1"), QByteArray("ok"));
        const int before = desk->client->requestCount();
        QElapsedTimer waited;
        waited.start();
        const auto pushed = sijil::test::awaitResult(desk->engine->push());
        QVERIFY(pushed.ok());
        QCOMPARE(pushed->pushed, 30);
        QCOMPARE(desk->client->requestCount() - before, 3); // two 503s, then the transaction
        // Each retry came after the second the server asked for, not after our own backoff
        // (10 ms): a lower bound of what was asked, not a speed.
        QVERIFY2(waited.elapsed() >= 2000, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(onServer(family), 30);
    }

    void anAnswerCutShortIsAClearErrorAndNothingIsLost() {
        const QString family = uniqueFamily();
        auto desk = deskWith(family, 20);
        QCOMPARE(m_relay.command("cut"), QByteArray("ok"));
        QCOMPARE(m_relay.command("garbage 1"), QByteArray("ok"));
        const auto failed = sijil::test::awaitResult(desk->engine->push());
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code(), QByteArray("sync/bad-answer"));
        QVERIFY(!failed.error().userMessage().isEmpty());
        QCOMPARE(desk->outbox->pendingCount().value(), 20);
        QCOMPARE(onServer(family), 0); // the relay answered; the server never saw it

        const auto again = sijil::test::awaitResult(desk->engine->push());
        QVERIFY(again.ok());
        QCOMPARE(again->pushed, 20);
        QCOMPARE(onServer(family), 20);
    }
};

QTEST_GUILESS_MAIN(SyncFaultsTest)
#include "tst_SyncFaults.moc"
