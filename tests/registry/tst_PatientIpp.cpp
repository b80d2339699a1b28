// One IPP, one patient: the store holds every patient's IPP in a table of its own, written with
// the patient; a number of this site's blocks not handed out yet is refused when typed in or
// imported; numbers drawn pass over those a patient already holds.
#include "RegistryFixture.h"

#include <sijil/registry/Ipp.h>
#include <sijil/registry/PatientMapping.h>

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace sijil::registry;
using namespace sijil;
using core::PartialDate;
using core::PersonName;
using core::Sex;
using testing::RegistryFixture;

namespace {

PatientRecord person(const QString& family, const QString& given, int year) {
    PatientRecord r;
    r.name = PersonName(family, given);
    r.sex = Sex::Female;
    r.birthDate = PartialDate::fromDate(QDate(year, 4, 2));
    r.nationality = QStringLiteral("MA");
    r.accountingCategory = QStringLiteral("PAYANT");
    r.coverageRegime = QStringLiteral("NONE");
    return r;
}

// A patient as the server sends it (another site's, or an older record of this one).
storage::StoredResource fromServer(const QString& id, const PatientRecord& r) {
    QJsonObject patient = PatientMapping::toPatient(r, QStringLiteral("fac-9"));
    patient.insert(QStringLiteral("id"), id);
    storage::StoredResource s;
    s.type = QStringLiteral("Patient");
    s.id = id;
    s.versionId = QStringLiteral("1");
    s.lastUpdatedUtc = QDateTime::currentDateTimeUtc();
    s.patientId = id;
    s.json = QJsonDocument(patient).toJson(QJsonDocument::Compact);
    return s;
}

} // namespace

class TestPatientIpp : public QObject {
    Q_OBJECT

private slots:
    // Typed at the desk or imported, a number of the site's block (1000-1999) not handed out yet
    // would be handed out again later: refused, and the block keeps it.
    void anIppOfThisSitesBlockNotYetIssuedIsRefused() {
        RegistryFixture f;
        PatientRecord typed = person(QStringLiteral("Alaoui"), QStringLiteral("Salma"), 1980);
        typed.ipp = *Ipp::fromNumber(1001);
        const auto refused = f.registry->registerPatient(typed, f.session);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QByteArray("registry/ipp-not-issued"));
        QCOMPARE(refused.error().field(), QStringLiteral("ipp"));

        const auto report = f.registry->importPatients({typed}, f.session, 10).value();
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(report.rejected[0].second.code(), QByteArray("registry/ipp-not-issued"));
        QCOMPARE(f.registry->ippsRemaining().value(), 1000);

