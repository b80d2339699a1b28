#pragma once

#include <sijil/core/Result.h>
#include <sijil/registry/PatientRegistry.h>

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace sijil::registry {

class ReadConnection;

// Reads of the register that must not freeze the screen asking for them (the desk's search as
// you type, the duplicate review queue): when the store is a file, they run on a thread of their
// own, on a registry of their own over a connection of their own, which sees what the desk's
// connection has committed and nothing else. A store in memory cannot be opened twice: there,
// reads run at once on the calling thread, through the registry given.
//
// One read at a time is of interest: a new read supersedes the one still running, which is
// interrupted and whose result is dropped.
class RegistryReader : public QObject {
    Q_OBJECT
public:
    RegistryReader(const PatientRegistry& registry, const QString& threadName,
                   QObject* parent = nullptr);
    // Interrupts the read running, if any, and waits for the thread to end.
    ~RegistryReader() override;

    // Whether reads run on the reader's thread (a store in a file).
    [[nodiscard]] bool inBackground() const { return m_thread != nullptr; }
    // That thread (tests); none when reads run on the calling thread.
    [[nodiscard]] QThread* readingThread() const { return m_thread; }
    // A read was asked and its result has not come back yet.
    [[nodiscard]] bool isReading() const { return m_waiting; }

    // Runs `work(registry)`, then `done(result)` on this object's thread, unless a newer read
    // was asked or cancel() was called in between. With no background thread both run before
    // read() returns. `work` returns a core::Result: a store that cannot be opened on the
    // reader's connection is that result's error.
    template <class Work, class Done>
    void read(Work work, Done done) {
        using Result = std::invoke_result_t<Work&, const PatientRegistry&>;
        post([work = std::move(work), done = std::move(done)](
                 const core::Result<const PatientRegistry*>& registry) -> std::function<void()> {
            auto result =
                std::make_shared<Result>(registry ? work(**registry) : Result(registry.error()));
            return [result, done] {
                done(*result);
            };
        });
    }
    // Forgets the read running, if any, and interrupts it.
    void cancel();

private:
    // Runs on the reading thread; returns what to run back on this object's thread.
    using Job = std::function<std::function<void()>(const core::Result<const PatientRegistry*>&)>;
    void post(Job job);

    const PatientRegistry& m_registry;
    QThread* m_thread = nullptr;
    QObject* m_context = nullptr;           // lives on m_thread
    ReadConnection* m_connection = nullptr; // used on m_thread only, but for interrupt()
    quint64 m_sequence = 0;                 // of the latest read asked; older results are dropped
    bool m_waiting = false;
};

} // namespace sijil::registry
