#pragma once

#include "ImageView.h"
#include "SeriesTree.h"
#include "Viewport.h"
#include "ViewportGrid.h"

#include <sijil/imaging/DicomCatalog.h>
#include <sijil/imaging/DicomImage.h>
#include <sijil/imaging/PacsNode.h>

#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QPrinter;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolBar;
class QToolButton;

namespace sijil::core {
class PatientContext;
}
namespace sijil::record {
class PatientImaging;
struct ImagingStudyLink;
} // namespace sijil::record

namespace sijil::ui {

class FieldMessage;
class MediaLoader;
class PacsDialog;
class SendDialog;
class SharedStudiesButton;
class StudyFetcher;
class SliceBar;

// The imaging area: a folder, a CD/USB medium (DICOMDIR) or a file opened from disk, its series
// listed with thumbnails, series shown one slice at a time in one, two or four panes
// (ViewportGrid). Selecting or dragging a series shows it in the active pane; panes of the same
// frame of reference scroll together unless synchronisation is off. Scanning and rendering run
// off the GUI thread; the first slice shows as soon as it is decoded. Slices, window, tools and
// the actions below apply to the active pane.
//
// Keys: Ctrl+O open a folder, Ctrl+Shift+O a file or a ZIP archive, Up/Down (or the wheel)
// previous/next slice, Page Up/Down ten at a time, Home/End first/last, 1-7 CT window presets, I
// invert, R rotate, H flip, 0 reset the view, Space play/stop (cine), Ctrl+E export the view.
// Tools: W window, P pan, Z zoom, D distance, A angle, T and E rectangle and ellipse regions
// (mean, SD, min, max in HU for CT, and area), N text labels. K marks a key image, Ctrl+P prints
// the view. Alt+1, Alt+2, Alt+4: one pane, two side by side, four; S synchronised scrolling.
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

    [[nodiscard]] ViewportGrid* grid() const { return m_grid; }
    [[nodiscard]] Viewport* activeViewport() const { return m_grid->active(); }
    // The active pane's image view.
    [[nodiscard]] ImageView* view() const { return activeViewport()->view(); }
    [[nodiscard]] QTreeWidget* seriesTree() const { return m_tree; }
    [[nodiscard]] FieldMessage* message() const { return m_message; }
    [[nodiscard]] const imaging::DicomCatalog& catalog() const { return m_catalog; }
    // Of the active pane, as the following.
    [[nodiscard]] int sliceCount() const { return activeViewport()->sliceCount(); }
    [[nodiscard]] int currentSlice() const { return activeViewport()->currentSlice(); }
    // The window chosen by the user (drag, preset), if any; otherwise the file's own or the
    // frame's min-max window applies.
    [[nodiscard]] std::optional<imaging::Window> window() const {
        return activeViewport()->window();
    }
    // The window the image is drawn with: the user's, else the one the last render applied
    // (the file's own, or the frame's min-max window).
    [[nodiscard]] std::optional<imaging::Window> shownWindow() const {
        return activeViewport()->shownWindow();
    }
    [[nodiscard]] bool inverted() const { return activeViewport()->inverted(); }
    [[nodiscard]] bool isPlaying() const;
    [[nodiscard]] QAction* action(const QString& name) const;

    // The site's PACS, searched and retrieved from (PacsDialog) into `cacheDir`; without one the
    // PACS action stays disabled and says why.
    void setPacs(QList<imaging::PacsNode> nodes, const QString& cacheDir);
    // Opens the PACS dialog (modeless); its retrieved study is then shown here.
    PacsDialog* openPacsDialog();
    // Opens the dialog that sends the active pane's study (every series) to a PACS; none
    // without a PACS or a study shown.
    SendDialog* openSendDialog();
    // The open patient's studies in the shared record, offered in the toolbar; one chosen is
    // retrieved by WADO-RS from its endpoint into the image cache, then shown (source "record").
    void setSharedRecord(core::PatientContext* patient, const record::PatientImaging* imaging);
    void openSharedStudy(const record::ImagingStudyLink& study);
    [[nodiscard]] SharedStudiesButton* sharedStudies() const { return m_sharedStudies; }
    // Adds a study sent from media to the open patient's shared record (the composition root
    // binds the session and the record): true when added, false when it already was.
    using StudyIndexing =
        std::function<core::Result<bool>(const imaging::CatalogStudy&, const QUrl& wadoRsBase)>;
    void setStudyIndexing(StudyIndexing index);

    // At sign-out: the images, measurements, key images and series shown, the PACS passwords
    // typed and the last folder are dropped; the next user starts from an empty viewer.
    void endSession();

    // Shows that series of the catalogue in the active pane.
    void showSeries(int patient, int study, int series);
    void showSlice(int index);
    void setWindow(const imaging::Window& window);
    void setInverted(bool inverted);
    // Writes the active pane as the user sees it (PNG or JPEG by the file's suffix).
    bool exportView(const QString& path);
    // Prints the active pane as the user sees it, scaled to the page.
    bool printView(QPrinter& printer);
    // Key images of the series in the active pane (K toggles the current slice).
    [[nodiscard]] bool isKeyImage(int index) const;
    void toggleKeyImage();

signals:
    // A study sent from media was (ok) or could not be added to the patient's shared record.
    void studyIndexed(bool ok);
    void scanFinished(bool ok);
    // The active pane's current slice is on screen (after a scroll, a window change...).
    void sliceShown(int index);
    // A study is shown for the first time since it was opened, for the audit trail: the Patient
    // ID as the medium or the PACS wrote it, the study, and where the images came from ("media"
    // for a folder, CD or archive, "pacs").
    void studyShown(const QString& dicomPatientId, const QString& studyInstanceUid,
                    const QString& source);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void retranslate();
    void scanDone(core::Result<imaging::DicomCatalog> result);
    void wireViewport(Viewport* viewport);
    void activeChanged();
    void setLayout(int rows, int columns);
    void showSeriesIn(Viewport* viewport, int patient, int study, int series);
    void updateControls();
    void rememberPassword(int node, const QString& password);
    void sharedStudyFetched(const QString& folder);
    void step(int delta);
    void togglePlay();
    void chooseFolder();
    void chooseFile();
    // Where the open dialogs start: where the user last opened something, else the user's media
    // folder (CDs, USB sticks), else the home folder (not the program's working directory).
    [[nodiscard]] QString startFolder() const;
    void choosePrinter();
    void chooseExport();

    imaging::DicomCatalog m_catalog;
    QSet<QString> m_keyImages; // slice keys
    QList<imaging::PacsNode> m_pacs;
    SharedStudiesButton* m_sharedStudies = nullptr;
    core::PatientContext* m_patientContext = nullptr;
    StudyIndexing m_indexStudy;
    StudyFetcher* m_fetcher = nullptr; // studies of the shared record
    int m_fetchPasswordNode = -1;      // the site PACS whose password was typed for the fetch
    QString m_fetchPassword;
    QString m_source = QStringLiteral("media"); // of what is being opened or shown
    QString m_pendingSource = QStringLiteral("media");
    QString m_lastFolder; // where the user last chose something, until sign-out
    QSet<QString> m_studiesShown;
    QString m_pacsCache;
    MediaLoader* m_loader = nullptr;

    QToolBar* m_toolbar = nullptr;
    QToolButton* m_presetButton = nullptr;
    QToolButton* m_layoutButton = nullptr;
    SeriesTree* m_tree = nullptr;
    ViewportGrid* m_grid = nullptr;
    SliceBar* m_sliceBar = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    FieldMessage* m_message = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace sijil::ui
