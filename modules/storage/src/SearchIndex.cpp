#include "CachedQuery.h"
#include "IndexWriter.h"
#include "SqlError.h"
#include "Transaction.h"

#include <sijil/storage/Database.h>
#include <sijil/storage/SearchIndex.h>

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sijil::storage {

namespace {

// A token as an FTS5 string: quoted, inner quotes doubled, so that nothing typed by a user is
// read as query syntax.
QString quoted(const QString& token) {
    QString t = token;
    t.replace(u'"', QStringLiteral("\"\""));
    return u'"' + t + u'"';
}

} // namespace

SearchIndex::SearchIndex(Database& database)
    : m_database(database) {}

namespace {

QString placeholders(qsizetype n) {
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

} // namespace

core::Result<QStringList> SearchIndex::byTerms(const QString& type, const QStringList& terms,
                                               int limit) const {
    if (terms.isEmpty())
        return QStringList();
    // CROSS JOIN keeps the terms as the outer loop. Left to itself, with more than one term the
    // planner walks every document of the type to spare the GROUP BY a sort: each duplicate check
    // at registration scanned the whole register.
    CachedQuery q(m_database,
                  QStringLiteral("SELECT d.id FROM search_terms t CROSS JOIN search_docs d "
                                 "ON d.rowid = t.doc WHERE t.term IN (%1) AND d.type = ? "
                                 "GROUP BY t.doc ORDER BY count(*) DESC, d.id LIMIT ?")
                      .arg(placeholders(terms.size())));
    for (const QString& t : terms)
        q.bind(t);
    q.bind(type).bind(qint64(limit));
    return q.texts("search by terms");
}

core::Result<QStringList> SearchIndex::byRareTerms(const QString& type, const QStringList& terms,
                                                   int blockCap, int limit) const {
    QStringList distinct = terms;
    distinct.removeDuplicates();
    QHash<QString, int> held; // id: how many of the terms it holds
    QStringList order;
    for (const QString& term : std::as_const(distinct)) {
        // One bounded read per term: one row past the cap says the block is too large.
        CachedQuery q(m_database, QStringLiteral("SELECT d.id FROM search_terms t CROSS JOIN "
                                                 "search_docs d ON d.rowid = t.doc "
                                                 "WHERE t.term = ? AND d.type = ? LIMIT ?"));
        q.bind(term).bind(type).bind(qint64(blockCap) + 1);
        auto ids = q.texts("search by rare terms");
        if (!ids)
            return ids.error();
        if (ids->size() > blockCap)
            continue;
        for (const QString& id : std::as_const(*ids)) {
            int& n = held[id];
            if (n++ == 0)
                order << id;
        }
    }
    // Most terms held first, then by id, as byTerms() orders them.
    std::sort(order.begin(), order.end(), [&held](const QString& a, const QString& b) {
        const int na = held.value(a), nb = held.value(b);
        return na != nb ? na > nb : a < b;
    });
    if (order.size() > limit)
        order.resize(limit);
    return order;
}

core::Result<QStringList> SearchIndex::byAllTerms(const QString& type, const QStringList& terms,
                                                  int limit) const {
    QStringList distinct = terms;
    distinct.removeDuplicates();
    distinct.removeAll(QString());
    if (distinct.isEmpty())
        return QStringList();
    // The rarest term leads and the others are checked document by document, so the work is
    // that term's list, not the longest one's (a family name's own words, paired with a common
    // year, can be held by thousands). How rare each is, is counted only up to a bound.
    constexpr int kProbe = 256;
    QList<std::pair<qint64, QString>> counted;
    for (const QString& term : distinct) {
        CachedQuery probe(m_database, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM "
                                                     "search_terms WHERE term = ? LIMIT %1)")
                                          .arg(kProbe));
        probe.bind(term);
        auto row = probe.next("count search term");
        if (!row)
            return row.error();
        const qint64 n = *row ? probe.integer(0) : 0;
        if (n == 0)
            return QStringList();
        counted.append({n, term});
    }
    std::stable_sort(counted.begin(), counted.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QString sql = QStringLiteral("SELECT d.id FROM search_terms t CROSS JOIN search_docs d "
                                 "ON d.rowid = t.doc WHERE t.term = ? AND d.type = ?");
    for (qsizetype i = 1; i < counted.size(); ++i)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM search_terms u "
                              "WHERE u.term = ? AND u.doc = t.doc)");
    CachedQuery q(m_database, sql + QStringLiteral(" LIMIT ?"));
    q.bind(counted.first().second).bind(type);
    for (qsizetype i = 1; i < counted.size(); ++i)
        q.bind(counted[i].second);
    q.bind(qint64(limit));
    return q.texts("search by all terms");
}

QString SearchIndex::matchExpression(const QList<TextGroup>& groups) {
    QStringList clauses;
    for (const TextGroup& group : groups) {
        QStringList alternatives;
        const auto add = [&alternatives](const QString& token, bool prefix) {
            // The tokenizer splits on anything but letters and digits; so does the query, each
            // word quoted (a phrase would need a bigger index) and the last one a prefix.
            QStringList words;
            QString word;
            for (const QChar c : token + u' ') {
                if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
                    word += c;
                } else if (!word.isEmpty()) {
                    words << quoted(word);
                    word.clear();
                }
            }
            if (words.isEmpty())
                return;
            if (prefix)
                words.last() += u'*';
            alternatives << (words.size() == 1 ? words.first()
                                               : u'(' + words.join(QStringLiteral(" AND ")) + u')');
        };
        for (const QString& token : group.alternatives)
            add(token, group.prefix);
        for (const QString& token : group.whole)
            add(token, false);
        if (!alternatives.isEmpty())
            clauses << u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
    }
    return clauses.join(QStringLiteral(" AND "));
}

