#pragma once

#include <sijil/core/Result.h>

#include <QCoreApplication>

namespace sijil::app {

// An older local store is checked whole and converted before anything else opens it: minutes on
// a large register. This is done off the GUI thread, behind a window that shows each step.
class StoreUpgrade {
    Q_DECLARE_TR_FUNCTIONS(sijil::app::StoreUpgrade)
public:
    // Nothing to do for a store that is current, new, or that cannot be read (the ordinary open
    // then says what is wrong with it). A refused upgrade is returned; the store is left as the
    // last finished step left it.
    static core::Status runIfNeeded(const QString& path);
};

} // namespace sijil::app
