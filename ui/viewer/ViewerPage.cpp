#include "ViewerPage.h"

#include "DicomText.h"
#include "ImageView.h"
#include "PacsDialog.h"
#include "WindowPresets.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <shell/FieldMessage.h>

namespace sijil::ui {

namespace {

constexpr const char* kCtx = "sijil::ui::ViewerPage";
constexpr int kThumbnail = 72;
constexpr int kPageStep = 10;
// Tree items: where the series sits in the catalogue.
constexpr int kPatientRole = Qt::UserRole;
constexpr int kStudyRole = Qt::UserRole + 1;
constexpr int kSeriesRole = Qt::UserRole + 2;
constexpr int kThumbnailRole = Qt::UserRole + 3;

QString dicomDate(const QString& date) {
    const QDate d = QDate::fromString(date, QStringLiteral("yyyyMMdd"));
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : date;
}

QString number(double value, int decimals = 0) {
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

struct ViewerPage::Scan {
    std::atomic<bool> cancelled{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
};

ViewerPage::ViewerPage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("viewerPage"));
    m_toolbar = new QToolBar(this);
    m_view = new ImageView(this);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setIconSize(QSize(kThumbnail, kThumbnail));
    m_tree->setMinimumWidth(220);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setEnabled(false);
    m_position = new QLabel(this);
    m_fps = new QSpinBox(this);
    m_fps->setRange(1, 60);
    m_fps->setValue(10);
    m_cine = new QTimer(this);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_cancel = new QPushButton(this);
    m_cancel->hide();
    m_scanPoll = new QTimer(this);
    m_scanPoll->setInterval(100);
    connect(m_scanPoll, &QTimer::timeout, this, [this] {
        if (!m_scan || m_scan->total == 0)
            return;
        m_progress->setRange(0, m_scan->total);
        m_progress->setValue(m_scan->done);
    });
    m_message = new FieldMessage(this);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_progress);
    leftLayout->addWidget(m_cancel);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_empty);
    centreLayout->addWidget(m_view, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_slider, 1);
    bottom->addWidget(m_position);
    bottom->addWidget(m_fps);
    centreLayout->addLayout(bottom);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    buildActions();

    connect(&m_renderer, &SliceRenderer::rendered, this, &ViewerPage::onRendered);
    connect(&m_renderer, &SliceRenderer::statisticsReady, this, &ViewerPage::onStatistics);
    connect(m_view, &ImageView::regionAdded, this,
            [this](const QString& key, int index, const imaging::Region& region) {
                const auto slice = std::find_if(m_slices.cbegin(), m_slices.cend(),
                                                [&](const Slice& s) { return sliceKey(s) == key; });
                if (slice == m_slices.cend())
                    return;
                m_view->setRegionLabel(key, index, tr("calcul…"));
                const quint64 ticket =
                    m_renderer.requestStatistics({slice->path, slice->frame, region, 0});
                m_pendingRegions.insert(ticket, {key, index});
            });
    connect(m_view, &ImageView::sliceStepRequested, this, &ViewerPage::step);
    connect(m_view, &ImageView::windowDragged, this, [this](int dx, int dy) {
        if (const auto from = shownWindow())
            setWindow(draggedWindow(*from, dx, dy));
        else if (m_valueRange) // drawn with a VOI LUT: dragging starts from the value range
            setWindow(draggedWindow(
                imaging::Window{(m_valueRange->first + m_valueRange->second) / 2,
                                std::max(1.0, m_valueRange->second - m_valueRange->first)},
                dx, dy));
    });
    connect(m_view, &ImageView::zoomChanged, this, &ViewerPage::updateCorners);
    connect(m_slider, &QSlider::valueChanged, this, &ViewerPage::showSlice);
    connect(m_cine, &QTimer::timeout, this, [this] {
        if (m_slices.isEmpty())
            return;
        showSlice((m_slice + 1) % int(m_slices.size()));
    });
    connect(m_fps, &QSpinBox::valueChanged, this,
            [this](int fps) { m_cine->setInterval(1000 / fps); });
    m_cine->setInterval(1000 / m_fps->value());
    connect(m_cancel, &QPushButton::clicked, this, &ViewerPage::cancelScan);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, kSeriesRole).isValid())
            showSeries(item->data(0, kPatientRole).toInt(), item->data(0, kStudyRole).toInt(),
                       item->data(0, kSeriesRole).toInt());
    });

    retranslate();
    m_view->hide();
}

