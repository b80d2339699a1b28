#pragma once

#include <sijil/core/Error.h>
#include <sijil/core/Result.h>

#include <QList>
#include <QString>

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

// Called with (files examined, files to examine); returning false stops the scan.
using ScanProgress = std::function<bool(int done, int total)>;

// Reads only the headers (never the pixel data) of every file under a path and groups them.
//
// `path` may be one DICOM file, a DICOMDIR, or a folder. A folder with a DICOMDIR at its root is
// a DICOM medium (PS3.10): its index says which files to read, and an entry whose file ID leaves
// the medium (an absolute path, "..", a link pointing elsewhere) is skipped with
// imaging/outside-medium. Other folders are searched recursively, without following links.
//
// Error codes: imaging/unreadable (the path does not exist or cannot be listed),
// imaging/no-images (nothing DICOM found; the skipped files say why), imaging/too-many-files
// (beyond kMaxFiles), imaging/cancelled.
class MediaScanner {
public:
    static constexpr int kMaxFiles = 200'000;

    [[nodiscard]] static core::Result<DicomCatalog> scan(const QString& path,
                                                         const ScanProgress& progress = {});
};

} // namespace sijil::imaging
