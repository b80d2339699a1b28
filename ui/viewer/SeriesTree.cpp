#include "SeriesTree.h"

#include "DicomText.h"
#include "Viewport.h"

#include <QMimeData>

namespace sijil::ui {

namespace {

constexpr int kThumbnail = 72;
// Items: where the series sits in the catalogue.
constexpr int kPatientRole = Qt::UserRole;
constexpr int kStudyRole = Qt::UserRole + 1;
constexpr int kSeriesRole = Qt::UserRole + 2;
constexpr int kThumbnailRole = Qt::UserRole + 3;
constexpr int kSeriesPointerRole = Qt::UserRole + 4;

} // namespace

SeriesTree::SeriesTree(QWidget* parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("seriesTree"));
    setHeaderHidden(true);
    setIconSize(QSize(kThumbnail, kThumbnail));
    setMinimumWidth(220);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    connect(&m_renderer, &SliceRenderer::rendered, this, &SeriesTree::onRendered);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, kSeriesRole).isValid())
            emit seriesChosen(item->data(0, kPatientRole).toInt(),
                              item->data(0, kStudyRole).toInt(),
                              item->data(0, kSeriesRole).toInt());
    });
}

void SeriesTree::fill(const imaging::DicomCatalog& catalog, bool newMedium) {
    const QSignalBlocker block(this);
    if (newMedium) {
        m_thumbnails.clear();
        m_thumbnailTickets.clear();
    }
    clear();
    for (qsizetype p = 0; p < catalog.patients.size(); ++p) {
        const imaging::CatalogPatient& patient = catalog.patients.at(p);
        auto* patientItem = new QTreeWidgetItem(
            this, {tr("%1 — %2").arg(dicomPersonName(patient.patientName), patient.patientId)});
        patientItem->setFlags(patientItem->flags() & ~Qt::ItemIsDragEnabled);
        for (qsizetype s = 0; s < patient.studies.size(); ++s) {
            const imaging::CatalogStudy& study = patient.studies.at(s);
            auto* studyItem = new QTreeWidgetItem(
                patientItem,
                {tr("%1 %2").arg(dicomDate(study.studyDate), study.description).trimmed()});
            studyItem->setFlags(studyItem->flags() & ~Qt::ItemIsDragEnabled);
            for (qsizetype r = 0; r < study.series.size(); ++r) {
                const imaging::CatalogSeries& series = study.series.at(r);
                int images = 0;
                for (const imaging::CatalogInstance& i : series.instances)
                    images += i.frames;
                QStringList lines{
                    tr("%1 · série %2").arg(series.modality, QString::number(series.seriesNumber))};
                if (!series.description.isEmpty())
                    lines << series.description;
                lines << tr("%n image(s)", nullptr, images);
                auto* item = new QTreeWidgetItem(studyItem, {lines.join(u'\n')});
                item->setData(0, kPatientRole, int(p));
                item->setData(0, kStudyRole, int(s));
                item->setData(0, kSeriesRole, int(r));
                item->setData(0, kSeriesPointerRole, quintptr(&series));
                const QString key = study.studyInstanceUid + u'/' + series.seriesInstanceUid;
                item->setData(0, kThumbnailRole, key);
                if (const auto icon = m_thumbnails.constFind(key); icon != m_thumbnails.cend()) {
                    item->setIcon(0, *icon);
                    continue;
                }
                if (std::find(m_thumbnailTickets.cbegin(), m_thumbnailTickets.cend(), key) !=
                    m_thumbnailTickets.cend())
                    continue; // on its way already
                // The middle slice stands for the series, as in PACS viewers.
                const imaging::CatalogInstance& middle =
                    series.instances.at(series.instances.size() / 2);
                RenderRequest thumb;
                thumb.path = middle.path;
                thumb.thumbnail = QSize(kThumbnail, kThumbnail);
                thumb.frame = middle.frames / 2;
                m_thumbnailTickets.insert(m_renderer.request(thumb), key);
            }
        }
    }
    expandAll();
}

void SeriesTree::select(const imaging::CatalogSeries* series) {
    const QSignalBlocker block(this);
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if (series && (*it)->data(0, kSeriesPointerRole).value<quintptr>() == quintptr(series)) {
            setCurrentItem(*it);
            return;
        }
    }
}

QStringList SeriesTree::mimeTypes() const {
    return {QString::fromLatin1(Viewport::kSeriesMime)};
}

QMimeData* SeriesTree::mimeData(const QList<QTreeWidgetItem*>& items) const {
    if (items.isEmpty() || !items.first()->data(0, kSeriesRole).isValid())
        return nullptr;
    const QTreeWidgetItem* item = items.first();
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(Viewport::kSeriesMime),
                  QStringLiteral("%1/%2/%3")
                      .arg(item->data(0, kPatientRole).toInt())
                      .arg(item->data(0, kStudyRole).toInt())
                      .arg(item->data(0, kSeriesRole).toInt())
                      .toLatin1());
    return data;
}

void SeriesTree::onRendered(const RenderResult& result) {
    const QString key = m_thumbnailTickets.take(result.request.ticket);
    if (key.isEmpty() || result.image.isNull())
        return;
    const QIcon icon(QPixmap::fromImage(result.image));
    m_thumbnails.insert(key, icon);
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        if ((*it)->data(0, kThumbnailRole).toString() == key)
            (*it)->setIcon(0, icon);
}

} // namespace sijil::ui
