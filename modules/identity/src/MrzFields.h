#pragma once

// Decoding of single MRZ fields, shared by the three layouts of MrzParser.

#include <sijil/core/PartialDate.h>
#include <sijil/core/Result.h>
#include <sijil/core/Sex.h>

#include <QDate>
#include <QString>
#include <QStringView>

namespace sijil::identity::mrz {

constexpr QChar kFiller = u'<';

// Value of a character in check digit sums; -1 outside the MRZ alphabet (A-Z, 0-9, '<').
int characterValue(QChar c);
inline bool isMrzCharacter(QChar c) {
    return characterValue(c) >= 0;
}

// The field without its trailing fillers.
QString withoutTrailingFillers(QStringView field);
// The field without fillers at either end.
QString withoutFillers(QStringView field);

// YYMMDD, where "<<" stands for an unknown day, month or year. The century is the latest one that
// does not put the date after `today`.
core::Result<core::PartialDate> decodeBirthDate(QStringView yymmdd, QDate today);
// YYMMDD, complete. The century puts the date within [today - 80 years, today + 20 years).
core::Result<QDate> decodeExpiryDate(QStringView yymmdd, QDate today);

core::Result<core::Sex> decodeSex(QChar c);

enum class CountryField { IssuingState, Nationality };
// Letters followed by fillers ("MAR", "D<<"); returned without the fillers.
core::Result<QString> decodeCountry(QStringView field, CountryField which);

struct Name {
    QString family;
    QString given;
};
// Primary identifier, "<<", secondary identifier; '<' between components. `line` and
// `firstColumn` (1-based) place the field for the error message.
core::Result<Name> decodeName(QStringView field, int line, int firstColumn);

} // namespace sijil::identity::mrz
