#include "DcmtkRuntime.h"
#include "ImagingErrors.h"
#include "ImagingLog.h"
#include "ZipExtract.h"

#include <sijil/imaging/DicomCatalog.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <optional>
#include <thread>
#include <vector>

namespace sijil::imaging {

namespace {

// Headers only: values longer than this (none in a header, bar hostile ones) stay in the file.
constexpr Uint32 kHeaderValueLimit = 4096;

QString stringOf(DcmItem& item, const DcmTagKey& key) {
    OFString value;
    if (item.findAndGetOFStringArray(key, value).bad())
        return {};
    return QString::fromUtf8(value.c_str(), qsizetype(value.length())).trimmed();
}

std::optional<double> float64Of(DcmItem& item, const DcmTagKey& key, unsigned long pos) {
    Float64 value = 0;
    if (item.findAndGetFloat64(key, value, pos).bad())
        return std::nullopt;
    return value;
}

// Image Position (Patient) and the normal of Image Orientation (Patient), into `instance`, with
// the position projected on the normal (the slice position).
void readGeometry(DcmItem& ds, CatalogInstance& instance) {
    std::array<double, 3> position{};
    std::array<double, 6> orientation{};
    for (unsigned long i = 0; i < 3; ++i) {
        const auto v = float64Of(ds, DCM_ImagePositionPatient, i);
        if (!v)
            return;
        position[i] = *v;
    }
    for (unsigned long i = 0; i < 6; ++i) {
        const auto v = float64Of(ds, DCM_ImageOrientationPatient, i);
        if (!v)
            return;
        orientation[i] = *v;
    }
    const std::array<double, 3> normal{
        orientation[1] * orientation[5] - orientation[2] * orientation[4],
        orientation[2] * orientation[3] - orientation[0] * orientation[5],
        orientation[0] * orientation[4] - orientation[1] * orientation[3]};
    instance.imagePosition = position;
    instance.sliceNormal = normal;
    instance.slicePosition =
        position[0] * normal[0] + position[1] * normal[1] + position[2] * normal[2];
}

struct Header {
    CatalogInstance instance;
    CatalogSeries series;
    CatalogStudy study;
    CatalogPatient patient;
};

core::Result<Header> readHeader(const QString& path) {
    DcmFileFormat file;
    const QByteArray native = QFile::encodeName(path);
    // Parsing stops after Number of Frames (0028,0008), the last attribute read below.
    const OFCondition cond =
        file.loadFileUntilTag(OFFilename(native.constData()), EXS_Unknown, EGL_noChange,
                              kHeaderValueLimit, ERM_autoDetect, DCM_FrameIncrementPointer);
    DcmDataset* ds = file.getDataset();
    if (cond.bad() || !ds)
        return errors::notDicom(QString::fromLatin1(cond.text()));
    // A stray file read as a bare data set yields no identifiers: not DICOM for a viewer.
    Header h;
    h.instance.sopInstanceUid = stringOf(*ds, DCM_SOPInstanceUID);
    h.study.studyInstanceUid = stringOf(*ds, DCM_StudyInstanceUID);
    h.series.seriesInstanceUid = stringOf(*ds, DCM_SeriesInstanceUID);
    if (h.instance.sopInstanceUid.isEmpty() || h.study.studyInstanceUid.isEmpty() ||
        h.series.seriesInstanceUid.isEmpty())
        return errors::notDicom(QStringLiteral("no SOP, study or series instance UID"));
    // Strings in another character set become UTF-8; ASCII (no Specific Character Set) and UTF-8
    // files, most of them, need no pass over their elements.
    const QString charset = stringOf(*ds, DCM_SpecificCharacterSet);
    if (!charset.isEmpty() && charset != u"ISO_IR 6" && charset != u"ISO_IR 192" &&
        ds->convertToUTF8().bad())
        qCInfo(lcImaging) << "character set conversion failed";
    h.instance.path = path;
    h.instance.sopClassUid = stringOf(*ds, DCM_SOPClassUID);
    Sint32 number = 0;
    if (ds->findAndGetSint32(DCM_InstanceNumber, number).good())
        h.instance.instanceNumber = int(number);
    Sint32 frames = 1;
    if (ds->findAndGetSint32(DCM_NumberOfFrames, frames).good() && frames > 0)
        h.instance.frames = int(frames);
    readGeometry(*ds, h.instance);
    h.series.modality = stringOf(*ds, DCM_Modality);
    h.series.description = stringOf(*ds, DCM_SeriesDescription);
    h.series.frameOfReferenceUid = stringOf(*ds, DCM_FrameOfReferenceUID);
    if (ds->findAndGetSint32(DCM_SeriesNumber, number).good())
        h.series.seriesNumber = int(number);
    h.study.studyDate = stringOf(*ds, DCM_StudyDate);
    h.study.description = stringOf(*ds, DCM_StudyDescription);
    h.study.accessionNumber = stringOf(*ds, DCM_AccessionNumber);
    h.patient.patientId = stringOf(*ds, DCM_PatientID);
    h.patient.patientName = stringOf(*ds, DCM_PatientName);
    h.patient.birthDate = stringOf(*ds, DCM_PatientBirthDate);
    h.patient.sex = stringOf(*ds, DCM_PatientSex);
    return h;
}

// The file a DICOMDIR file ID (components separated by '\') names under the medium's root, or
// nothing when it would leave the medium. Components are matched without regard to case, as a
// CD written in capitals may be mounted in lower case.
std::optional<QString> resolveFileId(const QDir& root, const QString& rootCanonical,
                                     const QString& fileId) {
    const QStringList parts = fileId.split(u'\\');
    QDir dir = root;
    QString path;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        if (part.isEmpty() || part == u"." || part == u".." || part.contains(u'/') ||
            part.contains(u':'))
            return std::nullopt;
        QString name = part;
        if (!dir.exists(name)) {
            const QStringList entries = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
            const auto found = std::find_if(entries.begin(), entries.end(), [&](const QString& e) {
                return e.compare(part, Qt::CaseInsensitive) == 0;
            });
            if (found != entries.end())
                name = *found;
        }
        path = dir.filePath(name);
        if (i + 1 < parts.size())
            dir.setPath(path);
    }
    // Links are followed only while they stay on the medium.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return path; // missing: reported when read
    if (!canonical.startsWith(rootCanonical + u'/'))
        return std::nullopt;
    return canonical;
}

struct FileList {
    QStringList files;
    QList<SkippedFile> skipped;
};

core::Result<FileList> filesOfDicomDir(const QString& dicomDir) {
    DcmFileFormat file;
    const QByteArray native = QFile::encodeName(dicomDir);
    const OFCondition cond = file.loadFile(OFFilename(native.constData()), EXS_Unknown,
                                           EGL_noChange, kHeaderValueLimit, ERM_autoDetect);
    DcmDataset* ds = file.getDataset();
    DcmSequenceOfItems* records = nullptr;
    if (cond.bad() || !ds || ds->findAndGetSequence(DCM_DirectoryRecordSequence, records).bad() ||
        !records)
        return errors::corrupt(
            QStringLiteral("DICOMDIR: %1").arg(QString::fromLatin1(cond.text())));
    const QDir root = QFileInfo(dicomDir).absoluteDir();
    const QString rootCanonical = root.canonicalPath();
    FileList list;
    // Records are read in file order; the tree (patient > study > series > image) is rebuilt
    // from the files' own headers, so a DICOMDIR with broken offsets still lists its files.
    for (unsigned long i = 0; i < records->card(); ++i) {
        DcmItem* record = records->getItem(i);
        if (!record)
            continue;
        const QString fileId = stringOf(*record, DCM_ReferencedFileID);
        if (fileId.isEmpty())
            continue;
        if (list.files.size() >= MediaScanner::kMaxFiles)
            return errors::tooManyFiles(dicomDir);
        const auto path = resolveFileId(root, rootCanonical, fileId);
        if (!path) {
            list.skipped.append({fileId, errors::outsideMedium(fileId)});
            continue;
        }
        list.files.append(*path);
    }
    return list;
}

core::Result<FileList> filesOfFolder(const QString& folder) {
    FileList list;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (list.files.size() >= MediaScanner::kMaxFiles)
            return errors::tooManyFiles(folder);
        list.files.append(it.next());
    }
    list.files.sort();
    return list;
}