ViewerPage::~ViewerPage() {
    cancelScan();
    if (m_scanThread)
        m_scanThread->wait();
}

QAction* ViewerPage::action(const QString& name) const {
    return findChild<QAction*>(name);
}

void ViewerPage::buildActions() {
    const auto add = [this](const QString& name, const QKeySequence& keys, auto slot) {
        auto* a = new QAction(this);
        a->setObjectName(name);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_toolbar->addAction(
        add(QStringLiteral("open"), QKeySequence::Open, [this] { chooseFolder(); }));
    m_toolbar->addAction(add(QStringLiteral("open-file"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                             [this] { chooseFile(); }));
    m_toolbar->addAction(add(QStringLiteral("pacs"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                             [this] { openPacsDialog(); }));
    m_toolbar->addSeparator();

    auto* tools = new QActionGroup(this);
    const std::array<std::pair<const char*, ImageView::Tool>, 7> toolList{
        {{"tool-window", ImageView::Tool::Window},
         {"tool-pan", ImageView::Tool::Pan},
         {"tool-zoom", ImageView::Tool::Zoom},
         {"tool-distance", ImageView::Tool::Distance},
         {"tool-angle", ImageView::Tool::Angle},
         {"tool-rectangle", ImageView::Tool::Rectangle},
         {"tool-ellipse", ImageView::Tool::Ellipse}}};
    const std::array<Qt::Key, 7> toolKeys{Qt::Key_W, Qt::Key_P, Qt::Key_Z, Qt::Key_D,
                                          Qt::Key_A, Qt::Key_T, Qt::Key_E};
    for (std::size_t i = 0; i < toolList.size(); ++i) {
        const ImageView::Tool tool = toolList[i].second;
        QAction* a = add(QString::fromLatin1(toolList[i].first), QKeySequence(toolKeys[i]),
                         [this, tool] { m_view->setTool(tool); });
        a->setCheckable(true);
        a->setChecked(i == 0);
        tools->addAction(a);
        m_toolbar->addAction(a);
    }
    m_toolbar->addSeparator();

    m_presetButton = new QToolButton(this);
    m_presetButton->setPopupMode(QToolButton::InstantPopup);
    auto* presets = new QMenu(m_presetButton);
    for (qsizetype i = 0; i < ctWindowPresets().size(); ++i) {
        const WindowPreset& preset = ctWindowPresets().at(i);
        QAction* a = add(QStringLiteral("preset-%1").arg(i), QKeySequence(preset.shortcut),
                         [this, window = preset.window] { setWindow(window); });
        presets->addAction(a);
    }
    m_presetButton->setMenu(presets);
    m_toolbar->addWidget(m_presetButton);

    QAction* invert =
        add(QStringLiteral("invert"), QKeySequence(Qt::Key_I), [this] { setInverted(!m_invert); });
    invert->setCheckable(true);
    m_toolbar->addAction(invert);
    m_toolbar->addAction(add(QStringLiteral("rotate"), QKeySequence(Qt::Key_R),
                             [this] { m_view->rotateQuarter(1); }));
    m_toolbar->addAction(add(QStringLiteral("flip"), QKeySequence(Qt::Key_H),
                             [this] { m_view->flipHorizontally(); }));
    m_toolbar->addAction(add(QStringLiteral("reset"), QKeySequence(Qt::Key_0), [this] {
        m_view->resetView();
        m_view->clearMeasurements();
    }));
    m_toolbar->addSeparator();
    QAction* play =
        add(QStringLiteral("play"), QKeySequence(Qt::Key_Space), [this] { togglePlay(); });
    play->setCheckable(true);
    m_toolbar->addAction(play);
    m_toolbar->addAction(add(QStringLiteral("export"), QKeySequence(Qt::CTRL | Qt::Key_E),
                             [this] { chooseExport(); }));
    m_toolbar->addAction(
        add(QStringLiteral("print"), QKeySequence::Print, [this] { choosePrinter(); }));
    // Key images: the slices a radiologist marks as showing the finding.
    QAction* key =
        add(QStringLiteral("key-image"), QKeySequence(Qt::Key_K), [this] { toggleKeyImage(); });
    key->setCheckable(true);
    m_toolbar->addAction(key);

    // Moving through the series: keys only (the slider and the wheel do it with the mouse).
    add(QStringLiteral("previous-slice"), QKeySequence(Qt::Key_Up), [this] { step(-1); });
    add(QStringLiteral("next-slice"), QKeySequence(Qt::Key_Down), [this] { step(1); });
    add(QStringLiteral("previous-page"), QKeySequence(Qt::Key_PageUp),
        [this] { step(-kPageStep); });
    add(QStringLiteral("next-page"), QKeySequence(Qt::Key_PageDown), [this] { step(kPageStep); });
    add(QStringLiteral("first-slice"), QKeySequence(Qt::Key_Home), [this] { showSlice(0); });
    add(QStringLiteral("last-slice"), QKeySequence(Qt::Key_End),
        [this] { showSlice(int(m_slices.size()) - 1); });
}

void ViewerPage::retranslate() {
    const auto text = [this](const char* name, const char* label) {
        if (QAction* a = action(QString::fromLatin1(name))) {
            a->setText(QCoreApplication::translate(kCtx, label));
            a->setToolTip(a->text() + (a->shortcut().isEmpty()
                                           ? QString()
                                           : QStringLiteral(" (%1)").arg(a->shortcut().toString(
                                                 QKeySequence::NativeText))));
        }
    };
    text("open", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Ouvrir un dossier ou un CD…"));
    text("pacs", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "PACS…"));
    if (QAction* a = action(QStringLiteral("pacs")); a && m_pacs.isEmpty()) {
        a->setEnabled(false);
        a->setToolTip(tr("Aucun PACS n'est configuré pour ce site (site.json, « pacs »)."));
    }
    text("open-file",
         QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Ouvrir un fichier ou une archive ZIP…"));
    text("tool-window", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Fenêtre"));
    text("tool-pan", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Déplacer"));
    text("tool-zoom", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Zoom"));
    text("tool-distance", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Distance"));
    text("tool-angle", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Angle"));
    text("tool-rectangle", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Région rectangle"));
    text("key-image", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Image clé"));
    text("print", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Imprimer…"));
    text("tool-ellipse", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Région ellipse"));
    text("invert", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Inverser"));
    text("rotate", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Rotation 90°"));
    text("flip", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Miroir"));
    text("reset", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Réinitialiser la vue"));
    text("play", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Lecture ciné"));
    text("export", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Exporter l'image…"));
    for (qsizetype i = 0; i < ctWindowPresets().size(); ++i) {
        const WindowPreset& p = ctWindowPresets().at(i);
        if (QAction* a = action(QStringLiteral("preset-%1").arg(i)))
            a->setText(tr("%1 (C %2 / L %3)")
                           .arg(QCoreApplication::translate(kCtx, p.name), number(p.window.centre),
                                number(p.window.width)));
    }
    m_presetButton->setText(tr("Préréglages TDM"));
    m_cancel->setText(tr("Annuler la lecture"));
    m_fps->setSuffix(tr(" im/s"));
    m_fps->setToolTip(tr("Vitesse de lecture ciné, en images par seconde"));
    m_slider->setAccessibleName(tr("Coupe"));
    m_tree->setAccessibleName(tr("Séries"));
    m_empty->setText(tr("Ouvrez un dossier, un CD ou une clé USB d'images DICOM (Ctrl+O)."));
    if (m_catalog.patients.isEmpty())
        m_empty->show();
    fillTree();
    updateCorners();
}

void ViewerPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ViewerPage::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Ouvrir un dossier, un CD ou une clé USB d'images DICOM"));
    if (!folder.isEmpty())
        openPath(folder);
}

void ViewerPage::setPacs(QList<imaging::PacsNode> nodes, const QString& cacheDir) {
    m_pacs = std::move(nodes);
    m_pacsCache = cacheDir;
    if (QAction* a = action(QStringLiteral("pacs")))
        a->setEnabled(!m_pacs.isEmpty());
    retranslate();
}

PacsDialog* ViewerPage::openPacsDialog() {
    if (m_pacs.isEmpty())
        return nullptr;
    auto* dialog = new PacsDialog(m_pacs, m_pacsCache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A DICOMweb password the PACS accepted is kept in memory for this session, never on disk.
    connect(dialog, &PacsDialog::credentialsAccepted, this,
            [this](int node, const QString& password) {
                if (node >= 0 && node < int(m_pacs.size()))
                    m_pacs[node].password = password;
            });
    connect(dialog, &PacsDialog::studyRetrieved, this, [this](const QString& folder) {
        openPath(folder);
        m_pendingSource = QStringLiteral("pacs"); // openPath() set it to media
    });
    dialog->show();
    return dialog;
}

void ViewerPage::chooseFile() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Ouvrir un fichier DICOM, un DICOMDIR ou une archive ZIP"), QString(),
        tr("Images DICOM et archives (*.dcm *.DCM DICOMDIR *.zip *.ZIP);;Tous les fichiers (*)"));
    if (!file.isEmpty())
        openPath(file);
}

void ViewerPage::toggleKeyImage() {
    if (m_slice < 0 || m_slice >= m_slices.size())
        return;
    const QString key = sliceKey(m_slices.at(m_slice));
    if (!m_keyImages.remove(key))
        m_keyImages.insert(key);
    updateCorners();
}

bool ViewerPage::isKeyImage(int index) const {
    return index >= 0 && index < m_slices.size() &&
           m_keyImages.contains(sliceKey(m_slices.at(index)));
}

void ViewerPage::choosePrinter() {
    if (m_view->image().isNull())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printView(printer);
}

bool ViewerPage::printView(QPrinter& printer) {
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

void ViewerPage::chooseExport() {
    if (m_view->image().isNull())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter l'image affichée"),
                                                      QString(), tr("Images (*.png *.jpg)"));
    if (!path.isEmpty() && !exportView(path))
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::ViewerPage",
                                                               "Impossible d'écrire l'image "
                                                               "« %1 »."))
                            .arg(path));
}

bool ViewerPage::exportView(const QString& path) {
    if (m_view->image().isNull())
        return false;
    return m_view->snapshot().save(path);
}

void ViewerPage::openPath(const QString& path) {
    cancelScan();
    if (m_scanThread) {
        m_scanThread->wait();
        m_scanThread = nullptr;
    }
    m_message->clear();
    m_pendingSource = QStringLiteral("media");
    auto scan = std::make_shared<Scan>();
    m_scan = scan;
    // An archive is unpacked here; what is on screen stays readable until the scan succeeds.
    m_unpacking = std::make_unique<QTemporaryDir>();
    const QString unpackTo = m_unpacking->path();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    // The scan reads every header of the medium: never on the GUI thread.
    m_scanThread = QThread::create([this, scan, path, unpackTo] {
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
                if (scan == m_scan)
                    scanDone(std::move(result));
            },
            Qt::QueuedConnection);
    });
    m_scanPoll->start();
    connect(m_scanThread, &QThread::finished, m_scanThread, &QObject::deleteLater);
    connect(m_scanThread, &QObject::destroyed, this, [this, thread = m_scanThread] {
        if (m_scanThread == thread)
            m_scanThread = nullptr;
    });
    m_scanThread->start();
}

void ViewerPage::cancelScan() {
    if (m_scan)
        m_scan->cancelled = true;
}

void ViewerPage::scanDone(core::Result<imaging::DicomCatalog> result) {
    m_scanPoll->stop();
    m_progress->hide();
    m_cancel->hide();
    m_scan.reset();
    if (!result) {
        m_message->show(result.error().message(), result.error().is("imaging/cancelled")
                                                      ? FieldMessage::Kind::Info
                                                      : FieldMessage::Kind::Error);
        emit scanFinished(false);
        return;
    }
    m_cine->stop();
    m_unpacked = std::move(m_unpacking); // the previous medium's files go
    m_thumbnails.clear();
    m_thumbnailTickets.clear();
    m_source = m_pendingSource;
    m_studiesShown.clear();
    m_catalog = std::move(result).value();
    m_patient = nullptr;
    m_study = nullptr;
    m_series = nullptr;
    m_slices.clear();
    m_slice = -1;
    if (!m_catalog.skipped.isEmpty())
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::ViewerPage",
                                                               "%1 fichier(s) ignoré(s) : pas "
                                                               "DICOM, en double ou hors du "
                                                               "support."))
                            .arg(QString::number(m_catalog.skipped.size())),
                        FieldMessage::Kind::Info);
    fillTree();
    m_empty->hide();
    m_view->show();
    // The first series: selecting its item shows it.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kSeriesRole).isValid()) {
            m_tree->setCurrentItem(*it);
            break;
        }
    }
    emit scanFinished(true);
}

void ViewerPage::fillTree() {
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    for (qsizetype p = 0; p < m_catalog.patients.size(); ++p) {
        const imaging::CatalogPatient& patient = m_catalog.patients.at(p);
        auto* patientItem = new QTreeWidgetItem(
            m_tree, {tr("%1 — %2").arg(dicomPersonName(patient.patientName), patient.patientId)});
        for (qsizetype s = 0; s < patient.studies.size(); ++s) {
            const imaging::CatalogStudy& study = patient.studies.at(s);
            auto* studyItem = new QTreeWidgetItem(
                patientItem,
                {tr("%1 %2").arg(dicomDate(study.studyDate), study.description).trimmed()});
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
                if (m_series == &series)
                    m_tree->setCurrentItem(item);
                const QString key = study.studyInstanceUid + u'/' + series.seriesInstanceUid;
                item->setData(0, kThumbnailRole, key);
                if (const auto icon = m_thumbnails.constFind(key); icon != m_thumbnails.cend()) {
                    item->setIcon(0, *icon);
                    continue;
                }
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
    m_tree->expandAll();
}

void ViewerPage::showSeries(int patient, int study, int series) {
    if (patient < 0 || patient >= m_catalog.patients.size())
        return;
    const imaging::CatalogPatient& p = m_catalog.patients.at(patient);
    if (study < 0 || study >= p.studies.size())
        return;
    const imaging::CatalogStudy& s = p.studies.at(study);
    if (series < 0 || series >= s.series.size())
        return;
    m_patient = &p;
    m_study = &s;
    m_series = &s.series.at(series);
    if (!m_studiesShown.contains(s.studyInstanceUid)) {
        m_studiesShown.insert(s.studyInstanceUid);
        emit studyShown(p.patientId, s.studyInstanceUid, m_source);
    }
    m_slices.clear();
    for (const imaging::CatalogInstance& instance : m_series->instances)
        for (int f = 0; f < instance.frames; ++f)
            m_slices.append({instance.path, f, &instance});
    m_window.reset(); // each series starts with its own window
    m_appliedWindow.reset();
    m_voiLut.clear();
    m_valueRange.reset();
    m_tags.reset();
    m_view->resetView();
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, std::max(0, int(m_slices.size()) - 1));
        m_slider->setEnabled(m_slices.size() > 1);
        m_slider->setValue(0);
    }
    m_slice = -1;
    showSlice(0);
}

void ViewerPage::showSlice(int index) {
    if (m_slices.isEmpty())
        return;
    index = std::clamp(index, 0, int(m_slices.size()) - 1);
    if (index == m_slice)
        return;
    m_slice = index;
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(index);
    }
    requestRender();
}

void ViewerPage::step(int delta) {
    showSlice(m_slice + delta);
}

void ViewerPage::setWindow(const imaging::Window& window) {
    if (!(window.width >= 1))
        return;
    m_window = window;
    requestRender();
}

void ViewerPage::setInverted(bool inverted) {
    m_invert = inverted;
    if (QAction* a = action(QStringLiteral("invert")))
        a->setChecked(inverted);
    requestRender();
}

bool ViewerPage::isPlaying() const {
    return m_cine->isActive();
}

void ViewerPage::togglePlay() {
    if (m_cine->isActive() || m_slices.size() < 2)
        m_cine->stop();
    else
        m_cine->start();
    if (QAction* a = action(QStringLiteral("play")))
        a->setChecked(m_cine->isActive());
}

void ViewerPage::requestRender() {
    if (m_slice < 0 || m_slice >= m_slices.size())
        return;
    RenderRequest r;
    r.path = m_slices.at(m_slice).path;
    r.frame = m_slices.at(m_slice).frame;
    r.window = m_window;
    r.invert = m_invert;
    m_viewTicket = m_renderer.request(r);
}

void ViewerPage::onRendered(const RenderResult& result) {
    if (!result.request.thumbnail.isEmpty()) {
        const QString key = m_thumbnailTickets.take(result.request.ticket);
        if (key.isEmpty() || result.image.isNull())
            return;
        const QIcon icon(QPixmap::fromImage(result.image));
        m_thumbnails.insert(key, icon);
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
            if ((*it)->data(0, kThumbnailRole).toString() == key)
                (*it)->setIcon(0, icon);
        return;
    }
    // Only the latest request matters; older ones were superseded while they rendered.
    if (result.request.ticket != m_viewTicket)
        return;
    if (result.error) {
        m_view->clearImage();
        m_message->show(result.error->message());
        return;
    }
    if (m_message->kind() == FieldMessage::Kind::Error)
        m_message->clear();
    m_tags = result.tags;
    m_appliedWindow = result.window;
    m_voiLut = m_window ? QString() : result.voiLut;
    m_valueRange = result.valueRange;
    m_shownKey = sliceKey(m_slices.at(m_slice));
    m_view->setPixelSpacing(m_tags->pixelSpacing);
    m_view->setImage(result.image, m_shownKey);
    updateCorners();
    emit sliceShown(m_slice);
}

std::optional<imaging::Window> ViewerPage::shownWindow() const {
    return m_window ? m_window : m_appliedWindow;
}

QString ViewerPage::sliceKey(const Slice& slice) {
    return QStringLiteral("%1#%2").arg(slice.path).arg(slice.frame);
}

void ViewerPage::onStatistics(const StatisticsResult& result) {
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
        tr("Moy. %1 ± %2%3").arg(number(s.mean, 1), number(s.standardDeviation, 1), unit),
        tr("Min %1 / Max %2%3").arg(number(s.minimum), number(s.maximum), unit)};
    if (s.areaMm2)
        lines << tr("Aire %1 mm²").arg(number(*s.areaMm2, 1));
    else
        lines << tr("%n pixel(s)", nullptr, int(s.pixels));
    m_view->setRegionLabel(target.first, target.second, lines.join(u'\n'));
}

void ViewerPage::updateCorners() {
    m_presetButton->setEnabled(m_series && m_series->modality == u"CT");
    if (!m_series || m_slice < 0) {
        m_position->clear();
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
    const bool key = isKeyImage(m_slice);
    if (key)
        bottomLeft.prepend(tr("★ Image clé"));
    if (QAction* a = action(QStringLiteral("key-image")))
        a->setChecked(key);
    if (const auto* instance = m_slices.at(m_slice).instance; instance && instance->slicePosition)
        bottomLeft << tr("Position %1 mm").arg(number(*instance->slicePosition, 1));
    m_view->setCornerText(ImageView::Corner::BottomLeft, bottomLeft);
    QStringList bottomRight;
    if (const auto window = shownWindow())
        bottomRight << tr("C %1 / L %2").arg(number(window->centre), number(window->width));
    else if (!m_voiLut.isEmpty())
        bottomRight << tr("LUT VOI : %1").arg(m_voiLut);
    bottomRight << tr("Zoom %1 %").arg(number(m_view->zoom() * 100));
    m_view->setCornerText(ImageView::Corner::BottomRight, bottomRight);
    m_position->setText(tr("%1 / %2").arg(m_slice + 1).arg(m_slices.size()));
}

} // namespace sijil::ui
