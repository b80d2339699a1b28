// ImagingStudy resources of the shared record read for the viewer: the study UID, the WADO-RS
// endpoint (contained, referenced from the store, or on a series), what makes a study unusable,
// and a patient's list from a real local store, newest first.
#include <sijil/record/PatientImaging.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/ResourceStore.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sijil;
using record::readImagingStudy;

namespace {

QJsonObject endpoint(const QString& id, const QString& code, const QString& address,
                     const QString& status = QStringLiteral("active")) {
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Endpoint")},
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), status},
        {QStringLiteral("connectionType"),
         QJsonObject{
             {QStringLiteral("system"),
              QStringLiteral("http://terminology.hl7.org/CodeSystem/endpoint-connection-type")},
             {QStringLiteral("code"), code}}},
        {QStringLiteral("address"), address}};
}

QJsonObject reference(const QString& to) {
    return QJsonObject{{QStringLiteral("reference"), to}};
}

QJsonObject study(const QString& id, const QString& uid, const QString& started = {}) {
    QJsonObject s{
        {QStringLiteral("resourceType"), QStringLiteral("ImagingStudy")},
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), QStringLiteral("available")},
        {QStringLiteral("subject"), reference(QStringLiteral("Patient/p1"))},
        {QStringLiteral("identifier"),
         QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:dicom:uid")},
                                {QStringLiteral("value"), QStringLiteral("urn:oid:") + uid}}}}};
    if (!started.isEmpty())
        s.insert(QStringLiteral("started"), started);
    return s;
}

} // namespace

class tst_PatientImaging : public QObject {
    Q_OBJECT

private slots:
    void containedEndpoint() {
        QJsonObject s = study(QStringLiteral("s1"), QStringLiteral("1.2.840.113619.2.1"),
                              QStringLiteral("2026-11-02T09:15:00+01:00"));
        s.insert(QStringLiteral("contained"),
                 QJsonArray{endpoint(QStringLiteral("uri"), QStringLiteral("dicom-wado-uri"),
                                     QStringLiteral("https://pacs.chu.ma/wado")),
                            endpoint(QStringLiteral("rs"), QStringLiteral("dicom-wado-rs"),
                                     QStringLiteral("https://pacs.chu.ma/dicom-web"))});
        s.insert(QStringLiteral("endpoint"),
                 QJsonArray{reference(QStringLiteral("#uri")), reference(QStringLiteral("#rs"))});
        s.insert(QStringLiteral("description"), QStringLiteral("TDM thoracique"));
        s.insert(QStringLiteral("numberOfSeries"), 3);
        s.insert(QStringLiteral("numberOfInstances"), 412);
        s.insert(
            QStringLiteral("modality"),
            QJsonArray{QJsonObject{{QStringLiteral("system"),
                                    QStringLiteral("http://dicom.nema.org/resources/ontology/DCM")},
                                   {QStringLiteral("code"), QStringLiteral("CT")}}});
        const auto link = readImagingStudy(s);
        QVERIFY2(link, link ? "" : qPrintable(link.error().detail()));
        QCOMPARE(link->resourceId, QStringLiteral("s1"));
        QCOMPARE(link->studyInstanceUid, QStringLiteral("1.2.840.113619.2.1"));
        // The WADO-URI endpoint comes first but is not WADO-RS: skipped.
        QCOMPARE(link->wadoRsBase, QUrl(QStringLiteral("https://pacs.chu.ma/dicom-web")));
        QCOMPARE(link->started.toUTC(), QDateTime(QDate(2026, 11, 2), QTime(8, 15), Qt::UTC));
        QCOMPARE(link->description, QStringLiteral("TDM thoracique"));
        QCOMPARE(link->modalities, QStringList{QStringLiteral("CT")});
        QCOMPARE(link->numberOfSeries, 3);
        QCOMPARE(link->numberOfInstances, 412);
    }

    void referencedAndSeriesEndpoints() {
        QJsonObject s = study(QStringLiteral("s2"), QStringLiteral("1.2.3.4"));
        s.insert(QStringLiteral("endpoint"),
                 QJsonArray{reference(QStringLiteral("Endpoint/old")),
                            reference(QStringLiteral("Endpoint/unknown"))});
        s.insert(
            QStringLiteral("series"),
            QJsonArray{QJsonObject{{QStringLiteral("uid"), QStringLiteral("1.2.3.4.1")},
                                   {QStringLiteral("modality"),
                                    QJsonObject{{QStringLiteral("code"), QStringLiteral("MR")}}},
                                   {QStringLiteral("endpoint"),
                                    QJsonArray{reference(QStringLiteral("Endpoint/pacs"))}}}});
        QStringList asked;
        const record::ReferenceResolver resolve =
            [&](const QString& ref) -> std::optional<QJsonObject> {
            asked << ref;
            if (ref == u"Endpoint/old") // switched off: not used
                return endpoint(QStringLiteral("old"), QStringLiteral("dicom-wado-rs"),
                                QStringLiteral("https://old.example.ma/dicom-web"),
                                QStringLiteral("off"));
            if (ref == u"Endpoint/pacs")
                return endpoint(QStringLiteral("pacs"), QStringLiteral("dicom-wado-rs"),
                                QStringLiteral("http://127.0.0.1:8042/dicom-web"));
            return std::nullopt;
        };
        const auto link = readImagingStudy(s, resolve);
        QVERIFY2(link, link ? "" : qPrintable(link.error().detail()));
        QCOMPARE(link->wadoRsBase, QUrl(QStringLiteral("http://127.0.0.1:8042/dicom-web")));
        QCOMPARE(asked,
                 (QStringList{QStringLiteral("Endpoint/old"), QStringLiteral("Endpoint/unknown"),
                              QStringLiteral("Endpoint/pacs")}));
        QCOMPARE(link->modalities, QStringList{QStringLiteral("MR")});
        QVERIFY(!link->started.isValid());
        QCOMPARE(link->numberOfInstances, -1);
    }

