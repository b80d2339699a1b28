#include "RegistryWrite.h"

#include "RegistryJson.h"

#include <sijil/registry/PatientRegistry.h>

namespace sijil::registry {

namespace detail {

core::Error invalid(const ValidationIssue& issue) {
    return core::Error(issue.code, issue.message, QStringLiteral("field ") + issue.field)
        .withField(issue.field);
}

namespace {

core::Error insuredUnknown(const QString& insuredId) {
    return core::Error("registry/insured-unknown",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                              "L'assuré choisi est introuvable.")),
                       insuredId)
        .withField(QStringLiteral("insuredId"));
}

// A dependant takes its insured's regime and affiliation number; an insured who is himself a
// dependant is refused.
core::Status takeCoverageOf(const PatientRecord& insured, PatientRecord& r) {
    if (insured.dependantRelation != DependantRelation::None)
        return core::Error("registry/insured-is-dependant",
                           core::UserText(
                               kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                       "L'assuré choisi est lui-même ayant droit : "
                                                       "choisissez l'assuré principal.")),
                           r.insuredId)
            .withField(QStringLiteral("insuredId"));
    r.coverageRegime = insured.coverageRegime;
    r.affiliationNumber = insured.affiliationNumber;
    return {};
}

} // namespace

// A dependant shares the insured's regime and affiliation number.
core::Status followInsured(const PatientRegistry& registry, PatientRecord& r) {
    if (r.dependantRelation == DependantRelation::None || r.insuredId.isEmpty())
        return {};
    // An insured merged since it was chosen (a form left open, an older import) is its survivor:
    // a dependant of a hidden record would be nobody's.
    auto survivor = registry.survivorOf(r.insuredId);
    if (!survivor)
        return survivor.error().code() == "registry/not-found" ? insuredUnknown(r.insuredId)
                                                               : survivor.error();
    r.insuredId = *survivor;
    auto insured = registry.get(r.insuredId);
    if (!insured)
        return insured.error();
    if (!*insured)
        return insuredUnknown(r.insuredId);
    return takeCoverageOf(**insured, r);
}

core::Status followInsuredInFile(const PatientRegistry& registry, PatientRecord& r,
                                 const QHash<QString, PatientRecord>& acceptedById) {
    if (r.dependantRelation != DependantRelation::None) {
        if (const auto insured = acceptedById.constFind(r.insuredId);
            insured != acceptedById.cend())
            return takeCoverageOf(*insured, r);
    }
    return followInsured(registry, r);
}

storage::LocalChange coverageChange(const PatientRecord& r, bool existed, const QString& actor) {
    const QJsonObject coverage = PatientMapping::toCoverage(r);
    if (coverage.isEmpty())
        return {Op::Delete, kCoverage, PatientMapping::coverageId(r.id), r.id, {}, actor};
    return {existed ? Op::Update : Op::Create,
            kCoverage,
            PatientMapping::coverageId(r.id),
            r.id,
            compact(coverage),
            actor};
}

} // namespace detail

} // namespace sijil::registry
