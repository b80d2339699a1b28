// Layouts of the viewer (1×1, 1×2, 2×2), series shown in the active pane, scrolling synchronised by
// position between series of the same frame of reference, and text labels on the image, over
// series made at test time from pydicom's CT_small.dcm (axial, 128 x 128).
#include "ViewerTesting.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <DicomForge.h>
#include <viewer/ImageView.h>
#include <viewer/SeriesTree.h>
#include <viewer/ViewerPage.h>
#include <viewer/Viewport.h>
#include <viewer/ViewportGrid.h>

using namespace sijil;
using ui::ImageView;
using ui::ViewerPage;
using ui::Viewport;

namespace {

constexpr const char* kFrameA = "1.2.826.0.1.3680043.8.498.77.1";
constexpr const char* kFrameB = "1.2.826.0.1.3680043.8.498.77.2";

// Positions (mm along the axial normal) of the series, in the order of their series numbers.
const QList<double> kFine{0, 5, 10, 15, 20};              // series 1, frame A
const QList<double> kCoarse{2, 5, 8, 11, 14, 17, 20, 23}; // series 2, frame A: other spacing
const QList<double> kOther{0, 10, 20};                    // series 3, frame B
const QList<double> kSide{-10, 0, 10};                    // series 4, frame A, sagittal: mm along x

} // namespace

