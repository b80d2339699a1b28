// What comes after a merge: a merged-away dependant is nobody's dependant until unmerged, and
// then follows its insured as it is by that time; merges are undone latest first; a correction
// never lands on a merged-away record.
#include "RegistryFixture.h"
#include "SamplePatients.h"

#include <sijil/registry/PatientMapping.h>
#include <sijil/storage/Outbox.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace sijil::registry;
using namespace sijil;
using testing::RegistryFixture;
using namespace Qt::StringLiterals;

namespace {

PatientRecord adult(const QString& family, const QString& given, core::Sex sex,
                    const QString& regime, const QString& affiliation) {
    PatientRecord r;
    r.name = core::PersonName(family, given);
    r.sex = sex;
    r.birthDate = core::PartialDate::fromDate(QDate(1978, 6, 9));
    r.nationality = u"MA"_s;
    r.accountingCategory = u"TIERS-PAYANT"_s;
    r.coverageRegime = regime;
    r.affiliationNumber = affiliation;
    return r;
}

// An adult registered without coverage: its id.
QString registered(RegistryFixture& f, const QString& family, const QString& given,
                   core::Sex sex = core::Sex::Male) {
    return f.registry->registerPatient(adult(family, given, sex, u"NONE"_s, {}), f.session)->id;
}

// The same child, as registered on each visit: the dependant of `insuredId`.
PatientRecord child(const QString& insuredId) {
    PatientRecord r;
    r.name = core::PersonName(u"Benjelloun"_s, u"Salma"_s);
    r.sex = core::Sex::Female;
    r.birthDate = core::PartialDate::fromDate(QDate(2016, 4, 3));
    r.nationality = u"MA"_s;
    r.accountingCategory = u"TIERS-PAYANT"_s;
    r.dependantRelation = DependantRelation::Child;
    r.insuredId = insuredId;
    return r;
}

// The last change in the outbox, to see what a step adds after it.
qint64 lastQueued(storage::Database& db) {
    const auto entries = storage::Outbox(db).next(1000);
    return entries.value().isEmpty() ? 0 : entries.value().last().seq;
}

QStringList queuedSince(storage::Database& db, qint64 seq) {
    QStringList out;
    const auto entries = storage::Outbox(db).next(1000, seq);
    for (const storage::OutboxEntry& e : entries.value())
        out << e.type + u'/' + e.id;
    return out;
}

// Father, mother, and their daughter registered twice: once as the father's dependant (A), once
// as the mother's (B); A is merged into B.
struct Family {
    RegistryFixture f;
    PatientRecord omar;
    PatientRecord mother;
    PatientRecord a;
    PatientRecord b;

