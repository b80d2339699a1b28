#pragma once

#include <QMenu>

namespace sijil::access {
class SessionManager;
}
namespace sijil::core {
class ConnectionStatus;
}
namespace sijil::registry {
class ReferenceData;
}
namespace sijil::sync {
class ConflictResolver;
class RefusedChanges;
class SyncLogModel;
class SyncThread;
} // namespace sijil::sync

namespace sijil::ui {

// The "Synchronisation" menu: sync now, the conflicts screen, and (site administrators) the
// changes the server refused and the sync log. Its entries work only inside an open session.
class SyncMenu : public QMenu {
    Q_OBJECT
public:
    // `service` is null on a workstation with no central server; the sync itself runs on its
    // worker thread, reached only through the host's queued calls and signals.
    SyncMenu(sync::SyncThread* service, sync::ConflictResolver& resolver,
             sync::RefusedChanges& refused, sync::SyncLogModel& log,
             access::SessionManager& session, const registry::ReferenceData* reference,
             QWidget* parent = nullptr);

    QAction* syncNowAction() const { return m_syncNow; }
    QAction* conflictsAction() const { return m_conflicts; }
    QAction* refusedAction() const { return m_refused; }
    // The sync's status, for the screens that must not act while a cycle runs.
    void setConnectionStatus(const core::ConnectionStatus* status) { m_status = status; }
    QAction* logAction() const { return m_log; }

signals:
    // After a conflict was settled, or a refused change given up: the status bar's counts are
    // stale.
    void conflictResolved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();
    void openConflicts();
    void openRefused();
    void openLog();

    sync::SyncThread* m_service;
    sync::ConflictResolver& m_resolver;
    sync::RefusedChanges& m_refusedChanges;
    sync::SyncLogModel& m_logModel;
    access::SessionManager& m_session;
    const registry::ReferenceData* m_reference;
    const core::ConnectionStatus* m_status = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_conflicts = nullptr;
    QAction* m_refused = nullptr;
    QAction* m_log = nullptr;
};

} // namespace sijil::ui
