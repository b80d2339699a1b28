// Settling a conflict: the differences shown element by element, the merge, who may choose, and
// the choice written to the audit trail and queued for the server.
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/ConflictResolver.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using sync::ConflictResolver;
using Choice = ConflictResolver::Choice;
using namespace Qt::StringLiterals;

namespace {

storage::Conflict sample() {
    storage::Conflict c;
    c.type = QStringLiteral("Patient");
    c.id = QStringLiteral("p1");
    c.localJson = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\","
                  "\"birthDate\":\"1980-02-03\",\"telecom\":[{\"system\":\"phone\",\"value\":"
                  "\"+212611111111\"}],\"meta\":{\"versionId\":\"1\"}}";
    c.serverJson = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\","
                   "\"birthDate\":\"1980-03-02\",\"address\":[{\"city\":\"Tinghir\"}],"
                   "\"meta\":{\"versionId\":\"2\"}}";
    return c;
}

access::SessionInfo sessionOf(QList<access::Role> roles) {
    access::SessionInfo s;
    s.user.id = QStringLiteral("u-1");
    s.user.displayName = QStringLiteral("Dr Amina Tazi");
    s.user.roles = roles;
    s.facilityId = QStringLiteral("CS-01");
    s.workstation = QStringLiteral("desk-1");
    return s;
}

// Patients as the merge scenarios need them: `more` added to a record of Fatima Idrissi.
QByteArray patientJson(const QString& id, const QJsonObject& more = {}) {
    QJsonObject o{
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"),
         QJsonArray{QJsonObject{{QStringLiteral("family"), QStringLiteral("Idrissi")},
                                {QStringLiteral("given"), QJsonArray{QStringLiteral("Fatima")}}}}},
        {QStringLiteral("telecom"),
         QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                {QStringLiteral("value"), QStringLiteral("+212611111111")}}}}};
    for (auto it = more.begin(); it != more.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QJsonArray linkTo(const QString& type, const QString& id) {
    return {QJsonObject{{QStringLiteral("type"), type},
                        {QStringLiteral("other"), QJsonObject{{QStringLiteral("reference"),
                                                               QStringLiteral("Patient/") + id}}}}};
}
const QJsonArray kNewPhone{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                       {QStringLiteral("value"), QStringLiteral("+212622222222")}}};
const QJsonArray kMoved{
    QJsonObject{{QStringLiteral("url"),
                 QStringLiteral("https://fhir.sante.gov.ma/StructureDefinition/merge-moved")},
                {QStringLiteral("valueReference"),
                 QJsonObject{{QStringLiteral("reference"), QStringLiteral("Observation/o1")}}}}};
QJsonObject parsed(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

// A store of its own, with its outbox and audit trail.
struct Workstation {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db =
        std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value();
    storage::ResourceStore store{*db};
    storage::Outbox outbox{*db};
    storage::AuditTrail audit{*db, QByteArray(32, 'k'), dir.filePath(QStringLiteral("head"))};

    std::tuple<storage::ResourceStore&, storage::Outbox&, storage::AuditTrail&> parts() {
        return {store, outbox, audit};
    }
    // `json` as pulled from the server, at version 1.
    void pulled(const QString& type, const QString& id, const QString& patient,
                const QByteArray& json) {
        storage::StoredResource held;
        held.type = type;
        held.id = id;
        held.versionId = QStringLiteral("1");
        held.patientId = patient;
        held.json = json;
        QVERIFY(store.applyFromServer({held}).ok());
    }
    // Version 1 of `c`, as pulled from the server.
    void holds(const storage::Conflict& c) {
        storage::StoredResource held;
        held.type = c.type;
        held.id = c.id;
        held.versionId = QStringLiteral("1");
        held.patientId = c.id;
        held.json = c.localJson;
        QVERIFY(store.applyFromServer({held}).ok());
    }
    // The change just queued meets version 2 of `c` on the server.
    void meetsTheServer(const storage::Conflict& c) {
        QVERIFY(
            outbox.recordConflict(outbox.next(1)->first().seq, c.serverJson, QStringLiteral("2"))
                .ok());
    }
};

} // namespace

