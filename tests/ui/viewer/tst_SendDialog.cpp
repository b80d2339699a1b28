// The send dialog against the Orthanc of tests/peers (fixture orthanc): images opened from a
// patient's media go to the PACS by C-STORE or by STOW-RS; a file that is not DICOM is listed with
// its reason while the others are stored; the PACS then holds exactly what was sent (C-FIND).
#include "ViewerTesting.h"

#include <sijil/access/User.h>
#include <sijil/core/PatientContext.h>
#include <sijil/imaging/DimseClient.h>
#include <sijil/record/PatientImaging.h>
#include <sijil/record/StudyIndexer.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/ResourceStore.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <DicomForge.h>
#include <OrthancPeer.h>
#include <shell/FieldMessage.h>
#include <viewer/PacsSourcePicker.h>
#include <viewer/SendDialog.h>
#include <viewer/ViewerPage.h>

using namespace sijil;

class tst_SendDialog : public QObject {
    Q_OBJECT

    testing::OrthancPeer m_orthanc;
    QTemporaryDir m_tmp;

    // `count` copies of a CT slice under a patient and a study of their own.
    QStringList forgeStudy(const QString& patientId, int study, int count) {
        QStringList files;
        const qint64 pid = QCoreApplication::applicationPid();
        for (int i = 0; i < count; ++i) {
            const QString file =
                m_tmp.filePath(QStringLiteral("%1/ct%2.dcm").arg(patientId).arg(i));
            if (!testing::forgeDicom(
                    testing::pydicomSample("CT_small.dcm"), file,
                    {QStringLiteral("(0010,0020)=%1").arg(patientId),
                     QStringLiteral("(0010,0010)=EL IDRISSI^AMINE"),
                     QStringLiteral("(0020,000D)=1.2.826.0.1.3680043.8.498.87.%1.%2")
                         .arg(pid)
                         .arg(study),
                     QStringLiteral("(0020,000E)=1.2.826.0.1.3680043.8.498.88.%1.%2")
                         .arg(pid)
                         .arg(study),
                     QStringLiteral("(0008,0018)=1.2.826.0.1.3680043.8.498.89.%1.%2.%3")
                         .arg(pid)
                         .arg(study)
                         .arg(i)}))
                return {};
            files << file;
        }
        return files;
    }

    // What the PACS holds for the patient: instances of its one study, -1 if none.
    int instancesOnPacs(const QString& patientId) {
        imaging::StudyQuery q;
        q.patientId = patientId;
        const auto found = imaging::DimseClient().find(m_orthanc.node(), q);
        if (!found || found->studies.size() != 1)
            return -1;
        return found->studies.first().instanceCount;
    }

private slots:
    void initTestCase() {
        m_orthanc = testing::OrthancPeer::fromEnvironment();
        QVERIFY2(m_orthanc.isUp(), "SIJIL_ORTHANC_ENV names no running Orthanc: run through "
                                   "ctest (fixture orthanc)");
    }

    void storesByDimseAndListsWhatFailed() {
        const QString patient =
            QStringLiteral("SIJILSEND%1").arg(QCoreApplication::applicationPid());
        QStringList files = forgeStudy(patient, 1, 2);
        QCOMPARE(files.size(), 2);
        const QString text = m_tmp.filePath(QStringLiteral("LISEZMOI.TXT"));
        QFile readme(text);
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.write("Ce CD contient les images de l'examen.\n");
        readme.close();
        files.insert(1, text);

        imaging::PacsNode node = m_orthanc.node();
        node.name = QStringLiteral("Orthanc");
        ui::SendDialog dialog({node}, files, QStringLiteral("EL IDRISSI AMINE"));
        dialog.show();
        QCOMPARE(dialog.destination()->box()->count(), 1);
        QVERIFY(!dialog.destination()->passwordEdit()->isVisibleTo(&dialog));
        QSignalSpy finished(&dialog, &ui::SendDialog::sendFinished);
        dialog.sendButton()->click();
        QVERIFY(dialog.isBusy());
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().first().toBool()); // one file was not sent
        QVERIFY2(dialog.message()->text().contains(QStringLiteral("2 image(s) sur 3")),
                 qPrintable(dialog.message()->text()));
        QCOMPARE(dialog.failures()->rowCount(), 1);
        QCOMPARE(dialog.failures()->item(0, 0)->text(), QStringLiteral("LISEZMOI.TXT"));
        QVERIFY(!dialog.failures()->item(0, 1)->text().isEmpty());
        QCOMPARE(instancesOnPacs(patient), 2);

