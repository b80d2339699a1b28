// EmrtdReader against a chip written from ICAO 9303 (FakeEmrtdChip.h): the whole read, the
// number of APDUs and their Le, and every refusal. The real emulator over PC/SC is in
// tst_EmrtdReaderPcsc.
#include "FakeEmrtdChip.h"
#include "TestPki.h"

#include <sijil/identity/EmrtdReader.h>
#include <sijil/identity/TrustStore.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using namespace sijil::identity;
using test::FakeEmrtdChip;

namespace {

const QString kMrz = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
                                    "L898902C<3UTO6908061F9406236ZE184226B<<<<<14");
const BacKey kKey{QStringLiteral("L898902C"), QStringLiteral("690806"), QStringLiteral("940623")};
const QDate kToday(2024, 6, 1);

QByteArray efCom() {
    return TlvReader::encode(0x60, TlvReader::encode(0x5F01, "0107") +
                                       TlvReader::encode(0x5F36, "040000") +
                                       TlvReader::encode(0x5C, QByteArray::fromHex("6175")));
}

QByteArray dg1(const QString& mrz = kMrz) {
    return TlvReader::encode(0x61, TlvReader::encode(0x5F1F, mrz.toLatin1()));
}

QByteArray bigFile(quint32 tag, int valueLength) {
    QByteArray value(valueLength, Qt::Uninitialized);
    for (int i = 0; i < valueLength; ++i)
        value[i] = char(i * 7 + 3);
    return TlvReader::encode(tag, value);
}

void fill(FakeEmrtdChip& chip) {
    chip.files[0x011E] = efCom();
    chip.files[0x0101] = dg1();
}

EmrtdReader::Options options() {
    EmrtdReader::Options o;
    o.today = kToday;
    return o;
}

QList<int> readLes(const FakeEmrtdChip& chip) {
    QList<int> les;
    for (const auto& seen : chip.seen) {
        if (seen.ins == 0xB0)
            les << seen.le;
    }
    return les;
}

} // namespace

