#include "ViewerPage.h"

#include "DicomText.h"
#include "MediaLoader.h"
#include "SharedStudiesButton.h"
#include "SliceBar.h"
#include "StudyFetcher.h"
#include "WindowPresets.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <shell/FieldMessage.h>

namespace sijil::ui {

namespace {

constexpr const char* kCtx = "sijil::ui::ViewerPage";
constexpr int kPageStep = 10;

} // namespace

ViewerPage::ViewerPage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("viewerPage"));
    m_toolbar = new QToolBar(this);
    m_grid = new ViewportGrid(m_keyImages, this);
    m_tree = new SeriesTree(this);
    m_sliceBar = new SliceBar(this);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_cancel = new QPushButton(this);
    m_cancel->hide();
    m_loader = new MediaLoader(this);
    connect(m_loader, &MediaLoader::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_loader, &MediaLoader::finished, this, &ViewerPage::scanDone);
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
    centreLayout->addWidget(m_grid, 1);
    centreLayout->addWidget(m_sliceBar);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_grid, &ViewportGrid::viewportCreated, this, &ViewerPage::wireViewport);
    connect(m_grid, &ViewportGrid::activeChanged, this, &ViewerPage::activeChanged);
    buildActions();
    m_grid->setLayout(1, 1);

    connect(m_sliceBar, &SliceBar::sliceRequested, this, &ViewerPage::showSlice);
    connect(m_cancel, &QPushButton::clicked, this, &ViewerPage::cancelScan);
    m_fetcher = new StudyFetcher(this);
    connect(m_fetcher, &StudyFetcher::progress, this, [this](int done, int total) {
        if (total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        }
    });
    connect(m_fetcher, &StudyFetcher::fetched, this, &ViewerPage::sharedStudyFetched);
    connect(m_fetcher, &StudyFetcher::failed, this, [this](const core::Error& error) {
        m_fetchPassword.clear();
        m_progress->hide();
        m_cancel->hide();
        m_message->show(error.message(), error.is("imaging/dicomweb-cancelled")
                                             ? FieldMessage::Kind::Info
                                             : FieldMessage::Kind::Error);
        emit scanFinished(false);
    });
    connect(m_tree, &SeriesTree::seriesChosen, this, &ViewerPage::showSeries);

    retranslate();
    m_grid->hide();
}

