// PACE (ICAO 9303 part 11, 4.4) against a chip whose side is computed by OpenPACE
// (PaceChipSimulator.h), as Morocco's CNIE is opened: with the CAN printed on the card, or the
// MRZ. Checks the whole read, the commands sent, and that a refused PACE never turns into BAC.
#include "FakeEmrtdChip.h"
#include "PaceChipSimulator.h"
#include "TestPki.h"

#include <sijil/identity/DocumentReading.h>
#include <sijil/identity/EmrtdReader.h>
#include <sijil/identity/TrustStore.h>

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using namespace sijil::identity;
using test::PaceChipSimulator;

namespace {

// ICAO 9303 part 5's TD1 specimen, the layout of an ID card such as the CNIE.
const QByteArray kTd1 = "I<UTOD231458907<<<<<<<<<<<<<<<"
                        "7408122F1204159UTO<<<<<<<<<<<6"
                        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
const BacKey kMrzKey{QStringLiteral("D23145890"), QStringLiteral("740812"),
                     QStringLiteral("120415")};
const QByteArray kCan = "123456";
const QDate kToday(2011, 6, 1);

QByteArray efCom() {
    return TlvReader::encode(0x60, TlvReader::encode(0x5F01, "0107") +
                                       TlvReader::encode(0x5F36, "040000") +
                                       TlvReader::encode(0x5C, QByteArray::fromHex("61756B6C")));
}

QByteArray dg1() {
    return TlvReader::encode(0x61, TlvReader::encode(0x5F1F, kTd1));
}

QByteArray be(quint32 value, int size) {
    QByteArray out;
    for (int i = size - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xFF));
    return out;
}

QByteArray jpegFace() {
    QImage image(24, 32, QImage::Format_RGB32);
    image.fill(QColor(200, 160, 120));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return jpeg;
}

// DG2: the biometric information template with an ISO/IEC 19794-5 face record around a JPEG.
QByteArray dg2(const QByteArray& image) {
    // Face information: block length, no feature points, gender, eye and hair colours, feature
    // mask, expression, pose angles and their uncertainty (20 bytes).
    QByteArray facial = be(20 + 12 + image.size(), 4) + be(0, 2) + QByteArray(1, '\x02') +
                        QByteArray(2, '\0') + QByteArray(3, '\0') + be(0, 2) + QByteArray(6, '\0');
    facial += QByteArray(1, '\x01') + QByteArray(1, '\x00') /* JPEG */ + be(24, 2) + be(32, 2) +
              QByteArray(1, '\x01') + QByteArray(1, '\x02') + be(0, 2) + be(0, 2);
    const QByteArray record = QByteArray("FAC\0"
                                         "010\0",
                                         8) +
                              be(14 + facial.size() + image.size(), 4) + be(1, 2) + facial + image;
    const QByteArray header = TlvReader::encode(0x80, QByteArray::fromHex("0101")) +
                              TlvReader::encode(0x87, QByteArray::fromHex("0101")) +
                              TlvReader::encode(0x88, QByteArray::fromHex("0008"));
    const QByteArray bit = TlvReader::encode(0x7F60, TlvReader::encode(0xA1, header) +
                                                         TlvReader::encode(0x5F2E, record));
    return TlvReader::encode(
        0x75, TlvReader::encode(0x7F61, TlvReader::encode(0x02, QByteArray(1, '\x01')) + bit));
}

// DG11: additional personal details, the name in Arabic script.
QByteArray dg11() {
    const QByteArray tags = QByteArray::fromHex("5F0E5F115F42");
    return TlvReader::encode(
        0x6B,
        TlvReader::encode(0x5C, tags) +
            TlvReader::encode(0x5F0E, QStringLiteral(u"إريكسون<<آنا<ماريا").toUtf8()) +
            TlvReader::encode(0x5F11, QStringLiteral(u"الرباط<المغرب").toUtf8()) +
            TlvReader::encode(0x5F42, QStringLiteral(u"12 شارع محمد الخامس<الرباط").toUtf8()));
}

// DG12: the issuing authority and the date of issue.
QByteArray dg12() {
    return TlvReader::encode(0x6C, TlvReader::encode(0x5C, QByteArray::fromHex("5F195F26")) +
                                       TlvReader::encode(0x5F19, "DGSN<RABAT") +
                                       TlvReader::encode(0x5F26, "20100415"));
}