    void unusableStudiesSayWhy_data() {
        QTest::addColumn<QJsonObject>("resource");
        QTest::addColumn<QByteArray>("code");
        QJsonObject noEndpoint = study(QStringLiteral("a"), QStringLiteral("1.2.3"));
        QTest::newRow("no endpoint") << noEndpoint << QByteArray("record/no-image-endpoint");
        QJsonObject badUid = study(QStringLiteral("b"), QStringLiteral("1.2.x"));
        badUid.insert(QStringLiteral("contained"),
                      QJsonArray{endpoint(QStringLiteral("rs"), QStringLiteral("dicom-wado-rs"),
                                          QStringLiteral("https://p/dicom-web"))});
        badUid.insert(QStringLiteral("endpoint"), QJsonArray{reference(QStringLiteral("#rs"))});
        QTest::newRow("bad uid") << badUid << QByteArray("record/no-study-uid");
        QJsonObject noAddress = badUid;
        noAddress.insert(QStringLiteral("identifier"),
                         study({}, QStringLiteral("1.2.3")).value(QStringLiteral("identifier")));
        noAddress.insert(QStringLiteral("contained"),
                         QJsonArray{endpoint(QStringLiteral("rs"), QStringLiteral("dicom-wado-rs"),
                                             QStringLiteral("ftp://p/dicom-web"))});
        QTest::newRow("not http") << noAddress << QByteArray("record/no-image-endpoint");
        QTest::newRow("a patient")
            << QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")}}
            << QByteArray("record/not-imaging-study");
    }

    void unusableStudiesSayWhy() {
        QFETCH(QJsonObject, resource);
        QFETCH(QByteArray, code);
        const auto link = readImagingStudy(resource);
        QVERIFY(!link);
        QCOMPARE(link.error().code(), code);
        QVERIFY(!link.error().userMessage().isEmpty());
    }

    // From a real store: three studies of the patient (one unusable), the endpoint stored once
    // as its own resource; another patient's study not listed; newest first, undated last.
    void aPatientsStudiesFromTheStore() {
        QTemporaryDir dir;
        auto db = std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value();
        storage::ResourceStore store(*db);
        auto stored = [](const QString& type, const QString& id, const QString& patient,
                         const QJsonObject& json) {
            storage::StoredResource r;
            r.type = type;
            r.id = id;
            r.versionId = QStringLiteral("1");
            r.lastUpdatedUtc = QDateTime::currentDateTimeUtc();
            r.patientId = patient;
            r.json = QJsonDocument(json).toJson(QJsonDocument::Compact);
            return r;
        };
        auto withEndpoint = [](QJsonObject s) {
            s.insert(QStringLiteral("endpoint"),
                     QJsonArray{reference(QStringLiteral("Endpoint/pacs"))});
            return s;
        };
        QVERIFY(
            store
                .applyFromServer(
                    {stored(QStringLiteral("Endpoint"), QStringLiteral("pacs"), {},
                            endpoint(QStringLiteral("pacs"), QStringLiteral("dicom-wado-rs"),
                                     QStringLiteral("https://pacs.chp.ma/dicom-web"))),
                     stored(QStringLiteral("ImagingStudy"), QStringLiteral("old"),
                            QStringLiteral("p1"),
                            withEndpoint(study(QStringLiteral("old"), QStringLiteral("1.1"),
                                               QStringLiteral("2019-03-01")))),
                     stored(QStringLiteral("ImagingStudy"), QStringLiteral("undated"),
                            QStringLiteral("p1"),
                            withEndpoint(study(QStringLiteral("undated"), QStringLiteral("1.2")))),
                     stored(QStringLiteral("ImagingStudy"), QStringLiteral("new"),
                            QStringLiteral("p1"),
                            withEndpoint(study(QStringLiteral("new"), QStringLiteral("1.3"),
                                               QStringLiteral("2026-11-20T10:00:00Z")))),
                     stored(QStringLiteral("ImagingStudy"), QStringLiteral("nowhere"),
                            QStringLiteral("p1"),
                            study(QStringLiteral("nowhere"), QStringLiteral("1.4"))),
                     stored(QStringLiteral("ImagingStudy"), QStringLiteral("other"),
                            QStringLiteral("p2"),
                            withEndpoint(study(QStringLiteral("other"), QStringLiteral("1.5"))))})
                .ok());
        const record::PatientImaging imaging(store);
        const auto listing = imaging.studies(QStringLiteral("p1"));
        QVERIFY(listing);
        QStringList ids;
        for (const auto& s : listing->studies)
            ids << s.resourceId;
        QCOMPARE(ids, (QStringList{QStringLiteral("new"), QStringLiteral("old"),
                                   QStringLiteral("undated")}));
        QCOMPARE(listing->unusable, 1);
        QCOMPARE(listing->studies.first().wadoRsBase,
                 QUrl(QStringLiteral("https://pacs.chp.ma/dicom-web")));
        QVERIFY(imaging.studies(QStringLiteral("nobody"))->studies.isEmpty());
    }
};

QTEST_MAIN(tst_PatientImaging)
#include "tst_PatientImaging.moc"
