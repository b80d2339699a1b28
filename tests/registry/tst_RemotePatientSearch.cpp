// The desk's search of the central registry against a scripted server, for what a real server
// cannot show on demand: what goes on the wire (tst_RegistryIntegration and
// tst_AdmissionCentralSearch search HAPI itself).
#include "AwaitFuture.h"
#include "RegistryFixture.h"
#include "ScriptedServer.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/registry/PatientSearchModel.h>
#include <sijil/registry/RemotePatientSearch.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sijil::registry;
using namespace sijil;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A server that offers no $match: the desk's searches are plain PDQm searches.
const QByteArray kNoMatch =
    R"({"resourceType":"CapabilityStatement","fhirVersion":"4.0.1","rest":[{"mode":"server"}]})";

QJsonObject serverPatient(const QString& id, const QString& family, const QString& given,
                          const QString& birthDate) {
    return QJsonObject{{u"resourceType"_s, u"Patient"_s},
                       {u"id"_s, id},
                       {u"meta"_s, QJsonObject{{u"versionId"_s, u"1"_s}}},
                       {u"name"_s, QJsonArray{QJsonObject{{u"family"_s, family},
                                                          {u"given"_s, QJsonArray{given}}}}},
                       {u"gender"_s, u"male"_s},
                       {u"birthDate"_s, birthDate}};
}

QByteArray searchset(const QList<QJsonObject>& patients) {
    QJsonArray entries;
    for (const QJsonObject& p : patients)
        entries.append(
            QJsonObject{{u"resource"_s, p}, {u"search"_s, QJsonObject{{u"mode"_s, u"match"_s}}}});
    return QJsonDocument(QJsonObject{{u"resourceType"_s, u"Bundle"_s},
                                     {u"type"_s, u"searchset"_s},
                                     {u"entry"_s, entries}})
        .toJson(QJsonDocument::Compact);
}

fhir::FhirClient::Config configFor(const ScriptedServer& server) {
    fhir::FhirClient::Config c;
    c.baseUrl = QUrl(server.baseUrl());
    c.timeout = 10'000ms;
    c.retry = fhir::RetryPolicy({1, 10ms, 10ms});
    return c;
}

} // namespace

class RemotePatientSearchTest : public QObject {
    Q_OBJECT

private slots:
    // What names a patient goes in a form body (POST Patient/_search), never in the URL the
    // server's access log and proxies keep.
    void thePlainSearchIsPostedAsAForm() {
        ScriptedServer server;
        server.enqueue({200, kNoMatch, {}});
        server.enqueue(
            {200, searchset({serverPatient(u"p1"_s, u"Tazi"_s, u"Karim"_s, u"1975-03-09"_s)}), {}});
        server.enqueue({200, searchset({}), {}});
        fhir::FhirClient client(configFor(server));
        RemotePatientSearch remote(client);

        const auto found = sijil::test::await(remote.search(u"tazi karim 1975"_s, 20));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().hit.record.id, u"p1"_s);
        QCOMPARE(server.requests().size(), 2);
        const auto& byName = server.requests()[1];
        QCOMPARE(byName.method, QByteArray("POST"));
        QVERIFY2(byName.target.endsWith("/Patient/_search"), byName.target.constData());
        QVERIFY(!byName.target.contains('?'));
        QCOMPARE(byName.headers.value("content-type"),
                 QByteArray("application/x-www-form-urlencoded"));
        const QList<std::pair<QString, QString>> expected{{u"name"_s, u"tazi"_s},
                                                          {u"name"_s, u"karim"_s},
                                                          {u"birthdate"_s, u"1975"_s},
                                                          {u"_count"_s, u"20"_s}};
        QCOMPARE(ScriptedServer::formFields(byName.body), expected);

        // A phone keeps its '+' (in a URL's query a server reads a '+' as a space).
        QVERIFY(sijil::test::await(remote.search(u"+212612345678"_s, 20)).ok());
        const auto& byPhone = server.requests()[2];
        QCOMPARE(byPhone.method, QByteArray("POST"));
        QVERIFY(byPhone.target.endsWith("/Patient/_search"));
        QVERIFY(!byPhone.target.contains("212612345678"));
        const QList<std::pair<QString, QString>> phone{{u"telecom"_s, u"+212612345678"_s},
                                                       {u"_count"_s, u"20"_s}};
        QCOMPARE(ScriptedServer::formFields(byPhone.body), phone);
    }

    // The clerk typed on while the server was being asked: the late answer to what was typed
    // before never reaches the list; the answer to what is typed now does.
    void aLateAnswerToAnEarlierQueryIsNeverShown() {
        testing::RegistryFixture f;
        ScriptedServer server;
        server.enqueue({200, kNoMatch, {}});
        server.enqueue(
            {200, searchset({serverPatient(u"pa"_s, u"Tazi"_s, u"Karim"_s, u"1975-03-09"_s)}), {}});
        server.enqueue(
            {200, searchset({serverPatient(u"pb"_s, u"Tazi"_s, u"Karim"_s, u"1976-11-02"_s)}), {}});
        // Long enough that the second query is typed, searched here and sent before the
        // first answer comes.
        server.delayReplies(2000);
        fhir::FhirClient client(configFor(server));
        RemotePatientSearch remote(client);
        PatientSearchModel model(*f.registry);
        model.setRemoteSearch(&remote, [] { return true; });
        QStringList everListed;
        const auto listed = [&model, &everListed] {
            for (const PatientHit& h : model.hits())
                everListed << h.record.id;
        };
        connect(&model, &QAbstractItemModel::rowsInserted, &model, listed);
        connect(&model, &QAbstractItemModel::modelReset, &model, listed);
        const auto searches = [&server] {
            return std::count_if(server.requests().cbegin(), server.requests().cend(),
                                 [](const ScriptedServer::Request& r) {
                                     return r.target.endsWith("/Patient/_search");
                                 });
        };

        model.setQuery(u"tazi karim 1975"_s);
        QTRY_COMPARE_WITH_TIMEOUT(searches(), 1, 10'000); // the server was asked
        model.setQuery(u"tazi karim 1976"_s);             // before it answered
        QTRY_COMPARE_WITH_TIMEOUT(searches(), 2, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(model.remoteState(), PatientSearchModel::RemoteState::Done,
                                  10'000);
        QCOMPARE(testing::ids(model.hits()), QStringList{u"pb"_s});
        QVERIFY(model.serverResource(u"pb"_s));
        QVERIFY(!model.serverResource(u"pa"_s));
        QVERIFY2(!everListed.contains(u"pa"_s), qPrintable(everListed.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(RemotePatientSearchTest)
#include "tst_RemotePatientSearch.moc"
