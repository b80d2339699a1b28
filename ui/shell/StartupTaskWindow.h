#pragma once

#include <sijil/core/Result.h>

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;

namespace sijil::ui {

// A window for slow work that must end before the program can go on, such as converting an older
// local store at start: the work runs on a thread of its own, so the window stays drawn (the
// desktop does not call the program frozen) and shows the step under way and the time spent. It
// cannot be closed meanwhile: the work is not one the user can cancel half-way.
class StartupTaskWindow : public QWidget {
    Q_OBJECT
public:
    StartupTaskWindow(const QString& headline, const QString& explanation,
                      QWidget* parent = nullptr);

    // Callable from any thread: the step under way; `count` 0 shows a bar without an end (a step
    // whose length is not known).
    void reportStep(const QString& text, int step, int count);
    // Shows the window and runs `work` on a thread of its own until it returns, the window drawn
    // and answering meanwhile; then hides it. Not re-entrant.
    core::Status run(const std::function<core::Status()>& work);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showStep(const QString& text, int step, int count);
    void showElapsed();

    QLabel* m_step = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_elapsed = nullptr;
    QElapsedTimer m_clock;
    QTimer m_tick;
    bool m_running = false;
};

} // namespace sijil::ui
