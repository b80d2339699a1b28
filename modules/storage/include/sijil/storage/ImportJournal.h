#pragma once

#include <sijil/core/Result.h>

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace sijil::storage {

class Database;

// Which patient each row of an imported file became, by the file's content (its SHA-256) and
// the row's place in it. Written before the row's patient is: an import stopped by a crash and
// run again finds the rows it wrote (skipped) and the ids it meant to give the others (reused),
// so that no row becomes two patients.
class ImportJournal {
public:
    explicit ImportJournal(Database& database);

    // The rows of `source` journaled so far: row -> patient id.
    [[nodiscard]] core::Result<QHash<int, QString>> rows(const QString& source) const;
    // In one transaction.
    core::Status record(const QString& source, const QList<QPair<int, QString>>& rows);

private:
    Database& m_database;
};

} // namespace sijil::storage
