#pragma once

#include <QString>

namespace sijil::app {

// The terminal for sijilctl: secrets read without echo (or one line from a pipe), progress, Ctrl+C.
class Terminal {
public:
    [[nodiscard]] static bool stdinIsTerminal();
    // Prompts on stderr and reads a line from the terminal with echo off.
    [[nodiscard]] static QString readSecret(const QString& prompt);
    // One line from standard input (for --password-stdin), without its line ending.
    [[nodiscard]] static QString readLine();
    // Whether standard error is a terminal (progress is then one line rewritten in place).
    [[nodiscard]] static bool stderrIsTerminal();

    // While one is alive, Ctrl+C (SIGINT) does not end the program: it only raises interrupted(),
    // for a long command to stop at a point where nothing is half-written. The previous handling
    // comes back when it is destroyed.
    class InterruptCatcher {
    public:
        InterruptCatcher();
        ~InterruptCatcher();
        InterruptCatcher(const InterruptCatcher&) = delete;
        InterruptCatcher& operator=(const InterruptCatcher&) = delete;
        [[nodiscard]] static bool interrupted();
    };
};

} // namespace sijil::app
