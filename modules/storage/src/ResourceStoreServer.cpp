// The server's side of the store: what pulls bring (resources, deletions), where each pull has
// reached, and the pulls still to make.
#include "IndexWriter.h"
#include "ResourceRows.h"
#include "SqlError.h"
#include "SqlValues.h"
#include "StorageLog.h"
#include "Transaction.h"

#include <sijil/storage/Database.h>
#include <sijil/storage/ResourceStore.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sijil::storage {

using rows::find;
using rows::removeResource;
using rows::upsert;

namespace {

// The same resource but for its bookkeeping (`meta`: version, time, source).
bool sameContent(const QByteArray& a, const QByteArray& b) {
    if (a.isEmpty() || b.isEmpty())
        return false;
    QJsonObject x = QJsonDocument::fromJson(a).object();
    QJsonObject y = QJsonDocument::fromJson(b).object();
    x.remove(QStringLiteral("meta"));
    y.remove(QStringLiteral("meta"));
    return !x.isEmpty() && x == y;
}

// A change made here is still waiting to be sent, and the server moved on (or deleted the
// resource: `serverJson` empty): both are kept for a person to choose.
core::Status keepBoth(QSqlDatabase& db, const StoredResource& local, const QByteArray& serverJson,
                      const QString& serverVersion, const QDateTime& now) {
    QSqlQuery c(db);
    c.prepare(QStringLiteral("INSERT OR REPLACE INTO conflicts(type, id, local_json, "
                             "server_json, server_version, detected_at) VALUES (?,?,?,?,?,?)"));
    for (const QVariant& v : {QVariant(local.type), QVariant(local.id), QVariant(local.json),
                              QVariant(serverJson.isNull() ? QByteArray("") : serverJson),
                              textValue(serverVersion), QVariant(isoTime(now))})
        c.addBindValue(v);
    if (!c.exec())
        return sqlError(c.lastError(), "record conflict");
    StoredResource kept = local;
    // A deletion in conflict stays one, so that the person choosing sees what was done.
    if (local.state != LocalState::Deleted)
        kept.state = LocalState::Conflict;
    if (auto s = upsert(db, kept); !s)
        return s;
    qCInfo(lcStorage) << "conflict kept for a" << local.type;
    return {};
}

core::Status moveCursor(QSqlDatabase& db, const ResourceStore::Cursor& cursor) {
    QSqlQuery c(db);
    c.prepare(
        QStringLiteral("INSERT OR REPLACE INTO sync_cursor(type, last_updated) VALUES (?, ?)"));
    c.addBindValue(cursor.type);
    c.addBindValue(textValue(cursor.lastUpdated));
    if (!c.exec())
        return sqlError(c.lastError(), "move pull cursor");
    return {};
}

// Only numbers are compared: other version strings say nothing of order.
bool heldLater(const QString& held, const QString& deleted) {
    bool heldIsNumber = false;
    bool deletedIsNumber = false;
    const qlonglong h = held.toLongLong(&heldIsNumber);
    const qlonglong d = deleted.toLongLong(&deletedIsNumber);
    return heldIsNumber && deletedIsNumber && h > d;
}

// Whether the resource's conflict already holds this server version (a deletion: `deletion`),
// read again because cursors stay behind the server's read.
std::optional<bool> conflictHoldsVersion(QSqlDatabase& db, const QString& type, const QString& id,
                                         const QString& version, core::Status& status,
                                         bool deletion = false) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM conflicts WHERE type = ? AND id = ? AND "
                             "server_version = ? AND (length(server_json) = 0) = ?"));
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(textValue(version));
    q.addBindValue(deletion ? 1 : 0);
    if (!q.exec()) {
        status = sqlError(q.lastError(), "read conflict");
        return std::nullopt;
    }
    return q.next();
}

} // namespace

core::Result<QString> ResourceStore::cursor(const QString& type) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral("SELECT last_updated FROM sync_cursor WHERE type = ?"));
    q.addBindValue(type);
    if (!q.exec())
        return sqlError(q.lastError(), "read pull cursor");
    return q.next() ? q.value(0).toString() : QString();
}

