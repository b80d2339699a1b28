#pragma once

#include <sijil/core/Error.h>
#include <sijil/storage/SearchIndex.h>

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace sijil::storage {

// Runs SearchIndex::rebuild on a thread of its own, through a connection of its own to the
// store's file (a Database belongs to the thread that opened it), so that a window stays
// responsive while a large register is indexed. Desks may write meanwhile: each write indexes
// itself, and SQLite lets one connection write at a time.
class IndexRebuilder : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Complete, Cancelled, Failed };
    Q_ENUM(Outcome)

    IndexRebuilder(QString databasePath, std::shared_ptr<const ResourceIndexer> indexer,
                   QObject* parent = nullptr);
    // Cancels and waits for the transaction under way: what it wrote stays, the rest is
    // rebuilt at the next start.
    ~IndexRebuilder() override;
    IndexRebuilder(const IndexRebuilder&) = delete;
    IndexRebuilder& operator=(const IndexRebuilder&) = delete;

    // Starts the rebuild (once); progressed() then finished() follow, on this object's thread.
    void start(int batchSize = 5000);
    // Stops after the transaction under way.
    void cancel();
    [[nodiscard]] bool isRunning() const;
    // Why the rebuild failed, once finished(Failed) was emitted.
    [[nodiscard]] const std::optional<core::Error>& error() const { return m_error; }

signals:
    void progressed(int percent);
    void finished(sijil::storage::IndexRebuilder::Outcome outcome);

private:
    QString m_path;
    std::shared_ptr<const ResourceIndexer> m_indexer;
    std::atomic<bool> m_cancel = false;
    std::optional<core::Error> m_error;
    std::unique_ptr<QThread> m_thread;
};

} // namespace sijil::storage
