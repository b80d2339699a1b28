// The imaging area's PACS dialog against the Orthanc of tests/peers (fixture orthanc): a study
// uploaded under a patient ID of its own is found with a C-FIND, retrieved with a C-GET into the
// image cache and shown in the viewer; the same over DICOMweb (QIDO-RS, WADO-RS) with the
// account's password asked in the dialog; bad criteria and an unreachable PACS are said where
// the user looks.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <DicomForge.h>
#include <OrthancPeer.h>
#include <shell/FieldMessage.h>
#include <viewer/ImageView.h>
#include <viewer/PacsDialog.h>
#include <viewer/PacsSourcePicker.h>
#include <viewer/ViewerPage.h>

using namespace sijil;

class tst_PacsDialog : public QObject {
    Q_OBJECT

    testing::OrthancPeer m_orthanc;
    QTemporaryDir m_tmp;
    QString m_patientId;

private slots:
    void initTestCase() {
        m_orthanc = testing::OrthancPeer::fromEnvironment();
        QVERIFY2(m_orthanc.isUp(), "SIJIL_ORTHANC_ENV names no running Orthanc: run through "
                                   "ctest (fixture orthanc)");
        // A study of its own: other tests share this Orthanc.
        m_patientId = QStringLiteral("SIJILUI%1").arg(QCoreApplication::applicationPid());
        const QString file = m_tmp.filePath(QStringLiteral("upload/ct.dcm"));
        QVERIFY(testing::forgeDicom(testing::pydicomSample("CT_small.dcm"), file,
                                    {QStringLiteral("(0010,0020)=%1").arg(m_patientId),
                                     QStringLiteral("(0010,0010)=BENANI^SARA"),
                                     QStringLiteral("(0020,000D)=1.2.826.0.1.3680043.8.498.77.%1")
                                         .arg(QCoreApplication::applicationPid()),
                                     QStringLiteral("(0020,000E)=1.2.826.0.1.3680043.8.498.78.%1")
                                         .arg(QCoreApplication::applicationPid()),
                                     QStringLiteral("(0008,0018)=1.2.826.0.1.3680043.8.498.79.%1")
                                         .arg(QCoreApplication::applicationPid())}));
        QVERIFY(m_orthanc.upload(file));
    }

    void findsRetrievesAndShows() {
        ui::ViewerPage page;
        page.resize(900, 600);
        const QString cache = m_tmp.filePath(QStringLiteral("cache"));
        page.setPacs({m_orthanc.node()}, cache);
        page.show();
        QVERIFY(page.action(QStringLiteral("pacs"))->isEnabled());
        ui::PacsDialog* dialog = page.openPacsDialog();
        QVERIFY(dialog);
        dialog->patientIdEdit()->setText(m_patientId);
        QSignalSpy searched(dialog, &ui::PacsDialog::searchFinished);
        dialog->searchButton()->click();
        QVERIFY(dialog->isBusy());
        QVERIFY(searched.wait(30000));
        QVERIFY2(searched.first().first().toBool(), qPrintable(dialog->message()->text()));
        QCOMPARE(dialog->results()->rowCount(), 1);
        QCOMPARE(dialog->results()->item(0, 0)->text(), QStringLiteral("BENANI SARA"));
        QCOMPARE(dialog->results()->item(0, 1)->text(), m_patientId);
        QCOMPARE(dialog->results()->item(0, 4)->text(), QStringLiteral("CT"));
        // Tab leaves the results for the actions (walking the cells moved to another study).
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->results()->setFocus();
        QTest::keyClick(dialog->results(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != dialog->results());

        // By name too, as a clerk types it: completed with a wildcard, in DICOM form.
        dialog->patientIdEdit()->clear();
        dialog->nameEdit()->setText(QStringLiteral("benani sa"));
        searched.clear();
        dialog->search();
        QVERIFY(searched.wait(30000));
        QVERIFY(searched.first().first().toBool());
        QVERIFY(dialog->results()->rowCount() >= 1);
        dialog->nameEdit()->clear();
        dialog->patientIdEdit()->setText(m_patientId);
        searched.clear();
        dialog->search();
        QVERIFY(searched.wait(30000));

        QSignalSpy scanned(&page, &ui::ViewerPage::scanFinished);
        QSignalSpy studies(&page, &ui::ViewerPage::studyShown);
        QSignalSpy retrieved(dialog, &ui::PacsDialog::retrieveFinished);
        dialog->retrieveButton()->click();
        QVERIFY(retrieved.wait(30000));
        QVERIFY(retrieved.first().first().toBool());
        QVERIFY(scanned.wait(30000));
        QVERIFY(scanned.first().first().toBool());
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->image().size(), QSize(128, 128), 10000);
        QCOMPARE(page.sliceCount(), 1);
        QCOMPARE(page.catalog().patients.first().patientId, m_patientId);
        QCOMPARE(studies.count(), 1);
        QCOMPARE(studies.first().at(0).toString(), m_patientId);
        QCOMPARE(studies.first().at(2).toString(), QStringLiteral("pacs"));
        // In the cache, one folder per study, the file named by its SOP instance UID.
        const QString study = QStringLiteral("1.2.826.0.1.3680043.8.498.77.%1")
                                  .arg(QCoreApplication::applicationPid());
        QCOMPARE(QDir(cache + u'/' + study).entryList(QDir::Files),
                 QStringList{QStringLiteral("1.2.826.0.1.3680043.8.498.79.%1.dcm")
                                 .arg(QCoreApplication::applicationPid())});
    }

