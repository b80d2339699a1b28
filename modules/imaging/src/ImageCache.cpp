#include "ImagingLog.h"

#include <sijil/imaging/ImageCache.h>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace sijil::imaging {

namespace {

constexpr const char* kCtx = "sijil::imaging::ImageCache";

bool isStudyFolderName(const QString& name) {
    if (name.isEmpty() || name.size() > 64 || name.startsWith(u'.'))
        return false;
    return std::all_of(name.cbegin(), name.cend(),
                       [](QChar c) { return c.isDigit() || c == u'.'; });
}

struct Study {
    QString uid;
    QString path;
    qint64 bytes = 0;
    QDateTime lastUsed; // the newest file: when the study was last retrieved
};

Study measure(const QFileInfo& folder) {
    // The files' times, not the folder's: removing a stray file must not make a study recent.
    Study s{folder.fileName(), folder.absoluteFilePath(), 0, {}};
    QDirIterator it(folder.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo f = it.fileInfo();
        s.bytes += f.size();
        if (!s.lastUsed.isValid() || f.lastModified() > s.lastUsed)
            s.lastUsed = f.lastModified();
    }
    if (!s.lastUsed.isValid())
        s.lastUsed = folder.lastModified(); // empty: when it was made
    return s;
}

} // namespace

ImageCache::ImageCache(QString root)
    : m_root(std::move(root)) {}

core::Result<ImageCache::Pruned> ImageCache::prune(const QDateTime& now, int maxAgeDays,
                                                   qint64 maxBytes,
                                                   const QSet<QString>& keep) const {
    QList<Study> studies;
    const QDir root(m_root);
    if (!root.exists())
        return Pruned{};
    for (const QFileInfo& f :
         root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        if (isStudyFolderName(f.fileName()))
            studies << measure(f);
    }
    // Newest first: what is kept is a prefix of this list.
    std::sort(studies.begin(), studies.end(),
              [](const Study& a, const Study& b) { return a.lastUsed > b.lastUsed; });
    const QDateTime oldest = now.addDays(-maxAgeDays);
    qint64 total = 0;
    for (const Study& s : studies)
        total += s.bytes;

    Pruned out;
    std::optional<core::Error> failure;
    // Oldest first, so that a size cap removes the least recently used.
    for (auto it = studies.crbegin(); it != studies.crend(); ++it) {
        const bool tooOld = it->lastUsed < oldest;
        const bool tooBig = total > maxBytes;
        if ((!tooOld && !tooBig) || keep.contains(it->uid)) {
            ++out.kept;
            out.keptBytes += it->bytes;
            continue;
        }
        if (!QDir(it->path).removeRecursively()) {
            failure =
                core::Error("imaging/cache-not-writable",
                            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::imaging::ImageCache",
                                                                   "Le cache d'images n'a "
                                                                   "pas pu être vidé de tous "
                                                                   "ses anciens examens.")),
                            QStringLiteral("cannot remove %1").arg(it->path));
            ++out.kept;
            out.keptBytes += it->bytes;
            continue;
        }
        ++out.removed;
        out.freedBytes += it->bytes;
        total -= it->bytes;
    }
    qCInfo(lcImaging).noquote() << QStringLiteral(
                                       "image cache: %1 studies removed (%2 MB), %3 kept (%4 MB)")
                                       .arg(out.removed)
                                       .arg(out.freedBytes / 1'000'000)
                                       .arg(out.kept)
                                       .arg(out.keptBytes / 1'000'000);
    if (failure)
        return *failure;
    return out;
}

} // namespace sijil::imaging
