#pragma once

#include <sijil/core/Result.h>
#include <sijil/identity/MrzData.h>

#include <QDate>
#include <QString>
#include <QStringView>

namespace sijil::identity {

// Reads the machine-readable zone of an ICAO 9303 document (TD1, TD2 or TD3) as a scanner or an
// OCR engine delivers it, and checks every check digit.
//
// Lines may be separated by "\n", "\r\n" or "\r", or not at all (one run of 90, 72 or 88
// characters). Lowercase letters are read as uppercase; blank lines and characters outside the
// MRZ alphabet at either end of a line (spaces, OCR noise) are dropped. The format follows from
// the number and length of the lines.
//
// Two-digit years are placed in the century that keeps the birth date from being after `today`,
// and the expiry date within 80 years before and 20 years after `today`.
//
// Every failure is an Error with code "identity/mrz-<what>" and a French message saying what is
// wrong: mrz-format, mrz-bad-character, mrz-bad-document-code, mrz-visa, mrz-unsupported,
// mrz-check-document-number, mrz-check-birth-date, mrz-check-expiry, mrz-check-optional-data,
// mrz-check-composite, mrz-bad-date, mrz-bad-sex, mrz-bad-country, mrz-bad-name.
class MrzParser {
public:
    static core::Result<MrzData> parse(const QString& text, QDate today = QDate::currentDate());

    // ICAO 9303 part 3 check digit: weights 7, 3, 1 repeated; '0'-'9' count as 0-9, 'A'-'Z' as
    // 10-35 and the filler '<' as 0; the sum modulo 10. -1 if the text holds any other character.
    static int checkDigit(QStringView text);
};

} // namespace sijil::identity
