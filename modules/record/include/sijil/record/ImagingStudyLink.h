#pragma once

#include <sijil/core/Result.h>

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace sijil::record {

// What the viewer needs to open a study of the shared record: a FHIR R4 ImagingStudy read for its
// DICOM Study Instance UID and the DICOMweb (WADO-RS) service that holds its images.
struct ImagingStudyLink {
    QString resourceId;       // ImagingStudy.id
    QString studyInstanceUid; // identifier with system urn:dicom:uid ("urn:oid:" dropped)
    // The WADO-RS base URL (Endpoint.address with connectionType dicom-wado-rs): the study is at
    // <base>/studies/<uid>. From the study's endpoints, else the first series' that has one.
    QUrl wadoRsBase;
    QDateTime started; // invalid when absent
    QString description;
    QStringList modalities; // from ImagingStudy.modality, else the series'
    int numberOfSeries = -1;
    int numberOfInstances = -1;
};

// Resolves a literal reference ("Endpoint/pacs-chu") to the resource, when the caller can (for
// instance from the local store); references to contained resources ("#ep") are resolved here.
using ReferenceResolver = std::function<std::optional<QJsonObject>(const QString& reference)>;

// Reads an ImagingStudy. Error codes: record/not-imaging-study (another resource type),
// record/no-study-uid (no urn:dicom:uid identifier: nothing a PACS can be asked for),
// record/no-image-endpoint (no WADO-RS endpoint found: where the images are is not said).
[[nodiscard]] core::Result<ImagingStudyLink>
readImagingStudy(const QJsonObject& imagingStudy, const ReferenceResolver& resolve = {});

} // namespace sijil::record