ViewerPage::~ViewerPage() = default;

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
    m_toolbar->addAction(add(QStringLiteral("send"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                             [this] { openSendDialog(); }));
    m_sharedStudies = new SharedStudiesButton(this);
    m_toolbar->addWidget(m_sharedStudies);
    connect(m_sharedStudies, &SharedStudiesButton::studyChosen, this, &ViewerPage::openSharedStudy);
    m_toolbar->addSeparator();

    // Layouts: panes side by side, and whether they scroll together.
    m_layoutButton = new QToolButton(this);
    m_layoutButton->setPopupMode(QToolButton::InstantPopup);
    auto* layouts = new QMenu(m_layoutButton);
    auto* layoutGroup = new QActionGroup(this);
    const std::array<std::tuple<const char*, int, int, Qt::Key>, 3> layoutList{
        {{"layout-1x1", 1, 1, Qt::Key_1},
         {"layout-1x2", 1, 2, Qt::Key_2},
         {"layout-2x2", 2, 2, Qt::Key_4}}};
    for (const auto& [name, rows, columns, key] : layoutList) {
        QAction* a = add(QString::fromLatin1(name), QKeySequence(Qt::ALT | key),
                         [this, r = rows, c = columns] { setLayout(r, c); });
        a->setCheckable(true);
        a->setChecked(rows * columns == 1);
        layoutGroup->addAction(a);
        layouts->addAction(a);
    }
    layouts->addSeparator();
    QAction* sync = add(QStringLiteral("sync"), QKeySequence(Qt::Key_S),
                        [this](bool on) { m_grid->setSynchronised(on); });
    sync->setCheckable(true);
    sync->setChecked(m_grid->isSynchronised());
    layouts->addAction(sync);
    m_layoutButton->setMenu(layouts);
    m_toolbar->addWidget(m_layoutButton);
    m_toolbar->addAction(sync); // its state in sight, not only in the menu
    m_toolbar->addSeparator();

    auto* tools = new QActionGroup(this);
    const std::array<std::tuple<const char*, ImageView::Tool, Qt::Key>, 8> toolList{
        {{"tool-window", ImageView::Tool::Window, Qt::Key_W},
         {"tool-pan", ImageView::Tool::Pan, Qt::Key_P},
         {"tool-zoom", ImageView::Tool::Zoom, Qt::Key_Z},
         {"tool-distance", ImageView::Tool::Distance, Qt::Key_D},
         {"tool-angle", ImageView::Tool::Angle, Qt::Key_A},
         {"tool-rectangle", ImageView::Tool::Rectangle, Qt::Key_T},
         {"tool-ellipse", ImageView::Tool::Ellipse, Qt::Key_E},
         {"tool-text", ImageView::Tool::Text, Qt::Key_N}}};
    for (const auto& [name, tool, key] : toolList) {
        // The tool is the mouse's mode in every pane: a click makes a pane active, then the tool
        // acts there.
        QAction* a = add(QString::fromLatin1(name), QKeySequence(key), [this, t = tool] {
            for (Viewport* v : m_grid->viewports())
                v->view()->setTool(t);
        });
        a->setCheckable(true);
        a->setChecked(tool == ImageView::Tool::Window);
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

    QAction* invert = add(QStringLiteral("invert"), QKeySequence(Qt::Key_I),
                          [this] { setInverted(!inverted()); });
    invert->setCheckable(true);
    m_toolbar->addAction(invert);
    m_toolbar->addAction(add(QStringLiteral("rotate"), QKeySequence(Qt::Key_R),
                             [this] { view()->rotateQuarter(1); }));
    m_toolbar->addAction(add(QStringLiteral("flip"), QKeySequence(Qt::Key_H),
                             [this] { view()->flipHorizontally(); }));
    m_toolbar->addAction(add(QStringLiteral("reset"), QKeySequence(Qt::Key_0), [this] {
        view()->resetView();
        view()->clearMeasurements();
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
        [this] { showSlice(sliceCount() - 1); });
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
    text("send", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Envoyer l'examen au PACS…"));
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
    text("tool-text", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Texte"));
    text("layout-1x1", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Une image (1×1)"));
    text("layout-1x2", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Deux images (1×2)"));
    text("layout-2x2", QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Quatre images (2×2)"));
    text("sync",
         QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Défilement synchronisé (même référentiel)"));
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
                           .arg(QCoreApplication::translate(kCtx, p.name),
                                localNumber(p.window.centre), localNumber(p.window.width)));
    }
    m_presetButton->setText(tr("Préréglages TDM"));
    m_layoutButton->setText(tr("Disposition"));
    m_layoutButton->setToolTip(tr("Nombre d'images côte à côte et défilement synchronisé"));
    m_cancel->setText(tr("Annuler la lecture"));
    m_tree->setAccessibleName(tr("Séries"));
    m_empty->setText(tr("Ouvrez un dossier, un CD ou une clé USB d'images DICOM (Ctrl+O)."));
    if (m_catalog.patients.isEmpty())
        m_empty->show();
    m_tree->fill(m_catalog, false);
    m_tree->select(activeViewport()->series());
    updateControls();
}

void ViewerPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ViewerPage::startFolder() const {
    if (!m_lastFolder.isEmpty() && QFileInfo(m_lastFolder).isDir())
        return m_lastFolder;
    // Desktops mount this user's CDs and USB sticks under /media/<user> or /run/media/<user>.
    // Only those folders are looked at: asking every mount (QStorageInfo) would hang on a dead
    // network share, and another user's media cannot be opened.
    const QString user = QString::fromLocal8Bit(qgetenv("USER"));
    if (!user.isEmpty()) {
        for (const QString& base : {QStringLiteral("/media/"), QStringLiteral("/run/media/")}) {
            const QDir media(base + user);
            if (media.isReadable() &&
                !media.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable).isEmpty())
                return media.absolutePath();
        }
    }
    return QDir::homePath();
}

void ViewerPage::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Ouvrir un dossier, un CD ou une clé USB d'images DICOM"), startFolder());
    if (folder.isEmpty())
        return;
    // The next one is often a sibling: another study of the same CD or export.
    m_lastFolder = QFileInfo(folder).absolutePath();
    openPath(folder);
}

void ViewerPage::chooseFile() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Ouvrir un fichier DICOM, un DICOMDIR ou une archive ZIP"), startFolder(),
        tr("Images DICOM et archives (*.dcm *.DCM DICOMDIR *.zip *.ZIP);;Tous les fichiers (*)"));
    if (file.isEmpty())
        return;
    m_lastFolder = QFileInfo(file).absolutePath();
    openPath(file);
}

void ViewerPage::choosePrinter() {
    if (view()->image().isNull())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printView(printer);
}

bool ViewerPage::printView(QPrinter& printer) {
    return activeViewport()->print(printer);
}

void ViewerPage::chooseExport() {
    if (view()->image().isNull())
        return;
    // Not the last folder opened: often a CD, read-only.
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Exporter l'image affichée"),
        QFileInfo(pictures).isDir() ? pictures : QDir::homePath(), tr("Images (*.png *.jpg)"));
    if (!path.isEmpty() && !exportView(path))
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::ViewerPage",
                                                               "Impossible d'écrire l'image "
                                                               "« %1 »."))
                            .arg(path));
}

