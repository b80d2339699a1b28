// The desk's search of the central registry against a scripted server, for what a real server
// cannot show on demand: what goes on the wire (tst_RegistryIntegration and
// tst_AdmissionCentralSearch search HAPI itself).
#include "AwaitFuture.h"
#include "RegistryFixture.h"
#include "SamplePatients.h"
#include "ScriptedServer.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/registry/Ipp.h>
#include <sijil/registry/PatientSearchModel.h>
#include <sijil/registry/RemotePatientSearch.h>
#include <sijil/registry/Systems.h>

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

// `patient` with an IPP of its own.
QJsonObject withIpp(QJsonObject patient, const QString& ipp) {
    patient.insert(u"identifier"_s,
                   QJsonArray{QJsonObject{{u"system"_s, systems::kIpp}, {u"value"_s, ipp}}});
    return patient;
}

// `patient` merged on the server into `survivor`, as Sijil's merge sends it: inactive, replaced
// by the survivor, its own identifiers kept.
QJsonObject mergedInto(QJsonObject patient, const QString& survivor) {
    patient.insert(u"active"_s, false);
    patient.insert(u"link"_s,
                   QJsonArray{QJsonObject{
                       {u"type"_s, u"replaced-by"_s},
                       {u"other"_s, QJsonObject{{u"reference"_s, u"Patient/"_s + survivor}}}}});
    return patient;
}

QByteArray json(const QJsonObject& resource) {
    return QJsonDocument(resource).toJson(QJsonDocument::Compact);
}

