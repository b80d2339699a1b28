#pragma once

#include <QDebug>
#include <QMetaType>
#include <QString>

namespace sijil::core {

// A business identifier as FHIR has it: a namespace (system URI) and a value in it. The IPP, a
// CNIE number and a passport number are identifiers of different systems.
class Identifier {
public:
    Identifier() = default;
    Identifier(QString system, QString value);

    [[nodiscard]] const QString& system() const { return m_system; }
    [[nodiscard]] const QString& value() const { return m_value; }
    [[nodiscard]] bool isEmpty() const { return m_value.isEmpty(); }

    friend bool operator==(const Identifier&, const Identifier&) = default;

private:
    QString m_system;
    QString m_value;
};

// The system is printed, the value redacted.
QDebug operator<<(QDebug debug, const Identifier& id);

} // namespace sijil::core

Q_DECLARE_METATYPE(sijil::core::Identifier)
