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
const QString kParticipation =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ParticipationType");
const QString kProvenanceParticipant =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/provenance-participant-type");
const QString kBalp = QStringLiteral("https://profiles.ihe.net/ITI/BALP/StructureDefinition/");
const QString kUserSystem = QStringLiteral("urn:sijil:user");
const QString kWorkstationSystem = QStringLiteral("urn:sijil:workstation");

QJsonObject coding(const QString& system, const QString& code, const QString& display = {}) {
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject codeableConcept(const QJsonObject& c) {
    return QJsonObject{{QStringLiteral("coding"), QJsonArray{c}}};
}

QJsonObject identifier(const QString& system, const QString& value) {
    return QJsonObject{{QStringLiteral("system"), system}, {QStringLiteral("value"), value}};
}

// By logical id rather than a literal reference: the audit trail also records what the server
// may not hold (a registration refused, a resource since deleted), and a server enforcing
// referential integrity would refuse the whole upload for it.
QJsonObject logicalReference(const QString& type, const QString& id) {
    return QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("identifier"), identifier(QStringLiteral("urn:sijil:id:") + type, id)}};
}

// What BALP pattern an entry follows. Sijil's own subtypes (a merge, a conflict resolution, an
// import) are the RESTful interaction their action stands for.
enum class Kind { Read, Query, Create, Update, Delete, Operation, Authentication, SecurityAlert };

struct Pattern {
    Kind kind;
    QString interaction; // restful-interaction code; empty outside "rest" events
    QString action;      // AuditEvent.action: BALP records a search as E (execute), not R
    QString profile;     // BALP profile name without "Patient"; empty when none applies
};

Pattern patternOf(const storage::AuditEntry& e) {
    if (e.subtype == u"login" || e.subtype == u"logout" || e.subtype == u"lock" ||
        e.subtype == u"unlock") // what the session auditor (module access) records
        return {Kind::Authentication, {}, e.action, {}};
    if (e.subtype == storage::AuditTrail::kGapSubtype)
        return {Kind::SecurityAlert, {}, e.action, {}};
    if (e.subtype == u"search")
        return {Kind::Query, e.subtype, QStringLiteral("E"), QStringLiteral("Query")};
    if (e.subtype == u"read" || e.subtype == u"vread" || e.action == u"R")
        return {Kind::Read, e.subtype == u"vread" ? e.subtype : QStringLiteral("read"),
                QStringLiteral("R"), QStringLiteral("Read")};
    if (e.action == u"C")
        return {Kind::Create, QStringLiteral("create"), e.action, QStringLiteral("Create")};
    if (e.action == u"U")
        return {Kind::Update, e.subtype == u"patch" ? e.subtype : QStringLiteral("update"),
                e.action, QStringLiteral("Update")};
    if (e.action == u"D")
        return {Kind::Delete, QStringLiteral("delete"), e.action, QStringLiteral("Delete")};
    return {Kind::Operation, QStringLiteral("operation"), e.action, {}};
}

// The person, as BALP's user agent: who receives what was read, or authors what was written.
QJsonObject userAgent(const storage::AuditEntry& e, Kind kind) {
    QJsonObject who;
    // A failed sign-in knows the name typed, not a user id.
    if (!e.actorId.isEmpty())
        who.insert(QStringLiteral("identifier"), identifier(kUserSystem, e.actorId));
    if (!e.actorName.isEmpty())
        who.insert(QStringLiteral("display"), e.actorName);
    QJsonObject user{{QStringLiteral("requestor"), true}, {QStringLiteral("who"), who}};
    if (!e.actorName.isEmpty())
        user.insert(QStringLiteral("name"), e.actorName);
    const bool writes = kind == Kind::Create || kind == Kind::Update || kind == Kind::Delete;
    if (writes)
        user.insert(QStringLiteral("type"),
                    codeableConcept(coding(kParticipation, QStringLiteral("AUT"),
                                           QStringLiteral("author (originator)"))));
    else if (kind == Kind::Read || kind == Kind::Query)
        user.insert(QStringLiteral("type"),
                    codeableConcept(coding(kParticipation, QStringLiteral("IRCP"),
                                           QStringLiteral("information recipient"))));
    return user;
}

