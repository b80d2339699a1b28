// Changes sent together (a merge, a patient with their coverage): read and held back whole, a
// conflict's choice put back in place, a resource in two of them; and a change the server refused
// replaced by a later one.
#include "StoreTest.h"

#include <sijil/storage/DuplicateQueue.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrlQuery>

using namespace sijil::storage;
using namespace store_test;
using namespace Qt::StringLiterals;

class ChangesSentTogetherTest : public StoreTest {
    Q_OBJECT

private slots:
    void init() { openStore(); }

    // A change the server must take whole (a merge) is read whole and held back whole: its
    // entries share a group, read past a limit that would cut it, and a conflict on one of its
    // resources holds back the others too. Bulk writes stand apart.
    void aChangeSentTogetherIsReadAndHeldBackWhole() {
        for (const QString& id : {u"s1"_s, u"s2"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Create, u"alone"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Update, u"s1"_s, u"M"_s),
                                  change(Op::Update, u"s2"_s, u"M"_s), change(Op::Create, u"n1"_s)},
                                 ResourceStore::Sending::Together)
                    .ok());
        QVERIFY(
            m_store->writeLocal({change(Op::Create, u"b1"_s), change(Op::Create, u"b2"_s)}).ok());
        const auto all = m_outbox->next(10).value();
        QCOMPARE(all.size(), 6);
        QCOMPARE(all[0].group, 0);
        QCOMPARE(all[1].group, all[1].seq);
        QCOMPARE(all[2].group, all[1].seq);
        QCOMPARE(all[3].group, all[1].seq);
        QCOMPARE(all[4].group, 0);
        QCOMPARE(all[5].group, 0);
        // A limit of two would end inside the change: it is read whole.
        const auto first = m_outbox->next(2).value();
        QCOMPARE(first.size(), 4);
        QCOMPARE(first.last().id, u"n1"_s);
        QCOMPARE(m_outbox->next(1, first.first().seq).value().size(), 3);

        // s2 in conflict: s1 and n1 wait with it; what stands alone goes on.
        QVERIFY(m_outbox->recordConflict(all[2].seq, patientJson(u"s2"_s, u"X"_s), u"2"_s).ok());
        QStringList ids;
        const auto left = m_outbox->next(10).value();
        for (const OutboxEntry& e : left)
            ids << e.id;
        QCOMPARE(ids, (QStringList{u"alone"_s, u"b1"_s, u"b2"_s}));
        // A later change to s1 waits behind the held change too: it would overtake it.
        QVERIFY(m_store->writeLocal({change(Op::Update, u"s1"_s, u"Later"_s)}).ok());
        ids.clear();
        const auto behind = m_outbox->next(10).value();
        for (const OutboxEntry& e : behind)
            ids << e.id;
        QCOMPARE(ids, (QStringList{u"alone"_s, u"b1"_s, u"b2"_s}));
        // Resolved: the change's other entries go again.
        const auto conflict = m_store->conflicts().value().first();
        QVERIFY(m_store->resolveConflict(conflict, conflict.localJson, u"doctor-1"_s).ok());
        ids.clear();
        const auto after = m_outbox->next(10).value();
        for (const OutboxEntry& e : after)
            ids << e.id;
        QVERIFY2(ids.contains(u"s1"_s) && ids.contains(u"n1"_s) && ids.contains(u"s2"_s),
                 qPrintable(ids.join(u',')));
        // Released after a refusal as a whole: as never sent.
        QList<OutboxEntry> claimed = after;
        QVERIFY(m_outbox->claim(claimed).ok());
        QCOMPARE(m_outbox->next(1).value().first().attempts, 1);
        QVERIFY(m_outbox->release(claimed).ok());
        QCOMPARE(m_outbox->next(1).value().first().attempts, 0);
    }

    // A choice for one resource of a change sent together (a merge) takes that resource's place
    // in it: the change still goes whole and in order, never with the choice sent after it on
    // its own. A later edit of the resource is part of the choice (the local side shown).
    void aChoiceTakesItsPlaceInTheChangeSentTogether() {
        for (const QString& id : {u"s1"_s, u"s2"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Update, u"s1"_s, u"M"_s),
                                  change(Op::Update, u"s2"_s, u"M"_s), change(Op::Create, u"n1"_s)},
                                 ResourceStore::Sending::Together)
                    .ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"s2"_s, u"Later"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Create, u"after"_s)}).ok());
        const auto all = m_outbox->next(10).value();
        QCOMPARE(all.size(), 5);
        const qint64 group = all[0].group;
        QVERIFY(group != 0);
        QVERIFY(m_outbox->recordConflict(all[1].seq, patientJson(u"s2"_s, u"X"_s), u"2"_s).ok());
        const auto conflict = m_store->conflicts().value().first();
        QCOMPARE(conflict.group, group);
        QCOMPARE(conflict.together, 2); // s1 and n1 wait for it
        QCOMPARE(conflict.localJson, patientJson(u"s2"_s, u"Later"_s));

        QVERIFY(m_store->resolveConflict(conflict, conflict.localJson, u"doctor-1"_s).ok());
        const auto after = m_outbox->next(10).value();
        QStringList ids;
        for (const OutboxEntry& e : after)
            ids << e.id;
        QCOMPARE(ids, (QStringList{u"s1"_s, u"s2"_s, u"n1"_s, u"after"_s}));
        QCOMPARE(after[1].seq, all[1].seq);
        QCOMPARE(after[1].group, group);
        QCOMPARE(after[1].baseVersionId, u"2"_s); // applies to the server's version
        QCOMPARE(after[1].json, patientJson(u"s2"_s, u"Later"_s));
        QCOMPARE(after[3].group, 0);
        // Queued after it, a change stands alone as before.
        QVERIFY(m_store->writeLocal({change(Op::Create, u"next"_s)}).ok());
        const auto last = m_outbox->next(10).value().last();
        QCOMPARE(last.id, u"next"_s);
        QVERIFY(last.seq > all.last().seq);
        QCOMPARE(last.group, 0);
    }

    // The server's version kept for a resource of a change sent together: the change is never
    // sent in part (a merge's survivor replacing a record that is not replaced). The whole of it
    // is given up: its other resources as they were before it (one it created gone), with what
    // was changed on them since and another change sent together that reaches them. A resource
    // alone is counted as part of none, and its change stays.
    void theServersVersionKeptGivesUpTheWholeChange() {
        for (const QString& id : {u"s1"_s, u"s2"_s, u"s3"_s, u"p"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Update, u"s1"_s, u"M"_s),
                                  change(Op::Update, u"s2"_s, u"M"_s), change(Op::Create, u"n1"_s)},
                                 ResourceStore::Sending::Together)
                    .ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"p"_s, u"L"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"s2"_s, u"Later"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Update, u"s3"_s, u"M2"_s),
                                  change(Op::Update, u"s2"_s, u"M2"_s)},
                                 ResourceStore::Sending::Together)
                    .ok());
        const auto all = m_outbox->next(10).value();
        QCOMPARE(all.size(), 7);
        QVERIFY(m_outbox->recordConflict(all[0].seq, patientJson(u"s1"_s, u"X"_s), u"2"_s).ok());
        QVERIFY(m_outbox->recordConflict(all[3].seq, patientJson(u"p"_s, u"X"_s), u"2"_s).ok());
        const auto conflicts = m_store->conflicts().value();
        QCOMPARE(conflicts.size(), 2);
        const Conflict& alone = conflicts[0].id == u"p"_s ? conflicts[0] : conflicts[1];
        const Conflict& member = conflicts[0].id == u"p"_s ? conflicts[1] : conflicts[0];
        QCOMPARE(alone.group, 0);
        QCOMPARE(alone.together, 0);
        QCOMPARE(member.together, 2);
        QCOMPARE(member.patientsTogether, 2); // s2 and n1: a change writing patients together
        QVERIFY(m_store->keepServerVersion(member, fromServer(u"s1"_s, u"2"_s, u"X"_s)).ok());
        QCOMPARE(m_outbox->pendingCount().value(), 1); // p's, held by its own conflict
        QCOMPARE(m_store->conflicts()->size(), 1);
        const auto s1 = m_store->get(u"Patient"_s, u"s1"_s).value();
        QCOMPARE(s1->json, patientJson(u"s1"_s, u"X"_s));
        QCOMPARE(s1->state, LocalState::Synced);
        for (const QString& id : {u"s2"_s, u"s3"_s}) {
            const auto back = m_store->get(u"Patient"_s, id).value();
            QCOMPARE(back->json, patientJson(id, u"S"_s));
            QCOMPARE(back->versionId, u"1"_s);
            QCOMPARE(back->state, LocalState::Synced);
        }
        QVERIFY(!m_store->get(u"Patient"_s, u"n1"_s).value());
        // The server may hold what was given up (an answer lost): each is read from it again.
        QStringList pulls;
        const QList<PendingPull> pending = m_store->pendingPulls().value();
        for (const PendingPull& p : pending)
            pulls << p.type + u'?' + QUrlQuery(p.query).queryItemValue(u"_id"_s);
        QCOMPARE(pulls, QStringList{u"Patient?n1,s2,s3"_s});
    }

    // A change queued before what each entry replaced was kept (an older version of the
    // program): the server's version kept for one of its resources still gives it up whole.
    // The others stay at the version the change was based on, showing what was given up until
    // they are read again; read, the server's content replaces it even at that same version.
    void aChangeQueuedBeforeItsPreviousContentWasKeptIsGivenUpToo() {
        for (const QString& id : {u"s1"_s, u"s2"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"s1"_s, u"M"_s), change(Op::Update, u"s2"_s, u"M"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        QSqlQuery older(QSqlDatabase::database(m_db->connectionName()));
        QVERIFY(older.exec(u"DELETE FROM outbox_previous"_s));
        const auto all = m_outbox->next(10).value();
        QVERIFY(m_outbox->recordConflict(all[0].seq, patientJson(u"s1"_s, u"X"_s), u"2"_s).ok());
        const Conflict shown = m_store->conflicts().value().first();
        const auto given = m_store->keepServerVersion(shown, fromServer(u"s1"_s, u"2"_s, u"X"_s));
        QVERIFY2(given.ok(), given.ok() ? "" : given.error().code().constData());
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QVERIFY(m_store->conflicts()->isEmpty());
        auto s2 = m_store->get(u"Patient"_s, u"s2"_s).value();
        QCOMPARE(s2->json, patientJson(u"s2"_s, u"M"_s));
        QCOMPARE(s2->versionId, u"1"_s);
        QCOMPARE(s2->state, LocalState::Synced);
        const auto pulls = m_store->pendingPulls().value();
        QCOMPARE(pulls.size(), 1);
        QCOMPARE(pulls[0].type, u"Patient"_s);
        QCOMPARE(QUrlQuery(pulls[0].query).queryItemValue(u"_id"_s), u"s2"_s);

        const auto pulled = m_store->applyFromServer({fromServer(u"s2"_s, u"1"_s, u"S"_s)});
        QCOMPARE(pulled->updated, 1);
        s2 = m_store->get(u"Patient"_s, u"s2"_s).value();
        QCOMPARE(s2->json, patientJson(u"s2"_s, u"S"_s));
        // Held as the server has it: the same version read again changes nothing.
        QCOMPARE(m_store->applyFromServer({fromServer(u"s2"_s, u"1"_s, u"S"_s)})->unchanged, 1);
    }

    // A merge the server refuses for good would be refused at every cycle and hold back every
    // later change to its records: it is listed, and given up whole (with what was built on it
    // here), each record put back as it was and read again from the server.
    void aRefusedChangeIsListedAndGivenUpWhole() {
        for (const QString& id : {u"s1"_s, u"s2"_s, u"p"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"s1"_s, u"M"_s), change(Op::Update, u"s2"_s, u"M"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"s2"_s, u"Later"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"p"_s, u"L"_s)}).ok());
        const auto all = m_outbox->next(10).value();
        QCOMPARE(all.size(), 4);
        for (const qint64 seq : {all[0].seq, all[1].seq})
            QVERIFY(m_outbox->recordRefusal(seq, u"HTTP 422: Patient.link invalide"_s).ok());
        const auto refused = m_store->refusedChanges().value();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused[0].seq, all[0].seq);
        QCOMPARE(refused[0].resources, (QStringList{u"Patient/s1"_s, u"Patient/s2"_s}));
        QVERIFY(!refused[0].creates);
        QCOMPARE(refused[0].error, u"HTTP 422: Patient.link invalide"_s);
        QCOMPARE(refused[0].patientId, u"s1"_s);

        QCOMPARE(m_store->giveUpRefused(refused[0].seq).value(), 2);
        QCOMPARE(m_outbox->pendingCount().value(), 1); // p's, not part of it
        for (const QString& id : {u"s1"_s, u"s2"_s}) {
            const auto back = m_store->get(u"Patient"_s, id).value();
            QCOMPARE(back->json, patientJson(id, u"S"_s));
            QCOMPARE(back->versionId, u"1"_s);
            QCOMPARE(back->state, LocalState::Synced);
        }
        const auto pulls = m_store->pendingPulls().value();
        QCOMPARE(pulls.size(), 1);
        QCOMPARE(QUrlQuery(pulls[0].query).queryItemValue(u"_id"_s), u"s1,s2"_s);
        QVERIFY(m_store->refusedChanges()->isEmpty());
        QCOMPARE(m_store->giveUpRefused(refused[0].seq).error().code(),
                 QByteArray("storage/refused-change-gone"));
    }

    // A merge moves a record to the survivor's compartment: given up, the record is filed with
    // the patient its content names again, not left under the survivor.
    void aRecordMovedByAChangeGivenUpIsFiledWithItsPatientAgain() {
        for (const QString& id : {u"s1"_s, u"s2"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        const auto observation = [](const QString& patient) {
            return QStringLiteral(R"({"resourceType":"Observation","id":"o","status":"final",)"
                                  R"("subject":{"reference":"Patient/%1"}})")
                .arg(patient)
                .toUtf8();
        };
        StoredResource o;
        o.type = u"Observation"_s;
        o.id = u"o"_s;
        o.versionId = u"1"_s;
        o.patientId = u"s1"_s;
        o.json = observation(u"s1"_s);
        QVERIFY(m_store->applyFromServer({o}).ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Update, u"s1"_s, u"M"_s),
                                  change(Op::Update, u"s2"_s, u"M"_s),
                                  {Op::Update, u"Observation"_s, u"o"_s, u"s2"_s,
                                   observation(u"s2"_s), u"user-1"_s}},
                                 ResourceStore::Sending::Together)
                    .ok());
        QCOMPARE(m_store->get(u"Observation"_s, u"o"_s).value()->patientId, u"s2"_s);
        const auto all = m_outbox->next(10).value();
        for (const OutboxEntry& e : all)
            QVERIFY(m_outbox->recordRefusal(e.seq, u"HTTP 422"_s).ok());
        QCOMPARE(m_store->giveUpRefused(all[0].seq).value(), 3);
        const auto back = m_store->get(u"Observation"_s, u"o"_s).value();
        QCOMPARE(back->json, observation(u"s1"_s));
        QCOMPARE(back->patientId, u"s1"_s);
    }

    // Keeping the server's version of one record of a change gives the change up with what was
    // built on it; a record made since in such a change (a first coverage) would be removed,
    // never having reached the server: the choice is refused, nothing written.
    void theServersVersionIsNotKeptWhenItWouldRemoveALaterCreation() {
        for (const QString& id : {u"s1"_s, u"s2"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"s1"_s, u"M"_s), change(Op::Update, u"s2"_s, u"M"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Update, u"s2"_s, u"Later"_s),
                                  {Op::Create, u"Coverage"_s, u"c1"_s, u"s2"_s,
                                   QByteArray(R"({"resourceType":"Coverage","id":"c1",)"
                                              R"("beneficiary":{"reference":"Patient/s2"}})"),
                                   u"user-2"_s}},
                                 ResourceStore::Sending::Together)
                    .ok());
        const auto all = m_outbox->next(10).value();
        QVERIFY(m_outbox->recordConflict(all[0].seq, patientJson(u"s1"_s, u"X"_s), u"2"_s).ok());
        const Conflict shown = m_store->conflicts().value().first();
        QCOMPARE(
            m_store->keepServerVersion(shown, fromServer(u"s1"_s, u"2"_s, u"X"_s)).error().code(),
            QByteArray("storage/give-up-removes-record"));
        QVERIFY(m_store->get(u"Coverage"_s, u"c1"_s).value());
        QCOMPARE(m_store->conflicts()->size(), 1);
        QCOMPARE(m_outbox->pendingCount().value(), 4);
    }

    // A merge given up: whether the two are one person is asked again in the review queue, as
    // after an unmerge.
    void aMergeGivenUpGoesBackToTheReviewQueue() {
        for (const QString& id : {u"s1"_s, u"s2"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        DuplicateQueue queue(*m_db);
        QVERIFY(queue.decide(u"s1"_s, u"s2"_s, DuplicateStatus::Merged, u"admin"_s).ok());
        const QByteArray merged =
            QStringLiteral(
                R"({"resourceType":"Patient","id":"s1","active":false,"name":[{"family":"S"}],)"
                R"("link":[{"type":"replaced-by","other":{"reference":"Patient/s2"}}]})")
                .toUtf8();
        QVERIFY(m_store
                    ->writeLocal({{Op::Update, u"Patient"_s, u"s1"_s, u"s1"_s, merged, u"admin"_s},
                                  change(Op::Update, u"s2"_s, u"S"_s)},
                                 ResourceStore::Sending::Together)
                    .ok());
        const auto all = m_outbox->next(10).value();
        for (const OutboxEntry& e : all)
            QVERIFY(m_outbox->recordRefusal(e.seq, u"HTTP 422"_s).ok());
        QVERIFY(m_store->giveUpRefused(all[0].seq).ok());
        const auto pair = queue.find(u"s1"_s, u"s2"_s).value();
        QVERIFY(pair);
        QCOMPARE(pair->status, DuplicateStatus::Open);
    }

    // A change made since on the same records, which makes a record (a first coverage), is
    // reached by giving up the refused one: the record would leave this workstation. It is
    // listed with it, and the give-up is refused.
    void aRefusedChangeReachingALaterCreationIsNotGivenUp() {
        for (const QString& id : {u"s1"_s, u"s2"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"s1"_s, u"M"_s), change(Op::Update, u"s2"_s, u"M"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        const auto merge = m_outbox->next(10).value();
        for (const OutboxEntry& e : merge)
            QVERIFY(m_outbox->recordRefusal(e.seq, u"HTTP 422"_s).ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Update, u"s2"_s, u"Later"_s),
                                  {Op::Create, u"Coverage"_s, u"c1"_s, u"s2"_s,
                                   QByteArray(R"({"resourceType":"Coverage","id":"c1",)"
                                              R"("beneficiary":{"reference":"Patient/s2"}})"),
                                   u"user-2"_s}},
                                 ResourceStore::Sending::Together)
                    .ok());
        const auto refused = m_store->refusedChanges().value();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused[0].resources,
                 (QStringList{u"Patient/s1"_s, u"Patient/s2"_s, u"Coverage/c1"_s}));
        QCOMPARE(refused[0].patients, (QStringList{u"s1"_s, u"s2"_s}));
        QVERIFY(refused[0].creates);
        QCOMPARE(m_store->giveUpRefused(refused[0].seq).error().code(),
                 QByteArray("storage/refused-change-creates"));
        QVERIFY(m_store->get(u"Coverage"_s, u"c1"_s).value());
        QCOMPARE(m_outbox->pendingCount().value(), 4);
    }

    // A refused registration is not given up (the record would leave this workstation): it is
    // corrected, and goes as corrected.
    void aRefusedChangeThatMakesARecordIsNotGivenUp() {
        QVERIFY(m_store->applyFromServer({fromServer(u"s1"_s, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Create, u"n1"_s), change(Op::Update, u"s1"_s, u"M"_s)},
                                 ResourceStore::Sending::Together)
                    .ok());
        const auto all = m_outbox->next(10).value();
        for (const OutboxEntry& e : all)
            QVERIFY(m_outbox->recordRefusal(e.seq, u"HTTP 400"_s).ok());
        const auto refused = m_store->refusedChanges().value();
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused[0].creates);
        QCOMPARE(m_store->giveUpRefused(refused[0].seq).error().code(),
                 QByteArray("storage/refused-change-creates"));
        QCOMPARE(m_outbox->pendingCount().value(), 2);
        QVERIFY(m_store->get(u"Patient"_s, u"n1"_s).value());
        QCOMPARE(m_store->get(u"Patient"_s, u"s1"_s).value()->json, patientJson(u"s1"_s, u"M"_s));
        QVERIFY(m_store->pendingPulls()->isEmpty());
    }

    // A choice made for one resource of a change (kept from here, put back in its place), then
    // the server's version kept for another: the whole change is given up, the choice with it,
    // and the first resource is the server's version its choice applied to.
    void aChoiceMadeInAChangeIsGivenUpWithIt() {
        for (const QString& id : {u"s1"_s, u"s2"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"s1"_s, u"M"_s), change(Op::Update, u"s2"_s, u"M"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        const auto all = m_outbox->next(10).value();
        QVERIFY(m_outbox->recordConflict(all[0].seq, patientJson(u"s1"_s, u"X"_s), u"2"_s).ok());
        QVERIFY(m_outbox->recordConflict(all[1].seq, patientJson(u"s2"_s, u"Y"_s), u"2"_s).ok());
        auto conflicts = m_store->conflicts().value();
        const Conflict first = conflicts[0].id == u"s1"_s ? conflicts[0] : conflicts[1];
        QVERIFY(m_store->resolveConflict(first, first.localJson, u"admin-1"_s).ok());
        conflicts = m_store->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(m_store->keepServerVersion(conflicts[0], fromServer(u"s2"_s, u"2"_s, u"Y"_s)).ok());
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        const auto s1 = m_store->get(u"Patient"_s, u"s1"_s).value();
        QCOMPARE(s1->json, patientJson(u"s1"_s, u"X"_s));
        QCOMPARE(s1->versionId, u"2"_s);
        QCOMPARE(s1->state, LocalState::Synced);
    }

    // A record made here and corrected, not sent yet, then part of a change given up: it is put
    // back as it was just before, still a creation with its own changes waiting.
    void aCreationNotSentYetStaysOneWhenAChangeIsGivenUp() {
        QVERIFY(m_store->applyFromServer({fromServer(u"s1"_s, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Create, u"n0"_s, u"A"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"n0"_s, u"B"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"s1"_s, u"M"_s), change(Op::Update, u"n0"_s, u"M"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        const auto all = m_outbox->next(10).value();
        QCOMPARE(all.size(), 4);
        QVERIFY(m_outbox->recordConflict(all[2].seq, patientJson(u"s1"_s, u"X"_s), u"2"_s).ok());
        const auto conflict = m_store->conflicts().value().first();
        QVERIFY(m_store->keepServerVersion(conflict, fromServer(u"s1"_s, u"2"_s, u"X"_s)).ok());
        const auto n0 = m_store->get(u"Patient"_s, u"n0"_s).value();
        QCOMPARE(n0->json, patientJson(u"n0"_s, u"B"_s));
        QCOMPARE(n0->state, LocalState::Created);
        QCOMPARE(m_outbox->pendingCount().value(), 2); // its creation and correction
    }

    // Two changes sent together share a resource (two merges onto one survivor): a conflict on
    // the first holds the second whole too, never its other resource alone; and a choice for the
    // shared resource takes its place in both, so each still goes whole.
    void aResourceInTwoChangesSentTogetherHoldsAndRejoinsBoth() {
        for (const QString& id : {u"x"_s, u"y"_s, u"s"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"x"_s, u"M1"_s), change(Op::Update, u"s"_s, u"M1"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"y"_s, u"M2"_s), change(Op::Update, u"s"_s, u"M2"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        QVERIFY(m_store->writeLocal({change(Op::Create, u"alone"_s)}).ok());
        const auto all = m_outbox->next(10).value();
        QCOMPARE(all.size(), 5);
        const qint64 first = all[0].group;
        const qint64 second = all[2].group;
        QVERIFY(first != 0 && second != 0 && first != second);

        // x in conflict: s waits with it, so the second change waits whole.
        QVERIFY(m_outbox->recordConflict(all[0].seq, patientJson(u"x"_s, u"X"_s), u"2"_s).ok());
        auto left = m_outbox->next(10).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].id, u"alone"_s);
        const auto xConflict = m_store->conflicts().value().first();
        QCOMPARE(xConflict.together, 1); // s
        QVERIFY(m_store->resolveConflict(xConflict, xConflict.localJson, u"doctor-1"_s).ok());

        // Now s in conflict, in both changes.
        const auto again = m_outbox->next(10).value();
        QCOMPARE(again.size(), 5);
        QVERIFY(m_outbox->recordConflict(again[1].seq, patientJson(u"s"_s, u"X"_s), u"2"_s).ok());
        QCOMPARE(m_outbox->next(10).value().size(), 1);
        const auto sConflict = m_store->conflicts().value().first();
        QCOMPARE(sConflict.id, u"s"_s);
        QCOMPARE(sConflict.together, 2); // x and y
        QCOMPARE(sConflict.togetherInConflict, 0);
        QVERIFY(m_store->resolveConflict(sConflict, sConflict.localJson, u"doctor-1"_s).ok());
        const auto after = m_outbox->next(10).value();
        QStringList shape;
        for (const OutboxEntry& e : after)
            shape << QStringLiteral("%1:%2").arg(e.id).arg(e.group == first    ? 1
                                                           : e.group == second ? 2
                                                                               : 0);
        QCOMPARE(shape, (QStringList{u"x:1"_s, u"s:1"_s, u"y:2"_s, u"s:2"_s, u"alone:0"_s}));
        QCOMPARE(after[1].json, after[3].json);
        QCOMPARE(after[3].operation, Op::Update);
        QCOMPARE(after[1].baseVersionId, u"2"_s);
    }

    // A change the server refused (nothing of it applied) is replaced by a later change to its
    // resource: a record corrected after a refusal goes as corrected, not behind the refused
    // version forever. A failure that may have been applied, and a change sent together, are
    // never replaced.
    void aLaterChangeReplacesARefusedOne() {
        for (const QString& id : {u"p"_s, u"q"_s, u"g1"_s, u"g2"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"3"_s, u"S"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"p"_s, u"Invalid"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"q"_s, u"Lost"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"g1"_s, u"M"_s), change(Op::Update, u"g2"_s, u"M"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        auto first = m_outbox->next(10).value();
        QCOMPARE(first.size(), 4);
        QVERIFY(m_outbox->claim(first).ok());
        QVERIFY(m_outbox->recordRefusal(first[0].seq, u"HTTP 422"_s).ok());
        QVERIFY(m_outbox->recordFailure(first[1].seq, u"HTTP 503"_s).ok());
        QVERIFY(m_outbox->recordRefusal(first[2].seq, u"HTTP 422"_s).ok());
        QVERIFY(m_outbox->recordRefusal(first[3].seq, u"HTTP 422"_s).ok());
        // A refusal, then a timeout: the change may have been applied after all.
        QVERIFY(m_outbox->recordRefusal(first[1].seq, u"HTTP 422"_s).ok());
        QVERIFY(m_outbox->recordFailure(first[1].seq, u"timeout"_s).ok());

        for (const QString& id : {u"p"_s, u"q"_s, u"g1"_s})
            QVERIFY(m_store->writeLocal({change(Op::Update, id, u"Corrected"_s)}).ok());
        QStringList queued;
        const auto after = m_outbox->next(10).value();
        for (const OutboxEntry& e : after)
            queued << e.id + u':' + QString::fromUtf8(e.json).section(u'"', 13, 13);
        QCOMPARE(queued, (QStringList{u"q:Lost"_s, u"g1:M"_s, u"g2:M"_s, u"p:Corrected"_s,
                                      u"q:Corrected"_s, u"g1:Corrected"_s}));
        QCOMPARE(after[3].baseVersionId, u"3"_s);
        QCOMPARE(after[3].attempts, 0);
        // A deletion replaces a refused change too.
        QVERIFY(m_outbox->recordRefusal(after[3].seq, u"HTTP 403"_s).ok());
        QVERIFY(m_store->writeLocal({change(Op::Delete, u"p"_s)}).ok());
        const auto last = m_outbox->next(10).value();
        QCOMPARE(last.size(), 6);
        QCOMPARE(last.last().operation, Op::Delete);
        QCOMPARE(last.last().id, u"p"_s);
        QCOMPARE(last.last().baseVersionId, u"3"_s);
    }

    // A FHIR transaction takes one entry per resource: a change sent together naming one twice
    // is refused, nothing written.
    void aChangeSentTogetherNamesEachResourceOnce() {
        QVERIFY(m_store->applyFromServer({fromServer(u"s"_s, u"1"_s, u"S"_s)}).ok());
        const auto refused = m_store->writeLocal(
            {change(Op::Update, u"s"_s, u"A"_s), change(Op::Update, u"s"_s, u"B"_s)},
            ResourceStore::Sending::Together);
        QCOMPARE(refused.error().code(), QByteArray("storage/invalid-change"));
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        // Apart, each change stands alone: both are kept, in order.
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"s"_s, u"A"_s), change(Op::Update, u"s"_s, u"B"_s)})
                    .ok());
        QCOMPARE(m_outbox->pendingCount().value(), 2);
    }

    // Accepting the server's deletion of a resource lets what waited with it go: the listener
    // that schedules a push hears of it.
    void acceptingADeletionIsALocalWriteToSend() {
        for (const QString& id : {u"d"_s, u"k"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"d"_s, u"M"_s), change(Op::Update, u"k"_s, u"M"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        QCOMPARE(m_store->applyDeletionsFromServer({{u"Patient"_s, u"d"_s, u"2"_s}})->conflicts, 1);
        QVERIFY(m_outbox->next(10).value().isEmpty());
        int heard = 0;
        m_store->setLocalWriteListener([&heard] { ++heard; });
        const auto conflict = m_store->conflicts().value().first();
        QVERIFY(m_store->resolveConflict(conflict, {}, u"doctor-1"_s).ok());
        QCOMPARE(heard, 1);
        QCOMPARE(m_outbox->next(10).value().size(), 1);
        m_store->setLocalWriteListener({});
    }
};

QTEST_GUILESS_MAIN(ChangesSentTogetherTest)
#include "tst_ChangesSentTogether.moc"
