#pragma once

#include "SliceRenderer.h"

#include <sijil/imaging/DicomCatalog.h>

#include <QFrame>
#include <QHash>
#include <QSet>

#include <optional>

class QPrinter;

namespace sijil::ui {

class ImageView;

// One pane of the viewer's layout: an ImageView showing one series a slice at a time, with its
// own window, inversion, corner texts and renderer (a thread of its own, so that panes scrolled
// together render side by side and never drop each other's requests). The active pane wears a
// frame; a series dragged from the series list onto a pane is shown there.
class Viewport : public QFrame {
    Q_OBJECT
public:
    // The drag-and-drop type of a series from the series list: "patient/study/series" indices
    // into the catalogue shown.
    static constexpr const char* kSeriesMime = "application/x-sijil-series";

    // `keyImages` (slice keys) is shared by the panes of a page and outlives them.
    Viewport(const QSet<QString>& keyImages, QWidget* parent = nullptr);

    [[nodiscard]] ImageView* view() const { return m_view; }
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }

    // The series and the catalogue entries it belongs to, which must outlive the pane or the
    // next showSeries()/clear(). Starts at its first slice with its own window.
    void showSeries(const imaging::CatalogPatient& patient, const imaging::CatalogStudy& study,
                    const imaging::CatalogSeries& series);
    void clear();
    [[nodiscard]] const imaging::CatalogSeries* series() const { return m_series; }
    [[nodiscard]] const imaging::CatalogStudy* study() const { return m_study; }
    [[nodiscard]] const imaging::CatalogPatient* patient() const { return m_patient; }

    [[nodiscard]] int sliceCount() const { return int(m_slices.size()); }
    // Frames of the series decoded in the background so far, and how many there are.
    [[nodiscard]] std::pair<int, int> loaded() const { return m_loaded; }
    [[nodiscard]] int currentSlice() const { return m_slice; }
    void showSlice(int index);
    void step(int delta);
    // The key of a slice (file and frame), as measurements and key images know it.
    [[nodiscard]] QString sliceKey(int index) const;
    [[nodiscard]] QString frameOfReference() const;
    // The current slice's instance (where it lies in its frame of reference), if any.
    [[nodiscard]] const imaging::CatalogInstance* currentInstance() const;
    // Scrolls to the slice nearest to where `leader` lies (in the same frame of reference), along
    // this series' normal; returns false when the slices are not parallel to the leader's or have
    // no positions to compare.
    bool showNearest(const imaging::CatalogInstance& leader);

    [[nodiscard]] std::optional<imaging::Window> window() const { return m_window; }
    [[nodiscard]] std::optional<imaging::Window> shownWindow() const;
    void setWindow(const imaging::Window& window);
    [[nodiscard]] bool inverted() const { return m_invert; }
    void setInverted(bool inverted);
    void updateCorners();
    // Prints the pane as the user sees it (image, measurements, corners), scaled to the page.
    bool print(QPrinter& printer);

signals:
    // The current slice changed (by the user or by showSlice()), before it is rendered.
    void sliceChanged(int index);
    // The current slice is on screen (after a scroll, a window change...).
    void sliceShown(int index);
    void renderFailed(const sijil::core::Error& error);
    void activated();
    // Background decoding of the series: `done` of `total` frames (total 0: nothing shown).
    void loadProgressed(int done, int total);
    void seriesDropped(int patient, int study, int series);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Slice {
        QString path;
        int frame = 0;
        const imaging::CatalogInstance* instance = nullptr;
    };

    void requestRender();
    void onRendered(const RenderResult& result);
    void onStatistics(const StatisticsResult& result);

    const QSet<QString>& m_keyImages;
    SliceRenderer m_renderer;
    ImageView* m_view = nullptr;
    bool m_active = false;
    const imaging::CatalogPatient* m_patient = nullptr;
    const imaging::CatalogStudy* m_study = nullptr;
    const imaging::CatalogSeries* m_series = nullptr;
    QList<Slice> m_slices;
    int m_slice = -1;
    std::optional<imaging::Window> m_window;
    std::optional<imaging::Window> m_appliedWindow;
    QString m_voiLut; // the file's VOI LUT, when that is what the image is drawn with
    std::optional<std::pair<double, double>> m_valueRange;
    bool m_invert = false;
    quint64 m_viewTicket = 0;
    quint64 m_prefetchTicket = 0;
    std::pair<int, int> m_loaded{0, 0};
    QHash<quint64, std::pair<QString, int>> m_pendingRegions; // statistics on their way
};

} // namespace sijil::ui