class ConflictResolverTest : public QObject {
    Q_OBJECT

private slots:
    void differencesAreTheElementsThatDiffer() {
        const auto diffs = ConflictResolver::differences(sample());
        QStringList elements;
        for (const auto& d : diffs)
            elements << d.element;
        // meta and id are bookkeeping; gender is the same on both sides.
        QCOMPARE(elements, (QStringList{QStringLiteral("address"), QStringLiteral("birthDate"),
                                        QStringLiteral("telecom")}));
        QVERIFY(diffs[0].local.isUndefined());
        QCOMPARE(diffs[1].local.toString(), QStringLiteral("1980-02-03"));
        QCOMPARE(diffs[1].server.toString(), QStringLiteral("1980-03-02"));
        QVERIFY(diffs[2].server.isUndefined());
    }

    void aMergeTakesTheTickedElementsFromTheServer() {
        const QJsonObject m =
            QJsonDocument::fromJson(ConflictResolver::merged(sample(), {QStringLiteral("address"),
                                                                        QStringLiteral("telecom")}))
                .object();
        QCOMPARE(m.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1980-02-03"));
        QCOMPARE(m.value(QStringLiteral("address")).toArray().size(), 1);
        QVERIFY(!m.contains(QStringLiteral("telecom"))); // absent on the server: removed
        QCOMPARE(m.value(QStringLiteral("id")).toString(), QStringLiteral("p1"));
    }

    void whoMayChoose() {
        access::User clerk;
        clerk.roles = {access::Role::AdmissionClerk};
        QVERIFY(ConflictResolver::mayResolve(clerk, QStringLiteral("Patient")));
        QVERIFY(ConflictResolver::mayResolve(clerk, QStringLiteral("Coverage")));
        QVERIFY(!ConflictResolver::mayResolve(clerk, QStringLiteral("Observation")));
        access::User nurse;
        nurse.roles = {access::Role::Nurse};
        QVERIFY(!ConflictResolver::mayResolve(nurse, QStringLiteral("Patient")));
        access::User physician;
        physician.roles = {access::Role::Physician};
        QVERIFY(ConflictResolver::mayResolve(physician, QStringLiteral("Observation")));
        access::User admin;
        admin.roles = {access::Role::SiteAdministrator};
        QVERIFY(ConflictResolver::mayResolve(admin, QStringLiteral("Observation")));
    }

    void aDeletionKeptIsSentAgainAndCannotBeMerged() {
        Workstation w;
        auto [store, outbox, audit] = w.parts();
        const storage::Conflict c = sample();
        w.holds(c);
        QVERIFY(store
                    .writeLocal({{storage::LocalChange::Operation::Delete,
                                  c.type,
                                  c.id,
                                  c.id,
                                  {},
                                  QStringLiteral("u-0")}})
                    .ok());
        w.meetsTheServer(c);
        ConflictResolver resolver(store, audit);
        const auto waiting = resolver.conflicts().value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0].localState, storage::LocalState::Deleted);
        const auto clerk = sessionOf({access::Role::AdmissionClerk});
        QCOMPARE(resolver.resolve(waiting[0], Choice::Merge, {QStringLiteral("address")}, clerk)
                     .error()
                     .code(),
                 QByteArray("sync/merge-deleted"));
        QVERIFY(resolver.resolve(waiting[0], Choice::KeepLocal, {}, clerk).ok());
        const auto queued = outbox.next(10).value();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued[0].operation, storage::LocalChange::Operation::Delete);
        QCOMPARE(queued[0].baseVersionId, QStringLiteral("2"));
        QCOMPARE(store.get(c.type, c.id).value()->state, storage::LocalState::Deleted);
        QCOMPARE(audit.entries(audit.count().value() - 1, 1).value().first().detail,
                 QStringLiteral("kept-local local-deletion"));
    }

    void aDeletionOnTheServerIsAcceptedOrKeptNeverMerged() {
        Workstation w;
        auto [store, outbox, audit] = w.parts();
        const storage::Conflict c = sample();
        w.holds(c);
        QVERIFY(store
                    .writeLocal({{storage::LocalChange::Operation::Update, c.type, c.id, c.id,
                                  c.localJson, QStringLiteral("u-0")}})
                    .ok());
        QCOMPARE(store.applyDeletionsFromServer({{c.type, c.id, QStringLiteral("2")}})->conflicts,
                 1);
        ConflictResolver resolver(store, audit);
        const auto waiting = resolver.conflicts().value();
        QCOMPARE(waiting.size(), 1);
        QVERIFY(waiting[0].serverDeleted());
        const auto doctor = sessionOf({access::Role::Physician});
        QCOMPARE(resolver.resolve(waiting[0], Choice::Merge, {QStringLiteral("address")}, doctor)
                     .error()
                     .code(),
                 QByteArray("sync/merge-deleted"));
        QVERIFY(resolver.resolve(waiting[0], Choice::KeepServer, {}, doctor).ok());
        QVERIFY(!store.get(c.type, c.id).value());
        QCOMPARE(outbox.pendingCount().value(), 0);
        QVERIFY(resolver.conflicts().value().isEmpty());
        QCOMPARE(audit.entries(audit.count().value() - 1, 1).value().first().detail,
                 QStringLiteral("kept-server server-deletion"));
    }

    void aChoiceIsAppliedQueuedAndAudited() {
        Workstation w;
        auto [store, outbox, audit] = w.parts();
        const storage::Conflict c = sample();
        QVERIFY(store
                    .writeLocal({{storage::LocalChange::Operation::Create, c.type, c.id, c.id,
                                  c.localJson, QStringLiteral("u-0")}})
                    .ok());
        w.meetsTheServer(c);
        ConflictResolver resolver(store, audit);
        const auto waiting = resolver.conflicts().value();
        QCOMPARE(waiting.size(), 1);

        // A nurse may not settle it: nothing changes, nothing is audited.
        const auto refused =
            resolver.resolve(waiting[0], Choice::KeepServer, {}, sessionOf({access::Role::Nurse}));
        QCOMPARE(refused.error().code(), QByteArray("sync/not-allowed"));
        QCOMPARE(audit.count().value(), 0);
        QCOMPARE(resolver.conflicts()->size(), 1);

        // The record is edited here while the screen shows the conflict: the choice made on
        // what was shown is refused, the edit kept, the attempt audited as refused.
        QByteArray edited = c.localJson;
        edited.replace("1980-02-03", "1980-02-04");
        QVERIFY(store
                    .writeLocal({{storage::LocalChange::Operation::Update, c.type, c.id, c.id,
                                  edited, QStringLiteral("u-0")}})
                    .ok());
        const auto stale = resolver.resolve(waiting[0], Choice::KeepServer, {},
                                            sessionOf({access::Role::AdmissionClerk}));
        QCOMPARE(stale.error().code(), QByteArray("storage/conflict-changed"));
        QCOMPARE(store.get(c.type, c.id).value()->json, edited);
        QCOMPARE(audit.count().value(), 2);
        QCOMPARE(audit.entries(0, 2).value()[1].outcome, 4);
        QCOMPARE(audit.entries(0, 2).value()[1].detail, QStringLiteral("kept-server failed"));
        const auto shownAgain = resolver.conflicts().value();
        QCOMPARE(shownAgain.first().localJson, edited);

        QVERIFY(resolver
                    .resolve(shownAgain.first(), Choice::Merge, {QStringLiteral("address")},
                             sessionOf({access::Role::AdmissionClerk}))
                    .ok());
        QVERIFY(resolver.conflicts()->isEmpty());
        const auto stored = store.get(c.type, c.id).value();
        QCOMPARE(stored->state, storage::LocalState::Updated);
        QVERIFY(stored->json.contains("Tinghir"));
        QVERIFY(stored->json.contains("+212611111111"));
        // Queued as an update of the server's version.
        const auto queued = outbox.next(10).value();
        QCOMPARE(queued.last().baseVersionId, QStringLiteral("2"));
        QCOMPARE(queued.last().json, stored->json);
        // And traceable: who, which resource, what was chosen.
        const auto entries = audit.entries(0, 10).value();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[2].subtype, QStringLiteral("conflict-resolution"));
        QCOMPARE(entries[2].actorId, QStringLiteral("u-1"));
        QCOMPARE(entries[2].patientId, QStringLiteral("p1"));
        QCOMPARE(entries[2].entityId, QStringLiteral("p1"));
        QCOMPARE(entries[2].detail, QStringLiteral("merged server:address"));
        QCOMPARE(entries[2].outcome, 0);
        QVERIFY(audit.verify()->ok());
    }

    // A resource of a change sent together (a merge): the audit says how many changes were
    // made with it, and the choice goes back in the change, which then waits for nothing.
    void aChoiceInAChangeSentTogetherSaysSo() {
        Workstation w;
        auto [store, outbox, audit] = w.parts();
        const storage::Conflict c = sample();
        storage::Conflict other = sample();
        other.id = QStringLiteral("p2");
        other.localJson.replace("\"p1\"", "\"p2\"");
        w.holds(c);
        w.holds(other);
        QVERIFY(store
                    .writeLocal({{storage::LocalChange::Operation::Update, c.type, c.id, c.id,
                                  c.localJson, QStringLiteral("u-0")},
                                 {storage::LocalChange::Operation::Update, other.type, other.id,
                                  other.id, other.localJson, QStringLiteral("u-0")}},
                                storage::ResourceStore::Sending::Together)
                    .ok());
        w.meetsTheServer(c);
        QVERIFY(outbox.next(10)->isEmpty()); // p2 waits with p1
        ConflictResolver resolver(store, audit);
        const auto waiting = resolver.conflicts().value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0].together, 1);
        QVERIFY(resolver
                    .resolve(waiting[0], Choice::KeepLocal, {},
                             sessionOf({access::Role::SiteAdministrator}))
                    .ok());
        QCOMPARE(audit.entries(0, 1).value().first().detail,
                 QStringLiteral("kept-local together:1"));
        const auto queued = outbox.next(10).value();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued[0].id, QStringLiteral("p1"));
        QCOMPARE(queued[0].group, queued[1].group);
        QVERIFY(queued[0].group != 0);
    }

    // Site X corrected D's phone offline; site Y merged D into S meanwhile. Keeping X's version
    // would bring D back into use without its replaced-by, S still saying it replaces D: the
    // merge done elsewhere wins, and the edit is to be made again on the survivor.
    void aMergeMadeElsewhereWinsOverAnEditKeptHere() {
        Workstation w;
        auto [store, outbox, audit] = w.parts();
        w.pulled(u"Patient"_s, u"d"_s, u"d"_s, patientJson(u"d"_s));
        QVERIFY(
            store
                .writeLocal({{storage::LocalChange::Operation::Update, u"Patient"_s, u"d"_s, u"d"_s,
                              patientJson(u"d"_s, {{u"telecom"_s, kNewPhone}}), u"u-0"_s}})
                .ok());
        const QByteArray mergedThere =
            patientJson(u"d"_s, {{u"active"_s, false},
                                 {u"link"_s, linkTo(u"replaced-by"_s, u"s"_s)},
                                 {u"extension"_s, kMoved},
                                 {u"meta"_s, QJsonObject{{u"versionId"_s, u"2"_s}}}});
        QVERIFY(outbox.recordConflict(outbox.next(1)->first().seq, mergedThere, u"2"_s).ok());
        ConflictResolver resolver(store, audit);
        const auto waiting = resolver.conflicts().value();
        QCOMPARE(waiting.size(), 1);
        const auto clerk = sessionOf({access::Role::AdmissionClerk});
        QVERIFY(ConflictResolver::mayResolve(clerk.user, waiting[0])); // an edit, not a merge
        for (const Choice choice : {Choice::KeepLocal, Choice::Merge}) {
            const auto refused = resolver.resolve(waiting[0], choice, {}, clerk);
            QCOMPARE(refused.error().code(), QByteArray("sync/merged-on-server"));
            QVERIFY(refused.error().userMessage().contains(u"refaites la modification sur le "
                                                           u"dossier conservé"_s));
        }
        // Even ticking every element but the merge's: the merge state is the server's.
        QCOMPARE(resolver.resolve(waiting[0], Choice::Merge, {u"telecom"_s}, clerk).error().code(),
                 QByteArray("sync/merged-on-server"));
        QCOMPARE(audit.count().value(), 0);
        QCOMPARE(resolver.conflicts()->size(), 1);
        QVERIFY(resolver.resolve(waiting[0], Choice::KeepServer, {}, clerk).ok());
        const auto d = store.get(u"Patient"_s, u"d"_s).value();
        QCOMPARE(d->state, storage::LocalState::Synced);
        QCOMPARE(parsed(d->json).value(u"link"_s).toArray(), linkTo(u"replaced-by"_s, u"s"_s));
        QCOMPARE(outbox.pendingCount().value(), 0);
    }

    // S corrected here, merged elsewhere meanwhile (it now replaces D): the correction kept goes
    // on the server's merge state, never taking the merge back, whichever elements are ticked.
    void anEditKeptHereGoesOnTheServersMergeState() {
        storage::Conflict c;
        c.type = u"Patient"_s;
        c.id = u"s"_s;
        c.localJson = patientJson(u"s"_s, {{u"telecom"_s, kNewPhone}, {u"active"_s, true}});
        c.serverJson = patientJson(u"s"_s, {{u"link"_s, linkTo(u"replaces"_s, u"d"_s)},
                                            {u"meta"_s, QJsonObject{{u"versionId"_s, u"2"_s}}}});
        for (const QSet<QString>& ticked :
             {QSet<QString>{}, QSet<QString>{u"telecom"_s}, QSet<QString>{u"active"_s}}) {
            const QJsonObject m = parsed(ConflictResolver::merged(c, ticked));
            QCOMPARE(m.value(u"link"_s).toArray(), linkTo(u"replaces"_s, u"d"_s));
            QVERIFY(!m.contains(u"active"_s)); // as the server has it
        }
        Workstation w;
        auto [store, outbox, audit] = w.parts();
        w.pulled(u"Patient"_s, u"s"_s, u"s"_s, patientJson(u"s"_s));
        QVERIFY(store
                    .writeLocal({{storage::LocalChange::Operation::Update, u"Patient"_s, u"s"_s,
                                  u"s"_s, c.localJson, u"u-0"_s}})
                    .ok());
        QVERIFY(outbox.recordConflict(outbox.next(1)->first().seq, c.serverJson, u"2"_s).ok());
        ConflictResolver resolver(store, audit);
        QVERIFY(resolver
                    .resolve(resolver.conflicts()->first(), Choice::KeepLocal, {},
                             sessionOf({access::Role::AdmissionClerk}))
                    .ok());
        const QJsonObject kept = parsed(store.get(u"Patient"_s, u"s"_s).value()->json);
        QCOMPARE(kept.value(u"telecom"_s).toArray(), kNewPhone);
        QCOMPARE(kept.value(u"link"_s).toArray(), linkTo(u"replaces"_s, u"d"_s));
        QCOMPARE(parsed(outbox.next(1)->first().json), kept);
    }

    // A merge made here (D into S, an observation moved) meets another version of D on the
    // server. Settling it decides whether S stands for D: the site administrator's alone. Sent
    // as it is, or with the server's D, it would go in part: it is given up whole, S and the
    // observation put back as they were, and made again if still right.
    void aConflictOnAMergeMadeHereIsTheAdministratorsAndGivenUpWhole() {
        Workstation w;
        auto [store, outbox, audit] = w.parts();
        const QByteArray observation =
            R"({"resourceType":"Observation","id":"o1","subject":{"reference":"Patient/d"}})";
        w.pulled(u"Patient"_s, u"d"_s, u"d"_s, patientJson(u"d"_s));
        w.pulled(u"Patient"_s, u"s"_s, u"s"_s, patientJson(u"s"_s));
        w.pulled(u"Observation"_s, u"o1"_s, u"d"_s, observation);
        QByteArray moved = observation;
        moved.replace("Patient/d", "Patient/s");
        QVERIFY(
            store
                .writeLocal({{storage::LocalChange::Operation::Update, u"Observation"_s, u"o1"_s,
                              u"s"_s, moved, u"admin"_s},
                             {storage::LocalChange::Operation::Update, u"Patient"_s, u"d"_s, u"d"_s,
                              patientJson(u"d"_s, {{u"active"_s, false},
                                                   {u"link"_s, linkTo(u"replaced-by"_s, u"s"_s)},
                                                   {u"extension"_s, kMoved}}),
                              u"admin"_s},
                             {storage::LocalChange::Operation::Update, u"Patient"_s, u"s"_s, u"s"_s,
                              patientJson(u"s"_s, {{u"link"_s, linkTo(u"replaces"_s, u"d"_s)}}),
                              u"admin"_s}},
                            storage::ResourceStore::Sending::Together)
                .ok());
        const auto queued = outbox.next(10).value();
        QCOMPARE(queued.size(), 3);
        const QByteArray editedThere =
            patientJson(u"d"_s, {{u"telecom"_s, kNewPhone},
                                 {u"meta"_s, QJsonObject{{u"versionId"_s, u"2"_s}}}});
        QVERIFY(outbox.recordConflict(queued[1].seq, editedThere, u"2"_s).ok());
        ConflictResolver resolver(store, audit);
        const auto conflict = resolver.conflicts()->first();
        QCOMPARE(conflict.together, 2);
        QCOMPARE(conflict.patientsTogether, 1);

        for (const auto role : {access::Role::AdmissionClerk, access::Role::Physician}) {
            QVERIFY(!ConflictResolver::mayResolve(sessionOf({role}).user, conflict));
            QCOMPARE(resolver.resolve(conflict, Choice::KeepServer, {}, sessionOf({role}))
                         .error()
                         .code(),
                     QByteArray("sync/merge-not-allowed"));
        }
        const auto admin = sessionOf({access::Role::SiteAdministrator});
        for (const Choice choice : {Choice::KeepLocal, Choice::Merge})
            QCOMPARE(resolver.resolve(conflict, choice, {u"telecom"_s}, admin).error().code(),
                     QByteArray("sync/merge-to-redo"));
        QCOMPARE(audit.count().value(), 0);
        QCOMPARE(outbox.next(10)->size(), 0); // still held whole

        QVERIFY(resolver.resolve(conflict, Choice::KeepServer, {}, admin).ok());
        QVERIFY(resolver.conflicts()->isEmpty());
        QCOMPARE(outbox.pendingCount().value(), 0); // nothing of the merge goes
        const auto d = store.get(u"Patient"_s, u"d"_s).value();
        QCOMPARE(parsed(d->json), parsed(editedThere));
        const auto s = store.get(u"Patient"_s, u"s"_s).value();
        QCOMPARE(s->json, patientJson(u"s"_s));
        QCOMPARE(s->versionId, u"1"_s);
        QCOMPARE(s->state, storage::LocalState::Synced);
        const auto o = store.get(u"Observation"_s, u"o1"_s).value();
        QCOMPARE(o->json, observation);
        QCOMPARE(o->state, storage::LocalState::Synced);
        QCOMPARE(audit.entries(0, 1).value().first().detail, u"kept-server together:2"_s);
    }
};

QTEST_GUILESS_MAIN(ConflictResolverTest)
#include "tst_ConflictResolver.moc"
