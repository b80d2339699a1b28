// Command and response APDUs: the four ISO 7816-3 cases, short and extended.
#include <sijil/identity/Apdu.h>

#include <QtTest>

using namespace sijil;
using namespace sijil::identity;

namespace {

QByteArray hex(const char* text) {
    return QByteArray::fromHex(text);
}

CommandApdu apdu(const char* data, int le) {
    CommandApdu command;
    command.cla = 0x00;
    command.ins = 0xB0;
    command.p1 = 0x01;
    command.p2 = 0x02;
    command.data = hex(data);
    command.le = le;
    return command;
}

} // namespace

class tst_Apdu : public QObject {
    Q_OBJECT

private slots:
    void encoding_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("le");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("case 1") << QByteArray() << CommandApdu::kNoLe << hex("00B00102");
        QTest::newRow("case 2") << QByteArray() << 4 << hex("00B0010204");
        QTest::newRow("case 2, Le 256") << QByteArray() << 256 << hex("00B0010200");
        QTest::newRow("case 3") << hex("011E") << CommandApdu::kNoLe << hex("00B0010202011E");
        QTest::newRow("case 4") << hex("011E") << 16 << hex("00B0010202011E10");
        QTest::newRow("case 2 extended") << QByteArray() << 1000
                                         << hex("00B0010200"
                                                "03E8");
        QTest::newRow("case 2 extended, 65536") << QByteArray() << 65536 << hex("00B00102000000");
        QTest::newRow("case 4 extended") << hex("AABB") << 300 << hex("00B00102000002AABB012C");
    }

    void encoding() {
        QFETCH(QByteArray, data);
        QFETCH(int, le);
        QFETCH(QByteArray, expected);
        CommandApdu command = apdu("", le);
        command.data = data;
        QCOMPARE(command.encode().toHex(), expected.toHex());
        const auto decoded = CommandApdu::decode(expected);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->data, data);
        QCOMPARE(decoded->le, le);
        QCOMPARE(decoded->ins, quint8(0xB0));
    }

    void longDataIsExtended() {
        CommandApdu command = apdu("", CommandApdu::kNoLe);
        command.data = QByteArray(300, 'x');
        const QByteArray encoded = command.encode();
        QCOMPARE(encoded.size(), 4 + 3 + 300);
        QCOMPARE(encoded.mid(4, 3).toHex(), QByteArray("00012c"));
        const auto decoded = CommandApdu::decode(encoded);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->data.size(), 300);
    }

    void unencodable() {
        QVERIFY(apdu("", 0).encode().isEmpty());
        QVERIFY(apdu("", 65537).encode().isEmpty());
        CommandApdu huge = apdu("", CommandApdu::kNoLe);
        huge.data = QByteArray(65536, 'x');
        QVERIFY(huge.encode().isEmpty());
    }

    void undecodable() {
        for (const char* bytes : {"00B001", "00B0010205AABB", "00B0010200000501", "00B001020000"}) {
            const auto decoded = CommandApdu::decode(hex(bytes));
            QVERIFY2(!decoded.ok(), bytes);
            QCOMPARE(decoded.error().code(), QByteArray("identity/apdu-malformed"));
        }
    }

    void response() {
        const auto ok = ResponseApdu::decode(hex("60145F019000"));
        QVERIFY(ok.ok());
        QCOMPARE(ok->data, hex("60145F01"));
        QCOMPARE(ok->sw, quint16(0x9000));
        QVERIFY(ok->isSuccess());
        QCOMPARE(ok->encode(), hex("60145F019000"));
        const auto status = ResponseApdu::decode(hex("6A82"));
        QVERIFY(status.ok());
        QVERIFY(status->data.isEmpty());
        QVERIFY(!status->isSuccess());
        QVERIFY(!ResponseApdu::decode(hex("90")).ok());
    }
};

QTEST_GUILESS_MAIN(tst_Apdu)
#include "tst_Apdu.moc"
