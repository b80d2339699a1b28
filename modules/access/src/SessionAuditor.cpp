#include "AccessLog.h"

#include <sijil/access/SessionAuditor.h>
#include <sijil/access/SessionManager.h>
#include <sijil/core/Clock.h>
#include <sijil/storage/AuditTrail.h>

namespace sijil::access {

SessionAuditor::SessionAuditor(SessionManager& session, storage::AuditTrail& trail,
                               const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_trail(trail)
    , m_clock(clock) {
    connect(&session, &SessionManager::sessionStarted, this, [this] { record("login", 0); });
    connect(&session, &SessionManager::sessionLocked, this, [this] { record("lock", 0); });
    connect(&session, &SessionManager::sessionUnlocked, this, [this] { record("unlock", 0); });
    // Emitted while the ending session is still known, before a takeover replaces it.
    connect(&session, &SessionManager::sessionEnding, this, [this] { record("logout", 0); });
    connect(&session, &SessionManager::signInFailed, this,
            [this](const core::Error& error, const QString& username) {
                record("login", 4, QString::fromLatin1(error.code()), username);
            });
}

void SessionAuditor::record(const char* subtype, int outcome, const QString& detail,
                            const QString& attemptedUsername) {
    storage::AuditEntry e;
    e.recordedAtUtc = m_clock.nowUtc();
    e.action = QStringLiteral("E");
    e.subtype = QString::fromLatin1(subtype);
    e.outcome = outcome;
    e.detail = detail;
    if (const auto& s = m_session.session(); s && outcome == 0) {
        e.actorId = s->user.id;
        e.actorName = s->user.username;
        e.facilityId = s->facilityId;
        e.workstation = s->workstation;
        e.entityType = QStringLiteral("Session");
        e.entityId = s->sessionId;
    } else {
        e.actorName = attemptedUsername.trimmed();
        e.facilityId = m_session.facilityId();
        e.workstation = m_session.workstation();
    }
    if (auto r = m_trail.append(e); !r)
        qCCritical(lcAccess) << "audit entry not written:" << r.error();
}

} // namespace sijil::access
