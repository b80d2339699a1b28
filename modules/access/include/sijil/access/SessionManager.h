#pragma once

#include <sijil/access/User.h>
#include <sijil/core/Result.h>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace sijil::access {

class Authenticator;

// The session as a small state machine the screens observe:
//
//   SignedOut --signIn ok--> Active --idle timeout / lock()--> Locked
//        ^                     |  ^                              |
//        +----- signOut() -----+  +---- unlock (same user) ------+
//        ^                                                       |
//        +------------- signIn by another user: the first session ends, the new one starts
//
// Authenticating is asynchronous; while it runs the state is Authenticating and further requests
// are ignored.
class SessionManager : public QObject {
    Q_OBJECT
public:
    enum class State { SignedOut, Authenticating, Active, Locked };
    Q_ENUM(State)

    SessionManager(Authenticator& authenticator, QString facilityId, QString workstation,
                   QObject* parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const std::optional<SessionInfo>& session() const { return m_session; }
    [[nodiscard]] Authenticator& authenticator() { return m_auth; }
    [[nodiscard]] const QString& facilityId() const { return m_facilityId; }
    [[nodiscard]] const QString& workstation() const { return m_workstation; }

    // Starts a session, or, when locked, unlocks it (same user) or replaces it (another user).
    void signIn(const QString& username, const QString& password);
    // Unlocks the locked session with its own user's password.
    void unlock(const QString& password);
    void lock();
    void signOut();

    // 0 disables the automatic lock.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    // Called for every user input while a session is active (the UI filters events).
    void noteActivity();

signals:
    void stateChanged(sijil::access::SessionManager::State state);
    void sessionStarted();
    // The session is over (signed out, or replaced by another user's): clear what it showed.
    void sessionEnded();
    // Just before a session ends, while session() still describes it.
    void sessionEnding();
    void sessionLocked();
    void sessionUnlocked();
    // `username` is what was typed, for the audit trail.
    void signInFailed(const sijil::core::Error& error, const QString& username);

private:
    void setState(State state);
    void finish(const QString& username, const core::Result<User>& result);
    void armIdleTimer();
    void onIdleTimer();

    Authenticator& m_auth;
    QString m_facilityId;
    QString m_workstation;
    State m_state = State::SignedOut;
    State m_stateBeforeAuth = State::SignedOut;
    std::optional<SessionInfo> m_session;
    std::chrono::milliseconds m_idleTimeout{0};
    QTimer m_idleTimer;
    QElapsedTimer m_sinceActivity;
    quint64 m_attempt = 0;
};

} // namespace sijil::access
