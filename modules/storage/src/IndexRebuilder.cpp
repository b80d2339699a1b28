#include "StorageLog.h"

#include <sijil/storage/Database.h>
#include <sijil/storage/IndexRebuilder.h>

#include <QThread>

namespace sijil::storage {

IndexRebuilder::IndexRebuilder(QString databasePath, std::shared_ptr<const ResourceIndexer> indexer,
                               QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_indexer(std::move(indexer)) {}

IndexRebuilder::~IndexRebuilder() {
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool IndexRebuilder::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void IndexRebuilder::cancel() {
    m_cancel.store(true);
}

void IndexRebuilder::start(int batchSize) {
    if (m_thread)
        return;
    m_cancel.store(false);
    m_thread.reset(QThread::create([this, batchSize] {
        Outcome outcome = Outcome::Failed;
        {
            // Opened, used and closed on this thread: the Qt Sql connection is this thread's.
            auto db = Database::open(m_path);
            if (!db) {
                m_error = db.error();
            } else {
                SearchIndex index(**db);
                int shown = -1;
                const auto report = index.rebuild(
                    *m_indexer,
                    [this, &shown](qint64 done, qint64 total) {
                        const int percent = total > 0 ? int(done * 100 / total) : 100;
                        if (percent != shown) {
                            shown = percent;
                            emit progressed(percent);
                        }
                        return !m_cancel.load();
                    },
                    batchSize);
                if (!report)
                    m_error = report.error();
                else
                    outcome = report->complete ? Outcome::Complete : Outcome::Cancelled;
            }
        }
        if (m_error)
            qCWarning(lcStorage) << "search index rebuild failed:" << *m_error;
        // Queued to this object's thread; m_error is written before, so it is seen there.
        emit finished(outcome);
    }));
    m_thread->setObjectName(QStringLiteral("sijil-index-rebuild"));
    m_thread->start(QThread::LowPriority);
}

} // namespace sijil::storage