struct Pki {
    QTemporaryDir dir;
    test::Identity csca = test::makeIdentity("CSCA Maroc", true);
    test::Identity ds = test::makeIdentity("DS Maroc", false, &csca);
    std::unique_ptr<TrustStore> trust;
    bool imported = false;
    Pki() {
        trust = std::make_unique<TrustStore>(dir.filePath(QStringLiteral("csca")));
        imported = trust->importData(test::der(csca.cert)).ok();
    }
};

void fill(PaceChipSimulator& chip, const Pki& pki) {
    chip.files[0x011E] = efCom();
    chip.files[0x0101] = dg1();
    chip.files[0x0102] = dg2(jpegFace());
    chip.files[0x010B] = dg11();
    chip.files[0x010C] = dg12();
    chip.files[0x011D] = test::makeSod({{1, chip.files[0x0101]},
                                        {2, chip.files[0x0102]},
                                        {11, chip.files[0x010B]},
                                        {12, chip.files[0x010C]}},
                                       pki.ds);
}

EmrtdReader::Options options(const Pki* pki = nullptr) {
    EmrtdReader::Options o;
    o.today = kToday;
    o.trustStore = pki ? pki->trust.get() : nullptr;
    return o;
}

AccessKey can(const QByteArray& digits) {
    return AccessKey::fromCan(QString::fromLatin1(digits)).value();
}

QList<quint8> insOf(const PaceChipSimulator& chip) {
    QList<quint8> ins;
    for (const auto& seen : chip.seen)
        ins << seen.ins;
    return ins;
}

bool sentBac(const PaceChipSimulator& chip) {
    const QList<quint8> ins = insOf(chip);
    return ins.contains(0x84) || ins.contains(0x82);
}

QString detailOf(const core::Error& error) {
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(error.code()), error.detail());
}

} // namespace

class tst_Pace : public QObject {
    Q_OBJECT

private slots:
    void readsWithTheCan_data() {
        QTest::addColumn<QString>("oid");
        QTest::addColumn<int>("parameterId");
        QTest::addColumn<QString>("name");
        QTest::newRow("ECDH GM AES-128 brainpoolP256r1")
            << QString::fromLatin1(test::kPaceEcdhGmAes128) << test::kBrainpoolP256r1
            << QStringLiteral("id-PACE-ECDH-GM-AES-CBC-CMAC-128");
        QTest::newRow("ECDH GM 3DES P-256")
            << QString::fromLatin1(test::kPaceEcdhGm3Des) << test::kNistP256
            << QStringLiteral("id-PACE-ECDH-GM-3DES-CBC-CBC");
        QTest::newRow("ECDH GM AES-256 brainpoolP384r1")
            << QString::fromLatin1(test::kPaceEcdhGmAes256) << 16
            << QStringLiteral("id-PACE-ECDH-GM-AES-CBC-CMAC-256");
    }

