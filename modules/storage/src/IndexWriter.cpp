#include "IndexWriter.h"

#include "SqlError.h"

#include <sijil/core/UserText.h>

#include <QSqlError>
#include <QVariant>

namespace sijil::storage {

IndexWriter::IndexWriter(QSqlDatabase& db, const ResourceIndexer* indexer)
    : m_indexer(indexer)
    , m_findDoc(db)
    , m_insertDoc(db)
    , m_deleteDoc(db)
    , m_deleteTerms(db)
    , m_insertTerm(db)
    , m_deleteText(db)
    , m_insertText(db)
    , m_holder(db)
    , m_hadTerm(db)
    , m_release(db)
    , m_hold(db) {
    if (!m_indexer)
        return;
    m_findDoc.prepare(QStringLiteral("SELECT rowid FROM search_docs WHERE type = ? AND id = ?"));
    m_insertDoc.prepare(QStringLiteral("INSERT INTO search_docs(type, id) VALUES (?, ?)"));
    m_deleteDoc.prepare(QStringLiteral("DELETE FROM search_docs WHERE rowid = ?"));
    m_deleteTerms.prepare(QStringLiteral("DELETE FROM search_terms WHERE doc = ?"));
    m_insertTerm.prepare(
        QStringLiteral("INSERT OR IGNORE INTO search_terms(term, doc) VALUES (?, ?)"));
    m_deleteText.prepare(QStringLiteral("DELETE FROM search_text WHERE rowid = ?"));
    m_insertText.prepare(QStringLiteral("INSERT INTO search_text(rowid, text) VALUES (?, ?)"));
    m_holder.prepare(
        QStringLiteral("SELECT patient_id FROM identifiers_held WHERE system = ? AND value = ?"));
    m_hadTerm.prepare(QStringLiteral("SELECT 1 FROM search_terms WHERE term = ? AND doc = ?"));
    m_release.prepare(QStringLiteral("DELETE FROM identifiers_held WHERE patient_id = ?"));
    m_hold.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO identifiers_held(system, value, patient_id) VALUES (?, ?, ?)"));
}

core::Status IndexWriter::checkHeld(const IndexEntry& entry, const QString& id, qint64 row) {
    for (const IndexEntry::Held& h : entry.held) {
        m_holder.addBindValue(h.system);
        m_holder.addBindValue(h.value);
        if (!m_holder.exec())
            return sqlError(m_holder.lastError(), "read identifier holder");
        const QString holder = m_holder.next() ? m_holder.value(0).toString() : QString();
        m_holder.finish();
        if (holder.isEmpty() || holder == id)
            continue;
        m_hadTerm.addBindValue(h.term);
        m_hadTerm.addBindValue(row);
        if (!m_hadTerm.exec())
            return sqlError(m_hadTerm.lastError(), "read search term");
        const bool heldBefore = m_hadTerm.next();
        m_hadTerm.finish();
        if (!heldBefore)
            return core::Error(
                "storage/identifier-held",
                core::UserText("sijil::storage::IndexWriter",
                               QT_TRANSLATE_NOOP("sijil::storage::IndexWriter",
                                                 "Cet identifiant est déjà attribué à un autre "
                                                 "patient : rien n'a été enregistré.")),
                QStringLiteral("%1 held by %2").arg(h.system, holder));
    }
    return {};
}

core::Status IndexWriter::release(const QString& type, const QString& id) {
    if (!active(type))
        return {};
    m_release.addBindValue(id);
    if (!m_release.exec())
        return sqlError(m_release.lastError(), "release identifiers");
    return {};
}

core::Status IndexWriter::hold(const IndexEntry& entry, const QString& id) {
    m_release.addBindValue(id);
    if (!m_release.exec())
        return sqlError(m_release.lastError(), "release identifiers");
    for (const IndexEntry::Held& h : entry.held) {
        m_hold.addBindValue(h.system);
        m_hold.addBindValue(h.value);
        m_hold.addBindValue(id);
        if (!m_hold.exec())
            return sqlError(m_hold.lastError(), "hold identifier");
    }
    return {};
}

core::Result<qint64> IndexWriter::docRow(const QString& type, const QString& id, bool create) {
    m_findDoc.addBindValue(type);
    m_findDoc.addBindValue(id);
    if (!m_findDoc.exec())
        return sqlError(m_findDoc.lastError(), "read search row");
    if (m_findDoc.next()) {
        const qint64 row = m_findDoc.value(0).toLongLong();
        m_findDoc.finish();
        return row;
    }
    m_findDoc.finish();
    if (!create)
        return qint64(0);
    m_insertDoc.addBindValue(type);
    m_insertDoc.addBindValue(id);
    if (!m_insertDoc.exec())
        return sqlError(m_insertDoc.lastError(), "write search row");
    return m_insertDoc.lastInsertId().toLongLong();
}

core::Status IndexWriter::put(const QString& type, const QString& id, const QByteArray& json,
                              bool local) {
    if (!active(type))
        return {};
    const IndexEntry entry = m_indexer->entry(type, json);
    auto row = docRow(type, id, true);
    if (!row)
        return row.error();
    if (local) {
        if (auto s = checkHeld(entry, id, *row); !s)
            return s;
    }
    if (auto s = hold(entry, id); !s)
        return s;
    for (QSqlQuery* q : {&m_deleteTerms, &m_deleteText}) {
        q->addBindValue(*row);
        if (!q->exec())
            return sqlError(q->lastError(), "clear search entry");
    }
    for (const QString& term : entry.terms) {
        if (term.isEmpty())
            continue;
        m_insertTerm.addBindValue(term);
        m_insertTerm.addBindValue(*row);
        if (!m_insertTerm.exec())
            return sqlError(m_insertTerm.lastError(), "write search term");
    }
    if (!entry.text.isEmpty()) {
        m_insertText.addBindValue(*row);
        m_insertText.addBindValue(entry.text);
        if (!m_insertText.exec())
            return sqlError(m_insertText.lastError(), "write search text");
    }
    return {};
}

core::Status IndexWriter::remove(const QString& type, const QString& id) {
    if (!active(type))
        return {};
    if (auto s = release(type, id); !s)
        return s;
    auto row = docRow(type, id, false);
    if (!row)
        return row.error();
    if (*row == 0)
        return {};
    for (QSqlQuery* q : {&m_deleteTerms, &m_deleteText, &m_deleteDoc}) {
        q->addBindValue(*row);
        if (!q->exec())
            return sqlError(q->lastError(), "remove search entry");
    }
    return {};
}

} // namespace sijil::storage
