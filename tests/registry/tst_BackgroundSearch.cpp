// The desk's search as you type runs on a thread of its own through a connection of its own:
// it never sees what the desk's connection has not committed, only the latest search's results
// are shown, Enter searches at once on the desk's connection, and the model can go away while a
// search runs.
#include "RegistryFixture.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/registry/PatientSearchModel.h>
#include <sijil/registry/RemotePatientSearch.h>

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace sijil::registry;
using namespace sijil;
using namespace Qt::StringLiterals;
using testing::RegistryFixture;

namespace {

PatientRecord person(const QString& family, const QString& given, const QString& phone = {}) {
    PatientRecord r;
    r.name = core::PersonName(family, given);
    r.sex = core::Sex::Male;
    r.birthDate = core::PartialDate::fromDate(QDate(1975, 3, 9));
    r.nationality = u"MA"_s;
    r.accountingCategory = u"PAYANT"_s;
    r.coverageRegime = u"NONE"_s;
    r.phone = phone;
    return r;
}

QStringList families(const PatientSearchModel& model) {
    QStringList out;
    for (const PatientHit& h : model.hits())
        out << h.record.name.family(core::PersonName::Script::Latin);
    return out;
}

} // namespace

class BackgroundSearchTest : public QObject {
    Q_OBJECT

private slots:
    // The central registry is asked only for a patient named closely, only while reachable, and
    // once the typing paused; a server that does not answer leaves the local results, said.
    // (Finding a patient the server alone has: tst_RegistryIntegration, against HAPI.)
    void theServerIsAskedOnlyForAPatientNamedClosely() {
        RegistryFixture f;
        QVERIFY(f.registry->registerPatient(person(u"Tazi"_s, u"Karim"_s), f.session).ok());
        fhir::FhirClient::Config config;
        config.baseUrl = QUrl(u"http://127.0.0.1:9/fhir"_s); // nothing listens: refused at once
        config.retry =
            fhir::RetryPolicy({1, std::chrono::milliseconds(10), std::chrono::milliseconds(10)});
        fhir::FhirClient client(config);
        RemotePatientSearch remote(client);
        PatientSearchModel model(*f.registry);
        bool reachable = false;
        model.setRemoteSearch(&remote, [&reachable] { return reachable; });
        QSignalSpy states(&model, &PatientSearchModel::remoteStateChanged);
        const auto searched = [&model](const QString& typed) {
            model.setQuery(typed);
            model.searchNow();
            QTest::qWait(PatientSearchModel::kRemoteDelayMs + 300);
        };

        searched(u"tazi karim 1975"_s); // the link is down
        QCOMPARE(model.remoteState(), PatientSearchModel::RemoteState::Idle);
        reachable = true;
        searched(u"tazi kar"_s); // names alone: thousands of namesakes nationally
        QCOMPARE(model.remoteState(), PatientSearchModel::RemoteState::Idle);
        QVERIFY(states.isEmpty());

        model.setQuery(u"tazi karim 1975"_s);
        model.searchNow();
        QCOMPARE(families(model), QStringList{u"Tazi"_s}); // the local results come first
        // Enter: the clerk waits, so the server is asked at once, not after the pause.
        QCOMPARE(model.remoteState(), PatientSearchModel::RemoteState::Searching);
        QVERIFY(model.remotePending());
        QTRY_COMPARE_WITH_TIMEOUT(model.remoteState(), PatientSearchModel::RemoteState::Failed,
                                  20000);
        QVERIFY(model.remoteError());
        QVERIFY(!model.remotePending());
        QCOMPARE(families(model), QStringList{u"Tazi"_s}); // and stay
        QVERIFY(!model.data(model.index(0, 0), PatientSearchModel::ServerRole).toBool());

        // Typing on forgets the server's answer to what was typed before.
        model.setQuery(u"tazi karim 19"_s);
        QCOMPARE(model.remoteState(), PatientSearchModel::RemoteState::Idle);
        QVERIFY(!model.remoteError());
    }

