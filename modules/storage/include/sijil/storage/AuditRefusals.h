#pragma once

#include <sijil/core/Result.h>

#include <QList>

namespace sijil::storage {

class Database;

// Audit entries the central server refused for good (an entry-level 4xx answer). Such an entry
// stays here, never marked sent, but is no longer offered for upload: one refused entry must not
// hold back every entry after it. It is marked in audit_log's `sent` column (2: refused; 0 is
// waiting, 1 is sent), which no MAC covers, so the chain and its fingerprints are unchanged and
// no schema change is needed. offerAgain() puts them back in the queue: a refusal may be the
// server's passing state (a profile being updated, a reference it did not know yet), and sync
// offers them again once a day (SyncService); one refused again is set aside again.
class AuditRefusals {
public:
    explicit AuditRefusals(Database& database);

    core::Status markRefused(const QList<qint64>& seqs);
    // Puts every entry set aside back among those waiting to be sent; returns how many.
    core::Result<qint64> offerAgain();
    // How many entries are held back so.
    [[nodiscard]] core::Result<qint64> count() const;

private:
    Database& m_database;
};

} // namespace sijil::storage
