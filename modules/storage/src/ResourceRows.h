#pragma once

#include "SqlError.h"

#include <sijil/core/Result.h>
#include <sijil/storage/ResourceStore.h>

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

// The rows of the resources table, as the store's local and server sides read and write them.
namespace sijil::storage::rows {

extern const QString kColumns;

StoredResource readRow(const QSqlQuery& q);
// `q` prepared as SELECT kColumns ... WHERE type = ? AND id = ?; an error goes to `status`.
std::optional<StoredResource> find(QSqlQuery& q, const QString& type, const QString& id,
                                   core::Status& status);
std::optional<StoredResource> find(QSqlDatabase& db, const QString& type, const QString& id,
                                   core::Status& status);
// `q` prepared as INSERT OR REPLACE of kColumns; `now` is the batch's time, formatted once.
core::Status upsert(QSqlQuery& q, const StoredResource& r, const QString& now);
core::Status upsert(QSqlDatabase& db, const StoredResource& r);
core::Status removeResource(QSqlDatabase& db, const QString& type, const QString& id);

} // namespace sijil::storage::rows
