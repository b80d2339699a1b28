#pragma once

#include <QString>

namespace sijil::registry::refdata {

// The form of a place name used to compare what a clerk types with the reference lists:
// case-folded, without Latin accents, Arabic diacritics, hamza carriers or tatweel, with teh
// marbuta and alef maqsura folded, punctuation read as a space and spaces collapsed. So
// "Sidi-Bennour", "sidi bennour" and "SIDI  BENNOUR" match, as do "إفران" and "افران".
QString matchKey(const QString& name);

} // namespace sijil::registry::refdata
