#pragma once

#include <sijil/core/Result.h>

#include <QList>

namespace sijil::storage {

class Database;

// Audit entries the central server refused for good (an entry-level 4xx answer). Such an entry
// stays here, never marked sent, but is no longer offered for upload: one refused entry must not
// hold back every entry after it. It is marked in audit_log's `sent` column (2: refused; 0 is
// waiting, 1 is sent), which no MAC covers, so the chain and its fingerprints are unchanged and
// no schema change is needed; `UPDATE audit_log SET sent = 0 WHERE sent = 2` offers them again.
class AuditRefusals {
public:
    explicit AuditRefusals(Database& database);

    core::Status markRefused(const QList<qint64>& seqs);
    // How many entries are held back so.
    [[nodiscard]] core::Result<qint64> count() const;

private:
    Database& m_database;
};

} // namespace sijil::storage
