#include "ViewportGrid.h"

#include "Viewport.h"

#include <QGridLayout>

namespace sijil::ui {

ViewportGrid::ViewportGrid(const QSet<QString>& keyImages, QWidget* parent)
    : QWidget(parent)
    , m_keyImages(keyImages) {
    setObjectName(QStringLiteral("viewportGrid"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(2);
    // The panes keep their reading order (left to right) in Arabic too, like the images.
    setLayoutDirection(Qt::LeftToRight);
}

void ViewportGrid::setLayout(int rows, int columns) {
    rows = std::clamp(rows, 1, 2);
    columns = std::clamp(columns, 1, 2);
    const int count = rows * columns;
    while (m_viewports.size() > count) {
        Viewport* gone = m_viewports.takeLast();
        if (gone == m_active)
            m_active = nullptr;
        delete gone;
    }
    while (m_viewports.size() < count) {
        auto* viewport = new Viewport(m_keyImages, this);
        m_viewports.append(viewport);
        connect(viewport, &Viewport::activated, this, [this, viewport] { setActive(viewport); });
        connect(viewport, &Viewport::sliceChanged, this, [this, viewport] { follow(viewport); });
        emit viewportCreated(viewport);
    }
    for (int i = 0; i < count; ++i) {
        m_grid->removeWidget(m_viewports.at(i));
        m_grid->addWidget(m_viewports.at(i), i / columns, i % columns);
        m_viewports.at(i)->show(); // now, not when the layout gets round to it
    }
    // Equal panes whatever they show.
    for (int r = 0; r < 2; ++r)
        m_grid->setRowStretch(r, r < rows ? 1 : 0);
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    m_rows = rows;
    m_columns = columns;
    m_grid->activate();
    if (!m_active)
        setActive(m_viewports.first());
}

void ViewportGrid::setActive(Viewport* viewport) {
    if (!viewport || viewport == m_active || !m_viewports.contains(viewport))
        return;
    m_active = viewport;
    for (Viewport* v : std::as_const(m_viewports))
        v->setActive(v == viewport);
    emit activeChanged(viewport);
}

void ViewportGrid::showSeries(Viewport* viewport, const imaging::CatalogPatient& patient,
                              const imaging::CatalogStudy& study,
                              const imaging::CatalogSeries& series) {
    m_following = true;
    viewport->showSeries(patient, study, series);
    if (m_synchronised && !viewport->frameOfReference().isEmpty()) {
        // The active pane first: it is where the reader is.
        QList<Viewport*> peers = m_viewports;
        if (m_active)
            peers.move(peers.indexOf(m_active), 0);
        for (const Viewport* v : std::as_const(peers)) {
            const imaging::CatalogInstance* there = v->currentInstance();
            if (v != viewport && there && v->frameOfReference() == viewport->frameOfReference() &&
                viewport->showNearest(*there))
                break;
        }
    }
    m_following = false;
}

void ViewportGrid::setSynchronised(bool on) {
    m_synchronised = on;
    if (on && m_active)
        follow(m_active);
}

void ViewportGrid::follow(Viewport* leader) {
    // The panes that follow change slice too; they lead nobody.
    if (!m_synchronised || m_following)
        return;
    const QString frame = leader->frameOfReference();
    const imaging::CatalogInstance* there = leader->currentInstance();
    if (frame.isEmpty() || !there)
        return;
    m_following = true;
    for (Viewport* v : std::as_const(m_viewports))
        if (v != leader && v->frameOfReference() == frame)
            v->showNearest(*there);
    m_following = false;
}

} // namespace sijil::ui
