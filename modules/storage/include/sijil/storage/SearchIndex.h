#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace sijil::storage {

class Database;

// What the store keeps to find one resource again: exact terms ("ipp:…", "doc:…", blocking keys)
// and a text of normalised tokens searched by prefix as the user types.
struct IndexEntry {
    QStringList terms;
    QString text;
    // Identifiers one resource only may hold (an IPP): kept in identifiers_held with the entry.
    // `term`, one of `terms`, marks the identifier in the entry (what the resource held before).
    struct Held {
        QString system;
        QString value;
        QString term;
    };
    QList<Held> held;
};

// Computes the index entry of a resource. The domain knows what to index (names normalised across
// scripts, identifiers); the store only keeps the entry in the same transaction as the resource,
// so the index can never disagree with what is stored.
class ResourceIndexer {
public:
    virtual ~ResourceIndexer() = default;
    [[nodiscard]] virtual bool indexes(const QString& type) const = 0;
    [[nodiscard]] virtual IndexEntry entry(const QString& type, const QByteArray& json) const = 0;
};

// One condition of a text search: one of the alternatives matches a token, whole or (when
// `prefix`) as its beginning, or one of `whole` matches a token whole. Alternatives are plain
// tokens, never query syntax.
struct TextGroup {
    TextGroup() = default;
    TextGroup(QStringList alternatives_, bool prefix_ = true, QStringList whole_ = {})
        : alternatives(std::move(alternatives_))
        , prefix(prefix_)
        , whole(std::move(whole_)) {}
    QStringList alternatives;
    bool prefix = true;
    QStringList whole;
};

// Queries over what a ResourceIndexer produced.
class SearchIndex {
public:
    explicit SearchIndex(Database& database);

    // Ids of resources of `type` holding any of `terms`, those holding most first.
    [[nodiscard]] core::Result<QStringList> byTerms(const QString& type, const QStringList& terms,
                                                    int limit) const;
    // Ids of resources of `type` holding any of those `terms` that `blockCap` resources or fewer
    // hold, those holding most of them first, `limit` at most. A term held by more is left out
    // whole (not read in part, which would keep an arbitrary share of it): the work is at most
    // `blockCap` + 1 rows per term however common a term grows, where byTerms() reads all.
    [[nodiscard]] core::Result<QStringList>
    byRareTerms(const QString& type, const QStringList& terms, int blockCap, int limit) const;
    // Ids of resources of `type` holding every one of `terms`, in no particular order.
    [[nodiscard]] core::Result<QStringList> byAllTerms(const QString& type,
                                                       const QStringList& terms, int limit) const;
    // Ids of resources of `type` whose text matches every group: a group matches when one of its
    // alternatives is a prefix of a token (alternatives are plain tokens, no query syntax).
    [[nodiscard]] core::Result<QStringList>
    byPrefixes(const QString& type, const QList<QStringList>& groups, int limit) const;
    // Ids of resources of `type` whose text meets every group.
    [[nodiscard]] core::Result<QStringList> byText(const QString& type,
                                                   const QList<TextGroup>& groups, int limit) const;
    // The full-text expression byText() runs (for benchmarks comparing with raw SQLite).
    [[nodiscard]] static QString matchExpression(const QList<TextGroup>& groups);
    // Called after each transaction of a rebuild with the stored resources gone through so far
    // and how many there are; returning false stops the rebuild there.
    using RebuildProgress = std::function<bool(qint64 done, qint64 total)>;
    struct RebuildReport {
        qint64 indexed = 0;    // by this call
        bool complete = false; // false: stopped by `progress`; needsRebuild() stays true
    };
    // Builds the index of every stored resource the indexer takes, after the indexing rules
    // changed or on a store made before the index existed: the index is cleared, then written
    // `batchSize` resources per transaction so that a large register never holds the store for
    // long. A rebuild left unfinished (stopped, failed, the program ended) is marked in the store:
    // needsRebuild() says so and the next rebuild() goes on where it stopped. Local writes made
    // meanwhile index themselves as always, so the two can run side by side.
    core::Result<RebuildReport> rebuild(const ResourceIndexer& indexer,
                                        const RebuildProgress& progress = {}, int batchSize = 5000);
    // Whether the index must be rebuilt: a rebuild was left unfinished, or resources of `type`
    // are stored and none is indexed (a store made before the index existed).
    [[nodiscard]] core::Result<bool> needsRebuild(const QString& type) const;
    // Whether a search finds every stored resource of `type`: no rebuild is needed, or the one
    // under way keeps the old entries until it replaces each (the indexing rules changed on a
    // whole index). False while a cleared index is written again.
    [[nodiscard]] core::Result<bool> findsEveryResource(const QString& type) const;
    [[nodiscard]] core::Result<int> count(const QString& type) const;
    // Ids of the indexed resources of `type` after `afterId`, in id order: a page of `limit`.
    [[nodiscard]] core::Result<QStringList> ids(const QString& type, const QString& afterId,
                                                int limit) const;

private:
    struct RebuildState {
        bool pending = false;
        bool findsAll = true;
    };
    [[nodiscard]] core::Result<RebuildState> rebuildState(const QString& type) const;
    Database& m_database;
};

} // namespace sijil::storage
