#include "CachedQuery.h"
#include "IndexWriter.h"
#include "ResourceRows.h"
#include "SqlError.h"
#include "SqlValues.h"
#include "StorageLog.h"
#include "Transaction.h"

#include <sijil/storage/Database.h>
#include <sijil/storage/ResourceStore.h>

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace sijil::storage {

using rows::find;
using rows::kColumns;
using rows::readRow;
using rows::removeResource;
using rows::upsert;

namespace {

constexpr const char* kCtx = "sijil::storage::ResourceStore";

QString operationCode(LocalChange::Operation op) {
    switch (op) {
    case LocalChange::Operation::Create:
        return QStringLiteral("create");
    case LocalChange::Operation::Update:
        return QStringLiteral("update");
    case LocalChange::Operation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

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

core::Error invalidChange(const char* why) {
    return core::Error("storage/invalid-change",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::ResourceStore",
                                                              "La modification n'a pas pu être "
                                                              "enregistrée : elle est incomplète "
                                                              "ou porte sur un élément inconnu.")),
                       QString::fromLatin1(why));
}

// Several creates in one statement per table: bulk work (an import, a day of offline
// registrations) then costs SQLite one statement per run instead of one per resource.
constexpr int kCreateRun = 50;

QString valuesList(const QString& tuple, qsizetype count) {
    QStringList tuples;
    for (qsizetype i = 0; i < count; ++i)
        tuples << tuple;
    return tuples.join(u',');
}

QString createSql(qsizetype count) {
    return QStringLiteral("INSERT INTO resources(%1) VALUES %2")
        .arg(kColumns,
             valuesList(
                 QStringLiteral("(?,?,'','',%1,?,?,?)").arg(static_cast<int>(LocalState::Created)),
                 count));
}

QString enqueueCreateSql(qsizetype count) {
    return QStringLiteral("INSERT INTO outbox(type, id, operation, base_version, json, actor_id, "
                          "created_at) VALUES %1")
        .arg(valuesList(QStringLiteral("(?,?,'create','',?,?,?)"), count));
}

// The statements of a batch, prepared once: SQLite compiles each only once per transaction.
struct Statements {
    Database& database; // for the creates, compiled once per connection (createRun)
    QSqlDatabase db;
    QSqlQuery find;
    QSqlQuery upsert;
    QSqlQuery enqueue;
    QSqlQuery keepSent;
    QSqlQuery replaceRefused;
    Statements(Database& store, QSqlDatabase& connection)
        : database(store)
        , db(connection)
        , find(db)
        , upsert(db)
        , enqueue(db)
        , keepSent(db)
        , replaceRefused(db) {
        find.prepare(
            QStringLiteral("SELECT %1 FROM resources WHERE type = ? AND id = ?").arg(kColumns));
        upsert.prepare(
            QStringLiteral("INSERT OR REPLACE INTO resources(%1) VALUES (?,?,?,?,?,?,?,?)")
                .arg(kColumns));
        enqueue.prepare(QStringLiteral("INSERT INTO outbox(type, id, operation, base_version, "
                                       "json, actor_id, created_at) VALUES (?,?,?,?,?,?,?)"));
        keepSent.prepare(QStringLiteral("UPDATE outbox SET json = ? WHERE type = ? AND id = ? "
                                        "AND operation = 'create' AND attempts > 0 "
                                        "AND length(json) = 0"));
        // A change the server refused, and the resource's later ones standing alone, are
        // replaced by the new one: it carries the whole resource, and the server applied none
        // of them (a refusal is a definite answer), so they all apply to the same version.
        replaceRefused.prepare(QStringLiteral(
            "DELETE FROM outbox WHERE type = :type AND id = :id AND operation = 'update' "
            "AND change_group = 0 AND seq >= (SELECT min(seq) FROM outbox WHERE type = :type "
            "AND id = :id AND operation = 'update' AND change_group = 0 AND refused = 1)"));
    }
};

// A create sends the resource as the store holds it (see Outbox::next). Once it may have reached
// the server (attempted, not acknowledged), it keeps the content it was sent with before a local
// change replaces that: sync recognises its own create on the server by that content after a
// crash, where the changed content would look like someone else's version (a false conflict).
core::Status keepSentCreate(QSqlQuery& q, const StoredResource& existing) {
    q.addBindValue(existing.json);
    q.addBindValue(existing.type);
    q.addBindValue(existing.id);
    if (!q.exec())
        return sqlError(q.lastError(), "keep the content of a sent create");
    return {};
}

core::Status enqueue(QSqlQuery& q, const LocalChange& c, const QString& baseVersion,
                     const QString& now) {
    q.addBindValue(c.type);
    q.addBindValue(c.id);
    q.addBindValue(operationCode(c.operation));
    q.addBindValue(textValue(baseVersion));
    q.addBindValue(c.json);
    q.addBindValue(textValue(c.actorId));
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q.lastError(), "queue change");
    return {};
}

core::Status enqueue(QSqlDatabase& db, const LocalChange& c, const QString& baseVersion) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox(type, id, operation, base_version, json, "
                             "actor_id, created_at) VALUES (?,?,?,?,?,?,?)"));
    return enqueue(q, c, baseVersion, isoTime(QDateTime::currentDateTimeUtc()));
}

