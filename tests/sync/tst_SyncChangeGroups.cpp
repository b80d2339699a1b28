// Changes sent together (a merge) against a server's answers: never sent piecemeal, held whole
// when refused or stale, sent whole again after a lost answer or once the conflict is settled.
#include "EngineAnswers.h"
#include "SentJson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace sijil;
using namespace scripted;

class SyncChangeGroupsTest : public AnswersTest {
    Q_OBJECT

    static QByteArray coverage(const QString& id, const QString& patientId,
                               const QString& version = {}) {
        QJsonObject c{{u"resourceType"_s, u"Coverage"_s},
                      {u"id"_s, id},
                      {u"status"_s, u"active"_s},
                      {u"beneficiary"_s, QJsonObject{{u"reference"_s, u"Patient/"_s + patientId}}}};
        if (!version.isEmpty())
            c.insert(u"meta"_s, meta(version, {}));
        return QJsonDocument(c).toJson(QJsonDocument::Compact);
    }
    // These changes written here to be sent together, pushed, and the answer lost: the server
    // may or may not have applied the transaction.
    void sentTogetherAndAnswerLost(const QList<storage::LocalChange>& changes) {
        QVERIFY(m_store->writeLocal(changes, storage::ResourceStore::Sending::Together).ok());
        m_server->enqueue(ok(kTransactionMetadata));
        m_server->enqueue({503, {}, {}, false});
        QVERIFY(!await(m_engine->push()).ok());
        QCOMPARE(sent(), (QList<QByteArray>{"GET /fhir/metadata", "POST /fhir"}));
    }
    // Patient p and its coverage c registered so.
    void registrationWhoseAnswerWasLost() {
        using Op = storage::LocalChange::Operation;
        sentTogetherAndAnswerLost(
            {{Op::Create, u"Patient"_s, u"p"_s, u"p"_s, patient(u"p"_s, u"Tazi"_s), u"clerk-1"_s},
             {Op::Create, u"Coverage"_s, u"c"_s, u"p"_s, coverage(u"c"_s, u"p"_s), u"clerk-1"_s}});
    }
    sijil::core::Result<sync::SyncReport> pushedAgain(const QList<ScriptedServer::Reply>& answers) {
        for (const auto& a : answers)
            m_server->enqueue(a);
        return await(m_engine->push());
    }

private slots:
    void init() { openWorkstation(); }
    void cleanup() { closeWorkstation(); }

