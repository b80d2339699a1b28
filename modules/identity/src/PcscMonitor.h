#pragma once

#include <sijil/core/Result.h>
#include <sijil/identity/ReaderPlugin.h>

#include <QList>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <winscard.h>

namespace sijil::identity {

// What changed since the previous update, and the readers as they are now.
struct PcscUpdate {
    enum class Kind { ReaderAdded, ReaderRemoved, CardInserted, CardRemoved };
    struct Event {
        Kind kind;
        QString reader;
    };
    QList<ReaderInfo> readers;
    QList<Event> events;
    // Set when pcscd went away (with why) or came back (without) since the previous update.
    bool serviceChanged = false;
    std::optional<core::Error> serviceProblem;
};

// The worker thread of PcscReaderPlugin: its own PC/SC context, blocked in SCardGetStatusChange
// until a reader or a card changes, or until stop() cancels the wait.
class PcscMonitor {
public:
    // Called on the worker thread for every change after the first listing.
    using Callback = std::function<void(PcscUpdate)>;

    explicit PcscMonitor(Callback onUpdate);
    ~PcscMonitor();
    PcscMonitor(const PcscMonitor&) = delete;
    PcscMonitor& operator=(const PcscMonitor&) = delete;

    // Starts the thread and returns its first listing, or why pcscd could not be reached (the
    // thread goes on trying).
    core::Result<QList<ReaderInfo>> start(std::chrono::milliseconds timeout);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread.joinable(); }

private:
    struct Known {
        std::string name;
        DWORD state = SCARD_STATE_UNAWARE;
        QByteArray atr;
    };

    void run();
    LONG watch(SCARDCONTEXT context, bool& delivered);
    void dropAll();
    void deliver(PcscUpdate update, bool& delivered);
    void deliverFirst(core::Result<QList<ReaderInfo>> first);
    void reportService(std::optional<core::Error> problem);
    [[nodiscard]] QList<ReaderInfo> snapshot() const;
    bool stopRequested();
    void waitForStop(std::chrono::milliseconds delay);

    Callback m_onUpdate;
    std::thread m_thread;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_finished = false;
    bool m_hasContext = false;
    SCARDCONTEXT m_context = 0;
    std::optional<core::Result<QList<ReaderInfo>>> m_first;

    // Worker thread only.
    std::map<std::string, Known> m_known;
    bool m_serviceUp = true;
};

} // namespace sijil::identity
