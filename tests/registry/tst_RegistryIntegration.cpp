// The registry against the real central server (HAPI FHIR on PostgreSQL): a registration made
// offline is sent once, with one IPP, whatever the retries; a second workstation finds it on the
// server (PDQm), keeps it, and then finds it offline.
#include "HapiPeer.h"
#include "RegistryFixture.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/registry/PatientSearchModel.h>
#include <sijil/registry/RemotePatientSearch.h>
#include <sijil/storage/Outbox.h>
#include <sijil/sync/SyncEngine.h>

#include <QRandomGenerator>
#include <QUrlQuery>
#include <QtTest>

using namespace sijil;
using namespace sijil::registry;
using testing::RegistryFixture;

namespace {

// HAPI's database outlives one test run: every run uses its own names and IPP range.
const quint32 kRun = QRandomGenerator::global()->bounded(1u, 90000u);

PatientRecord newcomer() {
    PatientRecord r;
    // Names hold letters only: the run number goes into the given name as letters.
    QString given = QStringLiteral("Kenza");
    for (QChar c : QString::number(kRun))
        given += QChar(u'a' + c.digitValue());
    r.name = core::PersonName(QStringLiteral("Ouazzani"), given);
    r.sex = core::Sex::Female;
    r.birthDate = core::PartialDate::fromDate(QDate(1991, 4, 2));
    r.nationality = QStringLiteral("MA");
    r.accountingCategory = QStringLiteral("PAYANT");
    r.coverageRegime = QStringLiteral("AMO-CNOPS");
    r.affiliationNumber = QStringLiteral("CN-%1").arg(kRun);
    return r;
}

} // namespace

class RegistryIntegrationTest : public QObject {
    Q_OBJECT

    QString m_sentId; // the patient the first test registered and sent

private slots:
    void initTestCase() {
        QVERIFY2(!sijil::test::hapiUrl().isEmpty(), "no HAPI fixture (SIJIL_HAPI_ENV)");
        // The registering facility is in the national directory; the server checks references.
        fhir::FhirClient client(sijil::test::hapiConfig());
        const auto org = sijil::test::awaitResult(client.update(
            QStringLiteral("Organization"), QStringLiteral("fac-1"),
            R"({"resourceType":"Organization","id":"fac-1","name":"Centre de santé de test"})"));
        QVERIFY2(org.ok(), org.ok() ? "" : qPrintable(org.error().detail()));
    }

