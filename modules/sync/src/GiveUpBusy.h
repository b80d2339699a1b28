#pragma once

#include <sijil/core/Result.h>

namespace sijil::sync::detail {

// A refused change cannot be given up while another program syncs this store (it may be sending
// that very change): what the site administrator is told when the store's sync lock is not to be
// had. Any other failure to take the lock is returned as it is.
[[nodiscard]] core::Error giveUpRefusedBusy(const core::Error& lockRefusal);

} // namespace sijil::sync::detail
