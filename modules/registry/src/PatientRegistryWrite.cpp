// Registration at the desk and adoption of a server record: one patient written at a time.
#include "RegistryJson.h"
#include "RegistryLog.h"
#include "RegistryWrite.h"

#include <sijil/registry/Ipp.h>
#include <sijil/registry/PatientIndexer.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace sijil::registry {

using namespace detail;

core::Result<PatientRecord>
PatientRegistry::registerPatient(PatientRecord record, const access::SessionInfo& session,
                                 const QList<PatientHit>& overriddenDuplicates) {
    PatientRecord r = PatientValidator::normalized(record);
    if (r.id.isEmpty())
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto s = followInsured(*this, r); !s)
        return s.error();
    const QList<ValidationIssue> issues = PatientValidator(m_s.reference, m_today()).validate(r);
    for (const ValidationIssue& issue : issues) {
        if (issue.severity == ValidationIssue::Severity::Error)
            return invalid(issue);
    }
    if (r.ipp.isEmpty()) {
        // Drawn and committed first: if the program dies before the patient is written, the
        // number is lost, never handed out twice.
        auto ipps = drawIpps(m_s.identifiers, 1);
        if (!ipps)
            return ipps.error();
        r.ipp = ipps->first();
    } else {
        auto refused = ippRefused(m_s.identifiers, r);
        if (!refused)
            return refused.error();
        if (*refused)
            return **refused;
    }
    QList<storage::LocalChange> changes{{Op::Create, kPatient, r.id, r.id,
                                         compact(PatientMapping::toPatient(r, session.facilityId)),
                                         session.user.id}};
    const storage::LocalChange coverage = coverageChange(r, false, session.user.id);
    if (coverage.operation == Op::Create)
        changes << coverage;
    if (auto s = commitPatient(session, "C", "create", QStringLiteral("registration"), r, changes,
                               overriddenDuplicates);
        !s)
        return s.error();
    qCInfo(lcRegistry) << "patient registered" << (r.unidentified ? "(unidentified)" : "");
    return r;
}

core::Status PatientRegistry::commitPatient(const access::SessionInfo& session, const char* action,
                                            const char* subtype, const QString& detail,
                                            const PatientRecord& record,
                                            const QList<storage::LocalChange>& changes,
                                            const QList<PatientHit>& overriddenDuplicates) {
    QStringList details;
    if (!detail.isEmpty())
        details << detail;
    if (!overriddenDuplicates.isEmpty())
        details << QStringLiteral("possible-duplicates:%1").arg(overriddenDuplicates.size());
    // The patient, its coverage and its dependants' that follow: all or none on the server too.
    if (auto s = auditedWrite(session, action, subtype, record.id, details.join(u' '), changes); !s)
        return s;
    auto queued = queueDuplicates(record, overriddenDuplicates);
    afterWrite(queued ? core::Status() : core::Status(queued.error()), "duplicate review queue");
    afterWrite(recheckLaterIfIndexIncomplete({record.id}), "duplicate recheck");
    return {};
}

core::Result<PatientRecord> PatientRegistry::adopt(const QJsonObject& serverPatient,
                                                   const access::SessionInfo& session) {
    const QJsonObject meta = serverPatient.value(QStringLiteral("meta")).toObject();
    storage::StoredResource r;
    r.type = kPatient;
    r.id = serverPatient.value(QStringLiteral("id")).toString();
    r.versionId = meta.value(QStringLiteral("versionId")).toString();
    r.lastUpdatedUtc = QDateTime::fromString(meta.value(QStringLiteral("lastUpdated")).toString(),
                                             Qt::ISODateWithMs);
    r.patientId = r.id;
    r.json = compact(serverPatient);
    if (r.id.isEmpty() || r.versionId.isEmpty())
        return core::Error(
            "registry/adopt-invalid",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                   "La fiche reçue du serveur central est "
                                                   "incomplète : elle n'a pas été gardée.")),
            QStringLiteral("Patient without id or versionId"));
    // Here already (kept before, or pulled by sync since): the store's copy stands. The one
    // given, read from the server a while ago maybe, must not take a newer one back.
    if (auto here = get(r.id); !here)
        return here.error();
    else if (*here)
        return **here;
    if (auto s = audit(session, "R", "adopt", r.id, QStringLiteral("from central registry")); !s)
        return s.error();
    if (auto applied = m_s.store.applyFromServer({r}); !applied)
        return applied.error();
    auto kept = get(r.id);
    if (!kept)
        return kept.error();
    if (!*kept)
        return notFound(r.id);
    return **kept;
}

} // namespace sijil::registry
