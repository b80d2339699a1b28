#pragma once

#include <sijil/core/Result.h>

#include <QDateTime>
#include <QSet>
#include <QString>

namespace sijil::imaging {

// The workstation's copy of studies retrieved from a PACS or from the shared record: one folder
// per study, named by its Study Instance UID, under one root. It holds patients' images on a
// shared PC, so it is bounded in time and in size: prune() removes the studies not retrieved for
// `maxAgeDays`, then the least recently retrieved ones until the rest fits `maxBytes`. Only
// folders named as DICOM UIDs are ever touched: anything else under the root stays.
class ImageCache {
public:
    explicit ImageCache(QString root);

    [[nodiscard]] const QString& root() const { return m_root; }

    struct Pruned {
        int removed = 0; // study folders
        qint64 freedBytes = 0;
        int kept = 0;
        qint64 keptBytes = 0;
    };
    // `keep`: study UIDs never removed (those on screen). A missing root is an empty cache.
    // Error imaging/cache-not-writable when a folder cannot be removed (the rest goes on).
    [[nodiscard]] core::Result<Pruned> prune(const QDateTime& now, int maxAgeDays, qint64 maxBytes,
                                             const QSet<QString>& keep = {}) const;

private:
    QString m_root;
};

} // namespace sijil::imaging
