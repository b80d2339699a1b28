// Audit trail entries as FHIR AuditEvents following IHE Basic Audit Log Patterns (BALP): the
// profile each claims, and what that profile requires of its action, agents and entities.
#include "AuditEventMapping.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace sijil;
using sync::AuditEventMapping;
using namespace Qt::StringLiterals;

namespace {

const QString kBalp =
    QStringLiteral("https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.");
const QString kDcm = QStringLiteral("http://dicom.nema.org/resources/ontology/DCM");

storage::AuditEntry entry(const QString& action, const QString& subtype,
                          const QString& patientId = QStringLiteral("p1")) {
    storage::AuditEntry e;
    e.seq = 41;
    e.recordedAtUtc = QDateTime(QDate(2026, 12, 2), QTime(9, 30, 5, 120), Qt::UTC);
    e.actorId = QStringLiteral("u-7");
    e.actorName = QStringLiteral("n.bennani");
    e.facilityId = QStringLiteral("CS-ERRACHIDIA-01");
    e.workstation = QStringLiteral("ws-accueil-2");
    e.action = action;
    e.subtype = subtype;
    e.patientId = patientId;
    if (!patientId.isEmpty()) {
        e.entityType = QStringLiteral("Patient");
        e.entityId = patientId;
    }
    return e;
}

QString codeOf(const QJsonValue& codingOrConcept) {
    const QJsonObject o = codingOrConcept.toObject();
    if (o.contains(QStringLiteral("coding")))
        return o.value(QStringLiteral("coding"))
            .toArray()
            .first()
            .toObject()
            .value(u"code")
            .toString();
    return o.value(QStringLiteral("code")).toString();
}

// The agent whose type has `code`; an empty object when there is none.
QJsonObject agentTyped(const QJsonObject& event, const QString& code) {
    for (const QJsonValue& a : event.value(QStringLiteral("agent")).toArray())
        if (codeOf(a.toObject().value(QStringLiteral("type"))) == code)
            return a.toObject();
    return {};
}

// The entity with this type and role codes; an empty object when there is none.
QJsonObject entityWith(const QJsonObject& event, const QString& type, const QString& role) {
    for (const QJsonValue& x : event.value(QStringLiteral("entity")).toArray()) {
        const QJsonObject o = x.toObject();
        if (codeOf(o.value(QStringLiteral("type"))) == type &&
            codeOf(o.value(QStringLiteral("role"))) == role)
            return o;
    }
    return {};
}

QStringList profilesOf(const QJsonObject& event) {
    QStringList out;
    for (const QJsonValue& p :
         event.value(QStringLiteral("meta")).toObject().value(QStringLiteral("profile")).toArray())
        out << p.toString();
    return out;
}

// FHIR forbids empty strings and empty objects or arrays anywhere in a resource.
void collectEmpty(const QJsonValue& v, const QString& path, QStringList& out) {
    if (v.isString() && v.toString().isEmpty())
        out << path;
    if (v.isObject()) {
        if (v.toObject().isEmpty())
            out << path;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectEmpty(it.value(), path + u'.' + it.key(), out);
    }
    if (v.isArray()) {
        if (v.toArray().isEmpty())
            out << path;
        int i = 0;
        for (const QJsonValue& x : v.toArray())
            collectEmpty(x, path + QStringLiteral("[%1]").arg(i++), out);
    }
}

// BALP's client and server: both this workstation, each with a network address.
void verifyMachines(const QJsonObject& event, const QString& client, const QString& server) {
    const QJsonObject c = agentTyped(event, client);
    const QJsonObject s = agentTyped(event, server);
    QVERIFY2(!c.isEmpty(), qPrintable(client));
    QVERIFY2(!s.isEmpty(), qPrintable(server));
    for (const QJsonObject& a : {c, s}) {
        QCOMPARE(a.value(u"requestor").toBool(true), false);
        QCOMPARE(a.value(u"network").toObject().value(u"address").toString(), u"ws-accueil-2"_s);
        QCOMPARE(a.value(u"network").toObject().value(u"type").toString(), u"1"_s);
        QVERIFY(!a.value(u"who").toObject().isEmpty());
    }
    QVERIFY(c.value(u"who").toObject().value(u"display").toString() !=
            s.value(u"who").toObject().value(u"display").toString());
}

QJsonObject userOf(const QJsonObject& event) {
    for (const QJsonValue& a : event.value(QStringLiteral("agent")).toArray())
        if (a.toObject().value(QStringLiteral("requestor")).toBool())
            return a.toObject();
    return {};
}

} // namespace

