// Secure messaging against the protected APDUs of ICAO Doc 9303 part 11, appendix D.4, and the
// ways a response can be forged, replayed or garbled.
#include <sijil/identity/SecureMessaging.h>
#include <sijil/identity/TripleDes.h>

#include <QtTest>

using namespace sijil;
using namespace sijil::identity;

namespace {

QByteArray hex(const char* text) {
    return QByteArray::fromHex(text);
}

QString hexOf(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toHex().toUpper());
}

SessionKeys appendixSession(const char* ssc = "887022120C06C226") {
    return {hex("979EC13B1CBFE9DCD01AB0FED307EAE5"), hex("F1CB1F1FB5ADF208806B89DC579DC1F8"),
            hex(ssc)};
}

CommandApdu selectEfCom() {
    CommandApdu select;
    select.ins = 0xA4;
    select.p1 = 0x02;
    select.p2 = 0x0C;
    select.data = hex("011E");
    return select;
}

CommandApdu readBinary(int offset, int le) {
    CommandApdu read;
    read.ins = 0xB0;
    read.p1 = quint8(offset >> 8);
    read.p2 = quint8(offset & 0xFF);
    read.le = le;
    return read;
}

ResponseApdu response(const char* bytesHex) {
    auto decoded = ResponseApdu::decode(hex(bytesHex));
    return decoded.ok() ? *decoded : ResponseApdu();
}

// D.4: SELECT EF.COM, READ BINARY of 4 bytes, READ BINARY of 18 bytes at offset 4.
const char* kSelectProtected = "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800";
const char* kSelectAnswer = "990290008E08FA855A5D4C50A8ED9000";
const char* kRead4Protected = "0CB000000D9701048E08ED6705417E96BA5500";
const char* kRead4Answer = "8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000";
const char* kRead18Protected = "0CB000040D9701128E082EA28A70F3C7B53500";
const char* kRead18Answer = "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08"
                            "C8B2787EAEA07D749000";

} // namespace

class tst_SecureMessaging : public QObject {
    Q_OBJECT

private slots:
    void appendixExchange() {
        SecureMessaging sm(appendixSession());

        const auto select = sm.protect(selectEfCom());
        QVERIFY(select.ok());
        QCOMPARE(hexOf(select->encode()), QString::fromLatin1(kSelectProtected));
        QCOMPARE(hexOf(sm.ssc()), QStringLiteral("887022120C06C227"));
        const auto selected = sm.unprotect(response(kSelectAnswer));
        QVERIFY2(selected.ok(), qPrintable(selected.ok() ? QString() : selected.error().detail()));
        QCOMPARE(selected->sw, quint16(0x9000));
        QVERIFY(selected->data.isEmpty());
        QCOMPARE(hexOf(sm.ssc()), QStringLiteral("887022120C06C228"));

        const auto read4 = sm.protect(readBinary(0, 4));
        QVERIFY(read4.ok());
        QCOMPARE(hexOf(read4->encode()), QString::fromLatin1(kRead4Protected));
        const auto header = sm.unprotect(response(kRead4Answer));
        QVERIFY(header.ok());
        QCOMPARE(hexOf(header->data), QStringLiteral("60145F01"));
        QCOMPARE(header->sw, quint16(0x9000));

        const auto read18 = sm.protect(readBinary(4, 0x12));
        QVERIFY(read18.ok());
        QCOMPARE(hexOf(read18->encode()), QString::fromLatin1(kRead18Protected));
        const auto rest = sm.unprotect(response(kRead18Answer));
        QVERIFY(rest.ok());
        QCOMPARE(hexOf(rest->data), QStringLiteral("04303130365F36063034303030305C026175"));
        QCOMPARE(hexOf(sm.ssc()), QStringLiteral("887022120C06C22C"));
    }

    // Every byte of the MACed part changed in turn: each forgery is refused.
    void tamperedResponsesAreRefused() {
        const QByteArray genuine = hex(kRead18Answer);
        for (qsizetype i = 0; i < genuine.size() - 2; ++i) {
            SecureMessaging sm(appendixSession("887022120C06C22A"));
            QVERIFY(sm.protect(readBinary(4, 0x12)).ok());
            QByteArray forged = genuine;
            forged[i] = char(forged.at(i) ^ 0x04);
            const auto decoded = ResponseApdu::decode(forged);
            QVERIFY(decoded.ok());
            const auto result = sm.unprotect(*decoded);
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
        }
    }

    // The same genuine answer a second time: the counter has moved on, the MAC no longer fits.
    void replayedResponseIsRefused() {
        SecureMessaging sm(appendixSession("887022120C06C228"));
        QVERIFY(sm.protect(readBinary(0, 4)).ok());
        QVERIFY(sm.unprotect(response(kRead4Answer)).ok());
        QVERIFY(sm.protect(readBinary(0, 4)).ok());
        const auto replay = sm.unprotect(response(kRead4Answer));
        QVERIFY(!replay.ok());
        QCOMPARE(replay.error().code(), QByteArray("identity/sm-invalid-response"));
    }

