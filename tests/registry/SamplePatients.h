#pragma once

// Patients the registry tests register and import: a full record, and a sparse one.
#include <sijil/registry/PatientRecord.h>

#include <QDate>

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

} // namespace sijil::registry::testing
