#include "SliceRenderer.h"

#include <QList>
#include <QMetaObject>

#include <utility>

namespace sijil::ui {

class SliceRenderer::Worker : public QObject {
public:
    explicit Worker(SliceRenderer* owner)
        : m_owner(owner) {}

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

private:
    // With m_mutex held.
    void wake() {
        if (!m_woken) {
            m_woken = true;
            QMetaObject::invokeMethod(
                this, [this] { drain(); }, Qt::QueuedConnection);
        }
    }

    // Worker thread: the view first (the user is looking at it), then region statistics, then
    // thumbnails.
    void drain() {
        for (;;) {
            RenderRequest next;
            std::optional<StatisticsRequest> stats;
            {
                std::lock_guard lock(m_mutex);
                if (m_view) {
                    next = std::move(*m_view);
                    m_view.reset();
                } else if (!m_statistics.isEmpty()) {
                    stats = m_statistics.takeFirst();
                } else if (!m_thumbnails.isEmpty()) {
                    next = m_thumbnails.takeFirst();
                } else {
                    m_woken = false;
                    return;
                }
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
        const imaging::DicomImage* image = open(request.path, result);
        if (!image)
            return result;
        result.tags = image->tags();
        const auto rendered = image->render(request.frame, request.window, request.invert);
        if (!rendered) {
            result.error = rendered.error();
            return result;
        }
        result.window = rendered->window;
        result.voiLut = rendered->voiLut;
        result.valueRange = rendered->valueRange;
        // A deep copy: the QImage must not point into the RenderedImage that goes away.
        QImage picture(reinterpret_cast<const uchar*>(rendered->bytes.constData()), rendered->width,
                       rendered->height, rendered->bytesPerLine(),
                       rendered->channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
        result.image =
            request.thumbnail.isEmpty()
                ? picture.copy()
                : picture.scaled(request.thumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return result;
    }

    StatisticsResult measure(const StatisticsRequest& request) {
        StatisticsResult result;
        result.request = request;
        RenderResult opened;
        const imaging::DicomImage* image = open(request.path, opened);
        if (!image) {
            result.error = opened.error;
            return result;
        }
        const auto pixels = image->pixels(request.frame);
        if (!pixels) {
            result.error = pixels.error();
            return result;
        }
        const auto stats =
            imaging::regionStatistics(*pixels, request.region, image->tags().pixelSpacing);
        if (!stats)
            result.error = stats.error();
        else
            result.statistics = *stats;
        return result;
    }

    const imaging::DicomImage* open(const QString& path, RenderResult& result) {
        for (qsizetype i = 0; i < m_open.size(); ++i) {
            if (m_open.at(i).first == path) {
                m_open.move(i, 0);
                return m_open.first().second.get();
            }
        }
        auto loaded = imaging::DicomImage::load(path);
        if (!loaded) {
            result.error = loaded.error();
            return nullptr;
        }
        m_open.prepend({path, std::make_shared<imaging::DicomImage>(std::move(loaded).value())});
        if (m_open.size() > kOpenFiles)
            m_open.removeLast();
        return m_open.first().second.get();
    }

    SliceRenderer* m_owner;
    std::mutex m_mutex;
    std::optional<RenderRequest> m_view;
    QList<RenderRequest> m_thumbnails;
    QList<StatisticsRequest> m_statistics;
    bool m_woken = false;
    // Worker thread only: most recently used first.
    QList<std::pair<QString, std::shared_ptr<imaging::DicomImage>>> m_open;
};

SliceRenderer::SliceRenderer(QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(this)) {
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

quint64 SliceRenderer::request(RenderRequest request) {
    request.ticket = ++m_nextTicket;
    const quint64 ticket = request.ticket;
    m_worker->post(std::move(request));
    return ticket;
}

} // namespace sijil::ui
