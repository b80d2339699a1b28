#pragma once

#include <sijil/core/Error.h>
#include <sijil/imaging/DicomImage.h>

#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>
#include <QThread>

#include <memory>
#include <mutex>
#include <optional>

namespace sijil::ui {

// What to draw: one frame of one file, with a window (none: the file's own, else min-max).
struct RenderRequest {
    QString path;
    int frame = 0;
    std::optional<imaging::Window> window;
    bool invert = false;
    QSize thumbnail; // non-empty: scaled to fit, for the series list
    quint64 ticket = 0;
};

// Statistics of a region of one frame, in modality values (HU for CT).
struct StatisticsRequest {
    QString path;
    int frame = 0;
    imaging::Region region;
    quint64 ticket = 0;
};

struct StatisticsResult {
    StatisticsRequest request;
    std::optional<imaging::RegionStatistics> statistics;
    std::optional<core::Error> error;
};

// One frame of one file, for SliceRenderer::prefetch().
struct FrameRef {
    QString path;
    int frame = 0;
};

struct RenderResult {
    RenderRequest request;
    QImage image;
    imaging::DicomTags tags;
    std::optional<imaging::Window> window; // as applied (see RenderedImage::window)
    QString voiLut;                        // see RenderedImage
    std::optional<std::pair<double, double>> valueRange;
    std::optional<core::Error> error;
};

// Decodes and renders frames on a worker thread of its own, so that scrolling through a series
// or dragging the window never blocks the GUI. Requests for the view are coalesced: while one
// renders, a newer one replaces any that waits (dragging the window sends many). Thumbnails
// and region statistics queue apart and are never dropped. The files opened last stay open
// (kOpenFiles): moving back and forth between slices does not parse them again. Decoded
// greyscale frames stay in a cache bounded by bytes (imaging::FrameCache): another window on a
// frame, or coming back to it, is drawn from memory by imaging::renderGreyscale without reading
// the file again; colour frames and VOI LUT tables go through DCMTK each time, and thumbnails
// do not fill the cache.
class SliceRenderer : public QObject {
    Q_OBJECT
public:
    static constexpr int kOpenFiles = 64;
    // Each pane of the viewer and the series list have a renderer of their own: 256 MiB each
    // holds a 300-slice CT series (157 MB) and keeps a 2 x 2 layout within 1 GiB.
    static constexpr qint64 kDefaultCacheBytes = qint64(256) << 20;

    explicit SliceRenderer(QObject* parent = nullptr);
    // `cacheBytes`: the bound of the decoded frames kept (imaging::FrameCache).
    explicit SliceRenderer(qint64 cacheBytes, QObject* parent = nullptr);
    ~SliceRenderer() override;

    // Returns the ticket that the result will carry.
    quint64 request(RenderRequest request);
    quint64 requestStatistics(StatisticsRequest request);
    // Decodes these greyscale frames into the cache in the background, in the order given (the
    // shown slice's neighbours first, say), one at a time after every other request, so that a
    // request for the view waits for one frame's decode at most. A new call replaces what is
    // left of the previous one. Stops early rather than push out frames it decoded itself when
    // the cache is full. Returns the ticket that prefetched() carries.
    quint64 prefetch(QList<FrameRef> frames);

signals:
    // In the thread of the renderer's owner.
    void rendered(const sijil::ui::RenderResult& result);
    void statisticsReady(const sijil::ui::StatisticsResult& result);
    // Progress of prefetch(): `done` of `total` frames seen (decoded, already kept, or not
    // greyscale); done == total once finished or stopped by the cache's bound. Not every frame
    // reports: at most one signal per 8 frames, and the last.
    void prefetched(quint64 ticket, int done, int total);

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker = nullptr;
    quint64 m_nextTicket = 0;
};

} // namespace sijil::ui

Q_DECLARE_METATYPE(sijil::ui::RenderResult)
Q_DECLARE_METATYPE(sijil::ui::StatisticsResult)