class tst_AuditEventMapping : public QObject {
    Q_OBJECT

private slots:
    void eachEntryClaimsTheBalpProfileOfWhatItRecords_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("subtype");
        QTest::addColumn<QString>("patient");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("profile"); // empty: none claimed
        QTest::addColumn<QString>("eventAction");
        QTest::addColumn<QString>("interaction");
        QTest::newRow("desk opens a patient") << "R"
                                              << "read"
                                              << "p1" << 0 << "PatientRead"
                                              << "R"
                                              << "read";
        QTest::newRow("image viewed") << "R"
                                      << "image-view"
                                      << "p1" << 0 << "PatientRead"
                                      << "R"
                                      << "read";
        QTest::newRow("search list") << "R"
                                     << "search"
                                     << "p1" << 0 << "PatientQuery"
                                     << "E"
                                     << "search";
        QTest::newRow("registration") << "C"
                                      << "create"
                                      << "p1" << 0 << "PatientCreate"
                                      << "C"
                                      << "create";
        // BALP Create wants a data entity naming one resource: a batch has none of its own.
        QTest::newRow("import batch") << "C"
                                      << "import"
                                      << "" << 0 << ""
                                      << "C"
                                      << "create";
        QTest::newRow("merge") << "U"
                               << "merge"
                               << "p1" << 0 << "PatientUpdate"
                               << "U"
                               << "update";
        QTest::newRow("conflict choice") << "U"
                                         << "conflict-resolution"
                                         << "p1" << 0 << "PatientUpdate"
                                         << "U"
                                         << "update";
        QTest::newRow("deletion") << "D"
                                  << "delete"
                                  << "p1" << 0 << "PatientDelete"
                                  << "D"
                                  << "delete";
        QTest::newRow("failed registration") << "C"
                                             << "create"
                                             << "p1" << 8 << ""
                                             << "C"
                                             << "create";
        QTest::newRow("failed import") << "C"
                                       << "import"
                                       << "" << 8 << ""
                                       << "C"
                                       << "create";
    }
    void eachEntryClaimsTheBalpProfileOfWhatItRecords() {
        QFETCH(QString, action);
        QFETCH(QString, subtype);
        QFETCH(QString, patient);
        QFETCH(int, outcome);
        QFETCH(QString, profile);
        QFETCH(QString, eventAction);
        QFETCH(QString, interaction);
        storage::AuditEntry e = entry(action, subtype, patient);
        e.outcome = outcome;
        if (subtype == u"image-view") {
            e.entityType = QStringLiteral("ImagingStudy");
            e.entityId = QStringLiteral("1.2.840.99.1");
        }
        const QJsonObject event = AuditEventMapping::toAuditEvent(e);
        QCOMPARE(profilesOf(event),
                 profile.isEmpty() ? QStringList() : QStringList{kBalp + profile});
        QCOMPARE(AuditEventMapping::profileFor(e), profile.isEmpty() ? QString() : kBalp + profile);
        QCOMPARE(event.value(u"action").toString(), eventAction);
        QCOMPARE(event.value(u"outcome").toString(), QString::number(outcome));
        QCOMPARE(codeOf(event.value(u"type")), u"rest"_s);
        QCOMPARE(codeOf(event.value(u"subtype").toArray().first()), interaction);
        if (!patient.isEmpty()) {
            const QJsonObject p = entityWith(event, QStringLiteral("1"), QStringLiteral("1"));
            QCOMPARE(p.value(u"what").toObject().value(u"type").toString(), u"Patient"_s);
            QCOMPARE(p.value(u"what")
                         .toObject()
                         .value(u"identifier")
                         .toObject()
                         .value(u"value")
                         .toString(),
                     patient);
        } else {
            QVERIFY(entityWith(event, QStringLiteral("1"), QStringLiteral("1")).isEmpty());
        }
        QStringList empty;
        collectEmpty(event, QStringLiteral("AuditEvent"), empty);
        QVERIFY2(empty.isEmpty(), qPrintable(empty.join(u' ')));
    }

    void aReadFlowsFromTheStoreToTheClerk() {
        storage::AuditEntry e = entry(QStringLiteral("R"), QStringLiteral("image-view"));
        e.entityType = QStringLiteral("ImagingStudy");
        e.entityId = QStringLiteral("1.2.840.99.1");
        const QJsonObject event = AuditEventMapping::toAuditEvent(e);
        // DICOM's flow, as BALP Read: the client receives (destination), the store sends.
        verifyMachines(event, QStringLiteral("110152"), QStringLiteral("110153"));
        QCOMPARE(agentTyped(event, QStringLiteral("110152"))
                     .value(u"who")
                     .toObject()
                     .value(u"display")
                     .toString(),
                 u"Sijil on ws-accueil-2"_s);
        const QJsonObject user = userOf(event);
        QCOMPARE(codeOf(user.value(u"type")), u"IRCP"_s);
        QCOMPARE(user.value(u"who")
                     .toObject()
                     .value(u"identifier")
                     .toObject()
                     .value(u"value")
                     .toString(),
                 u"u-7"_s);
        QCOMPARE(user.value(u"name").toString(), u"n.bennani"_s);
        QVERIFY(!user.contains(u"network"));
        const QJsonObject data = entityWith(event, QStringLiteral("2"), QStringLiteral("4"));
        QCOMPARE(data.value(u"what").toObject().value(u"type").toString(), u"ImagingStudy"_s);
        QCOMPARE(event.value(u"entity").toArray().size(), 2);
    }

    void aSearchRecordsItsQueryWithoutTheTextTyped() {
        storage::AuditEntry e = entry(QStringLiteral("R"), QStringLiteral("search"));
        e.detail = QStringLiteral("admission search");
        const QJsonObject event = AuditEventMapping::toAuditEvent(e);
        verifyMachines(event, QStringLiteral("110153"), QStringLiteral("110152"));
        QCOMPARE(codeOf(userOf(event).value(u"type")), u"IRCP"_s);
        const QJsonObject query = entityWith(event, QStringLiteral("2"), QStringLiteral("24"));
        QVERIFY(!query.isEmpty());
        QVERIFY(!query.contains(u"what")); // BALP: a query names no object
        QCOMPARE(QByteArray::fromBase64(query.value(u"query").toString().toLatin1()),
                 QByteArray("search admission search"));
        QCOMPARE(query.value(u"description").toString(), u"search admission search"_s);
        // The patient and the query; the patient's resource is not said twice.
        QCOMPARE(event.value(u"entity").toArray().size(), 2);
    }

    void aWriteIsAuthoredByTheClerk() {
        const QJsonObject update =
            AuditEventMapping::toAuditEvent(entry(QStringLiteral("U"), QStringLiteral("merge")));
        verifyMachines(update, QStringLiteral("110153"), QStringLiteral("110152"));
        QCOMPARE(codeOf(userOf(update).value(u"type")), u"AUT"_s);
        QCOMPARE(entityWith(update, QStringLiteral("2"), QStringLiteral("4"))
                     .value(u"description")
                     .toString(),
                 u"merge"_s);
        // BALP Delete: the application and the custodian of the data.
        const QJsonObject deletion =
            AuditEventMapping::toAuditEvent(entry(QStringLiteral("D"), QStringLiteral("delete")));
        verifyMachines(deletion, QStringLiteral("110150"), QStringLiteral("custodian"));
        QCOMPARE(codeOf(userOf(deletion).value(u"type")), u"AUT"_s);
    }

    void anImportBatchIsTheJobItRecords() {
        storage::AuditEntry e = entry(QStringLiteral("C"), QStringLiteral("import"), QString());
        e.detail = QStringLiteral("records:2 created:p1,p2");
        const QJsonObject event = AuditEventMapping::toAuditEvent(e);
        const QJsonObject job = entityWith(event, QStringLiteral("2"), QStringLiteral("20"));
        QCOMPARE(job.value(u"description").toString(), u"import records:2 created:p1,p2"_s);
        QCOMPARE(job.value(u"what")
                     .toObject()
                     .value(u"identifier")
                     .toObject()
                     .value(u"value")
                     .toString(),
                 AuditEventMapping::idFor(e));
        verifyMachines(event, QStringLiteral("110153"), QStringLiteral("110152"));
    }

    void signInAndTrailAlertsAreNotRestful() {
        storage::AuditEntry login = entry(QStringLiteral("E"), QStringLiteral("login"), QString());
        login.outcome = 4;
        login.actorId.clear(); // a failed sign-in knows only the name typed
        login.actorName = QStringLiteral("n.benani");
        login.detail = QStringLiteral("access/bad-password");
        const QJsonObject failed = AuditEventMapping::toAuditEvent(login);
        QCOMPARE(codeOf(failed.value(u"type")), u"110114"_s);
        QCOMPARE(codeOf(failed.value(u"subtype").toArray().first()), u"110122"_s);
        QVERIFY(profilesOf(failed).isEmpty());
        const QJsonObject who = userOf(failed).value(u"who").toObject();
        QVERIFY(!who.contains(u"identifier"));
        QCOMPARE(who.value(u"display").toString(), u"n.benani"_s);

        storage::AuditEntry lock = entry(QStringLiteral("E"), QStringLiteral("lock"), QString());
        lock.entityType = QStringLiteral("Session");
        lock.entityId = QStringLiteral("s-1");
        QCOMPARE(codeOf(AuditEventMapping::toAuditEvent(lock).value(u"subtype").toArray().first()),
                 u"110123"_s);

        storage::AuditEntry gap =
            entry(QStringLiteral("E"), QStringLiteral("audit-gap"), QString());
        gap.actorId.clear(); // as AuditTrail records it: nobody's action
        gap.actorName.clear();
        gap.detail = QStringLiteral("truncated after 40");
        const QJsonObject alert = AuditEventMapping::toAuditEvent(gap);
        QCOMPARE(codeOf(alert.value(u"type")), u"110113"_s);
        QVERIFY(profilesOf(alert).isEmpty());
        const QJsonArray alertAgents = alert.value(u"agent").toArray();
        QCOMPARE(alertAgents.size(), 1);
        QCOMPARE(alertAgents.first().toObject().value(u"requestor").toBool(), true);
        QCOMPARE(
            alertAgents.first().toObject().value(u"who").toObject().value(u"display").toString(),
            u"Sijil on ws-accueil-2"_s);
        QCOMPARE(
            alert.value(u"entity").toArray().first().toObject().value(u"description").toString(),
            u"audit-gap truncated after 40"_s);
        for (const QJsonObject& event : {failed, alert}) {
            QStringList empty;
            collectEmpty(event, QStringLiteral("AuditEvent"), empty);
            QVERIFY2(empty.isEmpty(), qPrintable(empty.join(u' ')));
        }
    }

    // What the server's copies are checked by: unchanged by the mapping, so events sent by an
    // older version of it still vouch for their entries (AuditServerCheck).
    void idAndFingerprintDependOnTheEntryOnly() {
        const storage::AuditEntry e = entry(QStringLiteral("R"), QStringLiteral("search"));
        const QJsonObject event = AuditEventMapping::toAuditEvent(e);
        QCOMPARE(AuditEventMapping::fingerprintOf(event), storage::AuditTrail::fingerprint(e));
        // As the versions before BALP profiles named this entry's event.
        QCOMPARE(event.value(u"id").toString(), AuditEventMapping::idFor(e));
        QCOMPARE(AuditEventMapping::idFor(e), u"audit-6de7ca804be7afa2f58ce2bdb7a6a090078a9a3e"_s);
    }
};

QTEST_GUILESS_MAIN(tst_AuditEventMapping)
#include "tst_AuditEventMapping.moc"
