#include <sijil/storage/SyncLock.h>

#include <QLockFile>

namespace sijil::storage {

namespace {

constexpr const char* kCtx = "sijil::storage::SyncLock";

} // namespace

SyncLock::SyncLock(const QString& databasePath)
    : m_file(std::make_unique<QLockFile>(pathFor(databasePath))) {
    // Stale only when its process is gone: a desktop session holds it all day.
    m_file->setStaleLockTime(0);
}

SyncLock::~SyncLock() = default; // QLockFile lets go when destroyed

QString SyncLock::pathFor(const QString& databasePath) {
    return databasePath + QStringLiteral(".sync.lock");
}

core::Status SyncLock::tryLock() {
    if (m_file->isLocked() || m_file->tryLock(0))
        return {};
    if (m_file->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        const QString holder = m_file->getLockInfo(&pid, &host, &app)
                                   ? QStringLiteral("sync lock held by %1 (process %2) on %3")
                                         .arg(app, QString::number(pid), host)
                                   : QStringLiteral("sync lock held");
        return core::Error(
            "storage/sync-busy",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::SyncLock",
                                                   "Une autre synchronisation de ce poste est en "
                                                   "cours (le programme Sijil ouvert, ou "
                                                   "sijilctl sync) : une seule à la fois. "
                                                   "Réessayez quand elle sera terminée.")),
            holder);
    }
    return core::Error(
        "storage/sync-lock",
        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::SyncLock",
                                               "Le verrou de synchronisation de ce poste n'a pas "
                                               "pu être créé à côté de ses données (droits "
                                               "d'écriture sur le dossier ?).")),
        QStringLiteral("sync lock file not made (QLockFile error %1)").arg(int(m_file->error())));
}

void SyncLock::unlock() {
    m_file->unlock();
}

bool SyncLock::isLocked() const {
    return m_file->isLocked();
}

} // namespace sijil::storage
