// Changes given up (a refusal given up, the server's version kept): each record goes back to what
// it was, however the change was sent; one whose earlier content is not known takes no change
// until the server's copy is read again; no identifier ends up held by two patients.
#include "StoreTest.h"

#include <sijil/storage/SearchIndex.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace sijil::storage;
using namespace store_test;
using namespace Qt::StringLiterals;

namespace {

// Stands for the registry's indexer: a Patient's family name is the number it holds, one patient
// only (as an IPP is).
class FamilyHolder final : public ResourceIndexer {
public:
    bool indexes(const QString& type) const override { return type == u"Patient"; }
    IndexEntry entry(const QString&, const QByteArray& json) const override {
        const QString family = QJsonDocument::fromJson(json)
                                   .object()
                                   .value(u"name"_s)
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"family"_s)
                                   .toString();
        IndexEntry e;
        e.terms << u"n:"_s + family;
        e.held.append({u"test-number"_s, family, e.terms.last()});
        return e;
    }
};

} // namespace

class GiveUpChangesTest : public StoreTest {
    Q_OBJECT

private slots:
    void init() {
        openStore();
        m_store->setIndexer(std::make_shared<FamilyHolder>());
    }

    // A change written apart (not one of a change sent together) is put back as it was too:
    // what it replaced is kept for every change, not for changes sent together only.
    void aChangeWrittenApartIsPutBackAsItWas() {
        QVERIFY(m_store->applyFromServer({fromServer(u"p"_s, u"1"_s, u"Before"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"p"_s, u"Refused"_s)}).ok());
        const auto queued = m_outbox->next(10).value();
        QCOMPARE(queued.size(), 1);
        QVERIFY(m_outbox->recordRefusal(queued[0].seq, u"HTTP 422"_s).ok());

        QCOMPARE(m_store->giveUpRefused(queued[0].seq).value(), 1);
        const auto back = m_store->get(u"Patient"_s, u"p"_s).value();
        QCOMPARE(back->json, patientJson(u"p"_s, u"Before"_s));
        QCOMPARE(back->state, LocalState::Synced);
        // Put back as it was: nothing waits to be read again before it is changed.
        QVERIFY(m_store->writeLocal({change(Op::Update, u"p"_s, u"Next"_s)}).ok());
    }

    // A record put back without what it was (a change queued by an older version of the program)
    // still shows what was given up, at the version the change was based on. Changed now, that
    // content would go out with the change: it takes none, and says why, until the server's copy
    // arrives.
    void aRecordPutBackWithoutItsPreviousContentTakesNoChangeUntilReadAgain() {
        giveUpAChangeQueuedBeforeSchema23();
        const auto refused = m_store->writeLocal({change(Op::Update, u"p"_s, u"Edited"_s)});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QByteArray("storage/record-read-again"));
        QVERIFY(!refused.error().userMessage().isEmpty());
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QCOMPARE(m_store->get(u"Patient"_s, u"p"_s).value()->json,
                 patientJson(u"p"_s, u"Refused"_s));
        QVERIFY(!m_store->writeLocal({change(Op::Delete, u"p"_s)}).ok());
        // Another record takes changes as before.
        QVERIFY(m_store->applyFromServer({fromServer(u"q"_s, u"1"_s, u"Q"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"q"_s, u"Q2"_s)}).ok());