// `taken` tells a refusal because an id exists from other failures.
// Through SQLite's C API with statements compiled once per connection: bulk registrations
// spend their time here, and Qt Sql's binding cost more than the rows.
core::Status createRun(Database& database, const QList<LocalChange>& run, const QString& now,
                       bool& taken) {
    {
        CachedQuery resources(database, createSql(run.size()));
        for (const LocalChange& c : run)
            resources.bind(c.type).bind(c.id).bind(c.patientId).bind(c.json).bind(now);
        if (auto done = resources.next("write resource"); !done) {
            // An id is taken: the key (type, id) is a unique index since schema 7
            // (SQLITE_CONSTRAINT_UNIQUE), the primary key before (SQLITE_CONSTRAINT_PRIMARYKEY).
            const int code = resources.extendedCode();
            taken = code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY;
            if (taken)
                return invalidChange("create of an existing resource");
            return done.error();
        }
    }
    CachedQuery outbox(database, enqueueCreateSql(run.size()));
    // Empty: a create sends the resource as the store holds it (see Outbox::next), so that a
    // registration is not written twice.
    for (const LocalChange& c : run)
        outbox.bind(c.type).bind(c.id).bind(QByteArray()).bind(c.actorId).bind(now);
    if (auto done = outbox.next("queue change"); !done)
        return done.error();
    return {};
}

core::Status createEach(Statements& sql, const QList<LocalChange>& run, const QString& now);

// Whether a change to the resource may have reached the server: one was sent at least once.
core::Result<bool> mayHaveBeenSent(QSqlDatabase& db, const QString& type, const QString& id) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE type = ? AND id = ? AND attempts > 0)"));
    q.addBindValue(type);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), "read outbox attempts");
    return q.value(0).toBool();
}

// A creation deleted before it ever left: the server never hears of it (a registration, a
// coverage entered by mistake), and nothing of it is kept.
core::Status forget(QSqlDatabase& db, const QString& type, const QString& id) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE type = ? AND id = ?"));
    q.addBindValue(type);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), "drop unsent changes");
    qCInfo(lcStorage) << "a" << type << "created and deleted here before it was sent: not sent";
    return removeResource(db, type, id);
}

core::Status create(Statements& sql, const QList<LocalChange>& run, const QString& now) {
    bool taken = false;
    if (auto s = createRun(sql.database, run, now, taken); s || !taken)
        return s;
    // The failed statement left nothing behind (SQLite undoes a statement that breaks a
    // constraint): one by one, to make again what was deleted here.
    return createEach(sql, run, now);
}

// A resource deleted here, its deletion perhaps still to send, is made again: the deletion and
// then the creation go, in order. Any other resource holding the id is refused.
core::Status createEach(Statements& sql, const QList<LocalChange>& run, const QString& now) {
    for (const LocalChange& c : run) {
        core::Status status;
        std::optional<StoredResource> existing = find(sql.find, c.type, c.id, status);
        if (!status)
            return status;
        if (!existing || existing->state != LocalState::Deleted) {
            bool taken = false;
            if (auto s = createRun(sql.database, {c}, now, taken); !s)
                return s;
            continue;
        }
        StoredResource r = *existing;
        r.json = c.json;
        r.patientId = c.patientId;
        r.state = LocalState::Created;
        r.localUpdatedUtc = fromIsoTime(now);
        if (auto s = upsert(sql.upsert, r, now); !s)
            return s;
        LocalChange queued = c;
        queued.json = QByteArray(""); // sent as the store holds it, as every create
        if (auto s = enqueue(sql.enqueue, queued, QString(), now); !s)
            return s;
    }
    return {};
}

} // namespace

