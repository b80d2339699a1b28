#pragma once

#include <QString>

namespace sijil::registry::refdata {

// The form of a place name used to compare what a clerk types with the reference lists: the one
// NameNormalizer gives names (case, Latin accents, Arabic diacritics, hamza carriers, tatweel,
// teh marbuta and alef maqsura folded, hyphens as spaces), so "Sidi-Bennour" matches
// "sidi bennour" and "إفران" matches "افران".
QString matchKey(const QString& name);

} // namespace sijil::registry::refdata
