// The REST client's own logic against scripted answers: retries only where they can help, the
// server's refusals as errors, paging by `next` links, conditional headers, configuration checks.
#include "AwaitFuture.h"
#include "Gzip.h"
#include "ScriptedServer.h"

#include <sijil/fhir/FhirClient.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using fhir::FhirClient;
using sijil::test::await;
using namespace std::chrono_literals;

namespace {

FhirClient::Config configFor(const ScriptedServer& server) {
    FhirClient::Config c;
    c.baseUrl = QUrl(server.baseUrl());
    c.timeout = 2000ms;
    c.retry = fhir::RetryPolicy({3, 10ms, 50ms});
    return c;
}

QByteArray bundlePage(const QStringList& ids, const QString& next, const QString& includedId = {}) {
    QByteArray entries;
    for (const QString& id : ids)
        entries +=
            (entries.isEmpty() ? "" : ",") +
            QStringLiteral(
                R"({"resource":{"resourceType":"Patient","id":"%1"},"search":{"mode":"match"}})")
                .arg(id)
                .toUtf8();
    if (!includedId.isEmpty())
        entries +=
            QStringLiteral(
                R"(,{"resource":{"resourceType":"Organization","id":"%1"},"search":{"mode":"include"}})")
                .arg(includedId)
                .toUtf8();
    QByteArray links = R"({"relation":"self","url":"x"})";
    if (!next.isEmpty())
        links += R"(,{"relation":"next","url":")" + next.toUtf8() + "\"}";
    return R"({"resourceType":"Bundle","type":"searchset","link":[)" + links + R"(],"entry":[)" +
           entries + "]}";
}

} // namespace

class FhirClientTest : public QObject {
    Q_OBJECT

private slots:
    void readReturnsTheResourceAndItsVersion() {
        ScriptedServer server;
        server.enqueue({200, R"({"resourceType":"Patient","id":"p1"})", {{"ETag", R"(W/"7")"}}});
        FhirClient client(configFor(server));
        const auto r = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QVERIFY(r.ok());
        QCOMPARE(r->versionId(), QStringLiteral("7"));
        QCOMPARE(r->json().value(QStringLiteral("id")).toString(), QStringLiteral("p1"));
        QCOMPARE(server.requests().first().target, QByteArray("/fhir/Patient/p1"));
        QCOMPARE(server.requests().first().headers.value("accept"),
                 QByteArray("application/fhir+json"));
    }

    void transientFailuresAreRetried() {
        ScriptedServer server;
        server.enqueue({503, {}, {}});
        server.enqueue({429, {}, {{"Retry-After", "0"}}});
        server.enqueue({200, R"({"resourceType":"Patient","id":"p1"})", {}});
        FhirClient client(configFor(server));
        const auto r = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QVERIFY(r.ok());
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(client.requestCount(), 3);
    }

    void retriesStopAfterTheLastAttempt() {
        ScriptedServer server;
        for (int i = 0; i < 5; ++i)
            server.enqueue(
                {500,
                 R"({"resourceType":"OperationOutcome","issue":[{"severity":"fatal","code":"exception"}]})",
                 {}});
        FhirClient client(configFor(server));
        const auto r = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QCOMPARE(r.error().code(), QByteArray("fhir/server-error"));
        QCOMPARE(r.error().detail(), QStringLiteral("HTTP 500: fatal/exception"));
        QCOMPARE(server.requests().size(), 3);
    }

    void refusalsAreNotRetried() {
        ScriptedServer server;
        server.enqueue(
            {400,
             R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid","expression":["Patient.birthDate"]}]})",
             {}});
        FhirClient client(configFor(server));
        const auto r =
            await(client.create(QStringLiteral("Patient"), R"({"resourceType":"Patient"})"));
        QCOMPARE(r.error().code(), QByteArray("fhir/bad-request"));
        QVERIFY(r.error().detail().contains(QStringLiteral("Patient.birthDate")));
        QCOMPARE(server.requests().size(), 1);
    }

