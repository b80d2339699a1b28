// The desk searches the central registry (HAPI FHIR from tests/peers) after its own store: a
// patient only the server has is listed as the server's, and Enter keeps it here and opens it.
#include "AdmissionDesk.h"
#include "HapiPeer.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/registry/RemotePatientSearch.h>
#include <sijil/storage/Outbox.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

using namespace sijil;

namespace {

// HAPI's database outlives one run: each run has its own patient (names hold letters only).
const quint32 kRun = QRandomGenerator::global()->bounded(1u, 90000u);

QString runLetters() {
    QString out;
    for (QChar c : QString::number(kRun))
        out += QChar(u'a' + c.digitValue());
    return out;
}

} // namespace

class AdmissionCentralSearchTest : public test::AdmissionDesk {
    Q_OBJECT

    std::unique_ptr<fhir::FhirClient> m_client;
    std::unique_ptr<registry::RemotePatientSearch> m_remote;
    QString m_id;
    QString m_merged;
    QString m_mergedIpp; // of another record merged into her, which kept it
    QString m_ipp;
    QString m_given;

private slots:
    // A patient registered at another site: on the server, not in this desk's store.
    void initTestCase() {
        QVERIFY2(!test::hapiUrl().isEmpty(), "no HAPI fixture (SIJIL_HAPI_ENV)");
        fhir::FhirClient::Config config;
        config.baseUrl = QUrl(test::hapiUrl());
        m_client = std::make_unique<fhir::FhirClient>(config);
        m_remote = std::make_unique<registry::RemotePatientSearch>(*m_client);
        m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_ipp = registry::Ipp::fromNumber(qint64(kRun) * 1000 + 7).value();
        m_given = QStringLiteral("Salma") + runLetters();
        const QJsonObject patient{
            {QStringLiteral("resourceType"), QStringLiteral("Patient")},
            {QStringLiteral("id"), m_id},
            {QStringLiteral("identifier"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), registry::systems::kIpp},
                                    {QStringLiteral("value"), m_ipp}}}},
            {QStringLiteral("name"),
             QJsonArray{QJsonObject{{QStringLiteral("family"), QStringLiteral("Berrada")},
                                    {QStringLiteral("given"), QJsonArray{m_given}}}}},
            {QStringLiteral("gender"), QStringLiteral("female")},
            {QStringLiteral("birthDate"), QStringLiteral("1988-06-21")}};
        const auto put = test::awaitResult(
            m_client->update(QStringLiteral("Patient"), m_id,
                             QJsonDocument(patient).toJson(QJsonDocument::Compact)));
        QVERIFY2(put.ok(), put.ok() ? "" : qPrintable(put.error().detail()));
        // A record of the same patient merged into it on the server (as Sijil's merge sends
        // one): it stands for nobody, and must not be listed or kept.
        m_merged = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject merged = patient;
        merged.insert(QStringLiteral("id"), m_merged);
        merged.insert(QStringLiteral("active"), false);
        merged.remove(QStringLiteral("identifier"));
        merged.insert(
            QStringLiteral("link"),
            QJsonArray{QJsonObject{
                {QStringLiteral("type"), QStringLiteral("replaced-by")},
                {QStringLiteral("other"),
                 QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + m_id}}}}});
        const auto putMerged = test::awaitResult(
            m_client->update(QStringLiteral("Patient"), m_merged,
                             QJsonDocument(merged).toJson(QJsonDocument::Compact)));
        QVERIFY2(putMerged.ok(), putMerged.ok() ? "" : qPrintable(putMerged.error().detail()));
        // Another, merged into her as Sijil's merge leaves one: its own IPP kept on it, not
        // copied to her.
        m_mergedIpp = registry::Ipp::fromNumber(qint64(kRun) * 1000 + 8).value();
        QJsonObject keptIpp = merged;
        keptIpp.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        keptIpp.insert(QStringLiteral("identifier"),
                       QJsonArray{QJsonObject{{QStringLiteral("system"), registry::systems::kIpp},
                                              {QStringLiteral("value"), m_mergedIpp}}});
        const auto putKept = test::awaitResult(m_client->update(
            QStringLiteral("Patient"), keptIpp.value(QStringLiteral("id")).toString(),
            QJsonDocument(keptIpp).toJson(QJsonDocument::Compact)));
        QVERIFY2(putKept.ok(), putKept.ok() ? "" : qPrintable(putKept.error().detail()));
        m_remoteSearch = m_remote.get();
    }
    void init() { openDesk(); }
    void cleanup() { closeDesk(); }

    void enterKeepsAndOpensAPatientOnlyTheServerHas() {
        QVERIFY(!m_reg->registry->get(m_id).value());
        auto* remoteStatus =
            m_page->searchPanel()->findChild<QLabel*>(QStringLiteral("remoteSearchStatus"));
        QVERIFY(remoteStatus);
        // The server indexes after its commit: asked again for up to 10 s, as a clerk would.
        const auto listed = [this] {
            for (int row = 0; row < results()->rowCount(); ++row)
                if (results()->hit(row).record.id == m_id)
                    return true;
            return false;
        };
        QDeadlineTimer deadline(10000);
        do {
            searchBox()->clear();
            type(QStringLiteral("berrada %1 21/06/1988").arg(m_given.toLower()));
            QTRY_VERIFY_WITH_TIMEOUT(
                results()->remoteState() >= registry::PatientSearchModel::RemoteState::Done, 20000);
        } while (!listed() && !deadline.hasExpired() && (QTest::qWait(500), true));
        QVERIFY(listed());
        for (int row = 0; row < results()->rowCount(); ++row)
            QVERIFY(results()->hit(row).record.id != m_merged);
        QCOMPARE(results()->remoteState(), registry::PatientSearchModel::RemoteState::Done);
        QVERIFY2(remoteStatus->isVisible() &&
                     remoteStatus->text().contains(QStringLiteral("sur le serveur central")),
                 qPrintable(remoteStatus->text()));
        QCOMPARE(
            results()->data(results()->index(0, registry::PatientSearchModel::Status)).toString(),
            QStringLiteral("Serveur central"));

        QTest::keyClick(searchBox(), Qt::Key_Return);
        QVERIFY(m_shell->patient->current());
        QCOMPARE(m_shell->patient->current()->localId, m_id);
        const auto kept = m_reg->registry->get(m_id).value();
        QVERIFY(kept);
        QCOMPARE(kept->ipp, m_ipp);
        // Kept as the server has it: nothing to send back.
        QVERIFY(storage::Outbox(*m_shell->database).next(10).value().isEmpty());
        // The row is this store's now: opened again, the list's copy (older maybe) is not
        // kept over the store's.
        QVERIFY(!results()
                     ->data(results()->index(0, 0), registry::PatientSearchModel::ServerRole)
                     .toBool());
        QVERIFY(!results()->serverResource(m_id));
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QCOMPARE(m_shell->patient->current()->localId, m_id);
    }

    // Searched by the IPP of a record merged into her on the server (a letter of before the
    // merge): she is listed, read from the server, said found through that IPP; the merged
    // record is not listed.
    void aMergedRecordsIppListsItsSurvivor() {
        const auto row = [this]() -> int {
            for (int r = 0; r < results()->rowCount(); ++r)
                if (results()->hit(r).record.id == m_id)
                    return r;
            return -1;
        };
        QDeadlineTimer deadline(10000);
        do {
            searchBox()->clear();
            type(m_mergedIpp);
            QTRY_VERIFY_WITH_TIMEOUT(
                results()->remoteState() >= registry::PatientSearchModel::RemoteState::Done, 20000);
        } while (row() < 0 && !deadline.hasExpired() && (QTest::qWait(500), true));
        QCOMPARE(results()->remoteState(), registry::PatientSearchModel::RemoteState::Done);
        QCOMPARE(results()->rowCount(), 1);
        QCOMPARE(row(), 0);
        QCOMPARE(results()->hit(0).record.ipp, m_ipp);
        QCOMPARE(
            results()->data(results()->index(0, registry::PatientSearchModel::Status)).toString(),
            QStringLiteral("Serveur central — remplace IPP ") + m_mergedIpp);
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QVERIFY(m_shell->patient->current());
        QCOMPARE(m_shell->patient->current()->localId, m_id);
        // The clerk who asked for the old IPP is told why another one is open.
        QCOMPARE(m_page->message()->text(),
                 QStringLiteral("Le dossier IPP %1 a été fusionné avec le dossier IPP %2 sur le "
                                "serveur central : c'est ce dossier qui est ouvert.")
                     .arg(m_mergedIpp, m_ipp));
    }
};

QTEST_MAIN(AdmissionCentralSearchTest)
#include "tst_AdmissionCentralSearch.moc"
