#include "MediaLoader.h"

#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace sijil::ui {

struct MediaLoader::Scan {
    std::atomic<bool> cancelled{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
};

MediaLoader::MediaLoader(QObject* parent)
    : QObject(parent) {
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_scan && m_scan->total > 0)
            emit progressed(m_scan->done, m_scan->total);
    });
}

MediaLoader::~MediaLoader() {
    cancel();
    if (m_thread)
        m_thread->wait();
}

void MediaLoader::open(const QString& path) {
    cancel();
    if (m_thread) {
        m_thread->wait();
        m_thread = nullptr;
    }
    auto scan = std::make_shared<Scan>();
    m_scan = scan;
    // An archive is unpacked here; what is on screen stays readable until the scan succeeds.
    m_unpacking = std::make_unique<QTemporaryDir>();
    const QString unpackTo = m_unpacking->path();
    // The scan reads every header of the medium: never on the GUI thread.
    m_thread = QThread::create([this, scan, path, unpackTo] {
        auto result = imaging::MediaScanner::scan(
            path,
            [scan](int done, int total) {
                scan->done = done;
                scan->total = total;
                return !scan->cancelled.load();
            },
            imaging::ScanOptions{unpackTo});
        QMetaObject::invokeMethod(
            this,
            [this, scan, result = std::move(result)]() mutable {
                if (scan != m_scan)
                    return;
                m_poll->stop();
                m_scan.reset();
                if (result)
                    m_unpacked = std::move(m_unpacking); // the previous medium's files go
                emit finished(std::move(result));
            },
            Qt::QueuedConnection);
    });
    m_poll->start();
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QObject::destroyed, this, [this, thread = m_thread] {
        if (m_thread == thread)
            m_thread = nullptr;
    });
    m_thread->start();
}

void MediaLoader::cancel() {
    if (m_scan)
        m_scan->cancelled = true;
}

} // namespace sijil::ui
