// A study from a patient's CD indexed in their shared record once on the PACS: one ImagingStudy in
// the real local store, queued for sync and audited; read back as the viewer reads the record;
// indexing again (here or on another workstation) never makes a second one.
#include <sijil/access/User.h>
#include <sijil/record/PatientImaging.h>
#include <sijil/record/StudyIndexer.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sijil;

namespace {

imaging::CatalogStudy cdStudy() {
    imaging::CatalogStudy study;
    study.studyInstanceUid = QStringLiteral("1.2.826.0.1.3680043.8.498.501");
    study.studyDate = QStringLiteral("20261015");
    study.description = QStringLiteral("IRM cérébrale");
    study.accessionNumber = QStringLiteral("ACC-2026-77");
    for (int s = 0; s < 2; ++s) {
        imaging::CatalogSeries series;
        series.seriesInstanceUid = study.studyInstanceUid + QStringLiteral(".%1").arg(s + 1);
        series.modality = s == 0 ? QStringLiteral("MR") : QStringLiteral("SR");
        series.seriesNumber = s + 1;
        for (int i = 0; i < 2 - s; ++i) {
            imaging::CatalogInstance instance;
            instance.sopInstanceUid = series.seriesInstanceUid + QStringLiteral(".%1").arg(i + 1);
            instance.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.4");
            instance.instanceNumber = i + 1;
            series.instances.append(instance);
        }
        study.series.append(series);
    }
    return study;
}

} // namespace

class tst_StudyIndexer : public QObject {
    Q_OBJECT

private slots:
    void indexedOnceReadBackQueuedAndAudited() {
        QTemporaryDir dir;
        auto db = std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value();
        const QByteArray key =
            storage::AuditTrail::loadOrCreateKey(dir.filePath(QStringLiteral("audit.key"))).value();
        storage::AuditTrail audit(*db, key, dir.filePath(QStringLiteral("audit.head")));
        storage::ResourceStore store(*db);
        storage::Outbox outbox(*db);
        access::SessionInfo session;
        session.user.id = QStringLiteral("u-3");
        session.user.displayName = QStringLiteral("Dr Youssef Alaoui");
        const QUrl pacs(QStringLiteral("https://pacs.chp.ma/dicom-web"));

        record::StudyIndexer indexer(store, audit);
        const auto first = indexer.index(session, QStringLiteral("p1"), cdStudy(), pacs);
        QVERIFY2(first, first ? "" : qPrintable(first.error().detail()));
        QVERIFY(first->created);
        QCOMPARE(first->resourceId, record::StudyIndexer::resourceIdFor(
                                        QStringLiteral("p1"), cdStudy().studyInstanceUid));
        QVERIFY(first->resourceId != record::StudyIndexer::resourceIdFor(
                                         QStringLiteral("p2"), cdStudy().studyInstanceUid));

        // As the viewer reads the record.
        const auto listing = record::PatientImaging(store).studies(QStringLiteral("p1"));
        QVERIFY(listing);
        QCOMPARE(listing->studies.size(), 1);
        const record::ImagingStudyLink& link = listing->studies.first();
        QCOMPARE(link.studyInstanceUid, cdStudy().studyInstanceUid);
        QCOMPARE(link.wadoRsBase, pacs);
        QCOMPARE(link.modalities, (QStringList{QStringLiteral("MR"), QStringLiteral("SR")}));
        QCOMPARE(link.numberOfSeries, 2);
        QCOMPARE(link.numberOfInstances, 3);
        QCOMPARE(link.started.date(), QDate(2026, 10, 15));
        QCOMPARE(link.description, QStringLiteral("IRM cérébrale"));
        const QJsonObject json =
            QJsonDocument::fromJson(
                store.get(QStringLiteral("ImagingStudy"), first->resourceId).value()->json)
                .object();
        QCOMPARE(
            json.value(QStringLiteral("subject")).toObject().value(QStringLiteral("reference")),
            QStringLiteral("Patient/p1"));
        QCOMPARE(json.value(QStringLiteral("identifier"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("value")),
                 QStringLiteral("ACC-2026-77"));
        QCOMPARE(json.value(QStringLiteral("series"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("instance"))
                     .toArray()
                     .size(),
                 2);

        // Again: the same resource, nothing more to send, nothing more audited.
        const auto again = indexer.index(session, QStringLiteral("p1"), cdStudy(), pacs);
        QVERIFY(again);
        QVERIFY(!again->created);
        QCOMPARE(again->resourceId, first->resourceId);
        const auto queued = outbox.next(10);
        QVERIFY(queued);
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().type, QStringLiteral("ImagingStudy"));
        const auto entries = audit.entries(0, 10);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("C"));
        QCOMPARE(entries->first().subtype, QStringLiteral("imaging-index"));
        QCOMPARE(entries->first().patientId, QStringLiteral("p1"));

        imaging::CatalogStudy noUid = cdStudy();
        noUid.studyInstanceUid.clear();
        const auto refused = indexer.index(session, QStringLiteral("p1"), noUid, pacs);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), QByteArray("record/bad-study"));
    }
};

QTEST_MAIN(tst_StudyIndexer)
#include "tst_StudyIndexer.moc"
