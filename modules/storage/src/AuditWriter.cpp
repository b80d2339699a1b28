#include "StorageLog.h"

#include <sijil/storage/AuditWriter.h>
#include <sijil/storage/Database.h>

#include <QObject>
#include <QPointer>
#include <QThread>

namespace sijil::storage {

// What becomes of one append's outcome: logged, and a failure told on the writer's home thread.
class AuditWriter::Outcome {
public:
    Outcome(QObject* home, const QObject* context, Failed failed)
        : m_home(home)
        , m_context(context)
        , m_guarded(context != nullptr)
        , m_failed(std::move(failed)) {}

    void operator()(const core::Result<qint64>& appended, qsizetype entries) const {
        if (appended)
            return;
        qCCritical(lcStorage) << "audit entries not appended:" << entries << appended.error();
        if (!m_failed)
            return;
        QMetaObject::invokeMethod(
            m_home,
            [context = m_context, guarded = m_guarded, failed = m_failed,
             error = appended.error()] {
                if (!guarded || context) // read on the home thread only, where it lives
                    failed(error);
            },
            Qt::QueuedConnection);
    }

private:
    QObject* m_home;
    QPointer<const QObject> m_context;
    bool m_guarded;
    Failed m_failed;
};

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

AuditWriter::AuditWriter(Database& database, QByteArray key, QString headPath)
    : m_home(new QObject) {
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
    // Failures not told yet are dropped with it (they were logged).
    const std::unique_ptr<QObject> home(m_home);
    if (!m_thread)
        return;
    // Queued behind the appends still waiting, so that they are all made before the end.
    QMetaObject::invokeMethod(
        m_context, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
    delete m_connection;
}

void AuditWriter::append(QList<AuditEntry> entries, const QObject* context, Failed failed) {
    if (entries.isEmpty())
        return;
    Outcome outcome(m_home, context, std::move(failed));
    const qsizetype n = entries.size();
    if (m_local) {
        outcome(m_local->appendAll(std::move(entries)), n);
        return;
    }
    QMetaObject::invokeMethod(
        m_context,
        [connection = m_connection, entries = std::move(entries), outcome = std::move(outcome),
         n]() mutable { outcome(connection->append(std::move(entries)), n); },
        Qt::QueuedConnection);
}

} // namespace sijil::storage
