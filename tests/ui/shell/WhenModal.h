#pragma once

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace sijil::test {

// Runs `act` on the next modal dialog of type T once it is up (dialogs run their own loop). A
// dialog `act` left open is closed, so that a failing step fails the test instead of hanging it.
template <class T>
void whenModal(std::function<void(T*)> act) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, act] {
        if (auto* w = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            QPointer<QDialog> dialog(w);
            act(w);
            if (dialog && dialog->isVisible())
                dialog->reject();
        } else if (++*tries > 250) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace sijil::test
