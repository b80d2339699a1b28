#pragma once

namespace sijil::ui {

// What a workspace page implements when it may hold work the user has not saved (a half-typed
// registration). The main window asks it before the user quits, closes the window or signs out
// on purpose; never on a lock or a session timeout, which must not wait for an answer (the work
// stays under the lock). An interface here, so that the shell knows no page of its own.
class PendingWork {
public:
    virtual ~PendingWork() = default;
    // Something typed would be lost by leaving now.
    [[nodiscard]] virtual bool hasPendingWork() const = 0;
    // Asks the user, when something would be lost, whether to drop it; whether they may leave.
    [[nodiscard]] virtual bool confirmLeaving() = 0;

protected:
    PendingWork() = default;
    PendingWork(const PendingWork&) = default;
    PendingWork& operator=(const PendingWork&) = default;
};

} // namespace sijil::ui