QJsonObject machineAgent(const QJsonObject& type, const QString& display,
                         const QString& workstation) {
    return QJsonObject{
        {QStringLiteral("type"), codeableConcept(type)},
        {QStringLiteral("requestor"), false},
        {QStringLiteral("who"),
         QJsonObject{{QStringLiteral("identifier"), identifier(kWorkstationSystem, workstation)},
                     {QStringLiteral("display"), display}}},
        // "1": a machine name. Both ends are this workstation: its application and its store.
        {QStringLiteral("network"), QJsonObject{{QStringLiteral("address"), workstation},
                                                {QStringLiteral("type"), QStringLiteral("1")}}}};
}

// BALP's client and server agents. Sijil reads and writes its own store on the workstation,
// so both are the workstation: the application as client, its local store as server. Their
// roles follow DICOM's data flow, as BALP does: a read flows from the server (source) to the
// client (destination), a query or a write from the client to the server.
QJsonArray machineAgents(const storage::AuditEntry& e, Kind kind) {
    const QString app = QStringLiteral("Sijil on ") + e.workstation;
    const QString store = QStringLiteral("Sijil local store on ") + e.workstation;
    const QJsonObject source =
        coding(kDcm, QStringLiteral("110153"), QStringLiteral("Source Role ID"));
    const QJsonObject destination =
        coding(kDcm, QStringLiteral("110152"), QStringLiteral("Destination Role ID"));
    switch (kind) {
    case Kind::Read:
        return {machineAgent(destination, app, e.workstation),
                machineAgent(source, store, e.workstation)};
    case Kind::Query:
    case Kind::Create:
    case Kind::Update:
        return {machineAgent(source, app, e.workstation),
                machineAgent(destination, store, e.workstation)};
    case Kind::Delete:
        return {machineAgent(coding(kDcm, QStringLiteral("110150"), QStringLiteral("Application")),
                             app, e.workstation),
                machineAgent(coding(kProvenanceParticipant, QStringLiteral("custodian"),
                                    QStringLiteral("Custodian")),
                             store, e.workstation)};
    case Kind::Operation:
    case Kind::Authentication:
    case Kind::SecurityAlert:
        break;
    }
    return {machineAgent(source, app, e.workstation)};
}

QJsonObject patientEntity(const QString& patientId) {
    return QJsonObject{
        {QStringLiteral("what"), logicalReference(QStringLiteral("Patient"), patientId)},
        {QStringLiteral("type"),
         coding(kEntityType, QStringLiteral("1"), QStringLiteral("Person"))},
        {QStringLiteral("role"),
         coding(kObjectRole, QStringLiteral("1"), QStringLiteral("Patient"))}};
}

// Sijil's own subtype and the codes it recorded, for a reader of the central log.
QString descriptionOf(const storage::AuditEntry& e) {
    return e.detail.isEmpty() ? e.subtype : e.subtype + u' ' + e.detail;
}

QJsonObject systemObject(const QJsonObject& role) {
    return QJsonObject{{QStringLiteral("type"),
                        coding(kEntityType, QStringLiteral("2"), QStringLiteral("System Object"))},
                       {QStringLiteral("role"), role}};
}