    Family() {
        f.session.user.roles << access::Role::SiteAdministrator;
        omar = f.registry
                   ->registerPatient(adult(u"Benjelloun"_s, u"Omar"_s, core::Sex::Male,
                                           u"AMO-CNSS"_s, u"987654321"_s),
                                     f.session)
                   .value();
        mother = f.registry
                     ->registerPatient(adult(u"Alaoui"_s, u"Nadia"_s, core::Sex::Female,
                                             u"AMO-CNOPS"_s, u"X-11"_s),
                                       f.session)
                     .value();
        a = f.registry->registerPatient(child(omar.id), f.session).value();
        b = f.registry->registerPatient(child(mother.id), f.session).value();
    }
    void mergeAIntoB() {
        const auto merged = f.registry->merge(b.id, a.id, f.session);
        QVERIFY2(merged.ok(), merged.ok() ? "" : merged.error().code().constData());
    }
    // Omar's regime set to "Aucune".
    PatientRecord omarUncovered() const {
        PatientRecord r = omar;
        r.coverageRegime = u"NONE"_s;
        r.affiliationNumber.clear();
        return r;
    }
    // Whom A's coverage follows and what it is.
    QStringList coverageOfA() {
        const PatientRecord r = f.registry->get(a.id).value().value();
        return {r.insuredId, r.coverageRegime, r.affiliationNumber};
    }
};

const QString kServerBase = u"https://central.example.ma/fhir/"_s;

// An Observation recorded on `patientId`.
void observe(RegistryFixture& f, const QString& id, const QString& patientId) {
    const QByteArray json =
        QStringLiteral(
            R"({"resourceType":"Observation","id":"%1","status":"final","subject":{"reference":"Patient/%2"}})")
            .arg(id, patientId)
            .toUtf8();
    QVERIFY(f.store
                ->writeLocal({{storage::LocalChange::Operation::Create, u"Observation"_s, id,
                               patientId, json, u"nurse"_s}})
                .ok());
}

// The patient an Observation belongs to in the store, and the one its subject names.
QStringList observed(RegistryFixture& f, const QString& id) {
    const auto stored = f.store->get(u"Observation"_s, id).value().value();
    const QString subject = QJsonDocument::fromJson(stored.json)
                                .object()
                                .value(u"subject"_s)
                                .toObject()
                                .value(u"reference"_s)
                                .toString();
    return {stored.patientId, subject.section(u'/', 1)};
}

// An Observation on `patientId` as pulled from the central server, naming its patient by the
// server's address (as servers may write it): in that patient's compartment here.
void observePulled(RegistryFixture& f, const QString& id, const QString& patientId) {
    const QJsonObject o{
        {u"resourceType"_s, u"Observation"_s},
        {u"id"_s, id},
        {u"status"_s, u"final"_s},
        {u"meta"_s,
         QJsonObject{{u"versionId"_s, u"1"_s}, {u"lastUpdated"_s, u"2026-11-20T09:00:00.000Z"_s}}},
        {u"subject"_s, QJsonObject{{u"reference"_s, kServerBase + u"Patient/"_s + patientId}}},
        // Not a patient: left as it is whatever the ids.
        {u"performer"_s,
         QJsonArray{QJsonObject{{u"reference"_s, kServerBase + u"Practitioner/"_s + patientId}}}}};
    storage::StoredResource r;
    r.type = u"Observation"_s;
    r.id = id;
    r.versionId = u"1"_s;
    r.lastUpdatedUtc = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    r.patientId = storage::compartmentOf(o);
    r.json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QCOMPARE(r.patientId, patientId);
    QVERIFY(f.store->applyFromServer({r}).ok());
}

} // namespace

