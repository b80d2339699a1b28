#pragma once

#include <QObject>

namespace sijil::core {
class Clock;
}
namespace sijil::storage {
class AuditTrail;
}

namespace sijil::access {

class SessionManager;

// Writes the session's life to the audit trail: sign-in (and refused attempts), lock, unlock,
// sign-out, takeover. These are the "who and where" every later audit entry refers to.
class SessionAuditor : public QObject {
    Q_OBJECT
public:
    SessionAuditor(SessionManager& session, storage::AuditTrail& trail, const core::Clock& clock,
                   QObject* parent = nullptr);

private:
    void record(const char* subtype, int outcome, const QString& detail = {},
                const QString& attemptedUsername = {});

    SessionManager& m_session;
    storage::AuditTrail& m_trail;
    const core::Clock& m_clock;
};

} // namespace sijil::access
