// The conflicts the store keeps (a resource changed both here and on the server) and a person's
// choice between their versions, applied in place in the outbox.
#include "GiveUpChanges.h"
#include "IndexWriter.h"
#include "ResourceRows.h"
#include "SqlError.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <sijil/core/UserText.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/ResourceStore.h>

#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

#include <algorithm>

namespace sijil::storage {

using detail::giveUpChanges;
using detail::GiveUpFrom;
using rows::enqueue;
using rows::find;
using rows::invalidChange;
using rows::removeResource;
using rows::upsert;

namespace {

constexpr const char* kCtx = "sijil::storage::ResourceStore";

core::Error conflictChanged() {
    return core::Error(
        "storage/conflict-changed",
        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::ResourceStore",
                                               "Ce dossier a changé depuis l'affichage du conflit "
                                               "(nouvelle version reçue du serveur ou modifiée "
                                               "sur ce poste). Rien n'a été enregistré : "
                                               "comparez à nouveau les deux versions.")),
        QStringLiteral("conflict changed since shown"));
}

} // namespace

namespace {

// The local side is the resource as it is now: a local edit made after the conflict was found is
// what a person compares and keeps.
const QString kConflictColumns = QStringLiteral(
    "c.type, c.id, coalesce(r.json, c.local_json), c.server_json, c.server_version, "
    "c.detected_at, coalesce(r.local_state, 4), "
    "coalesce((SELECT min(o.change_group) FROM outbox o WHERE o.type = c.type AND o.id = c.id "
    "AND o.change_group != 0), 0), "
    // The other resources of the changes it is part of, and those of them in conflict too.
    "(SELECT count(DISTINCT g.type || '/' || g.id) FROM outbox g WHERE g.change_group IN "
    "(SELECT o.change_group FROM outbox o WHERE o.type = c.type AND o.id = c.id "
    "AND o.change_group != 0) AND (g.type != c.type OR g.id != c.id)), "
    "(SELECT count(DISTINCT g.type || '/' || g.id) FROM outbox g JOIN conflicts k "
    "ON k.type = g.type AND k.id = g.id WHERE g.change_group IN "
    "(SELECT o.change_group FROM outbox o WHERE o.type = c.type AND o.id = c.id "
    "AND o.change_group != 0) AND (g.type != c.type OR g.id != c.id)), "
    // The Patients among them (a merge or its undoing writes two).
    "(SELECT count(DISTINCT g.id) FROM outbox g WHERE g.type = 'Patient' AND g.change_group IN "
    "(SELECT o.change_group FROM outbox o WHERE o.type = c.type AND o.id = c.id "
    "AND o.change_group != 0) AND (g.type != c.type OR g.id != c.id)) "
    "FROM conflicts c LEFT JOIN resources r ON r.type = c.type AND r.id = c.id");

Conflict conflictOf(const QSqlQuery& q) {
    return Conflict{q.value(0).toString(),
                    q.value(1).toString(),
                    q.value(2).toByteArray(),
                    q.value(3).toByteArray(),
                    q.value(4).toString(),
                    fromIsoTime(q.value(5)),
                    static_cast<LocalState>(q.value(6).toInt()),
                    q.value(7).toLongLong(),
                    q.value(8).toInt(),
                    q.value(9).toInt(),
                    q.value(10).toInt()};
}

} // namespace

core::Result<ResourceStore::Refusal> ResourceStore::refusal(const QString& patientId) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral(
        "SELECT o.last_error, o.change_group != 0 AND NOT EXISTS (SELECT 1 FROM outbox g "
        "WHERE g.change_group = o.change_group AND g.operation = 'create') FROM resources r "
        "JOIN outbox o ON o.type = r.type AND o.id = r.id "
        "WHERE r.patient_id = ? AND o.refused = 1 ORDER BY o.seq LIMIT 1"));
    q.addBindValue(patientId);
    if (!q.exec())
        return sqlError(q.lastError(), "read refused changes");
    if (!q.next())
        return Refusal{};
    return Refusal{q.value(0).toString(), q.value(1).toInt() == 1};
}

core::Result<QList<Conflict>> ResourceStore::conflicts() const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    if (!q.exec(QStringLiteral("SELECT %1 ORDER BY c.detected_at").arg(kConflictColumns)))
        return sqlError(q.lastError(), "read conflicts");
    QList<Conflict> out;
    while (q.next())
        out << conflictOf(q);
    return out;
}