core::Result<QStringList>
SearchIndex::byPrefixes(const QString& type, const QList<QStringList>& groups, int limit) const {
    QList<TextGroup> prefixes;
    for (const QStringList& group : groups)
        prefixes << TextGroup{group, true};
    return byText(type, prefixes, limit);
}

core::Result<QStringList> SearchIndex::byText(const QString& type, const QList<TextGroup>& groups,
                                              int limit) const {
    const QString expression = matchExpression(groups);
    if (expression.isEmpty())
        return QStringList();
    // CROSS JOIN keeps the full-text match as the outer loop: left to itself, the planner
    // scans every document of the type and runs the match once per document (seconds at 20k).
    CachedQuery q(m_database, QStringLiteral("SELECT d.id FROM search_text s CROSS JOIN "
                                             "search_docs d ON d.rowid = s.rowid "
                                             "WHERE search_text MATCH ? AND d.type = ? LIMIT ?"));
    q.bind(expression).bind(type).bind(qint64(limit));
    return q.texts("search by prefix");
}

core::Result<SearchIndex::RebuildReport> SearchIndex::rebuild(const ResourceIndexer& indexer,
                                                              const RebuildProgress& progress,
                                                              int batchSize) {
    const QString connection = m_database.connectionName();
    qint64 after = 0;
    {
        Transaction tx(connection);
        if (auto s = tx.begun(); !s)
            return s.error();
        QSqlQuery marker(tx.db());
        if (!marker.exec(QStringLiteral("SELECT after_rowid FROM search_rebuild")))
            return sqlError(marker.lastError(), "read rebuild marker");
        const bool unfinished = marker.next();
        if (unfinished)
            after = marker.value(0).toLongLong(); // an unfinished rebuild: go on from there
        // A read left open past the commit would hold its snapshot, and the write-ahead log
        // could never be started over: it grew to 14 times the store in a rebuild of 1 M.
        marker.finish();
        if (!unfinished) {
            for (const QString& sql :
                 {QStringLiteral("DELETE FROM search_terms"),
                  QStringLiteral("DELETE FROM search_text"),
                  QStringLiteral("DELETE FROM search_docs"),
                  QStringLiteral("INSERT INTO search_rebuild(id, after_rowid) VALUES (1, 0)")}) {
                QSqlQuery d(tx.db());
                if (!d.exec(sql))
                    return sqlError(d.lastError(), "clear search index");
            }
        }
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    qint64 done = 0;
    qint64 total = 0;
    {
        QSqlQuery c(QSqlDatabase::database(connection));
        c.prepare(QStringLiteral("SELECT count(*), coalesce(sum(rowid <= ?), 0) FROM resources "
                                 "WHERE local_state <> 3"));
        c.addBindValue(after);
        if (!c.exec() || !c.next())
            return sqlError(c.lastError(), "count resources");
        total = c.value(0).toLongLong();
        done = c.value(1).toLongLong();
    }
    RebuildReport report;
    while (!report.complete) {
        Transaction tx(connection);
        if (auto s = tx.begun(); !s)
            return s.error();
        // A write first, so that the transaction takes the write lock (waiting for a desk's
        // write to end) before it reads: a read snapshot could not be upgraded once another
        // connection has committed.
        QSqlQuery lock(tx.db());
        if (!lock.exec(QStringLiteral("UPDATE search_rebuild SET after_rowid = after_rowid")))
            return sqlError(lock.lastError(), "lock search index");
        if (lock.numRowsAffected() != 1) {
            report.complete = true; // another connection (sijilctl, the desk) finished it
            break;
        }
        // Read again each time: two connections rebuilding at once share the work.
        QSqlQuery marker(tx.db());
        if (!marker.exec(QStringLiteral("SELECT after_rowid FROM search_rebuild")) ||
            !marker.next())
            return sqlError(marker.lastError(), "read rebuild marker");
        after = marker.value(0).toLongLong();
        marker.finish();
        QSqlQuery q(tx.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT rowid, type, id, json FROM resources "
                                 "WHERE rowid > ? AND local_state <> 3 ORDER BY rowid LIMIT ?"));
        q.addBindValue(after);
        q.addBindValue(batchSize);
        if (!q.exec())
            return sqlError(q.lastError(), "read resources");
        IndexWriter writer(tx.db(), &indexer);
        qint64 rows = 0;
        qint64 indexed = 0;
        while (q.next()) {
            ++rows;
            after = q.value(0).toLongLong();
            const QString type = q.value(1).toString();
            if (!writer.active(type))
                continue;
            if (auto s = writer.put(type, q.value(2).toString(), q.value(3).toByteArray()); !s)
                return s.error();
            ++indexed;
        }
        // A short batch is the last: the marker goes in the same transaction.
        report.complete = rows < batchSize;
        QSqlQuery m(tx.db());
        if (report.complete) {
            m.prepare(QStringLiteral("DELETE FROM search_rebuild"));
        } else {
            m.prepare(QStringLiteral("UPDATE search_rebuild SET after_rowid = ?"));
            m.addBindValue(after);
        }
        if (!m.exec())
            return sqlError(m.lastError(), "record rebuild progress");
        if (auto s = tx.commit(); !s)
            return s.error();
        report.indexed += indexed;
        done += rows;
        total = std::max(total, done); // resources written meanwhile
        if (progress && !progress(done, report.complete ? done : total) && !report.complete)
            break;
    }
    return report;
}

