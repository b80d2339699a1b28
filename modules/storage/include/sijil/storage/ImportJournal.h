#pragma once

#include <sijil/core/Result.h>

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <climits>
#include <optional>

namespace sijil::storage {

class Database;

// Which patient each row of an imported file became, by the file's content (its SHA-256) and
// the row's place in it. Written before the row's patient is: an import stopped by a crash and
// run again finds the rows it wrote (skipped) and the ids it meant to give the others (reused),
// so that no row becomes two patients.
class ImportJournal {
public:
    explicit ImportJournal(Database& database);

    // The rows of `source` journaled so far, from `firstRow` to `lastRow`: row -> patient id
    // (a file imported a chunk at a time asks for each chunk's rows only).
    [[nodiscard]] core::Result<QHash<int, QString>> rows(const QString& source, int firstRow = 0,
                                                         int lastRow = INT_MAX) const;
    // The row of `source` that became `patientId`, if one did (a patient written from an
    // earlier chunk of the file, or an earlier run on it), through an index.
    [[nodiscard]] core::Result<std::optional<int>> rowOf(const QString& source,
                                                         const QString& patientId) const;
    // The rows of `source` whose patient is written (held in the store): an import run again on
    // the same file leaves them out, and needs no IPP for them.
    [[nodiscard]] core::Result<QList<int>> writtenRows(const QString& source) const;
    // In one transaction.
    core::Status record(const QString& source, const QList<QPair<int, QString>>& rows);

private:
    Database& m_database;
};

} // namespace sijil::storage
