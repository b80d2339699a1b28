#include <sijil/record/PatientImaging.h>
#include <sijil/storage/ResourceStore.h>

#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>

namespace sijil::record {

namespace {
Q_LOGGING_CATEGORY(lcRecord, "sijil.record", QtInfoMsg)
}

PatientImaging::PatientImaging(const storage::ResourceStore& store)
    : m_store(store) {}

core::Result<PatientImaging::Listing> PatientImaging::studies(const QString& patientId) const {
    auto stored = m_store.forPatient(patientId, QStringLiteral("ImagingStudy"));
    if (!stored)
        return stored.error();
    // Endpoints are shared by many studies: each read from the store once.
    QHash<QString, std::optional<QJsonObject>> endpoints;
    const ReferenceResolver resolve = [&](const QString& reference) -> std::optional<QJsonObject> {
        if (auto it = endpoints.constFind(reference); it != endpoints.constEnd())
            return *it;
        std::optional<QJsonObject> found;
        const qsizetype slash = reference.indexOf(u'/');
        if (slash > 0 && reference.left(slash) == u"Endpoint") {
            if (auto r = m_store.get(QStringLiteral("Endpoint"), reference.mid(slash + 1));
                r && r->has_value() && (*r)->state != storage::LocalState::Deleted)
                found = QJsonDocument::fromJson((*r)->json).object();
        }
        endpoints.insert(reference, found);
        return found;
    };
    Listing listing;
    for (const storage::StoredResource& r : *stored) {
        if (r.state == storage::LocalState::Deleted)
            continue;
        auto link = readImagingStudy(QJsonDocument::fromJson(r.json).object(), resolve);
        if (!link) {
            qCInfo(lcRecord) << "ImagingStudy" << r.id
                             << "cannot be opened:" << link.error().detail();
            ++listing.unusable;
            continue;
        }
        listing.studies << *link;
    }
    std::stable_sort(listing.studies.begin(), listing.studies.end(),
                     [](const ImagingStudyLink& a, const ImagingStudyLink& b) {
                         if (a.started.isValid() != b.started.isValid())
                             return a.started.isValid();
                         return a.started > b.started;
                     });
    return listing;
}

} // namespace sijil::record