ResourceStore::ResourceStore(Database& database)
    : m_database(database) {}

QString ResourceStore::databasePath() const {
    return m_database.path();
}

core::Result<std::optional<StoredResource>> ResourceStore::get(const QString& type,
                                                               const QString& id) const {
    CachedQuery q(
        m_database,
        QStringLiteral("SELECT %1 FROM resources WHERE type = ? AND id = ?").arg(kColumns));
    q.bind(type).bind(id);
    auto row = q.next("read resource");
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StoredResource>();
    StoredResource r;
    r.type = q.text(0);
    r.id = q.text(1);
    r.versionId = q.text(2);
    r.lastUpdatedUtc = fromIsoTime(q.text(3));
    r.state = static_cast<LocalState>(q.integer(4));
    r.patientId = q.text(5);
    r.json = q.bytes(6);
    r.localUpdatedUtc = fromIsoTime(q.text(7));
    return std::optional<StoredResource>(std::move(r));
}

core::Result<QList<StoredResource>> ResourceStore::forPatient(const QString& patientId,
                                                              const QString& type) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM resources WHERE patient_id = ? AND (? = '' OR type = ?) "
                       "AND local_state <> %2 ORDER BY type, last_updated")
            .arg(kColumns)
            .arg(static_cast<int>(LocalState::Deleted)));
    q.addBindValue(patientId);
    q.addBindValue(textValue(type));
    q.addBindValue(textValue(type));
    if (!q.exec())
        return sqlError(q.lastError(), "read patient compartment");
    QList<StoredResource> out;
    while (q.next())
        out << readRow(q);
    return out;
}

