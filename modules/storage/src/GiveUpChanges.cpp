// Giving up changes made here: each resource put back as it was before them, their entries out
// of the queue, and what was put back read again from the server.
#include "GiveUpChanges.h"

#include "IndexWriter.h"
#include "ResourceRows.h"
#include "SqlError.h"
#include "SqlValues.h"

#include <sijil/storage/DuplicateQueue.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

#include <algorithm>

namespace sijil::storage::detail {

using rows::find;
using rows::invalidChange;
using rows::removeResource;
using rows::upsert;

namespace {

// A Patient's replaced-by link ("Patient/X" -> X); empty for a record in use.
QString replacedBy(const QByteArray& json) {
    const QJsonArray links =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("link")).toArray();
    for (const QJsonValue& l : links) {
        const QJsonObject link = l.toObject();
        if (link.value(QStringLiteral("type")).toString() == u"replaced-by")
            return link.value(QStringLiteral("other"))
                .toObject()
                .value(QStringLiteral("reference"))
                .toString()
                .section(u'/', -1);
    }
    return {};
}

// A merge given up: whether the two records are one person is open again in the review queue,
// as after an unmerge (a pair left "merged" would never be offered again).
core::Status reopenPair(QSqlDatabase& db, const QString& a, const QString& b) {
    const auto [first, second] = DuplicateQueue::canonical(a, b);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE duplicate_candidates SET status = 'open', decided_by = '', "
                             "decided_at = '' WHERE first_id = ? AND second_id = ? AND "
                             "status = 'merged'"));
    q.addBindValue(first);
    q.addBindValue(second);
    if (!q.exec())
        return sqlError(q.lastError(), "reopen a pair whose merge was given up");
    return {};
}

// Catch-up pulls of the resources put back, by type, a few ids a search (`_id` is standard):
// in the caller's transaction, so a crash never gives a change up without them. Those put back
// with content the server never had (`stale`: "type/id") take no change until it is read again.
core::Status readAgain(QSqlDatabase& db, const QMap<QString, QStringList>& ids,
                       const QSet<QString>& stale) {
    constexpr qsizetype kIdsPerSearch = 50;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_catch_up(type, query, added_at) "
                             "VALUES (?,?,?)"));
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO stale_resources(type, id, query) "
                                "VALUES (?,?,?)"));
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        QStringList sorted = it.value(); // the same searches for the same resources
        sorted.sort();
        for (qsizetype at = 0; at < sorted.size(); at += kIdsPerSearch) {
            const QStringList chunk = sorted.mid(at, kIdsPerSearch);
            QUrlQuery search;
            search.addQueryItem(QStringLiteral("_id"), chunk.join(u','));
            const QString query = search.toString(QUrl::FullyEncoded);
            q.addBindValue(it.key());
            q.addBindValue(query);
            q.addBindValue(now);
            if (!q.exec())
                return sqlError(q.lastError(), "keep a catch-up pull");
            for (const QString& id : chunk) {
                if (!stale.contains(it.key() + u'/' + id))
                    continue;
                mark.addBindValue(it.key());
                mark.addBindValue(id);
                mark.addBindValue(query);
                if (!mark.exec())
                    return sqlError(mark.lastError(), "mark a record to read again");
            }
        }
    }
    return {};
}

} // namespace

