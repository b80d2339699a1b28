#include <sijil/registry/RegistryReader.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/DuplicateQueue.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QMutex>

#include <memory>

namespace sijil::registry {

// Lives on the reader's thread: opens its own connection to the store there, on first use, and
// a registry over it that is only ever read (never handed out but as const: it writes nothing,
// audits nothing, so its audit trail needs no key).
class ReadConnection {
public:
    ReadConnection(QString path, const PatientRegistry& like)
        : m_path(std::move(path))
        , m_reference(like.reference())
        , m_reviewQueue(like.keepsReviewQueue()) {}

    core::Result<const PatientRegistry*> registry() {
        if (!m_registry) {
            auto db = storage::Database::open(m_path);
            if (!db)
                return db.error();
            QMutexLocker lock(&m_mutex);
            m_db = std::move(db).value();
            m_store = std::make_unique<storage::ResourceStore>(*m_db);
            m_index = std::make_unique<storage::SearchIndex>(*m_db);
            m_identifiers = std::make_unique<storage::IdentifierBlocks>(*m_db);
            m_audit = std::make_unique<storage::AuditTrail>(*m_db, QByteArray(), QString());
            if (m_reviewQueue)
                m_duplicates = std::make_unique<storage::DuplicateQueue>(*m_db);
            m_registry = std::make_unique<PatientRegistry>(PatientRegistry::Services{
                *m_store, *m_index, *m_identifiers, *m_audit, m_reference, m_duplicates.get()});
        }
        return static_cast<const PatientRegistry*>(m_registry.get());
    }
    // From the owner's thread: makes the running read fail at once.
    void interrupt() {
        QMutexLocker lock(&m_mutex);
        if (m_db)
            m_db->interrupt();
    }
    // On the reader's thread, before it ends: the connection belongs to it.
    void close() {
        QMutexLocker lock(&m_mutex);
        m_registry.reset();
        m_duplicates.reset();
        m_audit.reset();
        m_identifiers.reset();
        m_index.reset();
        m_store.reset();
        m_db.reset();
    }

private:
    const QString m_path;
    const ReferenceData& m_reference;
    const bool m_reviewQueue;
    QMutex m_mutex; // between interrupt() and the connection's opening and closing
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ResourceStore> m_store;
    std::unique_ptr<storage::SearchIndex> m_index;
    std::unique_ptr<storage::IdentifierBlocks> m_identifiers;
    std::unique_ptr<storage::AuditTrail> m_audit;
    std::unique_ptr<storage::DuplicateQueue> m_duplicates;
    std::unique_ptr<PatientRegistry> m_registry;
};

RegistryReader::RegistryReader(const PatientRegistry& registry, const QString& threadName,
                               QObject* parent)
    : QObject(parent)
    , m_registry(registry) {
    const QString path = registry.databasePath();
    if (path.isEmpty() || path == u":memory:") // a second connection to memory is another base
        return;
    m_connection = new ReadConnection(path, registry);
    m_thread = new QThread(this);
    m_thread->setObjectName(threadName);
    // An object of the thread's own, so that queued calls run there.
    auto* context = new QObject;
    context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, context, [context, connection = m_connection] {
        connection->close();
        delete context;
    });
    m_context = context;
    m_thread->start();
}

RegistryReader::~RegistryReader() {
    if (!m_thread)
        return;
    m_connection->interrupt();
    m_thread->quit();
    m_thread->wait();
    delete m_connection;
}

void RegistryReader::cancel() {
    if (!m_waiting)
        return;
    ++m_sequence; // its result, when it comes, is no one's
    m_waiting = false;
    if (m_connection)
        m_connection->interrupt();
}

void RegistryReader::post(Job job) {
    cancel();
    if (!m_thread) {
        job(core::Result<const PatientRegistry*>(&m_registry))();
        return;
    }
    const quint64 sequence = ++m_sequence;
    m_waiting = true;
    QMetaObject::invokeMethod(
        m_context,
        [reader = this, connection = m_connection, sequence, job = std::move(job)] {
            std::function<void()> done = job(connection->registry());
            // Back on the reader's thread. The reader outlives this thread (its destructor waits
            // for it), and a result posted to it as it is destroyed is discarded with it.
            QMetaObject::invokeMethod(
                reader,
                [reader, sequence, done = std::move(done)] {
                    if (sequence != reader->m_sequence)
                        return; // a newer read was asked; an interrupted one is always older
                    reader->m_waiting = false;
                    done();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace sijil::registry
