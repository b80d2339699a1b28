#pragma once

#include <QObject>

namespace sijil::access {
class SessionManager;
}

namespace sijil::ui {

// Tells the session about every keyboard, mouse and touch input anywhere in the application, so
// that an unattended desk locks itself after the site's idle time.
class IdleMonitor : public QObject {
    Q_OBJECT
public:
    explicit IdleMonitor(access::SessionManager& session, QObject* parent = nullptr);
    ~IdleMonitor() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    access::SessionManager& m_session;
};

} // namespace sijil::ui
