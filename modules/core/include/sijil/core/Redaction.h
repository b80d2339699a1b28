#pragma once

#include <QDebug>
#include <QString>

namespace sijil::core {

// A value that must never reach a log line in clear (a name, an ID number, a phone number).
// Logged, it prints as a short keyed digest, «r:abcdef», equal for equal values within one run
// so that lines can be correlated, and meaningless outside it.
class Sensitive {
public:
    explicit Sensitive(QString value)
        : m_value(std::move(value)) {}
    [[nodiscard]] QString digest() const;

private:
    QString m_value;
};

inline Sensitive sensitive(const QString& value) {
    return Sensitive(value);
}
QDebug operator<<(QDebug debug, const Sensitive& value);

// The safety net under every log line: masks what looks like patient data that someone forgot to
// wrap in Sensitive (phone numbers, identity document numbers, MRZ lines, long digit runs such as
// IPP or affiliation numbers, e-mail addresses). Names cannot be recognised by shape: types that
// carry them (PersonName, Identifier) print themselves redacted.
class Redactor {
public:
    [[nodiscard]] static QString scrub(const QString& message);
};

} // namespace sijil::core
