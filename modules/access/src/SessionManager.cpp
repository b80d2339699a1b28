#include "AccessLog.h"

#include <sijil/access/Authenticator.h>
#include <sijil/access/SessionManager.h>
#include <sijil/core/Redaction.h>

#include <QDateTime>
#include <QUuid>

namespace sijil::access {

SessionManager::SessionManager(Authenticator& authenticator, QString facilityId,
                               QString workstation, QObject* parent)
    : QObject(parent)
    , m_auth(authenticator)
    , m_facilityId(std::move(facilityId))
    , m_workstation(std::move(workstation)) {
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &SessionManager::onIdleTimer);
}

void SessionManager::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SessionManager::signIn(const QString& username, const QString& password) {
    if (m_state == State::Authenticating || m_state == State::Active)
        return;
    m_stateBeforeAuth = m_state;
    setState(State::Authenticating);
    const quint64 attempt = ++m_attempt;
    m_auth.authenticate(username, password)
        .then(this, [this, attempt, username](const core::Result<User>& result) {
            if (attempt == m_attempt)
                finish(username, result);
        });
}

void SessionManager::unlock(const QString& password) {
    if (m_state != State::Locked || !m_session)
        return;
    signIn(m_session->user.username, password);
}

void SessionManager::finish(const QString& username, const core::Result<User>& result) {
    if (!result) {
        setState(m_stateBeforeAuth);
        emit signInFailed(result.error(), username);
        return;
    }
    const User& user = *result;
    if (m_stateBeforeAuth == State::Locked && m_session && m_session->user.id == user.id) {
        qCInfo(lcAccess) << "session unlocked";
        setState(State::Active);
        armIdleTimer();
        emit sessionUnlocked();
        return;
    }
    if (m_session) {
        // Another person takes over a locked desk: the first session ends first, so that nothing
        // of it (open patient, drafts) carries over to the new user.
        qCInfo(lcAccess) << "locked session ended by another user's sign-in";
        emit sessionEnding();
        m_session.reset();
        m_state = State::SignedOut;
        emit sessionEnded();
    }
    SessionInfo info;
    info.user = user;
    info.facilityId = user.facilityId.isEmpty() ? m_facilityId : user.facilityId;
    info.workstation = m_workstation;
    info.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.startedAtUtc = QDateTime::currentDateTimeUtc();
    info.authenticationMethod = m_auth.method();
    m_session = info;
    qCInfo(lcAccess) << "session started for" << core::sensitive(user.username);
    setState(State::Active);
    armIdleTimer();
    emit sessionStarted();
}

void SessionManager::lock() {
    if (m_state != State::Active)
        return;
    m_idleTimer.stop();
    qCInfo(lcAccess) << "session locked";
    setState(State::Locked);
    emit sessionLocked();
}

void SessionManager::signOut() {
    if (!m_session)
        return;
    ++m_attempt; // a sign-in still running belongs to the old state
    m_idleTimer.stop();
    emit sessionEnding();
    m_session.reset();
    qCInfo(lcAccess) << "signed out";
    setState(State::SignedOut);
    emit sessionEnded();
}

void SessionManager::setIdleTimeout(std::chrono::milliseconds timeout) {
    m_idleTimeout = timeout;
    if (m_state == State::Active)
        armIdleTimer();
}

void SessionManager::noteActivity() {
    // Cheap enough for every mouse move: the timer is re-armed only when it fires.
    m_sinceActivity.restart();
}

void SessionManager::armIdleTimer() {
    m_sinceActivity.restart();
    if (m_idleTimeout.count() > 0)
        m_idleTimer.start(m_idleTimeout);
    else
        m_idleTimer.stop();
}

void SessionManager::onIdleTimer() {
    if (m_state != State::Active || m_idleTimeout.count() <= 0)
        return;
    const qint64 idle = m_sinceActivity.elapsed();
    if (idle < m_idleTimeout.count()) {
        m_idleTimer.start(std::chrono::milliseconds(m_idleTimeout.count() - idle));
        return;
    }
    qCInfo(lcAccess) << "session locked after" << idle << "ms without activity";
    lock();
}

} // namespace sijil::access
