#pragma once

#include <QLabel>

namespace sijil::core {
class ConnectionStatus;
}

namespace sijil::ui {

// The status bar's view of the link to the central server: offline, online, or syncing, with the
// number of local changes waiting to be sent.
class ConnectionIndicator : public QLabel {
    Q_OBJECT
public:
    explicit ConnectionIndicator(core::ConnectionStatus& status, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    core::ConnectionStatus& m_status;
};

} // namespace sijil::ui
