#include "SliceRenderer.h"

#include <sijil/imaging/FrameCache.h>
#include <sijil/imaging/GreyscaleRender.h>

#include <QFileInfo>
#include <QList>
#include <QMetaObject>

#include <utility>

namespace sijil::ui {

class SliceRenderer::Worker : public QObject {
public:
    Worker(SliceRenderer* owner, qint64 cacheBytes)
        : m_owner(owner)
        , m_frames(cacheBytes) {}

    // GUI thread: queue and wake the worker when it is not already due to look.
    void post(RenderRequest request) {
        std::lock_guard lock(m_mutex);
        if (request.thumbnail.isEmpty())
            m_view = std::move(request); // a newer view request replaces the waiting one
        else
            m_thumbnails.append(std::move(request));
        wake();
    }

    void post(StatisticsRequest request) {
        std::lock_guard lock(m_mutex);
        m_statistics.append(std::move(request));
        wake();
    }

    void post(quint64 ticket, QList<FrameRef> frames) {
        std::lock_guard lock(m_mutex);
        m_prefetch = Prefetch{ticket, std::move(frames)};
        wake();
    }

private:
    // With m_mutex held.
    void wake() {
        if (!m_woken) {
            m_woken = true;
            QMetaObject::invokeMethod(
                this, [this] { drain(); }, Qt::QueuedConnection);
        }
    }

    struct Prefetch {
        quint64 ticket = 0;
        QList<FrameRef> frames;
        int done = 0;
        qint64 bytes = 0; // decoded by this prefetch
    };

    // Worker thread: the view first (the user is looking at it), then region statistics, then
    // thumbnails, then one frame to prefetch.
    void drain() {
        for (;;) {
            RenderRequest next;
            std::optional<StatisticsRequest> stats;
            std::optional<std::pair<quint64, FrameRef>> ahead;
            {
                std::lock_guard lock(m_mutex);
                if (m_view) {
                    next = std::move(*m_view);
                    m_view.reset();
                } else if (!m_statistics.isEmpty()) {
                    stats = m_statistics.takeFirst();
                } else if (!m_thumbnails.isEmpty()) {
                    next = m_thumbnails.takeFirst();
                } else if (m_prefetch) {
                    ahead =
                        std::make_pair(m_prefetch->ticket, m_prefetch->frames.at(m_prefetch->done));
                } else {
                    m_woken = false;
                    return;
                }
            }
            if (ahead) {
                prefetchOne(ahead->first, ahead->second);
                continue;
            }
            if (stats) {
                StatisticsResult result = measure(*stats);
                QMetaObject::invokeMethod(
                    m_owner, [owner = m_owner, result] { emit owner->statisticsReady(result); },
                    Qt::QueuedConnection);
                continue;
            }
            RenderResult result = render(next);
            QMetaObject::invokeMethod(
                m_owner, [owner = m_owner, result] { emit owner->rendered(result); },
                Qt::QueuedConnection);
        }
    }

