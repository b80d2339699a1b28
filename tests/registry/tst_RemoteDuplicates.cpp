// The desk's check before a save asks the real central server (HAPI FHIR on PostgreSQL) for the
// patients the one being registered may be: a patient another site registered and sent is found
// by their document, and by their names and birth date, and scored as the registry scores its
// own.
#include "HapiPeer.h"
#include "RegistryFixture.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/RemotePatientSearch.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/Outbox.h>
#include <sijil/sync/SyncEngine.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>
#include <QtTest>

using namespace sijil;
using namespace sijil::registry;
using testing::RegistryFixture;

namespace {

// HAPI's database outlives one test run: every run uses its own names, document and IPPs.
const quint32 kRun = QRandomGenerator::global()->bounded(1u, 90000u);

PatientRecord registeredElsewhere() {
    PatientRecord r;
    QString given = QStringLiteral("Nawal"); // the run number as letters: names hold letters only
    for (QChar c : QString::number(kRun))
        given += QChar(u'a' + c.digitValue());
    r.name = core::PersonName(QStringLiteral("Chraibi"), given);
    r.sex = core::Sex::Female;
    r.birthDate = core::PartialDate::fromDate(QDate(1979, 11, 30));
    r.documentType = DocumentType::Cnie;
    r.documentNumber = QStringLiteral("JC%1").arg(kRun, 5, 10, QChar(u'0'));
    r.nationality = QStringLiteral("MA");
    r.accountingCategory = QStringLiteral("PAYANT");
    r.coverageRegime = QStringLiteral("NONE");
    return r;
}

} // namespace

class RemoteDuplicatesTest : public QObject {
    Q_OBJECT

    PatientRecord m_sent; // as the first site registered and sent it

    // The server's candidates for `entry`, asked again for up to 10 s until `id` is among them
    // (HAPI indexes after its commit).
    static QList<RemotePatient> candidatesUntil(RemotePatientSearch& remote,
                                                const PatientRecord& entry, const QString& id) {
        QList<RemotePatient> found;
        QDeadlineTimer deadline(10000);
        do {
            const auto asked = sijil::test::awaitResult(remote.duplicatesOf(entry));
            if (!asked) {
                qWarning() << asked.error().detail();
                return {};
            }
            found = *asked;
            if (std::any_of(found.cbegin(), found.cend(),
                            [&id](const RemotePatient& p) { return p.hit.record.id == id; }))
                return found;
        } while (!deadline.hasExpired() && (QTest::qWait(500), true));
        return found;
    }

