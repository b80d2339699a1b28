#pragma once

// What the sync tests against a ScriptedServer share: the answers a FHIR server gives, built
// from a few values, and a wait for the engine's futures.
#include "AwaitFuture.h"
#include "ScriptedServer.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncEngine.h>

#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace scripted {

// A server without transactions: the engine sends entries one by one.
inline const QByteArray kMetadata =
    R"({"resourceType":"CapabilityStatement","fhirVersion":"4.0.1","rest":[{"mode":"server"}]})";

// A server that takes transactions.
inline const QByteArray kTransactionMetadata =
    R"({"resourceType":"CapabilityStatement","fhirVersion":"4.0.1","rest":[{"mode":"server",)"
    R"("interaction":[{"code":"transaction"}]}]})";

using sijil::test::await;

inline QJsonObject meta(const QString& version, const QString& lastUpdated) {
    return QJsonObject{
        {QStringLiteral("versionId"), version},
        {QStringLiteral("lastUpdated"),
         lastUpdated.isEmpty() ? QStringLiteral("2026-11-01T09:00:00.000Z") : lastUpdated}};
}

inline QByteArray patient(const QString& id, const QString& family, const QString& version = {},
                          const QString& lastUpdated = {}) {
    QJsonObject p{
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("family"), family}}}}};
    if (!version.isEmpty())
        p.insert(QStringLiteral("meta"), meta(version, lastUpdated));
    return QJsonDocument(p).toJson(QJsonDocument::Compact);
}

// A Bundle of `type` with these entries, and a next link or none.
inline QByteArray bundle(const QString& type, const QJsonArray& entries, const QString& next) {
    QJsonArray links;
    if (!next.isEmpty())
        links.append(QJsonObject{{QStringLiteral("relation"), QStringLiteral("next")},
                                 {QStringLiteral("url"), next}});
    return QJsonDocument(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                     {QStringLiteral("type"), type},
                                     {QStringLiteral("link"), links},
                                     {QStringLiteral("entry"), entries}})
        .toJson(QJsonDocument::Compact);
}

// A search page of these resources.
inline QByteArray searchPage(const QList<QJsonObject>& resources, const QString& next = {}) {
    QJsonArray entries;
    for (const QJsonObject& r : resources)
        entries.append(
            QJsonObject{{QStringLiteral("resource"), r},
                        {QStringLiteral("search"),
                         QJsonObject{{QStringLiteral("mode"), QStringLiteral("match")}}}});
    return bundle(QStringLiteral("searchset"), entries, next);
}

// A search page of Patients at the given times (a time per id), with a next link or none.
inline QByteArray page(const QList<std::pair<QString, QString>>& patients, const QString& next,
                       const QString& version = QStringLiteral("1")) {
    QList<QJsonObject> resources;
    for (const auto& [id, at] : patients)
        resources
            << QJsonDocument::fromJson(patient(id, QStringLiteral("Tazi"), version, at)).object();
    return searchPage(resources, next);
}

// A client of `server` that tries once: a 500 ends the cycle.
inline sijil::fhir::FhirClient::Config clientOf(const ScriptedServer& server) {
    using namespace std::chrono_literals;
    sijil::fhir::FhirClient::Config c;
    c.baseUrl = QUrl(server.baseUrl());
    c.timeout = 2000ms;
    c.retry = sijil::fhir::RetryPolicy({1, 10ms, 50ms});
    return c;
}

// What `server` was asked, from request `from` on: "METHOD target", the target decoded.
inline QList<QByteArray> requestLines(const ScriptedServer& server, qsizetype from = 0) {
    QList<QByteArray> lines;
    for (const auto& r : server.requests().mid(from))
        lines << r.method + ' ' + QUrl::fromPercentEncoding(r.target).toUtf8();
    return lines;
}

inline ScriptedServer::Reply ok(const QByteArray& body, const QByteArray& etag = {}) {
    ScriptedServer::Reply r{200, body, {}, false};
    if (!etag.isEmpty())
        r.headers.append({QByteArray("ETag"), etag});
    return r;
}

// A workstation (its store, outbox, client and sync engine) in front of a ScriptedServer.
class EngineTest : public QObject {
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<sijil::storage::Database> m_db;
    std::unique_ptr<sijil::storage::ResourceStore> m_store;
    std::unique_ptr<sijil::storage::Outbox> m_outbox;
    std::unique_ptr<sijil::fhir::FhirClient> m_client;
    std::unique_ptr<sijil::sync::SyncEngine> m_engine;

    // Starts (again) on the store `file` of the test's folder; the server stays as it is.
    void startWorkstation(const QString& file) {
        stopWorkstation();
        m_db = std::move(sijil::storage::Database::open(m_dir.filePath(file))).value();
        m_store = std::make_unique<sijil::storage::ResourceStore>(*m_db);
        m_outbox = std::make_unique<sijil::storage::Outbox>(*m_db);
        m_client = std::make_unique<sijil::fhir::FhirClient>(clientOf(*m_server));
        m_engine = std::make_unique<sijil::sync::SyncEngine>(*m_store, *m_outbox, *m_client);
    }
    void stopWorkstation() {
        m_engine.reset();
        m_client.reset();
        m_outbox.reset();
        m_store.reset();
        m_db.reset();
    }
};

} // namespace scripted
