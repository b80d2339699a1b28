#include "Terminal.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace sijil::app {

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
