#include "SerialMrzSamples.h"

#include <sijil/identity/SerialMrzFramer.h>

#include <QtTest>

using namespace sijil::identity;
using namespace sijil::identity::test;
using Kind = SerialMrzFramer::Event::Kind;

namespace {

// What the framer made of `bytes`, fed `chunk` bytes at a time: "Z:<zone>" or "G" per event.
QStringList run(const QByteArray& bytes, int chunk) {
    SerialMrzFramer framer;
    QStringList out;
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        for (const auto& e : framer.feed(bytes.mid(i, chunk)))
            out << (e.kind == Kind::Zone ? QStringLiteral("Z:") + e.zone : QStringLiteral("G"));
    }
    return out;
}

} // namespace

class tst_SerialMrzFramer : public QObject {
    Q_OBJECT
private slots:
    void samplesHaveTheirFormatsLengths() {
        QCOMPARE(kTd3Line1.size(), 44);
        QCOMPARE(kTd3Line2.size(), 44);
        QCOMPARE(kTd2Line1.size(), 36);
        QCOMPARE(kTd2Line2.size(), 36);
        QCOMPARE(kTd1Line1.size(), 30);
        QCOMPARE(kTd1Line2.size(), 30);
        QCOMPARE(kTd1Line3.size(), 30);
    }

    void zonesWhateverTheChunking_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");
        const QString td3 = QStringLiteral("Z:") + td3Zone();
        const QString td2 =
            QStringLiteral("Z:") + QString::fromLatin1(kTd2Line1 + '\n' + kTd2Line2);
        const QString td1 = QStringLiteral("Z:") +
                            QString::fromLatin1(kTd1Line1 + '\n' + kTd1Line2 + '\n' + kTd1Line3);
        QTest::newRow("TD3 CR LF") << kTd3Line1 + "\r\n" + kTd3Line2 + "\r\n" << QStringList{td3};
        QTest::newRow("TD3 CR") << kTd3Line1 + "\r" + kTd3Line2 + "\r" << QStringList{td3};
        QTest::newRow("TD3 LF") << kTd3Line1 + "\n" + kTd3Line2 + "\n" << QStringList{td3};
        QTest::newRow("TD2") << kTd2Line1 + "\r\n" + kTd2Line2 + "\r\n" << QStringList{td2};
        QTest::newRow("TD1") << kTd1Line1 + "\r" + kTd1Line2 + "\r" + kTd1Line3 + "\r"
                             << QStringList{td1};
        QTest::newRow("STX/ETX, CR LF inside")
            << "\x02" + kTd3Line1 + "\r\n" + kTd3Line2 + "\r\n\x03" << QStringList{td3};
        QTest::newRow("STX/ETX, last line ends at ETX")
            << "\x02" + kTd1Line1 + "\r" + kTd1Line2 + "\r" + kTd1Line3 + "\x03"
            << QStringList{td1};
        QTest::newRow("trailing status line") << kTd3Line1 + "\r\n" + kTd3Line2 + "\r\nOK\r\n"
                                              << QStringList{td3};
        QTest::newRow("status after ETX")
            << "\x02" + kTd3Line1 + "\r" + kTd3Line2 + "\r\x03" + "0\r\n"
            << QStringList{td3};
        QTest::newRow("two zones back to back")
            << kTd3Line1 + "\r\n" + kTd3Line2 + "\r\n" + kTd2Line1 + "\r\n" + kTd2Line2 + "\r\n"
            << QStringList{td3, td2};
        QTest::newRow("noise, then a zone") << QByteArray("\xff\xfe#@!garbled-bytes-here\r\n") +
                                                   kTd3Line1 + "\r\n" + kTd3Line2 + "\r\n"
                                            << QStringList{QStringLiteral("G"), td3};
        QTest::newRow("mixed lengths: the cut zone is garbage, the next one counts")
            << kTd2Line1 + "\r\n" + kTd3Line1 + "\r\n" + kTd3Line2 + "\r\n"
            << QStringList{QStringLiteral("G"), td3};
        QTest::newRow("frame ends early")
            << "\x02" + kTd3Line1 + "\r\n\x03" << QStringList{QStringLiteral("G")};
        QTest::newRow("STX cuts a frame short")
            << "\x02" + kTd3Line1 + "\r\n\x02" + kTd3Line1 + "\r\n" + kTd3Line2 + "\r\n\x03"
            << QStringList{QStringLiteral("G"), td3};
        QTest::newRow("lowercase is not a zone")
            << kTd3Line1.toLower() + "\r\n" + kTd3Line2 + "\r\n"
            << QStringList{QStringLiteral("G")};
        QTest::newRow("endless line")
            << QByteArray(500, 'A') + "\r\n" + kTd3Line1 + "\r\n" + kTd3Line2 + "\r\n"
            << QStringList{QStringLiteral("G"), td3};
        QTest::newRow("status alone is silent") << QByteArray("OK\r\n\x06\r\n") << QStringList{};
    }

    void zonesWhateverTheChunking() {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        for (int chunk : {1, 3, 7, 45, int(bytes.size())}) {
            const QStringList got = run(bytes, chunk);
            // Garbage is reported once per chunk at most: with small chunks a run of noise may
            // be said more than once; zones and their order never change.
            QStringList zones = got.filter(QStringLiteral("Z:"));
            QCOMPARE(zones, expected.filter(QStringLiteral("Z:")));
            QCOMPARE(got.contains(QStringLiteral("G")), expected.contains(QStringLiteral("G")));
            if (chunk == int(bytes.size()))
                QCOMPARE(got, expected);
        }
    }

    void resetDropsAHalfZone() {
        SerialMrzFramer framer;
        QVERIFY(framer.feed(kTd3Line1 + "\r\n").empty());
        framer.reset();
        // Without reset this second line would complete the first one's zone.
        const auto events = framer.feed(kTd3Line2 + "\r\n");
        QVERIFY(events.empty());
    }
};

QTEST_GUILESS_MAIN(tst_SerialMrzFramer)
#include "tst_SerialMrzFramer.moc"
