#include <sijil/core/ConnectionStatus.h>

namespace sijil::core {

ConnectionStatus::ConnectionStatus(QObject* parent)
    : QObject(parent) {}

void ConnectionStatus::setServerConfigured(bool configured) {
    if (m_serverConfigured == configured)
        return;
    m_serverConfigured = configured;
    if (!configured)
        m_state = State::Offline;
    emit changed();
}

void ConnectionStatus::setState(State state) {
    if (!m_serverConfigured)
        state = State::Offline;  // nothing to be online with
    if (state != State::Syncing) // a cycle under way has not said yet
        m_reached = state == State::Online;
    if (m_state == state)
        return;
    m_state = state;
    emit changed();
}

void ConnectionStatus::setPendingCount(int count) {
    count = std::max(0, count);
    if (m_pending == count)
        return;
    m_pending = count;
    emit changed();
}

void ConnectionStatus::setLastSuccessUtc(const QDateTime& when) {
    m_lastSuccess = when;
    emit changed();
}

void ConnectionStatus::setConflictCount(int count) {
    count = std::max(0, count);
    if (m_conflicts == count)
        return;
    m_conflicts = count;
    emit changed();
}

void ConnectionStatus::setProblem(const std::optional<Error>& problem) {
    if (!problem && !m_problem)
        return;
    m_problem = problem;
    emit changed();
}

} // namespace sijil::core
