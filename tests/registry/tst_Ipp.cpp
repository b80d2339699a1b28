// The IPP's check character: ISO 7064 MOD 11-2 (vectors from ORCID, which uses the same system),
// and the slips it must catch at a desk: any one wrong digit, any two neighbours swapped.
#include <sijil/registry/Ipp.h>

#include <QtTest>

using sijil::registry::Ipp;

class IppTest : public QObject {
    Q_OBJECT

private slots:
    void checkCharacterMatchesIso7064_data() {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QChar>("check");
        QTest::newRow("orcid 0097") << QStringLiteral("000000021825009") << QChar(u'7');
        QTest::newRow("orcid 3700") << QStringLiteral("000000015109370") << QChar(u'0');
        QTest::newRow("orcid 233X") << QStringLiteral("000000021694233") << QChar(u'X');
    }
    void checkCharacterMatchesIso7064() {
        QFETCH(QString, digits);
        QFETCH(QChar, check);
        QCOMPARE(Ipp::checkCharacter(digits), check);
    }

    void numbersBecomeTenCharacters() {
        QCOMPARE(Ipp::fromNumber(1).value().size(), 10);
        QVERIFY(Ipp::fromNumber(1).value().startsWith(QStringLiteral("000000001")));
        QVERIFY(Ipp::isValid(*Ipp::fromNumber(1)));
        QVERIFY(Ipp::isValid(*Ipp::fromNumber(Ipp::kMaxNumber)));
        QVERIFY(!Ipp::fromNumber(0));
        QVERIFY(!Ipp::fromNumber(Ipp::kMaxNumber + 1));
        QVERIFY(!Ipp::fromNumber(-5));
    }

    void typingSlipsAreCaught() {
        for (qint64 n : {1LL, 123456789LL, 500000000LL, 987654321LL, 42LL}) {
            const QString ipp = *Ipp::fromNumber(n);
            QVERIFY(Ipp::isValid(ipp));
            for (int i = 0; i < 9; ++i) {
                for (char16_t d = u'0'; d <= u'9'; ++d) {
                    QString wrong = ipp;
                    if (wrong[i] == QChar(d))
                        continue;
                    wrong[i] = QChar(d);
                    QVERIFY2(!Ipp::isValid(wrong), qPrintable(wrong));
                }
                if (i < 8 && ipp[i] != ipp[i + 1]) {
                    QString swapped = ipp;
                    std::swap(swapped[i], swapped[i + 1]);
                    QVERIFY2(!Ipp::isValid(swapped), qPrintable(swapped));
                }
            }
        }
    }

    void formsAreAcceptedOrRefused_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        // 021694233 has the check character X (leading zeros do not change it: see the ORCID row).
        QTest::newRow("upper X") << QStringLiteral("021694233X") << true;
        QTest::newRow("lowercase x") << QStringLiteral("021694233x") << true;
        QTest::newRow("spaces") << QStringLiteral(" 0216 94233X ") << true;
        QTest::newRow("wrong check") << QStringLiteral("0216942330") << false;
        QTest::newRow("too short") << QStringLiteral("12345") << false;
        QTest::newRow("letters") << QStringLiteral("A21694233X") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("eleven") << QStringLiteral("0021694233X") << false;
    }
    void formsAreAcceptedOrRefused() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Ipp::isValid(text), valid);
    }

    void normalizedIsUpperCaseWithoutSpaces() {
        QCOMPARE(Ipp::normalized(QStringLiteral(" 02169 4233x ")), QStringLiteral("021694233X"));
    }
};

QTEST_GUILESS_MAIN(IppTest)
#include "tst_Ipp.moc"
