#pragma once

// What the store's tests share: a fresh store per test, with its outbox, and Patients as a change
// made here or as pulled from the server.
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace store_test {

using namespace sijil::storage;
using Op = LocalChange::Operation;

inline QByteArray patientJson(const QString& id, const QString& family) {
    return QStringLiteral(R"({"resourceType":"Patient","id":"%1","name":[{"family":"%2"}]})")
        .arg(id, family)
        .toUtf8();
}

inline LocalChange change(Op op, const QString& id,
                          const QString& family = QStringLiteral("Alaoui")) {
    return {op,
            QStringLiteral("Patient"),
            id,
            id,
            op == Op::Delete ? QByteArray() : patientJson(id, family),
            QStringLiteral("user-1")};
}

inline StoredResource fromServer(const QString& id, const QString& version, const QString& family) {
    StoredResource r;
    r.type = QStringLiteral("Patient");
    r.id = id;
    r.versionId = version;
    r.lastUpdatedUtc = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    r.patientId = id;
    r.json = patientJson(id, family);
    return r;
}

// Not a Q_OBJECT itself: each test class deriving from it is.
class StoreTest : public QObject {
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ResourceStore> m_store;
    std::unique_ptr<Outbox> m_outbox;

    LocalState stateOf(const QString& id) const {
        return m_store->get(QStringLiteral("Patient"), id).value()->state;
    }
    void openStore() {
        m_outbox.reset();
        m_store.reset();
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>(); // a fresh store, WAL files included
        m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("s.db")))).value();
        m_store = std::make_unique<ResourceStore>(*m_db);
        m_outbox = std::make_unique<Outbox>(*m_db);
    }
};

} // namespace store_test
