#include <sijil/imaging/DicomImage.h>
#include <sijil/imaging/FramePixels.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <DicomForge.h>
#include <cstring>
#include <viewer/SliceRenderer.h>

using sijil::imaging::DicomImage;
using sijil::imaging::RenderedImage;
using sijil::imaging::Window;
using sijil::testing::pydicomSample;
using sijil::ui::RenderRequest;
using sijil::ui::RenderResult;
using sijil::ui::SliceRenderer;

namespace {

// One request, waited for.
RenderResult renderNow(SliceRenderer& renderer, RenderRequest request) {
    QSignalSpy spy(&renderer, &SliceRenderer::rendered);
    const quint64 ticket = renderer.request(std::move(request));
    if (!spy.wait(30000) || spy.count() != 1)
        return {};
    auto result = qvariant_cast<RenderResult>(spy.at(0).at(0));
    return result.request.ticket == ticket ? result : RenderResult{};
}

bool sameImage(const QImage& image, const RenderedImage& expected) {
    if (image.width() != expected.width || image.height() != expected.height)
        return false;
    for (int y = 0; y < image.height(); ++y) {
        if (std::memcmp(image.constScanLine(y),
                        expected.bytes.constData() + qsizetype(y) * expected.bytesPerLine(),
                        std::size_t(expected.bytesPerLine())) != 0)
            return false;
    }
    return true;
}

// DCMTK's rendering (DicomImage::render) of frame 0 of `path`.
RenderedImage dcmtkRendering(const QString& path, std::optional<Window> window, bool invert) {
    const auto image = DicomImage::load(path);
    if (!image)
        return {};
    const auto rendered = image->render(0, window, invert);
    return rendered ? *rendered : RenderedImage{};
}

} // namespace

// The renderer's cache of decoded frames, observed from outside: a frame still cached is drawn
// after its file is deleted, one not cached cannot be.
class tst_SliceRenderer : public QObject {
    Q_OBJECT
private slots:
    void init();
    void anotherWindowIsDrawnFromTheCache();
    void withoutCacheTheFileIsReadAgain();
    void theBoundDropsTheLeastRecentlyUsed();
    void statisticsComeFromTheCache();
    void colourStaysWithDcmtk();
    void thumbnailsDoNotFillTheCache();
    void prefetchFillsTheCache();
    void prefetchStopsAtTheBound();
    void aFileReplacedAtItsPathIsReadAgain();

private:
    QString copyOf(const char* sample, const QString& name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SliceRenderer::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// pydicom's sample tiled 2 x 2 (Debian's pydicom): 256 x 256 x 16 bits, so that its pixel data
// stays in the file until decoded (DicomImage reads values over 64 KiB lazily) and deleting the
// file shows whether the renderer reads it again.
QString tst_SliceRenderer::copyOf(const char* sample, const QString& name) {
    const QString path = m_dir->filePath(name);
    const bool written = sijil::testing::runTool(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import sys, pydicom\n"
                        "ds = pydicom.dcmread(sys.argv[1])\n"
                        "line = ds.Columns * ds.SamplesPerPixel * ds.BitsAllocated // 8\n"
                        "rows = [ds.PixelData[i * line:(i + 1) * line] for i in range(ds.Rows)]\n"
                        "ds.PixelData = b''.join(r + r for r in rows) * 2\n"
                        "ds.Rows, ds.Columns = 2 * ds.Rows, 2 * ds.Columns\n"
                        "ds.save_as(sys.argv[2])\n"),
         pydicomSample(sample), path});
    return written ? path : QString();
}

void tst_SliceRenderer::anotherWindowIsDrawnFromTheCache() {
    const QString path = copyOf("CT_small.dcm", QStringLiteral("ct.dcm"));
    QVERIFY(!path.isEmpty());
    const Window narrow{40, 80};
    const RenderedImage first = dcmtkRendering(path, std::nullopt, false);
    const RenderedImage second = dcmtkRendering(path, narrow, true);
    QVERIFY(!first.bytes.isEmpty() && !second.bytes.isEmpty());

    SliceRenderer renderer;
    const RenderResult shown = renderNow(renderer, RenderRequest{path, 0, {}, false, {}, 0});
    QVERIFY2(!shown.error, qPrintable(shown.error ? shown.error->detail() : QString()));
    QVERIFY(sameImage(shown.image, first));
    QCOMPARE(shown.tags.sopInstanceUid, DicomImage::load(path)->tags().sopInstanceUid);
    QVERIFY(shown.window && first.window);
    QCOMPARE(shown.window->centre, first.window->centre);
    QCOMPARE(shown.window->width, first.window->width);
    QCOMPARE(shown.valueRange, first.valueRange);

    QVERIFY(QFile::remove(path));
    const RenderResult redrawn = renderNow(renderer, RenderRequest{path, 0, narrow, true, {}, 0});
    QVERIFY2(!redrawn.error, qPrintable(redrawn.error ? redrawn.error->detail() : QString()));
    QVERIFY(sameImage(redrawn.image, second));
    QCOMPARE(redrawn.window->centre, 40.0);
    QCOMPARE(redrawn.tags.sopInstanceUid, shown.tags.sopInstanceUid);
    // A thumbnail of the cached frame too.
    const RenderResult thumb =
        renderNow(renderer, RenderRequest{path, 0, {}, false, QSize(32, 32), 0});
    QVERIFY(!thumb.error);
    QCOMPARE(thumb.image.size(), QSize(32, 32));
}

