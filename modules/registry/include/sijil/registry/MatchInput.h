#pragma once

#include <sijil/core/PartialDate.h>
#include <sijil/core/PersonName.h>
#include <sijil/core/Sex.h>

#include <QString>

namespace sijil::registry {

// What the matcher compares of a patient.
struct MatchInput {
    core::PersonName name;
    core::PartialDate birthDate;
    core::Sex sex = core::Sex::Unknown;
    QString documentNumber; // CNIE or passport, any case
    QString phone;          // any format
    QString birthPlace;
};

} // namespace sijil::registry
