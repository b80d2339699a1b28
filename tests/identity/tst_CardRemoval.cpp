// The card taken off the reader at any moment of the desk's reading: at every command APDU of a
// full PACE read (EF.CardAccess, PACE, the application, EF.COM, DG1, EF.SOD, DG2), the chip of
// PaceChipSimulator.h stops answering as the PC/SC plug-in reports a removed card. The read must
// end with identity/card-removed (no crash, no verdict over partial data), and once the card is
// laid down again a fresh read must succeed with the verdict Verified.
#include "PaceTestDocument.h"

#include <sijil/identity/DocumentReading.h>
#include <sijil/identity/EmrtdReader.h>
#include <sijil/identity/TrustStore.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using namespace sijil::identity;
using test::PaceChipSimulator;
using Verdict = DocumentReadResult::Verdict;

namespace {

QString detailOf(const core::Error& error) {
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(error.code()), error.detail());
}

} // namespace

class tst_CardRemoval : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::Identity m_csca = test::makeIdentity("CSCA Maroc", true);
    test::Identity m_ds = test::makeIdentity("DS Maroc", false, &m_csca);
    std::unique_ptr<TrustStore> m_trust;
    QByteArray m_jpeg;

    DocumentReading::Options options() const {
        DocumentReading::Options o;
        o.trustStore = m_trust.get();
        return o;
    }
    DocumentAccessKey can() const {
        return {std::nullopt, QString::fromLatin1(test::kSpecimenCan)};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_trust = std::make_unique<TrustStore>(m_dir.filePath(QStringLiteral("csca")));
        QVERIFY(m_trust->importData(test::der(m_csca.cert)).ok());
        m_jpeg = test::specimenJpeg();
        QVERIFY(m_jpeg.size() > 2000); // DG2 spans several READ BINARY
    }

    void removedAtEveryCommand() {
        PaceChipSimulator chip(test::kSpecimenCan, test::kSpecimenTd1);
        test::fillSpecimen(chip, m_ds, test::kSpecimenTd1, m_jpeg);

        // The full read, uninterrupted, counts the commands.
        const auto full = DocumentReading::read(chip, can(), options());
        QVERIFY2(full.ok(), qPrintable(full.ok() ? QString() : detailOf(full.error())));
        QCOMPARE(full->verdict(), Verdict::Verified);
        QVERIFY(!full->photo.isEmpty());
        const int total = chip.received;
        // EF.CardAccess (SELECT, 2 READ), PACE (MSE, 4 GA), SELECT of the application, then
        // SELECT and at least 2 READ BINARY for each of EF.COM, DG1, EF.SOD, DG2.
        QVERIFY2(total >= 4 + 5 + 1 + 4 * 3, qPrintable(QString::number(total)));

        for (int k = 0; k <= total; ++k) {
            chip.insertCard();
            chip.removeAtApdu = k;
            QList<DocumentReading::Step> steps;
            const auto read = DocumentReading::read(chip, can(), options(),
                                                    [&](DocumentReading::Step s) { steps << s; });
            if (k == total) {
                // Past the last command: the card left after the read, which stands.
                QVERIFY(read.ok());
                QCOMPARE(read->verdict(), Verdict::Verified);
                QVERIFY(!chip.removed());
            } else {
                QVERIFY2(!read.ok(), qPrintable(QStringLiteral("removed at APDU %1 of %2, yet "
                                                               "the read gave a verdict")
                                                    .arg(k)
                                                    .arg(total)));
                QVERIFY2(
                    read.error().is("identity/card-removed"),
                    qPrintable(QStringLiteral("APDU %1: %2").arg(k).arg(detailOf(read.error()))));
                QVERIFY(!read.error().userMessage().isEmpty());
                QVERIFY(chip.removed());
                // Nothing after the first refused command: the reading stops there.
                QCOMPARE(chip.received, k);
                // Authentication never started again after the loss (no BAC fallback).
                QVERIFY(std::none_of(chip.seen.begin(), chip.seen.end(), [](const auto& seen) {
                    return seen.ins == 0x84 || seen.ins == 0x82;
                }));
                // Passive authentication comes after the last command: never over partial data.
                QVERIFY(!steps.contains(DocumentReading::Step::Verifying));
            }

            // Laid down again: a fresh read, from scratch, succeeds.
            chip.insertCard();
            const auto fresh = DocumentReading::read(chip, can(), options());
            QVERIFY2(fresh.ok(),
                     qPrintable(QStringLiteral("after removal at APDU %1: %2")
                                    .arg(k)
                                    .arg(fresh.ok() ? QString() : detailOf(fresh.error()))));
            QCOMPARE(fresh->verdict(), Verdict::Verified);
            QCOMPARE(fresh->data.dg1, chip.files[0x0101]);
            QCOMPARE(fresh->dg2, chip.files[0x0102]);
            QCOMPARE(chip.received, total);
            QCOMPARE(chip.triesLeft, PaceChipSimulator::kMaxTries);
        }
    }

    // The same at the EmrtdReader level, reading the face and with passive authentication
    // inside read(): a removal is never mistaken for a missing file.
    void readerRemovedAtEveryCommand() {
        PaceChipSimulator chip(test::kSpecimenCan, test::kSpecimenTd1);
        test::fillSpecimen(chip, m_ds, test::kSpecimenTd1, m_jpeg);
        EmrtdReader::Options o;
        o.readFace = true;
        o.trustStore = m_trust.get();
        const auto key = AccessKey::fromCan(QString::fromLatin1(test::kSpecimenCan));
        QVERIFY(key.ok());
        const int total = [&] {
            EmrtdReader reader(chip, o);
            const auto data = reader.read(*key);
            return data.ok() ? chip.received : -1;
        }();
        QVERIFY(total > 0);
        for (int k = 0; k < total; ++k) {
            chip.insertCard();
            chip.removeAtApdu = k;
            EmrtdReader reader(chip, o);
            const auto data = reader.read(*key);
            QVERIFY2(!data.ok(), qPrintable(QString::number(k)));
            QVERIFY2(data.error().is("identity/card-removed"),
                     qPrintable(QStringLiteral("APDU %1: %2").arg(k).arg(detailOf(data.error()))));
        }
        chip.insertCard();
        EmrtdReader reader(chip, o);
        const auto data = reader.read(*key);
        QVERIFY(data.ok());
        QVERIFY(data->passiveAuthentication.has_value());
        QCOMPARE(data->passiveAuthentication->outcome,
                 PassiveAuthenticationResult::Outcome::Verified);
    }
};

QTEST_GUILESS_MAIN(tst_CardRemoval)
#include "tst_CardRemoval.moc"