    // A merge written here: the duplicate replaced, the survivor changed, a record moved. The
    // survivor was changed on the server meanwhile, so the transaction is refused (412). Nothing
    // of the merge goes piecemeal: the stale resource is found by reading each, kept as a
    // conflict, and the rest of the merge waits with it.
    void aChangeSentTogetherIsNeverSentPiecemeal() {
        for (const QString& id : {u"dup"_s, u"surv"_s, u"obs"_s})
            heldFromServer(id, u"3"_s);
        updatedTogether(
            {{u"dup"_s, u"Replaced"_s}, {u"surv"_s, u"Kept"_s}, {u"obs"_s, u"Moved"_s}});
        m_server->enqueue(ok(kTransactionMetadata));
        m_server->enqueue({412, {}, {}, false});
        m_server->enqueue(ok(patient(u"dup"_s, u"Tazi"_s, u"3"_s), R"(W/"3")"));
        m_server->enqueue(ok(patient(u"surv"_s, u"Changed"_s, u"4"_s), R"(W/"4")"));
        m_server->enqueue(ok(patient(u"obs"_s, u"Tazi"_s, u"3"_s), R"(W/"3")"));
        const auto r = await(m_engine->push());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().code().constData());
        QCOMPARE(r->pushed, 0);
        QCOMPARE(r->conflicts, 1);
        QCOMPARE(sent(),
                 (QList<QByteArray>{"GET /fhir/metadata", "POST /fhir", "GET /fhir/Patient/dup",
                                    "GET /fhir/Patient/surv", "GET /fhir/Patient/obs"}));
        const auto conflicts = m_store->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().id, u"surv"_s);
        QVERIFY(m_outbox->next(10).value().isEmpty()); // the rest waits with it
        // Nothing was applied: the merge goes again whole once the conflict is settled, the
        // choice in its place, as one transaction applying to the server's version.
        QCOMPARE(conflicts.first().together, 2);
        QVERIFY(m_store->resolveConflict(conflicts.first(), conflicts.first().localJson, u"admin"_s)
                    .ok());
        const auto again = m_outbox->next(10).value();
        QCOMPARE(again.size(), 3);
        QCOMPARE(again[0].attempts, 0);
        QCOMPARE(again[0].group, again[1].group);
        QCOMPARE(again[0].group, again[2].group);

        QJsonArray answers;
        for (int i = 0; i < 3; ++i)
            answers.append(QJsonObject{
                {u"response"_s, QJsonObject{{u"status"_s, u"200 OK"_s},
                                            {u"etag"_s, i == 1 ? u"W/\"5\""_s : u"W/\"4\""_s}}}});
        m_server->enqueue(ok(bundle(u"transaction-response"_s, answers, {})));
        const auto pushed = await(m_engine->push());
        QVERIFY2(pushed.ok(), pushed.ok() ? "" : pushed.error().code().constData());
        QCOMPARE(pushed->pushed, 3);
        QCOMPARE(m_server->requests().size(), 6);
        QCOMPARE(sent().last(), QByteArray("POST /fhir"));
        const QJsonArray entries =
            sentJson(m_server->requests().last()).value(u"entry"_s).toArray();
        QStringList urls;
        for (const auto& e : entries)
            urls << e[u"request"_s][u"url"_s].toString();
        QCOMPARE(urls, (QStringList{u"Patient/dup"_s, u"Patient/surv"_s, u"Patient/obs"_s}));
        QCOMPARE(entries[1][u"request"_s][u"ifMatch"_s].toString(), u"W/\"4\""_s);
        QCOMPARE(m_store->get(u"Patient"_s, u"surv"_s).value()->versionId, u"5"_s);
        QCOMPARE(m_outbox->pendingCount().value(), 0);
    }

    // Refused as invalid: the whole change is set aside, none of it sent alone.
    void aChangeSentTogetherRefusedWaitsWhole() {
        for (const QString& id : {u"a"_s, u"b"_s})
            heldFromServer(id, u"3"_s);
        created(u"alone"_s);
        updatedTogether({{u"a"_s, u"A"_s}, {u"b"_s, u"B"_s}});
        m_server->enqueue(ok(kTransactionMetadata));
        m_server->enqueue({422, {}, {}, false}); // the three in one transaction
        m_server->enqueue(
            {201, patient(u"alone"_s, u"Tazi"_s, u"1"_s), {{"ETag", R"(W/"1")"}}, false});
        m_server->enqueue({422, {}, {}, false}); // the change alone, whole
        const auto r = await(m_engine->push());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().code().constData());
        QCOMPARE(r->pushed, 1);
        QCOMPARE(r->refused, 1);
        QCOMPARE(sent(), (QList<QByteArray>{"GET /fhir/metadata", "POST /fhir",
                                            "PUT /fhir/Patient/alone", "POST /fhir"}));
        QCOMPARE(m_outbox->pendingCount().value(), 2);
    }

    // A change sent together whose transaction's answer was lost: sent again whole (never entry
    // by entry); the server refuses it (its own versions moved on), and reading each resource
    // shows it holds them as sent: all acknowledged, no conflict.
    void aChangeSentTogetherWhoseAnswerWasLostGoesAgainWhole() {
        for (const QString& id : {u"a"_s, u"b"_s})
            heldFromServer(id, u"3"_s);
        updatedTogether({{u"a"_s, u"A"_s}, {u"b"_s, u"B"_s}});
        m_server->enqueue(ok(kTransactionMetadata));
        m_server->enqueue({503, {}, {}, false}); // applied, the answer lost on the way
        QVERIFY(!await(m_engine->push()).ok());
        m_server->enqueue({412, {}, {}, false});
        m_server->enqueue(ok(patient(u"a"_s, u"A"_s, u"4"_s), R"(W/"4")"));
        m_server->enqueue(ok(patient(u"b"_s, u"B"_s, u"4"_s), R"(W/"4")"));
        const auto r = await(m_engine->push());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().code().constData());
        QCOMPARE(r->pushed, 2);
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(sent(), (QList<QByteArray>{"GET /fhir/metadata", "POST /fhir", "POST /fhir",
                                            "GET /fhir/Patient/a", "GET /fhir/Patient/b"}));
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QCOMPARE(m_store->get(u"Patient"_s, u"a"_s).value()->versionId, u"4"_s);
    }

    // A registration (a patient and its coverage, created together) whose transaction the server
    // applied, the answer lost. Another site edits the patient meanwhile (version 2). Sent again
    // as it was, its bare PUT would write the stale registration over that edit: each create is
    // read first, the coverage found as sent is acknowledged, the patient changed since is kept
    // as a conflict, and nothing is sent again.
    void aRegistrationSentAgainAfterALostAnswerOverwritesNoLaterEdit() {
        registrationWhoseAnswerWasLost();
        const auto r = pushedAgain({ok(patient(u"p"_s, u"Tazi-Alaoui"_s, u"2"_s), R"(W/"2")"),
                                    ok(coverage(u"c"_s, u"p"_s, u"1"_s), R"(W/"1")")});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().code().constData());
        QCOMPARE(r->pushed, 1);
        QCOMPARE(r->conflicts, 1);
        QCOMPARE(sent(), (QList<QByteArray>{"GET /fhir/metadata", "POST /fhir",
                                            "GET /fhir/Patient/p", "GET /fhir/Coverage/c"}));
        const auto conflicts = m_store->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().id, u"p"_s);
        QCOMPARE(conflicts.first().serverVersionId, u"2"_s);
        QVERIFY(conflicts.first().serverJson.contains("Tazi-Alaoui"));
        QCOMPARE(m_store->get(u"Coverage"_s, u"c"_s).value()->versionId, u"1"_s);
        QCOMPARE(m_outbox->pendingCount().value(), 1); // the patient's, until a person decides
        QVERIFY(m_outbox->next(10).value().isEmpty());
    }

    // The same registration found on the server as sent: both acknowledged, nothing sent again.
    void aRegistrationFoundAsSentIsAcknowledgedWithoutASecondSend() {
        registrationWhoseAnswerWasLost();
        const auto r = pushedAgain({ok(patient(u"p"_s, u"Tazi"_s, u"1"_s), R"(W/"1")"),
                                    ok(coverage(u"c"_s, u"p"_s, u"1"_s), R"(W/"1")")});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().code().constData());
        QCOMPARE(r->pushed, 2);
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(sent().size(), 4);
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QCOMPARE(m_store->get(u"Patient"_s, u"p"_s).value()->versionId, u"1"_s);
    }

    // The patient there as sent, the coverage gone: the transaction applied (all or none), so the
    // coverage was deleted there since. Not created again over that deletion: kept as a conflict.
    void aRegistrationPartlyDeletedSinceIsNotRecreated() {
        registrationWhoseAnswerWasLost();
        const auto r =
            pushedAgain({ok(patient(u"p"_s, u"Tazi"_s, u"1"_s), R"(W/"1")"), {410, {}, {}, false}});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().code().constData());
        QCOMPARE(r->pushed, 1);
        QCOMPARE(r->conflicts, 1);
        QCOMPARE(sent().size(), 4); // the two reads, nothing sent
        const auto conflicts = m_store->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().id, u"c"_s);
        QVERIFY(conflicts.first().serverJson.isEmpty());
    }

    // A change sent together that creates one resource and updates another, its answer lost: the
    // create found as sent is acknowledged, the update goes again with its If-Match, alone; the
    // server's refusal (its version moved on) and a read show it holds it too.
    void aCreateFoundAfterALostAnswerLeavesTheUpdateToItsIfMatch() {
        heldFromServer(u"a"_s, u"3"_s);
        using Op = storage::LocalChange::Operation;
        sentTogetherAndAnswerLost(
            {{Op::Create, u"Patient"_s, u"n"_s, u"n"_s, patient(u"n"_s, u"N"_s), u"admin"_s},
             {Op::Update, u"Patient"_s, u"a"_s, u"a"_s, patient(u"a"_s, u"A"_s), u"admin"_s}});
        const auto r = pushedAgain({ok(patient(u"n"_s, u"N"_s, u"1"_s), R"(W/"1")"),
                                    {412, {}, {}, false},
                                    ok(patient(u"a"_s, u"A"_s, u"4"_s), R"(W/"4")")});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().code().constData());
        QCOMPARE(r->pushed, 2);
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(sent().mid(2),
                 (QList<QByteArray>{"GET /fhir/Patient/n", "POST /fhir", "GET /fhir/Patient/a"}));
        const QJsonArray entries = sentJson(m_server->requests()[3]).value(u"entry"_s).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0][u"request"_s][u"ifMatch"_s].toString(), u"W/\"3\""_s);
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QCOMPARE(m_store->get(u"Patient"_s, u"a"_s).value()->versionId, u"4"_s);
    }

    // Not on the server (the transaction never applied): the registration goes again whole, in
    // one transaction, alone (a change sent later waits for the next one).
    void aRegistrationThatNeverArrivedGoesAgainWhole() {
        registrationWhoseAnswerWasLost();
        created(u"later"_s);
        QJsonArray answers;
        for (int i = 0; i < 2; ++i)
            answers.append(QJsonObject{{u"response"_s, QJsonObject{{u"status"_s, u"201 Created"_s},
                                                                   {u"etag"_s, u"W/\"1\""_s}}}});
        const auto r = pushedAgain(
            {{404, {}, {}, false},
             {404, {}, {}, false},
             ok(bundle(u"transaction-response"_s, answers, {})),
             {201, patient(u"later"_s, u"Tazi"_s, u"1"_s), {{"ETag", R"(W/"1")"}}, false}});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().code().constData());
        QCOMPARE(r->pushed, 3);
        QCOMPARE(sent().mid(2), (QList<QByteArray>{"GET /fhir/Patient/p", "GET /fhir/Coverage/c",
                                                   "POST /fhir", "PUT /fhir/Patient/later"}));
        const QJsonArray entries = sentJson(m_server->requests()[4]).value(u"entry"_s).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(m_outbox->pendingCount().value(), 0);
    }

    // A resource whose own earlier change the server refuses holds back every change sent
    // together that it is part of: the merge's other resources are not sent without it.
    void aRefusedResourceHoldsBackTheChangesItIsPartOf() {
        for (const QString& id : {u"s"_s, u"d"_s})
            heldFromServer(id, u"3"_s);
        changed(storage::LocalChange::Operation::Update, u"s"_s, u"Invalid"_s);
        updatedTogether({{u"d"_s, u"Replaced"_s}, {u"s"_s, u"Kept"_s}});
        m_server->enqueue(ok(kTransactionMetadata));
        m_server->enqueue({422, {}, {}, false}); // s's own change, sent alone
        const auto r = await(m_engine->push());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().code().constData());
        QCOMPARE(r->pushed, 0);
        QCOMPARE(r->refused, 1);
        QCOMPARE(sent(), (QList<QByteArray>{"GET /fhir/metadata", "PUT /fhir/Patient/s"}));
        QCOMPARE(m_outbox->pendingCount().value(), 3);
    }
};

QTEST_GUILESS_MAIN(SyncChangeGroupsTest)
#include "tst_SyncChangeGroups.moc"
