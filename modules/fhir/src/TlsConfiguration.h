#pragma once

#include <sijil/fhir/FhirClient.h>

#include <QSslConfiguration>

namespace sijil::fhir::detail {

// What every call's TLS uses: the peer always verified, the site's CA added, the workstation's
// certificate and key when the site gives them.
QSslConfiguration tlsConfiguration(const FhirClient::Config& config);

} // namespace sijil::fhir::detail