QString dicomDirOf(const QString& folder) {
    const QDir dir(folder);
    for (const QString& entry : dir.entryList(QDir::Files))
        if (entry.compare(u"DICOMDIR", Qt::CaseInsensitive) == 0)
            return dir.filePath(entry);
    return {};
}

void sortCatalog(DicomCatalog& catalog) {
    for (CatalogPatient& patient : catalog.patients) {
        for (CatalogStudy& study : patient.studies) {
            for (CatalogSeries& series : study.series) {
                auto& instances = series.instances;
                const bool positioned =
                    std::all_of(instances.begin(), instances.end(), [](const CatalogInstance& i) {
                        return i.slicePosition.has_value();
                    });
                std::stable_sort(instances.begin(), instances.end(),
                                 [positioned](const CatalogInstance& a, const CatalogInstance& b) {
                                     if (positioned && *a.slicePosition != *b.slicePosition)
                                         return *a.slicePosition < *b.slicePosition;
                                     if (a.instanceNumber != b.instanceNumber)
                                         return a.instanceNumber < b.instanceNumber;
                                     return a.path < b.path;
                                 });
            }
            std::stable_sort(study.series.begin(), study.series.end(),
                             [](const CatalogSeries& a, const CatalogSeries& b) {
                                 return a.seriesNumber < b.seriesNumber;
                             });
        }
        std::stable_sort(
            patient.studies.begin(), patient.studies.end(),
            [](const CatalogStudy& a, const CatalogStudy& b) { return a.studyDate < b.studyDate; });
    }
    std::stable_sort(catalog.patients.begin(), catalog.patients.end(),
                     [](const CatalogPatient& a, const CatalogPatient& b) {
                         return a.patientName < b.patientName;
                     });
}

} // namespace

