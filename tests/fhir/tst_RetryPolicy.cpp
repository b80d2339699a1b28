// Which failures are retried, how long to wait, and the server's Retry-After.
#include <sijil/fhir/RetryPolicy.h>

#include <QtTest>

using sijil::fhir::RetryPolicy;
using namespace std::chrono_literals;

class RetryPolicyTest : public QObject {
    Q_OBJECT

private slots:
    void onlyCurableFailuresAreRetried_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("network");
        QTest::addColumn<bool>("retry");
        QTest::newRow("connection refused") << 0 << true << true;
        QTest::newRow("429 too many requests") << 429 << false << true;
        QTest::newRow("500") << 500 << false << true;
        QTest::newRow("502 bad gateway") << 502 << false << true;
        QTest::newRow("503 unavailable") << 503 << false << true;
        QTest::newRow("504 gateway timeout") << 504 << false << true;
        QTest::newRow("501 not implemented") << 501 << false << false;
        QTest::newRow("400 bad request") << 400 << false << false;
        QTest::newRow("401") << 401 << false << false;
        QTest::newRow("404") << 404 << false << false;
        QTest::newRow("409 conflict") << 409 << false << false;
        QTest::newRow("412 precondition failed") << 412 << false << false;
        QTest::newRow("422 unprocessable") << 422 << false << false;
        QTest::newRow("200") << 200 << false << false;
    }
    void onlyCurableFailuresAreRetried() {
        QFETCH(int, status);
        QFETCH(bool, network);
        QFETCH(bool, retry);
        QCOMPARE(RetryPolicy::isRetryable(status, network), retry);
    }

    void backoffGrowsExponentiallyWithFullJitterAndACap() {
        const RetryPolicy p({6, 500ms, 10'000ms});
        QCOMPARE(p.backoff(1, 0.999999), 500ms);
        QCOMPARE(p.backoff(2, 0.999999), 1000ms);
        QCOMPARE(p.backoff(3, 0.999999), 2000ms);
        QCOMPARE(p.backoff(5, 0.999999), 8000ms);
        QCOMPARE(p.backoff(6, 0.999999), 10'000ms);  // capped
        QCOMPARE(p.backoff(40, 0.999999), 10'000ms); // no overflow on long outages
        QCOMPARE(p.backoff(4, 0.0), 0ms);
        QCOMPARE(p.backoff(4, 0.5), 2000ms);
        // Out-of-range draws are clamped rather than trusted.
        QCOMPARE(p.backoff(2, 7.0), 1000ms);
        QCOMPARE(p.backoff(2, -1.0), 0ms);
    }

    void attemptsAreBounded() {
        const RetryPolicy p({3, 100ms, 1000ms});
        QVERIFY(p.mayRetry(1));
        QVERIFY(p.mayRetry(2));
        QVERIFY(!p.mayRetry(3));
    }

    void retryAfterInSecondsOrAsAnHttpDate() {
        const RetryPolicy p({6, 500ms, 60'000ms});
        const QDateTime now(QDate(2026, 11, 23), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(p.retryAfter("120", now), std::optional(120'000ms)); // as asked, past maxDelay
        QCOMPARE(p.retryAfter(" 7 ", now), std::optional(7000ms));
        QCOMPARE(p.retryAfter("Mon, 23 Nov 2026 10:00:30 GMT", now), std::optional(30'000ms));
        QCOMPARE(p.retryAfter("Mon, 23 Nov 2026 09:00:00 GMT", now), std::optional(0ms));
        QCOMPARE(p.retryAfter("", now), std::nullopt);
        QCOMPARE(p.retryAfter("-5", now), std::nullopt);
        QCOMPARE(p.retryAfter("soon", now), std::nullopt);
    }

    void httpDatesAreReadInUtc() {
        const QDateTime d = sijil::fhir::httpDateUtc(" Wed, 02 Dec 2026 10:00:30 GMT\r");
        QCOMPARE(d, QDateTime(QDate(2026, 12, 2), QTime(10, 0, 30), Qt::UTC));
        QCOMPARE(d.timeSpec(), Qt::UTC);
        // Anything else is no date: a number of seconds, an ISO time, another zone, nothing.
        QVERIFY(!sijil::fhir::httpDateUtc("30").isValid());
        QVERIFY(!sijil::fhir::httpDateUtc("2026-12-02T10:00:30Z").isValid());
        QVERIFY(!sijil::fhir::httpDateUtc("Wed, 02 Dec 2026 10:00:30 CET").isValid());
        QVERIFY(!sijil::fhir::httpDateUtc({}).isValid());
    }
};

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "tst_RetryPolicy.moc"
