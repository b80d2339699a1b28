#include "StartupTaskWindow.h"

#include <QCloseEvent>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace sijil::ui {

StartupTaskWindow::StartupTaskWindow(const QString& headline, const QString& explanation,
                                     QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::CustomizeWindowHint | Qt::WindowTitleHint) {
    setObjectName(QStringLiteral("startupTask"));
    setWindowTitle(QStringLiteral("Sijil"));
    auto* title = new QLabel(headline, this);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setWordWrap(true);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("startupTaskStep"));
    m_step->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("startupTaskProgress"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("startupTaskElapsed"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(24, 24, 24, 24);
    v->setSpacing(12);
    for (QWidget* w : std::initializer_list<QWidget*>{title, text, m_step, m_bar, m_elapsed})
        v->addWidget(w);
    setFixedWidth(520);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StartupTaskWindow::showElapsed);
}

void StartupTaskWindow::reportStep(const QString& text, int step, int count) {
    QMetaObject::invokeMethod(
        this, [this, text, step, count] { showStep(text, step, count); }, Qt::QueuedConnection);
}

void StartupTaskWindow::showStep(const QString& text, int step, int count) {
    m_step->setText(text);
    m_bar->setRange(0, count);
    m_bar->setValue(count > 0 ? step - 1 : 0); // a step being done is not done yet
}

void StartupTaskWindow::showElapsed() {
    const qint64 seconds = m_clock.elapsed() / 1000;
    m_elapsed->setText(tr("Temps écoulé : %1 min %2 s")
                           .arg(QString::number(seconds / 60), QString::number(seconds % 60)));
}

core::Status StartupTaskWindow::run(const std::function<core::Status()>& work) {
    core::Status result;
    QEventLoop loop;
    const std::unique_ptr<QThread> thread(QThread::create([&result, &work] { result = work(); }));
    thread->setObjectName(QStringLiteral("sijil-startup-task"));
    // Queued to this thread: a work that ends before the loop runs still ends it.
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    m_running = true;
    m_clock.start();
    showElapsed();
    m_tick.start();
    show();
    raise();
    thread->start();
    loop.exec();
    thread->wait();
    m_tick.stop();
    m_running = false;
    hide();
    return result;
}

void StartupTaskWindow::closeEvent(QCloseEvent* event) {
    if (m_running)
        event->ignore();
    else
        QWidget::closeEvent(event);
}

} // namespace sijil::ui
