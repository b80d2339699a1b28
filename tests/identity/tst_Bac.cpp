// Basic Access Control against the worked example of ICAO Doc 9303 part 11, appendix D
// (MRZ L898902C<3, born 690806, expiring 940623), and the key taken from a parsed zone.
#include <sijil/identity/Bac.h>
#include <sijil/identity/MrzParser.h>
#include <sijil/identity/TripleDes.h>

#include <QtTest>

using namespace sijil;
using namespace sijil::identity;

namespace {

QByteArray hex(const char* text) {
    return QByteArray::fromHex(text);
}

// Appendix D.2 and D.3.
const QByteArray kSeed = hex("239AB9CB282DAF66231DC5A4DF6BFBAE");
const QByteArray kEnc = hex("AB94FDECF2674FDFB9B391F85D7F76F2");
const QByteArray kMac = hex("7962D9ECE03D1ACD4C76089DCE131543");
const QByteArray kRndIc = hex("4608F91988702212");
const QByteArray kRndIfd = hex("781723860C06C226");
const QByteArray kKIfd = hex("0B795240CB7049B01C19B33E32804F0B");
const QByteArray kEIfd = hex("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2");
const QByteArray kMIfd = hex("5F1448EEA8AD90A7");
const QByteArray kChipAnswer = hex("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE1785"
                                   "34F2F2D235D074D7449");
const QByteArray kKIc = hex("0B4F80323EB3191CB04970CB4052790B");
const QByteArray kSessionSeed = hex("0036D272F5C350ACAC50C3F572D23600");
const QByteArray kSessionEnc = hex("979EC13B1CBFE9DCD01AB0FED307EAE5");
const QByteArray kSessionMac = hex("F1CB1F1FB5ADF208806B89DC579DC1F8");
const QByteArray kSsc = hex("887022120C06C226");

BacKey appendixKey() {
    return BacKey{QStringLiteral("L898902C"), QStringLiteral("690806"), QStringLiteral("940623")};
}

} // namespace

class tst_Bac : public QObject {
    Q_OBJECT

private slots:
    void mrzInformation() {
        QCOMPARE(appendixKey().mrzInformation(), QByteArray("L898902C<369080619406236"));
    }

    void keySeed() {
        QCOMPARE(Bac::keySeed(appendixKey().mrzInformation()).toHex().toUpper(),
                 kSeed.toHex().toUpper());
    }

    void documentKeys() {
        QCOMPARE(Bac::deriveKey(kSeed, 1).toHex().toUpper(), kEnc.toHex().toUpper());
        QCOMPARE(Bac::deriveKey(kSeed, 2).toHex().toUpper(), kMac.toHex().toUpper());
        const BacKeys keys = Bac::documentKeys(appendixKey());
        QCOMPARE(keys.encKey, kEnc);
        QCOMPARE(keys.macKey, kMac);
    }

    // D.2: the SHA-1 output "AB94FCEDF2664EDF B9B291F85D7F77F2" gets its parity bits adjusted.
    void parity() {
        QCOMPARE(tdes::withOddParity(hex("AB94FCEDF2664EDFB9B291F85D7F77F2")), kEnc);
        for (int b = 0; b < 256; ++b) {
            const auto adjusted = quint8(tdes::withOddParity(QByteArray(1, char(b))).at(0));
            QCOMPARE(adjusted & 0xFE, b & 0xFE);
            QVERIFY(std::popcount(adjusted) % 2 == 1);
        }
    }

