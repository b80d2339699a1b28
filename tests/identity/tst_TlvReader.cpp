// BER-TLV as eMRTD files carry it, and as a hostile chip might send it.
#include <sijil/identity/Tlv.h>

#include <QRandomGenerator>
#include <QtTest>

using namespace sijil;
using namespace sijil::identity;

namespace {

QByteArray hex(const char* text) {
    return QByteArray::fromHex(text);
}

// EF.COM of the ICAO 9303 part 11 appendix D example.
const QByteArray kEfCom = hex("60145F0104303130365F36063034303030305C026175");

} // namespace

class tst_TlvReader : public QObject {
    Q_OBJECT

private slots:
    void efCom() {
        const auto com = TlvReader::readOne(kEfCom, true);
        QVERIFY(com.ok());
        QCOMPARE(com->tag, 0x60u);
        QVERIFY(com->constructed);
        QCOMPARE(com->children.size(), 3);
        QCOMPARE(com->child(0x5F01)->value, QByteArray("0106"));
        QCOMPARE(com->child(0x5F36)->value, QByteArray("040000"));
        QCOMPARE(com->child(0x5C)->value, hex("6175"));
        QVERIFY(!com->child(0x5F01)->constructed);
        QCOMPARE(com->child(0x99), nullptr);
    }

    void header() {
        const auto h = TlvReader::readHeader(hex("7F61820400"));
        QVERIFY(h.ok());
        QCOMPARE(h->tag, 0x7F61u);
        QVERIFY(h->constructed);
        QCOMPARE(h->headerLength, 5);
        QCOMPARE(h->valueLength, 0x400);
        QCOMPARE(h->totalLength(), 0x405);
        // Only the header need be there.
        const auto dg2 = TlvReader::readHeader(hex("75823A10"));
        QVERIFY(dg2.ok());
        QCOMPARE(dg2->valueLength, 0x3A10);
    }

    void lengthForms() {
        for (int length : {0, 1, 127, 128, 255, 256, 65535, 65536}) {
            const QByteArray value(length, 'v');
            const QByteArray encoded = TlvReader::encode(0x5F1F, value);
            const auto tlv = TlvReader::readOne(encoded);
            QVERIFY2(tlv.ok(), qPrintable(QString::number(length)));
            QCOMPARE(tlv->tag, 0x5F1Fu);
            QCOMPARE(tlv->value.size(), length);
        }
        QCOMPARE(TlvReader::encodeLength(127), hex("7F"));
        QCOMPARE(TlvReader::encodeLength(128), hex("8180"));
        QCOMPARE(TlvReader::encodeLength(256), hex("820100"));
        QCOMPARE(TlvReader::encodeLength(65536), hex("83010000"));
        // Non-minimal length forms are still BER.
        const auto longForm = TlvReader::readOne(hex("04820002ABCD"));
        QVERIFY(longForm.ok());
        QCOMPARE(longForm->value, hex("ABCD"));
    }

    void sequence() {
        const auto all = TlvReader::readAll(hex("8001AA9F1F00A103810100"), true);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(1).tag, 0x9F1Fu);
        QVERIFY(all->at(1).value.isEmpty());
        QCOMPARE(all->at(2).children.size(), 1);
        QCOMPARE(TlvReader::find(*all, 0xA1)->children.at(0).tag, 0x81u);
        QVERIFY(TlvReader::readAll(QByteArray()).ok());
    }

    void malformed_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("tag only") << hex("61");
        QTest::newRow("multi-byte tag cut") << hex("5F");
        QTest::newRow("tag continues") << hex("5F9F");
        QTest::newRow("tag of 5 bytes") << hex("5F8181817F00");
        QTest::newRow("indefinite length") << hex("61800000");
        QTest::newRow("length of 5 bytes") << hex("618500000000010000");
        QTest::newRow("length bytes cut") << hex("618201");
        QTest::newRow("value cut") << hex("6105010203");
        QTest::newRow("huge length") << hex("6184FFFFFFFF00");
        QTest::newRow("padding 00") << hex("00");
        QTest::newRow("padding FF") << hex("FF6100");
        QTest::newRow("trailing byte") << hex("610001");
        QTest::newRow("child past parent") << hex("6103800501");
    }

    void malformed() {
        QFETCH(QByteArray, bytes);
        const auto tlv = TlvReader::readOne(bytes, true);
        QVERIFY(!tlv.ok());
        QCOMPARE(tlv.error().code(), QByteArray("identity/tlv-malformed"));
        QVERIFY(!tlv.error().detail().isEmpty());
    }

    // Nesting beyond kMaxDepth is refused instead of recursing as deep as the chip likes.
    void deepNesting() {
        QByteArray nested = hex("8000");
        for (int i = 0; i < 40; ++i)
            nested = TlvReader::encode(0x30, nested);
        const auto deep = TlvReader::readOne(nested, true);
        QVERIFY(!deep.ok());
        QVERIFY(deep.error().detail().contains(QStringLiteral("nesting")));
        QVERIFY(TlvReader::readOne(nested, false).ok());
    }

    // Every truncation of a valid structure fails; none reads past the bytes given.
    void everyTruncationFails() {
        const QByteArray dg1 = hex("615B5F1F58") + QByteArray(88, 'A');
        QVERIFY(TlvReader::readOne(dg1, true).ok());
        for (qsizetype n = 0; n < dg1.size(); ++n)
            QVERIFY(!TlvReader::readOne(QByteArrayView(dg1).first(n), true).ok());
    }

    // Random bytes, and random bytes behind plausible tags: never a crash (the test runs under
    // ASan in the asan preset), and whatever is accepted re-encodes to what was read.
    void randomInput() {
        QRandomGenerator random(20240601);
        for (int round = 0; round < 20000; ++round) {
            QByteArray bytes(int(random.bounded(0, 24)), Qt::Uninitialized);
            for (char& c : bytes)
                c = char(random.bounded(256));
            if (round % 2 == 0 && !bytes.isEmpty())
                bytes[0] = char(0x61);
            const auto all = TlvReader::readAll(bytes, true);
            if (!all.ok())
                continue;
            QByteArray again;
            for (const Tlv& tlv : *all)
                again += TlvReader::encode(tlv.tag, tlv.value);
            // Non-minimal lengths re-encode shorter; the values are the same bytes.
            const auto reread = TlvReader::readAll(again, true);
            QVERIFY(reread.ok());
            QCOMPARE(reread->size(), all->size());
            for (qsizetype i = 0; i < all->size(); ++i)
                QCOMPARE(reread->at(i).value, all->at(i).value);
        }
    }
};

QTEST_GUILESS_MAIN(tst_TlvReader)
#include "tst_TlvReader.moc"