bool ViewerPage::exportView(const QString& path) {
    return !view()->image().isNull() && view()->snapshot().save(path);
}

void ViewerPage::openPath(const QString& path) {
    m_message->clear();
    m_pendingSource = QStringLiteral("media");
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_loader->open(path);
}

void ViewerPage::cancelScan() {
    m_loader->cancel();
    m_fetcher->cancel();
}

void ViewerPage::scanDone(core::Result<imaging::DicomCatalog> result) {
    m_progress->hide();
    m_cancel->hide();
    if (!result) {
        m_message->show(result.error().message(), result.error().is("imaging/cancelled")
                                                      ? FieldMessage::Kind::Info
                                                      : FieldMessage::Kind::Error);
        emit scanFinished(false);
        return;
    }
    m_sliceBar->setPlaying(false);
    // The panes point into the catalogue being replaced.
    for (Viewport* v : m_grid->viewports())
        v->clear();
    m_source = m_pendingSource;
    m_studiesShown.clear();
    m_catalog = std::move(result).value();
    if (!m_catalog.skipped.isEmpty())
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::ViewerPage",
                                                               "%1 fichier(s) ignoré(s) : pas "
                                                               "DICOM, en double ou hors du "
                                                               "support."))
                            .arg(QString::number(m_catalog.skipped.size())),
                        FieldMessage::Kind::Info);
    m_tree->fill(m_catalog, true);
    m_empty->hide();
    m_grid->show();
    // The first series in the first pane, the next ones in the others.
    m_grid->setActive(m_grid->viewports().first());
    setLayout(m_grid->rows(), m_grid->columns());
    emit scanFinished(true);
}

void ViewerPage::endSession() {
    cancelScan();
    m_sliceBar->setPlaying(false);
    for (Viewport* v : m_grid->viewports()) {
        v->clear(); // the panes point into the catalogue dropped below
        v->view()->forgetAll();
    }
    m_catalog = {};
    m_keyImages.clear();
    m_studiesShown.clear();
    for (imaging::PacsNode& node : m_pacs)
        node.password.clear(); // typed by this user, for this user's session only
    m_fetchPassword.clear();
    m_fetchPasswordNode = -1;
    m_lastFolder.clear();
    m_progress->hide();
    m_cancel->hide();
    m_message->clear();
    m_grid->hide();
    m_empty->show();
    m_tree->fill(m_catalog, false);
    updateControls();
}

void ViewerPage::setLayout(int rows, int columns) {
    m_grid->setLayout(rows, columns);
    if (QAction* a = action(QStringLiteral("layout-%1x%2").arg(rows).arg(columns)))
        a->setChecked(true);
    // Empty panes get the series not shown yet, in the order of the list.
    QList<std::array<int, 3>> unseen;
    for (qsizetype p = 0; p < m_catalog.patients.size(); ++p)
        for (qsizetype s = 0; s < m_catalog.patients.at(p).studies.size(); ++s)
            for (qsizetype r = 0; r < m_catalog.patients.at(p).studies.at(s).series.size(); ++r) {
                const imaging::CatalogSeries* series =
                    &m_catalog.patients.at(p).studies.at(s).series.at(r);
                if (std::none_of(m_grid->viewports().cbegin(), m_grid->viewports().cend(),
                                 [&](const Viewport* v) { return v->series() == series; }))
                    unseen.append({int(p), int(s), int(r)});
            }
    for (Viewport* v : m_grid->viewports())
        if (!v->series() && !unseen.isEmpty()) {
            const auto [p, s, r] = unseen.takeFirst();
            showSeriesIn(v, p, s, r);
        }
    updateControls();
}

