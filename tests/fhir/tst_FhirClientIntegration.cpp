// The REST client against the real central server (HAPI FHIR JPA on PostgreSQL, started by the
// `hapi` fixture): the round trips sync will rely on.
#include "HapiPeer.h"

#include <sijil/fhir/FhirClient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QtTest>

using namespace sijil;
using fhir::FhirClient;
using namespace std::chrono_literals;

namespace {

// Identifiers unique to this run, so that reruns against the same server never collide.
const QString kRun = QUuid::createUuid().toString(QUuid::WithoutBraces);
const QString kSystem = QStringLiteral("urn:sijil:test:") + kRun;

QByteArray patient(const QString& value, const QString& family) {
    const QJsonObject p{
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("identifier"), QJsonArray{QJsonObject{{QStringLiteral("system"), kSystem},
                                                              {QStringLiteral("value"), value}}}},
        {QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("family"), family}}}}};
    return QJsonDocument(p).toJson(QJsonDocument::Compact);
}

} // namespace

class FhirClientIntegrationTest : public QObject {
    Q_OBJECT

    std::unique_ptr<FhirClient> m_client;

private slots:
    void initTestCase() {
        const QString url = sijil::test::hapiUrl();
        QVERIFY2(!url.isEmpty(), "SIJIL_HAPI_ENV names no HAPI_URL: is the hapi fixture up?");
        FhirClient::Config config;
        config.baseUrl = QUrl(url);
        config.timeout = 60s;
        m_client = std::make_unique<FhirClient>(config);
    }

    void theServerSaysWhatItSupports() {
        const auto caps = sijil::test::awaitResult(m_client->capabilities());
        QVERIFY2(caps.ok(), qPrintable(caps.ok() ? QString() : caps.error().detail()));
        QVERIFY(caps->isR4());
        QVERIFY(caps->supportsSystem(QStringLiteral("transaction")));
        QVERIFY(caps->supports(QStringLiteral("Patient"), QStringLiteral("vread")));
    }

