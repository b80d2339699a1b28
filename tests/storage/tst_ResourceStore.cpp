// The local copy of the record and its outbox: every local change is queued with it atomically,
// acknowledgements move versions forward, and server data never overwrites a pending change.
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil::storage;
using Op = LocalChange::Operation;
using namespace Qt::StringLiterals;

namespace {

QByteArray patientJson(const QString& id, const QString& family) {
    return QStringLiteral(R"({"resourceType":"Patient","id":"%1","name":[{"family":"%2"}]})")
        .arg(id, family)
        .toUtf8();
}

LocalChange change(Op op, const QString& id, const QString& family = QStringLiteral("Alaoui")) {
    return {op,
            QStringLiteral("Patient"),
            id,
            id,
            op == Op::Delete ? QByteArray() : patientJson(id, family),
            QStringLiteral("user-1")};
}

StoredResource fromServer(const QString& id, const QString& version, const QString& family) {
    StoredResource r;
    r.type = QStringLiteral("Patient");
    r.id = id;
    r.versionId = version;
    r.lastUpdatedUtc = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    r.patientId = id;
    r.json = patientJson(id, family);
    return r;
}

} // namespace

class ResourceStoreTest : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ResourceStore> m_store;
    std::unique_ptr<Outbox> m_outbox;

    LocalState stateOf(const QString& id) const {
        return m_store->get(QStringLiteral("Patient"), id).value()->state;
    }

private slots:
    void init() {
        m_outbox.reset();
        m_store.reset();
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>(); // a fresh store, WAL files included
        m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("s.db")))).value();
        m_store = std::make_unique<ResourceStore>(*m_db);
        m_outbox = std::make_unique<Outbox>(*m_db);
    }

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

    // The server's version kept for a resource of a change sent together: the rest of the change
    // goes without it, and a resource alone is counted as part of none.
    void theServersVersionKeptLeavesTheRestOfTheChange() {
        for (const QString& id : {u"s1"_s, u"s2"_s, u"p"_s})
            QVERIFY(m_store->applyFromServer({fromServer(id, u"1"_s, u"S"_s)}).ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {change(Op::Update, u"s1"_s, u"M"_s), change(Op::Update, u"s2"_s, u"M"_s)},
                        ResourceStore::Sending::Together)
                    .ok());
        QVERIFY(m_store->writeLocal({change(Op::Update, u"p"_s, u"L"_s)}).ok());
        const auto all = m_outbox->next(10).value();
        QVERIFY(m_outbox->recordConflict(all[0].seq, patientJson(u"s1"_s, u"X"_s), u"2"_s).ok());
        QVERIFY(m_outbox->recordConflict(all[2].seq, patientJson(u"p"_s, u"X"_s), u"2"_s).ok());
        const auto conflicts = m_store->conflicts().value();
        QCOMPARE(conflicts.size(), 2);
        const Conflict& alone = conflicts[0].id == u"p"_s ? conflicts[0] : conflicts[1];
        const Conflict& member = conflicts[0].id == u"p"_s ? conflicts[1] : conflicts[0];
        QCOMPARE(alone.group, 0);
        QCOMPARE(alone.together, 0);
        QCOMPARE(member.together, 1);
        QVERIFY(m_store->keepServerVersion(member, fromServer(u"s1"_s, u"2"_s, u"X"_s)).ok());
        const auto left = m_outbox->next(10).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].id, u"s2"_s);
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
