#pragma once

#include <sijil/core/Result.h>
#include <sijil/imaging/DicomCatalog.h>

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace sijil::access {
struct SessionInfo;
}
namespace sijil::storage {
class AuditTrail;
class ResourceStore;
} // namespace sijil::storage

namespace sijil::record {

// Makes a study brought on media (a CD, a USB stick) part of a patient's shared record once it is
// on a PACS: a FHIR R4 ImagingStudy (subject, DICOM UIDs, series and instances, the PACS's
// WADO-RS endpoint contained) written to the local store, audited, and sent by sync like any
// local change. Its id derives from the patient and the study UID, so indexing the same study
// again, here or on another workstation, gives the same resource and never a second one.
class StudyIndexer {
public:
    StudyIndexer(storage::ResourceStore& store, storage::AuditTrail& audit);

    struct Outcome {
        QString resourceId;
        bool created = false; // false: the patient's record already had it
    };
    // `patientId`: the Patient's id in the store. Error record/bad-study (no UID) or the store's.
    [[nodiscard]] core::Result<Outcome> index(const access::SessionInfo& session,
                                              const QString& patientId,
                                              const imaging::CatalogStudy& study,
                                              const QUrl& wadoRsBase);

    // The ImagingStudy written for that study (no I/O), for tests and previews.
    [[nodiscard]] static QJsonObject imagingStudy(const QString& resourceId,
                                                  const QString& patientId,
                                                  const imaging::CatalogStudy& study,
                                                  const QUrl& wadoRsBase);
    [[nodiscard]] static QString resourceIdFor(const QString& patientId, const QString& studyUid);

private:
    storage::ResourceStore& m_store;
    storage::AuditTrail& m_audit;
};

} // namespace sijil::record
