#pragma once

#include <sijil/core/Result.h>
#include <sijil/storage/SearchIndex.h>

#include <QSqlDatabase>
#include <QSqlQuery>

namespace sijil::storage {

// Writes index entries inside the caller's transaction, with statements prepared once per batch.
class IndexWriter {
public:
    IndexWriter(QSqlDatabase& db, const ResourceIndexer* indexer);

    [[nodiscard]] bool active(const QString& type) const {
        return m_indexer != nullptr && m_indexer->indexes(type);
    }
    // Replaces the entry of (type, id) by the one computed from `json`.
    core::Status put(const QString& type, const QString& id, const QByteArray& json);
    core::Status remove(const QString& type, const QString& id);

private:
    core::Result<qint64> docRow(const QString& type, const QString& id, bool create);

    const ResourceIndexer* m_indexer;
    QSqlQuery m_findDoc;
    QSqlQuery m_insertDoc;
    QSqlQuery m_deleteDoc;
    QSqlQuery m_deleteTerms;
    QSqlQuery m_insertTerm;
    QSqlQuery m_deleteText;
    QSqlQuery m_insertText;
};

} // namespace sijil::storage
