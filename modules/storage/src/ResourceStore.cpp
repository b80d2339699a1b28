#include "CachedQuery.h"
#include "IndexWriter.h"
#include "ResourceRows.h"
#include "SqlError.h"
#include "SqlValues.h"
#include "StorageLog.h"
#include "Transaction.h"

#include <sijil/storage/Database.h>
#include <sijil/storage/ResourceStore.h>

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <sqlite3.h>

namespace sijil::storage {

using rows::enqueue;
using rows::find;
using rows::invalidChange;
using rows::kColumns;
using rows::readRow;
using rows::removeResource;
using rows::upsert;

namespace {

// Each patient's entries queued by one write (after `queuedBefore`) made one change sent
// together, as Sending::Together makes a whole write's; a patient with one entry stays apart.
core::Status groupByPatient(QSqlDatabase db, const QList<LocalChange>& changes,
                            qint64 queuedBefore) {
    QHash<QString, QString> patientOf; // "type/id" -> patient
    for (const LocalChange& c : changes)
        patientOf.insert(c.type + u'/' + c.id, c.patientId.isEmpty() ? c.id : c.patientId);
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT seq, type, id FROM outbox WHERE seq > ? ORDER BY seq"));
    read.addBindValue(queuedBefore);
    if (!read.exec())
        return sqlError(read.lastError(), "read outbox");
    QHash<QString, QList<qint64>> seqsOf; // patient -> its entries
    while (read.next()) {
        const QString key = read.value(1).toString() + u'/' + read.value(2).toString();
        seqsOf[patientOf.value(key, key)] << read.value(0).toLongLong();
    }
    QSqlQuery group(db);
    group.prepare(QStringLiteral("UPDATE outbox SET change_group = ? WHERE seq = ?"));
    for (const QList<qint64>& seqs : std::as_const(seqsOf)) {
        if (seqs.size() < 2)
            continue;
        for (const qint64 seq : seqs) {
            group.addBindValue(seqs.first());
            group.addBindValue(seq);
            if (!group.exec())
                return sqlError(group.lastError(), "group changes");
        }
    }
    return {};
}

constexpr const char* kCtx = "sijil::storage::ResourceStore";

// A record put back, after a change was given up, with content the server never had: no change
// is made to it before the server's copy is read again (it would send that content along).
core::Status checkNotStale(QSqlDatabase& db, const QString& type, const QString& id,
                           std::optional<bool>& anyStale) {
    QSqlQuery q(db);
    if (!anyStale) {
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM stale_resources)")) || !q.next())
            return sqlError(q.lastError(), "read records to read again");
        anyStale = q.value(0).toBool();
        q.finish();
    }
    if (!*anyStale)
        return {};
    q.prepare(QStringLiteral("SELECT 1 FROM stale_resources WHERE type = ? AND id = ?"));
    q.addBindValue(type);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), "read records to read again");
    if (!q.next())
        return {};
    return core::Error(
        "storage/record-read-again",
        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::ResourceStore",
                                               "Ce dossier attend d'être relu depuis le serveur "
                                               "central, après l'abandon d'un changement : il "
                                               "pourra être modifié après la prochaine "
                                               "synchronisation. Rien n'a été enregistré.")),
        type + u'/' + id);
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
    QSqlQuery keepPrevious;
    Statements(Database& store, QSqlDatabase& connection)
        : database(store)
        , db(connection)
        , find(db)
        , upsert(db)
        , enqueue(db)
        , keepSent(db)
        , replaceRefused(db)
        , keepPrevious(db) {
        keepPrevious.prepare(QStringLiteral("INSERT OR REPLACE INTO outbox_previous(seq, json) "
                                            "VALUES (last_insert_rowid(), ?)"));
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

// Whether a change to the resource may have reached the server: one was sent at least once,
// and not refused (a refusal applies nothing).
core::Result<bool> mayHaveBeenSent(QSqlDatabase& db, const QString& type, const QString& id) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE type = ? AND id = ? AND attempts > 0 "
        "AND refused = 0)"));
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
    if (sending != Sending::Apart) {
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
    std::optional<bool> anyStale; // read once, at the first change to a record held
    for (const LocalChange& c : changes) {
        if (c.type.isEmpty() || c.id.isEmpty() || c.actorId.isEmpty() ||
            (c.operation != LocalChange::Operation::Delete && c.json.isEmpty()))
            return invalidChange("missing type, id, actor or content");
        // A FHIR transaction takes one entry per resource: a change sent together says each once.
        if (sending != Sending::Apart) {
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
                if (auto s = index.put(changes[k].type, changes[k].id, changes[k].json, true); !s)
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
        if (existing) {
            if (auto s = checkNotStale(tx.db(), c.type, c.id, anyStale); !s)
                return s;
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
                         : index.put(c.type, c.id, c.json, true);
            !s)
            return s;
        sql.replaceRefused.bindValue(QStringLiteral(":type"), c.type);
        sql.replaceRefused.bindValue(QStringLiteral(":id"), c.id);
        if (!sql.replaceRefused.exec())
            return sqlError(sql.replaceRefused.lastError(), "replace a refused change");
        if (auto s = enqueue(sql.enqueue, c, existing ? existing->versionId : QString(), nowText);
            !s)
            return s;
        // What the change replaced: it is put back if the change is given up (the server's
        // version kept for one of its resources, or a refusal given up).
        if (existing) {
            sql.keepPrevious.addBindValue(existing->json);
            if (!sql.keepPrevious.exec())
                return sqlError(sql.keepPrevious.lastError(), "keep what a change replaced");
        }
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
    if (sending == Sending::EachPatientTogether) {
        if (auto s = groupByPatient(tx.db(), changes, queuedBefore); !s)
            return s;
    }
    if (auto s = tx.commit(); !s)
        return s;
    if (m_localWriteListener)
        m_localWriteListener();
    return {};
}

} // namespace sijil::storage
