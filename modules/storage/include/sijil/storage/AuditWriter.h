#pragma once

#include <sijil/storage/AuditTrail.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QObject;
class QThread;

namespace sijil::storage {

class Database;

// Appends audit entries on a thread of its own, over a connection of its own to the store, for a
// screen that audits what it shows while the user works (the desk's search results): an append
// waits for another connection's write to end (a sync, an index rebuild) and writes the head
// file, and typing must not wait for either. Entries are appended in the order given, and all
// those given before the writer is destroyed are appended first. A store in memory cannot be
// opened twice: there, appends run at once on the calling thread.
class AuditWriter {
public:
    AuditWriter(Database& database, QByteArray key, QString headPath);
    ~AuditWriter();
    AuditWriter(const AuditWriter&) = delete;
    AuditWriter& operator=(const AuditWriter&) = delete;

    // What an append that failed reports to the screen that asked for it.
    using Failed = std::function<void(const core::Error& error)>;

    // Queues `entries` to be appended together (AuditTrail::appendAll). A failure is logged and,
    // when `failed` is given, told to it later on the thread that made the writer (the GUI
    // thread), so that the screen that showed the data can say it was not recorded; not when
    // `context` (living on that thread) was destroyed meanwhile.
    void append(QList<AuditEntry> entries, const QObject* context = nullptr, Failed failed = {});
    [[nodiscard]] bool inBackground() const { return m_thread != nullptr; }

private:
    class Connection;
    class Outcome;
    std::unique_ptr<AuditTrail> m_local; // a store in memory
    Connection* m_connection = nullptr;  // used on m_thread only
    QThread* m_thread = nullptr;
    QObject* m_context = nullptr; // lives on m_thread
    QObject* m_home = nullptr;    // lives on the thread that made the writer: failures told there
};

} // namespace sijil::storage