namespace {

// The conflict on `shown`'s resource as it is now, closed in `db`'s transaction: its row and the
// resource's waiting changes deleted (a person's choice supersedes them; the local side shown is
// the resource as it is now, so a change made here after the conflict was found was seen).
// Refused when either side changed since `shown` was read.
struct Closed {
    Conflict now;
    StoredResource local;
    // The resource's entries in changes sent together (seq, group), oldest first: a choice takes
    // their places, so that each change still goes whole and in order.
    QList<std::pair<qint64, qint64>> places;
};

core::Result<Closed> closeConflict(QSqlDatabase& db, const Conflict& shown) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 WHERE c.type = ? AND c.id = ?").arg(kConflictColumns));
    q.addBindValue(shown.type);
    q.addBindValue(shown.id);
    if (!q.exec())
        return sqlError(q.lastError(), "read conflict");
    if (!q.next())
        return invalidChange("no such conflict");
    const Conflict now = conflictOf(q);
    q.finish();
    if (!now.sameVersions(shown))
        return conflictChanged();
    core::Status status;
    std::optional<StoredResource> local = find(db, shown.type, shown.id, status);
    if (!status)
        return status.error();
    if (!local)
        return invalidChange("conflict without a resource");
    Closed closed{now, *local, {}};
    q.prepare(QStringLiteral("SELECT seq, change_group FROM outbox WHERE type = ? AND id = ? "
                             "AND change_group != 0 ORDER BY seq"));
    q.addBindValue(shown.type);
    q.addBindValue(shown.id);
    if (!q.exec())
        return sqlError(q.lastError(), "read the changes sent together");
    while (q.next())
        closed.places.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    for (const QString& sql : {QStringLiteral("DELETE FROM outbox WHERE type = ? AND id = ?"),
                               QStringLiteral("DELETE FROM conflicts WHERE type = ? AND id = ?")}) {
        QSqlQuery d(db);
        d.prepare(sql);
        d.addBindValue(shown.type);
        d.addBindValue(shown.id);
        if (!d.exec())
            return sqlError(d.lastError(), "close conflict");
    }
    return closed;
}

// The entry just queued takes the resource's places in the changes sent together it was part
// of: the first one, and the later ones as an update to the same content, so that each change
// still goes whole with the resource in it (a deletion needs saying once).
core::Status takePlaces(QSqlDatabase& db, const Closed& closed) {
    if (closed.places.isEmpty())
        return {};
    const auto& [first, group] = closed.places.first();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE outbox SET seq = ?, change_group = ? WHERE seq = last_insert_rowid()"));
    q.addBindValue(first);
    q.addBindValue(group);
    if (!q.exec())
        return sqlError(q.lastError(), "put a choice back in its change");
    if (q.numRowsAffected() != 1)
        return invalidChange("a choice not queued");
    // What each place replaced, should the change be given up: the server's version the choice
    // applies to, then the choice itself.
    QSqlQuery previous(db);
    previous.prepare(
        QStringLiteral("INSERT OR REPLACE INTO outbox_previous(seq, json) VALUES (?, ?)"));
    if (!closed.now.serverDeleted()) {
        previous.addBindValue(first);
        previous.addBindValue(closed.now.serverJson);
        if (!previous.exec())
            return sqlError(previous.lastError(), "keep what a choice replaced");
    }
    QSqlQuery copy(db);
    copy.prepare(QStringLiteral(
        "INSERT INTO outbox(seq, type, id, operation, base_version, json, actor_id, created_at, "
        "change_group) SELECT ?, type, id, 'update', base_version, json, actor_id, created_at, ? "
        "FROM outbox WHERE seq = ? AND operation != 'delete'"));
    QSqlQuery copied(db);
    copied.prepare(QStringLiteral("INSERT OR REPLACE INTO outbox_previous(seq, json) "
                                  "SELECT seq, json FROM outbox WHERE seq = ?"));
    for (qsizetype i = 1; i < closed.places.size(); ++i) {
        copy.addBindValue(closed.places[i].first);
        copy.addBindValue(closed.places[i].second);
        copy.addBindValue(first);
        if (!copy.exec())
            return sqlError(copy.lastError(), "put a choice back in its changes");
        copied.addBindValue(closed.places[i].first);
        if (!copied.exec())
            return sqlError(copied.lastError(), "put a choice back in its changes");
    }
    return {};
}

} // namespace

