// The ID card's chip at the admission desk (CardReadDialog), with a reader plug-in and a chip
// written for the tests (FakeReaderPlugin.h, FakeEmrtdChip.h, TestPki.h): a read fills the form
// with the fields marked as read on the chip; a card pulled out mid-read says so and a retry
// reads it; altered data cannot be taken; the reader list follows readers coming and going.
#include "AdmissionDesk.h"
#include "FakeReaderPlugin.h"
#include "TestPki.h"

#include <sijil/identity/MrzParser.h>
#include <sijil/identity/TrustStore.h>

#include <QBuffer>

#include <registration/CardReadDialog.h>
#include <registration/MrzWedgeFilter.h>

using namespace sijil;
using identity::TlvReader;
using identity::test::FakeEmrtdChip;

using sijil::test::whenModal;

namespace {

const QString kReader = QStringLiteral("Lecteur du guichet 1");

// The desk's test CNIE zone as DG1 holds it: its three lines of 30 characters, unbroken.
QString cnieZone(const QString& names = QStringLiteral("EL<IDRISSI<<FATIMA<ZAHRA")) {
    return test::cnieZone(names).remove(u'\n');
}

identity::MrzData zone() {
    return identity::MrzParser::parse(cnieZone()).value();
}

QByteArray dg1(const QString& z) {
    return TlvReader::encode(0x61, TlvReader::encode(0x5F1F, z.toLatin1()));
}

QByteArray photoJpeg() {
    QImage face(60, 80, QImage::Format_RGB32);
    face.fill(QColor(200, 170, 140));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    face.save(&buffer, "JPEG");
    return bytes;
}

QByteArray dg2() {
    const QByteArray record = QByteArray("FAC\0"
                                         "010\0",
                                         8) +
                              QByteArray(24, '\0') + photoJpeg();
    return TlvReader::encode(
        0x75, TlvReader::encode(0x7F61,
                                TlvReader::encode(0x02, "\x01") +
                                    TlvReader::encode(0x7F60, TlvReader::encode(0x5F2E, record))));
}

} // namespace

class CardReadingTest : public test::AdmissionDesk {
    Q_OBJECT

    QTemporaryDir m_trustDir;
    std::unique_ptr<identity::TrustStore> m_trust;
    identity::test::Identity m_csca;
    identity::test::Identity m_ds;
    std::unique_ptr<FakeEmrtdChip> m_chip;
    std::unique_ptr<test::FakeReaderPlugin> m_plugin;

    void beforeShow() override { m_page->setCardReading(m_plugin.get(), m_trust.get()); }

private slots:
    void init() {
        // Morocco's CSCA is trusted; its document signer signed the card's DG1 and DG2.
        m_csca = identity::test::makeIdentity("CSCA Maroc", true);
        m_ds = identity::test::makeIdentity("DS Maroc", false, &m_csca);
        m_trust =
            std::make_unique<identity::TrustStore>(m_trustDir.filePath(QStringLiteral("csca")));
        QVERIFY(m_trust->importData(identity::test::der(m_csca.cert)).ok());
        m_chip = std::make_unique<FakeEmrtdChip>(identity::BacKey::fromMrz(zone()).value());
        m_chip->files[0x011E] = TlvReader::encode(
            0x60, TlvReader::encode(0x5F01, "0107") + TlvReader::encode(0x5F36, "040000") +
                      TlvReader::encode(0x5C, QByteArray::fromHex("61756B6C")));
        m_chip->files[0x0101] = dg1(cnieZone());
        m_chip->files[0x0102] = dg2();
        // DG11 as on the CNIE: the names in Arabic script, place of birth, address.
        const QByteArray dg11 = TlvReader::encode(
            0x6B,
            TlvReader::encode(0x5C, QByteArray::fromHex("5F0E5F115F42")) +
                TlvReader::encode(0x5F0E, QStringLiteral(u"الإدريسي<<فاطمة<الزهراء").toUtf8()) +
                TlvReader::encode(0x5F11, QStringLiteral(u"فاس<المغرب").toUtf8()) +
                TlvReader::encode(0x5F42, QStringLiteral(u"12 زنقة الأطلس<فاس").toUtf8()));
        m_chip->files[0x010B] = dg11;
        // DG12: issued in Fès on 15 April 2021.
        const QByteArray dg12 = TlvReader::encode(0x6C, TlvReader::encode(0x5F19, "DGSN<FES") +
                                                            TlvReader::encode(0x5F26, "20210415"));
        m_chip->files[0x010C] = dg12;
        m_chip->files[0x011D] = identity::test::makeSod(
            {{1, dg1(cnieZone())}, {2, dg2()}, {11, dg11}, {12, dg12}}, m_ds);
        m_plugin = std::make_unique<test::FakeReaderPlugin>(*m_chip);
        m_plugin->addReader(kReader);
        m_plugin->insertCard(kReader);

        openDesk();
    }
    void cleanup() {
        closeDesk();
        m_plugin.reset();
        m_chip.reset();
        m_trust.reset();
    }

