#pragma once

#include <sijil/core/PartialDate.h>
#include <sijil/core/PersonName.h>
#include <sijil/core/Sex.h>

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sijil::registry {

// The identity document a patient showed at the desk.
enum class DocumentType {
    None, // no papers: an unidentified patient, or one who has none with them
    Cnie, // Moroccan national electronic identity card
    Passport,
    ResidenceCard, // carte de séjour
    BirthRecord,   // extrait d'acte de naissance, for minors
};

QString documentTypeCode(DocumentType type);
DocumentType documentTypeFromCode(const QString& code);

// Who the patient is to the insured person whose coverage they share (ayant droit).
enum class DependantRelation { None, Spouse, Child };

// HL7 subscriber-relationship codes: "self" (the insured), "spouse", "child".
QString dependantRelationCode(DependantRelation relation);
DependantRelation dependantRelationFromCode(const QString& code);

// One patient of the national registry, as the admission desk sees it: the 17 fields of the
// registry in plain values. PatientMapping turns it into FHIR Patient/Coverage/RelatedPerson.
struct PatientRecord {
    QString id;  // logical id in the store (client-assigned UUID)
    QString ipp; // permanent patient identifier, with its check character

    DocumentType documentType = DocumentType::None;
    QString documentNumber;
    QDate documentExpiry;
    QString documentCountry; // ISO 3166 alpha-2 of the issuing state (passports)

    core::PersonName name;
    core::Sex sex = core::Sex::Unknown;
    core::PartialDate birthDate;
    QString birthCity;
    QString birthCountry; // ISO 3166 alpha-2
    QString nationality;  // ISO 3166 alpha-2

    QString address;
    QString city;
    QString commune;  // commune code from the reference list, or free text
    QString province; // ISO 3166-2 code (MA-CAS...)
    QString phone;    // the patient's own, E.164 once validated

    QString emergencyName;
    QString emergencyRelationship; // code of the v3 RoleCode family list (MTH, FTH, SPS...)
    QString emergencyPhone;

    QString accountingCategory; // reference data code
    QString coverageRegime;     // reference data code ("NONE" when uninsured)
    QString affiliationNumber;

    // A dependant's coverage is the insured person's: set both, and the regime follows.
    QString insuredId; // the insured patient's id in the store
    DependantRelation dependantRelation = DependantRelation::None;

    // Registered at once with a temporary identity (unconscious, no papers), identified later.
    bool unidentified = false;

    friend bool operator==(const PatientRecord&, const PatientRecord&) = default;
};

// A document number as compared: case and spaces aside ("be 123456" is BE123456).
QString comparableDocumentNumber(const QString& number);
// Both show the same identity document: the same type and number (case and spaces aside).
bool holdSameDocument(const PatientRecord& a, const PatientRecord& b);

// What an entry typed at the desk adds to the record of the patient it turned out to be: its
// values for what the record leaves blank. Fields that belong together (the document, a script's
// name, the birth place, the address, the emergency contact, the coverage) are taken only as a
// whole; a birth year is completed by a full date within it. Nothing the record holds is replaced.
// Returns the names of the fields filled, as the desk names them ("phone", "familyArabic"...).
QStringList completeBlanks(PatientRecord& record, const PatientRecord& entry);

// A correction opened on `base` and typed as `mine`, while the stored record became `theirs` (a
// change pulled from another site, or made at another desk). Each group of fields that belong
// together (as for completeBlanks) is taken from the side that changed it, so that neither
// side's change is lost; a group both changed, differently, keeps `mine`.
struct EditsMerged {
    PatientRecord record;
    QStringList fromStored;  // fields only the stored record changed: taken from it
    QStringList changedBoth; // fields both changed, differently: the edit's kept
};
EditsMerged mergeEdits(const PatientRecord& base, const PatientRecord& mine,
                       const PatientRecord& theirs);

} // namespace sijil::registry

Q_DECLARE_METATYPE(sijil::registry::PatientRecord)
