#pragma once

#include <sijil/core/PartialDate.h>
#include <sijil/core/Sex.h>

#include <QDate>
#include <QString>

namespace sijil::identity {

// What the machine-readable zone (ICAO 9303) of a passport or an ID card says, checked and decoded.
struct MrzData {
    enum class Format {
        TD1, // ID cards: 3 lines of 30 characters
        TD2, // 2 lines of 36 characters
        TD3, // passports: 2 lines of 44 characters
    };

    Format format = Format::TD3;
    // "P", "I", "ID", "AC"...: the trailing filler of the 2-character field is removed.
    QString documentCode;
    // ICAO 3-letter codes ("MAR", "UTO"); Germany's "D" comes without its fillers.
    QString issuingState;
    // Complete, including the part that TD1 and TD2 carry over into the optional data when the
    // number is longer than 9 characters.
    QString documentNumber;
    // Optional data as printed, trailing fillers removed. TD1: line 1 (after any document number
    // overflow) and line 2; TD2: line 2; TD3: the personal number field. optionalData2 is TD1 only.
    QString optionalData1;
    QString optionalData2;
    // Latin transliteration as printed, components separated by single spaces. givenNames is empty
    // when the zone has no secondary identifier.
    QString familyName;
    QString givenNames;
    QString nationality;
    // Day, month or year precision: the zone writes unknown parts of a birth date as "<<". Invalid
    // (isValid() false) when even the year is unknown.
    core::PartialDate birthDate;
    // M and F as printed; X (ICAO "unspecified", a third gender in several states) as Other; '<' as
    // Unknown.
    core::Sex sex = core::Sex::Unknown;
    QDate expiryDate;

    // The holder's national number. Moroccan ID cards (document code "ID", issuing state "MAR")
    // carry the CNIE number ("BE123456": one or two letters then digits) at the start of the line-1
    // optional data, while documentNumber is the number of the card itself; that CNIE number is
    // returned. Otherwise the first non-empty optional data with fillers trimmed at both ends.
    [[nodiscard]] QString personalNumber() const;
};

} // namespace sijil::identity