int DicomCatalog::instanceCount() const {
    int count = 0;
    for (const CatalogPatient& p : patients)
        for (const CatalogStudy& s : p.studies)
            for (const CatalogSeries& r : s.series)
                count += int(r.instances.size());
    return count;
}

core::Result<DicomCatalog> MediaScanner::scan(const QString& path, const ScanProgress& progress,
                                              const ScanOptions& options) {
    ensureDcmtkReady();
    const QFileInfo info(path);
    if (!info.exists())
        return errors::unreadable(path, QStringLiteral("no such file or folder"));
    if (info.isFile() && looksLikeZip(path)) {
        auto refused = extractZip(path, options.extractTo, progress);
        if (!refused)
            return refused.error();
        auto catalog = scan(options.extractTo, progress);
        if (!catalog) {
            if (catalog.error().is("imaging/no-images"))
                return errors::noImages(path, refused->size());
            return catalog.error();
        }
        catalog->skipped = *refused + catalog->skipped;
        return catalog;
    }
    core::Result<FileList> listed = FileList{};
    if (info.isDir()) {
        if (!QDir(path).isReadable())
            return errors::unreadable(path, QStringLiteral("folder not readable"));
        const QString dicomDir = dicomDirOf(path);
        listed = dicomDir.isEmpty() ? filesOfFolder(path) : filesOfDicomDir(dicomDir);
    } else if (info.fileName().compare(u"DICOMDIR", Qt::CaseInsensitive) == 0) {
        listed = filesOfDicomDir(info.absoluteFilePath());
    } else {
        listed = FileList{{info.absoluteFilePath()}, {}};
    }
    if (!listed.ok())
        return listed.error();
    FileList files = std::move(listed).value();

    DicomCatalog catalog;
    catalog.skipped = std::move(files.skipped);
    // Where each patient, study, series and instance went, by their identifiers.
    QHash<QString, qsizetype> patientAt;
    QHash<QString, std::pair<qsizetype, qsizetype>> studyAt;
    QHash<QString, qsizetype> seriesAt;
    QHash<QString, QString> instancePath;
    const int total = int(files.files.size());
    // Headers are read on up to four threads, a chunk at a time (a cached header costs CPU, not
    // disk); progress, cancel and the grouping stay on the calling thread, in file order, so the
    // catalogue is the same as one thread's.
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    constexpr int kChunk = 32;
    std::vector<std::optional<core::Result<Header>>> chunk;
    for (int n = 0; n < total; ++n) {
        if (n % kChunk == 0) {
            const int end = std::min(total, n + kChunk);
            chunk.assign(std::size_t(end - n), std::nullopt);
            std::atomic<int> next{n};
            const auto read = [&, first = n] {
                for (int i = next++; i < end; i = next++)
                    chunk[std::size_t(i - first)] = readHeader(files.files.at(i));
            };
            {
                std::vector<std::jthread> helpers;
                for (int t = 1; t < std::min(threads, end - n); ++t)
                    helpers.emplace_back(read);
                read();
            } // joined
        }
        if (progress && !progress(n, total))
            return errors::cancelled();
        const QString& file = files.files.at(n);
        auto& header = *chunk[std::size_t(n % kChunk)];
        if (!header.ok()) {
            catalog.skipped.append({file, header.error()});
            continue;
        }
        Header& h = header.value();
        if (const auto first = instancePath.constFind(h.instance.sopInstanceUid);
            first != instancePath.constEnd()) {
            catalog.skipped.append({file, errors::duplicateInstance(*first)});
            continue;
        }
        instancePath.insert(h.instance.sopInstanceUid, file);
        // A study belongs to the patient of its first file; the ID and name together tell
        // patients apart (two media may reuse an ID for different people).
        auto study = studyAt.constFind(h.study.studyInstanceUid);
        if (study == studyAt.constEnd()) {
            const QString patientKey = h.patient.patientId + u'\x1f' + h.patient.patientName;
            auto patient = patientAt.constFind(patientKey);
            if (patient == patientAt.constEnd()) {
                patient = patientAt.insert(patientKey, catalog.patients.size());
                catalog.patients.append(h.patient);
            }
            auto& studies = catalog.patients[*patient].studies;
            study = studyAt.insert(h.study.studyInstanceUid, {*patient, studies.size()});
            studies.append(h.study);
        }
        auto& seriesList = catalog.patients[study->first].studies[study->second].series;
        const QString seriesKey = h.study.studyInstanceUid + u'\x1f' + h.series.seriesInstanceUid;
        auto series = seriesAt.constFind(seriesKey);
        if (series == seriesAt.constEnd()) {
            series = seriesAt.insert(seriesKey, seriesList.size());
            seriesList.append(h.series);
        }
        seriesList[*series].instances.append(h.instance);
    }
    if (progress && !progress(total, total))
        return errors::cancelled();
    if (catalog.patients.isEmpty())
        return errors::noImages(path, catalog.skipped.size());
    sortCatalog(catalog);
    return catalog;
}

} // namespace sijil::imaging
