#include "Viewport.h"

#include "DicomText.h"
#include "ImageView.h"
#include "WindowPresets.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QMimeData>
#include <QPainter>
#include <QPrinter>
#include <QVBoxLayout>

#include <cmath>

namespace sijil::ui {

namespace {

constexpr int kFrameWidth = 2;
// Panes are scrolled together only when their slices are parallel (within about 10 degrees):
// an axial series does not follow a sagittal one.
constexpr double kParallel = 0.985;

double dot(const std::array<double, 3>& a, const std::array<double, 3>& b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

} // namespace

Viewport::Viewport(const QSet<QString>& keyImages, QWidget* parent)
    : QFrame(parent)
    , m_keyImages(keyImages) {
    setObjectName(QStringLiteral("viewport"));
    setAcceptDrops(true);
    setFrameShape(QFrame::Box);
    setLineWidth(kFrameWidth);
    m_view = new ImageView(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kFrameWidth, kFrameWidth, kFrameWidth, kFrameWidth);
    layout->addWidget(m_view);
    setActive(false);

    connect(&m_renderer, &SliceRenderer::rendered, this, &Viewport::onRendered);
    connect(&m_renderer, &SliceRenderer::statisticsReady, this, &Viewport::onStatistics);
    connect(&m_renderer, &SliceRenderer::prefetched, this,
            [this](quint64 ticket, int done, int total) {
                if (ticket != m_prefetchTicket)
                    return;
                m_loaded = {done, total};
                emit loadProgressed(done, total);
            });
    connect(m_view, &ImageView::pressed, this, &Viewport::activated);
    connect(m_view, &ImageView::regionAdded, this,
            [this](const QString& key, int index, const imaging::Region& region) {
                int slice = 0;
                while (slice < m_slices.size() && sliceKey(slice) != key)
                    ++slice;
                if (slice == m_slices.size())
                    return;
                m_view->setRegionLabel(key, index, tr("calcul…"));
                const quint64 ticket = m_renderer.requestStatistics(
                    {m_slices.at(slice).path, m_slices.at(slice).frame, region, 0});
                m_pendingRegions.insert(ticket, {key, index});
            });
    connect(m_view, &ImageView::sliceStepRequested, this, &Viewport::step);
    connect(m_view, &ImageView::windowDragged, this, [this](int dx, int dy) {
        if (const auto from = shownWindow())
            setWindow(draggedWindow(*from, dx, dy));
        else if (m_valueRange) // drawn with a VOI LUT: dragging starts from the value range
            setWindow(draggedWindow(
                imaging::Window{(m_valueRange->first + m_valueRange->second) / 2,
                                std::max(1.0, m_valueRange->second - m_valueRange->first)},
                dx, dy));
    });
    connect(m_view, &ImageView::zoomChanged, this, &Viewport::updateCorners);
}

void Viewport::setActive(bool active) {
    m_active = active;
    // The frame is the only thing that tells the active pane: a colour that reads on black.
    QPalette p = palette();
    p.setColor(QPalette::WindowText, active ? QColor(255, 170, 0) : QColor(60, 60, 60));
    setPalette(p);
}

void Viewport::showSeries(const imaging::CatalogPatient& patient,
                          const imaging::CatalogStudy& study,
                          const imaging::CatalogSeries& series) {
    m_patient = &patient;
    m_study = &study;
    m_series = &series;
    m_slices.clear();
    for (const imaging::CatalogInstance& instance : series.instances)
        for (int f = 0; f < instance.frames; ++f)
            m_slices.append({instance.path, f, &instance});
    m_window.reset(); // each series starts with its own window
    m_appliedWindow.reset();
    m_voiLut.clear();
    m_valueRange.reset();
    m_view->resetView();
    m_slice = -1;
    showSlice(0);
    // The rest of the series is decoded in the background after the first image, in viewing
    // order, so that scrolling through it draws from memory.
    QList<FrameRef> frames;
    frames.reserve(m_slices.size());
    for (const Slice& s : std::as_const(m_slices))
        frames.append({s.path, s.frame});
    m_loaded = {0, int(frames.size())};
    m_prefetchTicket = m_renderer.prefetch(std::move(frames));
    emit loadProgressed(m_loaded.first, m_loaded.second);
}

void Viewport::clear() {
    m_patient = nullptr;
    m_study = nullptr;
    m_series = nullptr;
    m_slices.clear();
    m_slice = -1;
    m_viewTicket = 0;
    m_prefetchTicket = m_renderer.prefetch({}); // stops what is left of the last series'
    m_loaded = {0, 0};
    emit loadProgressed(0, 0);
    m_pendingRegions.clear();
    m_view->clearImage();
    updateCorners();
}

QString Viewport::sliceKey(int index) const {
    if (index < 0 || index >= m_slices.size())
        return {};
    return QStringLiteral("%1#%2").arg(m_slices.at(index).path).arg(m_slices.at(index).frame);
}

QString Viewport::frameOfReference() const {
    return m_series ? m_series->frameOfReferenceUid : QString();
}

void Viewport::showSlice(int index) {
    if (m_slices.isEmpty())
        return;
    index = std::clamp(index, 0, int(m_slices.size()) - 1);
    if (index == m_slice)
        return;
    m_slice = index;
    requestRender();
    emit sliceChanged(index);
}

void Viewport::step(int delta) {
    showSlice(m_slice + delta);
}

const imaging::CatalogInstance* Viewport::currentInstance() const {
    return m_slice >= 0 && m_slice < m_slices.size() ? m_slices.at(m_slice).instance : nullptr;
}

bool Viewport::showNearest(const imaging::CatalogInstance& leader) {
    const imaging::CatalogInstance* here = currentInstance();
    if (!here || !here->sliceNormal || !here->imagePosition || !leader.sliceNormal ||
        !leader.imagePosition || std::abs(dot(*here->sliceNormal, *leader.sliceNormal)) < kParallel)
        return false;
    // By position, not by index: the slice whose plane is nearest to the leader's position,
    // along this series' own normal (the spacing and the first position may differ).
    const std::array<double, 3>& normal = *here->sliceNormal;
    const double target = dot(*leader.imagePosition, normal);
    int best = -1;
    double bestDistance = 0;
    for (qsizetype i = 0; i < m_slices.size(); ++i) {
        const imaging::CatalogInstance* instance = m_slices.at(i).instance;
        if (!instance || !instance->imagePosition || !instance->sliceNormal ||
            std::abs(dot(*instance->sliceNormal, normal)) < kParallel)
            continue;
        const double distance = std::abs(dot(*instance->imagePosition, normal) - target);
        if (best < 0 || distance < bestDistance) {
            best = int(i);
            bestDistance = distance;
        }
    }
    if (best < 0)
        return false;
    showSlice(best);
    return true;
}

void Viewport::setWindow(const imaging::Window& window) {
    if (!(window.width >= 1))
        return;
    m_window = window;
    requestRender();
}

void Viewport::setInverted(bool inverted) {
    m_invert = inverted;
    requestRender();
}

std::optional<imaging::Window> Viewport::shownWindow() const {
    return m_window ? m_window : m_appliedWindow;
}

void Viewport::requestRender() {
    if (m_slice < 0 || m_slice >= m_slices.size())
        return;
    RenderRequest r;
    r.path = m_slices.at(m_slice).path;
    r.frame = m_slices.at(m_slice).frame;
    r.window = m_window;
    r.invert = m_invert;
    m_viewTicket = m_renderer.request(r);
}

void Viewport::onRendered(const RenderResult& result) {
    // Only the latest request matters; older ones were superseded while they rendered.
    if (result.request.ticket != m_viewTicket || m_slice < 0)
        return;
    if (result.error) {
        m_view->clearImage();
        emit renderFailed(*result.error);
        return;
    }
    m_appliedWindow = result.window;
    m_voiLut = m_window ? QString() : result.voiLut;
    m_valueRange = result.valueRange;
    m_view->setPixelSpacing(result.tags.pixelSpacing);
    m_view->setImage(result.image, sliceKey(m_slice));
    updateCorners();
    emit sliceShown(m_slice);
}

void Viewport::onStatistics(const StatisticsResult& result) {
    const auto target = m_pendingRegions.take(result.request.ticket);
    if (target.first.isEmpty())
        return;
    if (result.error) {
        m_view->setRegionLabel(target.first, target.second, result.error->userMessage());
        return;
    }
    const imaging::RegionStatistics& s = *result.statistics;
    // Hounsfield units for CT; other modalities' values have no unit of their own here.
    const bool hu = m_series && m_series->modality == u"CT";
    const QString unit = hu ? tr(" HU") : QString();
    QStringList lines{
        tr("Moy. %1 ± %2%3").arg(localNumber(s.mean, 1), localNumber(s.standardDeviation, 1), unit),
        tr("Min %1 / Max %2%3").arg(localNumber(s.minimum), localNumber(s.maximum), unit)};
    if (s.areaMm2)
        lines << tr("Aire %1 mm²").arg(localNumber(*s.areaMm2, 1));
    else
        lines << tr("%n pixel(s)", nullptr, int(s.pixels));
    m_view->setRegionLabel(target.first, target.second, lines.join(u'\n'));
}

void Viewport::updateCorners() {
    if (!m_series || m_slice < 0) {
        for (auto corner : {ImageView::Corner::TopLeft, ImageView::Corner::TopRight,
                            ImageView::Corner::BottomLeft, ImageView::Corner::BottomRight})
            m_view->setCornerText(corner, {});
        return;
    }
    m_view->setCornerText(ImageView::Corner::TopLeft,
                          {dicomPersonName(m_patient->patientName), m_patient->patientId,
                           dicomDate(m_patient->birthDate)});
    m_view->setCornerText(
        ImageView::Corner::TopRight,
        {m_study->description, dicomDate(m_study->studyDate),
         tr("Série %1 %2").arg(QString::number(m_series->seriesNumber), m_series->description)});
    QStringList bottomLeft{tr("Image %1 / %2").arg(m_slice + 1).arg(m_slices.size())};
    if (m_keyImages.contains(sliceKey(m_slice)))
        bottomLeft.prepend(tr("★ Image clé"));
    if (const auto* instance = m_slices.at(m_slice).instance; instance && instance->slicePosition)
        bottomLeft << tr("Position %1 mm").arg(localNumber(*instance->slicePosition, 1));
    m_view->setCornerText(ImageView::Corner::BottomLeft, bottomLeft);
    QStringList bottomRight;
    if (const auto window = shownWindow())
        bottomRight
            << tr("C %1 / L %2").arg(localNumber(window->centre), localNumber(window->width));
    else if (!m_voiLut.isEmpty())
        bottomRight << tr("LUT VOI : %1").arg(m_voiLut);
    bottomRight << tr("Zoom %1 %").arg(localNumber(m_view->zoom() * 100));
    m_view->setCornerText(ImageView::Corner::BottomRight, bottomRight);
}

bool Viewport::print(QPrinter& printer) {
    if (m_view->image().isNull())
        return false;
    // The view as seen (image, measurements, corners), as large as the page allows.
    const QImage shot = m_view->snapshot();
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRect page = painter.viewport();
    const QSize size = shot.size().scaled(page.size(), Qt::KeepAspectRatio);
    painter.setViewport(page.x(), page.y(), size.width(), size.height());
    painter.setWindow(shot.rect());
    painter.drawImage(0, 0, shot);
    return painter.end();
}

void Viewport::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(kSeriesMime)))
        event->acceptProposedAction();
}

void Viewport::dropEvent(QDropEvent* event) {
    const QList<QByteArray> parts =
        event->mimeData()->data(QString::fromLatin1(kSeriesMime)).split('/');
    if (parts.size() != 3)
        return;
    event->acceptProposedAction();
    emit activated();
    emit seriesDropped(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt());
}

void Viewport::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        updateCorners();
    QFrame::changeEvent(event);
}

} // namespace sijil::ui
