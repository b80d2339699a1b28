// Sync against the real central server (HAPI FHIR JPA on PostgreSQL): a registration made offline
// reaches the server once, even when the workstation died mid-push; two workstations editing the
// same patient offline end with a conflict showing both versions, nothing overwritten; pulls are
// incremental; deletions on the server reach the workstation through its history, read in windows
// of the server's time.
#include "HapiPeer.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncEngine.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <algorithm>

using namespace sijil;
using namespace std::chrono_literals;
using Op = storage::LocalChange::Operation;

namespace {

const QString kSystem =
    QStringLiteral("urn:sijil:test:") + QUuid::createUuid().toString(QUuid::WithoutBraces);

QString newId() {
    return QStringLiteral("sijil-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray patient(const QString& id, const QString& value, const QString& family,
                   const QString& phone = {}) {
    QJsonObject p{
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("id"), id},
        {QStringLiteral("identifier"), QJsonArray{QJsonObject{{QStringLiteral("system"), kSystem},
                                                              {QStringLiteral("value"), value}}}},
        {QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("family"), family}}}}};
    if (!phone.isEmpty())
        p.insert(QStringLiteral("telecom"),
                 QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                        {QStringLiteral("value"), phone}}});
    return QJsonDocument(p).toJson(QJsonDocument::Compact);
}

// One workstation: its own store and outbox, sharing the test's client.
struct Workstation {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::ResourceStore> store;
    std::unique_ptr<storage::Outbox> outbox;
    std::unique_ptr<sync::SyncEngine> engine;

    explicit Workstation(fhir::FhirClient& client) {
        db = std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value();
        store = std::make_unique<storage::ResourceStore>(*db);
        outbox = std::make_unique<storage::Outbox>(*db);
        engine = std::make_unique<sync::SyncEngine>(*store, *outbox, client);
    }
};

} // namespace

class SyncIntegrationTest : public QObject {
    Q_OBJECT

    std::unique_ptr<fhir::FhirClient> m_client;

    int serverCount(const QString& value) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("identifier"), kSystem + u'|' + value);
        return int(
            sijil::test::awaitResult(m_client->search(QStringLiteral("Patient"), q))->size());
    }

    // A patient already on the server under a fresh family name, pulled by `desk`.
    void seedAndPull(Workstation& desk, const QString& id, const QString& value,
                     const QString& family) {
        QVERIFY(sijil::test::awaitResult(
                    m_client->update(QStringLiteral("Patient"), id, patient(id, value, family)))
                    .ok());
        QUrlQuery scope;
        scope.addQueryItem(QStringLiteral("family"), family);
        QCOMPARE(
            sijil::test::awaitResult(desk.engine->pull(QStringLiteral("Patient"), scope))->pulled,
            1);
    }

    static QString uniqueFamily(const QString& prefix) {
        return prefix + QString::number(QDateTime::currentMSecsSinceEpoch());
    }

