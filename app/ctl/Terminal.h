#pragma once

#include <QString>

namespace sijil::app {

// Reading secrets for sijilctl: from a terminal without echo, or one line from a pipe.
class Terminal {
public:
    [[nodiscard]] static bool stdinIsTerminal();
    // Prompts on stderr and reads a line from the terminal with echo off.
    [[nodiscard]] static QString readSecret(const QString& prompt);
    // One line from standard input (for --password-stdin), without its line ending.
    [[nodiscard]] static QString readLine();
};

} // namespace sijil::app
