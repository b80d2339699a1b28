#include "AuditEventMapping.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>

namespace sijil::sync {

namespace {

const QString kDcm = QStringLiteral("http://dicom.nema.org/resources/ontology/DCM");
const QString kEventType = QStringLiteral("http://terminology.hl7.org/CodeSystem/audit-event-type");
const QString kRestful = QStringLiteral("http://hl7.org/fhir/restful-interaction");
const QString kEntityType =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/audit-entity-type");
const QString kObjectRole = QStringLiteral("http://terminology.hl7.org/CodeSystem/object-role");
const QString kSourceType =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/security-source-type");
const QString kUserSystem = QStringLiteral("urn:sijil:user");

QJsonObject coding(const QString& system, const QString& code, const QString& display = {}) {
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject codeableConcept(const QJsonObject& c) {
    return QJsonObject{{QStringLiteral("coding"), QJsonArray{c}}};
}

// By logical id rather than a literal reference: the audit trail also records what the server
// may not hold (a registration refused, a resource since deleted), and a server enforcing
// referential integrity would refuse the whole upload for it.
QJsonObject logicalReference(const QString& type, const QString& id) {
    return QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("identifier"),
         QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:sijil:id:") + type},
                     {QStringLiteral("value"), id}}}};
}

// BALP subtypes come from the FHIR restful-interaction codes; Sijil's own finer subtypes (a
// conflict resolution, a merge) are the interaction their action stands for.
QString restfulCode(const storage::AuditEntry& e) {
    static const QSet<QString> interactions = {
        QStringLiteral("read"),   QStringLiteral("vread"),   QStringLiteral("update"),
        QStringLiteral("patch"),  QStringLiteral("delete"),  QStringLiteral("create"),
        QStringLiteral("search"), QStringLiteral("history"), QStringLiteral("operation")};
    if (interactions.contains(e.subtype))
        return e.subtype;
    if (e.action == u"C")
        return QStringLiteral("create");
    if (e.action == u"R")
        return QStringLiteral("read");
    if (e.action == u"U")
        return QStringLiteral("update");
    if (e.action == u"D")
        return QStringLiteral("delete");
    return QStringLiteral("operation");
}

bool isAuthentication(const QString& subtype) {
    // What the session auditor (module access) records.
    return subtype == u"login" || subtype == u"logout" || subtype == u"lock" ||
           subtype == u"unlock";
}

} // namespace

QString AuditEventMapping::idFor(const storage::AuditEntry& e) {
    const QByteArray key = (e.workstation + u'|' + QString::number(e.seq) + u'|' +
                            e.recordedAtUtc.toString(Qt::ISODateWithMs))
                               .toUtf8();
    return QStringLiteral("audit-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(40));
}

QString AuditEventMapping::fingerprintUrl() {
    return QStringLiteral("urn:sijil:fhir:extension:audit-fingerprint");
}

QString AuditEventMapping::fingerprintOf(const QJsonObject& event) {
    for (const QJsonValue& x : event.value(QStringLiteral("extension")).toArray()) {
        const QJsonObject o = x.toObject();
        if (o.value(QStringLiteral("url")).toString() == fingerprintUrl())
            return o.value(QStringLiteral("valueString")).toString();
    }
    return {};
}

QJsonObject AuditEventMapping::toAuditEvent(const storage::AuditEntry& e) {
    QJsonObject event{{QStringLiteral("resourceType"), QStringLiteral("AuditEvent")},
                      {QStringLiteral("id"), idFor(e)},
                      {QStringLiteral("action"), e.action},
                      {QStringLiteral("recorded"), e.recordedAtUtc.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("outcome"), QString::number(e.outcome)},
                      {QStringLiteral("extension"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("url"), fingerprintUrl()},
                           {QStringLiteral("valueString"), storage::AuditTrail::fingerprint(e)}}}}};
    if (isAuthentication(e.subtype)) {
        event.insert(QStringLiteral("type"),
                     coding(kDcm, QStringLiteral("110114"), QStringLiteral("User Authentication")));
        const bool out = e.subtype == u"logout" || e.subtype == u"lock";
        event.insert(
            QStringLiteral("subtype"),
            QJsonArray{out ? coding(kDcm, QStringLiteral("110123"), QStringLiteral("Logout"))
                           : coding(kDcm, QStringLiteral("110122"), QStringLiteral("Login"))});
    } else {
        event.insert(QStringLiteral("type"), coding(kEventType, QStringLiteral("rest"),
                                                    QStringLiteral("Restful Operation")));
        event.insert(QStringLiteral("subtype"), QJsonArray{coding(kRestful, restfulCode(e))});
    }
    QJsonObject user{
        {QStringLiteral("requestor"), true},
        {QStringLiteral("who"), QJsonObject{{QStringLiteral("identifier"),
                                             QJsonObject{{QStringLiteral("system"), kUserSystem},
                                                         {QStringLiteral("value"), e.actorId}}}}}};
    if (!e.actorName.isEmpty())
        user[QStringLiteral("who")] = QJsonObject{
            {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("system"), kUserSystem},
                                                       {QStringLiteral("value"), e.actorId}}},
            {QStringLiteral("display"), e.actorName}};
    const QJsonObject device{
        {QStringLiteral("requestor"), false},
        {QStringLiteral("who"), QJsonObject{{QStringLiteral("display"), e.workstation}}},
        {QStringLiteral("type"), codeableConcept(coding(kDcm, QStringLiteral("110153"),
                                                        QStringLiteral("Source Role ID")))}};
    event.insert(QStringLiteral("agent"), QJsonArray{user, device});
    QJsonObject source{
        {QStringLiteral("observer"), QJsonObject{{QStringLiteral("display"), e.workstation}}},
        {QStringLiteral("type"),
         QJsonArray{coding(kSourceType, QStringLiteral("1"), QStringLiteral("User Device"))}}};
    if (!e.facilityId.isEmpty())
        source.insert(QStringLiteral("site"), e.facilityId);
    event.insert(QStringLiteral("source"), source);

    QJsonArray entities;
    if (!e.patientId.isEmpty())
        entities.append(QJsonObject{
            {QStringLiteral("what"), logicalReference(QStringLiteral("Patient"), e.patientId)},
            {QStringLiteral("type"),
             coding(kEntityType, QStringLiteral("1"), QStringLiteral("Person"))},
            {QStringLiteral("role"),
             coding(kObjectRole, QStringLiteral("1"), QStringLiteral("Patient"))}});
    if (!e.entityType.isEmpty() && !e.entityId.isEmpty()) {
        QJsonObject data{{QStringLiteral("what"), logicalReference(e.entityType, e.entityId)},
                         {QStringLiteral("type"), coding(kEntityType, QStringLiteral("2"),
                                                         QStringLiteral("System Object"))}};
        // Sijil's own subtype and the codes it recorded, for a reader of the central log.
        QString description = e.subtype;
        if (!e.detail.isEmpty())
            description += u' ' + e.detail;
        data.insert(QStringLiteral("description"), description);
        entities.append(data);
    }
    if (!entities.isEmpty())
        event.insert(QStringLiteral("entity"), entities);
    return event;
}

} // namespace sijil::sync
