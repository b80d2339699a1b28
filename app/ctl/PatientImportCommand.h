#pragma once

#include <QStringList>

namespace sijil::registry {
class PatientRegistry;
}

namespace sijil::app {

class CtlContext;

// `sijilctl patient import FILE [--keep-duplicates]`: a register from a CSV file (read a chunk at
// a time) or a FHIR bundle (read whole, its size bounded), with progress, Ctrl+C between
// transactions, and each refusal named by its line or entry.
int importRegister(CtlContext& ctx, registry::PatientRegistry& reg, const QStringList& args);

} // namespace sijil::app
