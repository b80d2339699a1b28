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
    // Replaces the entry of (type, id) by the one computed from `json`, and the identifiers it
    // holds. A change made here (`local`) may not bring an identifier another resource holds
    // (storage/identifier-held); one it held already stays (two records the server gave one
    // number are merged here, not refused), and the server's copies are kept as they come.
    core::Status put(const QString& type, const QString& id, const QByteArray& json,
                     bool local = false);
    core::Status remove(const QString& type, const QString& id);
    // Lets go of the identifiers (type, id) holds, before writing several records that may take
    // each other's.
    core::Status release(const QString& type, const QString& id);

private:
    core::Result<qint64> docRow(const QString& type, const QString& id, bool create);
    core::Status checkHeld(const IndexEntry& entry, const QString& id, qint64 row);
    core::Status hold(const IndexEntry& entry, const QString& id);

    const ResourceIndexer* m_indexer;
    QSqlQuery m_findDoc;
    QSqlQuery m_insertDoc;
    QSqlQuery m_deleteDoc;
    QSqlQuery m_deleteTerms;
    QSqlQuery m_insertTerm;
    QSqlQuery m_deleteText;
    QSqlQuery m_insertText;
    QSqlQuery m_holder;
    QSqlQuery m_hadTerm;
    QSqlQuery m_release;
    QSqlQuery m_hold;
};

} // namespace sijil::storage