    void typingSearchesOnAConnectionOfItsOwn() {
        RegistryFixture f;
        const auto tazi = f.registry->registerPatient(person(u"Tazi"_s, u"Karim"_s), f.session);
        QVERIFY(tazi.ok());
        PatientSearchModel model(*f.registry);
        QVERIFY(model.searchesInBackground());
        QSignalSpy finished(&model, &PatientSearchModel::searchFinished);

        // A phone term written on the desk's connection and not committed: the desk's own
        // connection sees it, another one does not.
        QSqlDatabase db = QSqlDatabase::database(f.db->connectionName());
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO search_terms(term, doc) SELECT 'tel:+212661234567', rowid "
                       "FROM search_docs WHERE id = '%1'"_s.arg(tazi->id)));
        model.setQuery(u"0661234567"_s);
        QVERIFY(model.isPending());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!model.isPending());
        QCOMPARE(model.rowCount(), 0); // the background connection does not see it
        model.searchNow();             // Enter: at once, on the desk's connection
        QCOMPARE(finished.size(), 2);
        QCOMPARE(families(model), QStringList{u"Tazi"_s});
        QVERIFY(db.rollback());

        model.setQuery(u"tazi karim"_s);
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(families(model), QStringList{u"Tazi"_s});
        QVERIFY(!model.lastError());
    }

    void onlyTheLatestSearchIsShown() {
        RegistryFixture f;
        for (const auto& [family, given] :
             {std::pair{u"Tazi"_s, u"Karim"_s}, std::pair{u"Bennani"_s, u"Omar"_s}})
            QVERIFY(f.registry->registerPatient(person(family, given), f.session).ok());
        PatientSearchModel model(*f.registry);
        QSignalSpy finished(&model, &PatientSearchModel::searchFinished);
        QSignalSpy failed(&model, &PatientSearchModel::searchFailed);
        for (int round = 0; round < 20; ++round) {
            model.setQuery(u"tazi"_s);
            // Past the debounce: the first search is posted, perhaps running, perhaps done.
            QTest::qWait(PatientSearchModel::kDebounceMs + round % 5);
            model.setQuery(u"bennani"_s);
            QTRY_VERIFY(!model.isPending());
            QCOMPARE(families(model), QStringList{u"Bennani"_s});
        }
        // An interrupted search is never reported as a failure.
        QCOMPARE(failed.size(), 0);
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isPending());
    }

    void enterWhileASearchRunsSearchesWhatIsTyped() {
        RegistryFixture f;
        QVERIFY(f.registry->registerPatient(person(u"Tazi"_s, u"Karim"_s), f.session).ok());
        QVERIFY(f.registry->registerPatient(person(u"Bennani"_s, u"Omar"_s), f.session).ok());
        PatientSearchModel model(*f.registry);
        model.setQuery(u"bennani"_s);
        QTest::qWait(PatientSearchModel::kDebounceMs + 5);
        model.setQuery(u"tazi"_s);
        model.searchNow();
        QVERIFY(!model.isPending());
        QCOMPARE(families(model), QStringList{u"Tazi"_s});
        // Whatever the background search was doing, its result does not replace this one.
        QTest::qWait(200);
        QCOMPARE(families(model), QStringList{u"Tazi"_s});
    }

    void theModelCanGoWhileASearchRuns() {
        RegistryFixture f;
        QVERIFY(f.registry->registerPatient(person(u"Tazi"_s, u"Karim"_s), f.session).ok());
        for (int round = 0; round < 10; ++round) {
            auto model = std::make_unique<PatientSearchModel>(*f.registry);
            model->setQuery(u"tazi"_s);
            QTest::qWait(PatientSearchModel::kDebounceMs + round);
            model.reset(); // joins the search thread, which closes its connection
        }
        QCoreApplication::processEvents(); // nothing queued for a model that is gone
    }

    // A store in memory cannot be opened twice: the search stays on the desk's connection.
    void aStoreInMemorySearchesOnTheDesksConnection() {
        testing::InMemoryRegistry memory;
        QVERIFY(
            memory.stack.registry->registerPatient(person(u"Tazi"_s, u"Karim"_s), memory.session)
                .ok());
        PatientSearchModel model(*memory.stack.registry);
        QVERIFY(!model.searchesInBackground());
        model.setQuery(u"tazi"_s);
        QTRY_COMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(BackgroundSearchTest)
#include "tst_BackgroundSearch.moc"
