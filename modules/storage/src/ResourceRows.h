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

// A local change that cannot be applied (storage/invalid-change); `why` for the log.
core::Error invalidChange(const char* why);
// Queues a change in the outbox: `q` prepared as the INSERT of enqueue(db, ...).
core::Status enqueue(QSqlQuery& q, const LocalChange& c, const QString& baseVersion,
                     const QString& now);
core::Status enqueue(QSqlDatabase& db, const LocalChange& c, const QString& baseVersion);

} // namespace sijil::storage::rows