    RenderResult render(const RenderRequest& request) {
        RenderResult result;
        result.request = request;
        std::optional<core::Result<imaging::RenderedImage>> rendered;
        // Sijil's own loop over the decoded values when it draws what DCMTK would (colour and
        // the file's VOI LUT table as the default display stay DCMTK's).
        const QString key = fileKey(request.path);
        auto frame = m_frames.find(key, request.frame);
        if (frame && ownLoopDraws(frame->tags, request)) {
            result.tags = frame->tags;
            rendered = renderCached(*frame, request);
        } else {
            const imaging::DicomImage* image = open(request.path, key, result);
            if (!image)
                return result;
            if (ownLoopDraws(image->tags(), request)) {
                // A thumbnail is drawn once: its frame is not worth a place in the cache.
                frame = decode(*image, key, request.frame, result, request.thumbnail.isEmpty());
                if (!frame)
                    return result;
                rendered = renderCached(*frame, request);
            } else {
                result.tags = image->tags();
                rendered = image->render(request.frame, request.window, request.invert);
            }
        }
        if (!*rendered) {
            result.error = rendered->error();
            return result;
        }
        const imaging::RenderedImage& picture = rendered->value();
        result.window = picture.window;
        result.voiLut = picture.voiLut;
        result.valueRange = picture.valueRange;
        // A deep copy: the QImage must not point into the RenderedImage that goes away.
        QImage view(reinterpret_cast<const uchar*>(picture.bytes.constData()), picture.width,
                    picture.height, picture.bytesPerLine(),
                    picture.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
        result.image =
            request.thumbnail.isEmpty()
                ? view.copy()
                : view.scaled(request.thumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return result;
    }

    static bool ownLoopDraws(const imaging::DicomTags& tags, const RenderRequest& request) {
        return tags.plainGreyscale &&
               (request.window || !tags.windows.isEmpty() || !tags.hasVoiLut);
    }

    static core::Result<imaging::RenderedImage>
    renderCached(const imaging::FrameCache::Entry& frame, const RenderRequest& request) {
        // DicomImage::render's default, else the frame's range (renderGreyscale without one).
        const auto window = request.window ? request.window : frame.tags.defaultWindow();
        return imaging::renderGreyscale(frame.pixels, window, request.invert);
    }

    // The frame's stored values, decoded now and, with `keep`, kept in the cache (unless larger
    // than all of it); with `result.tags` set, or null and `result.error` set.
    std::shared_ptr<const imaging::FrameCache::Entry> decode(const imaging::DicomImage& image,
                                                             const QString& key, int frameIndex,
                                                             RenderResult& result,
                                                             bool keep = true) {
        result.tags = image.tags();
        auto pixels = image.pixels(frameIndex);
        if (!pixels) {
            result.error = pixels.error();
            return nullptr;
        }
        auto entry = std::make_shared<const imaging::FrameCache::Entry>(
            imaging::FrameCache::Entry{image.tags(), std::move(pixels).value()});
        if (keep)
            m_frames.insert(key, frameIndex, *entry); // the pixels are shared, not copied
        return entry;
    }

    // Decodes one frame of the prefetch `ticket` into the cache, then reports progress.
    void prefetchOne(quint64 ticket, const FrameRef& ref) {
        qint64 added = 0;
        const QString key = fileKey(ref.path);
        if (!m_frames.find(key, ref.frame)) {
            if (m_aheadPath != key) {
                // Not through open(): a series read ahead must not push out the files in view.
                auto loaded = imaging::DicomImage::load(ref.path);
                m_ahead = loaded ? std::make_unique<imaging::DicomImage>(std::move(loaded).value())
                                 : nullptr;
                m_aheadPath = key;
            }
            RenderResult ignored;
            if (m_ahead && m_ahead->tags().plainGreyscale) {
                if (const auto frame = decode(*m_ahead, key, ref.frame, ignored))
                    added = frame->pixels.data.size();
            }
        }
        int done = 0;
        int total = 0;
        {
            std::lock_guard lock(m_mutex);
            if (!m_prefetch || m_prefetch->ticket != ticket)
                return; // replaced meanwhile: the new one reports
            m_prefetch->bytes += added;
            total = int(m_prefetch->frames.size());
            done = ++m_prefetch->done;
            // Another frame like this one would push out frames this prefetch decoded.
            if (m_prefetch->bytes + added > m_frames.maxBytes())
                done = total;
            if (done == total) {
                m_prefetch.reset();
                m_ahead.reset();
                m_aheadPath.clear();
            }
        }
        if (done % 8 == 0 || done == total)
            QMetaObject::invokeMethod(
                m_owner,
                [owner = m_owner, ticket, done, total] {
                    emit owner->prefetched(ticket, done, total);
                },
                Qt::QueuedConnection);
    }

    StatisticsResult measure(const StatisticsRequest& request) {
        StatisticsResult result;
        result.request = request;
        const QString key = fileKey(request.path);
        auto frame = m_frames.find(key, request.frame);
        if (!frame) {
            RenderResult opened;
            const imaging::DicomImage* image = open(request.path, key, opened);
            if (image)
                frame = decode(*image, key, request.frame, opened);
            if (!frame) {
                result.error = opened.error;
                return result;
            }
        }
        const auto stats =
            imaging::regionStatistics(frame->pixels, request.region, frame->tags.pixelSpacing);
        if (!stats)
            result.error = stats.error();
        else
            result.statistics = *stats;
        return result;
    }

    // What a file is kept under: its path, modification time and size, so that a file replaced
    // at the same path (a study retrieved again) is never drawn from what was kept of the old
    // one. A file gone since keeps its last key: what was loaded can still be shown.
    QString fileKey(const QString& path) {
        const QFileInfo info(path);
        if (!info.exists())
            return m_keys.value(path, path);
        QString key = path + u'|' + QString::number(info.lastModified().toMSecsSinceEpoch()) +
                      u'|' + QString::number(info.size());
        m_keys.insert(path, key);
        return key;
    }

    const imaging::DicomImage* open(const QString& path, const QString& key, RenderResult& result) {
        for (qsizetype i = 0; i < m_open.size(); ++i) {
            if (m_open.at(i).first == key) {
                m_open.move(i, 0);
                return m_open.first().second.get();
            }
        }
        auto loaded = imaging::DicomImage::load(path);
        if (!loaded) {
            result.error = loaded.error();
            return nullptr;
        }
        m_open.prepend({key, std::make_shared<imaging::DicomImage>(std::move(loaded).value())});
        if (m_open.size() > kOpenFiles)
            m_open.removeLast();
        return m_open.first().second.get();
    }

    SliceRenderer* m_owner;
    std::mutex m_mutex;
    std::optional<RenderRequest> m_view;
    QList<RenderRequest> m_thumbnails;
    QList<StatisticsRequest> m_statistics;
    std::optional<Prefetch> m_prefetch;
    bool m_woken = false;
    // Worker thread only: most recently used first.
    QList<std::pair<QString, std::shared_ptr<imaging::DicomImage>>> m_open;
    imaging::FrameCache m_frames;
    // The file prefetch() is reading, kept while it reads its frames.
    std::unique_ptr<imaging::DicomImage> m_ahead;
    QString m_aheadPath;
    QHash<QString, QString> m_keys; // path -> fileKey() when last seen
};

SliceRenderer::SliceRenderer(QObject* parent)
    : SliceRenderer(kDefaultCacheBytes, parent) {}

SliceRenderer::SliceRenderer(qint64 cacheBytes, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(this, cacheBytes)) {
    qRegisterMetaType<RenderResult>();
    qRegisterMetaType<StatisticsResult>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("sijil-slice-renderer"));
    m_thread.start();
}

SliceRenderer::~SliceRenderer() {
    m_thread.quit();
    m_thread.wait();
}

quint64 SliceRenderer::requestStatistics(StatisticsRequest request) {
    request.ticket = ++m_nextTicket;
    const quint64 ticket = request.ticket;
    m_worker->post(std::move(request));
    return ticket;
}

quint64 SliceRenderer::prefetch(QList<FrameRef> frames) {
    const quint64 ticket = ++m_nextTicket;
    if (frames.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, ticket] { emit prefetched(ticket, 0, 0); }, Qt::QueuedConnection);
        return ticket;
    }
    m_worker->post(ticket, std::move(frames));
    return ticket;
}

quint64 SliceRenderer::request(RenderRequest request) {
    request.ticket = ++m_nextTicket;
    const quint64 ticket = request.ticket;
    m_worker->post(std::move(request));
    return ticket;
}

} // namespace sijil::ui
