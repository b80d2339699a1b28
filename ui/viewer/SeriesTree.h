#pragma once

#include "SliceRenderer.h"

#include <sijil/imaging/DicomCatalog.h>

#include <QHash>
#include <QIcon>
#include <QTreeWidget>

namespace sijil::ui {

// The series of a catalogue by patient and study, each with a thumbnail of its middle slice
// (rendered off the GUI thread) and its modality, number, description and image count. A series
// is chosen by selecting it, or dragged onto a pane of the viewer (Viewport::kSeriesMime).
class SeriesTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit SeriesTree(QWidget* parent = nullptr);

    // Lists `catalog`; thumbnails already made
    // for the same series are kept unless `newMedium`.
    void fill(const imaging::DicomCatalog& catalog, bool newMedium);
    // Selects the item of that series without emitting seriesChosen().
    void select(const imaging::CatalogSeries* series);

signals:
    void seriesChosen(int patient, int study, int series);

protected:
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;

private:
    void onRendered(const RenderResult& result);

    SliceRenderer m_renderer;
    QHash<QString, QIcon> m_thumbnails;         // by study/series UID
    QHash<quint64, QString> m_thumbnailTickets; // thumbnails on their way
};

} // namespace sijil::ui