        // Sending again is harmless: still two instances.
        finished.clear();
        dialog.send();
        QVERIFY(finished.wait(60000));
        QCOMPARE(instancesOnPacs(patient), 2);
    }

    // From the viewer: a study opened from media (two series) goes whole to the PACS with the
    // "send" action; without a PACS the action is off.
    void theViewerSendsTheActivePanesStudy() {
        const QString patient = QStringLiteral("SIJILCD%1").arg(QCoreApplication::applicationPid());
        const QStringList first = forgeStudy(patient, 3, 2);
        QCOMPARE(first.size(), 2);
        // A second series of the same study, in the same folder.
        const qint64 pid = QCoreApplication::applicationPid();
        QVERIFY(testing::forgeDicom(
            first.first(), m_tmp.filePath(QStringLiteral("%1/scout.dcm").arg(patient)),
            {QStringLiteral("(0020,000E)=1.2.826.0.1.3680043.8.498.88.%1.99").arg(pid),
             QStringLiteral("(0008,0018)=1.2.826.0.1.3680043.8.498.89.%1.99").arg(pid)}));
        ui::ViewerPage page;
        QVERIFY(!page.action(QStringLiteral("send"))->isEnabled());
        page.setPacs({m_orthanc.node()}, m_tmp.filePath(QStringLiteral("cache")));
        QVERIFY(testing::showAndOpen(page, m_tmp.filePath(patient)));
        QVERIFY(page.action(QStringLiteral("send"))->isEnabled());
        ui::SendDialog* dialog = page.openSendDialog();
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &ui::SendDialog::sendFinished);
        dialog->send();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->message()->text()));
        QVERIFY(dialog->message()->text().contains(QStringLiteral("3 image(s)")));
        QCOMPARE(instancesOnPacs(patient), 3);
    }

    // Sent from a CD, the study can join the open patient's shared record: only when the user
    // checks it (the box says whom the CD names), then it is in the record the viewer lists.
    void aSentStudyJoinsTheOpenPatientsRecord() {
        const QString patient =
            QStringLiteral("SIJILIDX%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(forgeStudy(patient, 4, 2).size(), 2);
        QTemporaryDir dir;
        auto db = std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value();
        const QByteArray key =
            storage::AuditTrail::loadOrCreateKey(dir.filePath(QStringLiteral("k"))).value();
        storage::AuditTrail audit(*db, key, dir.filePath(QStringLiteral("head")));
        storage::ResourceStore store(*db);
        record::StudyIndexer indexer(store, audit);
        const record::PatientImaging imaging(store);
        core::PatientContext context;
        core::PatientSummary open;
        open.localId = QStringLiteral("p-idx");
        open.name = core::PersonName(QStringLiteral("El Idrissi"), QStringLiteral("Amine"));
        context.open(open);
        access::SessionInfo session;
        session.user.id = QStringLiteral("u-1");

        imaging::PacsNode node = m_orthanc.node(); // DICOM, and DICOMweb for the record
        node.dicomWebUrl = m_orthanc.webNode().dicomWebUrl;
        ui::ViewerPage page;
        page.setPacs({node}, m_tmp.filePath(QStringLiteral("cache-idx")));
        page.setSharedRecord(&context, &imaging);
        page.setStudyIndexing(
            [&](const imaging::CatalogStudy& study, const QUrl& url) -> core::Result<bool> {
                auto indexed = indexer.index(session, QStringLiteral("p-idx"), study, url);
                if (!indexed)
                    return indexed.error();
                return indexed->created;
            });
        QVERIFY(testing::showAndOpen(page, m_tmp.filePath(patient)));

        ui::SendDialog* dialog = page.openSendDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->indexBox()->isVisibleTo(dialog));
        QVERIFY(dialog->indexBox()->isEnabled());
        QVERIFY(!dialog->indexBox()->isChecked()); // the user confirms it is the same person
        QVERIFY(dialog->indexBox()->text().contains(QStringLiteral("EL IDRISSI Amine")));
        QVERIFY(dialog->indexBox()->text().contains(patient));
        QSignalSpy finished(dialog, &ui::SendDialog::sendFinished);
        QSignalSpy indexed(&page, &ui::ViewerPage::studyIndexed);
        dialog->send();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(indexed.count(), 0);
        QVERIFY(imaging.studies(QStringLiteral("p-idx"))->studies.isEmpty());

        dialog->indexBox()->setChecked(true);
        finished.clear();
        dialog->send();
        QVERIFY(finished.wait(60000));
        QCOMPARE(indexed.count(), 1);
        QVERIFY(indexed.first().first().toBool());
        const auto listing = imaging.studies(QStringLiteral("p-idx"));
        QVERIFY(listing);
        QCOMPARE(listing->studies.size(), 1);
        QCOMPARE(listing->studies.first().wadoRsBase, node.dicomWebUrl);
        QCOMPARE(listing->studies.first().numberOfInstances, 2);
    }

    void storesByDicomWebWithThePasswordAsked() {
        const QString patient =
            QStringLiteral("SIJILSTOW%1").arg(QCoreApplication::applicationPid());
        const QStringList files = forgeStudy(patient, 2, 3);
        QCOMPARE(files.size(), 3);
        imaging::PacsNode node = m_orthanc.webNode();
        const QString password = node.password;
        node.password.clear();
        node.name = QStringLiteral("Orthanc web");
        ui::SendDialog dialog({node}, files, QStringLiteral("EL IDRISSI AMINE"));
        dialog.show();
        QVERIFY(dialog.destination()->box()->currentText().contains(QStringLiteral("DICOMweb")));
        QVERIFY(dialog.destination()->passwordEdit()->isVisibleTo(&dialog));
        QSignalSpy finished(&dialog, &ui::SendDialog::sendFinished);
        dialog.send(); // no password yet: said, nothing sent
        QCOMPARE(finished.count(), 1);
        QVERIFY(dialog.message()->text().contains(QStringLiteral("mot de passe")));
        QCOMPARE(instancesOnPacs(patient), -1);

        QSignalSpy accepted(&dialog, &ui::SendDialog::credentialsAccepted);
        dialog.setBatchSize(2); // three files: two STOW-RS requests
        dialog.destination()->passwordEdit()->setText(password);
        finished.clear();
        dialog.send();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.message()->text()));
        QVERIFY(dialog.message()->text().contains(QStringLiteral("3 image(s)")));
        QCOMPARE(dialog.failures()->rowCount(), 0);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(!dialog.destination()->passwordEdit()->isVisibleTo(&dialog));
        QCOMPARE(instancesOnPacs(patient), 3);
    }
};

QTEST_MAIN(tst_SendDialog)
#include "tst_SendDialog.moc"
