// The ICAO 9303 check digit, written for the tests apart from MrzParser, so that the zones the
// tests build do not depend on the code under test.
#pragma once

#include <QString>

namespace sijil::test {

inline QString icaoCheckDigit(const QString& text) {
    const int weights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i).toLatin1();
        const int value = c == '<' ? 0 : (c >= '0' && c <= '9') ? c - '0' : c - 'A' + 10;
        sum += value * weights[i % 3];
    }
    return QString::number(sum % 10);
}

} // namespace sijil::test