namespace {

struct Entry {
    qint64 seq;
    QString type;
    QString id;
    QString operation;
    QString baseVersion;
    QVariant previous;
    qint64 group;
};

// Everything from the first entry of each resource met, growing with the changes it reaches.
struct Reach {
    QHash<QString, qint64> firstOf; // "type/id" -> its first entry given up
    QList<Entry> entries;
};

core::Result<Reach> reach(QSqlDatabase& db, const GiveUpFrom& from) {
    QSet<qint64> groups = from.groups;
    Reach out;
    out.firstOf = from.entries;
    for (bool grew = !groups.isEmpty() || !out.firstOf.isEmpty(); grew;) {
        grew = false;
        QStringList in;
        for (const qint64 g : std::as_const(groups))
            in << QString::number(g);
        QSqlQuery q(db);
        if (!in.isEmpty() &&
            !q.exec(QStringLiteral("SELECT seq, type, id FROM outbox WHERE change_group IN (%1) "
                                   "ORDER BY seq")
                        .arg(in.join(u','))))
            return sqlError(q.lastError(), "read a change given up");
        while (q.isActive() && q.next()) {
            const QString key = q.value(1).toString() + u'/' + q.value(2).toString();
            if (!out.firstOf.contains(key) || q.value(0).toLongLong() < out.firstOf.value(key))
                out.firstOf.insert(key, q.value(0).toLongLong());
        }
        q.finish();
        out.entries.clear();
        QSqlQuery later(db);
        later.prepare(QStringLiteral("SELECT o.seq, o.type, o.id, o.operation, o.base_version, "
                                     "p.json, o.change_group FROM outbox o LEFT JOIN "
                                     "outbox_previous p ON p.seq = o.seq WHERE o.type = ? "
                                     "AND o.id = ? AND o.seq >= ? ORDER BY o.seq"));
        for (auto it = out.firstOf.cbegin(); it != out.firstOf.cend(); ++it) {
            later.addBindValue(it.key().section(u'/', 0, 0));
            later.addBindValue(it.key().section(u'/', 1));
            later.addBindValue(it.value());
            if (!later.exec())
                return sqlError(later.lastError(), "read a change given up");
            while (later.next()) {
                const qint64 g = later.value(6).toLongLong();
                out.entries.append({later.value(0).toLongLong(), later.value(1).toString(),
                                    later.value(2).toString(), later.value(3).toString(),
                                    later.value(4).toString(), later.value(5), g});
                if (g != 0 && !groups.contains(g)) {
                    groups.insert(g);
                    grew = true;
                }
            }
        }
    }
    return out;
}

} // namespace