    void aReadFillsTheFormMarkedAsReadOnTheChip() {
        QStringList steps;
        bool confirmed = false;
        QString verdict;
        QString fields;
        bool photo = false;
        whenModal<ui::CardReadDialog>([&](ui::CardReadDialog* d) {
            QCOMPARE(d->readerBox()->currentData().toString(), kReader);
            // A CAN of fewer than 6 digits, letters refused: nothing to read with yet.
            QTest::keyClicks(d->canEdit(), QStringLiteral("12a3"));
            QCOMPARE(d->canEdit()->text(), QStringLiteral("123"));
            QVERIFY(!d->readButton()->isEnabled());
            d->canEdit()->clear();
            d->setMrz(zone());
            QVERIFY(d->readButton()->isEnabled());
            QVERIFY(!d->confirmButton()->isEnabled());
            auto* stepWatch = new QTimer(d);
            QObject::connect(stepWatch, &QTimer::timeout, d, [&, d] {
                const QString s = d->progressLabel()->text();
                if (!s.isEmpty() && (steps.isEmpty() || steps.last() != s))
                    steps << s;
            });
            stepWatch->start(0);
            d->readButton()->click();
            // The read runs off the GUI thread: the dialog is still answering.
            QVERIFY(d->isReading());
            QVERIFY(!d->readButton()->isEnabled());
            QTRY_VERIFY_WITH_TIMEOUT(!d->isReading(), 10000);
            stepWatch->stop();
            verdict = d->verdictLabel()->text();
            fields = d->fieldsLabel()->text();
            photo = !d->photoLabel()->pixmap().isNull();
            if (d->confirmButton()->isEnabled()) {
                confirmed = true;
                d->confirmButton()->click();
            }
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::ControlModifier);
        // A closed dialog hands the activation back to the page (a window manager does it here).
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QVERIFY(m_page->isFormShown());
        QVERIFY(confirmed);
        QCOMPARE(verdict, QStringLiteral("Vérifié"));
        QVERIFY2(fields.startsWith(QStringLiteral("Lus sur la puce : ")), qPrintable(fields));
        QVERIFY(fields.contains(QStringLiteral("date de naissance")));
        QVERIFY2(fields.contains(QStringLiteral("Document délivré le 15/04/2021 par DGSN, FES.")),
                 qPrintable(fields));
        QVERIFY(photo);
        QVERIFY2(steps.contains(QStringLiteral("Lecture terminée.")), qPrintable(steps.join(u'|')));
        QCOMPARE(code("documentType"), QStringLiteral("cnie"));
        QCOMPARE(text("documentNumber"), QStringLiteral("BE654321"));
        QCOMPARE(text("familyLatin"), QStringLiteral("El Idrissi"));
        QCOMPARE(text("givenLatin"), QStringLiteral("Fatima Zahra"));
        QCOMPARE(text("birthDate"), QStringLiteral("15/02/1990"));
        // From DG11: what the zone cannot hold.
        QCOMPARE(text("familyArabic"), QStringLiteral(u"الإدريسي"));
        QCOMPARE(text("givenArabic"), QStringLiteral(u"فاطمة الزهراء"));
        QCOMPARE(text("birthCity"), QStringLiteral(u"فاس"));
        for (const char* field :
             {"documentType", "documentNumber", "familyLatin", "givenLatin", "sex", "birthDate",
              "nationality", "familyArabic", "givenArabic", "birthCity", "address"}) {
            const QString name = QString::fromLatin1(field);
            QVERIFY2(form()->isFromChip(name), field);
            QCOMPARE(form()->inputFor(name)->property("provenance").toString(),
                     QStringLiteral("chip"));
            QCOMPARE(form()->inputFor(name)->toolTip(),
                     QStringLiteral("Lu sur la puce de la pièce d'identité"));
        }
        QVERIFY(!form()->isFromChip(QStringLiteral("phone")));
        // Edited by the clerk: no longer what the chip said.
        form()->inputFor(QStringLiteral("givenLatin"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QVERIFY(!form()->isFromChip(QStringLiteral("givenLatin")));
        QVERIFY(form()->inputFor(QStringLiteral("givenLatin"))->toolTip().isEmpty());
    }

    // The chip of another person's card, read while a patient is open for correction: asked
    // first, as for a scanned zone; kept as registered when the clerk says no (DG11 included).
    void aChipOfAnotherPersonDoesNotSilentlyReplaceThePatientBeingCorrected() {
        const PatientRecord karim =
            registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                       core::PartialDate::fromDate(QDate(1975, 3, 12)), core::Sex::Male);
        m_page->searchPanel()->searchFor(karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        m_page->editSelected();
        QVERIFY(form()->isEditing());

        bool confirmed = false;
        whenModal<ui::CardReadDialog>([&](ui::CardReadDialog* d) {
            d->setMrz(zone());
            d->readButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(!d->isReading(), 10000);
            if (d->confirmButton()->isEnabled()) {
                confirmed = true;
                d->confirmButton()->click();
            }
        });
        QString question;
        whenModal<QMessageBox>([&question](QMessageBox* box) {
            if (box->objectName() != u"confirmDocumentIdentity")
                return;
            question = box->text();
            box->defaultButton()->click(); // "Ne rien changer"
        });
        form()->readCard();
        QVERIFY(confirmed);
        QCOMPARE(question, QStringLiteral("La pièce lue ne correspond pas au patient IPP %1 "
                                          "ouvert pour correction. Remplacer son identité par "
                                          "celle de la pièce ?")
                               .arg(karim.ipp));
        QCOMPARE(text("familyLatin"), QStringLiteral("Benali"));
        QCOMPARE(text("documentNumber"), QString());
        QCOMPARE(text("familyArabic"), QString());
        QVERIFY(!form()->isFromChip(QStringLiteral("familyLatin")));
        QVERIFY(!form()->isModified());
    }

    // The zone scanned first, then the chip of the same card: what only the zone gave (it may
    // have been typed with a slip) is taken from the signed chip, and marked as read there.
    void aChipReadAfterTheZoneConfirmsWhatTheZoneGave() {
        form()->startNew();
        // Typed by hand, one letter off in the given name: the check digits do not cover names.
        QVERIFY(form()->applyMrz(
            identity::MrzParser::parse(test::cnieZone(QStringLiteral("EL<IDRISSI<<FATIMA<ZAHRE")))
                .value()));
        QCOMPARE(text("givenLatin"), QStringLiteral("Fatima Zahre"));
        QVERIFY(form()->isFromDocument(QStringLiteral("givenLatin")));
        QVERIFY(!form()->isFromChip(QStringLiteral("givenLatin")));
        bool confirmed = false;
        whenModal<ui::CardReadDialog>([&](ui::CardReadDialog* d) {
            d->setMrz(zone());
            d->readButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(!d->isReading(), 10000);
            confirmed = d->confirmButton()->isEnabled();
            if (confirmed)
                d->confirmButton()->click();
        });
        form()->readCard();
        QVERIFY(confirmed);
        QCOMPARE(text("givenLatin"), QStringLiteral("Fatima Zahra"));
        for (const char* field : {"documentNumber", "familyLatin", "givenLatin", "birthDate"})
            QVERIFY2(form()->isFromChip(QString::fromLatin1(field)), field);
    }

    void aCardPulledOutMidReadSaysSoAndARetryReadsIt() {
        ui::CardReadDialog dialog(*m_plugin, m_trust.get());
        dialog.show();
        dialog.setMrz(zone());
        // Lost after SELECT, GET CHALLENGE, EXTERNAL AUTHENTICATE and the first file's SELECT.
        m_plugin->failAfter = 4;
        QSignalSpy finished(&dialog, &ui::CardReadDialog::readFinished);
        dialog.startRead();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(dialog.message()->text(), QStringLiteral("La carte a été retirée du lecteur."));
        QVERIFY(!dialog.result());
        QVERIFY(!dialog.confirmButton()->isEnabled());
        m_plugin->cardGone();
        QVERIFY(!dialog.readButton()->isEnabled()); // no card to read
        QVERIFY(dialog.readerBox()->currentText().endsWith(QStringLiteral("pas de carte")));

        m_plugin->insertCard(kReader);
        QVERIFY(dialog.readButton()->isEnabled());
        QCOMPARE(dialog.readButton()->text(), QStringLiteral("Réessayer"));
        finished.clear();
        dialog.readButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(dialog.result());
        QCOMPARE(dialog.result()->data.mrz.familyName, QStringLiteral("EL IDRISSI"));
        QVERIFY(dialog.confirmButton()->isEnabled());
        QVERIFY(dialog.message()->text().isEmpty());
    }

    void alteredDataCannotBeTaken() {
        // A clone: another holder's name in DG1, under the genuine card's signature.
        m_chip->files[0x0101] = dg1(cnieZone(QStringLiteral("BENANI<<KARIM")));
        ui::CardReadDialog dialog(*m_plugin, m_trust.get());
        dialog.show();
        dialog.setMrz(zone());
        QSignalSpy finished(&dialog, &ui::CardReadDialog::readFinished);
        dialog.startRead();
        QVERIFY(finished.wait(10000));
        QVERIFY(dialog.result());
        QCOMPARE(dialog.verdictLabel()->text(), QStringLiteral("Données altérées — refusées"));
        QCOMPARE(dialog.verdictLabel()->property("verdict").toString(), QStringLiteral("altered"));
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QCOMPARE(dialog.fieldsLabel()->text(),
                 QStringLiteral("Ces données ne peuvent pas être reprises dans la fiche."));
        // Nor through the form's own entry point.
        QVERIFY(!form()->applyChip(*dialog.result()));
        QVERIFY(!form()->isFromDocument(QStringLiteral("familyLatin")));
    }

    void wrongKeyAndUnpluggedReaderAreExplained() {
        ui::CardReadDialog dialog(*m_plugin, m_trust.get());
        dialog.show();
        // Another card's zone: the chip refuses the key.
        identity::MrzData other = zone();
        other.documentNumber = QStringLiteral("AA0099999");
        dialog.setMrz(other);
        QSignalSpy finished(&dialog, &ui::CardReadDialog::readFinished);
        dialog.startRead();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!dialog.message()->text().isEmpty());
        QVERIFY(dialog.readButton()->isEnabled());

        // The reader goes: the list empties and says what to do; it comes back with its card.
        m_plugin->removeReader(kReader);
        QCOMPARE(dialog.readerBox()->count(), 0);
        QVERIFY(!dialog.readButton()->isEnabled());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("Aucun lecteur")));
        m_plugin->addReader(QStringLiteral("Autre lecteur"));
        m_plugin->addReader(kReader);
        m_plugin->insertCard(kReader);
        QCOMPARE(dialog.readerBox()->count(), 2);
        QCOMPARE(dialog.readerBox()->currentData().toString(), kReader);
        dialog.setMrz(zone());
        finished.clear();
        dialog.startRead();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
    }

