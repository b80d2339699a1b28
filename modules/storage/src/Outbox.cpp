#include "SqlError.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>

#include <QSqlQuery>

namespace sijil::storage {

namespace {

LocalChange::Operation operationFromCode(const QString& code) {
    if (code == u"update")
        return LocalChange::Operation::Update;
    if (code == u"delete")
        return LocalChange::Operation::Delete;
    return LocalChange::Operation::Create;
}

core::Error unknownEntry(qint64 seq) {
    return core::Error(
        "storage/not-found",
        core::UserText("sijil::storage",
                       QT_TRANSLATE_NOOP("sijil::storage", "Enregistrement introuvable.")),
        QStringLiteral("outbox entry %1").arg(seq));
}

struct EntryKey {
    QString type;
    QString id;
};

std::optional<EntryKey> keyOf(QSqlDatabase& db, qint64 seq, core::Status& status) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT type, id FROM outbox WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec()) {
        status = sqlError(q.lastError(), "read outbox entry");
        return std::nullopt;
    }
    if (!q.next()) {
        status = unknownEntry(seq);
        return std::nullopt;
    }
    return EntryKey{q.value(0).toString(), q.value(1).toString()};
}

// One accepted entry, inside the caller's transaction.
core::Status acknowledgeIn(QSqlDatabase& db, const Outbox::Acknowledgement& a) {
    core::Status status;
    const auto key = keyOf(db, a.seq, status);
    if (!key)
        return status;
    const QStringList statements = {
        QStringLiteral("DELETE FROM outbox WHERE seq = :seq"),
        // Later changes to the same resource now apply to the version the server just gave.
        QStringLiteral("UPDATE outbox SET base_version = :version "
                       "WHERE type = :type AND id = :id AND seq > :seq"),
        QStringLiteral("UPDATE resources SET version_id = :version, last_updated = :updated "
                       "WHERE type = :type AND id = :id"),
        // Nothing more queued for it: the resource is as the server has it (or gone).
        QStringLiteral("DELETE FROM resources WHERE type = :type AND id = :id AND local_state = 3 "
                       "AND NOT EXISTS (SELECT 1 FROM outbox WHERE type = :type AND id = :id)"),
        QStringLiteral("UPDATE resources SET local_state = 0 WHERE type = :type AND id = :id "
                       "AND local_state IN (1, 2) "
                       "AND NOT EXISTS (SELECT 1 FROM outbox WHERE type = :type AND id = :id)"),
    };
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        q.prepare(sql);
        const QList<std::pair<QString, QVariant>> values = {
            {QStringLiteral(":seq"), a.seq},
            {QStringLiteral(":version"), textValue(a.versionId)},
            {QStringLiteral(":updated"), isoTime(a.lastUpdatedUtc)},
            {QStringLiteral(":type"), key->type},
            {QStringLiteral(":id"), key->id}};
        for (const auto& [name, value] : values) {
            if (sql.contains(name))
                q.bindValue(name, value);
        }
        if (!q.exec())
            return sqlError(q.lastError(), "acknowledge outbox entry");
    }
    return {};
}

} // namespace

Outbox::Outbox(Database& database)
    : m_database(database) {}

core::Result<QList<OutboxEntry>> Outbox::next(int limit, qint64 afterSeq) const {
    // The changes sent together held by a conflict: those with a resource in conflict, then
    // those with a later change to a resource of a held one, and so on (a merge onto a survivor
    // that another held merge also changes waits with it).
    const QString held = QStringLiteral(
        "WITH RECURSIVE held(grp) AS ("
        "SELECT o.change_group FROM conflicts c JOIN outbox o ON o.type = c.type AND o.id = c.id "
        "WHERE o.change_group != 0 "
        "UNION SELECT e.change_group FROM held JOIN outbox h ON h.change_group = held.grp "
        "JOIN outbox e ON e.type = h.type AND e.id = h.id AND e.seq >= h.seq "
        "WHERE e.change_group != 0) ");
    const QString select = QStringLiteral(
        "SELECT o.seq, o.operation, o.type, o.id, o.base_version, "
        // A create's own copy is left empty: it sends the resource as the store holds it.
        "CASE WHEN o.operation = 'create' AND length(o.json) = 0 THEN r.json ELSE o.json END, "
        "o.actor_id, o.created_at, o.attempts, o.last_error, o.change_group FROM outbox o "
        "LEFT JOIN resources r ON r.type = o.type AND r.id = o.id ");
    QList<OutboxEntry> out;
    const auto read = [&out](QSqlQuery& q) {
        while (q.next()) {
            OutboxEntry e;
            e.seq = q.value(0).toLongLong();
            e.operation = operationFromCode(q.value(1).toString());
            e.type = q.value(2).toString();
            e.id = q.value(3).toString();
            e.baseVersionId = q.value(4).toString();
            e.json = q.value(5).toByteArray();
            e.actorId = q.value(6).toString();
            e.createdAtUtc = fromIsoTime(q.value(7));
            e.attempts = q.value(8).toInt();
            e.lastError = q.value(9).toString();
            e.group = q.value(10).toLongLong();
            out << e;
        }
    };
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.setForwardOnly(true);
    // A resource in conflict holds back all of its entries, and the changes sent together it is
    // part of with them: the rest of a merge does not go without it.
    q.prepare(
        held + select +
        QStringLiteral(
            "WHERE o.seq > ? "
            "AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.type = o.type AND c.id = o.id) "
            "AND o.change_group NOT IN (SELECT grp FROM held) "
            // Held with them too: a later change to any of their resources (it would overtake).
            "AND NOT EXISTS (SELECT 1 FROM outbox h WHERE h.type = o.type AND h.id = o.id "
            "AND h.seq <= o.seq AND h.change_group IN (SELECT grp FROM held)) "
            "ORDER BY o.seq LIMIT ?"));
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError(), "read outbox");
    read(q);
    // A change sent together is read whole, past the limit if need be.
    if (out.size() == limit && out.last().group != 0) {
        QSqlQuery rest(QSqlDatabase::database(m_database.connectionName()));
        rest.setForwardOnly(true);
        rest.prepare(select +
                     QStringLiteral("WHERE o.change_group = ? AND o.seq > ? ORDER BY o.seq"));
        rest.addBindValue(out.last().group);
        rest.addBindValue(out.last().seq);
        if (!rest.exec())
            return sqlError(rest.lastError(), "read outbox");
        read(rest);
    }
    return out;
}

