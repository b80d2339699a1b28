#pragma once

#include <sijil/core/Result.h>
#include <sijil/sync/SyncEngine.h>

#include <memory>

namespace sijil::sync::detail {

// Resolves a push or pull in progress (its state holds the promise) with its outcome.
template <typename State>
void finish(const std::shared_ptr<State>& state, core::Result<SyncReport> result) {
    state->promise.addResult(std::move(result));
    state->promise.finish();
}

} // namespace sijil::sync::detail