    void readsWithTheCan() {
        QFETCH(QString, oid);
        QFETCH(int, parameterId);
        QFETCH(QString, name);
        Pki pki;
        QVERIFY(pki.imported);
        QVERIFY(!jpegFace().isEmpty());
        const QByteArray oidText = oid.toLatin1();
        PaceChipSimulator chip(kCan, kTd1, oidText.constData(), parameterId);
        fill(chip, pki);
        EmrtdReader reader(chip, options(&pki));
        const auto data = reader.read(can(kCan));
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : detailOf(data.error())));
        QCOMPARE(data->accessProtocol, AccessProtocol::Pace);
        QCOMPARE(data->paceProtocol, name);
        QCOMPARE(reader.accessProtocol(), AccessProtocol::Pace);
        QVERIFY(reader.secureMessagingActive());
        QVERIFY(chip.sessionActive());
        QCOMPARE(data->dg1, dg1());
        QCOMPARE(data->mrz.documentNumber, QStringLiteral("D23145890"));
        QCOMPARE(data->mrz.familyName, QStringLiteral("ERIKSSON"));
        QCOMPARE(data->dataGroups, (QList<int>{1, 2, 11, 12}));
        QVERIFY(data->passiveAuthentication);
        QCOMPARE(data->passiveAuthentication->outcome,
                 PassiveAuthenticationResult::Outcome::Verified);

        // EF.CardAccess in plain (SELECT, two READ BINARY), MSE:Set AT, four GENERAL
        // AUTHENTICATE, the first three chained; then only protected commands, and no BAC.
        const QList<quint8> ins = insOf(chip);
        QCOMPARE(ins.mid(0, 8), (QList<quint8>{0xA4, 0xB0, 0xB0, 0x22, 0x86, 0x86, 0x86, 0x86}));
        QCOMPARE(chip.seen.at(4).cla, quint8(0x10));
        QCOMPARE(chip.seen.at(6).cla, quint8(0x10));
        QCOMPARE(chip.seen.at(7).cla, quint8(0x00));
        QCOMPARE(chip.seen.at(3).p1, quint8(0xC1));
        QCOMPARE(chip.seen.at(3).p2, quint8(0xA4));
        for (qsizetype i = 0; i < 8; ++i)
            QVERIFY(!chip.seen.at(i).protectedCommand);
        for (qsizetype i = 8; i < chip.seen.size(); ++i)
            QVERIFY2(chip.seen.at(i).protectedCommand, qPrintable(QString::number(i)));
        QCOMPARE(chip.seen.at(8).ins, quint8(0xA4));
        QCOMPARE(chip.seen.at(8).p1, quint8(0x04)); // the eMRTD application, under SM
        QVERIFY(!sentBac(chip));
        QCOMPARE(reader.apduCount(), chip.seen.size());
    }

    // A large file under AES secure messaging: each protected answer must fit the 256 bytes of
    // a short response, so READ BINARY asks for 223 bytes (16-byte blocks), not 3DES's 231.
    void largeFileInAesBlocks_data() {
        QTest::addColumn<QString>("oid");
        QTest::addColumn<int>("le");
        QTest::newRow("AES") << QString::fromLatin1(test::kPaceEcdhGmAes128) << 223;
        QTest::newRow("3DES") << QString::fromLatin1(test::kPaceEcdhGm3Des) << 231;
    }

    void largeFileInAesBlocks() {
        QFETCH(QString, oid);
        QFETCH(int, le);
        const QByteArray oidText = oid.toLatin1();
        PaceChipSimulator chip(kCan, kTd1, oidText.constData(), test::kNistP256);
        fill(chip, Pki());
        QByteArray value(996, Qt::Uninitialized);
        for (qsizetype i = 0; i < value.size(); ++i)
            value[i] = char(i * 7 + 3);
        chip.files[0x0107] = TlvReader::encode(0x67, value);
        EmrtdReader reader(chip, options());
        const auto cardAccess = reader.readCardAccess();
        QVERIFY(cardAccess.ok() && *cardAccess);
        QCOMPARE(**cardAccess, chip.cardAccess);
        QVERIFY(reader.authenticatePace(can(kCan), **cardAccess).ok());
        QCOMPARE(reader.maxReadLength(), le);
        QVERIFY(reader.selectApplication().ok());
        chip.seen.clear();
        const auto file = reader.readFile(0x0107);
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : detailOf(file.error())));
        QCOMPARE(*file, chip.files[0x0107]);
        QList<int> les;
        for (const auto& seen : chip.seen) {
            if (seen.ins == 0xB0)
                les << seen.le;
        }
        QCOMPARE(les.first(), 4);
        QCOMPARE(les.at(1), le);
        QCOMPARE(EmrtdReader::largestReadUnderSecureMessaging(256, 16), 223);
    }

    void wrongCanGivesTheTriesLeftAndNoBac() {
        PaceChipSimulator chip(kCan, kTd1);
        fill(chip, Pki());
        EmrtdReader reader(chip, options());
        const auto data = reader.read(can("654321"));
        QVERIFY(!data.ok());
        QCOMPARE(data.error().code(), QByteArray("identity/pace-refused"));
        QVERIFY2(data.error().detail().contains(QStringLiteral("63C2")),
                 qPrintable(data.error().detail()));
        QVERIFY(data.error().userMessage().contains(QStringLiteral("CAN")));
        QVERIFY2(data.error().userMessage().contains(QStringLiteral("2 essai")),
                 qPrintable(data.error().userMessage()));
        QCOMPARE(chip.triesLeft, 2);
        // Nothing after the refused GENERAL AUTHENTICATE: no BAC, no application selected.
        QCOMPARE(insOf(chip), (QList<quint8>{0xA4, 0xB0, 0xB0, 0x22, 0x86, 0x86, 0x86, 0x86}));
        QVERIFY(!reader.secureMessagingActive());
        QCOMPARE(reader.accessProtocol(), AccessProtocol::None);

        // Two more wrong tries block it; then even the right CAN is refused as blocked.
        EmrtdReader second(chip, options());
        QCOMPARE(second.read(can("111111")).error().detail().contains(QStringLiteral("63C1")),
                 true);
        EmrtdReader third(chip, options());
        const auto blocked = third.read(can("222222"));
        QCOMPARE(blocked.error().code(), QByteArray("identity/pace-blocked"));
        QCOMPARE(chip.triesLeft, 0);
        EmrtdReader right(chip, options());
        const auto still = right.read(can(kCan));
        QVERIFY(!still.ok());
        QCOMPARE(still.error().code(), QByteArray("identity/pace-blocked"));
        QVERIFY(still.error().detail().contains(QStringLiteral("6983")));
        QVERIFY(!sentBac(chip));
    }

    // The right CAN after a wrong one resets the counter.
    void rightCanAfterAWrongOne() {
        Pki pki;
        PaceChipSimulator chip(kCan, kTd1);
        fill(chip, pki);
        EmrtdReader wrong(chip, options());
        QVERIFY(!wrong.read(can("000000")).ok());
        QCOMPARE(chip.triesLeft, 2);
        EmrtdReader reader(chip, options(&pki));
        const auto data = reader.read(can(kCan));
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : detailOf(data.error())));
        QCOMPARE(chip.triesLeft, PaceChipSimulator::kMaxTries);
    }

    // The desk's reading (dialog, sijilctl) with the CAN alone: PACE, the photo, the verdict.
    void theDeskReadsWithTheCanAlone() {
        Pki pki;
        PaceChipSimulator chip(kCan, kTd1);
        fill(chip, pki);
        DocumentReading::Options o;
        o.today = kToday;
        o.trustStore = pki.trust.get();
        const auto read = DocumentReading::read(chip, {std::nullopt, QString::fromLatin1(kCan)}, o,
                                                [](DocumentReading::Step) {});
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : detailOf(read.error())));
        QCOMPARE(read->data.accessProtocol, AccessProtocol::Pace);
        QCOMPARE(read->verdict(), DocumentReadResult::Verdict::Verified);
        QVERIFY(!read->photo.isEmpty());
        // DG11 read too, and covered by the verdict: the names in Arabic script.
        QVERIFY(read->data.additionalDetails.has_value());
        QCOMPARE(read->data.additionalDetails->familyName, QStringLiteral(u"إريكسون"));
        QVERIFY(read->passiveAuthentication->verifiedDataGroups.contains(11));
        // DG12 as well: who issued the document, and when.
        QVERIFY(read->data.documentDetails.has_value());
        QCOMPARE(read->data.documentDetails->issuingAuthority, QStringLiteral("DGSN, RABAT"));
        QCOMPARE(read->data.documentDetails->dateOfIssue->toIso(), QStringLiteral("2010-04-15"));
        QVERIFY(read->passiveAuthentication->verifiedDataGroups.contains(12));
        const auto letters = DocumentReading::read(chip, {std::nullopt, QStringLiteral("12a456")},
                                                   o, [](DocumentReading::Step) {});
        QCOMPARE(letters.error().code(), QByteArray("identity/can-invalid"));
    }

    // The reader derives the MRZ password from the document number and dates; the chip from its
    // TD1 zone with OpenPACE's own parsing: the two must agree.
    void paceWithTheMrz() {
        Pki pki;
        PaceChipSimulator chip(kCan, kTd1);
        fill(chip, pki);
        EmrtdReader reader(chip, options(&pki));
        const auto data = reader.read(kMrzKey);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : detailOf(data.error())));
        QCOMPARE(data->accessProtocol, AccessProtocol::Pace);
        QCOMPARE(data->passiveAuthentication->outcome,
                 PassiveAuthenticationResult::Outcome::Verified);
        QVERIFY(!sentBac(chip));

        // Again on the same connection, the application still selected from the first read:
        // EF.CardAccess is found from the master file, so a wrong key is PACE's refusal.
        BacKey wrong = kMrzKey;
        wrong.birthDate = QStringLiteral("740813");
        EmrtdReader refused(chip, options());
        const auto error = refused.read(wrong);
        QVERIFY(!error.ok());
        QVERIFY2(error.error().is("identity/pace-refused"), qPrintable(detailOf(error.error())));
        QVERIFY(error.error().userMessage().contains(QStringLiteral("date de naissance")));
        QVERIFY(!sentBac(chip));
    }

    void brokenAnswerMidPace_data() {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("truncated");
        for (int step = 1; step <= 4; ++step) {
            QTest::addRow("step %d truncated", step) << step << true;
            QTest::addRow("step %d empty", step) << step << false;
        }
    }

    void brokenAnswerMidPace() {
        QFETCH(int, step);
        QFETCH(bool, truncated);
        PaceChipSimulator chip(kCan, kTd1);
        fill(chip, Pki());
        (truncated ? chip.truncateStep : chip.emptyStep) = step;
        EmrtdReader reader(chip, options());
        const auto data = reader.read(can(kCan));
        QVERIFY(!data.ok());
        QVERIFY2(data.error().code() == "identity/pace-failed" ||
                     data.error().code() == "identity/pace-chip-unauthenticated",
                 qPrintable(detailOf(data.error())));
        QVERIFY(!data.error().userMessage().isEmpty());
        QVERIFY(!reader.secureMessagingActive());
        QCOMPARE(reader.accessProtocol(), AccessProtocol::None);
        QVERIFY(!sentBac(chip));
        // Nothing was sent after the broken step.
        QCOMPARE(insOf(chip).count(0x86), step);
        QCOMPARE(insOf(chip).last(), quint8(0x86));
    }

    void chipThatDoesNotKnowTheCan() {
        PaceChipSimulator chip(kCan, kTd1);
        fill(chip, Pki());
        chip.forgeToken = true;
        EmrtdReader reader(chip, options());
        const auto data = reader.read(can(kCan));
        QVERIFY(!data.ok());
        QCOMPARE(data.error().code(), QByteArray("identity/pace-chip-unauthenticated"));
        QVERIFY(!reader.secureMessagingActive());
        QCOMPARE(insOf(chip).last(), quint8(0x86));
    }

    void unreadableCardAccessIsNotBac() {
        PaceChipSimulator chip(kCan, kTd1);
        fill(chip, Pki());
        chip.cardAccess = TlvReader::encode(0x31, QByteArray::fromHex("3003020101"));
        EmrtdReader reader(chip, options());
        const auto data = reader.read(kMrzKey);
        QVERIFY(!data.ok());
        QCOMPARE(data.error().code(), QByteArray("identity/pace-failed"));
        QVERIFY(!sentBac(chip));
    }

    // EF.CardAccess without PACEInfo (chip authentication only): BAC with the MRZ.
    void cardAccessWithoutPaceMeansBac() {
        PaceChipSimulator chip(kCan, kTd1);
        fill(chip, Pki());
        // ChipAuthenticationInfo { id-CA-ECDH-AES-CBC-CMAC-128, version 1 }.
        chip.cardAccess = TlvReader::encode(
            0x31, TlvReader::encode(0x30, QByteArray::fromHex("060A04007F00070202030202") +
                                              QByteArray::fromHex("020101")));
        EmrtdReader reader(chip, options());
        const auto data = reader.read(kMrzKey);
        QVERIFY(!data.ok()); // this chip does no BAC: GET CHALLENGE is unknown to it
        QCOMPARE(data.error().code(), QByteArray("identity/chip-error"));
        QVERIFY(insOf(chip).contains(0x84));
        QVERIFY(!insOf(chip).contains(0x22));

        // With the CAN there is nothing to run.
        EmrtdReader withCan(chip, options());
        const auto refused = withCan.read(can(kCan));
        QCOMPARE(refused.error().code(), QByteArray("identity/pace-unavailable"));
    }

    // BAC asked for explicitly: EF.CardAccess is not even read.
    void bacOnlyOnRequest() {
        PaceChipSimulator chip(kCan, kTd1);
        fill(chip, Pki());
        EmrtdReader::Options o = options();
        o.access = EmrtdReader::Options::Access::BacOnly;
        EmrtdReader reader(chip, o);
        const auto data = reader.read(kMrzKey);
        QVERIFY(!data.ok());
        QCOMPARE(insOf(chip), (QList<quint8>{0xA4, 0x84}));
        QCOMPARE(chip.seen.at(0).p1, quint8(0x04));

        EmrtdReader withCan(chip, o);
        QCOMPARE(withCan.read(can(kCan)).error().code(), QByteArray("identity/pace-unavailable"));
    }

    // A chip without EF.CardAccess (FakeEmrtdChip) with a CAN: PACE is unavailable, and the
    // MRZ still opens it with BAC.
    void canOnAChipWithoutPace() {
        test::FakeEmrtdChip chip(kMrzKey);
        chip.files[0x011E] = efCom();
        chip.files[0x0101] = dg1();
        EmrtdReader reader(chip, options());
        const auto data = reader.read(can(kCan));
        QVERIFY(!data.ok());
        QCOMPARE(data.error().code(), QByteArray("identity/pace-unavailable"));
        QCOMPARE(chip.seen.size(), 2); // SELECT EF.CardAccess, SELECT MF

        EmrtdReader bac(chip, options());
        const auto read = bac.read(kMrzKey);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : detailOf(read.error())));
        QCOMPARE(read->accessProtocol, AccessProtocol::Bac);
    }

    // Morocco's CNIE also holds the face (DG2) and the Arabic name and address (DG11): read on
    // request, parsed, and covered by passive authentication.
    void readsFaceAndAdditionalDetails() {
        Pki pki;
        QVERIFY(pki.imported);
        PaceChipSimulator chip(kCan, kTd1);
        fill(chip, pki);
        EmrtdReader::Options o = options(&pki);
        o.readFace = true;
        o.readAdditionalDetails = true;
        EmrtdReader reader(chip, o);
        const auto data = reader.read(can(kCan));
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : detailOf(data.error())));
        QCOMPARE(data->dg2, chip.files[0x0102]);
        QCOMPARE(data->dg11, chip.files[0x010B]);
        QCOMPARE(data->passiveAuthentication->outcome,
                 PassiveAuthenticationResult::Outcome::Verified);
        QCOMPARE(data->passiveAuthentication->verifiedDataGroups, (QList<int>{1, 2, 11, 12}));
        QCOMPARE(data->dg12, chip.files[0x010C]);
        QVERIFY(data->documentDetails);
        QCOMPARE(data->documentDetails->issuingAuthority, QStringLiteral("DGSN, RABAT"));

        QVERIFY(data->face);
        QCOMPARE(data->face->format, FaceImage::Format::Jpeg);
        QCOMPARE(data->face->width, 24);
        QCOMPARE(data->face->height, 32);
        QImage face;
        QVERIFY(face.loadFromData(data->face->data, "JPEG"));
        QCOMPARE(face.size(), QSize(24, 32));

        QVERIFY(data->additionalDetails);
        const AdditionalPersonalDetails& details = *data->additionalDetails;
        QCOMPARE(details.familyName, QStringLiteral(u"إريكسون"));
        QCOMPARE(details.givenNames, QStringLiteral(u"آنا ماريا"));
        QCOMPARE(details.placeOfBirth, QStringLiteral(u"الرباط, المغرب"));
        QCOMPARE(details.address, QStringLiteral(u"12 شارع محمد الخامس, الرباط"));

        // A DG11 altered on the chip is caught.
        chip.files[0x010B] = TlvReader::encode(
            0x6B, TlvReader::encode(0x5F0E, QStringLiteral(u"آخر<<اسم").toUtf8()));
        EmrtdReader again(chip, o);
        const auto altered = again.read(can(kCan));
        QVERIFY(altered.ok());
        QCOMPARE(altered->passiveAuthentication->outcome,
                 PassiveAuthenticationResult::Outcome::Altered);
        QCOMPARE(altered->passiveAuthentication->failedDataGroups, QList<int>{11});

        // So is a DG12 with another date of issue.
        chip.files[0x010B] = dg11();
        chip.files[0x010C] = TlvReader::encode(0x6C, TlvReader::encode(0x5F19, "DGSN<RABAT") +
                                                         TlvReader::encode(0x5F26, "20200415"));
        EmrtdReader third(chip, o);
        const auto reissued = third.read(can(kCan));
        QVERIFY(reissued.ok());
        QCOMPARE(reissued->passiveAuthentication->outcome,
                 PassiveAuthenticationResult::Outcome::Altered);
        QCOMPARE(reissued->passiveAuthentication->failedDataGroups, QList<int>{12});
    }

    void canInput() {
        QCOMPARE(AccessKey::fromCan(QStringLiteral("123 456"))->can, QStringLiteral("123456"));
        QCOMPARE(AccessKey::fromCan(QStringLiteral("12A456")).error().code(),
                 QByteArray("identity/can-invalid"));
        QCOMPARE(AccessKey::fromCan(QString()).error().code(), QByteArray("identity/can-invalid"));
    }
};

QTEST_GUILESS_MAIN(tst_Pace)
#include "tst_Pace.moc"
