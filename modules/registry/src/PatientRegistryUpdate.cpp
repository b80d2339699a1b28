// PatientRegistry: corrections, and the dependants who follow their insured's coverage.
#include "RegistryJson.h"
#include "RegistryLog.h"
#include "RegistryWrite.h"

#include <sijil/registry/Ipp.h>
#include <sijil/registry/NameNormalizer.h>
#include <sijil/registry/PatientIndexer.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/SearchQuery.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/DuplicateQueue.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QUuid>

namespace sijil::registry {

using namespace detail;

core::Result<PatientRecord> PatientRegistry::update(PatientRecord record,
                                                    const access::SessionInfo& session,
                                                    const QList<PatientHit>& overriddenDuplicates) {
    PatientRecord r = PatientValidator::normalized(record);
    auto stored = m_s.store.get(kPatient, r.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return notFound(r.id);
    // Merged since the form was opened (a merge pulled from the central server): saved here, the
    // correction would be lost on a record nobody opens and would bring it back into use.
    if (!replacedBy(parse((*stored)->json)).isEmpty()) {
        auto survivorId = survivorOf(r.id);
        if (!survivorId)
            return survivorId.error();
        auto ipp = shownIpp(m_s.store, *survivorId);
        if (!ipp)
            return ipp.error();
        return core::Error(
            "registry/update-merged",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                   "Ce dossier a été fusionné dans "
                                                   "le dossier IPP %1 : ouvrez ce "
                                                   "dossier pour y enregistrer la "
                                                   "correction."))
                .arg(*ipp),
            r.id + QStringLiteral(" -> ") + *survivorId);
    }
    if (auto s = followInsured(*this, r); !s)
        return s.error();
    for (const ValidationIssue& issue : PatientValidator(m_s.reference, m_today()).validate(r)) {
        if (issue.severity == ValidationIssue::Severity::Error)
            return invalid(issue);
    }
    const PatientRecord before = PatientMapping::fromFhir(parse((*stored)->json));
    if (!before.ipp.isEmpty() && r.ipp != before.ipp)
        return core::Error(
                   "registry/ipp-immutable",
                   core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                          "L'IPP d'un patient ne change jamais ; "
                                                          "pour deux dossiers du même patient, "
                                                          "utilisez la fusion.")),
                   r.id)
            .withField(QStringLiteral("ipp"));
    // A record without an IPP given one (typed in from a card): the same checks as at
    // registration.
    if (before.ipp.isEmpty()) {
        auto refused = ippRefused(m_s.identifiers, r);
        if (!refused)
            return refused.error();
        if (*refused)
            return **refused;
    }
    QList<storage::LocalChange> changes{
        {Op::Update, kPatient, r.id, r.id,
         compact(PatientMapping::toPatient(r, session.facilityId, parse((*stored)->json))),
         session.user.id}};
    auto oldCoverage = m_s.store.get(kCoverage, PatientMapping::coverageId(r.id));
    if (!oldCoverage)
        return oldCoverage.error();
    const bool existed = *oldCoverage && (*oldCoverage)->state != storage::LocalState::Deleted;
    const storage::LocalChange coverage = coverageChange(r, existed, session.user.id);
    if (coverage.operation != Op::Delete || existed)
        changes << coverage;

    // The insured's dependants follow a change of coverage; an insured cannot leave them
    // without one.
    auto dependants = dependantsOf(r.id);
    if (!dependants)
        return dependants.error();
    if (!dependants->isEmpty()) {
        if (r.dependantRelation != DependantRelation::None)
            return core::Error("registry/insured-has-dependants",
                               core::UserText(kCtx,
                                              QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                                "Ce patient est l'assuré de %n "
                                                                "ayant(s) droit : il ne peut pas "
                                                                "devenir ayant droit à son tour. "
                                                                "Rattachez-les d'abord à un autre "
                                                                "assuré."),
                                              int(dependants->size())),
                               r.id)
                .withField(QStringLiteral("dependantRelation"));
        if (r.coverageRegime == u"NONE")
            return core::Error("registry/insured-without-regime",
                               core::UserText(kCtx,
                                              QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                                "Ce patient est l'assuré de %n "
                                                                "ayant(s) droit, qui suivent son "
                                                                "régime : choisissez un régime de "
                                                                "couverture."),
                                              int(dependants->size())),
                               r.id)
                .withField(QStringLiteral("coverageRegime"));
    }
    for (const QString& dependantId : *dependants) {
        auto follows = followingCoverage(dependantId, r, session.user.id);
        if (!follows)
            return follows.error();
        if (*follows)
            changes << **follows;
    }
    if (auto s = commitPatient(session, "U", "update", QString(), r, changes, overriddenDuplicates);
        !s)
        return s.error();
    return r;
}

core::Result<QStringList> PatientRegistry::dependantsOf(const QString& insuredId) const {
    auto coverages = m_s.index.byTerms(kCoverage, {PatientIndexer::insuredTerm(insuredId)}, 1000);
    if (!coverages)
        return coverages.error();
    QStringList ids;
    for (const QString& coverageId : *coverages) {
        const QString id = coverageId.mid(PatientMapping::coverageId({}).size());
        // A merged-away record keeps its coverage for unmerge, which brings it back in line with
        // its insured; until then it is nobody's dependant: neither counted nor rewritten.
        auto patient = m_s.store.get(kPatient, id);
        if (!patient)
            return patient.error();
        if (*patient && !replacedBy(parse((*patient)->json)).isEmpty())
            continue;
        ids << id;
    }
    return ids;
}

core::Result<std::optional<storage::LocalChange>>
PatientRegistry::followingCoverage(const QString& dependantId, const PatientRecord& insured,
                                   const QString& actorId) const {
    auto d = get(dependantId);
    if (!d)
        return d.error();
    if (!*d)
        return std::optional<storage::LocalChange>();
    PatientRecord dep = **d;
    if (dep.insuredId == insured.id && dep.coverageRegime == insured.coverageRegime &&
        dep.affiliationNumber == insured.affiliationNumber)
        return std::optional<storage::LocalChange>();
    dep.insuredId = insured.id;
    dep.coverageRegime = insured.coverageRegime;
    dep.affiliationNumber = insured.affiliationNumber;
    return std::optional<storage::LocalChange>(coverageChange(dep, true, actorId));
}

} // namespace sijil::registry
