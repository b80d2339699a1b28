#pragma once

#include <sijil/core/Result.h>

#include <QString>

#include <memory>

class QLockFile;

namespace sijil::storage {

// One sync at a time per store. Two engines pushing the same outbox at once (`sijilctl sync`
// beside the desktop program's sync thread) could send a registration's old create after a
// later edit of it, overwriting the edit on the server, and both would then fail to acknowledge.
// The desktop program's sync thread holds this lock for its lifetime, `sijilctl sync` for its
// cycle. It is a lock file beside the database (QLockFile). A holder that ended without letting
// go (a crash, a power cut) leaves a file that the next taker on this machine finds stale by its
// process id (or by the machine having restarted since) and takes over; it is never stale by
// age, since the desktop holds it for hours. A file left by another machine (a store on a
// network share) is not checked and must be removed by hand.
class SyncLock {
public:
    explicit SyncLock(const QString& databasePath);
    ~SyncLock(); // lets go, if held
    SyncLock(const SyncLock&) = delete;
    SyncLock& operator=(const SyncLock&) = delete;

    // Taken (or already held by this object); storage/sync-busy when another holds it, its
    // detail saying which process; storage/sync-lock when the file cannot be made.
    core::Status tryLock();
    void unlock();
    [[nodiscard]] bool isLocked() const;

    // "<databasePath>.sync.lock"
    [[nodiscard]] static QString pathFor(const QString& databasePath);

private:
    std::unique_ptr<QLockFile> m_file;
};

} // namespace sijil::storage