core::Result<Reached> reachedBy(QSqlDatabase& db, const GiveUpFrom& from) {
    auto r = reach(db, from);
    if (!r)
        return r.error();
    Reached out;
    QList<Entry> inOrder = r->entries; // the order they were made in
    std::sort(inOrder.begin(), inOrder.end(),
              [](const Entry& a, const Entry& b) { return a.seq < b.seq; });
    for (const Entry& e : std::as_const(inOrder)) {
        const QString key = e.type + u'/' + e.id;
        if (!out.resources.contains(key))
            out.resources << key;
        if (r->firstOf.value(key) != e.seq || e.operation != u"create" ||
            (e.type == from.keptType && e.id == from.keptId))
            continue;
        out.creates = true;
        // Made by a change other than those given up: made since, and built on them.
        if (!from.groups.contains(e.group) && from.entries.value(key, -1) != e.seq)
            out.createsSince = true;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT patient_id FROM resources WHERE type = ? AND id = ?"));
    for (const QString& key : std::as_const(out.resources)) {
        q.addBindValue(key.section(u'/', 0, 0));
        q.addBindValue(key.section(u'/', 1));
        if (!q.exec())
            return sqlError(q.lastError(), "read a change given up");
        if (q.next() && !q.value(0).toString().isEmpty() &&
            !out.patients.contains(q.value(0).toString()))
            out.patients << q.value(0).toString();
    }
    return out;
}

core::Result<int> giveUpChanges(QSqlDatabase& db, const GiveUpFrom& from, IndexWriter& index) {
    auto reached = reach(db, from);
    if (!reached)
        return reached.error();
    const QHash<QString, qint64>& firstOf = reached->firstOf;
    const QList<Entry>& entries = reached->entries;
    int restored = 0;
    QMap<QString, QStringList> refresh; // type -> ids put back
    QSet<QString> stale;                // put back with content the server never had
    // Each resource put back may take again an identifier another of them holds now (two
    // records whose numbers a change swapped): only holders outside the change refuse it.
    for (auto it = firstOf.cbegin(); it != firstOf.cend(); ++it) {
        if (auto s = index.release(it.key().section(u'/', 0, 0), it.key().section(u'/', 1)); !s)
            return s.error();
    }
    for (auto it = firstOf.cbegin(); it != firstOf.cend(); ++it) {
        const QString type = it.key().section(u'/', 0, 0);
        const QString id = it.key().section(u'/', 1);
        if (type == from.keptType && id == from.keptId)
            continue; // kept by the caller as it decides
        const auto first = std::find_if(entries.cbegin(), entries.cend(),
                                        [&](const Entry& e) { return e.seq == it.value(); });
        if (first == entries.cend())
            return invalidChange("a change given up without its entry");
        core::Status status;
        std::optional<StoredResource> local = find(db, type, id, status);
        if (!status)
            return status.error();
        // In conflict too: the server's version, as the person has seen it, is what it was.
        QSqlQuery c(db);
        c.prepare(QStringLiteral("SELECT server_json, server_version FROM conflicts "
                                 "WHERE type = ? AND id = ?"));
        c.addBindValue(type);
        c.addBindValue(id);
        if (!c.exec())
            return sqlError(c.lastError(), "read conflict");
        const bool inConflict = c.next();
        const QByteArray serverJson = inConflict ? c.value(0).toByteArray() : QByteArray();
        const QString serverVersion = inConflict ? c.value(1).toString() : QString();
        c.finish();
        // Queued before what each entry replaced was kept (all of them since schema 24): what the
        // resource was is not known here. It is held at the version the change was based on, and
        // read again from the server (below); until then, what it shows is this workstation's.
        const bool unknownBefore =
            !inConflict && first->operation != u"create" && first->previous.isNull();
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM outbox WHERE type = ? AND id = ? AND seq >= ?"));
        d.addBindValue(type);
        d.addBindValue(id);
        d.addBindValue(it.value());
        if (!d.exec())
            return sqlError(d.lastError(), "give up a change");
        if (inConflict) {
            d.prepare(QStringLiteral("DELETE FROM conflicts WHERE type = ? AND id = ?"));
            d.addBindValue(type);
            d.addBindValue(id);
            if (!d.exec())
                return sqlError(d.lastError(), "give up a change");
        }
        QSqlQuery rest(db);
        rest.prepare(QStringLiteral("SELECT max(operation = 'create') FROM outbox "
                                    "WHERE type = ? AND id = ?"));
        rest.addBindValue(type);
        rest.addBindValue(id);
        if (!rest.exec() || !rest.next())
            return sqlError(rest.lastError(), "read the changes left");
        const bool waiting = !rest.value(0).isNull(); // older changes still to send
        const bool createdBefore = rest.value(0).toInt() == 1;
        rest.finish();
        ++restored;
        // The server may have applied the change after all (its answer lost) or moved on: what
        // was put back is read from it again, by a catch-up pull the sync runs next.
        refresh[type] << id;
        const bool gone = inConflict ? serverJson.isEmpty() : first->operation == u"create";
        if (gone || !local) {
            if (auto s = removeResource(db, type, id); !s)
                return s.error();
            if (auto s = index.remove(type, id); !s)
                return s.error();
            continue;
        }
        StoredResource r = *local;
        r.json = inConflict      ? serverJson
                 : unknownBefore ? local->json
                                 : first->previous.toByteArray();
        r.versionId = inConflict ? serverVersion : first->baseVersion;
        // Filed with the patient the content names again (a merge moved it to the survivor).
        if (const QString patient = compartmentOf(QJsonDocument::fromJson(r.json).object());
            !patient.isEmpty())
            r.patientId = patient;
        if (type == u"Patient") {
            if (const QString survivor = replacedBy(local->json);
                !survivor.isEmpty() && replacedBy(r.json).isEmpty()) {
                if (auto s = reopenPair(db, id, survivor); !s)
                    return s.error();
            }
        }
        r.state = !waiting        ? LocalState::Synced
                  : createdBefore ? LocalState::Created
                                  : LocalState::Updated;
        r.localUpdatedUtc = QDateTime::currentDateTimeUtc();
        if (auto s = upsert(db, r); !s)
            return s.error();
        if (unknownBefore)
            stale.insert(it.key());
        // Checked as a change made here: an identifier the change given up released may have
        // gone to another patient since, and two patients never hold one.
        if (auto s = index.put(type, id, r.json, true); !s) {
            if (!s.error().is("storage/identifier-held"))
                return s.error();
            return core::Error(
                "storage/give-up-identifier-taken",
                core::UserText("sijil::storage::ResourceStore",
                               QT_TRANSLATE_NOOP("sijil::storage::ResourceStore",
                                                 "Abandonné, ce changement rendrait à un dossier "
                                                 "un identifiant qu'un autre patient a reçu "
                                                 "depuis sur ce poste : deux patients "
                                                 "l'auraient. Vérifiez d'abord ces deux dossiers "
                                                 "à l'accueil (peut-être une seule personne). "
                                                 "Rien n'a été modifié.")),
                s.error().detail());
        }
    }
    if (auto s = readAgain(db, refresh, stale); !s)
        return s.error();
    return restored;
}

} // namespace sijil::storage::detail
