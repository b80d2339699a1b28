#include "StorageLog.h"

#include <sijil/storage/AuditWriter.h>
#include <sijil/storage/Database.h>

#include <QObject>
#include <QThread>

namespace sijil::storage {

namespace {

void logFailure(const core::Result<qint64>& appended, qsizetype entries) {
    if (!appended)
        qCCritical(lcStorage) << "audit entries not appended:" << entries << appended.error();
}

} // namespace

// Lives on the writer's thread: opens its connection there, on first use.
class AuditWriter::Connection {
public:
    Connection(QString path, QByteArray key, QString headPath)
        : m_path(std::move(path))
        , m_key(std::move(key))
        , m_headPath(std::move(headPath)) {}

    core::Result<qint64> append(QList<AuditEntry> entries) {
        if (!m_trail) {
            auto db = Database::open(m_path, {.readOnly = false, .mustExist = true});
            if (!db)
                return db.error();
            m_db = std::move(db).value();
            m_trail = std::make_unique<AuditTrail>(*m_db, m_key, m_headPath);
        }
        return m_trail->appendAll(std::move(entries));
    }
    // On the writer's thread, before it ends: the connection belongs to it.
    void close() {
        m_trail.reset();
        m_db.reset();
    }

private:
    const QString m_path;
    const QByteArray m_key;
    const QString m_headPath;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditTrail> m_trail;
};

AuditWriter::AuditWriter(Database& database, QByteArray key, QString headPath) {
    const QString path = database.path();
    if (path.isEmpty() || path == u":memory:") { // a second connection to memory is another base
        m_local = std::make_unique<AuditTrail>(database, std::move(key), std::move(headPath));
        return;
    }
    m_connection = new Connection(path, std::move(key), std::move(headPath));
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("sijil-audit-writer"));
    auto* context = new QObject;
    context->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, context, [context, connection = m_connection] {
        connection->close();
        delete context;
    });
    m_context = context;
    m_thread->start();
}

AuditWriter::~AuditWriter() {
    if (!m_thread)
        return;
    // Queued behind the appends still waiting, so that they are all made before the end.
    QMetaObject::invokeMethod(
        m_context, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
    delete m_connection;
}

void AuditWriter::append(QList<AuditEntry> entries) {
    if (entries.isEmpty())
        return;
    if (m_local) {
        const qsizetype n = entries.size();
        logFailure(m_local->appendAll(std::move(entries)), n);
        return;
    }
    QMetaObject::invokeMethod(
        m_context,
        [connection = m_connection, entries = std::move(entries)]() mutable {
            const qsizetype n = entries.size();
            logFailure(connection->append(std::move(entries)), n);
        },
        Qt::QueuedConnection);
}

} // namespace sijil::storage