    void anOfflineRegistrationIsSentOnceWithOneIpp() {
        const qint64 first = qint64(kRun) * 10000;
        RegistryFixture desk(first, first + 99);
        const auto saved = desk.registry->registerPatient(newcomer(), desk.session);
        QVERIFY(saved.ok());

        fhir::FhirClient client(sijil::test::hapiConfig());
        storage::Outbox outbox(*desk.db);
        sync::SyncEngine engine(*desk.store, outbox, client);
        const auto pushed = sijil::test::awaitResult(engine.push());
        QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().detail()));
        QCOMPARE(sijil::test::awaitResult(engine.push())->pushed,
                 0); // nothing left, nothing resent

        QUrlQuery byIpp;
        byIpp.addQueryItem(QStringLiteral("identifier"), systems::kIpp + u'|' + saved->ipp);
        const auto onServer =
            sijil::test::awaitResult(client.search(QStringLiteral("Patient"), byIpp));
        QVERIFY(onServer.ok());
        QCOMPARE(onServer->size(), 1);
        QCOMPARE(onServer->first().value(QStringLiteral("id")).toString(), saved->id);
        m_sentId = saved->id;
        QUrlQuery byBeneficiary;
        byBeneficiary.addQueryItem(QStringLiteral("beneficiary"),
                                   QStringLiteral("Patient/") + saved->id);
        const auto coverage =
            sijil::test::awaitResult(client.search(QStringLiteral("Coverage"), byBeneficiary));
        QCOMPARE(coverage->size(), 1);
        QCOMPARE(coverage->first().value(QStringLiteral("subscriberId")).toString(),
                 QStringLiteral("CN-%1").arg(kRun));
    }

    void anotherDeskFindsItOnTheServerAndThenOffline() {
        // (The previous test registered and sent the patient.)
        RegistryFixture other(1, 0);
        fhir::FhirClient client(sijil::test::hapiConfig());
        RemotePatientSearch remote(client);
        const QString given = newcomer().name.given(core::PersonName::Script::Latin);
        // The server's search index may lag its writes by a moment under load (HAPI indexes
        // after the commit): asked again for up to 10 s, as a desk would search again.
        core::Result<QList<RemotePatient>> found = QList<RemotePatient>();
        QList<RemotePatient>::const_iterator it;
        QDeadlineTimer deadline(10000);
        do {
            found = sijil::test::awaitResult(
                remote.search(QStringLiteral("ouazzani %1 02/04/1991").arg(given)));
            QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().detail()));
            // The server's matcher may add look-alikes of earlier runs; ours must be there.
            it = std::find_if(found->cbegin(), found->cend(), [this](const RemotePatient& p) {
                return p.hit.record.id == m_sentId;
            });
        } while (it == found->cend() && !deadline.hasExpired() && (QTest::qWait(500), true));
        QVERIFY(it != found->cend());
        const RemotePatient hit = *it;
        QCOMPARE(hit.hit.record.affiliationNumber, QString()); // the Patient alone: no coverage
        const auto byIpp = sijil::test::awaitResult(remote.search(hit.hit.record.ipp));
        QCOMPARE(byIpp->size(), 1);
        // $match where the server says it has it (HAPI JPA does), PDQm otherwise.
        const auto caps = sijil::test::awaitResult(client.capabilities());
        QVERIFY(caps.ok());
        QCOMPARE(remote.usedMatch(), false); // the last search was by IPP: always PDQm
        const auto again =
            sijil::test::awaitResult(remote.search(QStringLiteral("ouazzani %1 1991").arg(given)));
        QVERIFY(!again->isEmpty());
        QCOMPARE(remote.usedMatch(),
                 caps->supportsOperation(QStringLiteral("Patient"), QStringLiteral("match")));

        QVERIFY(other.registry->search(given).value().isEmpty());
        const auto kept = other.registry->adopt(hit.resource, other.session);
        QVERIFY(kept.ok());
        QCOMPARE(other.registry->search(given).value().size(), 1);
        QVERIFY(storage::Outbox(*other.db).next(10).value().isEmpty()); // nothing to send back
    }

    void theDesksSearchAddsWhatOnlyTheServerHas() {
        // (The first test registered and sent the patient from another desk.)
        RegistryFixture desk(1, 0);
        fhir::FhirClient client(sijil::test::hapiConfig());
        RemotePatientSearch remote(client);
        PatientSearchModel model(*desk.registry);
        model.setRemoteSearch(&remote, [] { return true; });
        const QString typed = QStringLiteral("ouazzani %1 02/04/1991")
                                  .arg(newcomer().name.given(core::PersonName::Script::Latin));
        const auto rowOf = [&model](const QString& id) {
            for (int row = 0; row < model.rowCount(); ++row)
                if (model.data(model.index(row, 0), PatientSearchModel::PatientIdRole) == id)
                    return row;
            return -1;
        };
        const auto search = [&] {
            model.setQuery(typed);
            model.searchNow();
            return QTest::qWaitFor(
                [&] { return model.remoteState() >= PatientSearchModel::RemoteState::Done; },
                20000);
        };
        // The server's search index may lag its writes a moment under load: asked again.
        QDeadlineTimer deadline(10000);
        while (search() && rowOf(m_sentId) < 0 && !deadline.hasExpired())
            QTest::qWait(500);
        QCOMPARE(model.remoteState(), PatientSearchModel::RemoteState::Done);
        const int row = rowOf(m_sentId);
        QVERIFY(row >= 0);
        QVERIFY(model.data(model.index(row, 0), PatientSearchModel::ServerRole).toBool());
        QCOMPARE(model.data(model.index(row, PatientSearchModel::Status)).toString(),
                 QStringLiteral("Serveur central"));
        QVERIFY(model.remoteAdded() >= 1);
        const auto resource = model.serverResource(m_sentId);
        QVERIFY(resource);

        // Kept here (as the desk does when it is opened): found here, not added again.
        QVERIFY(desk.registry->adopt(*resource, desk.session).ok());
        QVERIFY(search());
        QCOMPARE(model.remoteState(), PatientSearchModel::RemoteState::Done);
        QVERIFY(rowOf(m_sentId) >= 0);
        QVERIFY(
            !model.data(model.index(rowOf(m_sentId), 0), PatientSearchModel::ServerRole).toBool());
        QCOMPARE(std::count_if(model.hits().cbegin(), model.hits().cend(),
                               [this](const PatientHit& h) { return h.record.id == m_sentId; }),
                 1);
    }
};

QTEST_GUILESS_MAIN(RegistryIntegrationTest)
#include "tst_RegistryIntegration.moc"
