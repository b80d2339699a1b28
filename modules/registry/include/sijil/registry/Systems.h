#pragma once

#include <QString>

// The naming systems and extensions of the national record, in one place. Identifier systems are
// the ministry's (one per kind of identifier, so that an IPP and a CNIE number can never be
// confused); extensions are HL7's own wherever HL7 defines one.
namespace sijil::registry::systems {

inline const QString kBase = QStringLiteral("https://fhir.sante.gov.ma");
inline const QString kIpp = kBase + QStringLiteral("/sid/ipp");
inline const QString kCnie = kBase + QStringLiteral("/sid/cnie");
// Passports and residence cards are numbered by their issuing state: the state's ISO code ends
// the system ("…/sid/passport/FR").
inline const QString kPassport = kBase + QStringLiteral("/sid/passport");
inline const QString kResidenceCard = kBase + QStringLiteral("/sid/residence-card");
inline const QString kBirthRecord = kBase + QStringLiteral("/sid/birth-record");
inline const QString kTemporary = kBase + QStringLiteral("/sid/temporary");
inline const QString kCoverageRegime = kBase + QStringLiteral("/CodeSystem/coverage-regime");
inline const QString kAccountingCategory =
    kBase + QStringLiteral("/CodeSystem/accounting-category");
inline const QString kAccountingExtension =
    kBase + QStringLiteral("/StructureDefinition/accounting-category");
inline const QString kRegistrationTags = kBase + QStringLiteral("/CodeSystem/registration-status");
inline const QString kCommuneExtension = kBase + QStringLiteral("/StructureDefinition/commune");
inline const QString kIdentifierType =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203");
inline const QString kContactRole = QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0131");
inline const QString kRoleCode =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-RoleCode");
inline const QString kSubscriberRelationship =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/subscriber-relationship");
inline const QString kBirthPlace =
    QStringLiteral("http://hl7.org/fhir/StructureDefinition/patient-birthPlace");
inline const QString kNationality =
    QStringLiteral("http://hl7.org/fhir/StructureDefinition/patient-nationality");
inline const QString kLanguage = QStringLiteral("http://hl7.org/fhir/StructureDefinition/language");
inline const QString kIso3166 = QStringLiteral("urn:iso:std:iso:3166");

} // namespace sijil::registry::systems
