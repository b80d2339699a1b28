#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace sijil::storage {

class Database;

// What the store keeps to find one resource again: exact terms ("ipp:…", "doc:…", blocking keys)
// and a text of normalised tokens searched by prefix as the user types.
struct IndexEntry {
    QStringList terms;
    QString text;
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
// `prefix`) as its beginning. Alternatives are plain tokens, never query syntax.
struct TextGroup {
    QStringList alternatives;
    bool prefix = true;
};

// Queries over what a ResourceIndexer produced.
class SearchIndex {
public:
    explicit SearchIndex(Database& database);

    // Ids of resources of `type` holding any of `terms`, those holding most first.
    [[nodiscard]] core::Result<QStringList> byTerms(const QString& type, const QStringList& terms,
                                                    int limit) const;
    // Ids of resources of `type` whose text matches every group: a group matches when one of its
    // alternatives is a prefix of a token (alternatives are plain tokens, no query syntax).
    [[nodiscard]] core::Result<QStringList>
    byPrefixes(const QString& type, const QList<QStringList>& groups, int limit) const;
    // Ids of resources of `type` whose text meets every group.
    [[nodiscard]] core::Result<QStringList> byText(const QString& type,
                                                   const QList<TextGroup>& groups, int limit) const;
    // The full-text expression byText() runs (for benchmarks comparing with raw SQLite).
    [[nodiscard]] static QString matchExpression(const QList<TextGroup>& groups);
    // Builds the index of every stored resource the indexer takes, after the indexing rules
    // changed or on a store made before the index existed. Returns how many were indexed.
    core::Result<int> rebuild(const ResourceIndexer& indexer);
    [[nodiscard]] core::Result<int> count(const QString& type) const;
    // Ids of the indexed resources of `type` after `afterId`, in id order: a page of `limit`.
    [[nodiscard]] core::Result<QStringList> ids(const QString& type, const QString& afterId,
                                                int limit) const;

private:
    Database& m_database;
};

} // namespace sijil::storage