void ViewerPage::wireViewport(Viewport* viewport) {
    if (const Viewport* active = activeViewport())
        viewport->view()->setTool(active->view()->tool());
    connect(viewport, &Viewport::loadProgressed, this, [this, viewport](int done, int total) {
        if (viewport == activeViewport())
            m_sliceBar->setLoading(done, total);
    });
    connect(viewport, &Viewport::sliceChanged, this, [this, viewport](int index) {
        if (viewport == activeViewport())
            m_sliceBar->setSlice(index, viewport->sliceCount());
    });
    connect(viewport, &Viewport::sliceShown, this, [this, viewport](int index) {
        if (m_message->kind() == FieldMessage::Kind::Error)
            m_message->clear();
        if (viewport != activeViewport())
            return;
        updateControls();
        emit sliceShown(index);
    });
    connect(viewport, &Viewport::renderFailed, this,
            [this](const core::Error& error) { m_message->show(error.message()); });
    connect(viewport, &Viewport::seriesDropped, this,
            [this, viewport](int p, int s, int r) { showSeriesIn(viewport, p, s, r); });
}

void ViewerPage::activeChanged() {
    m_tree->select(activeViewport()->series());
    updateControls();
}

void ViewerPage::showSeries(int patient, int study, int series) {
    showSeriesIn(activeViewport(), patient, study, series);
}

void ViewerPage::showSeriesIn(Viewport* viewport, int patient, int study, int series) {
    if (patient < 0 || patient >= m_catalog.patients.size())
        return;
    const imaging::CatalogPatient& p = m_catalog.patients.at(patient);
    if (study < 0 || study >= p.studies.size())
        return;
    const imaging::CatalogStudy& s = p.studies.at(study);
    if (series < 0 || series >= s.series.size())
        return;
    if (!m_studiesShown.contains(s.studyInstanceUid)) {
        m_studiesShown.insert(s.studyInstanceUid);
        emit studyShown(p.patientId, s.studyInstanceUid, m_source);
    }
    m_grid->showSeries(viewport, p, s, s.series.at(series));
    if (viewport == activeViewport()) {
        m_tree->select(viewport->series());
        updateControls();
    }
}

void ViewerPage::showSlice(int index) {
    activeViewport()->showSlice(index);
}

void ViewerPage::step(int delta) {
    activeViewport()->step(delta);
}

void ViewerPage::setWindow(const imaging::Window& window) {
    activeViewport()->setWindow(window);
}

void ViewerPage::setInverted(bool inverted) {
    activeViewport()->setInverted(inverted);
    updateControls();
}

bool ViewerPage::isPlaying() const {
    return m_sliceBar->isPlaying();
}

void ViewerPage::togglePlay() {
    m_sliceBar->setPlaying(!isPlaying());
    if (QAction* a = action(QStringLiteral("play")))
        a->setChecked(isPlaying());
}

void ViewerPage::toggleKeyImage() {
    const QString key = activeViewport()->sliceKey(currentSlice());
    if (key.isEmpty())
        return;
    if (!m_keyImages.remove(key))
        m_keyImages.insert(key);
    for (Viewport* v : m_grid->viewports()) // the same slice may be in another pane
        v->updateCorners();
    updateControls();
}

bool ViewerPage::isKeyImage(int index) const {
    const QString key = activeViewport()->sliceKey(index);
    return !key.isEmpty() && m_keyImages.contains(key);
}

// The controls that follow the active pane: the slice bar, the presets, the checked actions.
void ViewerPage::updateControls() {
    const Viewport* active = activeViewport();
    const imaging::CatalogSeries* series = active->series();
    m_presetButton->setEnabled(series && series->modality == u"CT");
    if (QAction* a = action(QStringLiteral("send")))
        a->setEnabled(!m_pacs.isEmpty() && active->study());
    m_sliceBar->setSlice(series ? currentSlice() : -1, sliceCount());
    m_sliceBar->setLoading(active->loaded().first, active->loaded().second);
    if (QAction* a = action(QStringLiteral("invert")))
        a->setChecked(active->inverted());
    if (QAction* a = action(QStringLiteral("key-image")))
        a->setChecked(isKeyImage(currentSlice()));
}

} // namespace sijil::ui
