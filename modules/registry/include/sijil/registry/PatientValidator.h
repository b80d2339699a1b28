#pragma once

#include <sijil/core/UserText.h>
#include <sijil/registry/PatientRecord.h>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sijil::registry {

class ReferenceData;

// One finding about one field: errors block the registration, warnings are shown and accepted.
struct ValidationIssue {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString field;   // the PatientRecord member, as the form names its widgets
    QByteArray code; // "registry/<what>", stable for programs and tests
    core::UserText message;
};

// Field-by-field checks of a registration, with the exact message shown beside the field.
class PatientValidator {
public:
    PatientValidator(const ReferenceData& reference, QDate today);

    [[nodiscard]] QList<ValidationIssue> validate(const PatientRecord& record) const;
    // The record as stored: document numbers upper case without spaces, phones in E.164,
    // surrounding spaces dropped. Values that cannot be normalised are left as typed.
    [[nodiscard]] static PatientRecord normalized(const PatientRecord& record);
    [[nodiscard]] static bool hasErrors(const QList<ValidationIssue>& issues);
    // A Moroccan ("06 12 34 56 78") or international ("+33 6…", "0033 6…") number in E.164, or
    // nullopt when it is not a valid phone number.
    [[nodiscard]] static std::optional<QString> phoneE164(const QString& text);
    // The emergency contact relationships offered (v3 RoleCode).
    [[nodiscard]] static QStringList relationshipCodes();

private:
    const ReferenceData& m_reference;
    QDate m_today;
};

} // namespace sijil::registry
