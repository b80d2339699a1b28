#include "IdleMonitor.h"

#include <sijil/access/SessionManager.h>

#include <QCoreApplication>
#include <QEvent>

namespace sijil::ui {

IdleMonitor::IdleMonitor(access::SessionManager& session, QObject* parent)
    : QObject(parent)
    , m_session(session) {
    QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_session.noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sijil::ui
