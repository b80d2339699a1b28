#pragma once

// Patients the registry tests register and import: a full record, and a sparse one.
#include <sijil/registry/PatientRecord.h>

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace sijil::registry::testing {

// Everything the desk asks: a CNIE, names in both scripts, a full birth date, a phone, coverage.
inline PatientRecord fatima() {
    PatientRecord r;
    r.documentType = DocumentType::Cnie;
    r.documentNumber = QStringLiteral("BE123456");
    r.name = core::PersonName(QStringLiteral("El Idrissi"), QStringLiteral("Fatima"),
                              QStringLiteral("الإدريسي"), QStringLiteral("فاطمة"));
    r.sex = core::Sex::Female;
    r.birthDate = core::PartialDate::fromDate(QDate(1980, 5, 17));
    r.nationality = QStringLiteral("MA");
    r.phone = QStringLiteral("06 12 34 56 78");
    r.accountingCategory = QStringLiteral("TIERS-PAYANT");
    r.coverageRegime = QStringLiteral("AMO-CNSS");
    r.affiliationNumber = QStringLiteral("123456789");
    return r;
}

// Names, a birth date and the coverage a walk-in patient pays himself.
inline PatientRecord person(const QString& family, const QString& given, int year,
                            core::Sex sex = core::Sex::Male) {
    PatientRecord r;
    r.name = core::PersonName(family, given);
    r.sex = sex;
    r.birthDate = core::PartialDate::fromDate(QDate(year, 1, 15));
    r.nationality = QStringLiteral("MA");
    r.accountingCategory = QStringLiteral("PAYANT");
    r.coverageRegime = QStringLiteral("NONE");
    return r;
}

// Fatima Idrissi as a central server sends her once merged there: `id`, inactive, linked both
// ways to `into` (replaced by it; replacing it, as a crosswise merge on another site leaves it).
inline QJsonObject mergedServerPatient(const QString& id, const QString& into) {
    const QJsonObject other{{QStringLiteral("reference"), QStringLiteral("Patient/") + into}};
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("id"), id},
        {QStringLiteral("active"), false},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("versionId"), QStringLiteral("3")},
                     {QStringLiteral("lastUpdated"), QStringLiteral("2026-12-01T10:00:00.000Z")}}},
        {QStringLiteral("name"),
         QJsonArray{QJsonObject{{QStringLiteral("family"), QStringLiteral("Idrissi")},
                                {QStringLiteral("given"), QJsonArray{QStringLiteral("Fatima")}}}}},
        {QStringLiteral("gender"), QStringLiteral("female")},
        {QStringLiteral("birthDate"), QStringLiteral("1985-04-12")},
        {QStringLiteral("link"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("replaced-by")},
                                {QStringLiteral("other"), other}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("replaces")},
                                {QStringLiteral("other"), other}}}}};
}

} // namespace sijil::registry::testing
