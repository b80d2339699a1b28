#include "ResourceRows.h"

#include "SqlValues.h"

#include <sijil/core/UserText.h>

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

namespace {

constexpr const char* kCtx = "sijil::storage::ResourceStore";

QString operationCode(LocalChange::Operation op) {
    switch (op) {
    case LocalChange::Operation::Create:
        return QStringLiteral("create");
    case LocalChange::Operation::Update:
        return QStringLiteral("update");
    case LocalChange::Operation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

} // namespace

core::Error invalidChange(const char* why) {
    return core::Error("storage/invalid-change",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::ResourceStore",
                                                              "La modification n'a pas pu être "
                                                              "enregistrée : elle est incomplète "
                                                              "ou porte sur un élément inconnu.")),
                       QString::fromLatin1(why));
}

core::Status enqueue(QSqlQuery& q, const LocalChange& c, const QString& baseVersion,
                     const QString& now) {
    q.addBindValue(c.type);
    q.addBindValue(c.id);
    q.addBindValue(operationCode(c.operation));
    q.addBindValue(textValue(baseVersion));
    q.addBindValue(c.json);
    q.addBindValue(textValue(c.actorId));
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q.lastError(), "queue change");
    return {};
}

core::Status enqueue(QSqlDatabase& db, const LocalChange& c, const QString& baseVersion) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox(type, id, operation, base_version, json, "
                             "actor_id, created_at) VALUES (?,?,?,?,?,?,?)"));
    return enqueue(q, c, baseVersion, isoTime(QDateTime::currentDateTimeUtc()));
}

} // namespace sijil::storage::rows

namespace sijil::storage {

namespace {

QString referencedPatient(const QJsonValue& reference) {
    const QString ref = reference.toObject().value(QStringLiteral("reference")).toString();
    const QString prefix = QStringLiteral("Patient/");
    // Absolute references to our server end with the same relative part.
    const qsizetype at = ref.lastIndexOf(prefix);
    if (at < 0)
        return {};
    return ref.mid(at + prefix.size()).section(u'/', 0, 0);
}

} // namespace

QString compartmentOf(const QJsonObject& r) {
    if (r.value(QStringLiteral("resourceType")).toString() == u"Patient")
        return r.value(QStringLiteral("id")).toString();
    for (const char* field : {"subject", "patient", "beneficiary"}) {
        const QString id = referencedPatient(r.value(QLatin1String(field)));
        if (!id.isEmpty())
            return id;
    }
    return {};
}

} // namespace sijil::storage
