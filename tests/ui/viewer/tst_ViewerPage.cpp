// The imaging area over folders made at test time from pydicom's CT_small.dcm (128 x 128, pixel
// spacing 0.661468 mm, no window of its own): scanning off the GUI thread, slices in order,
// window dragging and presets checked against the imaging module's own rendering, distances in
// millimetres, Arabic layout, export, cine, and a damaged file's message.
#include "ViewerTesting.h"

#include <sijil/imaging/DicomImage.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <DicomForge.h>
#include <WhenModal.h>
#include <shell/FieldMessage.h>
#include <viewer/ImageView.h>
#include <viewer/PacsDialog.h>
#include <viewer/PacsSourcePicker.h>
#include <viewer/ViewerPage.h>
#include <viewer/Viewport.h>
#include <viewer/WindowPresets.h>

using namespace sijil;
using ui::ImageView;
using ui::ViewerPage;

namespace {

QString sample(const char* name) {
    return testing::pydicomSample(name);
}

// The image the imaging module renders for that slice and window: the reference.
QImage reference(const QString& path, std::optional<imaging::Window> window, bool invert = false) {
    const auto image = imaging::DicomImage::load(path);
    if (!image)
        return {};
    const auto r = image->render(0, window, invert);
    if (!r)
        return {};
    return QImage(reinterpret_cast<const uchar*>(r->bytes.constData()), r->width, r->height,
                  r->bytesPerLine(), QImage::Format_Grayscale8)
        .copy();
}

bool sameWindow(const std::optional<imaging::Window>& a, const imaging::Window& b) {
    return a && qFuzzyCompare(a->centre + 1e6, b.centre + 1e6) &&
           qFuzzyCompare(a->width + 1e6, b.width + 1e6);
}

} // namespace

