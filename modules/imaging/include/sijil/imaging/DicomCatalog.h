#pragma once

#include <sijil/core/Error.h>
#include <sijil/core/Result.h>

#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace sijil::imaging {

// What a patient's CD, a USB stick or a folder holds, as a viewer lists it: patients, their
// studies, the studies' series, and each series' instances in viewing order.

struct CatalogInstance {
    QString path; // absolute
    QString sopInstanceUid;
    QString sopClassUid;
    int instanceNumber = 0; // 0 when the file has none
    int frames = 1;
    // Millimetres along the slice normal (Image Position projected on the cross product of Image
    // Orientation's row and column), when the file has both.
    std::optional<double> slicePosition;
    // Image Position (Patient) and the slice normal (row x column of Image Orientation (Patient)),
    // in the frame of reference's millimetres, when the file has both: where the slice lies, so
    // that a series of the same frame of reference can be scrolled to the same place.
    std::optional<std::array<double, 3>> imagePosition;
    std::optional<std::array<double, 3>> sliceNormal;
};

struct CatalogSeries {
    QString seriesInstanceUid;
    QString modality;
    QString description;
    QString frameOfReferenceUid;
    int seriesNumber = 0;
    // Sorted by slice position when every instance has one, then by instance number, then path.
    QList<CatalogInstance> instances;
};

struct CatalogStudy {
    QString studyInstanceUid;
    QString studyDate; // YYYYMMDD as in the file
    QString description;
    QString accessionNumber;
    QList<CatalogSeries> series; // by series number
};

struct CatalogPatient {
    QString patientId;
    QString patientName; // DICOM PN, "FAMILY^GIVEN"
    QString birthDate;
    QString sex;
    QList<CatalogStudy> studies; // by date
};

// A file met during a scan that is not in the catalogue, and why: not DICOM, a DICOMDIR entry
// pointing outside the medium, a second copy of an instance already listed...
struct SkippedFile {
    QString path;
    core::Error reason;
};

struct DicomCatalog {
    QList<CatalogPatient> patients;
    QList<SkippedFile> skipped;

    [[nodiscard]] int instanceCount() const;
};

// Called with (files examined, files to examine); returning false stops the scan. A ZIP
// archive reports its unpacking first, then the reading of what it held.
using ScanProgress = std::function<bool(int done, int total)>;

struct ScanOptions {
    // Where a ZIP archive is unpacked before its files are read: an empty folder that the caller
    // owns and removes when done with the catalogue (whose paths point into it). Required to
    // open an archive.
    QString extractTo;
};

// Reads only the headers (never the pixel data) of every file under a path and groups them.
//
// `path` may be one DICOM file, a DICOMDIR, a folder, or a ZIP archive of any of these. A folder
// with a DICOMDIR at its root is a DICOM medium (PS3.10): its index says which files to read, and
// an entry whose file ID leaves the medium (an absolute path, "..", a link pointing elsewhere) is
// skipped with imaging/outside-medium. Other folders are searched recursively, without following
// links.
//
// An archive is unpacked into ScanOptions::extractTo with its entries' own folders. Entries
// whose names leave that folder (absolute, "..") or that are links, encrypted, or compressed
// beyond kMaxCompressionRatio (a "zip bomb") are skipped with imaging/archive-entry-refused; an
// entry never yields more bytes than its header declares. An archive that would unpack to more
// than kMaxArchiveBytes, or more than the free space, is refused whole.
//
// Error codes: imaging/unreadable (the path does not exist or cannot be listed),
// imaging/no-images (nothing DICOM found; the skipped files say why), imaging/too-many-files
// (beyond kMaxFiles), imaging/archive-unreadable (not a ZIP archive, damaged, or no folder to
// unpack it into), imaging/archive-too-large, imaging/cancelled.
class MediaScanner {
public:
    static constexpr int kMaxFiles = 200'000;
    static constexpr qint64 kMaxArchiveBytes = qint64(16) << 30;
    static constexpr int kMaxCompressionRatio = 200;

    [[nodiscard]] static core::Result<DicomCatalog>
    scan(const QString& path, const ScanProgress& progress = {}, const ScanOptions& options = {});
};

} // namespace sijil::imaging