    void anUnsupportedCardIsExplained() {
        m_chip->hasApplication = false; // a bank card, say
        ui::CardReadDialog dialog(*m_plugin, m_trust.get());
        dialog.show();
        dialog.setMrz(zone());
        QSignalSpy finished(&dialog, &ui::CardReadDialog::readFinished);
        dialog.startRead();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!dialog.message()->text().isEmpty());
        QVERIFY(dialog.verdictLabel()->text().isEmpty());
        QCOMPARE(dialog.readButton()->text(), QStringLiteral("Réessayer"));
        m_chip->hasApplication = true;
        finished.clear();
        dialog.readButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
    }

    // A keyboard-wedge scanner "types" the zone into the search box: the box gets its text back
    // and the zone fills a new form, as the MRZ dialog would.
    void aScannedZoneInTheSearchBoxFillsANewForm() {
        qint64 now = 0;
        m_page->wedgeFilter()->setClock([&now] { return now; });
        QLineEdit* box = m_page->searchPanel()->searchBox();
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("el"));
        now += 2000;
        const QString z = cnieZone();
        for (int line = 0; line < 3; ++line) {
            for (const QChar c : z.mid(line * 30, 30)) {
                now += 5;
                QTest::sendKeyEvent(QTest::Click, box, Qt::Key_unknown, QString(c), Qt::NoModifier);
            }
            now += 5;
            QTest::keyClick(box, Qt::Key_Return);
        }
        QVERIFY(m_page->isFormShown());
        QCOMPARE(box->text(), QStringLiteral("el"));
        QCOMPARE(text("familyLatin"), QStringLiteral("El Idrissi"));
        QCOMPARE(text("documentNumber"), QStringLiteral("BE654321"));
        QVERIFY(form()->isFromDocument(QStringLiteral("familyLatin")));
        QVERIFY(!form()->isFromChip(QStringLiteral("familyLatin")));
        QCOMPARE(form()->inputFor(QStringLiteral("familyLatin"))->toolTip(),
                 QStringLiteral("Lu sur la pièce d'identité (MRZ)"));
        // No patient was opened by the scanner's Enters.
        QVERIFY(!m_shell->patient->current());

        // The zone just scanned is the key offered for the chip: one click reads it.
        bool offered = false;
        whenModal<ui::CardReadDialog>([&](ui::CardReadDialog* d) {
            offered = d->readButton()->isEnabled() && d->canEdit()->text().isEmpty();
        });
        form()->readCard();
        QVERIFY(offered);
    }

    void closingDuringAReadDropsItsOutcome() {
        auto dialog = std::make_unique<ui::CardReadDialog>(*m_plugin, m_trust.get());
        dialog->show();
        dialog->setMrz(zone());
        dialog->startRead();
        QVERIFY(dialog->isReading());
        dialog->reject();
        dialog.reset();
        // The worker ends on its own; nothing reaches the deleted dialog.
        QTest::qWait(500);
        QVERIFY(m_plugin->cardPresent());
    }
};

QTEST_MAIN(CardReadingTest)
#include "tst_CardReading.moc"