// The control of the test above: the file is needed when the frame is not kept.
void tst_SliceRenderer::withoutCacheTheFileIsReadAgain() {
    const QString path = copyOf("CT_small.dcm", QStringLiteral("ct.dcm"));
    SliceRenderer renderer(qint64(0)); // nothing kept
    const RenderResult shown = renderNow(renderer, RenderRequest{path, 0, {}, false, {}, 0});
    QVERIFY(!shown.error);
    QVERIFY(sameImage(shown.image, dcmtkRendering(path, std::nullopt, false)));
    QVERIFY(QFile::remove(path));
    const RenderResult redrawn =
        renderNow(renderer, RenderRequest{path, 0, Window{40, 80}, false, {}, 0});
    QVERIFY(redrawn.request.ticket != 0);
    QVERIFY(redrawn.error);
}

void tst_SliceRenderer::theBoundDropsTheLeastRecentlyUsed() {
    // Room for two frames of 256 x 256 x 16 bits, not three.
    SliceRenderer renderer(2 * 256 * 256 * 2 + 100);
    QStringList paths;
    for (int i = 0; i < 3; ++i) {
        paths << copyOf("CT_small.dcm", QStringLiteral("ct%1.dcm").arg(i));
        QVERIFY(!renderNow(renderer, RenderRequest{paths.at(i), 0, {}, false, {}, 0}).error);
    }
    for (const QString& path : paths)
        QVERIFY(QFile::remove(path));
    const Window w{0, 500};
    QVERIFY(!renderNow(renderer, RenderRequest{paths.at(2), 0, w, false, {}, 0}).error);
    QVERIFY(!renderNow(renderer, RenderRequest{paths.at(1), 0, w, false, {}, 0}).error);
    QVERIFY(renderNow(renderer, RenderRequest{paths.at(0), 0, w, false, {}, 0}).error);
}

void tst_SliceRenderer::statisticsComeFromTheCache() {
    const QString path = copyOf("CT_small.dcm", QStringLiteral("ct.dcm"));
    const auto image = DicomImage::load(path);
    QVERIFY(image);
    const auto pixels = image->pixels(0);
    QVERIFY(pixels);
    const sijil::imaging::Region region{sijil::imaging::Region::Shape::Ellipse,
                                        QRectF(30, 40, 50, 30)};
    const auto expected =
        sijil::imaging::regionStatistics(*pixels, region, image->tags().pixelSpacing);
    QVERIFY(expected);

    SliceRenderer renderer;
    QVERIFY(!renderNow(renderer, RenderRequest{path, 0, {}, false, {}, 0}).error);
    QVERIFY(QFile::remove(path));
    QSignalSpy spy(&renderer, &SliceRenderer::statisticsReady);
    renderer.requestStatistics(sijil::ui::StatisticsRequest{path, 0, region, 0});
    QVERIFY(spy.wait(30000));
    const auto result = qvariant_cast<sijil::ui::StatisticsResult>(spy.at(0).at(0));
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->detail() : QString()));
    QCOMPARE(result.statistics->pixels, expected->pixels);
    QCOMPARE(result.statistics->mean, expected->mean);
    QCOMPARE(result.statistics->areaMm2, expected->areaMm2);
}

void tst_SliceRenderer::colourStaysWithDcmtk() {
    const QString path = m_dir->filePath(QStringLiteral("rgb.dcm"));
    QVERIFY(QFile::copy(pydicomSample("SC_rgb_rle.dcm"), path));
    SliceRenderer renderer;
    const RenderResult shown = renderNow(renderer, RenderRequest{path, 0, {}, true, {}, 0});
    QVERIFY2(!shown.error, qPrintable(shown.error ? shown.error->detail() : QString()));
    QCOMPARE(shown.image.format(), QImage::Format_RGB888);
    QVERIFY(sameImage(shown.image, dcmtkRendering(path, std::nullopt, true)));
}

