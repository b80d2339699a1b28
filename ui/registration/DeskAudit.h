#pragma once

#include "RegistrationServices.h"

#include <QList>
#include <QStringList>

namespace sijil::registry {
struct PatientHit;
}

namespace sijil::ui {

class FieldMessage;

// Who saw which patients on the admission screens, as the person signed in (nothing without a
// session): R entries of `subtype` ("search": a list of results or of candidates, "read": a record
// opened or compared whole) with `detail` saying where, appended off the GUI thread through the
// services' AuditWriter. An append that fails is logged there and said on `message` as a warning:
// no dialog, the focus and whatever was typed stay, and the clerk can tell the administrator.
void auditShown(const RegistrationServices& services, const char* subtype,
                const QStringList& patientIds, const QString& detail, FieldMessage* message);
// The same for the patients of `hits`.
void auditShown(const RegistrationServices& services, const char* subtype,
                const QList<registry::PatientHit>& hits, const QString& detail,
                FieldMessage* message);

} // namespace sijil::ui