private slots:
    void initTestCase() {
        const QString url = sijil::test::hapiUrl();
        QVERIFY2(!url.isEmpty(), "SIJIL_HAPI_ENV names no HAPI_URL: is the hapi fixture up?");
        fhir::FhirClient::Config c;
        c.baseUrl = QUrl(url);
        c.timeout = 60s;
        m_client = std::make_unique<fhir::FhirClient>(c);
    }

    void anOfflineRegistrationReachesTheServerOnceEvenAfterACrash() {
        Workstation desk(*m_client);
        const QString id = newId();
        QVERIFY(desk.store
                    ->writeLocal({{Op::Create, QStringLiteral("Patient"), id, id,
                                   patient(id, QStringLiteral("crash-1"), QStringLiteral("Tazi")),
                                   QStringLiteral("clerk-1")}})
                    .ok());
        // The workstation sent it, the server stored it, and the process died before the ack.
        const auto entry = desk.outbox->next(1).value().first();
        QVERIFY(desk.outbox->markAttempt(entry.seq).ok());
        QVERIFY(
            sijil::test::awaitResult(m_client->update(QStringLiteral("Patient"), id, entry.json))
                .ok());

        const auto report = sijil::test::awaitResult(desk.engine->push());
        QVERIFY(report.ok());
        QCOMPARE(report->pushed, 1);
        QCOMPARE(desk.outbox->pendingCount().value(), 0);
        const auto stored = desk.store->get(QStringLiteral("Patient"), id).value();
        QCOMPARE(stored->state, storage::LocalState::Synced);
        QVERIFY(!stored->versionId.isEmpty());
        QCOMPARE(serverCount(QStringLiteral("crash-1")), 1);
        // Pushing again sends nothing.
        QCOMPARE(sijil::test::awaitResult(desk.engine->push())->pushed, 0);
    }

    void changesArriveInOrderWithTheirVersions() {
        Workstation desk(*m_client);
        const QString id = newId();
        QVERIFY(desk.store
                    ->writeLocal({{Op::Create, QStringLiteral("Patient"), id, id,
                                   patient(id, QStringLiteral("order-1"), QStringLiteral("Amrani")),
                                   QStringLiteral("clerk-1")},
                                  {Op::Update, QStringLiteral("Patient"), id, id,
                                   patient(id, QStringLiteral("order-1"), QStringLiteral("Amrani"),
                                           QStringLiteral("+212612345678")),
                                   QStringLiteral("clerk-1")}})
                    .ok());
        const auto report = sijil::test::awaitResult(desk.engine->push());
        QVERIFY(report.ok());
        QCOMPARE(report->pushed, 2);
        const auto onServer =
            sijil::test::awaitResult(m_client->read(QStringLiteral("Patient"), id));
        QCOMPARE(onServer->json().value(QStringLiteral("telecom")).toArray().size(), 1);
        QCOMPARE(desk.store->get(QStringLiteral("Patient"), id).value()->versionId,
                 onServer->versionId());
    }

    void twoWorkstationsEditingOfflineEndInAConflictWithBothVersions() {
        // The patient exists on the server; both desks have it.
        const QString id = newId();
        QVERIFY(sijil::test::awaitResult(m_client->update(QStringLiteral("Patient"), id,
                                                          patient(id, QStringLiteral("both-1"),
                                                                  QStringLiteral("Berrada"))))
                    .ok());
        Workstation a(*m_client);
        Workstation b(*m_client);
        QUrlQuery scope;
        scope.addQueryItem(QStringLiteral("identifier"), kSystem + QStringLiteral("|both-1"));
        QCOMPARE(sijil::test::awaitResult(a.engine->pull(QStringLiteral("Patient"), scope))->pulled,
                 1);
        QCOMPARE(sijil::test::awaitResult(b.engine->pull(QStringLiteral("Patient"), scope))->pulled,
                 1);

        // Offline, each corrects the phone differently.
        QVERIFY(a.store
                    ->writeLocal({{Op::Update, QStringLiteral("Patient"), id, id,
                                   patient(id, QStringLiteral("both-1"), QStringLiteral("Berrada"),
                                           QStringLiteral("+212611111111")),
                                   QStringLiteral("clerk-a")}})
                    .ok());
        QVERIFY(b.store
                    ->writeLocal({{Op::Update, QStringLiteral("Patient"), id, id,
                                   patient(id, QStringLiteral("both-1"), QStringLiteral("Berrada"),
                                           QStringLiteral("+212622222222")),
                                   QStringLiteral("clerk-b")}})
                    .ok());
        QCOMPARE(sijil::test::awaitResult(a.engine->push())->pushed, 1);
        const auto bReport = sijil::test::awaitResult(b.engine->push());
        QVERIFY(bReport.ok());
        QCOMPARE(bReport->pushed, 0);
        QCOMPARE(bReport->conflicts, 1);

        // Nothing silently overwritten: the server has A's phone, B keeps both for a person.
        const auto onServer =
            sijil::test::awaitResult(m_client->read(QStringLiteral("Patient"), id))->json();
        QCOMPARE(onServer.value(QStringLiteral("telecom"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("+212611111111"));
        const auto conflicts = b.store->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(conflicts[0].localJson.contains("+212622222222"));
        QVERIFY(conflicts[0].serverJson.contains("+212611111111"));
        QCOMPARE(b.store->get(QStringLiteral("Patient"), id).value()->state,
                 storage::LocalState::Conflict);

        // The person keeps B's phone: it goes to the server as a change of A's version.
        QVERIFY(
            b.store
                ->resolveConflict(conflicts[0], conflicts[0].localJson, QStringLiteral("admin-1"))
                .ok());
        QCOMPARE(sijil::test::awaitResult(b.engine->push())->pushed, 1);
        const auto resolved =
            sijil::test::awaitResult(m_client->read(QStringLiteral("Patient"), id))->json();
        QCOMPARE(resolved.value(QStringLiteral("telecom"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("+212622222222"));
    }

    void manyChangesGoAsTransactionsOfAHundred() {
        Workstation desk(*m_client);
        const QString family = uniqueFamily(QStringLiteral("Batch"));
        QList<storage::LocalChange> changes;
        for (int i = 0; i < 250; ++i) {
            const QString id = newId();
            changes.append({Op::Create, QStringLiteral("Patient"), id, id,
                            patient(id, QStringLiteral("batch-%1").arg(i), family),
                            QStringLiteral("clerk-1")});
        }
        QVERIFY(desk.store->writeLocal(changes).ok());
        const int before = m_client->requestCount();
        const auto report = sijil::test::awaitResult(desk.engine->push());
        QVERIFY(report.ok());
        QCOMPARE(report->pushed, 250);
        // The CapabilityStatement once, then ceil(250 / 100) transactions.
        QCOMPARE(m_client->requestCount() - before, 1 + 3);
        QCOMPARE(desk.outbox->pendingCount().value(), 0);
        const auto first = desk.store->get(QStringLiteral("Patient"), changes[0].id).value();
        QCOMPARE(first->state, storage::LocalState::Synced);
        QCOMPARE(first->versionId, QStringLiteral("1"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("family"), family);
        q.addQueryItem(QStringLiteral("_count"), QStringLiteral("100"));
        QCOMPARE(sijil::test::awaitResult(m_client->search(QStringLiteral("Patient"), q))->size(),
                 250);
    }

    void aStaleChangeInATransactionIsFoundAndTheOthersAreSent() {
        const QString family = uniqueFamily(QStringLiteral("Stale"));
        const QString shared = newId();
        Workstation desk(*m_client);
        seedAndPull(desk, shared, QStringLiteral("stale-0"), family);
        // Someone else changes it on the server meanwhile.
        QVERIFY(sijil::test::awaitResult(
                    m_client->update(QStringLiteral("Patient"), shared,
                                     patient(shared, QStringLiteral("stale-0"), family,
                                             QStringLiteral("+212633333333"))))
                    .ok());
        QList<storage::LocalChange> changes;
        for (int i = 1; i <= 4; ++i) {
            const QString id = newId();
            changes.append({Op::Create, QStringLiteral("Patient"), id, id,
                            patient(id, QStringLiteral("stale-%1").arg(i), family),
                            QStringLiteral("clerk-1")});
        }
        changes.insert(
            2, {Op::Update, QStringLiteral("Patient"), shared, shared,
                patient(shared, QStringLiteral("stale-0"), family, QStringLiteral("+212644444444")),
                QStringLiteral("clerk-1")});
        QVERIFY(desk.store->writeLocal(changes).ok());
        const auto report = sijil::test::awaitResult(desk.engine->push());
        QVERIFY(report.ok());
        QCOMPARE(report->pushed, 4);
        QCOMPARE(report->conflicts, 1);
        const auto conflicts = desk.store->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].id, shared);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("family"), family);
        QCOMPARE(sijil::test::awaitResult(m_client->search(QStringLiteral("Patient"), q))->size(),
                 5);
    }

    // The same, written as one change to send whole (a merge): HAPI refuses the transaction,
    // and none of it reaches the server, the new patients included. The stale one is the
    // conflict; the rest waits with it.
    void aStaleChangeSentTogetherLeavesNothingHalfDone() {
        const QString family = uniqueFamily(QStringLiteral("Whole"));
        const QString shared = newId();
        const QString other = newId();
        Workstation desk(*m_client);
        seedAndPull(desk, shared, QStringLiteral("whole-0"), family);
        seedAndPull(desk, other, QStringLiteral("whole-1"), family + u'b');
        QVERIFY(sijil::test::awaitResult(
                    m_client->update(QStringLiteral("Patient"), shared,
                                     patient(shared, QStringLiteral("whole-0"), family,
                                             QStringLiteral("+212633333333"))))
                    .ok());
        const QString made = newId();
        QVERIFY(desk.store
                    ->writeLocal({{Op::Update, QStringLiteral("Patient"), other, other,
                                   patient(other, QStringLiteral("whole-1"), family + u'b',
                                           QStringLiteral("+212655555555")),
                                   QStringLiteral("admin")},
                                  {Op::Update, QStringLiteral("Patient"), shared, shared,
                                   patient(shared, QStringLiteral("whole-0"), family,
                                           QStringLiteral("+212644444444")),
                                   QStringLiteral("admin")},
                                  {Op::Create, QStringLiteral("Patient"), made, made,
                                   patient(made, QStringLiteral("whole-2"), family),
                                   QStringLiteral("admin")}},
                                 storage::ResourceStore::Sending::Together)
                    .ok());
        const auto report = sijil::test::awaitResult(desk.engine->push());
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail()));
        QCOMPARE(report->pushed, 0);
        QCOMPARE(report->conflicts, 1);
        QCOMPARE(desk.store->conflicts().value().first().id, shared);
        // On HAPI: the other patient as it was, the new one never made.
        const auto kept =
            sijil::test::awaitResult(m_client->read(QStringLiteral("Patient"), other));
        QVERIFY(kept.ok());
        QCOMPARE(kept->versionId(), QStringLiteral("1"));
        QCOMPARE(sijil::test::awaitResult(m_client->read(QStringLiteral("Patient"), made))
                     .error()
                     .code(),
                 QByteArray("fhir/not-found"));
        QCOMPARE(desk.outbox->pendingCount().value(), 3);

        // This workstation's version chosen: it takes its place in the change, and the whole
        // change lands in one transaction on the server's version.
        const auto conflict = desk.store->conflicts().value().first();
        QVERIFY(desk.store->resolveConflict(conflict, conflict.localJson, QStringLiteral("admin"))
                    .ok());
        const auto again = sijil::test::awaitResult(desk.engine->push());
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().detail()));
        QCOMPARE(again->pushed, 3);
        QCOMPARE(again->conflicts, 0);
        QCOMPARE(desk.outbox->pendingCount().value(), 0);
        const auto sharedNow =
            sijil::test::awaitResult(m_client->read(QStringLiteral("Patient"), shared));
        QVERIFY(sharedNow.ok());
        QCOMPARE(sharedNow->versionId(), QStringLiteral("3"));
        QVERIFY(sharedNow->body.contains("+212644444444"));
        QCOMPARE(
            sijil::test::awaitResult(m_client->read(QStringLiteral("Patient"), other))->versionId(),
            QStringLiteral("2"));
        QVERIFY(sijil::test::awaitResult(m_client->read(QStringLiteral("Patient"), made)).ok());
    }

    void laterChangesToAResourceApplyToTheVersionItJustGot() {
        const QString id = newId();
        const QString family = uniqueFamily(QStringLiteral("Twice"));
        Workstation desk(*m_client);
        seedAndPull(desk, id, QStringLiteral("twice-0"), family);
        const QString other = newId();
        QVERIFY(desk.store
                    ->writeLocal({{Op::Update, QStringLiteral("Patient"), id, id,
                                   patient(id, QStringLiteral("twice-0"), family,
                                           QStringLiteral("+212655555555")),
                                   QStringLiteral("clerk-1")},
                                  {Op::Create, QStringLiteral("Patient"), other, other,
                                   patient(other, QStringLiteral("twice-1"), family),
                                   QStringLiteral("clerk-1")},
                                  {Op::Update, QStringLiteral("Patient"), id, id,
                                   patient(id, QStringLiteral("twice-0"), family,
                                           QStringLiteral("+212666666666")),
                                   QStringLiteral("clerk-1")}})
                    .ok());
        const auto report = sijil::test::awaitResult(desk.engine->push());
        QVERIFY(report.ok());
        QCOMPARE(report->pushed, 3);
        QCOMPARE(report->conflicts, 0);
        const auto onServer =
            sijil::test::awaitResult(m_client->read(QStringLiteral("Patient"), id));
        QCOMPARE(onServer->versionId(), QStringLiteral("3"));
        QVERIFY(onServer->body.contains("+212666666666"));
    }

    // Deleted here and made again before the deletion left (a coverage removed and given back):
    // HAPI takes the deletion, then the same id created again; a creation deleted before it
    // ever left never reaches it.
    void aResourceDeletedAndMadeAgainHereIsMadeAgainThere() {
        const QString id = newId();
        const QString never = newId();
        const QString family = uniqueFamily(QStringLiteral("Again"));
        Workstation desk(*m_client);
        seedAndPull(desk, id, QStringLiteral("again-0"), family);
        QVERIFY(desk.store
                    ->writeLocal({{Op::Delete,
                                   QStringLiteral("Patient"),
                                   id,
                                   id,
                                   {},
                                   QStringLiteral("clerk-1")}})
                    .ok());
        QVERIFY(desk.store
                    ->writeLocal({{Op::Create, QStringLiteral("Patient"), id, id,
                                   patient(id, QStringLiteral("again-1"), family),
                                   QStringLiteral("clerk-1")},
                                  {Op::Create, QStringLiteral("Patient"), never, never,
                                   patient(never, QStringLiteral("again-2"), family),
                                   QStringLiteral("clerk-1")}})
                    .ok());
        QVERIFY(desk.store
                    ->writeLocal({{Op::Delete,
                                   QStringLiteral("Patient"),
                                   never,
                                   never,
                                   {},
                                   QStringLiteral("clerk-1")}})
                    .ok());
        const auto report = sijil::test::awaitResult(desk.engine->push());
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail()));
        QCOMPARE(report->pushed, 2);
        QCOMPARE(report->conflicts, 0);
        const auto onServer =
            sijil::test::awaitResult(m_client->read(QStringLiteral("Patient"), id));
        QVERIFY2(onServer.ok(), onServer.ok() ? "" : qPrintable(onServer.error().detail()));
        QVERIFY(onServer->body.contains("again-1"));
        const auto held = desk.store->get(QStringLiteral("Patient"), id).value();
        QCOMPARE(held->state, storage::LocalState::Synced);
        QCOMPARE(held->versionId, onServer->versionId());
        // Never sent: the server has no such patient, not even a deleted one.
        const auto absent =
            sijil::test::awaitResult(m_client->read(QStringLiteral("Patient"), never));
        QCOMPARE(absent.error().code(), QByteArray("fhir/not-found"));
    }

    void anUpdateAppliedBeforeACrashIsNotAConflict() {
        const QString id = newId();
        const QString family = uniqueFamily(QStringLiteral("Applied"));
        Workstation desk(*m_client);
        seedAndPull(desk, id, QStringLiteral("applied-0"), family);
        const QByteArray changed =
            patient(id, QStringLiteral("applied-0"), family, QStringLiteral("+212677777777"));
        QVERIFY(desk.store
                    ->writeLocal({{Op::Update, QStringLiteral("Patient"), id, id, changed,
                                   QStringLiteral("clerk-1")}})
                    .ok());
        // Sent and applied, then the workstation died before recording the answer.
        const auto entry = desk.outbox->next(1).value().first();
        QVERIFY(desk.outbox->markAttempt(entry.seq).ok());
        QVERIFY(sijil::test::awaitResult(
                    m_client->update(QStringLiteral("Patient"), id, changed, QStringLiteral("1")))
                    .ok());
        const auto report = sijil::test::awaitResult(desk.engine->push());
        QVERIFY(report.ok());
        QCOMPARE(report->pushed, 1);
        QCOMPARE(report->conflicts, 0);
        QVERIFY(desk.store->conflicts().value().isEmpty());
        QCOMPARE(desk.store->get(QStringLiteral("Patient"), id).value()->versionId,
                 QStringLiteral("2"));
    }

    void pullsAreIncremental() {
        const QString family =
            QStringLiteral("Pull") + QString::number(QDateTime::currentMSecsSinceEpoch());
        QStringList made;
        for (int i = 0; i < 3; ++i) {
            const QString id = newId();
            made << id;
            QVERIFY(sijil::test::awaitResult(
                        m_client->update(QStringLiteral("Patient"), id,
                                         patient(id, QStringLiteral("pull-%1").arg(i), family)))
                        .ok());
        }
        Workstation desk(*m_client);
        QUrlQuery scope;
        scope.addQueryItem(QStringLiteral("family"), family);
        QCOMPARE(
            sijil::test::awaitResult(desk.engine->pull(QStringLiteral("Patient"), scope))->pulled,
            3);
        // The cursor stays two minutes behind HAPI's search (its Bundle time), for changes
        // stamped before it and committed after: before the three just made.
        const QString cursor = desk.store->cursor(QStringLiteral("Patient")).value();
        QVERIFY(!cursor.isEmpty());
        QString newest;
        for (const QString& id : made) {
            const auto held = desk.store->get(QStringLiteral("Patient"), id);
            QVERIFY(held.ok() && held->has_value());
            newest = std::max(newest, (*held)->lastUpdatedUtc.toUTC().toString(Qt::ISODateWithMs));
        }
        QVERIFY2(cursor < newest, qPrintable(cursor + u' ' + newest));
        // Nothing changed since: what comes again within those two minutes is unchanged.
        const auto second =
            sijil::test::awaitResult(desk.engine->pull(QStringLiteral("Patient"), scope));
        QCOMPARE(second->pulled, 0);
        QVERIFY2(second->unchanged <= 3, qPrintable(QString::number(second->unchanged)));
        const QString late = newId();
        QVERIFY(sijil::test::awaitResult(
                    m_client->update(QStringLiteral("Patient"), late,
                                     patient(late, QStringLiteral("pull-late"), family)))
                    .ok());
        const auto again =
            sijil::test::awaitResult(desk.engine->pull(QStringLiteral("Patient"), scope));
        QCOMPARE(again->pulled, 1);
        QVERIFY2(again->unchanged <= 3, qPrintable(QString::number(again->unchanged)));
        QVERIFY(desk.store->get(QStringLiteral("Patient"), late).value().has_value());
    }

    void deletionsOnTheServerReachTheWorkstation() {
        Workstation desk(*m_client);
        const QString family = uniqueFamily(QStringLiteral("Gone"));
        const QString gone = newId();
        const QString edited = newId();
        // Nothing held yet: one entry is read, and the cursor starts at HAPI's present rather
        // than at the beginning of every Patient's history.
        const auto start =
            sijil::test::awaitResult(desk.engine->pullDeletions(QStringLiteral("Patient")));
        QVERIFY2(start.ok(), start.ok() ? "" : qPrintable(start.error().detail()));
        const QString present = desk.store->cursor(QStringLiteral("Patient/_history")).value();
        QVERIFY2(present.endsWith(u'Z'), qPrintable(present));
        seedAndPull(desk, gone, QStringLiteral("gone-1"), family);
        seedAndPull(desk, edited, QStringLiteral("gone-2"), family + u'b');
        // The history read up to now (HAPI declares history-type for Patient).
        const auto first =
            sijil::test::awaitResult(desk.engine->pullDeletions(QStringLiteral("Patient")));
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().detail()));
        QVERIFY(desk.store->get(QStringLiteral("Patient"), gone).value());
        const QString cursor = desk.store->cursor(QStringLiteral("Patient/_history")).value();
        QVERIFY2(cursor.endsWith(u'Z') && cursor > present, qPrintable(cursor));

        // Edited here meanwhile; then both deleted centrally.
        QVERIFY(desk.store
                    ->writeLocal({{Op::Update, QStringLiteral("Patient"), edited, edited,
                                   patient(edited, QStringLiteral("gone-2"), family + u'c'),
                                   QStringLiteral("clerk-1")}})
                    .ok());
        for (const QString& id : {gone, edited})
            QVERIFY(sijil::test::awaitResult(m_client->remove(QStringLiteral("Patient"), id)).ok());

        const auto report =
            sijil::test::awaitResult(desk.engine->pullDeletions(QStringLiteral("Patient")));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail()));
        QCOMPARE(report->removed, 1);
        QCOMPARE(report->conflicts, 1);
        QVERIFY(!desk.store->get(QStringLiteral("Patient"), gone).value());
        QCOMPARE(desk.store->get(QStringLiteral("Patient"), edited).value()->state,
                 storage::LocalState::Conflict);
        const auto conflicts = desk.store->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(conflicts.first().serverDeleted());
        QVERIFY(desk.store->cursor(QStringLiteral("Patient/_history")).value() > cursor);

        // Read again from the new cursor: nothing more to do.
        const auto again =
            sijil::test::awaitResult(desk.engine->pullDeletions(QStringLiteral("Patient")));
        QCOMPARE(again->removed, 0);
        QCOMPARE(again->conflicts, 0);
    }

    void aDeletionIsReadThroughWindowsOfTheServersTime() {
        Workstation desk(*m_client);
        const QString gone = newId();
        seedAndPull(desk, gone, QStringLiteral("window-1"), uniqueFamily(QStringLiteral("Window")));
        // The history last read five hours ago (HAPI shares this machine's clock): windows of
        // one, two and four hours, oldest first, reach HAPI's present.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-5 * 3600);
        const auto text = [&start](qint64 hours, qint64 secs = 0) {
            return start.addSecs(hours * 3600 + secs).toString(Qt::ISODateWithMs);
        };
        const storage::ResourceStore::Cursor cursor{QStringLiteral("Patient/_history"), text(0)};
        QVERIFY(desk.store->applyDeletionsFromServer({}, cursor).ok());
        QVERIFY(sijil::test::awaitResult(m_client->remove(QStringLiteral("Patient"), gone)).ok());
        const qint64 before = start.secsTo(QDateTime::currentDateTimeUtc());
        const auto report =
            sijil::test::awaitResult(desk.engine->pullDeletions(QStringLiteral("Patient")));
        const qint64 after = start.secsTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail()));
        QCOMPARE(report->removed, 1);
        QVERIFY(!desk.store->get(QStringLiteral("Patient"), gone).value());
        // At HAPI's present less the two minutes' settling, not at the last window's end.
        const QString moved = desk.store->cursor(cursor.type).value();
        QVERIFY2(moved >= text(0, before - 121) && moved <= text(0, after - 119),
                 qPrintable(moved));

        // HAPI answered each window as asked (its access log, beside the fixture's env file).
        QFile log(QFileInfo(qEnvironmentVariable("SIJIL_HAPI_ENV"))
                      .dir()
                      .filePath(QStringLiteral("hapi.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QStringList asked = QUrl::fromPercentEncoding(log.readAll()).split(u'\n');
        for (const auto& [from, to] : {std::pair{0, 1}, std::pair{1, 3}, std::pair{3, 7}}) {
            const QString window = QStringLiteral("_at=ge%1&_at=lt%2").arg(text(from), text(to));
            QVERIFY2(std::any_of(asked.cbegin(), asked.cend(),
                                 [&window](const QString& line) {
                                     return line.contains(u"/fhir/Patient/_history ?") &&
                                            line.contains(window);
                                 }),
                     qPrintable(window));
        }
    }
};

QTEST_GUILESS_MAIN(SyncIntegrationTest)
#include "tst_SyncIntegration.moc"
