#pragma once

#include <sijil/core/Result.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace sijil::storage {

class Database;

// One sync cycle as the site administrator reads it in the sync log.
struct SyncRun {
    qint64 id = 0;
    QDateTime startedAtUtc;
    QDateTime finishedAtUtc;
    bool succeeded = false;
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
    int pending = 0;     // local changes still waiting after the cycle
    QString errorCode;   // e.g. fhir/network; empty on success
    QString errorDetail; // technical, never patient data
};

// The sync log: the last cycles, newest first; older ones are dropped past kKept.
class SyncJournal {
public:
    static constexpr int kKept = 2000;

    explicit SyncJournal(Database& database);

    core::Status append(const SyncRun& run);
    [[nodiscard]] core::Result<QList<SyncRun>> recent(int limit) const;

private:
    Database& m_database;
};

} // namespace sijil::storage
