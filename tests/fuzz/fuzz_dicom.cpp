// libFuzzer target: a DICOM file as a patient's CD or a PACS could hand it over, loaded and its
// first frame rendered. Bad lengths, absurd dimensions, truncated pixel data: an error, never a
// crash, a hang or an allocation beyond the stated limits.
#include <sijil/imaging/DicomImage.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // DicomImage reads files (as from media): one scratch file per fuzzing process.
    static const QString path =
        QDir::temp().filePath(QStringLiteral("sijil-fuzz-dicom-%1.dcm").arg(getpid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.close();
    if (auto image = sijil::imaging::DicomImage::load(path); image)
        (void)image->render(0);
    return 0;
}