core::Result<QDateTime> ResourceStore::oldestFromServer(const QString& type) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    // Walks resources_updated in order and stops at the first row from the server.
    q.prepare(QStringLiteral("SELECT last_updated FROM resources WHERE type = ? AND "
                             "last_updated <> '' AND version_id <> '' ORDER BY last_updated "
                             "LIMIT 1"));
    q.addBindValue(type);
    if (!q.exec())
        return sqlError(q.lastError(), "read the oldest server time");
    return q.next() ? fromIsoTime(q.value(0)) : QDateTime();
}

core::Result<QList<PendingPull>> ResourceStore::pendingPulls() const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, type, query FROM sync_catch_up ORDER BY seq")))
        return sqlError(q.lastError(), "read pending pulls");
    QList<PendingPull> out;
    while (q.next())
        out << PendingPull{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

namespace {

// The records put back that wait for catch-up `seq` no longer wait for it; how many.
core::Result<int> releaseWaitingFor(QSqlDatabase db, qint64 seq) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM stale_resources WHERE (type, query) IN "
                             "(SELECT type, query FROM sync_catch_up WHERE seq = ?)"));
    q.addBindValue(seq);
    if (!q.exec())
        return sqlError(q.lastError(), "release records to read again");
    return q.numRowsAffected();
}

} // namespace

