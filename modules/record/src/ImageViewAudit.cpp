#include <sijil/access/SessionAudit.h>
#include <sijil/record/ImageViewAudit.h>
#include <sijil/storage/AuditTrail.h>

namespace sijil::record {

core::Status auditImageView(storage::AuditTrail& trail, const access::SessionInfo& session,
                            const ImageView& view) {
    storage::AuditEntry e =
        access::auditEntryFor(session, QStringLiteral("R"), QStringLiteral("image-view"));
    e.patientId = view.patientId;
    e.entityType = QStringLiteral("ImagingStudy");
    e.entityId = view.studyInstanceUid;
    e.detail = QStringLiteral("source=%1;dicomPatientId=%2").arg(view.source, view.dicomPatientId);
    auto appended = trail.append(e);
    if (!appended)
        return appended.error();
    return {};
}

} // namespace sijil::record
