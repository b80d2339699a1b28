#pragma once

// The sync engine's scripted tests' workstation: a fresh store per test, and the changes and
// server copies they start from.
#include "ScriptedSync.h"

#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>

#include <QtTest>

namespace scripted {

using namespace Qt::StringLiterals;

class AnswersTest : public EngineTest {
protected:
    int m_databases = 0;

    // A change made here, waiting in the outbox.
    void changed(sijil::storage::LocalChange::Operation operation, const QString& id,
                 const QString& family = QStringLiteral("Tazi")) {
        QVERIFY(m_store
                    ->writeLocal({{operation, QStringLiteral("Patient"), id, id,
                                   patient(id, family), QStringLiteral("clerk-1")}})
                    .ok());
    }
    void created(const QString& id) { changed(sijil::storage::LocalChange::Operation::Create, id); }
    // A registration sent before a crash: it may or may not have reached the server.
    void createdAndTriedBefore(const QString& id) {
        created(id);
        const auto pending = m_outbox->next(10).value();
        QVERIFY(!pending.isEmpty());
        QCOMPARE(pending.last().id, id);
        QVERIFY(m_outbox->markAttempt(pending.last().seq).ok());
    }
    sijil::storage::LocalState stateOf(const QString& id) const {
        return m_store->get(QStringLiteral("Patient"), id).value()->state;
    }
    QList<QByteArray> sent() const {
        QList<QByteArray> lines;
        for (const auto& r : m_server->requests())
            lines << r.method + ' ' + r.target;
        return lines;
    }
    QByteArray target(qsizetype i) const { return m_server->requests().value(i).target; }
    // Updates of Patients (id, family name) written as one change to send whole (a merge).
    void updatedTogether(const QList<std::pair<QString, QString>>& patients) {
        QList<sijil::storage::LocalChange> changes;
        for (const auto& [id, family] : patients)
            changes.append({sijil::storage::LocalChange::Operation::Update, u"Patient"_s, id, id,
                            patient(id, family), u"admin"_s});
        QVERIFY(
            m_store->writeLocal(changes, sijil::storage::ResourceStore::Sending::Together).ok());
    }
    // A Patient as last pulled from the server, at `version`.
    sijil::storage::StoredResource heldFromServer(const QString& id, const QString& version) {
        sijil::storage::StoredResource held;
        held.type = QStringLiteral("Patient");
        held.id = id;
        held.versionId = version;
        held.patientId = id;
        held.json = patient(id, u"Tazi"_s, version);
        if (!m_store->applyFromServer({held}).ok())
            qFatal("the server's copy could not be stored");
        return held;
    }

    void openWorkstation() {
        m_server = std::make_unique<ScriptedServer>();
        startWorkstation(QStringLiteral("s%1.db").arg(++m_databases));
    }
    void closeWorkstation() {
        stopWorkstation();
        m_server.reset();
    }
};

} // namespace scripted
