#pragma once

#include <sijil/core/Result.h>
#include <sijil/imaging/DicomCatalog.h>

#include <QObject>

#include <memory>

class QTemporaryDir;
class QThread;
class QTimer;

namespace sijil::ui {

// Scans a folder, a DICOMDIR, a file or a ZIP archive (unpacked in a temporary folder) on a thread
// of its own, reports its progress, and keeps the unpacked files of the last catalogue it
// delivered readable until the next one replaces it.
class MediaLoader : public QObject {
    Q_OBJECT
public:
    explicit MediaLoader(QObject* parent = nullptr);
    ~MediaLoader() override;

    // Cancels the scan in progress, if any, and starts this one.
    void open(const QString& path);
    void cancel();

signals:
    void progressed(int done, int total);
    // On the owner's thread; only for the latest open().
    void finished(sijil::core::Result<sijil::imaging::DicomCatalog> result);

private:
    struct Scan;

    std::shared_ptr<Scan> m_scan;
    // Where the archive being read or delivered last was unpacked.
    std::unique_ptr<QTemporaryDir> m_unpacked;
    std::unique_ptr<QTemporaryDir> m_unpacking;
    QTimer* m_poll = nullptr;
    QThread* m_thread = nullptr;
};

} // namespace sijil::ui