    // What another desk's check makes of the server's candidates for `entry`: found there, then
    // scored by a register that does not hold them.
    QList<PatientHit> rankedFromServer(const PatientRecord& entry) const {
        RegistryFixture desk(1, 0);
        fhir::FhirClient client(sijil::test::hapiConfig());
        RemotePatientSearch remote(client);
        QList<PatientRecord> records;
        for (const RemotePatient& p : candidatesUntil(remote, entry, m_sent.id))
            records << p.hit.record;
        return desk.registry->rankDuplicates(entry, records);
    }

private slots:
    void initTestCase() {
        QVERIFY2(!sijil::test::hapiUrl().isEmpty(), "no HAPI fixture (SIJIL_HAPI_ENV)");
        fhir::FhirClient client(sijil::test::hapiConfig());
        const auto org = sijil::test::awaitResult(client.update(
            QStringLiteral("Organization"), QStringLiteral("fac-1"),
            R"({"resourceType":"Organization","id":"fac-1","name":"Centre de santé de test"})"));
        QVERIFY2(org.ok(), org.ok() ? "" : qPrintable(org.error().detail()));
        const qint64 first = qint64(kRun) * 10000 + 5000;
        RegistryFixture site(first, first + 99);
        const auto saved = site.registry->registerPatient(registeredElsewhere(), site.session);
        QVERIFY(saved.ok());
        storage::Outbox outbox(*site.db);
        sync::SyncEngine engine(*site.store, outbox, client);
        const auto pushed = sijil::test::awaitResult(engine.push());
        QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().detail()));
        m_sent = *saved;
    }

    // Her names and birth date typed at another desk: found, and a likely match there.
    void aNamesakeBornTheSameDayIsFoundAndScored() {
        PatientRecord entry = registeredElsewhere();
        entry.documentType = DocumentType::None;
        entry.documentNumber.clear();
        const QList<PatientHit> ranked = rankedFromServer(entry);
        QVERIFY(!ranked.isEmpty());
        QCOMPARE(ranked.first().record.id, m_sent.id);
        QCOMPARE(ranked.first().record.ipp, m_sent.ipp);
        QCOMPARE(ranked.first().match.cls, MatchClass::Match);
    }

    // Her CNIE typed on another name (a relative's papers, a slip): its holder is found by the
    // document and shown first, whatever the score of the names.
    void theHolderOfTheDocumentIsFoundWhateverTheNames() {
        PatientRecord entry = registeredElsewhere();
        entry.name = core::PersonName(QStringLiteral("Tazi"), QStringLiteral("Omar"));
        entry.sex = core::Sex::Male;
        entry.birthDate = core::PartialDate::fromDate(QDate(2004, 2, 3));
        const QList<PatientHit> ranked = rankedFromServer(entry);
        QVERIFY(!ranked.isEmpty());
        QCOMPARE(ranked.first().record.id, m_sent.id);
        QVERIFY(ranked.first().match.cls != MatchClass::NonMatch);
    }

    // The CNIE of a record merged on the server into her, which Sijil's merge leaves on the
    // merged record, typed on another name: she is found through it, read from the server with
    // the coverage it holds for her, and ranked first as the document's holder.
    void theSurvivorOfAMergedHolderIsFoundThroughIt() {
        fhir::FhirClient client(sijil::test::hapiConfig());
        const QString mergedId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString cnie = QStringLiteral("JM%1").arg(kRun, 5, 10, QChar(u'0'));
        const QJsonObject merged{
            {QStringLiteral("resourceType"), QStringLiteral("Patient")},
            {QStringLiteral("id"), mergedId},
            {QStringLiteral("active"), false},
            {QStringLiteral("identifier"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), systems::kCnie},
                                    {QStringLiteral("value"), cnie}}}},
            {QStringLiteral("name"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("family"), QStringLiteral("Chraybi")},
                             {QStringLiteral("given"),
                              QJsonArray{m_sent.name.given(core::PersonName::Script::Latin)}}}}},
            {QStringLiteral("link"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("replaced-by")},
                                    {QStringLiteral("other"),
                                     QJsonObject{{QStringLiteral("reference"),
                                                  QStringLiteral("Patient/") + m_sent.id}}}}}}};
        const auto put = sijil::test::awaitResult(
            client.update(QStringLiteral("Patient"), mergedId,
                          QJsonDocument(merged).toJson(QJsonDocument::Compact)));
        QVERIFY2(put.ok(), put.ok() ? "" : qPrintable(put.error().detail()));
        PatientRecord insured = m_sent;
        insured.coverageRegime = QStringLiteral("AMO-CNSS");
        insured.affiliationNumber = QStringLiteral("123456789");
        const auto coverage = sijil::test::awaitResult(client.update(
            QStringLiteral("Coverage"), PatientMapping::coverageId(m_sent.id),
            QJsonDocument(PatientMapping::toCoverage(insured)).toJson(QJsonDocument::Compact)));
        QVERIFY2(coverage.ok(), coverage.ok() ? "" : qPrintable(coverage.error().detail()));

        PatientRecord entry = registeredElsewhere();
        entry.name = core::PersonName(QStringLiteral("Tazi"), QStringLiteral("Omar"));
        entry.sex = core::Sex::Male;
        entry.birthDate = core::PartialDate::fromDate(QDate(2004, 2, 3));
        entry.documentNumber = cnie;
        RemotePatientSearch remote(client);
        QList<PatientHit> hits;
        for (const RemotePatient& p : candidatesUntil(remote, entry, m_sent.id)) {
            QVERIFY(p.hit.record.id != mergedId);
            hits << p.hit;
        }
        RegistryFixture desk(1, 0);
        const QList<PatientHit> ranked = desk.registry->rankDuplicates(entry, hits);
        QVERIFY(!ranked.isEmpty());
        const PatientHit& she = ranked.first();
        QCOMPARE(she.record.id, m_sent.id);
        QCOMPARE(she.foundThrough.size(), 1);
        QCOMPARE(she.foundThrough.first().id, mergedId);
        QVERIFY(holdSameDocument(entry, she));
        QCOMPARE(she.record.coverageRegime, QStringLiteral("AMO-CNSS"));
        QCOMPARE(she.record.affiliationNumber, QStringLiteral("123456789"));
    }
};

QTEST_MAIN(RemoteDuplicatesTest)
#include "tst_RemoteDuplicates.moc"
