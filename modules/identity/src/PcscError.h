#pragma once

// PC/SC return codes as core::Error values: the only place that knows their meaning.

#include <sijil/core/Error.h>

#include <winscard.h>

namespace sijil::identity::pcsc {

// `operation` names the PC/SC call ("SCardConnect"); it goes into the detail with the code.
core::Error toError(LONG rv, const char* operation);

} // namespace sijil::identity::pcsc