class tst_ViewerLayouts : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_folder;

    bool forgeSeries(int number, const char* frame, const QList<double>& positions,
                     bool sagittal = false) {
        for (qsizetype i = 0; i < positions.size(); ++i) {
            const QString uid =
                QStringLiteral("1.2.826.0.1.3680043.8.498.78.%1.%2").arg(number).arg(i);
            if (!testing::forgeDicom(
                    testing::pydicomSample("CT_small.dcm"),
                    QStringLiteral("%1/s%2/i%3.dcm").arg(m_folder).arg(number).arg(i),
                    {QStringLiteral("(0020,000E)=1.2.826.0.1.3680043.8.498.79.%1").arg(number),
                     QStringLiteral("(0020,0011)=%1").arg(number),
                     QStringLiteral("(0020,0052)=%1").arg(QString::fromLatin1(frame)),
                     QStringLiteral("(0008,0018)=%1").arg(uid),
                     QStringLiteral("(0020,0013)=%1").arg(i + 1),
                     sagittal
                         ? QStringLiteral("(0020,0032)=%1\\-179.0\\-75.7").arg(positions.at(i))
                         : QStringLiteral("(0020,0032)=-158.1\\-179.0\\%1").arg(positions.at(i)),
                     sagittal ? QStringLiteral("(0020,0037)=0\\1\\0\\0\\0\\-1")
                              : QStringLiteral("(0020,0037)=1\\0\\0\\0\\1\\0")}))
                return false;
        }
        return true;
    }

    static QList<Viewport*> panes(const ViewerPage& page) { return page.grid()->viewports(); }

    static const imaging::CatalogSeries& series(const ViewerPage& page, int index) {
        return page.catalog().patients.at(0).studies.at(0).series.at(index);
    }

    // The position of the slice a pane shows.
    static double position(const Viewport* pane) {
        return pane->series()->instances.at(pane->currentSlice()).slicePosition.value_or(-1e9);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Morocco));
        m_folder = m_tmp.filePath(QStringLiteral("study"));
        QVERIFY(forgeSeries(1, kFrameA, kFine));
        QVERIFY(forgeSeries(2, kFrameA, kCoarse));
        QVERIFY(forgeSeries(3, kFrameB, kOther));
        QVERIFY(forgeSeries(4, kFrameA, kSide, true));
    }

    // Alt+1, Alt+2, Alt+4 give one, two, four panes; new panes show the series not shown yet,
    // the panes kept keep what they show, and one of them is active.
    void layoutsMakeOneTwoOrFourPanes() {
        ViewerPage page;
        QVERIFY(testing::showAndOpen(page, m_folder));
        QCOMPARE(page.catalog().patients.at(0).studies.at(0).series.size(), 4);
        QCOMPARE(panes(page).size(), 1);
        QCOMPARE(panes(page).at(0)->series(), &series(page, 0));

        QCOMPARE(page.action(QStringLiteral("layout-1x2"))->shortcut(),
                 QKeySequence(Qt::ALT | Qt::Key_2));
        page.action(QStringLiteral("layout-1x2"))->trigger();
        QCOMPARE(panes(page).size(), 2);
        QCOMPARE(panes(page).at(0)->series(), &series(page, 0));
        QCOMPARE(panes(page).at(1)->series(), &series(page, 1));
        QVERIFY(panes(page).at(1)->isVisible());
        QVERIFY(panes(page).at(0)->x() < panes(page).at(1)->x());

        QCOMPARE(page.action(QStringLiteral("layout-2x2"))->shortcut(),
                 QKeySequence(Qt::ALT | Qt::Key_4));
        page.action(QStringLiteral("layout-2x2"))->trigger();
        QCOMPARE(panes(page).size(), 4);
        QCOMPARE(panes(page).at(2)->series(), &series(page, 2));
        QCOMPARE(panes(page).at(3)->series(), &series(page, 3));
        QVERIFY(panes(page).at(2)->y() > panes(page).at(0)->y());
        // Each pane has its own corners.
        QTRY_COMPARE_WITH_TIMEOUT(
            panes(page).at(2)->view()->cornerText(ImageView::Corner::BottomLeft).value(0),
            QStringLiteral("Image 1 / 3"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            panes(page).at(1)->view()->cornerText(ImageView::Corner::BottomLeft).value(0),
            QStringLiteral("Image 1 / 8"), 10000);

        // The active pane goes with the click; going back to one pane keeps the first.
        QTest::mousePress(panes(page).at(3)->view(), Qt::LeftButton, {}, QPoint(20, 20));
        QTest::mouseRelease(panes(page).at(3)->view(), Qt::LeftButton, {}, QPoint(20, 20));
        QCOMPARE(page.activeViewport(), panes(page).at(3));
        QVERIFY(panes(page).at(3)->isActive() && !panes(page).at(0)->isActive());
        // Its frame says so.
        const auto border = [](Viewport* pane) {
            const QImage shot = pane->grab().toImage();
            return shot.pixelColor(0, shot.height() / 2);
        };
        QCOMPARE(border(panes(page).at(3)), QColor(255, 170, 0));
        QVERIFY(border(panes(page).at(0)) != QColor(255, 170, 0));
        QCOMPARE(page.action(QStringLiteral("layout-1x1"))->shortcut(),
                 QKeySequence(Qt::ALT | Qt::Key_1));
        page.action(QStringLiteral("layout-1x1"))->trigger();
        QCOMPARE(panes(page).size(), 1);
        QCOMPARE(page.activeViewport(), panes(page).at(0));
        QCOMPARE(panes(page).at(0)->series(), &series(page, 0));
    }

    // Choosing a series in the list shows it in the active pane only; so does dropping it on a
    // pane.
    void aSeriesGoesToTheActivePane() {
        ViewerPage page;
        QVERIFY(testing::showAndOpen(page, m_folder));
        page.action(QStringLiteral("layout-1x2"))->trigger();
        Viewport* right = panes(page).at(1);
        QTest::mousePress(right->view(), Qt::LeftButton, {}, QPoint(20, 20));
        QTest::mouseRelease(right->view(), Qt::LeftButton, {}, QPoint(20, 20));
        QCOMPARE(page.activeViewport(), right);

        QTreeWidgetItem* third = nullptr;
        for (QTreeWidgetItemIterator it(page.seriesTree()); *it; ++it)
            if ((*it)->text(0).contains(QStringLiteral("série 3")))
                third = *it;
        QVERIFY(third);
        QSignalSpy shown(&page, &ViewerPage::sliceShown);
        page.seriesTree()->setCurrentItem(third);
        QCOMPARE(right->series(), &series(page, 2));
        QCOMPARE(panes(page).at(0)->series(), &series(page, 0));
        QVERIFY(shown.wait(10000));
        QCOMPARE(page.view(), right->view());
        QCOMPARE(page.sliceCount(), 3);

        // The series list drags "patient/study/series"; a pane shows what is dropped on it.
        QTreeWidgetItem* first = page.seriesTree()->topLevelItem(0)->child(0)->child(0);
        const std::unique_ptr<QMimeData> data(
            page.seriesTree()->model()->mimeData({page.seriesTree()->indexFromItem(first)}));
        QVERIFY(data && data->hasFormat(QString::fromLatin1(Viewport::kSeriesMime)));
        QDragEnterEvent enter(QPoint(30, 30), Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(right, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(30, 30), Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(right, &drop);
        QCOMPARE(right->series(), &series(page, 0));
    }

    // Series 1 (every 5 mm from 0) and 2 (every 3 mm from 2) share a frame of reference: scrolling
    // one takes the other to its nearest slice by position, not to the same index. Series 3 has
    // another frame of reference and stays, series 4 (sagittal) too; S turns synchronisation off
    // and on.
    void scrollingFollowsTheSameFrameOfReference() {
        ViewerPage page;
        QVERIFY(testing::showAndOpen(page, m_folder));
        page.action(QStringLiteral("layout-2x2"))->trigger();
        Viewport* fine = panes(page).at(0);
        Viewport* coarse = panes(page).at(1);
        Viewport* other = panes(page).at(2);
        Viewport* side = panes(page).at(3);
        QCOMPARE(coarse->series(), &series(page, 1));
        QCOMPARE(other->series(), &series(page, 2));
        QCOMPARE(side->series(), &series(page, 3));
        const auto sideNormal = series(page, 3).instances.at(0).sliceNormal;
        QVERIFY(sideNormal);
        QCOMPARE(*sideNormal, (std::array<double, 3>{-1, 0, 0}));
        QCOMPARE(page.activeViewport(), fine);
        // Shown when the layout grew, the coarse series started next to the fine one's slice.
        QCOMPARE(position(fine), 0.0);
        QCOMPARE(position(coarse), 2.0);

        page.action(QStringLiteral("next-slice"))->trigger();
        page.action(QStringLiteral("next-slice"))->trigger();
        QCOMPARE(position(fine), 10.0);
        QCOMPARE(coarse->currentSlice(), 3); // 11 mm: by index it would be 2 (8 mm)
        QCOMPARE(position(coarse), 11.0);
        QCOMPARE(other->currentSlice(), 0); // another frame of reference
        page.action(QStringLiteral("next-slice"))->trigger();
        QCOMPARE(position(coarse), 14.0); // 15 mm: 14 is nearer than 17
        page.action(QStringLiteral("last-slice"))->trigger();
        QCOMPARE(position(coarse), 20.0);
        QCOMPARE(other->currentSlice(), 0);
        // Same frame of reference, but sagittal: its slices do not cross the axial ones' normal.
        QCOMPARE(side->currentSlice(), 0);

        // The other way round: the wheel over the coarse pane moves the fine one.
        QWheelEvent wheel(QPointF(50, 50), coarse->view()->mapToGlobal(QPointF(50, 50)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(coarse->view(), &wheel); // towards the user: back to 17 mm
        QCOMPARE(position(coarse), 17.0);
        QCOMPARE(position(fine), 15.0);

        // Off: the others stay; on again: they come to the active pane's position.
        QAction* sync = page.action(QStringLiteral("sync"));
        QCOMPARE(sync->shortcut(), QKeySequence(Qt::Key_S));
        QVERIFY(sync->isChecked());
        sync->trigger();
        QVERIFY(!page.grid()->isSynchronised());
        page.action(QStringLiteral("first-slice"))->trigger();
        QCOMPARE(position(fine), 0.0);
        QCOMPARE(position(coarse), 17.0);
        sync->trigger();
        QVERIFY(page.grid()->isSynchronised());
        QCOMPARE(position(coarse), 2.0);
        // Let the panes' renders land before the page goes.
        QTRY_COMPARE_WITH_TIMEOUT(
            coarse->view()->cornerText(ImageView::Corner::BottomLeft).value(1),
            QStringLiteral("Position 2,0 mm"), 10000);
    }

    // In Arabic the page mirrors, the panes keep their order and the images their orientation.
    void arabicKeepsPanesAndImagesUnmirrored() {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        ViewerPage page;
        QVERIFY(testing::showAndOpen(page, m_folder));
        page.action(QStringLiteral("layout-1x2"))->trigger();
        QVERIFY(panes(page).at(0)->x() < panes(page).at(1)->x());
        QCOMPARE(panes(page).at(1)->view()->layoutDirection(), Qt::LeftToRight);
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    // The text tool: dragged from the point designated to where the label goes, typed in place;
    // the label stays on the same image point whatever the zoom and pan, and is edited or
    // deleted by clicking it.
    void textLabelsStayOnTheImage() {
        ImageView view;
        view.resize(256, 256);
        QImage image(128, 128, QImage::Format_Grayscale8);
        image.fill(40);
        view.setImage(image, QStringLiteral("slice"));
        view.setTool(ImageView::Tool::Text);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QTransform t = view.imageToWidget();
        QTest::mousePress(&view, Qt::LeftButton, {}, t.map(QPointF(20, 30)).toPoint());
        QTest::mouseMove(&view, t.map(QPointF(50, 70)).toPoint());
        QTest::mouseRelease(&view, Qt::LeftButton, {}, t.map(QPointF(50, 70)).toPoint());
        QLineEdit* editor = view.annotationEditor();
        QVERIFY(editor && editor->isVisible());
        QTest::keyClicks(editor, QStringLiteral("Nodule"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!editor->isVisible());
        QCOMPARE(view.annotations().size(), 1);
        const ui::TextAnnotation label = view.annotations().first();
        QCOMPARE(label.text, QStringLiteral("Nodule"));
        QCOMPARE(label.at, QPointF(50, 70));
        QVERIFY(label.tip);
        QCOMPARE(*label.tip, QPointF(20, 30));
        const QPointF before = t.map(label.at) + QPointF(4, -4);
        QCOMPARE(view.annotationAt(before), 0);

        // Zoomed and panned: same image point, drawn where that point now is.
        view.setZoom(2);
        QTest::mousePress(&view, Qt::MiddleButton, {}, QPoint(100, 100));
        QTest::mouseMove(&view, QPoint(70, 140));
        QTest::mouseRelease(&view, Qt::MiddleButton, {}, QPoint(70, 140));
        QCOMPARE(view.annotations().first().at, QPointF(50, 70));
        const QPointF after = view.imageToWidget().map(label.at) + QPointF(4, -4);
        QVERIFY(QLineF(before, after).length() > 50);
        QCOMPARE(view.annotationAt(after), 0);
        QCOMPARE(view.annotationAt(before), -1);
        // It is drawn there: the label's pixels are not the image's grey.
        const QImage shot = view.grab().toImage();
        bool drawn = false;
        const QRect box = label.textRect(QFontMetricsF(view.font()), view.imageToWidget())
                              .toAlignedRect()
                              .intersected(shot.rect());
        for (int y = box.top(); y <= box.bottom() && !drawn; ++y)
            for (int x = box.left(); x <= box.right() && !drawn; ++x)
                drawn = qRed(shot.pixel(x, y)) > 200 && qBlue(shot.pixel(x, y)) < 200;
        QVERIFY(drawn);

        // A click on it edits it; Escape keeps it as it was.
        QTest::mouseClick(&view, Qt::LeftButton, {}, after.toPoint());
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->text(), QStringLiteral("Nodule"));
        QTest::keyClicks(editor, QStringLiteral("Kyste"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(view.annotations().first().text, QStringLiteral("Nodule"));
        QTest::mouseClick(&view, Qt::LeftButton, {}, after.toPoint());
        QTest::keyClicks(editor, QStringLiteral("Kyste")); // replaces the selected text
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(view.annotations().first().text, QStringLiteral("Kyste"));

        // Labels belong to their slice; one emptied is deleted.
        view.setImage(image, QStringLiteral("other"));
        QVERIFY(view.annotations().isEmpty());
        view.setImage(image, QStringLiteral("slice"));
        QCOMPARE(view.annotations().size(), 1);
        QTest::mouseClick(&view, Qt::LeftButton, {}, after.toPoint());
        QTest::keyClick(editor, Qt::Key_Backspace); // the whole text is selected
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(view.annotations().isEmpty());

        // A click without a drag: a label without an arrow.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(40, 200));
        QTest::keyClicks(editor, QStringLiteral("D"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(view.annotations().size(), 1);
        QVERIFY(!view.annotations().first().tip);
    }

    // The page's text tool (N) reaches every pane.
    void theTextToolIsAPageAction() {
        ViewerPage page;
        QVERIFY(testing::showAndOpen(page, m_folder));
        page.action(QStringLiteral("layout-1x2"))->trigger();
        QCOMPARE(page.action(QStringLiteral("tool-text"))->shortcut(), QKeySequence(Qt::Key_N));
        page.action(QStringLiteral("tool-text"))->trigger();
        for (const Viewport* pane : panes(page))
            QCOMPARE(pane->view()->tool(), ImageView::Tool::Text);
        page.action(QStringLiteral("layout-2x2"))->trigger(); // new panes too
        QCOMPARE(panes(page).at(3)->view()->tool(), ImageView::Tool::Text);
    }
};

QTEST_MAIN(tst_ViewerLayouts)
#include "tst_ViewerLayouts.moc"
