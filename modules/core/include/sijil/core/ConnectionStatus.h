#pragma once

#include <sijil/core/Error.h>

#include <QDateTime>
#include <QObject>

#include <optional>

namespace sijil::core {

// The link to the central server as the status bar shows it. The sync module drives it; a
// workstation with no central server configured stays Offline for good.
class ConnectionStatus : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Online, Syncing };
    Q_ENUM(State)

    explicit ConnectionStatus(QObject* parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    // Local changes not yet accepted by the server.
    [[nodiscard]] int pendingCount() const { return m_pending; }
    [[nodiscard]] const QDateTime& lastSuccessUtc() const { return m_lastSuccess; }
    [[nodiscard]] bool serverConfigured() const { return m_serverConfigured; }
    // The last sync cycle that ended reached the server. Syncing says nothing of it (a cycle
    // starts before any contact), nor does the start before the first cycle ends: what a screen
    // that asks the server itself (the desk's search) goes by.
    [[nodiscard]] bool serverReached() const { return m_serverConfigured && m_reached; }
    // Resources changed both here and on the server, waiting for a person to choose.
    [[nodiscard]] int conflictCount() const { return m_conflicts; }
    // Why the last cycle, with the server reached, did not do all its work (changes refused, an
    // answer not understood); empty when it did. The sync log has the details.
    [[nodiscard]] const std::optional<Error>& problem() const { return m_problem; }

    void setServerConfigured(bool configured);
    void setState(State state);
    void setPendingCount(int count);
    void setLastSuccessUtc(const QDateTime& when);
    void setConflictCount(int count);
    void setProblem(const std::optional<Error>& problem);

signals:
    void changed();

private:
    State m_state = State::Offline;
    int m_pending = 0;
    QDateTime m_lastSuccess;
    bool m_serverConfigured = false;
    bool m_reached = false;
    int m_conflicts = 0;
    std::optional<Error> m_problem;
};

} // namespace sijil::core
