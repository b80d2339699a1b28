#pragma once

#include <QString>

namespace sijil::core {

// Administrative sex as FHIR's AdministrativeGender.
enum class Sex { Unknown, Female, Male, Other };

// FHIR codes: "female", "male", "other", "unknown".
QString sexCode(Sex sex);
Sex sexFromCode(const QString& code);

} // namespace sijil::core
