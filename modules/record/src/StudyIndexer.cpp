#include <sijil/access/SessionAudit.h>
#include <sijil/record/StudyIndexer.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/ResourceStore.h>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace sijil::record {

namespace {

constexpr const char* kCtx = "sijil::record::StudyIndexer";
const QString kDcm = QStringLiteral("http://dicom.nema.org/resources/ontology/DCM");

QJsonObject modalityCoding(const QString& modality) {
    return QJsonObject{{QStringLiteral("system"), kDcm}, {QStringLiteral("code"), modality}};
}

QJsonObject oid(const QString& uid) {
    return QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:ietf:rfc:3986")},
                       {QStringLiteral("code"), QStringLiteral("urn:oid:") + uid}};
}

} // namespace

StudyIndexer::StudyIndexer(storage::ResourceStore& store, storage::AuditTrail& audit)
    : m_store(store)
    , m_audit(audit) {}

QString StudyIndexer::resourceIdFor(const QString& patientId, const QString& studyUid) {
    // A name-based UUID: the same patient and study give the same id on every workstation.
    static const QUuid ns(QStringLiteral("6f1d4c1e-58a4-4d0e-9a53-5b1f0c3a2e77"));
    return QUuid::createUuidV5(ns, patientId + u'|' + studyUid).toString(QUuid::WithoutBraces);
}

QJsonObject StudyIndexer::imagingStudy(const QString& resourceId, const QString& patientId,
                                       const imaging::CatalogStudy& study, const QUrl& wadoRsBase) {
    QJsonArray modalities;
    QStringList seen;
    QJsonArray series;
    int instances = 0;
    for (const imaging::CatalogSeries& s : study.series) {
        if (!s.modality.isEmpty() && !seen.contains(s.modality)) {
            seen << s.modality;
            modalities.append(modalityCoding(s.modality));
        }
        QJsonArray items;
        for (const imaging::CatalogInstance& i : s.instances) {
            QJsonObject item{{QStringLiteral("uid"), i.sopInstanceUid},
                             {QStringLiteral("sopClass"), oid(i.sopClassUid)}};
            if (i.instanceNumber > 0)
                item.insert(QStringLiteral("number"), i.instanceNumber);
            items.append(item);
        }
        instances += int(s.instances.size());
        QJsonObject entry{
            {QStringLiteral("uid"), s.seriesInstanceUid},
            {QStringLiteral("modality"),
             modalityCoding(s.modality.isEmpty() ? QStringLiteral("OT") : s.modality)},
            {QStringLiteral("numberOfInstances"), int(s.instances.size())},
            {QStringLiteral("instance"), items}};
        if (s.seriesNumber > 0)
            entry.insert(QStringLiteral("number"), s.seriesNumber);
        if (!s.description.isEmpty())
            entry.insert(QStringLiteral("description"), s.description);
        series.append(entry);
    }
    const QJsonObject endpoint{
        {QStringLiteral("resourceType"), QStringLiteral("Endpoint")},
        {QStringLiteral("id"), QStringLiteral("pacs")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("connectionType"),
         QJsonObject{
             {QStringLiteral("system"),
              QStringLiteral("http://terminology.hl7.org/CodeSystem/endpoint-connection-type")},
             {QStringLiteral("code"), QStringLiteral("dicom-wado-rs")}}},
        {QStringLiteral("payloadType"),
         QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("DICOM")}}}},
        {QStringLiteral("address"), wadoRsBase.toString(QUrl::StripTrailingSlash)}};
    QJsonArray identifiers{QJsonObject{
        {QStringLiteral("system"), QStringLiteral("urn:dicom:uid")},
        {QStringLiteral("value"), QStringLiteral("urn:oid:") + study.studyInstanceUid}}};
    if (!study.accessionNumber.isEmpty())
        identifiers.append(QJsonObject{
            {QStringLiteral("type"),
             QJsonObject{{QStringLiteral("coding"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("system"),
                               QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203")},
                              {QStringLiteral("code"), QStringLiteral("ACSN")}}}}}},
            {QStringLiteral("value"), study.accessionNumber}});
    QJsonObject out{
        {QStringLiteral("resourceType"), QStringLiteral("ImagingStudy")},
        {QStringLiteral("id"), resourceId},
        {QStringLiteral("contained"), QJsonArray{endpoint}},
        {QStringLiteral("identifier"), identifiers},
        {QStringLiteral("status"), QStringLiteral("available")},
        {QStringLiteral("subject"),
         QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + patientId}}},
        {QStringLiteral("endpoint"),
         QJsonArray{QJsonObject{{QStringLiteral("reference"), QStringLiteral("#pacs")}}}},
        {QStringLiteral("numberOfSeries"), int(study.series.size())},
        {QStringLiteral("numberOfInstances"), instances},
        {QStringLiteral("series"), series}};
    if (!modalities.isEmpty())
        out.insert(QStringLiteral("modality"), modalities);
    const QDate started = QDate::fromString(study.studyDate, u"yyyyMMdd");
    if (started.isValid())
        out.insert(QStringLiteral("started"), started.toString(Qt::ISODate));
    if (!study.description.isEmpty())
        out.insert(QStringLiteral("description"), study.description);
    return out;
}

core::Result<StudyIndexer::Outcome> StudyIndexer::index(const access::SessionInfo& session,
                                                        const QString& patientId,
                                                        const imaging::CatalogStudy& study,
                                                        const QUrl& wadoRsBase) {
    if (study.studyInstanceUid.isEmpty() || patientId.isEmpty())
        return core::Error("record/bad-study",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::record::StudyIndexer",
                                                                  "Cet examen ne peut pas être "
                                                                  "ajouté au dossier : il n'a pas "
                                                                  "d'identifiant DICOM.")),
                           QStringLiteral("no study UID or no patient"));
    const QString id = resourceIdFor(patientId, study.studyInstanceUid);
    auto existing = m_store.get(QStringLiteral("ImagingStudy"), id);
    if (!existing)
        return existing.error();
    if (existing->has_value() && (*existing)->state != storage::LocalState::Deleted)
        return Outcome{id, false};
    storage::AuditEntry e =
        access::auditEntryFor(session, QStringLiteral("C"), QStringLiteral("imaging-index"));
    e.patientId = patientId;
    e.entityType = QStringLiteral("ImagingStudy");
    e.entityId = id;
    e.detail = QStringLiteral("studyUid=%1").arg(study.studyInstanceUid);
    // Audited first: a change to the record must never be untraceable.
    if (auto audited = m_audit.append(e); !audited)
        return audited.error();
    storage::LocalChange change;
    change.operation = storage::LocalChange::Operation::Create;
    change.type = QStringLiteral("ImagingStudy");
    change.id = id;
    change.patientId = patientId;
    change.json = QJsonDocument(imagingStudy(id, patientId, study, wadoRsBase))
                      .toJson(QJsonDocument::Compact);
    change.actorId = session.user.id;
    if (auto written = m_store.writeLocal({change}); !written)
        return written.error();
    return Outcome{id, true};
}

} // namespace sijil::record
