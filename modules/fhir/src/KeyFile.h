#pragma once

#include <QString>

namespace sijil::fhir {

// Whether accounts other than the file's owner may read or write it: a private key they can
// read is no longer this workstation's alone (ssh refuses such keys for the same reason).
bool othersCanUse(const QString& path);

} // namespace sijil::fhir