    // Right to left (an Arabic desk), the first study found is the one chosen, ready to retrieve.
    void theFirstStudyIsChosenRightToLeftToo() {
        // As the language manager sets it for Arabic: the dialog is a window of its own.
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const auto restore =
            qScopeGuard([] { QGuiApplication::setLayoutDirection(Qt::LeftToRight); });
        ui::ViewerPage page;
        page.resize(900, 600);
        page.setPacs({m_orthanc.node()}, m_tmp.filePath(QStringLiteral("cache-rtl")));
        page.show();
        ui::PacsDialog* dialog = page.openPacsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
        dialog->patientIdEdit()->setText(m_patientId);
        QSignalSpy searched(dialog, &ui::PacsDialog::searchFinished);
        dialog->search();
        QVERIFY(searched.wait(30000));
        QVERIFY2(searched.first().first().toBool(), qPrintable(dialog->message()->text()));
        QCOMPARE(dialog->results()->rowCount(), 1);
        QCOMPARE(dialog->results()->currentRow(), 0);
        QVERIFY(!dialog->results()->selectedItems().isEmpty());
    }

    // One site PACS reachable both ways: two sources. Over DICOMweb the password is asked (never
    // in the site file): missing, then wrong (said at the form, what was typed kept), then right;
    // the study is found and retrieved with WADO-RS, and the accepted password is remembered by
    // the page for the next dialog.
    void findsAndRetrievesOverDicomWeb() {
        imaging::PacsNode node = m_orthanc.node();
        const imaging::PacsNode web = m_orthanc.webNode();
        node.name = QStringLiteral("Orthanc");
        node.dicomWebUrl = web.dicomWebUrl;
        node.username = web.username; // no password: the user types it
        ui::ViewerPage page;
        page.resize(900, 600);
        const QString cache = m_tmp.filePath(QStringLiteral("cache-web"));
        page.setPacs({node}, cache);
        page.show();
        ui::PacsDialog* dialog = page.openPacsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->source()->box()->count(), 2);
        QVERIFY(dialog->source()->box()->itemText(0).contains(QStringLiteral("DICOM (")));
        QVERIFY(!dialog->source()->passwordEdit()->isVisibleTo(dialog)); // DIMSE needs none
        QVERIFY(dialog->source()->select(0, true));
        QVERIFY(dialog->source()->box()->currentText().contains(QStringLiteral("DICOMweb")));
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("Orthanc")));
        QVERIFY(dialog->source()->passwordEdit()->isVisibleTo(dialog));

        dialog->patientIdEdit()->setText(m_patientId);
        QSignalSpy searched(dialog, &ui::PacsDialog::searchFinished);
        dialog->search();
        QCOMPARE(searched.count(), 1);
        QVERIFY(!searched.first().first().toBool());
        QVERIFY(dialog->message()->text().contains(QStringLiteral("mot de passe")));

        dialog->source()->passwordEdit()->setText(QStringLiteral("not-the-password"));
        searched.clear();
        dialog->search();
        QVERIFY(searched.wait(30000));
        QVERIFY(!searched.first().first().toBool());
        QVERIFY2(!dialog->message()->text().isEmpty(), "a refused account is explained");
        QCOMPARE(dialog->source()->passwordEdit()->text(), QStringLiteral("not-the-password"));
        QCOMPARE(dialog->patientIdEdit()->text(), m_patientId);

        QSignalSpy accepted(dialog, &ui::PacsDialog::credentialsAccepted);
        dialog->source()->passwordEdit()->setText(web.password);
        searched.clear();
        dialog->search();
        QVERIFY(searched.wait(30000));
        QVERIFY2(searched.first().first().toBool(), qPrintable(dialog->message()->text()));
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted.first().at(0).toInt(), 0);
        QVERIFY(!dialog->source()->passwordEdit()->isVisibleTo(dialog)); // not asked again
        QCOMPARE(dialog->results()->rowCount(), 1);
        QCOMPARE(dialog->results()->item(0, 0)->text(), QStringLiteral("BENANI SARA"));
        QCOMPARE(dialog->results()->item(0, 1)->text(), m_patientId);

        QSignalSpy scanned(&page, &ui::ViewerPage::scanFinished);
        QSignalSpy retrieved(dialog, &ui::PacsDialog::retrieveFinished);
        dialog->retrieveButton()->click();
        QVERIFY(retrieved.wait(30000));
        QVERIFY(retrieved.first().first().toBool());
        QVERIFY(scanned.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->image().size(), QSize(128, 128), 10000);
        QCOMPARE(page.catalog().patients.first().patientId, m_patientId);
        const QString study = QStringLiteral("1.2.826.0.1.3680043.8.498.77.%1")
                                  .arg(QCoreApplication::applicationPid());
        QCOMPARE(QDir(cache + u'/' + study).entryList(QDir::Files).size(), 1);

        // The next dialog of this page knows the password already.
        ui::PacsDialog* again = page.openPacsDialog();
        QVERIFY(again->source()->select(0, true));
        QVERIFY(!again->source()->passwordEdit()->isVisibleTo(again));
        again->close();
    }

    void badCriteriaAreSaidAtTheForm() {
        ui::PacsDialog dialog({m_orthanc.node()}, m_tmp.filePath(QStringLiteral("cache2")));
        dialog.show();
        QSignalSpy searched(&dialog, &ui::PacsDialog::searchFinished);
        dialog.search(); // nothing typed: never the whole PACS
        QCOMPARE(searched.count(), 1);
        QVERIFY(!searched.first().first().toBool());
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("au moins un critère")));
        QVERIFY(dialog.patientIdEdit()->hasFocus() || !dialog.isActiveWindow());

        dialog.periodBox()->setChecked(true);
        dialog.fromEdit()->setDate(QDate(2024, 5, 2));
        dialog.toEdit()->setDate(QDate(2024, 5, 1));
        dialog.search();
        QVERIFY(dialog.message()->text().contains(QStringLiteral("commence après")));
        QCOMPARE(dialog.fromEdit()->date(), QDate(2024, 5, 2)); // nothing typed is lost
    }

    void anUnreachablePacsIsExplained() {
        imaging::PacsNode node = m_orthanc.node();
        node.port = 1; // nothing listens there
        ui::PacsDialog dialog({node}, m_tmp.filePath(QStringLiteral("cache3")));
        dialog.show();
        dialog.patientIdEdit()->setText(QStringLiteral("X"));
        QSignalSpy searched(&dialog, &ui::PacsDialog::searchFinished);
        dialog.search();
        QVERIFY(searched.wait(30000));
        QVERIFY(!searched.first().first().toBool());
        QVERIFY2(dialog.message()->text().contains(QStringLiteral("injoignable")),
                 qPrintable(dialog.message()->text()));
        QCOMPARE(dialog.patientIdEdit()->text(), QStringLiteral("X"));
        QVERIFY(dialog.searchButton()->isEnabled());
    }

    void withoutAPacsTheActionSaysWhy() {
        ui::ViewerPage page;
        QVERIFY(!page.action(QStringLiteral("pacs"))->isEnabled());
        QVERIFY(page.action(QStringLiteral("pacs"))->toolTip().contains(QStringLiteral("PACS")));
        QVERIFY(!page.openPacsDialog());
    }
};

QTEST_MAIN(tst_PacsDialog)
#include "tst_PacsDialog.moc"
