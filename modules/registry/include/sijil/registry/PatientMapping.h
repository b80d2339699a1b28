#pragma once

#include <sijil/registry/PatientRecord.h>

#include <QJsonObject>
#include <QString>

namespace sijil::registry {

// The registry's patient as FHIR R4 resources.
//
// Patient
//   identifier   IPP (type PI), CNIE (NI, period.end = expiry), passport (PPN, system ends with
//                the issuing state), residence card (PRC), birth record (BCT); a temporary
//                identifier (TMP) for an unidentified patient, who is also tagged "unidentified"
//   name         one HumanName per script, official use; the Arabic one carries the HL7 language
//                extension "ar"
//   gender, birthDate (year or year-month when that is all the patient knows)
//   extension    patient-birthPlace (Address city + country), patient-nationality (ISO 3166),
//                accounting-category (Coding, national code system)
//   telecom      the patient's phone; address: line, city, district (commune), state (province
//                ISO 3166-2 code), country MA, and the commune code as an extension
//   contact      the emergency contact: relationship C (v2-0131) + v3 RoleCode, name, phone
//   managingOrganization  the registering facility (the scope of facility pulls)
//   link         replaced-by / replaces after a merge (kept as the server has them); a merged
//                record that was inactive before the merge has its replaced-by link carry the
//                extension <Sijil base>/StructureDefinition/merge-prior-active (valueBoolean
//                false), so that an unmerge gives it back that state
// Coverage (id "cov-<patient id>") when a regime other than "none" is set: type = regime,
//   subscriberId = affiliation number, beneficiary = the patient, subscriber = the patient or,
//   for a dependant, the insured; relationship self / spouse / child (HL7 subscriber-relationship);
//   payor = the regime as an identifier.
// Elements Sijil does not map are kept as they were on update.
class PatientMapping {
public:
    static QJsonObject toPatient(const PatientRecord& record, const QString& facilityId,
                                 const QJsonObject& previous = {});
    // Empty when the patient has no coverage.
    static QJsonObject toCoverage(const PatientRecord& record);
    static PatientRecord fromFhir(const QJsonObject& patient, const QJsonObject& coverage = {});
    static QString coverageId(const QString& patientId);
};

} // namespace sijil::registry
