#include "Terminal.h"

#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace sijil::app {

namespace {

// Written by the signal handler: a lock-free atomic is async-signal-safe.
std::atomic<bool> g_interrupted = false;
struct sigaction g_previous {};

void onInterrupt(int) {
    g_interrupted.store(true);
}

} // namespace

bool Terminal::stderrIsTerminal() {
    return isatty(STDERR_FILENO) == 1;
}

Terminal::InterruptCatcher::InterruptCatcher() {
    static_assert(std::atomic<bool>::is_always_lock_free);
    g_interrupted.store(false);
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &g_previous);
}

Terminal::InterruptCatcher::~InterruptCatcher() {
    sigaction(SIGINT, &g_previous, nullptr);
}

bool Terminal::InterruptCatcher::interrupted() {
    return g_interrupted.load();
}

bool Terminal::stdinIsTerminal() {
    return isatty(STDIN_FILENO) == 1;
}

QString Terminal::readLine() {
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QString Terminal::readSecret(const QString& prompt) {
    QTextStream(stderr) << prompt << Qt::flush;
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    const QString line = readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        QTextStream(stderr) << '\n' << Qt::flush;
    }
    return line;
}

} // namespace sijil::app
