#pragma once

#include <sijil/imaging/DicomCatalog.h>

#include <QList>
#include <QSet>
#include <QWidget>

class QGridLayout;

namespace sijil::ui {

class Viewport;

// The panes of the viewer side by side: 1×1, 1×2 or 2×2 (rows × columns), one of them active
// (the one clicked last: tools and actions apply to it). When synchronised, scrolling a pane
// scrolls the others showing a series of the same frame of reference to the slice nearest to the
// same place (by Image Position (Patient), not by index), as PACS viewers do for a CT compared
// with its previous one or an MR's sequences.
class ViewportGrid : public QWidget {
    Q_OBJECT
public:
    // `keyImages` is handed to each pane (see Viewport) and outlives the grid.
    explicit ViewportGrid(const QSet<QString>& keyImages, QWidget* parent = nullptr);

    // Keeps the first rows × columns panes (what they show included) and makes new ones empty.
    void setLayout(int rows, int columns);
    [[nodiscard]] int rows() const { return m_rows; }
    [[nodiscard]] int columns() const { return m_columns; }
    [[nodiscard]] const QList<Viewport*>& viewports() const { return m_viewports; }
    [[nodiscard]] Viewport* active() const { return m_active; }
    void setActive(Viewport* viewport);

    // Shows that series in `viewport`; when synchronised, at the slice nearest to where a pane
    // of the same frame of reference is (the others do not move).
    void showSeries(Viewport* viewport, const imaging::CatalogPatient& patient,
                    const imaging::CatalogStudy& study, const imaging::CatalogSeries& series);

    void setSynchronised(bool on);
    [[nodiscard]] bool isSynchronised() const { return m_synchronised; }

signals:
    void viewportCreated(sijil::ui::Viewport* viewport);
    void activeChanged(sijil::ui::Viewport* viewport);

private:
    void follow(Viewport* leader);

    const QSet<QString>& m_keyImages;
    QGridLayout* m_grid = nullptr;
    QList<Viewport*> m_viewports;
    Viewport* m_active = nullptr;
    int m_rows = 0;
    int m_columns = 0;
    bool m_synchronised = true;
    bool m_following = false;
};

} // namespace sijil::ui
