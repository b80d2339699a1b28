// A patient's coverage changed at the desk before sync has run, as at a remote centre offline for
// days: a coverage removed before it was ever sent never reaches the server, and a coverage
// removed and then given back is saved again, whether or not the server already had it.
#include "RegistryFixture.h"

#include <sijil/registry/PatientMapping.h>
#include <sijil/storage/Outbox.h>

#include <QtTest>

using namespace sijil::registry;
using namespace sijil;
using testing::RegistryFixture;
using namespace Qt::StringLiterals;

namespace {

PatientRecord insured() {
    PatientRecord r;
    r.name = core::PersonName(u"Benjelloun"_s, u"Omar"_s);
    r.sex = core::Sex::Male;
    r.birthDate = core::PartialDate::fromDate(QDate(1971, 3, 2));
    r.nationality = u"MA"_s;
    r.accountingCategory = u"TIERS-PAYANT"_s;
    r.coverageRegime = u"AMO-CNSS"_s;
    r.affiliationNumber = u"987654321"_s;
    return r;
}

PatientRecord withoutCoverage(PatientRecord r) {
    r.coverageRegime = u"NONE"_s;
    r.affiliationNumber.clear();
    return r;
}

QStringList queued(storage::Database& db) {
    QStringList out;
    const auto entries = storage::Outbox(db).next(100);
    for (const storage::OutboxEntry& e : entries.value())
        out << e.type + u' ' +
                   (e.operation == storage::LocalChange::Operation::Create   ? u"create"_s
                    : e.operation == storage::LocalChange::Operation::Update ? u"update"_s
                                                                             : u"delete"_s);
    return out;
}

} // namespace

class CoverageChangesTest : public QObject {
    Q_OBJECT

    static void save(RegistryFixture& f, const PatientRecord& r) {
        const auto saved = f.registry->update(r, f.session);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().userMessage()));
    }
    static QString regimeOf(RegistryFixture& f, const QString& id) {
        return f.registry->get(id).value()->coverageRegime;
    }

private slots:
    void aCoverageRemovedBeforeItWasSentIsNeverSent() {
        RegistryFixture f;
        const PatientRecord omar = f.registry->registerPatient(insured(), f.session).value();
        save(f, withoutCoverage(omar));
        QCOMPARE(regimeOf(f, omar.id), u"NONE"_s);
        // The registration and its correction go; of the coverage, nothing.
        QCOMPARE(queued(*f.db), (QStringList{u"Patient create"_s, u"Patient update"_s}));
        QVERIFY(!f.store->get(u"Coverage"_s, PatientMapping::coverageId(omar.id)).value());

        // Given back: a new creation.
        save(f, omar);
        QCOMPARE(regimeOf(f, omar.id), u"AMO-CNSS"_s);
        QCOMPARE(queued(*f.db).last(), u"Coverage create"_s);
    }

    void aCoverageRemovedThenGivenBackAfterSyncIsSavedAgain() {
        RegistryFixture f;
        const PatientRecord omar = f.registry->registerPatient(insured(), f.session).value();
        // Sync has run: the server holds the patient and the coverage.
        storage::Outbox outbox(*f.db);
        const auto sent = outbox.next(100);
        for (const storage::OutboxEntry& e : sent.value())
            QVERIFY(outbox.acknowledge(e.seq, u"1"_s, QDateTime::currentDateTimeUtc()).ok());
        save(f, withoutCoverage(omar));
        QCOMPARE(regimeOf(f, omar.id), u"NONE"_s);
        // Given back before the removal was sent: before, "create of an existing resource".
        save(f, omar);
        QCOMPARE(regimeOf(f, omar.id), u"AMO-CNSS"_s);
        // Both go, in order: the server's copy is deleted, then the coverage made again.
        QCOMPARE(queued(*f.db).filter(u"Coverage"_s),
                 (QStringList{u"Coverage delete"_s, u"Coverage create"_s}));
    }
};

QTEST_GUILESS_MAIN(CoverageChangesTest)
#include "tst_CoverageChanges.moc"