core::Status ResourceStore::pullDone(qint64 seq) {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s;
    // Read again in full: what it did not bring is not on the server (or not for this site)
    // any more, and the deletions read says so; the records it was for take changes again.
    if (auto released = releaseWaitingFor(tx.db(), seq); !released)
        return released.error();
    QSqlQuery q(tx.db());
    q.prepare(QStringLiteral("DELETE FROM sync_catch_up WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return sqlError(q.lastError(), "remove pending pull");
    return tx.commit();
}

core::Status ResourceStore::stopWaitingFor(qint64 seq) {
    auto released = releaseWaitingFor(QSqlDatabase::database(m_database.connectionName()), seq);
    if (!released)
        return released.error();
    if (*released > 0)
        qCWarning(lcStorage) << *released
                             << "records no longer wait to be read again: their pull was refused";
    return {};
}

core::Result<PullOutcome> ResourceStore::applyFromServer(const QList<StoredResource>& resources,
                                                         const std::optional<Cursor>& cursor,
                                                         const FollowUps& followUps) {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s.error();
    PullOutcome outcome;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    IndexWriter index(tx.db(), m_indexer.get());
    QSqlQuery stale(tx.db()); // records put back after a change given up, waiting for this
    if (!stale.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM stale_resources)")) ||
        !stale.next())
        return sqlError(stale.lastError(), "read records to read again");
    const bool anyStale = stale.value(0).toBool();
    stale.finish();
    stale.prepare(QStringLiteral("DELETE FROM stale_resources WHERE type = ? AND id = ?"));
    for (const StoredResource& incoming : resources) {
        core::Status status;
        const std::optional<StoredResource> local =
            find(tx.db(), incoming.type, incoming.id, status);
        if (!status)
            return status.error();
        // The server's copy arrived: it replaces what was put back, or meets it as a conflict
        // (an older change still queued) that a person resolves with both shown.
        if (anyStale && !(local && heldLater(local->versionId, incoming.versionId))) {
            stale.addBindValue(incoming.type);
            stale.addBindValue(incoming.id);
            if (!stale.exec())
                return sqlError(stale.lastError(), "read a record again");
        }
        // The same version is the same content, except on a copy a change given up could not
        // put back as it was (queued before that was kept): held in sync, it takes the server's,
        // and the patient the server's content names.
        if (local && local->versionId == incoming.versionId && !incoming.versionId.isEmpty() &&
            (local->state != LocalState::Synced ||
             ((local->json == incoming.json || sameContent(local->json, incoming.json)) &&
              (incoming.patientId.isEmpty() || incoming.patientId == local->patientId)))) {
            ++outcome.unchanged;
            continue;
        }
        // An older version than the one held (a lagging replica or cache, read after our own
        // push was accepted): taken, it would step the copy back, and the next edit here would
        // meet a conflict with our own version.
        if (local && heldLater(local->versionId, incoming.versionId)) {
            ++outcome.unchanged;
            continue;
        }
        if (local && local->state == LocalState::Conflict) {
            // Read again (cursors stay behind the server's read): the conflict already holds it.
            const auto known = conflictHoldsVersion(tx.db(), incoming.type, incoming.id,
                                                    incoming.versionId, status);
            if (!known)
                return status.error();
            if (*known) {
                ++outcome.unchanged;
                continue;
            }
        }
        // Our own change, applied by a push whose answer was lost or unreadable: nothing to
        // choose. The change stays queued; sent again, it is recognised as applied.
        if (local && local->state != LocalState::Synced && local->state != LocalState::Conflict &&
            sameContent(local->json, incoming.json)) {
            ++outcome.unchanged;
            continue;
        }
        if (local && local->state != LocalState::Synced) {
            if (auto s = keepBoth(tx.db(), *local, incoming.json, incoming.versionId, now); !s)
                return s.error();
            ++outcome.conflicts;
            continue;
        }
        StoredResource r = incoming;
        r.state = LocalState::Synced;
        r.localUpdatedUtc = now;
        if (auto s = upsert(tx.db(), r); !s)
            return s.error();
        if (auto s = index.put(r.type, r.id, r.json); !s)
            return s.error();
        ++(local ? outcome.updated : outcome.inserted);
        if (!local)
            outcome.insertedIds << r.id;
    }
    if (cursor) {
        if (auto s = moveCursor(tx.db(), *cursor); !s)
            return s.error();
    }
    if (followUps) {
        QSqlQuery f(tx.db());
        f.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_catch_up(type, query, added_at) "
                                 "VALUES (?,?,?)"));
        for (const PendingPull& p : followUps(outcome)) {
            f.addBindValue(p.type);
            f.addBindValue(textValue(p.query));
            f.addBindValue(isoTime(now));
            if (!f.exec())
                return sqlError(f.lastError(), "keep pending pull");
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcome;
}

core::Result<DeletionOutcome>
ResourceStore::applyDeletionsFromServer(const QList<ServerDeletion>& deletions,
                                        const std::optional<Cursor>& cursor) {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s.error();
    DeletionOutcome outcome;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    IndexWriter index(tx.db(), m_indexer.get());
    for (const ServerDeletion& deletion : deletions) {
        core::Status status;
        const std::optional<StoredResource> local =
            find(tx.db(), deletion.type, deletion.id, status);
        if (!status)
            return status.error();
        // Not held here (another site's patient), deleted here too, or made again since.
        if (!local || local->state == LocalState::Deleted ||
            heldLater(local->versionId, deletion.versionId) ||
            (deletion.madeBeforeUtc.isValid() && local->lastUpdatedUtc.isValid() &&
             local->lastUpdatedUtc >= deletion.madeBeforeUtc)) {
            ++outcome.ignored;
            continue;
        }
        if (local->state == LocalState::Conflict) {
            const auto known = conflictHoldsVersion(tx.db(), deletion.type, deletion.id,
                                                    deletion.versionId, status, true);
            if (!known)
                return status.error();
            if (*known) {
                ++outcome.ignored;
                continue;
            }
        }
        if (local->state != LocalState::Synced) {
            if (auto s = keepBoth(tx.db(), *local, {}, deletion.versionId, now); !s)
                return s.error();
            ++outcome.conflicts;
            continue;
        }
        if (auto s = removeResource(tx.db(), deletion.type, deletion.id); !s)
            return s.error();
        if (auto s = index.remove(deletion.type, deletion.id); !s)
            return s.error();
        ++outcome.removed;
    }
    if (cursor) {
        if (auto s = moveCursor(tx.db(), *cursor); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcome;
}

} // namespace sijil::storage
