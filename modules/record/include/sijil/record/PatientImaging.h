#pragma once

#include <sijil/core/Result.h>
#include <sijil/record/ImagingStudyLink.h>

#include <QList>
#include <QString>

namespace sijil::storage {
class ResourceStore;
}

namespace sijil::record {

// A patient's imaging studies in the local copy of the shared record (pulled by sync, so also
// offline), with Endpoint references resolved from the same store.
class PatientImaging {
public:
    explicit PatientImaging(const storage::ResourceStore& store);

    struct Listing {
        QList<ImagingStudyLink> studies; // newest first; undated last
        // Studies that cannot be opened (no study UID, no image endpoint), for a notice.
        int unusable = 0;
    };
    // `patientId`: the Patient's id in the store (its compartment).
    [[nodiscard]] core::Result<Listing> studies(const QString& patientId) const;

private:
    const storage::ResourceStore& m_store;
};

} // namespace sijil::record
