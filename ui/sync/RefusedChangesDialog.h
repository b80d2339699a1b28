#pragma once

#include <sijil/core/Result.h>
#include <sijil/storage/ResourceStore.h>

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sijil::access {
class SessionManager;
}
namespace sijil::core {
class ConnectionStatus;
}
namespace sijil::sync {
class RefusedChanges;
}

namespace sijil::ui {

// The changes the central server refused for good, for the site administrator: when, by whom,
// which records, and the server's reason; one may be given up (after a question), its records
// put back as the server has them. A refused registration is corrected at the desk instead.
class RefusedChangesDialog : public QDialog {
    Q_OBJECT
public:
    // `status`, when given, is the sync's: while a cycle runs (it may be sending the change
    // again), nothing is given up.
    RefusedChangesDialog(sync::RefusedChanges& refused, access::SessionManager& session,
                         const core::ConnectionStatus* status = nullptr, QWidget* parent = nullptr);

    // Re-reads the list (after a sync cycle); returns how many changes wait refused.
    int reload();

signals:
    void changeGivenUp();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    [[nodiscard]] bool syncing() const;
    void giveUpSelected();
    void givenUp(const core::Result<int>& given);
    // How the list names what a change writes: patients by IPP and name, the rest counted.
    [[nodiscard]] QString recordsOf(const storage::RefusedChange& change) const;

    sync::RefusedChanges& m_refused;
    access::SessionManager& m_session;
    const core::ConnectionStatus* m_status;
    QList<storage::RefusedChange> m_changes;
    // A give-up waiting for the sync cycle under way to end; dropped with the screen (it is
    // still made, and audited).
    QFutureWatcher<core::Result<int>> m_giving;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_giveUp = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace sijil::ui
