// A server's refusal becomes a message a person can act on, and a detail without patient data.
#include <sijil/fhir/OperationOutcome.h>

#include <QtTest>

using sijil::fhir::OperationOutcome;

class OperationOutcomeTest : public QObject {
    Q_OBJECT

private slots:
    void statusDecidesTheKind_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("400") << 400 << QByteArray("fhir/bad-request");
        QTest::newRow("401") << 401 << QByteArray("fhir/unauthorized");
        QTest::newRow("403") << 403 << QByteArray("fhir/forbidden");
        QTest::newRow("404") << 404 << QByteArray("fhir/not-found");
        QTest::newRow("410 gone") << 410 << QByteArray("fhir/not-found");
        QTest::newRow("409") << 409 << QByteArray("fhir/conflict");
        QTest::newRow("412") << 412 << QByteArray("fhir/conflict");
        QTest::newRow("422") << 422 << QByteArray("fhir/unprocessable");
        QTest::newRow("429") << 429 << QByteArray("fhir/busy");
        QTest::newRow("500") << 500 << QByteArray("fhir/server-error");
        QTest::newRow("503") << 503 << QByteArray("fhir/server-error");
        QTest::newRow("501") << 501 << QByteArray("fhir/not-implemented");
        QTest::newRow("418") << 418 << QByteArray("fhir/http-error");
    }
    void statusDecidesTheKind() {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        const auto e = OperationOutcome::toError(status, {});
        QCOMPARE(e.code(), code);
        QVERIFY(!e.userMessage().isEmpty());
        QVERIFY(e.detail().startsWith(QStringLiteral("HTTP %1").arg(status)));
    }

    void unexpectedStatusesNameTheirCode() {
        QVERIFY(OperationOutcome::toError(418, {}).userMessage().contains(QStringLiteral("418")));
    }

    void issuesGoToTheDetailButDiagnosticsNever() {
        const QByteArray body = R"({"resourceType":"OperationOutcome","issue":[
            {"severity":"error","code":"required","expression":["Patient.name"],
             "diagnostics":"Patient EL AMRANI Fatima born 1984-03-12 has no name"},
            {"severity":"warning","code":"invariant","expression":["Patient.telecom[0]","Patient.telecom[1]"]}]})";
        const auto e = OperationOutcome::toError(422, body);
        QCOMPARE(e.detail(),
                 QStringLiteral("HTTP 422: error/required@Patient.name; "
                                "warning/invariant@Patient.telecom[0],Patient.telecom[1]"));
        QVERIFY(!e.detail().contains(QStringLiteral("AMRANI")));
        QVERIFY(!e.userMessage().contains(QStringLiteral("AMRANI")));
    }

    void bodiesThatAreNotOutcomesAreSaidToBeSo() {
        QCOMPARE(OperationOutcome::toError(502, "<html>Bad gateway</html>").detail(),
                 QStringLiteral("HTTP 502 (no OperationOutcome)"));
        QCOMPARE(OperationOutcome::toError(500, R"({"resourceType":"Patient"})").detail(),
                 QStringLiteral("HTTP 500 (no OperationOutcome)"));
        QCOMPARE(OperationOutcome::toError(500, "{truncated").detail(),
                 QStringLiteral("HTTP 500 (no OperationOutcome)"));
    }

    void networkFailuresKeepTheTransportsWords() {
        const auto e = OperationOutcome::networkError(QStringLiteral("Connection refused"));
        QCOMPARE(e.code(), QByteArray("fhir/network"));
        QCOMPARE(e.detail(), QStringLiteral("Connection refused"));
        QVERIFY(e.userMessage().contains(QStringLiteral("injoignable")));
    }
};

QTEST_GUILESS_MAIN(OperationOutcomeTest)
#include "tst_OperationOutcome.moc"
