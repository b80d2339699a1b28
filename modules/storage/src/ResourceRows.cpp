#include "ResourceRows.h"

#include "SqlValues.h"

#include <QSqlError>

namespace sijil::storage::rows {

const QString kColumns = QStringLiteral(
    "type, id, version_id, last_updated, local_state, patient_id, json, local_updated");

StoredResource readRow(const QSqlQuery& q) {
    StoredResource r;
    r.type = q.value(0).toString();
    r.id = q.value(1).toString();
    r.versionId = q.value(2).toString();
    r.lastUpdatedUtc = fromIsoTime(q.value(3));
    r.state = static_cast<LocalState>(q.value(4).toInt());
    r.patientId = q.value(5).toString();
    r.json = q.value(6).toByteArray();
    r.localUpdatedUtc = fromIsoTime(q.value(7));
    return r;
}

std::optional<StoredResource> find(QSqlQuery& q, const QString& type, const QString& id,
                                   core::Status& status) {
    q.addBindValue(type);
    q.addBindValue(id);
    if (!q.exec()) {
        status = sqlError(q.lastError(), "read resource");
        return std::nullopt;
    }
    std::optional<StoredResource> found;
    if (q.next())
        found = readRow(q);
    q.finish();
    return found;
}

std::optional<StoredResource> find(QSqlDatabase& db, const QString& type, const QString& id,
                                   core::Status& status) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM resources WHERE type = ? AND id = ?").arg(kColumns));
    return find(q, type, id, status);
}

core::Status upsert(QSqlQuery& q, const StoredResource& r, const QString& now) {
    q.addBindValue(r.type);
    q.addBindValue(r.id);
    q.addBindValue(textValue(r.versionId));
    q.addBindValue(isoTime(r.lastUpdatedUtc));
    q.addBindValue(static_cast<int>(r.state));
    q.addBindValue(textValue(r.patientId));
    q.addBindValue(r.json);
    q.addBindValue(r.localUpdatedUtc.isValid() ? isoTime(r.localUpdatedUtc) : now);
    if (!q.exec())
        return sqlError(q.lastError(), "write resource");
    return {};
}

core::Status upsert(QSqlDatabase& db, const StoredResource& r) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO resources(%1) VALUES (?,?,?,?,?,?,?,?)")
                  .arg(kColumns));
    return upsert(q, r, isoTime(QDateTime::currentDateTimeUtc()));
}

core::Status removeResource(QSqlDatabase& db, const QString& type, const QString& id) {
    QSqlQuery d(db);
    d.prepare(QStringLiteral("DELETE FROM resources WHERE type = ? AND id = ?"));
    d.addBindValue(type);
    d.addBindValue(id);
    if (!d.exec())
        return sqlError(d.lastError(), "remove resource");
    return {};
}

} // namespace sijil::storage::rows