class tst_EmrtdReader : public QObject {
    Q_OBJECT

private slots:
    void readsComAndDg1UnderSecureMessaging() {
        FakeEmrtdChip chip(kKey);
        fill(chip);
        EmrtdReader reader(chip, options());
        const auto data = reader.read(kKey);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().detail()));
        QCOMPARE(data->ldsVersion, QStringLiteral("0107"));
        QCOMPARE(data->unicodeVersion, QStringLiteral("040000"));
        QCOMPARE(data->dataGroups, (QList<int>{1, 2}));
        QCOMPARE(data->mrzText, kMrz);
        QCOMPARE(data->dg1, dg1());
        QCOMPARE(data->mrz.documentNumber, QStringLiteral("L898902C"));
        QCOMPARE(data->mrz.familyName, QStringLiteral("ERIKSSON"));
        QCOMPARE(data->mrz.givenNames, QStringLiteral("ANNA MARIA"));
        QCOMPARE(data->mrz.birthDate, core::PartialDate::fromDate(QDate(1969, 8, 6)));
        QVERIFY(reader.secureMessagingActive());

        // SELECT EF.CardAccess and SELECT MF (both refused: no PACE, so BAC), SELECT, GET
        // CHALLENGE, EXTERNAL AUTHENTICATE, then per file SELECT and two READ BINARY: the 4-byte
        // header, then the rest in one; last the SELECT of EF.SOD, which this chip lacks (tolerated
        // without a trust store).
        QVERIFY(data->sod.isEmpty());
        QVERIFY(!data->passiveAuthentication);
        QCOMPARE(data->accessProtocol, AccessProtocol::Bac);
        QVERIFY(data->paceProtocol.isEmpty());
        QCOMPARE(reader.apduCount(), 12);
        QCOMPARE(chip.seen.size(), 12);
        QCOMPARE(chip.seen.at(0).ins, quint8(0xA4));
        QCOMPARE(chip.seen.at(1).ins, quint8(0xA4));
        QCOMPARE(chip.seen.at(3).ins, quint8(0x84));
        QCOMPARE(readLes(chip), (QList<int>{4, int(efCom().size()) - 4, 4, int(dg1().size()) - 4}));
        for (qsizetype i = 5; i < chip.seen.size(); ++i)
            QVERIFY2(chip.seen.at(i).protectedCommand, qPrintable(QString::number(i)));
        QVERIFY(!chip.seen.at(0).protectedCommand);
        QVERIFY(!chip.seen.at(4).protectedCommand);
    }

    // The most a short protected response carries: 231 plain bytes per READ BINARY.
    void largeFileInTheFewestReads() {
        FakeEmrtdChip chip(kKey);
        fill(chip);
        chip.files[0x010B] = bigFile(0x6B, 996); // 1000 bytes with its header
        EmrtdReader reader(chip, options());
        QCOMPARE(reader.maxReadLength(), 256);
        QVERIFY(reader.selectApplication().ok());
        QVERIFY(reader.authenticate(kKey).ok());
        QCOMPARE(reader.maxReadLength(), 231);
        chip.seen.clear();
        const int before = reader.apduCount();
        const auto file = reader.readFile(0x010B);
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().detail()));
        QCOMPARE(*file, chip.files[0x010B]);
        QCOMPARE(readLes(chip), (QList<int>{4, 231, 231, 231, 231, 72}));
        QCOMPARE(reader.apduCount() - before, 1 + 6);
    }

    void largestReadUnderSecureMessaging() {
        QCOMPARE(EmrtdReader::largestReadUnderSecureMessaging(256), 231);
        // One byte more and the padded cryptogram grows by a block, past 256.
        FakeEmrtdChip chip(kKey);
        fill(chip);
        chip.files[0x010B] = bigFile(0x6B, 996);
        EmrtdReader::Options tooLarge = options();
        tooLarge.maxReadLength = 232;
        EmrtdReader reader(chip, tooLarge);
        QVERIFY(reader.selectApplication().ok());
        QVERIFY(reader.authenticate(kKey).ok());
        const auto file = reader.readFile(0x010B);
        QVERIFY(!file.ok());
        QCOMPARE(EmrtdReader::largestReadUnderSecureMessaging(65536), 65511);
    }

    // Extended length only when both the card's ATR and the reader say so.
    void extendedLengthWhenAnnounced() {
        FakeEmrtdChip chip(kKey);
        fill(chip);
        chip.files[0x0102] = bigFile(0x75, 5000);
        chip.maxResponse = 65538;
        chip.cardAtr = QByteArray::fromHex("3B858001"
                                           "80730000C0"
                                           "00"); // 3rd byte: 0xC0
        EmrtdReader reader(chip, options());
        QVERIFY(reader.selectApplication().ok());
        QVERIFY(reader.authenticate(kKey).ok());
        QCOMPARE(reader.maxReadLength(), 65511);
        chip.seen.clear();
        const auto file = reader.readFile(0x0102);
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().detail()));
        QCOMPARE(*file, chip.files[0x0102]);
        QCOMPARE(readLes(chip), (QList<int>{4, int(chip.files[0x0102].size()) - 4}));

        chip.cardAtr = QByteArray::fromHex("3B858001"
                                           "8073000000"
                                           "00");
        QCOMPARE(reader.maxReadLength(), 231);
        chip.cardAtr = QByteArray::fromHex("3B858001"
                                           "80730000C0"
                                           "00");
        chip.maxResponse = 258;
        QCOMPARE(reader.maxReadLength(), 231);
    }

    void atrCapabilities_data() {
        QTest::addColumn<QByteArray>("atr");
        QTest::addColumn<bool>("extended");
        QTest::newRow("T=1, capabilities with extended")
            << QByteArray::fromHex("3B868001807300004000") << true;
        QTest::newRow("TA1 TB1 TC1 TD1 TD2")
            << QByteArray::fromHex("3BF51300008131FE45807300C040") << true;
        QTest::newRow("without extended") << QByteArray::fromHex("3B868001807300000000") << false;
        QTest::newRow("category 00 with status")
            << QByteArray::fromHex("3B8880010073000040009000") << true;
        QTest::newRow("no historical bytes") << QByteArray::fromHex("3B00") << false;
        QTest::newRow("historical bytes cut") << QByteArray::fromHex("3B8F800180") << false;
        QTest::newRow("capabilities cut") << QByteArray::fromHex("3B838001807300") << false;
        QTest::newRow("TD chain cut") << QByteArray::fromHex("3B80") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void atrCapabilities() {
        QFETCH(QByteArray, atr);
        QFETCH(bool, extended);
        QCOMPARE(EmrtdReader::atrAnnouncesExtendedLength(atr), extended);
    }

    void wrongMrzIsRefused() {
        FakeEmrtdChip chip(kKey);
        fill(chip);
        EmrtdReader reader(chip, options());
        BacKey wrong = kKey;
        wrong.birthDate = QStringLiteral("690807");
        const auto data = reader.read(wrong);
        QVERIFY(!data.ok());
        QCOMPARE(data.error().code(), QByteArray("identity/bac-refused"));
        QVERIFY(data.error().detail().contains(QStringLiteral("6300")));
        QVERIFY(!reader.secureMessagingActive());
        QCOMPARE(reader.apduCount(), 5);
    }

    void notAnEmrtd() {
        FakeEmrtdChip chip(kKey);
        chip.hasApplication = false;
        EmrtdReader reader(chip, options());
        const auto data = reader.read(kKey);
        QVERIFY(!data.ok());
        QCOMPARE(data.error().code(), QByteArray("identity/not-emrtd"));
        QCOMPARE(reader.apduCount(), 3);
    }

    void tamperedResponseEndsTheSession() {
        FakeEmrtdChip chip(kKey);
        fill(chip);
        EmrtdReader reader(chip, options());
        QVERIFY(reader.selectApplication().ok());
        QVERIFY(reader.authenticate(kKey).ok());
        chip.tamperNextResponse = true;
        const auto file = reader.readFile(0x0101);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code(), QByteArray("identity/sm-invalid-response"));
        QVERIFY(!reader.secureMessagingActive());
    }

    void missingFile() {
        FakeEmrtdChip chip(kKey);
        fill(chip);
        EmrtdReader reader(chip, options());
        QVERIFY(reader.selectApplication().ok());
        QVERIFY(reader.authenticate(kKey).ok());
        const auto file = reader.readFile(0x0103);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code(), QByteArray("identity/file-not-found"));
        // A status word under SM is not an SM failure: the session goes on.
        QVERIFY(reader.secureMessagingActive());
        QVERIFY(reader.readFile(0x0101).ok());
    }

    void fileLargerThanOffsetsReach() {
        FakeEmrtdChip chip(kKey);
        fill(chip);
        chip.files[0x0103] = QByteArray::fromHex("638300A000") + QByteArray(16, 'x');
        EmrtdReader reader(chip, options());
        QVERIFY(reader.selectApplication().ok());
        QVERIFY(reader.authenticate(kKey).ok());
        const auto file = reader.readFile(0x0103);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code(), QByteArray("identity/file-too-large"));
    }

    // A file shorter than its header says: the chip's 6282 ends the read with an error.
    void truncatedFile() {
        FakeEmrtdChip chip(kKey);
        fill(chip);
        chip.files[0x0101] = dg1().first(40);
        EmrtdReader reader(chip, options());
        const auto data = reader.read(kKey);
        QVERIFY(!data.ok());
        QCOMPARE(data.error().code(), QByteArray("identity/chip-error"));
    }

    void passiveAuthenticationWithATrustStore() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const test::Identity csca = test::makeIdentity("CSCA Utopia", true);
        const test::Identity ds = test::makeIdentity("DS Utopia", false, &csca);
        TrustStore trust(dir.filePath(QStringLiteral("csca")));
        QVERIFY(trust.importData(test::der(csca.cert)).ok());

        FakeEmrtdChip chip(kKey);
        fill(chip);
        chip.files[0x011D] = test::makeSod({{1, dg1()}, {2, test::tlv(0x75, "face")}}, ds);
        EmrtdReader::Options o = options();
        o.trustStore = &trust;
        EmrtdReader reader(chip, o);
        const auto data = reader.read(kKey);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().detail()));
        QCOMPARE(data->sod, chip.files[0x011D]);
        QVERIFY(data->passiveAuthentication);
        QCOMPARE(data->passiveAuthentication->outcome,
                 PassiveAuthenticationResult::Outcome::Verified);
        QCOMPARE(data->passiveAuthentication->verifiedDataGroups, QList<int>{1});

        // Without the store the file is read and left unchecked.
        EmrtdReader plain(chip, options());
        const auto unchecked = plain.read(kKey);
        QVERIFY(unchecked.ok());
        QCOMPARE(unchecked->sod, chip.files[0x011D]);
        QVERIFY(!unchecked->passiveAuthentication);

        // A DG1 rewritten on the chip (a clone with another holder's zone) is reported altered.
        QString other = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
                                       "L898902C<3UTO6908061F9406236ZE184226B<<<<<14");
        other.replace(QStringLiteral("ANNA<MARIA<"), QStringLiteral("ANNE<MARIE<"));
        chip.files[0x0101] = dg1(other);
        EmrtdReader again(chip, o);
        const auto altered = again.read(kKey);
        QVERIFY(altered.ok());
        QCOMPARE(altered->passiveAuthentication->outcome,
                 PassiveAuthenticationResult::Outcome::Altered);
        QCOMPARE(altered->passiveAuthentication->failedDataGroups, QList<int>{1});

        // With a store, a chip without EF.SOD cannot be authenticated.
        chip.files.remove(0x011D);
        chip.files[0x0101] = dg1();
        EmrtdReader missing(chip, o);
        const auto none = missing.read(kKey);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code(), QByteArray("identity/sod-missing"));
    }

    void dg1WithABadZone() {
        FakeEmrtdChip chip(kKey);
        fill(chip);
        QString bad = kMrz;
        bad[50] = u'7'; // birth date no longer matches its check digit
        chip.files[0x0101] = dg1(bad);
        EmrtdReader reader(chip, options());
        const auto data = reader.read(kKey);
        QVERIFY(!data.ok());
        QVERIFY(data.error().code().startsWith("identity/mrz-"));
    }
};

QTEST_GUILESS_MAIN(tst_EmrtdReader)
#include "tst_EmrtdReader.moc"
