// What comes after a merge: a merged-away dependant is nobody's dependant until unmerged, and
// then follows its insured as it is by that time.
#include "RegistryFixture.h"

#include <sijil/registry/PatientMapping.h>
#include <sijil/storage/Outbox.h>

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
};

QTEST_GUILESS_MAIN(PatientMergeTest)
#include "tst_PatientMerge.moc"