core::Status ResourceStore::resolveConflict(const Conflict& shown, const QByteArray& chosenJson,
                                            const QString& actorId) {
    if ((chosenJson.isEmpty() && shown.localState != LocalState::Deleted &&
         !shown.serverDeleted()) ||
        actorId.isEmpty())
        return invalidChange("empty resolution");
    const QString& type = shown.type;
    const QString& id = shown.id;
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s;
    // The superseded local entries leave the queue; the choice is one update of the server's
    // version.
    auto closed = closeConflict(tx.db(), shown);
    if (!closed)
        return closed.error();
    const Conflict& now = closed->now;
    const StoredResource& local = closed->local;
    const QString serverVersion = now.serverVersionId;
    IndexWriter index(tx.db(), m_indexer.get());
    if (now.serverDeleted() && chosenJson.isEmpty()) { // the server's deletion is accepted
        if (auto s = removeResource(tx.db(), type, id); !s)
            return s;
        if (auto s = index.remove(type, id); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        if (m_localWriteListener) // what waited with it may go now
            m_localWriteListener();
        return {};
    }
    const bool deletion = chosenJson.isEmpty(); // this workstation's deletion stands
    StoredResource r = local;
    if (!deletion)
        r.json = chosenJson;
    r.versionId = serverVersion;
    // Kept over the server's deletion: the resource is made again there (no version to match).
    const bool again = now.serverDeleted();
    r.state = deletion ? LocalState::Deleted : again ? LocalState::Created : LocalState::Updated;
    r.localUpdatedUtc = QDateTime::currentDateTimeUtc();
    if (auto s = upsert(tx.db(), r); !s)
        return s;
    if (auto s = deletion ? index.remove(type, id) : index.put(type, id, chosenJson, true); !s)
        return s;
    LocalChange change{deletion ? LocalChange::Operation::Delete
                       : again  ? LocalChange::Operation::Create
                                : LocalChange::Operation::Update,
                       type,
                       id,
                       r.patientId,
                       chosenJson,
                       actorId};
    if (auto s = enqueue(tx.db(), change, serverVersion); !s)
        return s;
    if (auto s = takePlaces(tx.db(), *closed); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    if (m_localWriteListener)
        m_localWriteListener();
    return {};
}

core::Status ResourceStore::keepServerVersion(const Conflict& shown, const StoredResource& server) {
    if (shown.serverDeleted() || server.type != shown.type || server.id != shown.id ||
        QJsonDocument::fromJson(server.json) != QJsonDocument::fromJson(shown.serverJson))
        return invalidChange("not the conflict's server version");
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s;
    auto closed = closeConflict(tx.db(), shown);
    if (!closed)
        return closed.error();
    const Conflict& now = closed->now;
    const StoredResource& local = closed->local;
    IndexWriter index(tx.db(), m_indexer.get());
    // Never the rest of a change sent together without it (a merge's survivor replacing a record
    // that is not replaced): the whole change is given up, its other resources put back as they
    // were. Safer than holding the rest back: held, it could never go, and its records would
    // show here a change the server will never have.
    GiveUpFrom from;
    for (const auto& place : closed->places)
        from.groups.insert(place.second);
    from.keptType = now.type;
    from.keptId = now.id;
    // A record made here since, in a change built on this one, would be removed with it: the
    // server has never had it.
    auto reached = detail::reachedBy(tx.db(), from);
    if (!reached)
        return reached.error();
    if (reached->createsSince)
        return core::Error(
            "storage/give-up-removes-record",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::ResourceStore",
                                                   "Garder la version du serveur central "
                                                   "abandonnerait aussi un élément créé depuis sur "
                                                   "ce poste (une couverture, un dossier), que le "
                                                   "serveur n'a pas : il disparaîtrait. Rien n'a "
                                                   "été modifié. Gardez la version de ce poste, ou "
                                                   "fusionnez les deux versions.")),
            now.type + u'/' + now.id);
    if (auto given = giveUpChanges(tx.db(), from, index); !given)
        return given.error();
    // Held as the server has it: nothing is sent, so a later change there is pulled as any
    // other, never a conflict asking the same person again.
    StoredResource r = server;
    r.versionId = now.serverVersionId;
    if (!r.lastUpdatedUtc.isValid())
        r.lastUpdatedUtc = local.lastUpdatedUtc;
    if (r.patientId.isEmpty())
        r.patientId = local.patientId;
    r.state = LocalState::Synced;
    r.localUpdatedUtc = QDateTime::currentDateTimeUtc();
    if (auto s = upsert(tx.db(), r); !s)
        return s;
    if (auto s = index.put(r.type, r.id, r.json); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    if (m_localWriteListener) // the waiting changes and conflicts counted again
        m_localWriteListener();
    return {};
}

} // namespace sijil::storage
