#include "gdcm_decode.h"

#include "slice_checksum.h"

#include <QElapsedTimer>
#include <QFile>

#include <ctime>
#include <gdcmDataElement.h>
#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmJPEG2000Codec.h>

namespace {

double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// GDCM's JPEG 2000 codec with OpenJPEG on one thread, given what gdcm::Bitmap gives its codec
// before decoding (pixel format, dimensions, planar configuration, photometric interpretation,
// unused high bits to clear).
bool decodeOneThread(const gdcm::Image& image, std::vector<char>& buffer) {
    gdcm::JPEG2000Codec codec;
    codec.SetNumberOfThreadsForDecompression(1);
    codec.SetPixelFormat(image.GetPixelFormat());
    codec.SetNumberOfDimensions(image.GetNumberOfDimensions());
    codec.SetPlanarConfiguration(image.GetPlanarConfiguration());
    codec.SetPhotometricInterpretation(image.GetPhotometricInterpretation());
    codec.SetNeedOverlayCleanup(image.AreOverlaysInPixelData() ||
                                image.UnusedBitsPresentInPixelData());
    codec.SetDimensions(image.GetDimensions());
    gdcm::DataElement out;
    if (!codec.Decode(image.GetDataElement(), out) || !out.GetByteValue() ||
        out.GetByteValue()->GetLength() != buffer.size())
        return false;
    return out.GetByteValue()->GetBuffer(buffer.data(), buffer.size());
}

} // namespace

GdcmTiming gdcmLoop(const QStringList& files, int codecThreads, std::vector<std::uint64_t>* sums) {
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    std::vector<char> buffer;
    for (qsizetype i = 0; i < files.size(); ++i) {
        gdcm::ImageReader reader;
        const QByteArray native = QFile::encodeName(files.at(i));
        reader.SetFileName(native.constData());
        if (!reader.Read())
            qFatal("GDCM cannot read %s", native.constData());
        const gdcm::Image& image = reader.GetImage();
        buffer.resize(image.GetBufferLength());
        const bool decoded =
            codecThreads == 1 ? decodeOneThread(image, buffer) : image.GetBuffer(buffer.data());
        if (!decoded)
            qFatal("GDCM cannot decode %s", native.constData());
        if (sums)
            (*sums)[std::size_t(i)] =
                sliceChecksum(reinterpret_cast<const std::uint8_t*>(buffer.data()), buffer.size());
    }
    return {double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpuStart};
}