QJsonArray entitiesOf(const storage::AuditEntry& e, Kind kind) {
    QJsonArray entities;
    if (!e.patientId.isEmpty())
        entities.append(patientEntity(e.patientId));
    const QString description = descriptionOf(e);
    if (kind == Kind::Query) {
        // BALP wants the raw request here. The trail keeps no text typed about patients (see
        // AuditEntry::detail), so what was searched is said by where and how, not what.
        QJsonObject query =
            systemObject(coding(kObjectRole, QStringLiteral("24"), QStringLiteral("Query")));
        query.insert(QStringLiteral("query"), QString::fromLatin1(description.toUtf8().toBase64()));
        query.insert(QStringLiteral("description"), description);
        entities.append(query);
        return entities;
    }
    const bool rest = kind == Kind::Read || kind == Kind::Create || kind == Kind::Update ||
                      kind == Kind::Delete || kind == Kind::Operation;
    if (!e.entityType.isEmpty() && !e.entityId.isEmpty()) {
        QJsonObject data =
            rest ? systemObject(
                       coding(kObjectRole, QStringLiteral("4"), QStringLiteral("Domain Resource")))
                 : QJsonObject{{QStringLiteral("type"), coding(kEntityType, QStringLiteral("2"),
                                                               QStringLiteral("System Object"))}};
        data.insert(QStringLiteral("what"), logicalReference(e.entityType, e.entityId));
        data.insert(QStringLiteral("description"), description);
        entities.append(data);
    } else if (rest) {
        // A batch (an import of many patients, each named in the detail) is the job the entry
        // records; it has no resource of its own.
        QJsonObject job =
            systemObject(coding(kObjectRole, QStringLiteral("20"), QStringLiteral("Job")));
        job.insert(QStringLiteral("what"),
                   QJsonObject{{QStringLiteral("identifier"),
                                identifier(QStringLiteral("urn:sijil:audit-job"),
                                           AuditEventMapping::idFor(e))}});
        job.insert(QStringLiteral("description"), description);
        entities.append(job);
    } else if (!e.detail.isEmpty()) {
        entities.append(
            QJsonObject{{QStringLiteral("type"),
                         coding(kEntityType, QStringLiteral("2"), QStringLiteral("System Object"))},
                        {QStringLiteral("description"), description}});
    }
    return entities;
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

QString AuditEventMapping::profileFor(const storage::AuditEntry& e) {
    const Pattern p = patternOf(e);
    // BALP's patterns are for what succeeded; a failure is recorded without claiming one. A
    // write or read without a resource of its own (an import batch, a Job) has no data entity,
    // which every BALP pattern but Query requires.
    if (p.profile.isEmpty() || e.outcome != 0)
        return {};
    if (p.kind != Kind::Query && (e.entityType.isEmpty() || e.entityId.isEmpty()))
        return {};
    return kBalp + QStringLiteral("IHE.BasicAudit.") +
           (e.patientId.isEmpty() ? QString() : QStringLiteral("Patient")) + p.profile;
}

QJsonObject AuditEventMapping::toAuditEvent(const storage::AuditEntry& e) {
    const Pattern p = patternOf(e);
    QJsonObject event{{QStringLiteral("resourceType"), QStringLiteral("AuditEvent")},
                      {QStringLiteral("id"), idFor(e)},
                      {QStringLiteral("action"), p.action},
                      {QStringLiteral("recorded"), e.recordedAtUtc.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("outcome"), QString::number(e.outcome)},
                      {QStringLiteral("extension"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("url"), fingerprintUrl()},
                           {QStringLiteral("valueString"), storage::AuditTrail::fingerprint(e)}}}}};
    if (const QString profile = profileFor(e); !profile.isEmpty())
        event.insert(QStringLiteral("meta"),
                     QJsonObject{{QStringLiteral("profile"), QJsonArray{profile}}});
    switch (p.kind) {
    case Kind::Authentication: {
        event.insert(QStringLiteral("type"),
                     coding(kDcm, QStringLiteral("110114"), QStringLiteral("User Authentication")));
        const bool out = e.subtype == u"logout" || e.subtype == u"lock";
        event.insert(
            QStringLiteral("subtype"),
            QJsonArray{out ? coding(kDcm, QStringLiteral("110123"), QStringLiteral("Logout"))
                           : coding(kDcm, QStringLiteral("110122"), QStringLiteral("Login"))});
        break;
    }
    case Kind::SecurityAlert:
        event.insert(QStringLiteral("type"),
                     coding(kDcm, QStringLiteral("110113"), QStringLiteral("Security Alert")));
        break;
    default:
        event.insert(QStringLiteral("type"), coding(kEventType, QStringLiteral("rest"),
                                                    QStringLiteral("Restful Operation")));
        event.insert(QStringLiteral("subtype"), QJsonArray{coding(kRestful, p.interaction)});
    }
    QJsonArray agents;
    // Nobody when the trail itself records (a cut or altered log): Sijil is the requestor then,
    // rather than an agent saying nothing, which FHIR refuses.
    const bool person = !e.actorId.isEmpty() || !e.actorName.isEmpty();
    if (person)
        agents.append(userAgent(e, p.kind));
    for (const QJsonValue& a : machineAgents(e, p.kind)) {
        QJsonObject agent = a.toObject();
        if (!person && agents.isEmpty())
            agent.insert(QStringLiteral("requestor"), true);
        agents.append(agent);
    }
    event.insert(QStringLiteral("agent"), agents);
    QJsonObject source{
        {QStringLiteral("observer"),
         QJsonObject{{QStringLiteral("identifier"), identifier(kWorkstationSystem, e.workstation)},
                     {QStringLiteral("display"), e.workstation}}},
        {QStringLiteral("type"),
         QJsonArray{coding(kSourceType, QStringLiteral("1"), QStringLiteral("User Device"))}}};
    if (!e.facilityId.isEmpty())
        source.insert(QStringLiteral("site"), e.facilityId);
    event.insert(QStringLiteral("source"), source);
    if (const QJsonArray entities = entitiesOf(e, p.kind); !entities.isEmpty())
        event.insert(QStringLiteral("entity"), entities);
    return event;
}

} // namespace sijil::sync
