// The growing delay after failed sign-ins, on a clock the test moves by hand.
#include <sijil/access/SignInThrottle.h>
#include <sijil/core/Clock.h>

#include <QtTest>

#include <limits>

using sijil::access::SignInThrottle;
using sijil::core::ManualClock;

class SignInThrottleTest : public QObject {
    Q_OBJECT

private slots:
    void delayAfter_data() {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("negative") << -1 << qint64(0);
        QTest::newRow("0") << 0 << qint64(0);
        QTest::newRow("1") << 1 << qint64(0);
        QTest::newRow("2") << 2 << qint64(0);
        QTest::newRow("3") << 3 << qint64(5'000);
        QTest::newRow("4") << 4 << qint64(10'000);
        QTest::newRow("5") << 5 << qint64(20'000);
        QTest::newRow("6") << 6 << qint64(40'000);
        QTest::newRow("7") << 7 << qint64(80'000);
        QTest::newRow("8") << 8 << qint64(160'000);
        QTest::newRow("9: capped") << 9 << qint64(300'000);
        QTest::newRow("20") << 20 << qint64(300'000);
        QTest::newRow("100") << 100 << qint64(300'000);
        QTest::newRow("int max") << std::numeric_limits<int>::max() << qint64(300'000);
    }

    void delayAfter() {
        QFETCH(int, failures);
        QFETCH(qint64, delayMs);
        QCOMPARE(SignInThrottle::delayAfterMs(failures), delayMs);
    }

    void delayNeverDecreases() {
        qint64 previous = 0;
        for (int n = 0; n < 200; ++n) {
            const qint64 d = SignInThrottle::delayAfterMs(n);
            QVERIFY2(d >= previous, qPrintable(QString::number(n)));
            QVERIFY(d <= SignInThrottle::kMaxDelayMs);
            previous = d;
        }
    }

    void remainingCountsDownOnTheClock() {
        ManualClock clock;
        const QDateTime failedAt = clock.nowUtc();
        QCOMPARE(SignInThrottle::remainingMs(3, failedAt, clock.nowUtc()), qint64(5'000));
        clock.advanceMs(1'000);
        QCOMPARE(SignInThrottle::remainingMs(3, failedAt, clock.nowUtc()), qint64(4'000));
        clock.advanceMs(3'999);
        QCOMPARE(SignInThrottle::remainingMs(3, failedAt, clock.nowUtc()), qint64(1));
        clock.advanceMs(1);
        QCOMPARE(SignInThrottle::remainingMs(3, failedAt, clock.nowUtc()), qint64(0));
        clock.advanceMs(60'000); // never negative
        QCOMPARE(SignInThrottle::remainingMs(3, failedAt, clock.nowUtc()), qint64(0));

        // Two failures cost nothing; no recorded failure time means no wait.
        QCOMPARE(SignInThrottle::remainingMs(2, clock.nowUtc(), clock.nowUtc()), qint64(0));
        QCOMPARE(SignInThrottle::remainingMs(50, QDateTime(), clock.nowUtc()), qint64(0));
        // The cap applies to the remaining time too.
        QCOMPARE(SignInThrottle::remainingMs(50, clock.nowUtc(), clock.nowUtc()), qint64(300'000));
    }

    void remainingAcrossTimeZones() {
        // The same instant written in another zone gives the same answer.
        const QDateTime utc(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        const QDateTime casablancaOffset = utc.toOffsetFromUtc(3600);
        QCOMPARE(SignInThrottle::remainingMs(4, casablancaOffset, utc.addMSecs(2'500)),
                 qint64(7'500));
    }

    void unknownUsernamesAreTrackedCaseInsensitively() {
        ManualClock clock;
        SignInThrottle throttle;
        QCOMPARE(throttle.unknownRemainingMs(QStringLiteral("ghost"), clock.nowUtc()), qint64(0));

        throttle.recordUnknownFailure(QStringLiteral("Ghost"), clock.nowUtc());
        throttle.recordUnknownFailure(QStringLiteral("GHOST"), clock.nowUtc());
        // Two failures: still free.
        QCOMPARE(throttle.unknownRemainingMs(QStringLiteral("ghost"), clock.nowUtc()), qint64(0));
        throttle.recordUnknownFailure(QStringLiteral("ghost"), clock.nowUtc());
        // The third, under any spelling of the name, starts the delay for all spellings.
        QCOMPARE(throttle.unknownRemainingMs(QStringLiteral("ghost"), clock.nowUtc()),
                 qint64(5'000));
        QCOMPARE(throttle.unknownRemainingMs(QStringLiteral("gHoSt"), clock.nowUtc()),
                 qint64(5'000));
        // Another name is not affected.
        QCOMPARE(throttle.unknownRemainingMs(QStringLiteral("ghost2"), clock.nowUtc()), qint64(0));

        clock.advanceMs(2'000);
        QCOMPARE(throttle.unknownRemainingMs(QStringLiteral("GHOST"), clock.nowUtc()),
                 qint64(3'000));
        clock.advanceMs(3'000);
        QCOMPARE(throttle.unknownRemainingMs(QStringLiteral("ghost"), clock.nowUtc()), qint64(0));

        // A fourth failure doubles the delay, counted from that failure.
        throttle.recordUnknownFailure(QStringLiteral("Ghost"), clock.nowUtc());
        QCOMPARE(throttle.unknownRemainingMs(QStringLiteral("ghost"), clock.nowUtc()),
                 qint64(10'000));
    }

    void manualClockMovesOnlyWhenTold() {
        ManualClock clock;
        const QDateTime start = clock.nowUtc();
        QCOMPARE(start, QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(clock.nowUtc(), start);
        clock.advanceMs(1'500);
        QCOMPARE(start.msecsTo(clock.nowUtc()), qint64(1'500));
        const QDateTime later(QDate(2027, 6, 1), QTime(12, 0), Qt::UTC);
        clock.set(later);
        QCOMPARE(clock.nowUtc(), later);
    }
};

QTEST_GUILESS_MAIN(SignInThrottleTest)
#include "tst_SignInThrottle.moc"