    void responseWithoutMacIsRefused() {
        SecureMessaging sm(appendixSession("887022120C06C228"));
        QVERIFY(sm.protect(readBinary(0, 4)).ok());
        // DO87 and DO99 of the genuine answer, DO8E left out.
        const auto result = sm.unprotect(response("8709019FF0EC34F9922651990290009000"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), QByteArray("identity/sm-invalid-response"));

        SecureMessaging again(appendixSession("887022120C06C228"));
        QVERIFY(again.protect(readBinary(0, 4)).ok());
        const auto plainOk = again.unprotect(response("9000"));
        QVERIFY(!plainOk.ok());
    }

    // Without DO99 (vsmartcard, some chips): accepted with a 9000 trailer only, MAC still checked.
    void responseWithoutStatusObject() {
        const SessionKeys keys = appendixSession("887022120C06C228");
        // The chip's side, by hand: SSC + 1 for the command, + 1 for the response.
        const QByteArray ssc = hex("887022120C06C22A");
        const QByteArray do87 = hex("8709019FF0EC34F9922651");
        const auto macValue = tdes::retailMac(keys.macKey, tdes::pad(ssc + do87));
        QVERIFY(macValue.ok());
        const QByteArray body = do87 + hex("8E08") + *macValue;

        SecureMessaging sm(keys);
        QVERIFY(sm.protect(readBinary(0, 4)).ok());
        const auto accepted = sm.unprotect({body, 0x9000});
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().detail()));
        QCOMPARE(hexOf(accepted->data), QStringLiteral("60145F01"));
        QCOMPARE(accepted->sw, quint16(0x9000));

        SecureMessaging other(keys);
        QVERIFY(other.protect(readBinary(0, 4)).ok());
        const auto refused = other.unprotect({body, 0x6282});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QByteArray("identity/sm-invalid-response"));
    }

    // SM errors come back in plain, without objects: passed on for the caller to see.
    void plainErrorStatusPassesThrough() {
        SecureMessaging sm(appendixSession());
        QVERIFY(sm.protect(selectEfCom()).ok());
        const auto result = sm.unprotect(response("6988"));
        QVERIFY(result.ok());
        QCOMPARE(result->sw, quint16(0x6988));
        // No MAC, no step of the counter: the next protected exchange still fits (appendix D).
        QCOMPARE(hexOf(sm.ssc()), QStringLiteral("887022120C06C227"));
        const auto selected = sm.unprotect(response(kSelectAnswer));
        QVERIFY(selected.ok());
        QCOMPARE(selected->sw, quint16(0x9000));
    }

    void garbledObjectsAreRefused() {
        const char* garbled[] = {
            "87",                           // tag without length
            "8784FFFFFFFF01",               // length far past the end
            "8E08FA855A5D4C50A8ED99029000", // object after the MAC
            "5F1F00",                       // unexpected object
            "990290008E07FA855A5D4C50A8",   // 7-byte MAC
        };
        for (const char* bytes : garbled) {
            SecureMessaging sm(appendixSession());
            QVERIFY(sm.protect(selectEfCom()).ok());
            const auto decoded = ResponseApdu::decode(hex(bytes) + hex("9000"));
            QVERIFY(decoded.ok());
            QVERIFY2(!sm.unprotect(*decoded).ok(), bytes);
        }
    }

    void counterCarries() {
        SecureMessaging sm(appendixSession("00000000FFFFFFFF"));
        QVERIFY(sm.protect(readBinary(0, 4)).ok());
        QCOMPARE(hexOf(sm.ssc()), QStringLiteral("0000000100000000"));
    }

    // Extended Le inside DO97 on two bytes, and the protected command extended too.
    void extendedLength() {
        SecureMessaging sm(appendixSession());
        const auto read = sm.protect(readBinary(0, 1000));
        QVERIFY(read.ok());
        QCOMPARE(read->le, CommandApdu::kMaxExtendedLe);
        QVERIFY(read->data.startsWith(hex("970203E8")));
        const QByteArray encoded = read->encode();
        // 0C B0 00 00 | 00 00 0E (extended Lc) | DO97 and DO8E, 14 bytes | 00 00 (extended Le)
        QCOMPARE(encoded.size(), 4 + 3 + 14 + 2);
        QCOMPARE(hexOf(encoded.mid(4, 3)), QStringLiteral("00000E"));
        QCOMPARE(hexOf(encoded.right(2)), QStringLiteral("0000"));
    }

    void paddingRoundTrip() {
        for (int n = 0; n < 20; ++n) {
            const QByteArray data(n, 'x');
            const QByteArray padded = tdes::pad(data);
            QCOMPARE(padded.size() % 8, 0);
            QVERIFY(padded.size() > n);
            const auto back = tdes::unpad(padded);
            QVERIFY(back.ok());
            QCOMPARE(*back, data);
        }
        QVERIFY(!tdes::unpad(hex("0102030405060708")).ok());
        QVERIFY(!tdes::unpad(hex("800000000000000000")).ok()); // 8 zero bytes after 80
        QVERIFY(!tdes::unpad(QByteArray()).ok());
    }
};

QTEST_GUILESS_MAIN(tst_SecureMessaging)
#include "tst_SecureMessaging.moc"