core::Status ResourceStore::writeLocal(const QList<LocalChange>& changes, Sending sending) {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s;
    qint64 queuedBefore = 0; // write transactions are exclusive: later seqs are this call's
    if (sending == Sending::Together) {
        QSqlQuery q(tx.db());
        if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox")) || !q.next())
            return sqlError(q.lastError(), "read outbox");
        queuedBefore = q.value(0).toLongLong();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = isoTime(now);
    Statements sql(m_database, tx.db());
    IndexWriter index(tx.db(), m_indexer.get());
    QSet<QString> inChange;
    for (const LocalChange& c : changes) {
        if (c.type.isEmpty() || c.id.isEmpty() || c.actorId.isEmpty() ||
            (c.operation != LocalChange::Operation::Delete && c.json.isEmpty()))
            return invalidChange("missing type, id, actor or content");
        // A FHIR transaction takes one entry per resource: a change sent together says each once.
        if (sending == Sending::Together) {
            const QString key = c.type + u'/' + c.id;
            if (inChange.contains(key))
                return invalidChange("a resource twice in a change sent together");
            inChange.insert(key);
        }
    }
    for (qsizetype i = 0; i < changes.size();) {
        const LocalChange& c = changes[i];
        if (c.operation == LocalChange::Operation::Create) {
            qsizetype end = i + 1;
            while (end < changes.size() && end - i < kCreateRun &&
                   changes[end].operation == LocalChange::Operation::Create)
                ++end;
            if (auto s = create(sql, changes.mid(i, end - i), nowText); !s)
                return s;
            for (qsizetype k = i; k < end; ++k) {
                if (auto s = index.put(changes[k].type, changes[k].id, changes[k].json); !s)
                    return s;
            }
            i = end;
            continue;
        }
        ++i;
        core::Status status;
        std::optional<StoredResource> existing = find(sql.find, c.type, c.id, status);
        if (!status)
            return status;
        if (c.operation == LocalChange::Operation::Delete && existing &&
            existing->state == LocalState::Created && existing->versionId.isEmpty()) {
            auto sent = mayHaveBeenSent(tx.db(), c.type, c.id);
            if (!sent)
                return sent.error();
            if (!*sent) {
                if (auto s = forget(tx.db(), c.type, c.id); !s)
                    return s;
                if (auto s = index.remove(c.type, c.id); !s)
                    return s;
                continue;
            }
        }
        if (existing && existing->state == LocalState::Created) {
            if (auto s = keepSentCreate(sql.keepSent, *existing); !s)
                return s;
        }
        StoredResource r;
        switch (c.operation) {
        case LocalChange::Operation::Create:
            break; // handled above
        case LocalChange::Operation::Update:
            if (!existing || existing->state == LocalState::Deleted)
                return invalidChange("update of an unknown resource");
            r = *existing;
            r.json = c.json;
            r.patientId = c.patientId.isEmpty() ? existing->patientId : c.patientId;
            r.localUpdatedUtc = now;
            // Not yet on the server: it stays a creation; a conflict stays one until resolved.
            if (existing->state == LocalState::Synced)
                r.state = LocalState::Updated;
            break;
        case LocalChange::Operation::Delete:
            if (!existing || existing->state == LocalState::Deleted)
                return invalidChange("delete of an unknown resource");
            r = *existing;
            r.state = LocalState::Deleted;
            r.localUpdatedUtc = now;
            break;
        }
        if (auto s = upsert(sql.upsert, r, nowText); !s)
            return s;
        if (auto s = c.operation == LocalChange::Operation::Delete
                         ? index.remove(c.type, c.id)
                         : index.put(c.type, c.id, c.json);
            !s)
            return s;
        sql.replaceRefused.bindValue(QStringLiteral(":type"), c.type);
        sql.replaceRefused.bindValue(QStringLiteral(":id"), c.id);
        if (!sql.replaceRefused.exec())
            return sqlError(sql.replaceRefused.lastError(), "replace a refused change");
        if (auto s = enqueue(sql.enqueue, c, existing ? existing->versionId : QString(), nowText);
            !s)
            return s;
    }
    if (sending == Sending::Together) {
        QSqlQuery q(tx.db());
        q.prepare(QStringLiteral("UPDATE outbox SET change_group = (SELECT min(seq) FROM outbox "
                                 "WHERE seq > :before) WHERE seq > :before AND "
                                 "(SELECT count(*) FROM outbox WHERE seq > :before) > 1"));
        q.bindValue(QStringLiteral(":before"), queuedBefore);
        if (!q.exec())
            return sqlError(q.lastError(), "group changes");
    }
    if (auto s = tx.commit(); !s)
        return s;
    if (m_localWriteListener)
        m_localWriteListener();
    return {};
}

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
                    q.value(9).toInt()};
}

} // namespace

core::Result<QString> ResourceStore::refusal(const QString& patientId) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral("SELECT o.last_error FROM resources r JOIN outbox o "
                             "ON o.type = r.type AND o.id = r.id "
                             "WHERE r.patient_id = ? AND o.refused = 1 ORDER BY o.seq LIMIT 1"));
    q.addBindValue(patientId);
    if (!q.exec())
        return sqlError(q.lastError(), "read refused changes");
    return q.next() ? q.value(0).toString() : QString();
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
    QSqlQuery copy(db);
    copy.prepare(QStringLiteral(
        "INSERT INTO outbox(seq, type, id, operation, base_version, json, actor_id, created_at, "
        "change_group) SELECT ?, type, id, 'update', base_version, json, actor_id, created_at, ? "
        "FROM outbox WHERE seq = ? AND operation != 'delete'"));
    for (qsizetype i = 1; i < closed.places.size(); ++i) {
        copy.addBindValue(closed.places[i].first);
        copy.addBindValue(closed.places[i].second);
        copy.addBindValue(first);
        if (!copy.exec())
            return sqlError(copy.lastError(), "put a choice back in its changes");
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
    if (auto s = deletion ? index.remove(type, id) : index.put(type, id, chosenJson); !s)
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
    IndexWriter index(tx.db(), m_indexer.get());
    if (auto s = index.put(r.type, r.id, r.json); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    if (m_localWriteListener) // the waiting changes and conflicts counted again
        m_localWriteListener();
    return {};
}

} // namespace sijil::storage
