// The imaging benchmark's in-process half: decodes every slice of one series folder
//   - with DCMTK's own loop, single-threaded (load, chooseRepresentation to explicit little
//     endian, read the pixel array): the peer;
//   - with Sijil's path (imaging::DicomImage::load then pixels()), on a pool of N threads;
// checks that both decoded the same values (a checksum per slice), and prints JSON timings.
// run_imaging.py makes the series, runs this per variant, times `cat` and prints the ratios.
#include <sijil/imaging/DicomImage.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <vector>

namespace {

std::uint64_t checksum(const std::uint8_t* data, std::size_t size) {
    std::uint64_t sum = 1469598103934665603ull; // FNV-1a
    for (std::size_t i = 0; i < size; ++i)
        sum = (sum ^ data[i]) * 1099511628211ull;
    return sum;
}

// DCMTK single-threaded: the peer the issue names.
double dcmtkLoop(const QStringList& files, std::vector<std::uint64_t>& sums) {
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < files.size(); ++i) {
        DcmFileFormat file;
        const QByteArray native = QFile::encodeName(files.at(i));
        if (file.loadFile(OFFilename(native.constData())).bad())
            qFatal("DCMTK cannot load %s", native.constData());
        DcmDataset* ds = file.getDataset();
        if (ds->chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad())
            qFatal("DCMTK cannot decode %s", native.constData());
        const Uint16* pixels = nullptr;
        unsigned long count = 0;
        if (ds->findAndGetUint16Array(DCM_PixelData, pixels, &count).bad() || !pixels)
            qFatal("no 16-bit pixel data in %s", native.constData());
        sums[std::size_t(i)] =
            checksum(reinterpret_cast<const std::uint8_t*>(pixels), count * sizeof(Uint16));
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

// Sijil: what the viewer's series loading does per slice, on `threads` workers.
double sijilPool(const QStringList& files, int threads, std::vector<std::uint64_t>& sums) {
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    std::atomic<int> failures{0};
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < files.size(); ++i) {
        pool.start([&, i] {
            const auto image = sijil::imaging::DicomImage::load(files.at(i));
            if (!image) {
                ++failures;
                return;
            }
            const auto pixels = image->pixels(0);
            if (!pixels) {
                ++failures;
                return;
            }
            sums[std::size_t(i)] =
                checksum(reinterpret_cast<const std::uint8_t*>(pixels->data.constData()),
                         std::size_t(pixels->data.size()));
        });
    }
    pool.waitForDone();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (failures > 0)
        qFatal("Sijil failed to decode %d slices", failures.load());
    return ms;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QString dir;
    int threads = 2;
    int runs = 3;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--dir")
            dir = args.at(i + 1);
        else if (args.at(i) == u"--threads")
            threads = args.at(i + 1).toInt();
        else if (args.at(i) == u"--runs")
            runs = args.at(i + 1).toInt();
    }
    if (dir.isEmpty() || threads < 1 || runs < 1) {
        QTextStream(stderr) << "usage: bench_imaging --dir SERIES [--threads N] [--runs N]\n";
        return 2;
    }
    DcmRLEDecoderRegistration::registerCodecs();
    DJDecoderRegistration::registerCodecs();
    DJLSDecoderRegistration::registerCodecs();
    QStringList files;
    const QDir folder(dir);
    for (const QString& name : folder.entryList(QDir::Files, QDir::Name))
        files << folder.filePath(name);
    if (files.isEmpty())
        qFatal("no files in %s", qPrintable(dir));

    std::vector<std::uint64_t> reference(std::size_t(files.size()));
    std::vector<std::uint64_t> ours(std::size_t(files.size()));
    // Best of `runs`, each after a warm-up pass that puts the files in the page cache.
    dcmtkLoop(files, reference);
    double dcmtk = 1e300;
    double sijil = 1e300;
    double sijilOne = 1e300;
    for (int r = 0; r < runs; ++r) {
        dcmtk = std::min(dcmtk, dcmtkLoop(files, reference));
        sijil = std::min(sijil, sijilPool(files, threads, ours));
        if (ours != reference)
            qFatal("Sijil and DCMTK decoded different values");
        sijilOne = std::min(sijilOne, sijilPool(files, 1, ours));
    }
    const QJsonObject out{
        {QStringLiteral("slices"), int(files.size())}, {QStringLiteral("threads"), threads},
        {QStringLiteral("dcmtk_single_ms"), dcmtk},    {QStringLiteral("sijil_ms"), sijil},
        {QStringLiteral("sijil_single_ms"), sijilOne}, {QStringLiteral("identical"), true}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