class tst_ViewerPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_series;

    // A page showing the three-slice CT series, first slice on screen.
    bool open(ViewerPage& page, const QString& path) { return testing::openInViewer(page, path); }

    void waitShown(ViewerPage& page) {
        QSignalSpy shown(&page, &ViewerPage::sliceShown);
        QVERIFY(shown.wait(10000));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Morocco));
        m_series = m_tmp.filePath(QStringLiteral("ct"));
        // Written out of order; positions 30, 10, 20 mm.
        const QList<std::pair<int, int>> slices{{3, 30}, {1, 10}, {2, 20}};
        for (const auto& [number, z] : slices)
            QVERIFY(testing::forgeDicom(
                sample("CT_small.dcm"), QStringLiteral("%1/s%2.dcm").arg(m_series).arg(z),
                {QStringLiteral("(0008,0018)=1.2.826.0.1.3680043.8.498.3.%1").arg(number),
                 QStringLiteral("(0020,0013)=%1").arg(number),
                 QStringLiteral("(0020,0032)=-158.1\\-179.0\\%1").arg(z)}));
    }

    void opensAFolderAndScrolls() {
        ViewerPage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy studies(&page, &ViewerPage::studyShown);
        QVERIFY(open(page, m_series));
        // Reported once for the audit trail: CT_small's patient and study, from media.
        QCOMPARE(studies.count(), 1);
        QCOMPARE(studies.first().at(0).toString(), QStringLiteral("1CT1"));
        QCOMPARE(studies.first().at(1).toString(),
                 page.catalog().patients.first().studies.first().studyInstanceUid);
        QCOMPARE(studies.first().at(2).toString(), QStringLiteral("media"));
        QCOMPARE(page.sliceCount(), 3);
        QCOMPARE(page.currentSlice(), 0);
        QCOMPARE(page.view()->image().size(), QSize(128, 128));
        QVERIFY(page.seriesTree()->currentItem());
        QVERIFY(page.seriesTree()->currentItem()->text(0).startsWith(QStringLiteral("CT")));
        const QStringList bottomLeft = page.view()->cornerText(ImageView::Corner::BottomLeft);
        QCOMPARE(bottomLeft.value(0), QStringLiteral("Image 1 / 3"));
        QCOMPARE(bottomLeft.value(1), QStringLiteral("Position 10,0 mm"));
        // No window in the file: the frame's min-max window, reported in the corner.
        QVERIFY(page.shownWindow());
        QVERIFY(!page.window());

        // Keys are the page's actions: their bindings, then their effect.
        QCOMPARE(page.action(QStringLiteral("next-slice"))->shortcut(), QKeySequence(Qt::Key_Down));
        QCOMPARE(page.action(QStringLiteral("last-slice"))->shortcut(), QKeySequence(Qt::Key_End));
        page.action(QStringLiteral("next-slice"))->trigger();
        waitShown(page);
        QCOMPARE(page.currentSlice(), 1);
        QCOMPARE(page.view()->cornerText(ImageView::Corner::BottomLeft).value(1),
                 QStringLiteral("Position 20,0 mm"));
        page.action(QStringLiteral("last-slice"))->trigger();
        waitShown(page);
        QCOMPARE(page.currentSlice(), 2);
        QCOMPARE(studies.count(), 1); // scrolling is not another viewing
        // The wheel towards the user goes back.
        QWheelEvent wheel(QPointF(50, 50), page.view()->mapToGlobal(QPointF(50, 50)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(page.view(), &wheel);
        waitShown(page);
        QCOMPARE(page.currentSlice(), 1);
        // The thumbnail arrives from the worker too.
        QTRY_VERIFY_WITH_TIMEOUT(!page.seriesTree()->currentItem()->icon(0).isNull(), 10000);
    }

    // After the first image, the rest of the series is decoded in the background (the slice bar
    // says how far): once done, scrolling draws from memory, even with the files gone.
    void theSeriesIsDecodedInTheBackground() {
        const QString copy = m_tmp.filePath(QStringLiteral("ct-prefetch"));
        QVERIFY(QDir().mkpath(copy));
        for (const QString& name : QDir(m_series).entryList(QDir::Files))
            QVERIFY(QFile::copy(m_series + u'/' + name, copy + u'/' + name));
        ViewerPage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(open(page, copy));
        QTRY_COMPARE_WITH_TIMEOUT(page.activeViewport()->loaded(), std::make_pair(3, 3), 10000);
        auto* loading = page.findChild<QLabel*>(QStringLiteral("loading"));
        QVERIFY(loading);
        QVERIFY(!loading->isVisible());
        QVERIFY(QDir(copy).removeRecursively());
        page.action(QStringLiteral("last-slice"))->trigger();
        waitShown(page);
        QCOMPARE(page.currentSlice(), 2);
        QCOMPARE(page.view()->cornerText(ImageView::Corner::BottomLeft).value(1),
                 QStringLiteral("Position 30,0 mm"));
        QVERIFY(page.message()->text().isEmpty());
    }

    // The same series sent as a ZIP archive: unpacked aside, shown the same way.
    void opensAZipArchive() {
        const QString zip = m_tmp.filePath(QStringLiteral("ct.zip"));
        QVERIFY(testing::runTool(QStringLiteral("python3"),
                                 {QStringLiteral("-c"),
                                  QStringLiteral("import sys, zipfile, os\n"
                                                 "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                                                 "    for f in sorted(os.listdir(sys.argv[2])):\n"
                                                 "        z.write(os.path.join(sys.argv[2], f), "
                                                 "'CT/' + f)\n"),
                                  zip, m_series}));
        ViewerPage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(open(page, zip));
        QCOMPARE(page.sliceCount(), 3);
        QCOMPARE(page.view()->image().size(), QSize(128, 128));
        const QString shown =
            page.catalog().patients.first().studies.first().series.first().instances.first().path;
        QVERIFY(!shown.startsWith(m_tmp.path())); // unpacked elsewhere, not beside the archive
        QVERIFY(QFile::exists(shown));
    }

    // Dragging with the right button: the width follows the horizontal move, the centre the
    // vertical one, and the pixels are exactly what the imaging module renders for that window.
    void windowDragRendersTheDraggedWindow() {
        ViewerPage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(open(page, m_series));
        const auto start = page.shownWindow();
        QVERIFY(start);
        const QImage before = page.view()->image();
        QCOMPARE(before, reference(m_series + QStringLiteral("/s10.dcm"), *start));

        QTest::mousePress(page.view(), Qt::RightButton, {}, QPoint(100, 100));
        QTest::mouseMove(page.view(), QPoint(140, 70));
        QTest::mouseRelease(page.view(), Qt::RightButton, {}, QPoint(140, 70));
        const imaging::Window expected = ui::draggedWindow(*start, 40, -30);
        QVERIFY(sameWindow(page.window(), expected));
        QTRY_VERIFY_WITH_TIMEOUT(page.view()->image() != before, 10000);
        QCOMPARE(page.view()->image(), reference(m_series + QStringLiteral("/s10.dcm"), expected));
        QVERIFY(expected.width > start->width);
        QVERIFY(expected.centre < start->centre);

        // A preset (key 4, mediastinum), then invert: again the module's own pixels.
        QCOMPARE(page.action(QStringLiteral("preset-3"))->shortcut(), QKeySequence(Qt::Key_4));
        page.action(QStringLiteral("preset-3"))->trigger();
        const imaging::Window mediastinum = ui::ctWindowPresets().at(3).window;
        QVERIFY(sameWindow(page.window(), mediastinum));
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->image(),
                                  reference(m_series + QStringLiteral("/s10.dcm"), mediastinum),
                                  10000);
        QCOMPARE(page.action(QStringLiteral("invert"))->shortcut(), QKeySequence(Qt::Key_I));
        page.action(QStringLiteral("invert"))->trigger();
        QVERIFY(page.inverted());
        QTRY_COMPARE_WITH_TIMEOUT(
            page.view()->image(),
            reference(m_series + QStringLiteral("/s10.dcm"), mediastinum, true), 10000);
        QCOMPARE(page.view()->cornerText(ImageView::Corner::BottomRight).value(0),
                 QStringLiteral("C 50 / L 350"));
        // No group separator: Moroccan French groups with a dot, and "L 1.800" beside
        // "Position 75,7 mm" reads as one point eight.
        page.action(QStringLiteral("preset-6"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->cornerText(ImageView::Corner::BottomRight).value(0),
                                  QStringLiteral("C 400 / L 1800"), 10000);
        QCOMPARE(page.action(QStringLiteral("preset-2"))->text(),
                 QStringLiteral("Poumon (C -600 / L 1500)"));
    }

    // The open dialogs start in the home folder (or a mounted CD or USB stick), not in the
    // program's working directory; then where the user last chose something.
    void theOpenDialogsStartWhereTheUserLooks() {
        const QString home = m_tmp.filePath(QStringLiteral("home"));
        const QString cwd = m_tmp.filePath(QStringLiteral("cwd"));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/cd/study")));
        QVERIFY(QDir().mkpath(cwd));
        const QByteArray oldHome = qgetenv("HOME");
        const QString oldCwd = QDir::currentPath();
        qputenv("HOME", home.toLocal8Bit());
        QVERIFY(QDir::setCurrent(cwd));
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            QDir::setCurrent(oldCwd);
        });
        ViewerPage page;
        page.show();
        QString started;
        test::whenModal<QFileDialog>([&started](QFileDialog* d) {
            started = d->directory().absolutePath();
            d->reject();
        });
        page.action(QStringLiteral("open"))->trigger();
        QVERIFY(!started.isEmpty());
        QVERIFY2(started != cwd, qPrintable(started));
        QVERIFY2(started == home || started.startsWith(QStringLiteral("/media/")) ||
                     started.startsWith(QStringLiteral("/run/media/")),
                 qPrintable(started));

        // A folder chosen: the next dialog starts beside it, for another study of the same CD.
        test::whenModal<QFileDialog>([&](QFileDialog* d) {
            d->setDirectory(home + QStringLiteral("/cd/study"));
            static_cast<QDialog*>(d)->accept(); // QFileDialog::accept, protected there
        });
        QSignalSpy scanned(&page, &ViewerPage::scanFinished);
        page.action(QStringLiteral("open"))->trigger();
        QVERIFY(scanned.wait(10000)); // an empty folder: nothing to show, said on the page
        started.clear();
        test::whenModal<QFileDialog>([&started](QFileDialog* d) {
            started = d->directory().absolutePath();
            d->reject();
        });
        page.action(QStringLiteral("open"))->trigger();
        QCOMPARE(started, home + QStringLiteral("/cd"));
    }

    // On a pane where one image pixel is two screen pixels, a 50-pixel line along a row is 50
    // column spacings long, a 40-pixel line down a column 40 row spacings.
    void distancesUsePixelSpacing() {
        ImageView view;
        view.resize(256, 256);
        QImage image(128, 128, QImage::Format_Grayscale8);
        image.fill(100);
        view.setImage(image, QStringLiteral("slice"));
        view.setPixelSpacing(std::make_pair(0.5, 0.25));
        view.setTool(ImageView::Tool::Distance);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QTransform t = view.imageToWidget();
        QCOMPARE(t.map(QPointF(10, 20)), QPointF(20, 40));
        QSignalSpy added(&view, &ImageView::measurementAdded);
        const auto drag = [&](QPointF a, QPointF b) {
            QTest::mousePress(&view, Qt::LeftButton, {}, t.map(a).toPoint());
            QTest::mouseMove(&view, t.map(b).toPoint());
            QTest::mouseRelease(&view, Qt::LeftButton, {}, t.map(b).toPoint());
        };
        drag({10, 20}, {60, 20});
        drag({30, 30}, {30, 70});
        QCOMPARE(added.count(), 2);
        QCOMPARE(view.measuredLengths(), (QList<double>{12.5, 20.0}));
        QCOMPARE(view.lengthText(12.5), QStringLiteral("12,5 mm"));
        QCOMPARE(view.lengthText(1234.5), QStringLiteral("1234,5 mm"));
        // Another slice has its own measurements; coming back shows these again.
        view.setImage(image, QStringLiteral("other"));
        QVERIFY(view.measuredLengths().isEmpty());
        view.setImage(image, QStringLiteral("slice"));
        QCOMPARE(view.measuredLengths().size(), 2);
        // A click without a drag measures nothing; without spacing, lengths are in pixels.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(100, 100));
        QCOMPARE(added.count(), 2);
        view.setPixelSpacing(std::nullopt);
        QCOMPARE(view.measuredLengths(), (QList<double>{50.0, 40.0}));
    }

    // A file drawn through its own VOI LUT: the corner names the table, and dragging the window
    // starts from the frame's value range (there is no window to start from).
    void aVoiLutIsShownAndDraggingLeavesIt() {
        const QString folder = m_tmp.filePath(QStringLiteral("voilut"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(
            testing::writeWithVoiLut(sample("CT_small.dcm"), folder + QStringLiteral("/a.dcm")));
        ViewerPage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(open(page, folder));
        QCOMPARE(page.view()->cornerText(ImageView::Corner::BottomRight).value(0),
                 QStringLiteral("LUT VOI : SIJIL TEST"));
        QVERIFY(!page.shownWindow());
        const QImage before = page.view()->image();
        QTest::mousePress(page.view(), Qt::RightButton, {}, QPoint(100, 100));
        QTest::mouseMove(page.view(), QPoint(110, 100));
        QTest::mouseRelease(page.view(), Qt::RightButton, {}, QPoint(110, 100));
        QVERIFY(page.window());
        QTRY_VERIFY_WITH_TIMEOUT(page.view()->image() != before, 10000);
        QVERIFY(page.view()->cornerText(ImageView::Corner::BottomRight).value(0).startsWith(u'C'));
    }

    // A rectangle and an ellipse drawn on a CT slice: mean, SD, min, max in HU and the area,
    // as the imaging module computes them for the region the view recorded.
    void regionsShowHounsfieldStatistics() {
        ViewerPage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(open(page, m_series));
        ImageView* view = page.view();
        const QTransform t = view->imageToWidget();
        const auto drag = [&](QPointF a, QPointF b) {
            QTest::mousePress(view, Qt::LeftButton, {}, t.map(a).toPoint());
            QTest::mouseMove(view, t.map(b).toPoint());
            QTest::mouseRelease(view, Qt::LeftButton, {}, t.map(b).toPoint());
        };
        QCOMPARE(page.action(QStringLiteral("tool-rectangle"))->shortcut(),
                 QKeySequence(Qt::Key_T));
        page.action(QStringLiteral("tool-rectangle"))->trigger();
        drag({30, 40}, {60, 70});
        page.action(QStringLiteral("tool-ellipse"))->trigger();
        drag({70, 20}, {110, 50});
        QCOMPARE(view->regions().size(), 2);
        QCOMPARE(view->regions().at(1).shape, imaging::Region::Shape::Ellipse);
        QTRY_VERIFY_WITH_TIMEOUT(!view->regionLabels().at(0).contains(u'…') &&
                                     !view->regionLabels().at(1).contains(u'…'),
                                 10000);

        const auto image = imaging::DicomImage::load(m_series + QStringLiteral("/s10.dcm"));
        QVERIFY(image);
        const auto pixels = image->pixels(0);
        QVERIFY(pixels);
        for (int i = 0; i < 2; ++i) {
            const auto stats = imaging::regionStatistics(*pixels, view->regions().at(i),
                                                         image->tags().pixelSpacing);
            QVERIFY(stats);
            const QLocale fr;
            const QString label = view->regionLabels().at(i);
            QVERIFY2(label.startsWith(QStringLiteral("Moy. %1 ± %2 HU")
                                          .arg(fr.toString(stats->mean, 'f', 1),
                                               fr.toString(stats->standardDeviation, 'f', 1))),
                     qPrintable(label));
            QVERIFY2(label.contains(
                         QStringLiteral("Aire %1 mm²").arg(fr.toString(*stats->areaMm2, 'f', 1))),
                     qPrintable(label));
        }
        // Regions belong to their slice, and "reset" clears them.
        page.action(QStringLiteral("next-slice"))->trigger();
        waitShown(page);
        QVERIFY(view->regions().isEmpty());
        page.action(QStringLiteral("previous-slice"))->trigger();
        waitShown(page);
        QCOMPARE(view->regions().size(), 2);
        page.action(QStringLiteral("reset"))->trigger();
        QVERIFY(view->regions().isEmpty());
    }

    // An angle measured in millimetres: with pixels twice as tall as wide, the same clicks make
    // 99.5 degrees, not the 108.4 the pixel grid would give.
    void anglesUseThePhysicalGrid() {
        ImageView view;
        view.resize(256, 256);
        QImage image(128, 128, QImage::Format_Grayscale8);
        image.fill(60);
        view.setImage(image, QStringLiteral("slice"));
        view.setPixelSpacing(std::make_pair(0.5, 0.25));
        view.setTool(ImageView::Tool::Angle);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QTransform t = view.imageToWidget();
        QSignalSpy added(&view, &ImageView::angleAdded);
        // The first arm dragged to the vertex, then a click at the end of the second.
        QTest::mousePress(&view, Qt::LeftButton, {}, t.map(QPointF(10, 40)).toPoint());
        QTest::mouseMove(&view, t.map(QPointF(50, 40)).toPoint());
        QTest::mouseRelease(&view, Qt::LeftButton, {}, t.map(QPointF(50, 40)).toPoint());
        QCOMPARE(added.count(), 0);
        QTest::mouseClick(&view, Qt::LeftButton, {}, t.map(QPointF(60, 10)).toPoint());
        QCOMPARE(added.count(), 1);
        QCOMPARE(view.measuredAngles().size(), 1);
        const double expected = std::acos(-25.0 / (10.0 * std::hypot(2.5, 15.0))) * 180 / M_PI;
        QVERIFY2(qAbs(view.measuredAngles().first() - expected) < 1e-9,
                 qPrintable(QString::number(view.measuredAngles().first())));
        QVERIFY(qAbs(expected - 99.46) < 0.01);
        view.setPixelSpacing(std::nullopt); // without spacing: the pixel grid's angle
        QVERIFY(qAbs(view.measuredAngles().first() - 108.43) < 0.01);
    }

    // At sign-out the viewer drops what the user looked at and the PACS password they typed:
    // the next user sees an empty viewer, and opening the same study again is audited again.
    void signingOutLeavesNothingForTheNextUser() {
        ViewerPage page;
        page.resize(900, 600);
        imaging::PacsNode node;
        node.name = QStringLiteral("PACS");
        node.dicomWebUrl = QUrl(QStringLiteral("https://127.0.0.1:9/dicom-web"));
        node.username = QStringLiteral("radiologie");
        page.setPacs({node}, m_tmp.filePath(QStringLiteral("cache-session")));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy studies(&page, &ViewerPage::studyShown);
        QVERIFY(open(page, m_series));
        QCOMPARE(studies.count(), 1);
        page.action(QStringLiteral("key-image"))->trigger();
        QVERIFY(page.isKeyImage(0));
        page.view()->setTool(ImageView::Tool::Distance);
        const QTransform t = page.view()->imageToWidget();
        QTest::mousePress(page.view(), Qt::LeftButton, {}, t.map(QPointF(10, 10)).toPoint());
        QTest::mouseMove(page.view(), t.map(QPointF(60, 10)).toPoint());
        QTest::mouseRelease(page.view(), Qt::LeftButton, {}, t.map(QPointF(60, 10)).toPoint());
        QCOMPARE(page.view()->measuredLengths().size(), 1);
        ui::PacsDialog* dialog = page.openPacsDialog();
        QVERIFY(dialog->source()->select(0, true));
        QVERIFY(dialog->source()->needsPassword());
        emit dialog->credentialsAccepted(0, QStringLiteral("secret-du-premier"));
        dialog->close();
        dialog = page.openPacsDialog();
        QVERIFY(dialog->source()->select(0, true));
        QVERIFY(!dialog->source()->needsPassword()); // kept for the session
        dialog->close();

        page.endSession();
        QVERIFY(page.view()->image().isNull());
        QVERIFY(page.view()->measuredLengths().isEmpty());
        QVERIFY(!page.isKeyImage(0));
        QVERIFY(page.catalog().patients.isEmpty());
        dialog = page.openPacsDialog();
        QVERIFY(dialog->source()->select(0, true));
        QVERIFY(dialog->source()->needsPassword()); // the next user types their own
        dialog->close();

        QVERIFY(open(page, m_series));
        QCOMPARE(studies.count(), 2);
        // The same slice again: the first user's measure is not drawn on it.
        QVERIFY(page.view()->measuredLengths().isEmpty());
        QVERIFY(!page.isKeyImage(0));
    }

    void keyImagesAndPrinting() {
        ViewerPage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(open(page, m_series));
        QCOMPARE(page.action(QStringLiteral("key-image"))->shortcut(), QKeySequence(Qt::Key_K));
        page.action(QStringLiteral("key-image"))->trigger();
        QVERIFY(page.isKeyImage(0));
        QVERIFY(!page.isKeyImage(1));
        QCOMPARE(page.view()->cornerText(ImageView::Corner::BottomLeft).value(0),
                 QStringLiteral("★ Image clé"));
        page.action(QStringLiteral("next-slice"))->trigger();
        waitShown(page);
        QVERIFY(!page.action(QStringLiteral("key-image"))->isChecked());
        QCOMPARE(page.view()->cornerText(ImageView::Corner::BottomLeft).value(0),
                 QStringLiteral("Image 2 / 3"));
        page.action(QStringLiteral("previous-slice"))->trigger();
        waitShown(page);
        QVERIFY(page.action(QStringLiteral("key-image"))->isChecked());
        page.action(QStringLiteral("key-image"))->trigger();
        QVERIFY(!page.isKeyImage(0));

        // Printed to a PDF file: what a print dialog's "print to file" does.
        const QString pdf = m_tmp.filePath(QStringLiteral("view.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        QVERIFY(page.printView(printer));
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.size() > 2000);
        QCOMPARE(printed.read(5), QByteArray("%PDF-"));
    }

    // In Arabic the layout mirrors, the image does not: its left column stays on the left.
    void arabicLayoutKeepsImagesUnmirrored() {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        QWidget window;
        window.setLayoutDirection(Qt::RightToLeft);
        auto* view = new ImageView(&window);
        window.resize(256, 256);
        view->resize(256, 256);
        QImage image(128, 128, QImage::Format_Grayscale8);
        image.fill(0);
        for (int y = 0; y < 128; ++y)
            for (int x = 64; x < 128; ++x)
                image.setPixel(x, y, qRgb(255, 255, 255)); // right half white
        view->setImage(image, QStringLiteral("k"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(view->layoutDirection(), Qt::LeftToRight);
        const QImage shot = view->grab().toImage();
        QVERIFY(qGray(shot.pixel(40, 128)) < 50);   // left: black
        QVERIFY(qGray(shot.pixel(216, 128)) > 200); // right: white
        // An explicit flip does mirror it.
        view->flipHorizontally();
        const QImage flipped = view->grab().toImage();
        QVERIFY(qGray(flipped.pixel(40, 128)) > 200);
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void exportsAndPlays() {
        ViewerPage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(open(page, m_series));
        const QString png = m_tmp.filePath(QStringLiteral("view.png"));
        QVERIFY(page.exportView(png));
        const QImage saved(png);
        QCOMPARE(saved.size(), page.view()->size());

        QSignalSpy shown(&page, &ViewerPage::sliceShown);
        page.action(QStringLiteral("play"))->trigger();
        QVERIFY(page.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 3, 10000); // 10 images/s by default
        page.action(QStringLiteral("play"))->trigger();
        QVERIFY(!page.isPlaying());
    }

    // Headers fine, pixel data cut short: listed, then a clear message instead of an image.
    void aDamagedFileSaysSo() {
        const QString folder = m_tmp.filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(folder));
        QFile in(sample("CT_small.dcm"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(folder + QStringLiteral("/cut.dcm"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() - 4000));
        out.close();
        ViewerPage page;
        page.show();
        QSignalSpy scanned(&page, &ViewerPage::scanFinished);
        page.openPath(folder);
        QVERIFY(scanned.wait(20000));
        QVERIFY(scanned.first().first().toBool());
        QTRY_VERIFY_WITH_TIMEOUT(page.message()->isVisible(), 10000);
        QCOMPARE(page.message()->kind(), ui::FieldMessage::Kind::Error);
        QVERIFY2(page.message()->text().contains(QStringLiteral("endommagé")),
                 qPrintable(page.message()->text()));
        QVERIFY(page.view()->image().isNull());

        // A folder with nothing DICOM: said where the clerk looks, nothing else changes.
        const QString empty = m_tmp.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        scanned.clear();
        page.openPath(empty);
        QVERIFY(scanned.wait(20000));
        QVERIFY(!scanned.first().first().toBool());
        QVERIFY(page.message()->text().contains(QStringLiteral("Aucun fichier DICOM")));
    }
};

QTEST_MAIN(tst_ViewerPage)
#include "tst_ViewerPage.moc"