        const auto drawn =
            f.registry
                ->registerPatient(person(QStringLiteral("Bennani"), QStringLiteral("Omar"), 1970),
                                  f.session)
                .value();
        QCOMPARE(drawn.ipp, *Ipp::fromNumber(1000));
        // A number of the block already handed out is another patient's.
        PatientRecord again = person(QStringLiteral("Tazi"), QStringLiteral("Karim"), 1990);
        again.ipp = drawn.ipp;
        QCOMPARE(f.registry->registerPatient(again, f.session).error().code(),
                 QByteArray("registry/ipp-taken"));
        // Another site's number is taken as typed.
        again.ipp = *Ipp::fromNumber(5000);
        QVERIFY(f.registry->registerPatient(again, f.session).ok());
    }

    // A patient received from the server with a number of this block (a record of this site
    // made before a reinstall, say): the block passes over it.
    void drawnIppsPassOverNumbersHeld() {
        RegistryFixture f;
        PatientRecord held = person(QStringLiteral("Idrissi"), QStringLiteral("Fatima"), 1960);
        held.ipp = *Ipp::fromNumber(1000);
        PatientRecord held2 = person(QStringLiteral("Idrissi"), QStringLiteral("Amina"), 1962);
        held2.ipp = *Ipp::fromNumber(1002);
        QVERIFY(f.store
                    ->applyFromServer({fromServer(QStringLiteral("srv-1"), held),
                                       fromServer(QStringLiteral("srv-2"), held2)})
                    .ok());
        const auto first =
            f.registry
                ->registerPatient(person(QStringLiteral("Bennani"), QStringLiteral("Omar"), 1970),
                                  f.session)
                .value();
        QCOMPARE(first.ipp, *Ipp::fromNumber(1001));
        const auto report =
            f.registry
                ->importPatients({person(QStringLiteral("Tazi"), QStringLiteral("Karim"), 1990),
                                  person(QStringLiteral("Tazi"), QStringLiteral("Nadia"), 1991)},
                                 f.session, 10)
                .value();
        QCOMPARE(report.imported, 2);
        QCOMPARE(f.registry->search(*Ipp::fromNumber(1003)).value().size(), 1);
        QCOMPARE(f.registry->search(*Ipp::fromNumber(1004)).value().size(), 1);
        QCOMPARE(f.registry->search(*Ipp::fromNumber(1002)).value().size(), 1);
    }

    // A block past nine digits (sijilctl refuses one; a store edited by hand) gives no
    // patient an empty IPP.
    void aBlockPastNineDigitsGivesNoIpp() {
        RegistryFixture f(1, 0);
        QVERIFY(f.identifiers->add(systems::kIpp, Ipp::kMaxNumber, Ipp::kMaxNumber + 1).ok());
        QVERIFY(f.registry
                    ->registerPatient(
                        person(QStringLiteral("Alaoui"), QStringLiteral("Salma"), 1980), f.session)
                    .ok());
        const auto refused = f.registry->registerPatient(
            person(QStringLiteral("Bennani"), QStringLiteral("Omar"), 1970), f.session);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QByteArray("registry/ipp-out-of-range"));
        QCOMPARE(f.registry->search(QStringLiteral("bennani")).value().size(), 0);
    }

    // The search index is rebuilt in the background and may miss patients meanwhile: the check
    // reads the store's own table.
    void anIppTakenIsRefusedWhileTheSearchIndexIsIncomplete() {
        RegistryFixture f;
        PatientRecord first = person(QStringLiteral("Alaoui"), QStringLiteral("Salma"), 1980);
        first.ipp = *Ipp::fromNumber(5000);
        QVERIFY(f.registry->registerPatient(first, f.session).ok());
        QSqlQuery clear(QSqlDatabase::database(f.db->connectionName()));
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM search_terms")));
        PatientRecord second = person(QStringLiteral("Bennani"), QStringLiteral("Omar"), 1970);
        second.ipp = first.ipp;
        const auto refused = f.registry->registerPatient(second, f.session);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QByteArray("registry/ipp-taken"));
        const auto report = f.registry->importPatients({second}, f.session, 10).value();
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.rejected.value(0).second.code(), QByteArray("registry/ipp-taken"));
    }

    // A record without an IPP (received so) given one by a correction: the same checks.
    void anIppGivenByACorrectionMustBeFree() {
        RegistryFixture f;
        PatientRecord other = person(QStringLiteral("Alaoui"), QStringLiteral("Salma"), 1980);
        other.ipp = *Ipp::fromNumber(5000);
        QVERIFY(f.registry->registerPatient(other, f.session).ok());
        QVERIFY(f.store
                    ->applyFromServer(
                        {fromServer(QStringLiteral("srv-1"), person(QStringLiteral("Bennani"),
                                                                    QStringLiteral("Omar"), 1970))})
                    .ok());
        PatientRecord noIpp = f.registry->get(QStringLiteral("srv-1")).value().value();
        QVERIFY(noIpp.ipp.isEmpty());
        noIpp.ipp = other.ipp;
        QCOMPARE(f.registry->update(noIpp, f.session).error().code(),
                 QByteArray("registry/ipp-taken"));
        noIpp.ipp = *Ipp::fromNumber(1500);
        QCOMPARE(f.registry->update(noIpp, f.session).error().code(),
                 QByteArray("registry/ipp-not-issued"));
        noIpp.ipp = *Ipp::fromNumber(5001);
        QVERIFY(f.registry->update(noIpp, f.session).ok());
    }

    // Two records the server gave one number (its duplicates, to be merged here): each may
    // still be corrected; the store refuses only a number a write brings.
    void recordsTheServerGaveOneNumberMayStillBeCorrected() {
        RegistryFixture f;
        PatientRecord one = person(QStringLiteral("Alaoui"), QStringLiteral("Salma"), 1980);
        one.ipp = *Ipp::fromNumber(5000);
        PatientRecord two = one;
        two.name = PersonName(QStringLiteral("Alaoui"), QStringLiteral("Salima"));
        QVERIFY(f.store
                    ->applyFromServer({fromServer(QStringLiteral("srv-1"), one),
                                       fromServer(QStringLiteral("srv-2"), two)})
                    .ok());
        for (const QString& id : {QStringLiteral("srv-1"), QStringLiteral("srv-2")}) {
            PatientRecord r = f.registry->get(id).value().value();
            r.phone = QStringLiteral("0612345678");
            QVERIFY(f.registry->update(r, f.session).ok());
        }
    }

    // The store itself refuses a local write giving a patient a number another holds, whoever
    // writes it.
    void theStoreRefusesALocalPatientWithAnIppHeld() {
        RegistryFixture f;
        PatientRecord first = person(QStringLiteral("Alaoui"), QStringLiteral("Salma"), 1980);
        first.ipp = *Ipp::fromNumber(5000);
        const auto saved = f.registry->registerPatient(first, f.session).value();
        QCOMPARE(f.identifiers->holder(systems::kIpp, first.ipp).value(), saved.id);
        PatientRecord second = person(QStringLiteral("Bennani"), QStringLiteral("Omar"), 1970);
        second.ipp = first.ipp;
        const storage::LocalChange create{
            storage::LocalChange::Operation::Create,
            QStringLiteral("Patient"),
            QStringLiteral("p-2"),
            QStringLiteral("p-2"),
            QJsonDocument(PatientMapping::toPatient(second, QStringLiteral("fac-1")))
                .toJson(QJsonDocument::Compact),
            QStringLiteral("clerk-1")};
        QVERIFY(!f.store->writeLocal({create}).ok());
        QVERIFY(!f.store->get(QStringLiteral("Patient"), QStringLiteral("p-2")).value());
        QCOMPARE(f.identifiers->holder(systems::kIpp, first.ipp).value(), saved.id);
    }
};

QTEST_GUILESS_MAIN(TestPatientIpp)
#include "tst_PatientIpp.moc"