    void conditionalHeadersAreSent() {
        ScriptedServer server;
        server.enqueue(
            {201,
             R"({"resourceType":"Patient","id":"p1"})",
             {{"ETag", R"(W/"1")"}, {"Location", "http://x/fhir/Patient/p1/_history/1"}}});
        server.enqueue({412, {}, {}});
        FhirClient client(configFor(server));
        const auto created =
            await(client.create(QStringLiteral("Patient"), R"({"resourceType":"Patient"})",
                                QStringLiteral("identifier=urn:sijil:ipp|123")));
        QVERIFY(created.ok());
        QCOMPARE(created->status, 201);
        QCOMPARE(created->location, QByteArray("http://x/fhir/Patient/p1/_history/1"));
        const auto& post = server.requests()[0];
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.headers.value("if-none-exist"), QByteArray("identifier=urn:sijil:ipp|123"));
        QCOMPARE(post.headers.value("content-type"), QByteArray("application/fhir+json"));
        QCOMPARE(post.body, QByteArray(R"({"resourceType":"Patient"})"));

        const auto stale =
            await(client.update(QStringLiteral("Patient"), QStringLiteral("p1"),
                                R"({"resourceType":"Patient","id":"p1"})", QStringLiteral("3")));
        QCOMPARE(stale.error().code(), QByteArray("fhir/conflict"));
        QCOMPARE(server.requests()[1].method, QByteArray("PUT"));
        QCOMPARE(server.requests()[1].headers.value("if-match"), QByteArray(R"(W/"3")"));
    }

    void largeBodiesAreSentGzipped() {
        ScriptedServer server;
        server.enqueue({200, R"({"resourceType":"Bundle","type":"transaction-response"})", {}});
        server.enqueue({200, R"({"resourceType":"Patient","id":"p1"})", {}});
        FhirClient client(configFor(server));
        const QByteArray big = R"({"resourceType":"Bundle","type":"transaction","entry":[)" +
                               QByteArray(4000, ' ') + "]}";
        QVERIFY(await(client.postBundle(big, true)).ok());
        const auto& post = server.requests()[0];
        QCOMPARE(post.headers.value("content-encoding"), QByteArray("gzip"));
        QCOMPARE(post.headers.value("prefer"), QByteArray("return=minimal"));
        QVERIFY(post.body.size() < big.size() / 10);
        QCOMPARE(fhir::gzipDecompress(post.body).value_or(QByteArray()), big);
        // Small bodies go as they are.
        QVERIFY(await(client.update(QStringLiteral("Patient"), QStringLiteral("p1"),
                                    R"({"resourceType":"Patient","id":"p1"})"))
                    .ok());
        QVERIFY(!server.requests()[1].headers.contains("content-encoding"));
    }

    void aServerRefusingGzipGetsPlainBodies() {
        ScriptedServer server;
        server.enqueue({415, {}, {{"Accept-Encoding", "identity"}}});
        server.enqueue({200, R"({"resourceType":"Bundle","type":"batch-response"})", {}});
        server.enqueue({200, R"({"resourceType":"Bundle","type":"batch-response"})", {}});
        FhirClient client(configFor(server));
        const QByteArray big =
            R"({"resourceType":"Bundle","type":"batch","entry":[)" + QByteArray(2000, ' ') + "]}";
        QVERIFY(await(client.postBundle(big)).ok());
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[1].headers.value("content-encoding"), QByteArray());
        QCOMPARE(server.requests()[1].body, big);
        QVERIFY(!client.compressingRequests());
        // Remembered: the next request is plain from the start.
        QVERIFY(await(client.postBundle(big)).ok());
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests()[2].body, big);
    }

    void searchFollowsNextLinksAndKeepsOnlyMatches() {
        ScriptedServer server;
        const QString base = server.baseUrl();
        server.enqueue({200,
                        bundlePage({QStringLiteral("a"), QStringLiteral("b")},
                                   base + QStringLiteral("?_getpages=abc&_getpagesoffset=2"),
                                   QStringLiteral("org1")),
                        {}});
        server.enqueue({200, bundlePage({QStringLiteral("c")}, {}), {}});
        FhirClient client(configFor(server));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("birthdate"), QStringLiteral("1984"));
        const auto r = await(client.search(QStringLiteral("Patient"), q));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->at(2).value(QStringLiteral("id")).toString(), QStringLiteral("c"));
        QCOMPARE(server.requests()[0].target, QByteArray("/fhir/Patient?birthdate=1984"));
        // The second page is exactly the server's link, not an offset computed here.
        QCOMPARE(server.requests()[1].target, QByteArray("/fhir?_getpages=abc&_getpagesoffset=2"));
    }

    // A search by POST: the criteria go in a form body to [type]/_search, none in the URL
    // (access logs, proxies); retried as sent; the server's next link is followed as given.
    void searchByPostKeepsTheCriteriaOutOfTheUrl() {
        ScriptedServer server;
        server.enqueue({503, {}, {}});
        server.enqueue(
            {200,
             bundlePage({QStringLiteral("a")}, server.baseUrl() + QStringLiteral("?_getpages=abc")),
             {}});
        server.enqueue({200, bundlePage({QStringLiteral("b")}, {}), {}});
        FhirClient client(configFor(server));
        const QList<std::pair<QString, QString>> criteria{
            {QStringLiteral("name"), QStringLiteral("Ben Ali")},
            {QStringLiteral("identifier"), QStringLiteral("urn:sijil:ipp|0012345&x=1")},
            {QStringLiteral("telecom"), QStringLiteral("+212612345678")},
            {QStringLiteral("name"), QStringLiteral("بناني")},
            {QStringLiteral("birthdate"), QStringLiteral("1975")}};
        QUrlQuery q;
        for (const auto& [key, value] : criteria)
            q.addQueryItem(key, value);
        const auto r =
            await(client.search(QStringLiteral("Patient"), q, 100, FhirClient::SearchVia::Post));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 2);
        QCOMPARE(server.requests().size(), 3);
        for (int i : {0, 1}) { // the 503, then its retry: the same request
            const auto& post = server.requests()[i];
            QCOMPARE(post.method, QByteArray("POST"));
            QCOMPARE(post.target, QByteArray("/fhir/Patient/_search"));
            QCOMPARE(post.headers.value("content-type"),
                     QByteArray("application/x-www-form-urlencoded"));
            QVERIFY(!post.headers.contains("content-encoding"));
            QCOMPARE(ScriptedServer::formFields(post.body), criteria);
        }
        const auto& next = server.requests()[2];
        QCOMPARE(next.method, QByteArray("GET"));
        QCOMPARE(next.target, QByteArray("/fhir?_getpages=abc"));
        QVERIFY(next.body.isEmpty());

        // The first page alone, as sync pages: the same request.
        server.enqueue({200, bundlePage({QStringLiteral("c")}, {}), {}});
        const auto page =
            await(client.searchFirst(QStringLiteral("Patient"), q, FhirClient::SearchVia::Post));
        QVERIFY(page.ok());
        QCOMPARE(server.requests()[3].method, QByteArray("POST"));
        QCOMPARE(server.requests()[3].target, QByteArray("/fhir/Patient/_search"));
        QCOMPARE(server.requests()[3].body, server.requests()[0].body);
    }

    // A long form goes plain even to a server taking gzip: servers read a form's parameters
    // before decoding its body, and a search they could not read would match everyone.
    void aLongSearchFormIsNotCompressed() {
        ScriptedServer server;
        server.enqueue({200, bundlePage({}, {}), {}});
        FhirClient client(configFor(server));
        QUrlQuery q;
        for (int i = 0; i < 60; ++i)
            q.addQueryItem(QStringLiteral("name"), QStringLiteral("name%1").arg(i));
        QVERIFY(await(client.search(QStringLiteral("Patient"), q, 100, FhirClient::SearchVia::Post))
                    .ok());
        QVERIFY(client.compressingRequests());
        const auto& post = server.requests().first();
        QVERIFY(post.body.size() > 512);
        QVERIFY(!post.headers.contains("content-encoding"));
        QVERIFY(post.body.startsWith("name=name0&name=name1&"));
    }

    void searchStopsAtTheRequestedSize() {
        ScriptedServer server;
        server.enqueue({200,
                        bundlePage({QStringLiteral("a"), QStringLiteral("b")},
                                   server.baseUrl() + QStringLiteral("?page=2")),
                        {}});
        FhirClient client(configFor(server));
        const auto r = await(client.search(QStringLiteral("Patient"), {}, 2));
        QCOMPARE(r->size(), 2);
        QCOMPARE(server.requests().size(), 1);
    }

    void nextLinksToAnotherServerAreRefused() {
        ScriptedServer server;
        server.enqueue({200,
                        bundlePage({QStringLiteral("a")},
                                   QStringLiteral("https://elsewhere.example/fhir?page=2")),
                        {}});
        FhirClient client(configFor(server));
        const auto r = await(client.search(QStringLiteral("Patient"), {}));
        QCOMPARE(r.error().code(), QByteArray("fhir/malformed"));
        QCOMPARE(server.requests().size(), 1);
    }

    void aServerAskingForTimeIsGivenIt() {
        ScriptedServer server;
        server.enqueue({429, {}, {{"Retry-After", "1"}}});
        server.enqueue({200, R"({"resourceType":"Patient","id":"p1"})", {}});
        auto config = configFor(server);
        config.retry = fhir::RetryPolicy({3, 10ms, 2000ms});
        FhirClient client(config);
        QVERIFY(await(client.read(QStringLiteral("Patient"), QStringLiteral("p1"))).ok());
        QCOMPARE(server.requests().size(), 2);
        // Not after our own 10 ms backoff: after the second asked (a lower bound, not a speed).
        const qint64 gap = server.requests()[1].receivedAtMs - server.requests()[0].receivedAtMs;
        QVERIFY2(gap >= 1000, qPrintable(QString::number(gap)));
    }

    void aWaitLongerThanACallFailsItAndIsKeptForTheCaller() {
        ScriptedServer server;
        server.enqueue({503, {}, {{"Retry-After", "120"}}});
        FhirClient client(configFor(server)); // waits of at most 50 ms
        QVERIFY(!client.notBeforeUtc().isValid());
        const QDateTime asked = QDateTime::currentDateTimeUtc();
        const auto r = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QCOMPARE(r.error().code(), QByteArray("fhir/server-error"));
        QCOMPARE(server.requests().size(), 1); // not tried again within the call
        const qint64 until = asked.msecsTo(client.notBeforeUtc());
        QVERIFY2(until >= 119'000 && until <= 121'000, qPrintable(QString::number(until)));
    }

    void malformedAnswersAreErrors() {
        ScriptedServer server;
        server.enqueue({200, R"({"resourceType":"Bundle", "entry": [)", {}});
        server.enqueue({200, R"({"resourceType":"Patient"})", {}});
        FhirClient client(configFor(server));
        QCOMPARE(await(client.search(QStringLiteral("Patient"), {})).error().code(),
                 QByteArray("fhir/malformed"));
        QCOMPARE(await(client.capabilities()).error().code(), QByteArray("fhir/malformed"));
    }

    void anUnreachableServerIsANetworkError() {
        ScriptedServer server;
        const auto config = configFor(server);
        server.close(); // nothing listens there any more: connection refused
        FhirClient client(config);
        const auto r = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QCOMPARE(r.error().code(), QByteArray("fhir/network"));
        QCOMPARE(client.requestCount(), 3); // retried, then given up
    }

    void aSilentServerTimesOut() {
        ScriptedServer server;
        server.enqueue({200, {}, {}, true});
        server.enqueue({200, {}, {}, true});
        auto config = configFor(server);
        config.timeout = 300ms;
        config.retry = fhir::RetryPolicy({2, 10ms, 10ms});
        FhirClient client(config);
        const auto r = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QCOMPARE(r.error().code(), QByteArray("fhir/network"));
        QCOMPARE(server.requests().size(), 2);
    }

    // A transaction of bare PUTs whose answer never came may have been applied: its caller looks
    // at the server before sending it again, so the client does not send it again by itself.
    // One that surely never arrived (nothing listening) is still retried.
    void aChangeItsCallerChecksIsNotSentAgainOnceItMayHaveArrived() {
        ScriptedServer server;
        server.enqueue({200, {}, {}, true});
        auto config = configFor(server);
        config.timeout = 300ms;
        FhirClient client(config);
        const QByteArray bundle = R"({"resourceType":"Bundle","type":"transaction"})";
        const auto r = await(client.postBundle(bundle, true, FhirClient::Resend::CallerChecks));
        QCOMPARE(r.error().code(), QByteArray("fhir/network"));
        QCOMPARE(server.requests().size(), 1);

        server.enqueue({504, {}, {}, false}); // a gateway's: the server may have applied it
        const auto put = await(client.update(QStringLiteral("Patient"), QStringLiteral("p1"), "{}",
                                             {}, FhirClient::Resend::CallerChecks));
        QCOMPARE(put.error().code(), QByteArray("fhir/server-error"));
        QCOMPARE(server.requests().size(), 2);

        server.close();
        const int before = client.requestCount();
        const auto refused =
            await(client.postBundle(bundle, true, FhirClient::Resend::CallerChecks));
        QCOMPARE(refused.error().code(), QByteArray("fhir/network"));
        QCOMPARE(client.requestCount() - before, 3);
    }

    void capabilitiesAreReadFromMetadata() {
        ScriptedServer server;
        server.enqueue(
            {200,
             R"({"resourceType":"CapabilityStatement","fhirVersion":"4.0.1","rest":[{"mode":"server","interaction":[{"code":"transaction"}]}]})",
             {}});
        FhirClient client(configFor(server));
        const auto c = await(client.capabilities());
        QVERIFY(c.ok());
        QVERIFY(c->isR4());
        QVERIFY(c->supportsSystem(QStringLiteral("transaction")));
        QCOMPARE(server.requests().first().target, QByteArray("/fhir/metadata"));
    }

    // A redirect to another server is not followed: the request, and a client certificate, go
    // to the central server only.
    void aRedirectToAnotherServerIsNotFollowed() {
        ScriptedServer server;
        ScriptedServer elsewhere;
        server.enqueue(
            {302,
             {},
             {{"Location", (elsewhere.baseUrl() + QStringLiteral("/Patient/p1")).toLatin1()}},
             false});
        FhirClient client(configFor(server));
        const auto read = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QVERIFY(!read);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void unsafeConfigurationsAreRefused() {
        FhirClient::Config c;
        c.baseUrl = QUrl(QStringLiteral("http://dpp.example.ma/fhir"));
        QCOMPARE(FhirClient::check(c).error().code(), QByteArray("fhir/config"));
        FhirClient client(c);
        QCOMPARE(await(client.read(QStringLiteral("Patient"), QStringLiteral("x"))).error().code(),
                 QByteArray("fhir/config"));
        QCOMPARE(client.requestCount(), 0);
        c.baseUrl = QUrl(QStringLiteral("https://dpp.example.ma/fhir"));
        QVERIFY(FhirClient::check(c).ok());
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/fhir"));
        QVERIFY(FhirClient::check(c).ok());
        QTemporaryDir dir;
        const QString notPem = dir.filePath(QStringLiteral("ca.pem"));
        QFile f(notPem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate");
        f.close();
        c.caCertificatesFile = notPem;
        QCOMPARE(FhirClient::check(c).error().code(), QByteArray("fhir/config"));
    }
};

QTEST_GUILESS_MAIN(FhirClientTest)
#include "tst_FhirClient.moc"
