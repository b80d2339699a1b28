// The viewer's "shared record" menu: the open patient's ImagingStudy resources, read from a real
// local store, each opened by WADO-RS from its endpoint (the Orthanc of tests/peers, fixture
// orthanc) with the site PACS's account; an endpoint the site has no account for is refused by
// the PACS and said on the page; without a patient open, the menu says so.
#include <sijil/core/PatientContext.h>
#include <sijil/record/PatientImaging.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/ResourceStore.h>

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <DicomForge.h>
#include <OrthancPeer.h>
#include <shell/FieldMessage.h>
#include <viewer/ImageView.h>
#include <viewer/SharedStudiesButton.h>
#include <viewer/ViewerPage.h>

using namespace sijil;

class tst_SharedStudies : public QObject {
    Q_OBJECT

    testing::OrthancPeer m_orthanc;
    QTemporaryDir m_tmp;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ResourceStore> m_store;
    QString m_patientId;
    QString m_studyUid;

    QJsonObject imagingStudy(const QString& id, const QString& address) const {
        const QJsonObject endpoint{
            {QStringLiteral("resourceType"), QStringLiteral("Endpoint")},
            {QStringLiteral("id"), QStringLiteral("pacs")},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("connectionType"),
             QJsonObject{{QStringLiteral("code"), QStringLiteral("dicom-wado-rs")}}},
            {QStringLiteral("address"), address}};
        return QJsonObject{
            {QStringLiteral("resourceType"), QStringLiteral("ImagingStudy")},
            {QStringLiteral("id"), id},
            {QStringLiteral("status"), QStringLiteral("available")},
            {QStringLiteral("subject"),
             QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/p1")}}},
            {QStringLiteral("started"), QStringLiteral("2026-11-30T10:00:00Z")},
            {QStringLiteral("description"), QStringLiteral("TDM abdominale")},
            {QStringLiteral("numberOfInstances"), 1},
            {QStringLiteral("identifier"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:dicom:uid")},
                             {QStringLiteral("value"), QStringLiteral("urn:oid:") + m_studyUid}}}},
            {QStringLiteral("contained"), QJsonArray{endpoint}},
            {QStringLiteral("endpoint"),
             QJsonArray{QJsonObject{{QStringLiteral("reference"), QStringLiteral("#pacs")}}}}};
    }

    void store(const QJsonObject& study) {
        storage::StoredResource r;
        r.type = QStringLiteral("ImagingStudy");
        r.id = study.value(QStringLiteral("id")).toString();
        r.versionId = QStringLiteral("1");
        r.lastUpdatedUtc = QDateTime::currentDateTimeUtc();
        r.patientId = QStringLiteral("p1");
        r.json = QJsonDocument(study).toJson(QJsonDocument::Compact);
        QVERIFY(m_store->applyFromServer({r}).ok());
    }

    static QAction* studyAction(ui::ViewerPage& page, const QString& id) {
        page.sharedStudies()->rebuild();
        return page.sharedStudies()->menu()->findChild<QAction*>(QStringLiteral("study:") + id);
    }

private slots:
    void initTestCase() {
        m_orthanc = testing::OrthancPeer::fromEnvironment();
        QVERIFY2(m_orthanc.isUp(), "SIJIL_ORTHANC_ENV names no running Orthanc: run through "
                                   "ctest (fixture orthanc)");
        const qint64 pid = QCoreApplication::applicationPid();
        m_patientId = QStringLiteral("SIJILDPP%1").arg(pid);
        m_studyUid = QStringLiteral("1.2.826.0.1.3680043.8.498.97.%1").arg(pid);
        const QString file = m_tmp.filePath(QStringLiteral("upload/ct.dcm"));
        QVERIFY(testing::forgeDicom(
            testing::pydicomSample("CT_small.dcm"), file,
            {QStringLiteral("(0010,0020)=%1").arg(m_patientId),
             QStringLiteral("(0020,000D)=%1").arg(m_studyUid),
             QStringLiteral("(0020,000E)=1.2.826.0.1.3680043.8.498.98.%1").arg(pid),
             QStringLiteral("(0008,0018)=1.2.826.0.1.3680043.8.498.99.%1").arg(pid)}));
        QVERIFY(m_orthanc.upload(file));
        m_db = std::move(storage::Database::open(m_tmp.filePath(QStringLiteral("s.db")))).value();
        m_store = std::make_unique<storage::ResourceStore>(*m_db);
        const QString web = m_orthanc.webNode().dicomWebUrl.toString();
        store(imagingStudy(QStringLiteral("site"), web));
        // The same PACS reached by another name: no account of the site matches it.
        store(imagingStudy(
            QStringLiteral("foreign"),
            QString(web).replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"))));
    }

    void opensTheOpenPatientsStudy() {
        core::PatientContext context;
        const record::PatientImaging imaging(*m_store);
        ui::ViewerPage page;
        page.resize(900, 600);
        imaging::PacsNode node = m_orthanc.webNode();
        node.name = QStringLiteral("PACS du CHP");
        page.setPacs({node}, m_tmp.filePath(QStringLiteral("cache")));
        page.setSharedRecord(&context, &imaging);
        page.show();

        QVERIFY(!studyAction(page, QStringLiteral("site")));
        const auto actions = page.sharedStudies()->menu()->actions();
        QCOMPARE(actions.size(), 1);
        QVERIFY(!actions.first()->isEnabled());
        QVERIFY(actions.first()->text().contains(QStringLiteral("Aucun patient")));

        core::PatientSummary patient;
        patient.localId = QStringLiteral("p1");
        context.open(patient);
        QAction* open = studyAction(page, QStringLiteral("site"));
        QVERIFY(open);
        QVERIFY(open->text().contains(QStringLiteral("TDM abdominale")));
        QSignalSpy scanned(&page, &ui::ViewerPage::scanFinished);
        QSignalSpy studies(&page, &ui::ViewerPage::studyShown);
        open->trigger();
        QVERIFY(scanned.wait(30000));
        QVERIFY2(scanned.first().first().toBool(), qPrintable(page.message()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->image().size(), QSize(128, 128), 10000);
        QCOMPARE(page.catalog().patients.first().patientId, m_patientId);
        QCOMPARE(studies.count(), 1);
        QCOMPARE(studies.first().at(1).toString(), m_studyUid);
        QCOMPARE(studies.first().at(2).toString(), QStringLiteral("record"));

        // No site account for that address: the PACS refuses, the page says so.
        QAction* foreign = studyAction(page, QStringLiteral("foreign"));
        QVERIFY(foreign);
        scanned.clear();
        foreign->trigger();
        QVERIFY(scanned.wait(30000));
        QVERIFY(!scanned.first().first().toBool());
        QVERIFY(!page.message()->text().isEmpty());
    }
};

QTEST_MAIN(tst_SharedStudies)
#include "tst_SharedStudies.moc"