    void conditionalCreateIsIdempotent() {
        const QString condition = QStringLiteral("identifier=%1|cc-1").arg(kSystem);
        const auto first = sijil::test::awaitResult(
            m_client->create(QStringLiteral("Patient"),
                             patient(QStringLiteral("cc-1"), QStringLiteral("Alaoui")), condition));
        QVERIFY(first.ok());
        QCOMPARE(first->status, 201);
        // A retry after a crash: the server finds the first one instead of making a second.
        const auto again = sijil::test::awaitResult(
            m_client->create(QStringLiteral("Patient"),
                             patient(QStringLiteral("cc-1"), QStringLiteral("Alaoui")), condition));
        QVERIFY(again.ok());
        QCOMPARE(again->status, 200);
        QCOMPARE(again->json().value(QStringLiteral("id")),
                 first->json().value(QStringLiteral("id")));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("identifier"), kSystem + QStringLiteral("|cc-1"));
        QCOMPARE(sijil::test::awaitResult(m_client->search(QStringLiteral("Patient"), q))->size(),
                 1);
    }

    void aStaleUpdateIsAConflictAndNothingIsOverwritten() {
        const auto created = sijil::test::awaitResult(m_client->create(
            QStringLiteral("Patient"), patient(QStringLiteral("up-1"), QStringLiteral("Bennani"))));
        QVERIFY(created.ok());
        const QString id = created->json().value(QStringLiteral("id")).toString();
        const QString v1 = created->versionId();
        QVERIFY(!v1.isEmpty());
        QJsonObject changed = created->json();
        changed.insert(QStringLiteral("gender"), QStringLiteral("female"));
        const auto v2 = sijil::test::awaitResult(
            m_client->update(QStringLiteral("Patient"), id, QJsonDocument(changed).toJson(), v1));
        QVERIFY(v2.ok());
        QVERIFY(v2->versionId() != v1);
        // Another workstation still holds version 1.
        changed.insert(QStringLiteral("gender"), QStringLiteral("male"));
        const auto stale = sijil::test::awaitResult(
            m_client->update(QStringLiteral("Patient"), id, QJsonDocument(changed).toJson(), v1));
        QCOMPARE(stale.error().code(), QByteArray("fhir/conflict"));
        const auto now = sijil::test::awaitResult(m_client->read(QStringLiteral("Patient"), id));
        QCOMPARE(now->json().value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
        const auto old =
            sijil::test::awaitResult(m_client->vread(QStringLiteral("Patient"), id, v1));
        QVERIFY(!old->json().contains(QStringLiteral("gender")));
    }

    void aTransactionResolvesItsInternalReferences() {
        const QString patientRef =
            QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject observation{
            {QStringLiteral("resourceType"), QStringLiteral("Observation")},
            {QStringLiteral("status"), QStringLiteral("final")},
            {QStringLiteral("code"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("Poids")}}},
            {QStringLiteral("subject"), QJsonObject{{QStringLiteral("reference"), patientRef}}}};
        const QJsonObject bundle{
            {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("transaction")},
            {QStringLiteral("entry"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("fullUrl"), patientRef},
                             {QStringLiteral("resource"),
                              QJsonDocument::fromJson(
                                  patient(QStringLiteral("tx-1"), QStringLiteral("Idrissi")))
                                  .object()},
                             {QStringLiteral("request"),
                              QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                          {QStringLiteral("url"), QStringLiteral("Patient")}}}},
                 QJsonObject{
                     {QStringLiteral("resource"), observation},
                     {QStringLiteral("request"),
                      QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                  {QStringLiteral("url"), QStringLiteral("Observation")}}}}}}};
        const auto r =
            sijil::test::awaitResult(m_client->postBundle(QJsonDocument(bundle).toJson()));
        QVERIFY(r.ok());
        const QJsonArray entries = r->json().value(QStringLiteral("entry")).toArray();
        QCOMPARE(entries.size(), 2);
        const QString patientLocation = entries[0]
                                            .toObject()
                                            .value(QStringLiteral("response"))
                                            .toObject()
                                            .value(QStringLiteral("location"))
                                            .toString();
        const QString obsLocation = entries[1]
                                        .toObject()
                                        .value(QStringLiteral("response"))
                                        .toObject()
                                        .value(QStringLiteral("location"))
                                        .toString();
        const QString patientId = patientLocation.section(u'/', 1, 1);
        const auto obs = sijil::test::awaitResult(
            m_client->read(QStringLiteral("Observation"), obsLocation.section(u'/', 1, 1)));
        QCOMPARE(obs->json()
                     .value(QStringLiteral("subject"))
                     .toObject()
                     .value(QStringLiteral("reference"))
                     .toString(),
                 QStringLiteral("Patient/") + patientId);
    }

    void pagingFollowsTheServersLinksOverMoreThanAThousandResults() {
        // 1050 patients in one transaction, then a search in pages of 100.
        QJsonArray entries;
        for (int i = 0; i < 1050; ++i)
            entries.append(
                QJsonObject{{QStringLiteral("resource"),
                             QJsonDocument::fromJson(
                                 patient(QStringLiteral("page-%1").arg(i), QStringLiteral("Page")))
                                 .object()},
                            {QStringLiteral("request"),
                             QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                         {QStringLiteral("url"), QStringLiteral("Patient")}}}});
        const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                 {QStringLiteral("type"), QStringLiteral("transaction")},
                                 {QStringLiteral("entry"), entries}};
        QVERIFY(sijil::test::awaitResult(
                    m_client->postBundle(QJsonDocument(bundle).toJson(QJsonDocument::Compact)))
                    .ok());
        // That bundle (about 300 kB) went gzip-compressed and HAPI took it as such.
        QVERIFY(m_client->compressingRequests());
        const int requestsBefore = m_client->requestCount();

        QUrlQuery q;
        q.addQueryItem(QStringLiteral("identifier"), kSystem + u'|');
        q.addQueryItem(QStringLiteral("family"), QStringLiteral("Page"));
        q.addQueryItem(QStringLiteral("_count"), QStringLiteral("100"));
        const auto all = sijil::test::awaitResult(m_client->search(QStringLiteral("Patient"), q));
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1050);
        QSet<QString> ids;
        for (const auto& p : *all)
            ids.insert(p.value(QStringLiteral("id")).toString());
        QCOMPARE(ids.size(), 1050); // no page read twice, none skipped
        QCOMPARE(m_client->requestCount() - requestsBefore, 11);

        // Incremental read: only what changed since a moment.
        const auto later = sijil::test::awaitResult(m_client->create(
            QStringLiteral("Patient"), patient(QStringLiteral("late-1"), QStringLiteral("Page"))));
        QVERIFY(later.ok());
        const QString since = later->json()
                                  .value(QStringLiteral("meta"))
                                  .toObject()
                                  .value(QStringLiteral("lastUpdated"))
                                  .toString();
        QUrlQuery incremental;
        incremental.addQueryItem(QStringLiteral("identifier"), kSystem + u'|');
        incremental.addQueryItem(QStringLiteral("_lastUpdated"), QStringLiteral("ge") + since);
        const auto changed =
            sijil::test::awaitResult(m_client->search(QStringLiteral("Patient"), incremental));
        QCOMPARE(changed->size(), 1);
    }
};

QTEST_GUILESS_MAIN(FhirClientIntegrationTest)
#include "tst_FhirClientIntegration.moc"