core::Result<SearchIndex::RebuildState> SearchIndex::rebuildState(const QString& type) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_rebuild), "
                       "EXISTS (SELECT 1 FROM search_rebuild WHERE keeps_entries = 0), "
                       "NOT EXISTS (SELECT 1 FROM search_docs WHERE type = ?) AND "
                       "EXISTS (SELECT 1 FROM resources WHERE type = ? AND local_state <> 3)"));
    q.addBindValue(type);
    q.addBindValue(type);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), "check search index");
    const bool never = q.value(2).toBool(); // stored before the index existed
    return RebuildState{q.value(0).toBool() || never, !q.value(1).toBool() && !never};
}

core::Result<bool> SearchIndex::needsRebuild(const QString& type) const {
    auto state = rebuildState(type);
    if (!state)
        return state.error();
    return state->pending;
}

core::Result<bool> SearchIndex::findsEveryResource(const QString& type) const {
    auto state = rebuildState(type);
    if (!state)
        return state.error();
    return state->findsAll;
}

core::Result<QStringList> SearchIndex::ids(const QString& type, const QString& afterId,
                                           int limit) const {
    CachedQuery q(m_database, QStringLiteral("SELECT id FROM search_docs WHERE type = ? AND id > ? "
                                             "ORDER BY id LIMIT ?"));
    q.bind(type).bind(afterId).bind(qint64(limit)); // a null id binds as '', before every id
    return q.texts("list indexed resources");
}

core::Result<int> SearchIndex::count(const QString& type) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral("SELECT count(*) FROM search_docs WHERE type = ?"));
    q.addBindValue(type);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), "count search rows");
    return q.value(0).toInt();
}

} // namespace sijil::storage