class PatientMergeTest : public QObject {
    Q_OBJECT

private slots:
    void aMergedAwayDependantDoesNotHoldItsInsuredsCoverage() {
        Family fam;
        fam.mergeAIntoB();
        const qint64 before = lastQueued(*fam.f.db);
        const auto saved = fam.f.registry->update(fam.omarUncovered(), fam.f.session);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().userMessage()));
        // Omar's record goes out; the merged-away record's coverage is not rewritten.
        const QStringList queued = queuedSince(*fam.f.db, before);
        QVERIFY(queued.contains(u"Patient/"_s + fam.omar.id));
        QVERIFY(!queued.contains(u"Coverage/"_s + PatientMapping::coverageId(fam.a.id)));
        QCOMPARE(fam.coverageOfA(), (QStringList{fam.omar.id, u"AMO-CNSS"_s, u"987654321"_s}));
    }

    // A merge, an unmerge and a registration with its coverage each reach the server whole or
    // not at all: their outbox entries are one change sent together. An import is not.
    void mergesAndRegistrationsAreSentWhole() {
        Family fam;
        const auto groupsSince = [&fam](qint64 seq) {
            QSet<qint64> groups;
            const auto entries = storage::Outbox(*fam.f.db).next(1000, seq);
            for (const storage::OutboxEntry& e : entries.value())
                groups << e.group;
            return groups;
        };
        const auto registeredWhole = groupsSince(0);
        QVERIFY(!registeredWhole.contains(0)); // each patient with its coverage
        QCOMPARE(registeredWhole.size(), 4);
        qint64 before = lastQueued(*fam.f.db);
        fam.mergeAIntoB();
        auto groups = groupsSince(before);
        QCOMPARE(groups.size(), 1);
        QVERIFY(!groups.contains(0));
        QVERIFY(queuedSince(*fam.f.db, before).size() > 1);
        before = lastQueued(*fam.f.db);
        QVERIFY(fam.f.registry->unmerge(fam.a.id, fam.f.session).ok());
        groups = groupsSince(before);
        QCOMPARE(groups.size(), 1);
        QVERIFY(!groups.contains(0));
    }

    // A dependant registered with an insured merged away since it was chosen depends on the
    // survivor, and follows its coverage.
    void aDependantOfAMergedAwayInsuredDependsOnTheSurvivor() {
        Family fam;
        const PatientRecord omarAgain =
            fam.f.registry
                ->registerPatient(
                    adult(u"Benjelloun"_s, u"Omar"_s, core::Sex::Male, u"AMO-CNOPS"_s, u"X-99"_s),
                    fam.f.session)
                .value();
        QVERIFY(fam.f.registry->merge(fam.omar.id, omarAgain.id, fam.f.session).ok());
        PatientRecord son = child(omarAgain.id);
        son.name = core::PersonName(u"Benjelloun"_s, u"Yassine"_s);
        son.sex = core::Sex::Male;
        const auto saved = fam.f.registry->registerPatient(son, fam.f.session);
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().code().constData());
        const PatientRecord stored = fam.f.registry->get(saved->id).value().value();
        QCOMPARE(stored.insuredId, fam.omar.id);
        QCOMPARE(stored.coverageRegime, u"AMO-CNSS"_s);
        QCOMPARE(stored.affiliationNumber, u"987654321"_s);
    }

    // A registration whose write fails after its audit entry: the trail says it failed (it only
    // grows). One whose duplicate queue fails after the write: registered, as it is, so that
    // the clerk told otherwise does not register the patient a second time.
    void whatTheTrailAndTheClerkAreToldWhenAWriteFails() {
        RegistryFixture f;
        QSqlQuery q(QSqlDatabase::database(f.db->connectionName()));
        QVERIFY(q.exec(u"CREATE TRIGGER no_outbox BEFORE INSERT ON outbox "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        const PatientRecord omar =
            adult(u"Benjelloun"_s, u"Omar"_s, core::Sex::Male, u"AMO-CNSS"_s, u"987654321"_s);
        QVERIFY(!f.registry->registerPatient(omar, f.session).ok());
        const auto trail = f.audit->entries(0, 10).value();
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail[0].outcome, 0);
        QCOMPARE(trail[1].outcome, 8);
        QVERIFY(trail[1].detail.endsWith(u"failed"_s));
        QVERIFY(q.exec(u"DROP TRIGGER no_outbox"_s));

        const PatientRecord first = f.registry->registerPatient(omar, f.session).value();
        const auto candidates = f.registry->possibleDuplicates(omar).value();
        QCOMPARE(candidates.size(), 1);
        QVERIFY(q.exec(u"CREATE TRIGGER no_queue BEFORE INSERT ON duplicate_candidates "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        const auto again = f.registry->registerPatient(omar, f.session, candidates);
        QVERIFY(again.ok()); // saved over the candidate on purpose: registered
        QVERIFY(again->id != first.id);
        QCOMPARE(f.registry->get(again->id).value()->ipp, again->ipp);
    }

    void anUnmergedDependantFollowsItsInsuredAsItIsThen() {
        Family fam;
        fam.mergeAIntoB();
        PatientRecord changed = fam.omar;
        changed.coverageRegime = u"AMO-CNOPS"_s;
        changed.affiliationNumber = u"X-42"_s;
        QVERIFY(fam.f.registry->update(changed, fam.f.session).ok());
        QCOMPARE(fam.coverageOfA(), (QStringList{fam.omar.id, u"AMO-CNSS"_s, u"987654321"_s}));
        QVERIFY(fam.f.registry->unmerge(fam.a.id, fam.f.session).ok());
        QCOMPARE(fam.coverageOfA(), (QStringList{fam.omar.id, u"AMO-CNOPS"_s, u"X-42"_s}));
    }

    void noUnmergeBackToAnInsuredWithoutCoverage() {
        Family fam;
        fam.mergeAIntoB();
        QVERIFY(fam.f.registry->update(fam.omarUncovered(), fam.f.session).ok());
        const qint64 before = lastQueued(*fam.f.db);
        const auto refused = fam.f.registry->unmerge(fam.a.id, fam.f.session);
        QCOMPARE(refused.error().code(), QByteArray("registry/unmerge-insured-uncovered"));
        QVERIFY(refused.error().userMessage().contains(fam.omar.ipp));
        QVERIFY(queuedSince(*fam.f.db, before).isEmpty());
        QCOMPARE(fam.f.registry->survivorOf(fam.a.id).value(), fam.b.id);

        // Covered again: the unmerge goes through, and A follows Omar's coverage.
        QVERIFY(fam.f.registry->update(fam.omar, fam.f.session).ok());
        QVERIFY(fam.f.registry->unmerge(fam.a.id, fam.f.session).ok());
        QCOMPARE(fam.coverageOfA(), (QStringList{fam.omar.id, u"AMO-CNSS"_s, u"987654321"_s}));
    }

    void anEarlierMergeIsUndoneAfterTheLaterOne() {
        RegistryFixture f;
        f.session.user.roles << access::Role::SiteAdministrator;
        QStringList ids;
        for (const QString& given : {u"Rachid"_s, u"Rachida"_s, u"Rachide"_s}) {
            ids << f.registry
                       ->registerPatient(adult(u"Amrani"_s, given, core::Sex::Male, u"NONE"_s, {}),
                                         f.session)
                       ->id;
            observe(f, u"o-"_s + given, ids.last());
        }
        const QString a = ids[0], b = ids[1], c = ids[2];
        QVERIFY(f.registry->merge(b, a, f.session).ok());
        QVERIFY(f.registry->merge(c, b, f.session).ok());
        const auto stored = [&f, &ids] {
            QList<QByteArray> out;
            for (const QString& id : ids)
                out << f.store->get(u"Patient"_s, id).value()->json;
            for (const QString& o : {u"o-Rachid"_s, u"o-Rachida"_s, u"o-Rachide"_s})
                out << f.store->get(u"Observation"_s, o).value()->json
                    << observed(f, o).join(u' ').toUtf8();
            return out;
        };
        const QList<QByteArray> before = stored();
        const qint64 queued = lastQueued(*f.db);

        const auto refused = f.registry->unmerge(a, f.session);
        QCOMPARE(refused.error().code(), QByteArray("registry/unmerge-survivor-merged"));
        const QString bIpp = f.registry->get(b).value()->ipp;
        const QString cIpp = f.registry->get(c).value()->ipp;
        QCOMPARE(refused.error().userMessage(),
                 u"Annulez d'abord la fusion du dossier IPP %1 dans le dossier IPP %2."_s.arg(
                     bIpp, cIpp));
        QCOMPARE(stored(), before);
        QCOMPARE(lastQueued(*f.db), queued);

        // In the reverse order, each resource comes back where its subject says it is.
        QVERIFY(f.registry->unmerge(b, f.session).ok());
        QVERIFY(f.registry->unmerge(a, f.session).ok());
        QCOMPARE(observed(f, u"o-Rachid"_s), (QStringList{a, a}));
        QCOMPARE(observed(f, u"o-Rachida"_s), (QStringList{b, b}));
        QCOMPARE(observed(f, u"o-Rachide"_s), (QStringList{c, c}));
    }

    // A merged into B here, B into A at another site: the links loop and neither record stands
    // for the other. Undoing this site's merge breaks the loop and keeps the other one: A is in
    // use again, with what it held, and stands for B.
    void aLoopOfMergesIsBrokenByUndoingOneOfThem() {
        RegistryFixture f;
        f.session.user.roles << access::Role::SiteAdministrator;
        const QString a = registered(f, u"Chraibi"_s, u"Hind"_s, core::Sex::Female);
        const QString b = registered(f, u"Chraibi"_s, u"Hinde"_s, core::Sex::Female);
        observe(f, u"o-a"_s, a);
        observe(f, u"o-b"_s, b);
        QVERIFY(f.registry->merge(b, a, f.session).ok());
        QCOMPARE(observed(f, u"o-a"_s), (QStringList{b, b}));
        // The other site's merge of B into A, as it arrives: B replaced by A, its record moved.
        const auto patient = [&f](const QString& id) {
            return QJsonDocument::fromJson(f.store->get(u"Patient"_s, id).value()->json).object();
        };
        const auto link = [](const QString& type, const QString& id) {
            return QJsonObject{{u"type"_s, type},
                               {u"other"_s, QJsonObject{{u"reference"_s, u"Patient/"_s + id}}}};
        };
        QJsonObject pb = patient(b);
        QJsonArray links = pb.value(u"link"_s).toArray();
        links.append(link(u"replaced-by"_s, a));
        pb.insert(u"link"_s, links);
        pb.insert(u"active"_s, false);
        QJsonObject pa = patient(a);
        links = pa.value(u"link"_s).toArray();
        links.append(link(u"replaces"_s, b));
        pa.insert(u"link"_s, links);
        const auto write = [&f](const QString& type, const QString& id, const QString& patientId,
                                const QJsonObject& json) {
            QVERIFY(
                f.store
                    ->writeLocal({{storage::LocalChange::Operation::Update, type, id, patientId,
                                   QJsonDocument(json).toJson(QJsonDocument::Compact), u"sync"_s}})
                    .ok());
        };
        write(u"Patient"_s, b, b, pb);
        write(u"Patient"_s, a, a, pa);
        QJsonObject ob =
            QJsonDocument::fromJson(f.store->get(u"Observation"_s, u"o-b"_s).value()->json)
                .object();
        ob.insert(u"subject"_s, QJsonObject{{u"reference"_s, u"Patient/"_s + a}});
        write(u"Observation"_s, u"o-b"_s, a, ob);
        QCOMPARE(f.registry->survivorOf(a).error().code(), QByteArray("registry/merge-cycle"));
        QCOMPARE(f.registry->survivorOf(b).error().code(), QByteArray("registry/merge-cycle"));

        const auto undone = f.registry->unmerge(a, f.session);
        QVERIFY2(undone.ok(), undone.ok() ? "" : undone.error().code().constData());
        QCOMPARE(f.registry->survivorOf(a).value(), a);
        QCOMPARE(f.registry->survivorOf(b).value(), a);
        QCOMPARE(patient(a).value(u"active"_s), QJsonValue(true));
        QCOMPARE(patient(b).value(u"active"_s), QJsonValue(false));
        // Each keeps the link of the merge that stands, and only that one.
        QCOMPARE(patient(a).value(u"link"_s).toArray(), (QJsonArray{link(u"replaces"_s, b)}));
        QCOMPARE(patient(b).value(u"link"_s).toArray(), (QJsonArray{link(u"replaced-by"_s, a)}));
        QCOMPARE(observed(f, u"o-a"_s), (QStringList{a, a}));
        QCOMPARE(observed(f, u"o-b"_s), (QStringList{a, a}));
        // Still one person: the pair stays with the merges made, where the one that stands
        // can be undone too.
        QVERIFY(f.registry->keepsReviewQueue());
        const auto merges = f.registry->duplicateReviews(storage::DuplicateStatus::Merged, 0, 50);
        QCOMPARE(merges->reviews.size(), 1);
        QCOMPARE((QSet<QString>{merges->reviews[0].first.record.id,
                                merges->reviews[0].second.record.id}),
                 (QSet<QString>{a, b}));

        // The merge that stands is undone as any other.
        QVERIFY(f.registry->unmerge(b, f.session).ok());
        QCOMPARE(f.registry->survivorOf(b).value(), b);
        QVERIFY(!patient(a).contains(u"link"_s));
        QVERIFY(!patient(b).contains(u"link"_s));
    }

    // A resource pulled from the central server may name its patient by the server's address:
    // it moves to the survivor in that form, and back with the unmerge.
    void absoluteReferencesMoveWithTheMergeAndBack() {
        RegistryFixture f;
        f.session.user.roles << access::Role::SiteAdministrator;
        const QString a = registered(f, u"Filali"_s, u"Adil"_s);
        const QString b = registered(f, u"Filali"_s, u"Adile"_s);
        observePulled(f, u"o-pulled"_s, a);
        const QJsonObject pulled =
            QJsonDocument::fromJson(f.store->get(u"Observation"_s, u"o-pulled"_s).value()->json)
                .object();
        const auto reference = [&f](const QString& field) {
            const QJsonObject o =
                QJsonDocument::fromJson(f.store->get(u"Observation"_s, u"o-pulled"_s).value()->json)
                    .object();
            const QJsonValue v = o.value(field);
            return (v.isArray() ? v.toArray().first() : v)
                .toObject()
                .value(u"reference"_s)
                .toString();
        };

        QVERIFY(f.registry->merge(b, a, f.session).ok());
        QCOMPARE(f.store->get(u"Observation"_s, u"o-pulled"_s).value()->patientId, b);
        QCOMPARE(reference(u"subject"_s), kServerBase + u"Patient/"_s + b);
        QCOMPARE(reference(u"performer"_s), kServerBase + u"Practitioner/"_s + a);

        QVERIFY(f.registry->unmerge(a, f.session).ok());
        const auto back = f.store->get(u"Observation"_s, u"o-pulled"_s).value();
        QCOMPARE(back->patientId, a);
        QCOMPARE(QJsonDocument::fromJson(back->json).object(), pulled);
    }

    // A merge made on the central server may name the survivor by the server's address: the
    // record is merged all the same, opens as its survivor, and its merge can be undone here.
    void anAbsoluteReplacedByLinkNamesTheSurvivor() {
        RegistryFixture f;
        f.session.user.roles << access::Role::SiteAdministrator;
        const QString kept = registered(f, u"Idrissi"_s, u"Fatima"_s, core::Sex::Female);
        // Merged there, named by the server's address.
        QJsonObject pulled = testing::mergedServerPatient(u"srv-merged"_s, kept);
        pulled.insert(
            u"link"_s,
            QJsonArray{QJsonObject{
                {u"type"_s, u"replaced-by"_s},
                {u"other"_s, QJsonObject{{u"reference"_s, kServerBase + u"Patient/"_s + kept}}}}});
        QVERIFY(f.registry->adopt(pulled, f.session).ok());
        QCOMPARE(f.registry->survivorOf(u"srv-merged"_s).value(), kept);
        QCOMPARE(f.registry->search(u"fatima idrissi"_s).value().size(), 1);
        PatientRecord corrected = f.registry->get(u"srv-merged"_s).value().value();
        corrected.phone = u"06 12 34 56 78"_s;
        QCOMPARE(f.registry->update(corrected, f.session).error().code(),
                 QByteArray("registry/update-merged"));

        const auto undone = f.registry->unmerge(u"srv-merged"_s, f.session);
        QVERIFY2(undone.ok(), undone.ok() ? "" : undone.error().code().constData());
        QCOMPARE(f.registry->survivorOf(u"srv-merged"_s).value(), u"srv-merged"_s);
        QVERIFY(!QJsonDocument::fromJson(f.store->get(u"Patient"_s, u"srv-merged"_s).value()->json)
                     .object()
                     .contains(u"link"_s));
    }

    // A record out of use before a merge (deactivated on the central server) is not put back in
    // use by undoing the merge; a record in use is.
    void anUnmergeGivesBackTheStateOfBeforeTheMerge() {
        RegistryFixture f;
        f.session.user.roles << access::Role::SiteAdministrator;
        const QString kept = registered(f, u"Idrissi"_s, u"Fatima"_s, core::Sex::Female);
        const QString inUse = registered(f, u"Idrissi"_s, u"Fatma"_s, core::Sex::Female);
        QJsonObject deactivated = testing::mergedServerPatient(u"srv-inactive"_s, kept);
        deactivated.remove(u"link"_s); // inactive there, not merged
        QVERIFY(f.registry->adopt(deactivated, f.session).ok());
        QVERIFY(f.registry->merge(kept, u"srv-inactive"_s, f.session).ok());
        QVERIFY(f.registry->merge(kept, inUse, f.session).ok());
        const auto active = [&f](const QString& id) {
            return QJsonDocument::fromJson(f.store->get(u"Patient"_s, id).value()->json)
                .object()
                .value(u"active"_s);
        };
        QCOMPARE(active(inUse), QJsonValue(false));

        QVERIFY(f.registry->unmerge(u"srv-inactive"_s, f.session).ok());
        QVERIFY(f.registry->unmerge(inUse, f.session).ok());
        QCOMPARE(active(u"srv-inactive"_s), QJsonValue(false));
        QCOMPARE(active(inUse), QJsonValue(true));
    }

    void aCorrectionOfARecordMergedMeanwhileIsRefused() {
        RegistryFixture f;
        f.session.user.roles << access::Role::SiteAdministrator;
        const PatientRecord a =
            f.registry
                ->registerPatient(adult(u"Tazi"_s, u"Karim"_s, core::Sex::Male, u"NONE"_s, {}),
                                  f.session)
                .value();
        const PatientRecord b =
            f.registry
                ->registerPatient(adult(u"Tazi"_s, u"Karim"_s, core::Sex::Male, u"NONE"_s, {}),
                                  f.session)
                .value();
        // The clerk opened A; a merge of A into B arrives before the correction is saved.
        QVERIFY(f.registry->merge(b.id, a.id, f.session).ok());
        const QByteArray merged = f.store->get(u"Patient"_s, a.id).value()->json;
        const qint64 queued = lastQueued(*f.db);
        PatientRecord corrected = a;
        corrected.phone = u"06 12 34 56 78"_s;
        const auto refused = f.registry->update(corrected, f.session);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QByteArray("registry/update-merged"));
        QCOMPARE(refused.error().userMessage(),
                 u"Ce dossier a été fusionné dans le dossier IPP %1 : ouvrez ce dossier pour y "
                 u"enregistrer la correction."_s.arg(b.ipp));
        const QByteArray after = f.store->get(u"Patient"_s, a.id).value()->json;
        QCOMPARE(after, merged);
        QCOMPARE(QJsonDocument::fromJson(after).object().value(u"active"_s), QJsonValue(false));
        QCOMPARE(lastQueued(*f.db), queued);
    }
};

QTEST_GUILESS_MAIN(PatientMergeTest)
#include "tst_PatientMerge.moc"