void tst_SliceRenderer::thumbnailsDoNotFillTheCache() {
    const QString path = copyOf("CT_small.dcm", QStringLiteral("ct.dcm"));
    SliceRenderer renderer;
    const RenderResult thumb =
        renderNow(renderer, RenderRequest{path, 0, {}, false, QSize(64, 64), 0});
    QVERIFY(!thumb.error);
    QCOMPARE(thumb.image.size(), QSize(64, 64));
    QVERIFY(QFile::remove(path));
    QVERIFY(renderNow(renderer, RenderRequest{path, 0, Window{40, 400}, false, {}, 0}).error);
}

namespace {

// Waits for the last progress signal of `ticket`; returns (done, total), or (-1, -1).
std::pair<int, int> prefetchEnd(QSignalSpy& spy, quint64 ticket) {
    for (int waited = 0; waited < 300; ++waited) {
        for (const QList<QVariant>& args : std::as_const(spy)) {
            if (args.at(0).toULongLong() == ticket && args.at(1).toInt() == args.at(2).toInt())
                return {args.at(1).toInt(), args.at(2).toInt()};
        }
        spy.wait(100);
    }
    return {-1, -1};
}

} // namespace

void tst_SliceRenderer::prefetchFillsTheCache() {
    QList<sijil::ui::FrameRef> frames;
    for (int i = 0; i < 3; ++i)
        frames.append({copyOf("CT_small.dcm", QStringLiteral("ct%1.dcm").arg(i)), 0});
    const Window w{-100, 900};
    const RenderedImage expected = dcmtkRendering(frames.at(1).path, w, false);
    SliceRenderer renderer;
    QSignalSpy spy(&renderer, &SliceRenderer::prefetched);
    const quint64 ticket = renderer.prefetch(frames);
    QCOMPARE(prefetchEnd(spy, ticket), std::make_pair(3, 3));
    for (const auto& f : frames)
        QVERIFY(QFile::remove(f.path));
    for (const auto& f : frames) {
        const RenderResult r = renderNow(renderer, RenderRequest{f.path, 0, w, false, {}, 0});
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->detail() : QString()));
        QVERIFY(sameImage(r.image, expected)); // the copies hold the same pixels
    }
    QCOMPARE(prefetchEnd(spy, renderer.prefetch({})), std::make_pair(0, 0));
}

void tst_SliceRenderer::prefetchStopsAtTheBound() {
    QList<sijil::ui::FrameRef> frames;
    for (int i = 0; i < 4; ++i)
        frames.append({copyOf("CT_small.dcm", QStringLiteral("ct%1.dcm").arg(i)), 0});
    SliceRenderer renderer(2 * 256 * 256 * 2 + 100); // two frames
    QSignalSpy spy(&renderer, &SliceRenderer::prefetched);
    const quint64 ticket = renderer.prefetch(frames);
    QCOMPARE(prefetchEnd(spy, ticket), std::make_pair(4, 4));
    for (const auto& f : frames)
        QVERIFY(QFile::remove(f.path));
    const Window w{40, 400};
    // The first two, in the order asked, and nothing after that pushed them out.
    QVERIFY(!renderNow(renderer, RenderRequest{frames.at(0).path, 0, w, false, {}, 0}).error);
    QVERIFY(!renderNow(renderer, RenderRequest{frames.at(1).path, 0, w, false, {}, 0}).error);
    QVERIFY(renderNow(renderer, RenderRequest{frames.at(2).path, 0, w, false, {}, 0}).error);
    QVERIFY(renderNow(renderer, RenderRequest{frames.at(3).path, 0, w, false, {}, 0}).error);
}

// A study retrieved again may replace its files at the same paths: what was kept of the old file
// (its decoded frame, the open file) must not be drawn for the new one.
void tst_SliceRenderer::aFileReplacedAtItsPathIsReadAgain() {
    const QString path = copyOf("CT_small.dcm", QStringLiteral("same-name.dcm"));
    const QString other = copyOf("MR_small.dcm", QStringLiteral("other.dcm"));
    QVERIFY(!path.isEmpty() && !other.isEmpty());
    const RenderedImage ct = dcmtkRendering(path, std::nullopt, false);
    const RenderedImage mr = dcmtkRendering(other, std::nullopt, false);
    SliceRenderer renderer;
    QVERIFY(sameImage(renderNow(renderer, RenderRequest{path, 0, {}, false, {}, 0}).image, ct));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::copy(other, path));
    const RenderResult again = renderNow(renderer, RenderRequest{path, 0, {}, false, {}, 0});
    QVERIFY2(!again.error, qPrintable(again.error ? again.error->detail() : QString()));
    QVERIFY(sameImage(again.image, mr));
    QCOMPARE(again.tags.modality, QStringLiteral("MR"));
}

QTEST_GUILESS_MAIN(tst_SliceRenderer)
#include "tst_SliceRenderer.moc"