    void terminalCryptogram() {
        const auto data = Bac::authenticationData({kEnc, kMac}, kRndIc, kRndIfd, kKIfd);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().detail()));
        QCOMPARE(data->toHex().toUpper(), (kEIfd + kMIfd).toHex().toUpper());
    }

    void sessionKeysFromTheChipAnswer() {
        const auto session = Bac::sessionKeys({kEnc, kMac}, kChipAnswer, kRndIc, kRndIfd, kKIfd);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().detail()));
        QCOMPARE(session->encKey.toHex().toUpper(), kSessionEnc.toHex().toUpper());
        QCOMPARE(session->macKey.toHex().toUpper(), kSessionMac.toHex().toUpper());
        QCOMPARE(session->ssc.toHex().toUpper(), kSsc.toHex().toUpper());
        // The chip's cryptogram decrypts to RND.IC || RND.IFD || K.IC.
        const auto r = tdes::decryptCbc(kEnc, kChipAnswer.first(32));
        QVERIFY(r.ok());
        QCOMPARE(*r, kRndIc + kRndIfd + kKIc);
        QCOMPARE(Bac::deriveKey(kSessionSeed, 1), kSessionEnc);
    }

    void chipAnswerWithBadMacIsRefused() {
        QByteArray answer = kChipAnswer;
        answer[answer.size() - 1] = char(answer.at(answer.size() - 1) ^ 0x01);
        const auto session = Bac::sessionKeys({kEnc, kMac}, answer, kRndIc, kRndIfd, kKIfd);
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code(), QByteArray("identity/bac-chip-unauthenticated"));
    }

    // A chip that answers with a valid MAC but not our RND.IFD (a replayed answer).
    void chipAnswerForAnotherChallengeIsRefused() {
        const QByteArray otherIfd = hex("0000000000000001");
        const auto session = Bac::sessionKeys({kEnc, kMac}, kChipAnswer, kRndIc, otherIfd, kKIfd);
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code(), QByteArray("identity/bac-chip-unauthenticated"));
        QVERIFY(
            !Bac::sessionKeys({kEnc, kMac}, kChipAnswer.first(39), kRndIc, kRndIfd, kKIfd).ok());
    }

    void keyFromParsedZone() {
        const QString zone = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                            "L898902C<3UTO6908061F9406236ZE184226B<<<<<14");
        const auto mrz = MrzParser::parse(zone, QDate(2024, 1, 1));
        QVERIFY2(mrz.ok(), qPrintable(mrz.ok() ? QString() : mrz.error().detail()));
        const auto key = BacKey::fromMrz(*mrz);
        QVERIFY(key.ok());
        QCOMPARE(key->mrzInformation(), QByteArray("L898902C<369080619406236"));
        QCOMPARE(Bac::documentKeys(*key).encKey, kEnc);
    }

    // Unknown day and month are printed "<<" and hashed as printed.
    void keyWithPartialBirthDate() {
        MrzData mrz;
        mrz.documentNumber = QStringLiteral("AB1234567");
        mrz.birthDate = core::PartialDate::year(1958);
        mrz.expiryDate = QDate(2031, 3, 9);
        const auto key = BacKey::fromMrz(mrz);
        QVERIFY(key.ok());
        QCOMPARE(key->birthDate, QStringLiteral("58<<<<"));
        QCOMPARE(key->expiryDate, QStringLiteral("310309"));
        // Check digits worked by hand: 5*7 + 8*3 = 59; 3*7 + 1*3 + 3*7 + 9 = 54.
        QCOMPARE(key->mrzInformation(), QByteArray("AB1234567158<<<<93103094"));
    }

    // TD1 numbers longer than 9 characters are used whole, with their own check digit.
    void keyWithLongDocumentNumber() {
        const BacKey key{QStringLiteral("D23145890734"), QStringLiteral("340712"),
                         QStringLiteral("950712")};
        QCOMPARE(key.mrzInformation(), QByteArray("D23145890734934071279507122"));
    }

    void keyNeedsTheFields() {
        MrzData mrz;
        mrz.documentNumber = QStringLiteral("L898902C");
        mrz.expiryDate = QDate(1994, 6, 23);
        const auto key = BacKey::fromMrz(mrz);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code(), QByteArray("identity/bac-key-incomplete"));
        QVERIFY(!key.error().userMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Bac)
#include "tst_Bac.moc"
