// The local copy of the record and its outbox: every local change is queued with it atomically,
// acknowledgements move versions forward, and server data never overwrites a pending change.
#include "StoreTest.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace sijil::storage;
using namespace store_test;
using namespace Qt::StringLiterals;

class ResourceStoreTest : public store_test::StoreTest {
    Q_OBJECT

private slots:
    void init() { openStore(); }

    void aLocalCreateIsQueuedWithTheResource() {
        QVERIFY(m_store->writeLocal({change(Op::Create, QStringLiteral("p1"))}).ok());
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Created);
        const auto queued = m_outbox->next(10).value();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued[0].operation, Op::Create);
        QVERIFY(queued[0].baseVersionId.isEmpty());
        QCOMPARE(queued[0].json, patientJson(QStringLiteral("p1"), QStringLiteral("Alaoui")));
        QCOMPARE(queued[0].actorId, QStringLiteral("user-1"));

        QVERIFY(
            m_outbox
                ->acknowledge(queued[0].seq, QStringLiteral("1"), QDateTime::currentDateTimeUtc())
                .ok());
        const auto stored = m_store->get(QStringLiteral("Patient"), QStringLiteral("p1")).value();
        QCOMPARE(stored->state, LocalState::Synced);
        QCOMPARE(stored->versionId, QStringLiteral("1"));
        QCOMPARE(m_outbox->pendingCount().value(), 0);
    }

    void laterChangesApplyToTheVersionJustAccepted() {
        QVERIFY(m_store
                    ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("3"),
                                                  QStringLiteral("Alaoui"))})
                    .ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Update, QStringLiteral("p1"), QStringLiteral("A")),
                                  change(Op::Update, QStringLiteral("p1"), QStringLiteral("B"))})
                    .ok());
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Updated);
        auto queued = m_outbox->next(10).value();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued[0].baseVersionId, QStringLiteral("3"));
        QVERIFY(m_outbox->acknowledge(queued[0].seq, QStringLiteral("4"), {}).ok());
        // Still one change to send: not synced yet, and it now applies to version 4.
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Updated);
        queued = m_outbox->next(10).value();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued[0].baseVersionId, QStringLiteral("4"));
        QVERIFY(m_outbox->acknowledge(queued[0].seq, QStringLiteral("5"), {}).ok());
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Synced);
    }

    // After a crash, sync recognises its own create on the server by the content it was sent
    // with: an edit made meanwhile must not change what the create says it sent.
    void anEditAfterASentCreateKeepsWhatWasSent() {
        const QString sent = QStringLiteral("sent");
        const QString unsent = QStringLiteral("unsent");
        QVERIFY(m_store->writeLocal({change(Op::Create, sent), change(Op::Create, unsent)}).ok());
        QVERIFY(m_outbox->markAttempt(m_outbox->next(1).value().first().seq).ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Update, sent, QStringLiteral("B")),
                                  change(Op::Update, sent, QStringLiteral("C")),
                                  change(Op::Update, unsent, QStringLiteral("B"))})
                    .ok());
        const auto queued = m_outbox->next(10).value();
        QCOMPARE(queued.size(), 5);
        QCOMPARE(queued[0].operation, Op::Create);
        QCOMPARE(queued[0].json, patientJson(sent, QStringLiteral("Alaoui")));
        // Never sent: it goes with the content as it is now.
        QCOMPARE(queued[1].operation, Op::Create);
        QCOMPARE(queued[1].json, patientJson(unsent, QStringLiteral("B")));
        QCOMPARE(queued[3].json, patientJson(sent, QStringLiteral("C")));
        QCOMPARE(m_store->get(QStringLiteral("Patient"), sent).value()->json,
                 patientJson(sent, QStringLiteral("C")));
    }

    void anAcknowledgedDeleteRemovesTheResource() {
        QVERIFY(m_store
                    ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("1"),
                                                  QStringLiteral("X"))})
                    .ok());
        QVERIFY(m_store->writeLocal({change(Op::Delete, QStringLiteral("p1"))}).ok());
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Deleted);
        QVERIFY(m_store->forPatient(QStringLiteral("p1")).value().isEmpty());
        const auto queued = m_outbox->next(10).value();
        QCOMPARE(queued[0].operation, Op::Delete);
        QCOMPARE(queued[0].baseVersionId, QStringLiteral("1"));
        QVERIFY(m_outbox->acknowledge(queued[0].seq, QStringLiteral("2"), {}).ok());
        QVERIFY(!m_store->get(QStringLiteral("Patient"), QStringLiteral("p1")).value().has_value());
    }

    // A creation deleted before it was ever sent leaves nothing to send: the server never hears
    // of a registration, a coverage or a link entered by mistake.
    void aCreationDeletedBeforeItWasSentNeverLeaves() {
        const QString mistake = QStringLiteral("mistake");
        const QString sent = QStringLiteral("sent");
        QVERIFY(m_store->writeLocal({change(Op::Create, sent)}).ok());
        QVERIFY(m_outbox->markAttempt(m_outbox->next(1).value().first().seq).ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Create, mistake),
                                  change(Op::Update, mistake, QStringLiteral("B"))})
                    .ok());
        QVERIFY(m_store->writeLocal({change(Op::Delete, mistake), change(Op::Delete, sent)}).ok());
        QVERIFY(!m_store->get(QStringLiteral("Patient"), mistake).value().has_value());
        // The create that may have reached the server is followed by its deletion.
        const auto queued = m_outbox->next(10).value();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued[0].id, sent);
        QCOMPARE(queued[0].operation, Op::Create);
        QCOMPARE(queued[1].id, sent);
        QCOMPARE(queued[1].operation, Op::Delete);
        QCOMPARE(stateOf(sent), LocalState::Deleted);
        // The same id may be used again, as a new creation.
        QVERIFY(m_store->writeLocal({change(Op::Create, mistake, QStringLiteral("C"))}).ok());
        QCOMPARE(stateOf(mistake), LocalState::Created);
    }

    // Just before a send, the entries are read again and marked as attempted in one commit:
    // what goes is what the store holds then, a creation deleted meanwhile is dropped, and a
    // later edit keeps what was sent.
    void aClaimReadsWhatGoesAndMarksItAtOnce() {
        const QString p1 = QStringLiteral("p1");
        const QString p2 = QStringLiteral("p2");
        const QString p3 = QStringLiteral("p3");
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Create, p1), change(Op::Create, p2), change(Op::Create, p3)})
                    .ok());
        auto entries = m_outbox->next(10).value();
        QVERIFY(m_store->writeLocal({change(Op::Update, p1, QStringLiteral("B"))}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Delete, p2)}).ok());
        entries = entries.mid(0, 3); // as read before those writes: p1, p2, p3
        QVERIFY(m_outbox->claim(entries).ok());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].id, p1);
        QCOMPARE(entries[0].json, patientJson(p1, QStringLiteral("B")));
        QCOMPARE(entries[0].attempts, 0); // as read: the caller knows it was not tried before
        QCOMPARE(entries[1].id, p3);
        QVERIFY(m_store->writeLocal({change(Op::Update, p1, QStringLiteral("C"))}).ok());
        const auto queued = m_outbox->next(10).value();
        QCOMPARE(queued[0].attempts, 1);
        QCOMPARE(queued[0].json, patientJson(p1, QStringLiteral("B"))); // what was sent
        QCOMPARE(queued[1].id, p3);
        QCOMPARE(queued[1].attempts, 1);
    }

    // A creation the server refused (invalid: nothing of it applied), then deleted here: the
    // server never hears of it. Before, the refused creation went again every cycle, refused
    // again, and the deletion waited behind it for ever.
    void aRefusedCreationDeletedHereIsNotSent() {
        QVERIFY(m_store->writeLocal({change(Op::Create, QStringLiteral("p5"))}).ok());
        auto queued = m_outbox->next(10).value();
        QCOMPARE(queued.size(), 1);
        QVERIFY(m_outbox->claim(queued).ok());
        QVERIFY(m_outbox->recordRefusal(queued[0].seq, QStringLiteral("HTTP 422")).ok());
        QVERIFY(m_store->writeLocal({change(Op::Delete, QStringLiteral("p5"))}).ok());
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QVERIFY(!m_store->get(QStringLiteral("Patient"), QStringLiteral("p5")).value());

        // One that failed otherwise (its answer lost) may have arrived: its deletion is sent.
        QVERIFY(m_store->writeLocal({change(Op::Create, QStringLiteral("p6"))}).ok());
        queued = m_outbox->next(10).value();
        QVERIFY(m_outbox->claim(queued).ok());
        QVERIFY(m_outbox->recordFailure(queued[0].seq, QStringLiteral("network")).ok());
        QVERIFY(m_store->writeLocal({change(Op::Delete, QStringLiteral("p6"))}).ok());
        QCOMPARE(m_outbox->pendingCount().value(), 2);
    }

    // Deleted here and made again before the deletion was sent (a coverage removed, then given
    // back): both go, in order, and the resource is a creation again.
    void aResourceDeletedHereMayBeMadeAgain() {
        QVERIFY(m_store
                    ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("1"),
                                                  QStringLiteral("X"))})
                    .ok());
        QVERIFY(m_store->writeLocal({change(Op::Delete, QStringLiteral("p1"))}).ok());
        const auto made =
            m_store->writeLocal({change(Op::Create, QStringLiteral("p1"), QStringLiteral("Y"))});
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().detail()));
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Created);
        const auto queued = m_outbox->next(10).value();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued[0].operation, Op::Delete);
        QCOMPARE(queued[0].baseVersionId, QStringLiteral("1"));
        QCOMPARE(queued[1].operation, Op::Create);
        QVERIFY(m_outbox->acknowledge(queued[0].seq, {}, {}).ok());
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Created);
        QVERIFY(m_outbox->acknowledge(queued[1].seq, QStringLiteral("3"), {}).ok());
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Synced);
    }

    void aBatchIsAllOrNothing() {
        const auto s = m_store->writeLocal({change(Op::Create, QStringLiteral("p1")),
                                            change(Op::Update, QStringLiteral("unknown"))});
        QCOMPARE(s.error().code(), QByteArray("storage/invalid-change"));
        QVERIFY(!m_store->get(QStringLiteral("Patient"), QStringLiteral("p1")).value().has_value());
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        // Incomplete changes are refused too: no actor, no content, creating twice.
        auto noActor = change(Op::Create, QStringLiteral("p2"));
        noActor.actorId.clear();
        QVERIFY(!m_store->writeLocal({noActor}).ok());
        auto empty = change(Op::Create, QStringLiteral("p2"));
        empty.json.clear();
        QVERIFY(!m_store->writeLocal({empty}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Create, QStringLiteral("p2"))}).ok());
        const auto twice = m_store->writeLocal(
            {change(Op::Create, QStringLiteral("p3")), change(Op::Create, QStringLiteral("p2"))});
        QCOMPARE(twice.error().code(), QByteArray("storage/invalid-change"));
        QVERIFY(!m_store->get(QStringLiteral("Patient"), QStringLiteral("p3")).value().has_value());
        QCOMPARE(m_outbox->pendingCount().value(), 1);
    }

    void pullsCountWhatTheyDo() {
        auto outcome =
            m_store
                ->applyFromServer(
                    {fromServer(QStringLiteral("p1"), QStringLiteral("1"), QStringLiteral("A")),
                     fromServer(QStringLiteral("p2"), QStringLiteral("1"), QStringLiteral("B"))})
                .value();
        QCOMPARE(outcome.inserted, 2);
        outcome =
            m_store
                ->applyFromServer(
                    {fromServer(QStringLiteral("p1"), QStringLiteral("1"), QStringLiteral("A")),
                     fromServer(QStringLiteral("p2"), QStringLiteral("2"), QStringLiteral("B2"))})
                .value();
        QCOMPARE(outcome.unchanged, 1);
        QCOMPARE(outcome.updated, 1);
        QCOMPARE(outcome.conflicts, 0);
        QCOMPARE(m_store->forPatient(QStringLiteral("p2")).value().first().json,
                 patientJson(QStringLiteral("p2"), QStringLiteral("B2")));
    }

    // A server read from a lagging replica or cache may answer a version older than the one
    // held (ours, just accepted): the copy never steps back, and no conflict is made of it.
    void aPullNeverStepsACopyBackToAnOlderVersion() {
        QVERIFY(m_store
                    ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("3"),
                                                  QStringLiteral("Three"))})
                    .ok());
        auto outcome = m_store
                           ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("2"),
                                                         QStringLiteral("Two"))})
                           .value();
        QCOMPARE(outcome.unchanged, 1);
        QCOMPARE(outcome.updated, 0);
        auto held = m_store->get(QStringLiteral("Patient"), QStringLiteral("p1")).value();
        QCOMPARE(held->versionId, QStringLiteral("3"));
        QCOMPARE(held->json, patientJson(QStringLiteral("p1"), QStringLiteral("Three")));

        // A local change on version 3, then the older version read again: still no conflict.
        QVERIFY(
            m_store->writeLocal({change(Op::Update, QStringLiteral("p1"), QStringLiteral("Local"))})
                .ok());
        outcome = m_store
                      ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("2"),
                                                    QStringLiteral("Two"))})
                      .value();
        QCOMPARE(outcome.conflicts, 0);
        QVERIFY(m_store->conflicts().value().isEmpty());
        held = m_store->get(QStringLiteral("Patient"), QStringLiteral("p1")).value();
        QCOMPARE(held->json, patientJson(QStringLiteral("p1"), QStringLiteral("Local")));

        // A later one is taken as ever (here, against the pending change: both kept).
        outcome = m_store
                      ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("4"),
                                                    QStringLiteral("Four"))})
                      .value();
        QCOMPARE(outcome.conflicts, 1);
    }

    // A pull bringing our own change back (a push applied whose answer was lost or unreadable):
    // no conflict between two identical versions for a person to settle; the change stays
    // queued, to be recognised as applied when it goes again.
    void aPullOfOurOwnPendingChangeMakesNoConflict() {
        QVERIFY(m_store
                    ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("1"),
                                                  QStringLiteral("One"))})
                    .ok());
        QVERIFY(
            m_store->writeLocal({change(Op::Update, QStringLiteral("p1"), QStringLiteral("Ours"))})
                .ok());
        auto outcome = m_store
                           ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("2"),
                                                         QStringLiteral("Ours"))})
                           .value();
        QCOMPARE(outcome.conflicts, 0);
        QVERIFY(m_store->conflicts().value().isEmpty());
        QCOMPARE(m_outbox->pendingCount().value(), 1);
        // Another content is a conflict as ever.
        outcome = m_store
                      ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("3"),
                                                    QStringLiteral("Theirs"))})
                      .value();
        QCOMPARE(outcome.conflicts, 1);
    }

    void aPullNeverOverwritesAPendingChange() {
        QVERIFY(m_store
                    ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("1"),
                                                  QStringLiteral("Server1"))})
                    .ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Update, QStringLiteral("p1"), QStringLiteral("Local")),
                                  change(Op::Create, QStringLiteral("p9"))})
                    .ok());
        // Another workstation changed p1 meanwhile.
        const auto outcome =
            m_store
                ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("2"),
                                              QStringLiteral("Server2"))})
                .value();
        QCOMPARE(outcome.conflicts, 1);
        const auto kept = m_store->get(QStringLiteral("Patient"), QStringLiteral("p1")).value();
        QCOMPARE(kept->state, LocalState::Conflict);
        QCOMPARE(kept->json, patientJson(QStringLiteral("p1"), QStringLiteral("Local")));
        const auto conflicts = m_store->conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].localJson,
                 patientJson(QStringLiteral("p1"), QStringLiteral("Local")));
        QCOMPARE(conflicts[0].serverJson,
                 patientJson(QStringLiteral("p1"), QStringLiteral("Server2")));
        QCOMPARE(conflicts[0].serverVersionId, QStringLiteral("2"));
        // p1 waits for a person; p9 still goes.
        const auto sendable = m_outbox->next(10).value();
        QCOMPARE(sendable.size(), 1);
        QCOMPARE(sendable[0].id, QStringLiteral("p9"));
        QCOMPARE(m_outbox->pendingCount().value(), 2);

        // A choice on versions that changed since they were shown is refused, nothing written:
        // the server moved on again (Server3), then a local edit.
        const Conflict shown = conflicts[0];
        QCOMPARE(m_store
                     ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("3"),
                                                   QStringLiteral("Server3"))})
                     .value()
                     .conflicts,
                 1);
        const auto refused = m_store->resolveConflict(
            shown, patientJson(QStringLiteral("p1"), QStringLiteral("Merged")),
            QStringLiteral("admin-1"));
        QCOMPARE(refused.error().code(), QByteArray("storage/conflict-changed"));
        QCOMPARE(m_store->get(QStringLiteral("Patient"), QStringLiteral("p1")).value()->json,
                 patientJson(QStringLiteral("p1"), QStringLiteral("Local")));
        QCOMPARE(m_outbox->pendingCount().value(), 2);
        const Conflict second = m_store->conflicts().value().first();
        QCOMPARE(second.serverVersionId, QStringLiteral("3"));
        QVERIFY(
            m_store
                ->writeLocal({change(Op::Update, QStringLiteral("p1"), QStringLiteral("Local2"))})
                .ok());
        const Conflict current = m_store->conflicts().value().first();
        QCOMPARE(current.localJson, patientJson(QStringLiteral("p1"), QStringLiteral("Local2")));
        QCOMPARE(m_store->resolveConflict(second, second.serverJson, QStringLiteral("admin-1"))
                     .error()
                     .code(),
                 QByteArray("storage/conflict-changed"));
        // Deleted here after it was shown: the JSON is the same, the choice is still refused (it
        // would bring the record back unseen).
        QVERIFY(m_store->writeLocal({change(Op::Delete, QStringLiteral("p1"))}).ok());
        QCOMPARE(m_store->resolveConflict(current, current.localJson, QStringLiteral("admin-1"))
                     .error()
                     .code(),
                 QByteArray("storage/conflict-changed"));
        const Conflict deleted = m_store->conflicts().value().first();
        QCOMPARE(deleted.localState, LocalState::Deleted);

        QVERIFY(m_store
                    ->resolveConflict(deleted,
                                      patientJson(QStringLiteral("p1"), QStringLiteral("Merged")),
                                      QStringLiteral("admin-1"))
                    .ok());
        QVERIFY(m_store->conflicts().value().isEmpty());
        const auto after = m_outbox->next(10).value();
        QCOMPARE(after.size(), 2);
        const auto& resolution = after[1];
        QCOMPARE(resolution.id, QStringLiteral("p1"));
        QCOMPARE(resolution.operation, Op::Update);
        QCOMPARE(resolution.baseVersionId, QStringLiteral("3"));
        QCOMPARE(resolution.actorId, QStringLiteral("admin-1"));
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Updated);
        QVERIFY(!m_store->resolveConflict(current, "{}", QStringLiteral("admin-1")).ok());
    }

    void aDeletionInConflictStaysOneAndMayBeKept() {
        QVERIFY(
            m_store
                ->applyFromServer(
                    {fromServer(QStringLiteral("p1"), QStringLiteral("1"), QStringLiteral("A")),
                     fromServer(QStringLiteral("p2"), QStringLiteral("1"), QStringLiteral("B"))})
                .ok());
        QVERIFY(m_store
                    ->writeLocal({change(Op::Delete, QStringLiteral("p1")),
                                  change(Op::Delete, QStringLiteral("p2"))})
                    .ok());
        // p1 changed on the server, seen by a pull; p2's DELETE met a newer version (412).
        QCOMPARE(m_store
                     ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("2"),
                                                   QStringLiteral("A2"))})
                     .value()
                     .conflicts,
                 1);
        const auto p2 = m_outbox->next(10).value();
        QCOMPARE(p2.size(), 1);
        QVERIFY(m_outbox
                    ->recordConflict(p2.first().seq,
                                     patientJson(QStringLiteral("p2"), QStringLiteral("B2")),
                                     QStringLiteral("2"))
                    .ok());
        const auto conflicts = m_store->conflicts().value();
        QCOMPARE(conflicts.size(), 2);
        for (const Conflict& c : conflicts) {
            QCOMPARE(c.localState, LocalState::Deleted); // what the person is asked about
            QCOMPARE(stateOf(c.id), LocalState::Deleted);
        }
        // Kept: the deletion goes again, on the server's version; the other is still waiting.
        QVERIFY(m_store->resolveConflict(conflicts[0], {}, QStringLiteral("admin-1")).ok());
        const auto next = m_outbox->next(10).value();
        QCOMPARE(next.size(), 1);
        QCOMPARE(next[0].id, conflicts[0].id);
        QCOMPARE(next[0].operation, Op::Delete);
        QCOMPARE(next[0].baseVersionId, QStringLiteral("2"));
        QCOMPARE(stateOf(conflicts[0].id), LocalState::Deleted);
        // Nothing chosen for a conflict that is no deletion is refused.
        Conflict edited = conflicts[1];
        edited.localState = LocalState::Conflict;
        QCOMPARE(m_store->resolveConflict(edited, {}, QStringLiteral("admin-1")).error().code(),
                 QByteArray("storage/invalid-change"));
    }

    void aRefusedPushKeepsBothVersions() {
        QVERIFY(m_store
                    ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("1"),
                                                  QStringLiteral("S1"))})
                    .ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, QStringLiteral("p1"), QStringLiteral("L"))})
                    .ok());
        const auto entry = m_outbox->next(1).value().first();
        QVERIFY(m_outbox->markAttempt(entry.seq).ok());
        QVERIFY(m_outbox->recordFailure(entry.seq, QStringLiteral("HTTP 503")).ok());
        QCOMPARE(m_outbox->next(1).value().first().attempts, 1);
        QCOMPARE(m_outbox->next(1).value().first().lastError, QStringLiteral("HTTP 503"));
        // 412 Precondition Failed: the server has version 2.
        QVERIFY(m_outbox
                    ->recordConflict(entry.seq,
                                     patientJson(QStringLiteral("p1"), QStringLiteral("S2")),
                                     QStringLiteral("2"))
                    .ok());
        QCOMPARE(stateOf(QStringLiteral("p1")), LocalState::Conflict);
        QVERIFY(m_outbox->next(10).value().isEmpty());
        QCOMPARE(m_store->conflicts().value().first().localJson,
                 patientJson(QStringLiteral("p1"), QStringLiteral("L")));
        QCOMPARE(m_outbox->recordFailure(999, QStringLiteral("x")).error().code(),
                 QByteArray("storage/not-found"));
        QCOMPARE(m_outbox->markAttempt(999).error().code(), QByteArray("storage/not-found"));
    }

    // The same server version read again (cursors stay behind the server's read): the conflict
    // it made is the one already kept, not a new one.
    void aConflictReadAgainIsNotCountedAgain() {
        QVERIFY(m_store->applyFromServer({fromServer(u"p1"_s, u"1"_s, u"S1"_s)}).ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"p1"_s, u"L"_s)}).ok());
        const auto first = m_store->applyFromServer({fromServer(u"p1"_s, u"2"_s, u"S2"_s)});
        QCOMPARE(first.value().conflicts, 1);
        const QDateTime detected = m_store->conflicts().value().first().detectedAtUtc;
        const auto again = m_store->applyFromServer({fromServer(u"p1"_s, u"2"_s, u"S2"_s)});
        QCOMPARE(again.value().conflicts, 0);
        QCOMPARE(again.value().unchanged, 1);
        QCOMPARE(m_store->conflicts().value().first().detectedAtUtc, detected);
        // A newer server version is news: the conflict now holds it.
        const auto newer = m_store->applyFromServer({fromServer(u"p1"_s, u"3"_s, u"S3"_s)});
        QCOMPARE(newer.value().conflicts, 1);
        QCOMPARE(m_store->conflicts().value().first().serverVersionId, u"3"_s);
    }

    void theCursorMovesWithTheBatchThatReachedIt() {
        QCOMPARE(m_store->cursor(QStringLiteral("Patient")).value(), QString());
        const ResourceStore::Cursor at{QStringLiteral("Patient"),
                                       QStringLiteral("2026-11-20T10:00:00.000+00:00")};
        QVERIFY(m_store
                    ->applyFromServer({fromServer(QStringLiteral("p1"), QStringLiteral("1"),
                                                  QStringLiteral("A"))},
                                      at)
                    .ok());
        QCOMPARE(m_store->cursor(QStringLiteral("Patient")).value(), at.lastUpdated);
        QCOMPARE(m_store->cursor(QStringLiteral("Observation")).value(), QString());
    }

    void pendingPullsAreKeptWithTheirBatchUntilDoneAcrossAReopen() {
        const PendingPull encounters{0, QStringLiteral("Encounter"),
                                     QStringLiteral("patient=Patient/p2")};
        const PendingPull observations{0, QStringLiteral("Observation"),
                                       QStringLiteral("subject=Patient/p2")};
        QStringList told;
        const ResourceStore::FollowUps followUps = [&](const PullOutcome& outcome) {
            told = outcome.insertedIds;
            return QList<PendingPull>{encounters, observations};
        };
        QVERIFY(
            m_store
                ->applyFromServer(
                    {fromServer(QStringLiteral("p2"), QStringLiteral("4"), QStringLiteral("B"))},
                    {{QStringLiteral("Patient"), QStringLiteral("2026-11-20T10:00:00.000Z")}},
                    followUps)
                .ok());
        QCOMPARE(told, QStringList{QStringLiteral("p2")});
        // The same searches named again (the patient seen again before they were made): once.
        QVERIFY(m_store->applyFromServer({}, std::nullopt, followUps).ok());

        // The program stops: they are still there at the next start, in order.
        m_outbox.reset();
        m_store.reset();
        m_db.reset();
        m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("s.db")))).value();
        m_store = std::make_unique<ResourceStore>(*m_db);
        auto pending = m_store->pendingPulls().value();
        QCOMPARE(pending.size(), 2);
        QVERIFY(pending[0].sameSearch(encounters));
        QVERIFY(pending[1].sameSearch(observations));
        QVERIFY(pending[0].seq < pending[1].seq);

        QVERIFY(m_store->pullDone(pending[0].seq).ok());
        pending = m_store->pendingPulls().value();
        QCOMPARE(pending.size(), 1);
        QVERIFY(pending[0].sameSearch(observations));
    }

    void aStoreOfSchema12GainsPendingPullsAndKeepsItsCursors() {
        const ResourceStore::Cursor at{QStringLiteral("Patient"),
                                       QStringLiteral("2026-11-20T10:00:00.000Z")};
        QVERIFY(m_store->applyFromServer({}, at).ok());
        {
            // Back to the schema as the previous release left it.
            QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
            for (const QString& sql :
                 {QStringLiteral("DROP INDEX outbox_group"),
                  QStringLiteral("ALTER TABLE outbox DROP COLUMN change_group"),
                  QStringLiteral("ALTER TABLE outbox DROP COLUMN refused"),
                  QStringLiteral("DROP TABLE sync_catch_up"),
                  QStringLiteral("DELETE FROM schema_history "
                                 "WHERE version >= 13"),
                  QStringLiteral("PRAGMA user_version = 12")})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        m_outbox.reset();
        m_store.reset();
        m_db.reset();
        m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("s.db")))).value();
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 13);
        m_store = std::make_unique<ResourceStore>(*m_db);
        QCOMPARE(m_store->cursor(QStringLiteral("Patient")).value(), at.lastUpdated);
        QVERIFY(m_store->pendingPulls().value().isEmpty());
        QVERIFY(m_store
                    ->applyFromServer(
                        {}, std::nullopt,
                        [](const PullOutcome&) {
                            return QList<PendingPull>{{0, QStringLiteral("Encounter"), QString()}};
                        })
                    .ok());
        QCOMPARE(m_store->pendingPulls().value().size(), 1);
    }

    void aLargePullIsOneTransaction() {
        QList<StoredResource> batch;
        for (int i = 0; i < 5000; ++i)
            batch << fromServer(QStringLiteral("bulk-%1").arg(i), QStringLiteral("1"),
                                QStringLiteral("N%1").arg(i));
        QCOMPARE(m_store->applyFromServer(batch).value().inserted, 5000);
        QCOMPARE(m_store->forPatient(QStringLiteral("bulk-4999")).value().size(), 1);
        QVERIFY(m_db->integrityCheck().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ResourceStoreTest)
#include "tst_ResourceStore.moc"
