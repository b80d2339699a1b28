#include "first_image.h"

#include "plain_window.h"

#include <sijil/imaging/DicomCatalog.h>
#include <sijil/imaging/DicomImage.h>
#include <sijil/imaging/GreyscaleRender.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <array>
#include <gdcmDirectory.h>
#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmScanner.h>
#include <limits>
#include <sstream>
#include <vector>

namespace {

using namespace sijil::imaging;

struct First {
    double ms = 0;
    QString path;
    int width = 0;
};

First sijilFirst(const QString& dir) {
    QElapsedTimer timer;
    timer.start();
    const auto catalog = MediaScanner::scan(dir);
    if (!catalog || catalog->patients.isEmpty())
        qFatal("Sijil cannot scan %s", qPrintable(dir));
    const CatalogInstance& first =
        catalog->patients.first().studies.first().series.first().instances.first();
    const auto image = DicomImage::load(first.path);
    if (!image)
        qFatal("Sijil cannot load %s", qPrintable(first.path));
    const auto pixels = image->pixels(0);
    if (!pixels)
        qFatal("Sijil cannot decode %s", qPrintable(first.path));
    const auto& windows = image->tags().windows;
    const auto drawn = renderGreyscale(
        *pixels, windows.isEmpty() ? std::nullopt : std::optional<Window>(windows.first()), false);
    if (!drawn)
        qFatal("Sijil cannot draw %s", qPrintable(first.path));
    return {double(timer.nsecsElapsed()) / 1e6, QFileInfo(first.path).canonicalFilePath(),
            drawn->width};
}

std::array<double, 6> numbers(const char* value, std::size_t count) {
    std::array<double, 6> out{};
    std::string text = value ? value : "";
    std::replace(text.begin(), text.end(), '\\', ' ');
    std::istringstream in(text);
    for (std::size_t i = 0; i < count; ++i)
        in >> out[i];
    return out;
}

First gdcmFirst(const QString& dir) {
    QElapsedTimer timer;
    timer.start();
    gdcm::Directory folder;
    folder.Load(QFile::encodeName(dir).toStdString(), true);
    // What Sijil's catalogue reads of each header: who, which study and series, where.
    gdcm::Scanner scanner;
    for (const gdcm::Tag& tag :
         {gdcm::Tag(0x0010, 0x0020), gdcm::Tag(0x0010, 0x0010), gdcm::Tag(0x0008, 0x0018),
          gdcm::Tag(0x0020, 0x000d), gdcm::Tag(0x0020, 0x000e), gdcm::Tag(0x0020, 0x0011),
          gdcm::Tag(0x0020, 0x0013), gdcm::Tag(0x0020, 0x0032), gdcm::Tag(0x0020, 0x0037),
          gdcm::Tag(0x0028, 0x0008)})
        scanner.AddTag(tag);
    if (!scanner.Scan(folder.GetFilenames()))
        qFatal("GDCM cannot scan %s", qPrintable(dir));
    // The lowest position along the slice normal, as Sijil's catalogue orders a series.
    std::string best;
    double bestPosition = std::numeric_limits<double>::max();
    for (const std::string& file : scanner.GetKeys()) {
        const auto p = numbers(scanner.GetValue(file.c_str(), gdcm::Tag(0x0020, 0x0032)), 3);
        const auto o = numbers(scanner.GetValue(file.c_str(), gdcm::Tag(0x0020, 0x0037)), 6);
        const double position = p[0] * (o[1] * o[5] - o[2] * o[4]) +
                                p[1] * (o[2] * o[3] - o[0] * o[5]) +
                                p[2] * (o[0] * o[4] - o[1] * o[3]);
        if (position < bestPosition) {
            bestPosition = position;
            best = file;
        }
    }
    gdcm::ImageReader reader;
    reader.SetFileName(best.c_str());
    if (!reader.Read())
        qFatal("GDCM cannot read %s", best.c_str());
    const gdcm::Image& image = reader.GetImage();
    std::vector<char> buffer(image.GetBufferLength());
    if (!image.GetBuffer(buffer.data()) || image.GetPixelFormat().GetBitsAllocated() != 16)
        qFatal("GDCM cannot decode %s", best.c_str());
    const std::size_t count = std::size_t(image.GetDimension(0)) * image.GetDimension(1);
    std::vector<std::uint8_t> drawn(count);
    plainWindowLevel(reinterpret_cast<const std::uint16_t*>(buffer.data()), count,
                     float(image.GetSlope()), float(image.GetIntercept()), 40.0f, 400.0f,
                     drawn.data());
    return {double(timer.nsecsElapsed()) / 1e6,
            QFileInfo(QFile::decodeName(QByteArray::fromStdString(best))).canonicalFilePath(),
            int(image.GetDimension(0))};
}

} // namespace

QJsonObject firstImage(const QString& dir, int runs) {
    First sijil{1e300, {}, 0};
    First gdcm{1e300, {}, 0};
    for (int r = 0; r <= runs; ++r) { // the first run warms the page cache
        const First s = sijilFirst(dir);
        const First g = gdcmFirst(dir);
        if (r > 0 && s.ms < sijil.ms)
            sijil = s;
        if (r > 0 && g.ms < gdcm.ms)
            gdcm = g;
    }
    if (sijil.path != gdcm.path || sijil.width != gdcm.width)
        qFatal("Sijil showed %s first, GDCM %s", qPrintable(sijil.path), qPrintable(gdcm.path));
    return {{QStringLiteral("first_image_sijil_ms"), sijil.ms},
            {QStringLiteral("first_image_gdcm_ms"), gdcm.ms}};
}
