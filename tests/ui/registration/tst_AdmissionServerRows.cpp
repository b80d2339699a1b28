// The desk's rows found on the central server only, against a scripted server: F2 keeps the
// patient in this store first and opens them for correction; a keep the store refuses is said
// and opens nothing; the rows the clerk saw are audited as seen. (Enter on such a row, against
// HAPI itself: tst_AdmissionCentralSearch.)
#include "AdmissionDesk.h"
#include "ScriptedServer.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/registry/RemotePatientSearch.h>
#include <sijil/storage/Outbox.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace sijil;
using namespace Qt::StringLiterals;

namespace {

// A server that offers no $match: the desk's search is a plain PDQm search.
const QByteArray kNoMatch =
    R"({"resourceType":"CapabilityStatement","fhirVersion":"4.0.1","rest":[{"mode":"server"}]})";

const QString kIpp = registry::Ipp::fromNumber(424242).value();

// A patient registered at another site. Without a version the server's Patient is incomplete:
// the store cannot keep it (it could never be updated against the server).
QJsonObject serverPatient(const QString& id, bool versioned) {
    QJsonObject p{
        {u"resourceType"_s, u"Patient"_s},
        {u"id"_s, id},
        {u"identifier"_s,
         QJsonArray{QJsonObject{{u"system"_s, registry::systems::kIpp}, {u"value"_s, kIpp}}}},
        {u"name"_s,
         QJsonArray{QJsonObject{{u"family"_s, u"Haddad"_s}, {u"given"_s, QJsonArray{u"Omar"_s}}}}},
        {u"gender"_s, u"male"_s},
        {u"birthDate"_s, u"1969-07-14"_s}};
    if (versioned)
        p.insert(u"meta"_s, QJsonObject{{u"versionId"_s, u"3"_s}});
    return p;
}

QByteArray searchset(const QJsonObject& patient) {
    const QJsonObject entry{{u"resource"_s, patient},
                            {u"search"_s, QJsonObject{{u"mode"_s, u"match"_s}}}};
    return QJsonDocument(QJsonObject{{u"resourceType"_s, u"Bundle"_s},
                                     {u"type"_s, u"searchset"_s},
                                     {u"entry"_s, QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class AdmissionServerRowsTest : public test::AdmissionDesk {
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<fhir::FhirClient> m_client;
    std::unique_ptr<registry::RemotePatientSearch> m_remote;

    // The desk, its central server answering the search with `patient` alone.
    void openDeskWith(const QJsonObject& patient) {
        m_server = std::make_unique<ScriptedServer>();
        m_server->enqueue({200, kNoMatch, {}});
        m_server->enqueue({200, searchset(patient), {}});
        fhir::FhirClient::Config config;
        config.baseUrl = QUrl(m_server->baseUrl());
        m_client = std::make_unique<fhir::FhirClient>(config);
        m_remote = std::make_unique<registry::RemotePatientSearch>(*m_client);
        m_remoteSearch = m_remote.get();
        openDesk();
    }

    // The clerk types the patient's name and birth date: the server's row alone is listed.
    void searchTheServer() {
        type(u"haddad omar 14/07/1969"_s);
        QTRY_COMPARE_WITH_TIMEOUT(results()->remoteState(), PatientSearchModel::RemoteState::Done,
                                  10'000);
        QCOMPARE(results()->rowCount(), 1);
        QVERIFY(results()->data(results()->index(0, 0), PatientSearchModel::ServerRole).toBool());
    }

private slots:
    void cleanup() {
        closeDesk();
        m_remoteSearch = nullptr;
        m_remote.reset();
        m_client.reset();
        m_server.reset();
    }

    void f2KeepsAServerRowAndOpensItForCorrection() {
        const QString id = u"srv-kept"_s;
        openDeskWith(serverPatient(id, true));
        QVERIFY(!m_reg->registry->get(id).value());
        searchTheServer();

        QTest::keyClick(searchBox(), Qt::Key_F2);
        QVERIFY(m_page->isFormShown());
        QVERIFY(form()->isEditing());
        QCOMPARE(text("familyLatin"), u"Haddad"_s);
        QCOMPARE(text("givenLatin"), u"Omar"_s);
        const auto kept = m_reg->registry->get(id).value();
        QVERIFY(kept);
        QCOMPARE(kept->ipp, kIpp);
        // Kept as the server has it: nothing to send back until the correction is saved.
        QVERIFY(storage::Outbox(*m_shell->database).next(10).value().isEmpty());
        // The row is this store's now: the list's copy is not kept over it again.
        QVERIFY(!results()->serverResource(id));
        QVERIFY(!results()->data(results()->index(0, 0), PatientSearchModel::ServerRole).toBool());
    }

    void aServerRowTheStoreRefusesOpensNothing() {
        const QString id = u"srv-incomplete"_s;
        openDeskWith(serverPatient(id, false));
        searchTheServer();

        QTest::keyClick(searchBox(), Qt::Key_F2);
        QVERIFY(!m_page->isFormShown());
        QVERIFY(m_page->message()->isVisible());
        QCOMPARE(m_page->message()->kind(), ui::FieldMessage::Kind::Error);
        QCOMPARE(m_page->message()->text(),
                 u"La fiche reçue du serveur central est incomplète : elle n'a pas été gardée."_s);
        QVERIFY(!m_reg->registry->get(id).value());
        QVERIFY(!m_shell->patient->current());
        // Still the server's, as listed: nothing of it was kept.
        QVERIFY(results()->serverResource(id));
        QCOMPARE(focused(), searchBox());
    }

    // The server's rows the clerk saw are audited as seen, as the store's are: here after the
    // store's own list was said, the server answering later.
    void serverRowsThatSettleAreAuditedAsSeen() {
        const QString id = u"srv-seen"_s;
        openDeskWith(serverPatient(id, true));
        m_server->delayReplies(PatientSearchModel::kSettleMs);
        const PatientRecord here =
            registered(u"Haddad"_s, u"Omar"_s, core::PartialDate::year(1969), core::Sex::Male);
        QSignalSpy settled(results(), &PatientSearchModel::resultsSettled);
        type(u"haddad omar 14/07/1969"_s);
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 10'000);
        QCOMPARE(settled.at(0).at(0).toStringList(), QStringList{here.id});
        QTRY_COMPARE_WITH_TIMEOUT(results()->remoteState(), PatientSearchModel::RemoteState::Done,
                                  10'000);
        QCOMPARE(results()->remoteAdded(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 2, 10'000);
        QCOMPARE(settled.at(1).at(0).toStringList(), (QStringList{here.id, id}));
        drainDeskAudit();
        QStringList searched;
        const auto all = m_reg->audit->entries(0, 1000);
        for (const storage::AuditEntry& e : all.value()) {
            if (e.action == u"R" && e.subtype == u"search")
                searched << e.patientId;
        }
        QCOMPARE(searched, (QStringList{here.id, here.id, id}));
    }
};

QTEST_MAIN(AdmissionServerRowsTest)
#include "tst_AdmissionServerRows.moc"