        // The server's copy, at the same version: it replaces what was put back.
        QCOMPARE(m_store->applyFromServer({fromServer(u"p"_s, u"1"_s, u"Before"_s)})->updated, 1);
        QVERIFY(m_store->writeLocal({change(Op::Update, u"p"_s, u"Edited"_s)}).ok());
        const auto sent = m_outbox->next(10).value();
        QCOMPARE(sent.last().json, patientJson(u"p"_s, u"Edited"_s));
        QCOMPARE(sent.last().baseVersionId, u"1"_s);
    }

    // Its catch-up pull read in full without it (the server no longer has it for this site):
    // the record takes changes again; what the server says of it comes from the deletions read.
    void aRecordPutBackTakesChangesOnceItsCatchUpIsDone() {
        giveUpAChangeQueuedBeforeSchema23();
        const auto pulls = m_store->pendingPulls().value();
        QCOMPARE(pulls.size(), 1);
        QVERIFY(!m_store->writeLocal({change(Op::Update, u"p"_s, u"Edited"_s)}).ok());
        QVERIFY(m_store->pullDone(pulls[0].seq).ok());
        QVERIFY(m_store->pendingPulls()->isEmpty());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"p"_s, u"Edited"_s)}).ok());
    }

    // A change gave a number up (p: A → B) and another patient took it since (n: A). Given up,
    // the change would give A back to p while n holds it: two patients, one number. Refused,
    // nothing written; the clerk corrects the record instead.
    void aChangeIsNotGivenUpWhenItsNumberWentToAnotherPatient() {
        QVERIFY(m_store->applyFromServer({fromServer(u"p"_s, u"1"_s, u"A"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"p"_s, u"B"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Create, u"n"_s, u"A"_s)}).ok());
        const auto queued = m_outbox->next(10).value();
        QVERIFY(m_outbox->recordRefusal(queued[0].seq, u"HTTP 422"_s).ok());

        const auto given = m_store->giveUpRefused(queued[0].seq);
        QVERIFY(!given.ok());
        QCOMPARE(given.error().code(), QByteArray("storage/give-up-identifier-taken"));
        QCOMPARE(m_store->get(u"Patient"_s, u"p"_s).value()->json, patientJson(u"p"_s, u"B"_s));
        QCOMPARE(holderOf(u"A"_s), u"n"_s);
        QCOMPARE(holderOf(u"B"_s), u"p"_s);
        QCOMPARE(m_outbox->pendingCount().value(), 2);
        QCOMPARE(m_store->refusedChanges()->size(), 1);
    }

    // Two records given up together may take each other's numbers back: s1 A → C (with t), then
    // s2 B → A and s1 C → B together. Giving up the first reaches the second: s1 is A again and
    // s2 B, each held once, whichever is put back first.
    void recordsGivenUpTogetherTakeBackEachOthersNumbers() {
        for (const auto& [id, family] :
             {std::pair{u"s1"_s, u"A"_s}, std::pair{u"s2"_s, u"B"_s}, std::pair{u"t"_s, u"T"_s}})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, family)}).ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"s1"_s, u"C"_s), change(Op::Update, u"t"_s, u"T2"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"s2"_s, u"A"_s), change(Op::Update, u"s1"_s, u"B"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        const auto queued = m_outbox->next(10).value();
        QVERIFY(m_outbox->recordRefusal(queued[0].seq, u"HTTP 422"_s).ok());

        const auto given = m_store->giveUpRefused(queued[0].seq);
        QVERIFY2(given.ok(), given.ok() ? "" : given.error().code().constData());
        QCOMPARE(given.value(), 3);
        QCOMPARE(holderOf(u"A"_s), u"s1"_s);
        QCOMPARE(holderOf(u"B"_s), u"s2"_s);
        QCOMPARE(holderOf(u"T"_s), u"t"_s);
        QCOMPARE(holderOf(u"C"_s), QString());
        QCOMPARE(m_outbox->pendingCount().value(), 0);
    }

private:
    // p from the server as "Before", then changed to "Refused" together with r; the change is
    // refused and given up as if queued before what each entry replaced was kept.
    void giveUpAChangeQueuedBeforeSchema23() {
        for (const QString& id : {u"p"_s, u"r"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"Before"_s + id)}).ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Update, u"p"_s, u"Refused"_s),
                                  change(Op::Update, u"r"_s, u"Refusedr"_s)},
                                 ResourceStore::Sending::Together)
                    .ok());
        QSqlQuery older(QSqlDatabase::database(m_db->connectionName()));
        QVERIFY(older.exec(u"DELETE FROM outbox_previous"_s));
        const auto queued = m_outbox->next(10).value();
        QVERIFY(m_outbox->recordRefusal(queued[0].seq, u"HTTP 422"_s).ok());
        QCOMPARE(m_store->giveUpRefused(queued[0].seq).value(), 2);
        const auto held = m_store->get(u"Patient"_s, u"p"_s).value();
        QCOMPARE(held->json, patientJson(u"p"_s, u"Refused"_s));
        QCOMPARE(held->versionId, u"1"_s);
        QCOMPARE(held->state, LocalState::Synced);
    }

    QString holderOf(const QString& number) const {
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        q.prepare(u"SELECT patient_id FROM identifiers_held WHERE value = ?"_s);
        q.addBindValue(number);
        if (!q.exec() || !q.next())
            return {};
        const QString holder = q.value(0).toString();
        return q.next() ? u"(more than one)"_s : holder;
    }
};

QTEST_GUILESS_MAIN(GiveUpChangesTest)
#include "tst_GiveUpChanges.moc"
