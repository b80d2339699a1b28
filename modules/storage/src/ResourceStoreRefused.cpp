// The changes the server refused for good, and giving one up.
#include "GiveUpChanges.h"
#include "IndexWriter.h"
#include "SqlError.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <sijil/core/UserText.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/ResourceStore.h>

#include <QSqlError>
#include <QSqlQuery>

namespace sijil::storage {

namespace {

constexpr const char* kCtx = "sijil::storage::ResourceStore";

// Where giving up a refused change starts: its group, or its entry alone.
detail::GiveUpFrom startOf(const RefusedChange& change) {
    detail::GiveUpFrom from;
    if (change.group != 0)
        from.groups.insert(change.group);
    else
        from.entries.insert(change.type + u'/' + change.id, change.seq);
    return from;
}

// What giving it up would reach, into `change`.
core::Status readResources(QSqlDatabase& db, RefusedChange& change) {
    auto reached = detail::reachedBy(db, startOf(change));
    if (!reached)
        return reached.error();
    change.resources = reached->resources;
    change.patients = reached->patients;
    change.creates = reached->creates;
    return {};
}

} // namespace

core::Result<QList<RefusedChange>> ResourceStore::refusedChanges() const {
    QSqlDatabase db = QSqlDatabase::database(m_database.connectionName());
    QSqlQuery q(db);
    // A change sent together is refused whole: its first refused entry stands for it.
    if (!q.exec(QStringLiteral(
            "SELECT o.seq, o.change_group, o.type, o.id, coalesce(r.patient_id, ''), "
            "o.last_error, o.created_at, o.actor_id FROM outbox o LEFT JOIN resources r "
            "ON r.type = o.type AND r.id = o.id WHERE o.refused = 1 AND (o.change_group = 0 OR "
            "o.seq = (SELECT min(g.seq) FROM outbox g WHERE g.change_group = o.change_group "
            "AND g.refused = 1)) ORDER BY o.seq")))
        return sqlError(q.lastError(), "read refused changes");
    QList<RefusedChange> out;
    while (q.next()) {
        RefusedChange c;
        c.seq = q.value(0).toLongLong();
        c.group = q.value(1).toLongLong();
        c.type = q.value(2).toString();
        c.id = q.value(3).toString();
        c.patientId = q.value(4).toString();
        c.error = q.value(5).toString();
        c.queuedAtUtc = fromIsoTime(q.value(6));
        c.actorId = q.value(7).toString();
        out << c;
    }
    q.finish();
    for (RefusedChange& c : out) {
        if (auto s = readResources(db, c); !s)
            return s.error();
    }
    return out;
}

core::Result<int> ResourceStore::giveUpRefused(qint64 seq) {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s.error();
    QSqlQuery q(tx.db());
    q.prepare(QStringLiteral("SELECT type, id, change_group FROM outbox WHERE seq = ? AND "
                             "refused = 1"));
    q.addBindValue(seq);
    if (!q.exec())
        return sqlError(q.lastError(), "read a refused change");
    if (!q.next())
        return core::Error(
            "storage/refused-change-gone",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::ResourceStore",
                                                   "Ce changement n'attend plus comme refusé "
                                                   "(envoyé, remplacé par une correction ou "
                                                   "abandonné entre-temps). Rien n'a été "
                                                   "modifié.")),
            QString::number(seq));
    RefusedChange change;
    change.seq = seq;
    change.type = q.value(0).toString();
    change.id = q.value(1).toString();
    change.group = q.value(2).toLongLong();
    q.finish();
    if (auto s = readResources(tx.db(), change); !s)
        return s.error();
    if (change.creates)
        return core::Error(
            "storage/refused-change-creates",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::ResourceStore",
                                                   "Ce changement, ou un changement fait depuis "
                                                   "sur les mêmes dossiers, crée un dossier que "
                                                   "le serveur central n'a pas encore : "
                                                   "abandonné, ce dossier disparaîtrait de ce "
                                                   "poste. Corrigez plutôt le dossier (F2 à "
                                                   "l'accueil) : il sera renvoyé corrigé. Rien "
                                                   "n'a été modifié.")),
            QString::number(seq));
    IndexWriter index(tx.db(), m_indexer.get());
    auto given = detail::giveUpChanges(tx.db(), startOf(change), index);
    if (!given)
        return given.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (m_localWriteListener) // the waiting changes counted again
        m_localWriteListener();
    return *given;
}

core::Result<bool> ResourceStore::waitsToBeReadAgain(const QString& patientId) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM stale_resources s JOIN resources r "
                             "ON r.type = s.type AND r.id = s.id WHERE r.patient_id = ?)"));
    q.addBindValue(patientId);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), "read records to read again");
    return q.value(0).toBool();
}

} // namespace sijil::storage
