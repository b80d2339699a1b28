#pragma once

#include <QString>

#include <optional>

namespace sijil::registry {

// The permanent patient identifier: nine digits and an ISO 7064 MOD 11-2 check character
// (0-9 or X): ten characters, e.g. "000001234X". The check character catches every
// single wrong digit and every swap of two neighbours, the usual slips at a desk.
class Ipp {
public:
    static constexpr qint64 kMaxNumber = 999'999'999;

    // The IPP of a number drawn from the site's block; nullopt when out of range.
    static std::optional<QString> fromNumber(qint64 number);
    // The check character of a string of digits.
    static QChar checkCharacter(QStringView digits);
    // Nine digits and the right check character (a lowercase x is accepted); spaces ignored.
    static bool isValid(const QString& text);
    // Upper case, spaces removed: the form stored and compared.
    static QString normalized(const QString& text);
};

} // namespace sijil::registry
