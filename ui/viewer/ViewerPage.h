#pragma once

#include "SliceRenderer.h"

#include <sijil/imaging/DicomCatalog.h>
#include <sijil/imaging/PacsNode.h>

#include <QHash>
#include <QIcon>
#include <QSet>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QPrinter;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTemporaryDir;
class QThread;
class QTimer;
class QToolBar;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sijil::ui {

class FieldMessage;
class ImageView;
class PacsDialog;

// The imaging area: a folder, a CD/USB medium (DICOMDIR) or a file opened from disk, its series
// listed with thumbnails, the selected series shown one slice at a time. Scanning and rendering
// run off the GUI thread; the first slice shows as soon as it is decoded.
//
// Keys: Ctrl+O open a folder, Ctrl+Shift+O a file or a ZIP archive, Up/Down (or the wheel)
// previous/next slice, Page Up/Down ten at a time, Home/End first/last, 1-7 CT window presets, I
// invert, R rotate, H flip, 0 reset the view, Space play/stop (cine), Ctrl+E export the view.
// Tools: W window, P pan, Z zoom, D distance, A angle, T and E rectangle and ellipse regions
// (mean, SD, min, max in HU for CT, and area). K marks a key image, Ctrl+P prints the view.
class ViewerPage : public QWidget {
    Q_OBJECT
public:
    explicit ViewerPage(QWidget* parent = nullptr);
    ~ViewerPage() override;

    // Scans `path` (a folder, a DICOMDIR, a file or a ZIP archive, unpacked in a temporary
    // folder) off the GUI thread, then shows its first series. scanFinished() tells when it is
    // done.
    void openPath(const QString& path);
    void cancelScan();

    [[nodiscard]] ImageView* view() const { return m_view; }
    [[nodiscard]] QTreeWidget* seriesTree() const { return m_tree; }
    [[nodiscard]] FieldMessage* message() const { return m_message; }
    [[nodiscard]] const imaging::DicomCatalog& catalog() const { return m_catalog; }
    [[nodiscard]] int sliceCount() const { return int(m_slices.size()); }
    [[nodiscard]] int currentSlice() const { return m_slice; }
    // The window chosen by the user (drag, preset), if any; otherwise the file's own or the
    // frame's min-max window applies.
    [[nodiscard]] std::optional<imaging::Window> window() const { return m_window; }
    // The window the image is drawn with: the user's, else the one the last render applied
    // (the file's own, or the frame's min-max window).
    [[nodiscard]] std::optional<imaging::Window> shownWindow() const;
    [[nodiscard]] bool inverted() const { return m_invert; }
    [[nodiscard]] bool isPlaying() const;
    [[nodiscard]] QAction* action(const QString& name) const;

    // The site's PACS, searched and retrieved from (PacsDialog) into `cacheDir`; without one the
    // PACS action stays disabled and says why.
    void setPacs(QList<imaging::PacsNode> nodes, const QString& cacheDir);
    // Opens the PACS dialog (modeless); its retrieved study is then shown here.
    PacsDialog* openPacsDialog();

    void showSeries(int patient, int study, int series);
    void showSlice(int index);
    void setWindow(const imaging::Window& window);
    void setInverted(bool inverted);
    // Writes the view as the user sees it (PNG or JPEG by the file's suffix).
    bool exportView(const QString& path);
    // Prints the view as the user sees it, scaled to the page.
    bool printView(QPrinter& printer);
    // Key images of the series shown (K toggles the current slice).
    [[nodiscard]] bool isKeyImage(int index) const;
    void toggleKeyImage();

signals:
    void scanFinished(bool ok);
    // The current slice is on screen (after a scroll, a window change...).
    void sliceShown(int index);
    // A study is shown for the first time since it was opened, for the audit trail: the Patient
    // ID as the medium or the PACS wrote it, the study, and where the images came from ("media"
    // for a folder, CD or archive, "pacs").
    void studyShown(const QString& dicomPatientId, const QString& studyInstanceUid,
                    const QString& source);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Slice {
        QString path;
        int frame = 0;
        const imaging::CatalogInstance* instance = nullptr;
    };
    struct Scan;

    static QString sliceKey(const Slice& slice);
    void buildActions();
    void retranslate();
    void scanDone(core::Result<imaging::DicomCatalog> result);
    void fillTree();
    void requestRender();
    void onRendered(const RenderResult& result);
    void onStatistics(const StatisticsResult& result);
    void updateCorners();
    void step(int delta);
    void togglePlay();
    void chooseFolder();
    void chooseFile();
    void choosePrinter();
    void chooseExport();

    SliceRenderer m_renderer;
    imaging::DicomCatalog m_catalog;
    QList<Slice> m_slices;
    const imaging::CatalogPatient* m_patient = nullptr;
    const imaging::CatalogStudy* m_study = nullptr;
    const imaging::CatalogSeries* m_series = nullptr;
    int m_slice = -1;
    std::optional<imaging::Window> m_window;
    std::optional<imaging::Window> m_appliedWindow;
    QString m_voiLut; // the file's VOI LUT, when that is what the image is drawn with
    std::optional<std::pair<double, double>> m_valueRange;
    bool m_invert = false;
    quint64 m_viewTicket = 0;
    std::optional<imaging::DicomTags> m_tags;
    QString m_shownKey;

    QHash<quint64, std::pair<QString, int>> m_pendingRegions; // statistics on their way
    QSet<QString> m_keyImages;                                // slice keys
    QList<imaging::PacsNode> m_pacs;
    QString m_source = QStringLiteral("media"); // of what is being opened or shown
    QString m_pendingSource = QStringLiteral("media");
    QSet<QString> m_studiesShown;
    QString m_pacsCache;
    QHash<QString, QIcon> m_thumbnails;         // by study/series UID
    QHash<quint64, QString> m_thumbnailTickets; // thumbnails on their way
    std::shared_ptr<Scan> m_scan;
    // Where the archive being read or shown was unpacked; removed with the next opening.
    std::unique_ptr<QTemporaryDir> m_unpacked;
    std::unique_ptr<QTemporaryDir> m_unpacking;
    QTimer* m_scanPoll = nullptr;
    QThread* m_scanThread = nullptr;

    QToolBar* m_toolbar = nullptr;
    QToolButton* m_presetButton = nullptr;
    QTreeWidget* m_tree = nullptr;
    ImageView* m_view = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_position = nullptr;
    QSpinBox* m_fps = nullptr;
    QTimer* m_cine = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    FieldMessage* m_message = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace sijil::ui
