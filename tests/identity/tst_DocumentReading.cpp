// DocumentReading against the test chip (FakeEmrtdChip.h): the steps reported as the commands go
// by, the photo taken out of DG2, and the verdict over DG1 and DG2 together.
#include "FakeEmrtdChip.h"
#include "TestPki.h"

#include <sijil/identity/DocumentReading.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using namespace sijil::identity;
using test::FakeEmrtdChip;
using Step = DocumentReading::Step;
using Verdict = DocumentReadResult::Verdict;

namespace {

const QString kMrz = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
                                    "L898902C<3UTO6908061F9406236ZE184226B<<<<<14");
const BacKey kKey{QStringLiteral("L898902C"), QStringLiteral("690806"), QStringLiteral("940623")};
const QByteArray kJpeg = QByteArray::fromHex("FFD8FFE000104A46494600") + QByteArray(40, 'x');

QByteArray efCom(const QByteArray& tags) {
    return TlvReader::encode(0x60, TlvReader::encode(0x5F01, "0107") +
                                       TlvReader::encode(0x5F36, "040000") +
                                       TlvReader::encode(0x5C, tags));
}

QByteArray dg1() {
    return TlvReader::encode(0x61, TlvReader::encode(0x5F1F, kMrz.toLatin1()));
}

// DG2 as ICAO 9303 part 10 nests it: biometric information group template, one template with
// its header and the data block holding an ISO 19794-5 record, whose image closes it.
QByteArray dg2() {
    const QByteArray record = QByteArray("FAC\0"
                                         "010\0",
                                         8) +
                              QByteArray(24, '\0') + kJpeg;
    const QByteArray bit = TlvReader::encode(0x7F60, TlvReader::encode(0xA1, "hdr") +
                                                         TlvReader::encode(0x5F2E, record));
    return TlvReader::encode(0x75,
                             TlvReader::encode(0x7F61, TlvReader::encode(0x02, "\x01") + bit));
}

DocumentReading::Options options(const TrustStore* trust = nullptr) {
    DocumentReading::Options o;
    o.today = QDate(2024, 6, 1);
    o.trustStore = trust;
    return o;
}

} // namespace

class tst_DocumentReading : public QObject {
    Q_OBJECT

private slots:
    void stepsPhotoAndVerdict() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const test::Identity csca = test::makeIdentity("CSCA Utopia", true);
        const test::Identity ds = test::makeIdentity("DS Utopia", false, &csca);
        TrustStore trust(dir.filePath(QStringLiteral("csca")));
        QVERIFY(trust.importData(test::der(csca.cert)).ok());

        FakeEmrtdChip chip(kKey);
        chip.files[0x011E] = efCom(QByteArray::fromHex("6175"));
        chip.files[0x0101] = dg1();
        chip.files[0x0102] = dg2();
        chip.files[0x011D] = test::makeSod({{1, dg1()}, {2, dg2()}}, ds);

        QList<Step> steps;
        const auto read =
            DocumentReading::read(chip, {kKey, {}}, options(&trust), [&](Step s) { steps << s; });
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().detail()));
        QCOMPARE(steps, (QList<Step>{Step::Selecting, Step::Authenticating, Step::ReadingCom,
                                     Step::ReadingHolder, Step::ReadingSignature,
                                     Step::ReadingPhoto, Step::Verifying}));
        QCOMPARE(read->data.mrz.familyName, QStringLiteral("ERIKSSON"));
        QCOMPARE(read->dg2, dg2());
        QCOMPARE(read->photo, kJpeg);
        QCOMPARE(read->photoFormat, QStringLiteral("jpeg"));
        QCOMPARE(read->verdict(), Verdict::Verified);
        QCOMPARE(read->passiveAuthentication->verifiedDataGroups, (QList<int>{1, 2}));
        QVERIFY(read->acceptable());

        // A photo swapped on a clone is caught: DG2 is checked along with DG1.
        QByteArray other = dg2();
        other[other.size() - 1] = 'y';
        chip.files[0x0102] = other;
        const auto swapped = DocumentReading::read(chip, {kKey, {}}, options(&trust));
        QVERIFY(swapped.ok());
        QCOMPARE(swapped->verdict(), Verdict::Altered);
        QCOMPARE(swapped->passiveAuthentication->failedDataGroups, QList<int>{2});
        QVERIFY(!swapped->acceptable());
        QCOMPARE(swapped->verdictCode(), QStringLiteral("altered"));

        // Another country's CSCA: intact, origin unknown, still acceptable.
        QTemporaryDir otherDir;
        TrustStore foreign(otherDir.filePath(QStringLiteral("csca")));
        chip.files[0x0102] = dg2();
        const auto unknown = DocumentReading::read(chip, {kKey, {}}, options(&foreign));
        QVERIFY(unknown.ok());
        QCOMPARE(unknown->verdict(), Verdict::SignatureValidCscaUnknown);
        QVERIFY(unknown->acceptable());
    }

    void noSodIsNotVerifiable() {
        FakeEmrtdChip chip(kKey);
        chip.files[0x011E] = efCom(QByteArray::fromHex("61"));
        chip.files[0x0101] = dg1();
        QTemporaryDir dir;
        TrustStore trust(dir.filePath(QStringLiteral("csca")));
        QList<Step> steps;
        const auto read =
            DocumentReading::read(chip, {kKey, {}}, options(&trust), [&](Step s) { steps << s; });
        QVERIFY(read.ok());
        QVERIFY(!steps.contains(Step::ReadingPhoto)); // DG2 not listed in EF.COM
        QVERIFY(read->photo.isEmpty());
        QCOMPARE(read->verdict(), Verdict::NotVerifiable);
        QVERIFY(!read->acceptable());
    }

    void keysAndErrors() {
        FakeEmrtdChip chip(kKey);
        chip.files[0x011E] = efCom(QByteArray::fromHex("61"));
        chip.files[0x0101] = dg1();
        const auto none = DocumentReading::read(chip, {}, options());
        QCOMPARE(none.error().code(), QByteArray("identity/key-missing"));
        const auto can =
            DocumentReading::read(chip, {std::nullopt, QStringLiteral("123456")}, options());
        // This chip has no PACE (no EF.CardAccess): a CAN cannot open it, and BAC is not tried.
        QCOMPARE(can.error().code(), QByteArray("identity/pace-unavailable"));
        BacKey wrong = kKey;
        wrong.birthDate = QStringLiteral("690807");
        const auto refused = DocumentReading::read(chip, {wrong, {}}, options());
        QCOMPARE(refused.error().code(), QByteArray("identity/bac-refused"));
    }

    void photoImageFormats() {
        QString format;
        QCOMPARE(DocumentReading::photoImage(QByteArray("abc") + kJpeg, &format), kJpeg);
        QCOMPARE(format, QStringLiteral("jpeg"));
        const QByteArray jp2 = QByteArray::fromHex("0000000C6A5020200D0A870A") + "rest";
        QCOMPARE(DocumentReading::photoImage(QByteArray("hdr") + jp2, &format), jp2);
        QCOMPARE(format, QStringLiteral("jp2"));
        QVERIFY(DocumentReading::photoImage(QByteArray("no image here")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DocumentReading)
#include "tst_DocumentReading.moc"
