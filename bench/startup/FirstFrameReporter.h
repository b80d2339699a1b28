#pragma once

// Start-up measurement shared by the Sijil desktop program and bench/startup/bare_window.cpp, so
// that both are timed by exactly the same code. Header-only: the app includes it without linking
// anything from bench/.
//
// What "first frame" means here: the first QEvent::Expose with isExposed() delivered to the main
// window's QWindow, *after* Qt has finished handling it. Qt Widgets paints and flushes the backing
// store synchronously inside that expose handler, so the timestamp is taken in a call queued from
// the event filter: by then the first frame has been painted and handed to the display server.
//
// Where time starts: the runner (run_startup.py) reads CLOCK_MONOTONIC immediately before it
// forks and execs the program and passes it as SIJIL_BENCH_T0_NS (nanoseconds); the program reads
// the same clock here. That covers exec, dynamic loading and static initialisers, which a timer
// started in main() would miss. Without the variable, the process start time from
// /proc/self/stat (field 22, clock ticks since boot, the kernel's boot-time clock) is compared
// with CLOCK_BOOTTIME; that works when a program is started by hand but has only the tick
// resolution (usually 10 ms).
//
// Memory: VmHWM (peak resident set) and VmRSS (resident set now) from /proc/self/status, in KiB.
//
// Output: one JSON line on stdout, then the application quits with exit code 0:
//   {"firstFrameMs":123.456,"vmHwmKiB":45678,"vmRssKiB":45000,"t0Source":"env"}
//
// Use in a main() that does not hold the window itself (the app's composition root builds it);
// it does nothing unless SIJIL_BENCH_FIRST_FRAME=1:
//   QApplication app(argc, argv);
//   sijil::bench::FirstFrameReporter::installFromEnvironment();

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QWidget>
#include <QWindow>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace sijil::bench {

class FirstFrameReporter : public QObject {
public:
    // Reports the first frame of the first QMainWindow that Qt exposes in this application.
    static void watchFirstMainWindow() { install(nullptr); }

    // Reports the first frame of `window` (a top-level widget, shown or not yet shown).
    static void watch(QWidget* window) { install(window); }

    // watchFirstMainWindow() when SIJIL_BENCH_FIRST_FRAME is "1"; does nothing otherwise, so a
    // normal start pays one getenv. Returns whether the reporter is installed.
    static bool installFromEnvironment() {
        const char* flag = std::getenv("SIJIL_BENCH_FIRST_FRAME");
        if (flag == nullptr || std::strcmp(flag, "1") != 0)
            return false;
        watchFirstMainWindow();
        return true;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (m_seen || event->type() != QEvent::Expose)
            return false;
        auto* window = qobject_cast<QWindow*>(watched);
        if (window == nullptr || !window->isExposed() || !isTarget(window))
            return false;
        m_seen = true;
        // Let Qt paint and flush this frame first; measure once the expose handler is done.
        QMetaObject::invokeMethod(
            this, [this] { report(); }, Qt::QueuedConnection);
        return false;
    }

private:
    explicit FirstFrameReporter(QWidget* window)
        : QObject(QCoreApplication::instance())
        , m_window(window)
        , m_any(window == nullptr) {}

    static void install(QWidget* window) {
        // An application-wide filter sees the expose events of every QWindow, including windows
        // whose platform handle does not exist yet when the reporter is installed.
        auto* reporter = new FirstFrameReporter(window);
        QCoreApplication::instance()->installEventFilter(reporter);
    }

    [[nodiscard]] bool isTarget(const QWindow* window) const {
        if (!m_any)
            return m_window && m_window->windowHandle() == window;
        const QWidgetList topLevels = QApplication::topLevelWidgets();
        for (const QWidget* w : topLevels) {
            if (w->windowHandle() == window && qobject_cast<const QMainWindow*>(w) != nullptr)
                return true;
        }
        return false;
    }

    void report() {
        const double elapsedMs = elapsedSinceStartMs();
        QCoreApplication::instance()->removeEventFilter(this);
        std::printf(
            "{\"firstFrameMs\":%.3f,\"vmHwmKiB\":%ld,\"vmRssKiB\":%ld,\"t0Source\":\"%s\"}\n",
            elapsedMs, statusKiB("VmHWM:"), statusKiB("VmRSS:"), m_t0Source);
        std::fflush(stdout);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    }

    static std::int64_t nowNs(clockid_t clock) {
        timespec ts{};
        clock_gettime(clock, &ts);
        return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
    }

    // Milliseconds from the start of the process to now; -1 when no start time is known.
    double elapsedSinceStartMs() {
        if (const char* t0 = std::getenv("SIJIL_BENCH_T0_NS")) {
            char* end = nullptr;
            errno = 0;
            const long long start = std::strtoll(t0, &end, 10);
            if (errno == 0 && end != t0 && *end == '\0' && start > 0) {
                m_t0Source = "env";
                return static_cast<double>(nowNs(CLOCK_MONOTONIC) - start) / 1e6;
            }
        }
        const long long ticks = processStartTicks();
        const long hz = sysconf(_SC_CLK_TCK);
        if (ticks < 0 || hz <= 0)
            return -1.0;
        m_t0Source = "procStat";
        const double startNs = static_cast<double>(ticks) * 1e9 / static_cast<double>(hz);
        return (static_cast<double>(nowNs(CLOCK_BOOTTIME)) - startNs) / 1e6;
    }

    // Field 22 of /proc/self/stat. Field 2 (the command name) may hold spaces and parentheses,
    // so counting starts after its closing parenthesis.
    static long long processStartTicks() {
        std::FILE* f = std::fopen("/proc/self/stat", "r");
        if (f == nullptr)
            return -1;
        char buf[1024] = {};
        const std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
        std::fclose(f);
        buf[n] = '\0';
        const char* p = std::strrchr(buf, ')');
        if (p == nullptr)
            return -1;
        // After ")" comes field 3 (state); field 22 is 19 spaces further.
        for (int field = 2; field < 22 && p != nullptr; ++field)
            p = std::strchr(p + 1, ' ');
        if (p == nullptr)
            return -1;
        return std::strtoll(p + 1, nullptr, 10);
    }

    // A "Name:   1234 kB" line of /proc/self/status, in KiB; -1 when absent.
    static long statusKiB(const char* key) {
        std::FILE* f = std::fopen("/proc/self/status", "r");
        if (f == nullptr)
            return -1;
        char line[256] = {};
        long value = -1;
        const std::size_t keyLength = std::strlen(key);
        while (std::fgets(line, sizeof line, f) != nullptr) {
            if (std::strncmp(line, key, keyLength) == 0) {
                value = std::strtol(line + keyLength, nullptr, 10);
                break;
            }
        }
        std::fclose(f);
        return value;
    }

    QPointer<QWidget> m_window;
    bool m_any = false;
    bool m_seen = false;
    const char* m_t0Source = "none";
};

} // namespace sijil::bench
