#pragma once

#include <sijil/core/Result.h>

#include <QString>

namespace sijil::access {
struct SessionInfo;
}
namespace sijil::storage {
class AuditTrail;
}

namespace sijil::record {

// A study put on screen by the viewer.
struct ImageView {
    QString studyInstanceUid;
    QString dicomPatientId; // as the files say; need not be a registry IPP (another hospital's CD)
    QString source;         // media, pacs, record
    // The patient's record in the store when the study is known to be theirs (opened from their
    // shared record); empty otherwise.
    QString patientId;
};

// Looking at a patient's images is reading their data: audited like any record read (action R,
// subtype image-view, entity the ImagingStudy by its DICOM UID; source and DICOM Patient ID in
// the detail).
core::Status auditImageView(storage::AuditTrail& trail, const access::SessionInfo& session,
                            const ImageView& view);

} // namespace sijil::record
