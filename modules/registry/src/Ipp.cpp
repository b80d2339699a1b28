#include <sijil/registry/Ipp.h>

namespace sijil::registry {

namespace {
constexpr int kDigits = 9;
}

QChar Ipp::checkCharacter(QStringView digits) {
    // ISO 7064 MOD 11-2, the pure system used by ISNI and ORCID.
    int sum = 0;
    for (const QChar c : digits)
        sum = ((sum + c.digitValue()) * 2) % 11;
    const int check = (12 - sum % 11) % 11;
    return check == 10 ? QChar(u'X') : QChar(char16_t(u'0' + check));
}

std::optional<QString> Ipp::fromNumber(qint64 number) {
    if (number <= 0 || number > kMaxNumber)
        return std::nullopt;
    const QString digits = QStringLiteral("%1").arg(number, kDigits, 10, QChar(u'0'));
    return digits + checkCharacter(digits);
}

QString Ipp::normalized(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c.toUpper();
    }
    return out;
}

bool Ipp::isValid(const QString& text) {
    const QString s = normalized(text);
    if (s.size() != kDigits + 1)
        return false;
    for (int i = 0; i < kDigits; ++i) {
        if (s[i] < u'0' || s[i] > u'9')
            return false;
    }
    return checkCharacter(QStringView(s).left(kDigits)) == s[kDigits];
}

} // namespace sijil::registry