// The patients the server was asked to read (GET Patient/<id>), in order.
QStringList readsOf(const ScriptedServer& server) {
    QStringList out;
    for (const ScriptedServer::Request& r : server.requests()) {
        const QString target = QString::fromLatin1(r.target);
        if (r.method == "GET" && target.contains(u"/Patient/"_s))
            out << target.section(u'/', -1);
    }
    return out;
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

    // A record merged on the server keeps its IPP (Sijil's merge leaves it there): searched by
    // that IPP, its survivor is listed, read along the replaced-by links (merged twice here), said
    // found through it; the merged records are not listed.
    void aMergedRecordFoundByItsIppListsItsSurvivor() {
        testing::RegistryFixture f;
        ScriptedServer server;
        const QString ipp = Ipp::fromNumber(434343).value();
        const QJsonObject survivor =
            withIpp(serverPatient(u"s2"_s, u"Tazi"_s, u"Karim"_s, u"1975-03-09"_s),
                    Ipp::fromNumber(424242).value());
        server.enqueue({200, kNoMatch, {}});
        server.enqueue(
            {200,
             searchset({mergedInto(
                 withIpp(serverPatient(u"d"_s, u"Tazi"_s, u"Karim"_s, u"1975-03-09"_s), ipp),
                 u"s1"_s)}),
             {}});
        server.enqueue(
            {200,
             json(mergedInto(serverPatient(u"s1"_s, u"Tazi"_s, u"Karim"_s, u"1975-03-09"_s),
                             u"s2"_s)),
             {}});
        server.enqueue({200, json(survivor), {}});
        fhir::FhirClient client(configFor(server));
        RemotePatientSearch remote(client);
        PatientSearchModel model(*f.registry);
        model.setRemoteSearch(&remote, [] { return true; });

        model.setQuery(ipp);
        QTRY_COMPARE_WITH_TIMEOUT(model.remoteState(), PatientSearchModel::RemoteState::Done,
                                  10'000);
        QCOMPARE(testing::ids(model.hits()), QStringList{u"s2"_s});
        QCOMPARE(readsOf(server), (QStringList{u"s1"_s, u"s2"_s}));
        QCOMPARE(model.serverResource(u"s2"_s)->value(u"id"_s).toString(), u"s2"_s);
        QCOMPARE(model.hit(0).foundThrough.size(), 1);
        QCOMPARE(model.hit(0).foundThrough.first().id, u"d"_s);
        QCOMPARE(model.data(model.index(0, PatientSearchModel::Status)).toString(),
                 u"Serveur central — remplace IPP "_s + ipp);
        QVERIFY(model.data(model.index(0, PatientSearchModel::Status), Qt::ToolTipRole)
                    .toString()
                    .contains(ipp));
    }

    // The survivor is held here, the merged record is not (merged at another site): found only
    // through that record on the server, it is listed as this store's, said found through it.
    void aSurvivorHeldHereFoundThroughTheServerIsListedFromHere() {
        testing::RegistryFixture f;
        const PatientRecord here =
            f.registry->registerPatient(testing::person(u"Tazi"_s, u"Karim"_s, 1975), f.session)
                .value();
        ScriptedServer server;
        const QString ipp = Ipp::fromNumber(434343).value();
        server.enqueue({200, kNoMatch, {}});
        server.enqueue(
            {200,
             searchset({mergedInto(
                 withIpp(serverPatient(u"d"_s, u"Tazi"_s, u"Karim"_s, u"1975-01-15"_s), ipp),
                 here.id)}),
             {}});
        server.enqueue({200,
                        json(withIpp(serverPatient(here.id, u"Tazi"_s, u"Karim"_s, u"1975-01-15"_s),
                                     here.ipp)),
                        {}});
        fhir::FhirClient client(configFor(server));
        RemotePatientSearch remote(client);
        PatientSearchModel model(*f.registry);
        model.setRemoteSearch(&remote, [] { return true; });

        model.setQuery(ipp);
        QTRY_COMPARE_WITH_TIMEOUT(model.remoteState(), PatientSearchModel::RemoteState::Done,
                                  10'000);
        QCOMPARE(testing::ids(model.hits()), QStringList{here.id});
        QVERIFY(!model.serverResource(here.id)); // this store's: nothing to keep
        QCOMPARE(model.hit(0).record, here);
        QCOMPARE(model.data(model.index(0, PatientSearchModel::Status)).toString(),
                 u"Remplace IPP "_s + ipp);
    }

    // Survivors that cannot be read (gone, links that loop, a chain past kSurvivorHops) leave
    // their merged records as they came, unlisted; the rest of the answer is listed.
    void survivorsThatCannotBeReadDoNotFailTheSearch() {
        testing::RegistryFixture f;
        ScriptedServer server;
        const auto karim = [](const QString& id) {
            return serverPatient(id, u"Tazi"_s, u"Karim"_s, u"1975-03-09"_s);
        };
        server.enqueue({200, kNoMatch, {}});
        server.enqueue({200,
                        searchset({mergedInto(karim(u"gone"_s), u"nobody"_s),
                                   mergedInto(karim(u"loop"_s), u"l1"_s),
                                   mergedInto(karim(u"long"_s), u"h1"_s), karim(u"p"_s)}),
                        {}});
        server.enqueue({404, {}, {}});                                          // nobody
        server.enqueue({200, json(mergedInto(karim(u"l1"_s), u"loop"_s)), {}}); // back to loop
        for (int hop = 1; hop <= RemotePatientSearch::kSurvivorHops; ++hop)
            server.enqueue(
                {200, json(mergedInto(karim(u"h%1"_s.arg(hop)), u"h%1"_s.arg(hop + 1))), {}});
        fhir::FhirClient client(configFor(server));
        RemotePatientSearch remote(client);

        const auto found = sijil::test::await(remote.search(u"tazi karim 1975"_s, 20));
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().detail()));
        QStringList ids;
        for (const RemotePatient& p : *found)
            ids << p.hit.record.id + (p.hit.merged ? u" merged"_s : QString());
        QCOMPARE(ids, (QStringList{u"gone merged"_s, u"loop merged"_s, u"long merged"_s, u"p"_s}));
        QCOMPARE(readsOf(server),
                 (QStringList{u"nobody"_s, u"l1"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s}));

        PatientSearchModel model(*f.registry);
        model.setRemoteSearch(&remote, [] { return true; });
        server.enqueue(
            {200, searchset({mergedInto(karim(u"gone"_s), u"nobody"_s), karim(u"p"_s)}), {}});
        server.enqueue({404, {}, {}});
        model.setQuery(u"tazi karim 1975"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.remoteState(), PatientSearchModel::RemoteState::Done,
                                  10'000);
        QCOMPARE(testing::ids(model.hits()), QStringList{u"p"_s});
    }

    // A survivor listed for itself is listed once, and not read; two records merged into one
    // survivor make one row found through both, read once.
    void aSurvivorIsListedOnce() {
        ScriptedServer server;
        const auto karim = [](const QString& id) {
            return serverPatient(id, u"Tazi"_s, u"Karim"_s, u"1975-03-09"_s);
        };
        server.enqueue({200, kNoMatch, {}});
        server.enqueue({200, searchset({mergedInto(karim(u"d1"_s), u"s"_s), karim(u"s"_s)}), {}});
        server.enqueue(
            {200,
             searchset({mergedInto(karim(u"d1"_s), u"t"_s), mergedInto(karim(u"d2"_s), u"t"_s)}),
             {}});
        server.enqueue({200, json(karim(u"t"_s)), {}});
        fhir::FhirClient client(configFor(server));
        RemotePatientSearch remote(client);

        const auto itself = sijil::test::await(remote.search(u"tazi karim 1975"_s, 20));
        QVERIFY(itself.ok());
        QCOMPARE(itself->size(), 1);
        QCOMPARE(itself->first().hit.record.id, u"s"_s);
        QVERIFY(itself->first().hit.foundThrough.isEmpty()); // it matched: nothing to explain
        QVERIFY(readsOf(server).isEmpty());

        const auto both = sijil::test::await(remote.search(u"tazi karim 1975"_s, 20));
        QVERIFY(both.ok());
        QCOMPARE(both->size(), 1);
        QCOMPARE(both->first().hit.record.id, u"t"_s);
        QStringList through;
        for (const PatientRecord& r : both->first().hit.foundThrough)
            through << r.id;
        QCOMPARE(through, (QStringList{u"d1"_s, u"d2"_s}));
        QCOMPARE(readsOf(server), QStringList{u"t"_s});
    }

    // The save's check: the holder of the document, merged on the server, comes as its
    // survivor, with the survivor's coverage read in one search by beneficiary.
    void aSavesCandidatesComeAsSurvivorsWithTheirCoverage() {
        ScriptedServer server;
        QJsonObject holder = serverPatient(u"d"_s, u"Tazi"_s, u"Karim"_s, u"1975-03-09"_s);
        holder.insert(u"identifier"_s, QJsonArray{QJsonObject{{u"system"_s, systems::kCnie},
                                                              {u"value"_s, u"BK123456"_s}}});
        const QJsonObject coverage{
            {u"resourceType"_s, u"Coverage"_s},
            {u"id"_s, u"cov-s"_s},
            {u"status"_s, u"active"_s},
            {u"type"_s, QJsonObject{{u"coding"_s,
                                     QJsonArray{QJsonObject{{u"system"_s, systems::kCoverageRegime},
                                                            {u"code"_s, u"AMO-CNSS"_s}}}}}},
            {u"subscriberId"_s, u"123456789"_s},
            {u"beneficiary"_s, QJsonObject{{u"reference"_s, u"Patient/s"_s}}}};
        server.enqueue({200, kNoMatch, {}});
        server.enqueue({200, searchset({mergedInto(holder, u"s"_s)}), {}});
        server.enqueue(
            {200, json(serverPatient(u"s"_s, u"Tazi"_s, u"Karim"_s, u"1975-03-09"_s)), {}});
        server.enqueue({200, searchset({coverage}), {}});
        fhir::FhirClient client(configFor(server));
        RemotePatientSearch remote(client);
        PatientRecord entry;
        entry.documentType = DocumentType::Cnie;
        entry.documentNumber = u"BK123456"_s;

        const auto found = sijil::test::await(remote.duplicatesOf(entry));
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().detail()));
        QCOMPARE(found->size(), 1);
        const PatientHit& s = found->first().hit;
        QCOMPARE(s.record.id, u"s"_s);
        QVERIFY(holdSameDocument(entry, s));
        QVERIFY(!holdSameDocument(entry, s.record));
        QCOMPARE(s.record.coverageRegime, u"AMO-CNSS"_s);
        QCOMPARE(s.record.affiliationNumber, u"123456789"_s);
        const ScriptedServer::Request& asked = server.requests().last();
        QVERIFY2(asked.target.endsWith("/Coverage/_search"), asked.target.constData());
        const QList<std::pair<QString, QString>> expected{{u"beneficiary"_s, u"Patient/s"_s},
                                                          {u"_count"_s, u"200"_s}};
        QCOMPARE(ScriptedServer::formFields(asked.body), expected);

        // Their coverage not read: unknown, not said to be none.
        server.enqueue({200, searchset({mergedInto(holder, u"s"_s)}), {}});
        server.enqueue(
            {200, json(serverPatient(u"s"_s, u"Tazi"_s, u"Karim"_s, u"1975-03-09"_s)), {}});
        server.enqueue({400, {}, {}});
        const auto unread = sijil::test::await(remote.duplicatesOf(entry));
        QVERIFY(unread.ok());
        QCOMPARE(unread->size(), 1);
        QVERIFY(unread->first().hit.record.coverageRegime.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RemotePatientSearchTest)
#include "tst_RemotePatientSearch.moc"
