#pragma once

#include "CtlContext.h"

#include <sijil/registry/PatientRecord.h>
#include <sijil/registry/PatientRegistry.h>

#include <QStringList>

// What the patient and dedup commands share: a patient's name as shown, and the audit of a read.
namespace sijil::app {

inline QString nameOf(const registry::PatientRecord& r) {
    using Script = core::PersonName::Script;
    const QString latin = r.name.display(Script::Latin);
    const QString arabic = r.name.display(Script::Arabic);
    if (latin.isEmpty())
        return arabic;
    return arabic.isEmpty() ? latin : latin + QStringLiteral(" / ") + arabic;
}

// Who read which patients, said in the audit trail before anything is shown (as at the desk).
inline bool audited(const CtlContext& ctx, registry::PatientRegistry& reg, const char* subtype,
                    const QStringList& ids, const QString& detail = {}) {
    if (auto a = reg.auditRead(ctx.session(), subtype, ids, detail); !a) {
        CtlContext::printError(a.error());
        return false;
    }
    return true;
}

} // namespace sijil::app