core::Status Outbox::claim(QList<OutboxEntry>& entries) {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s;
    QSqlQuery read(tx.db());
    read.prepare(QStringLiteral(
        "SELECT CASE WHEN length(o.json) = 0 THEN r.json ELSE o.json END FROM outbox o "
        "LEFT JOIN resources r ON r.type = o.type AND r.id = o.id WHERE o.seq = ?"));
    QSqlQuery mark(tx.db());
    mark.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?"));
    for (auto e = entries.begin(); e != entries.end();) {
        read.addBindValue(e->seq);
        if (!read.exec())
            return sqlError(read.lastError(), "read an entry to send");
        if (!read.next()) {
            e = entries.erase(e);
            continue;
        }
        if (e->operation == LocalChange::Operation::Create && !read.value(0).isNull())
            e->json = read.value(0).toByteArray();
        read.finish();
        mark.addBindValue(e->seq);
        if (!mark.exec())
            return sqlError(mark.lastError(), "mark outbox attempt");
        ++e;
    }
    return tx.commit();
}

core::Status Outbox::release(const QList<OutboxEntry>& entries) {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s;
    QSqlQuery q(tx.db());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = 0 WHERE seq = ?"));
    for (const OutboxEntry& e : entries) {
        q.addBindValue(e.seq);
        if (!q.exec())
            return sqlError(q.lastError(), "release outbox entry");
    }
    return tx.commit();
}

core::Result<int> Outbox::pendingCount() const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !q.next())
        return sqlError(q.lastError(), "count outbox");
    return q.value(0).toInt();
}

core::Status Outbox::acknowledge(qint64 seq, const QString& versionId,
                                 const QDateTime& lastUpdatedUtc) {
    return acknowledge(QList<Acknowledgement>{{seq, versionId, lastUpdatedUtc}});
}

core::Status Outbox::acknowledge(const QList<Acknowledgement>& accepted) {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s;
    for (const Acknowledgement& a : accepted) {
        if (auto s = acknowledgeIn(tx.db(), a); !s)
            return s;
    }
    return tx.commit();
}

core::Status Outbox::markAttempt(qint64 seq) {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return sqlError(q.lastError(), "mark outbox attempt");
    if (q.numRowsAffected() != 1)
        return unknownEntry(seq);
    return {};
}

namespace {

core::Status recordOutcome(const QString& connection, qint64 seq, const QString& error,
                           bool refused) {
    QSqlQuery q(QSqlDatabase::database(connection));
    // A failure after a refusal may have been applied (its answer lost): no longer "refused".
    q.prepare(QStringLiteral("UPDATE outbox SET last_error = ?, refused = ? WHERE seq = ?"));
    q.addBindValue(textValue(error));
    q.addBindValue(refused ? 1 : 0);
    q.addBindValue(seq);
    if (!q.exec())
        return sqlError(q.lastError(), "record outbox failure");
    if (q.numRowsAffected() != 1)
        return unknownEntry(seq);
    return {};
}

} // namespace

core::Status Outbox::recordFailure(qint64 seq, const QString& error) {
    return recordOutcome(m_database.connectionName(), seq, error, false);
}

core::Status Outbox::recordRefusal(qint64 seq, const QString& error) {
    return recordOutcome(m_database.connectionName(), seq, error, true);
}

core::Status Outbox::recordConflict(qint64 seq, const QByteArray& serverJson,
                                    const QString& serverVersionId) {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s;
    core::Status status;
    const auto key = keyOf(tx.db(), seq, status);
    if (!key)
        return status;
    QSqlQuery q(tx.db());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO conflicts(type, id, local_json, server_json, server_version, "
        "detected_at) SELECT type, id, json, ?, ?, ? FROM resources WHERE type = ? AND id = ?"));
    q.addBindValue(serverJson);
    q.addBindValue(textValue(serverVersionId));
    q.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(key->type);
    q.addBindValue(key->id);
    if (!q.exec())
        return sqlError(q.lastError(), "record conflict");
    QSqlQuery r(tx.db());
    // A deletion in conflict stays one, so that the person choosing sees what this side did.
    r.prepare(QStringLiteral("UPDATE resources SET local_state = CASE local_state WHEN 3 THEN 3 "
                             "ELSE 4 END WHERE type = ? AND id = ?"));
    r.addBindValue(key->type);
    r.addBindValue(key->id);
    if (!r.exec())
        return sqlError(r.lastError(), "mark conflict");
    return tx.commit();
}

} // namespace sijil::storage
