#pragma once

// A FHIR server's history answers, as HAPI writes them, for the sync tests against a
// ScriptedServer.
#include "ScriptedSync.h"

#include <sijil/storage/ResourceStore.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace scripted {

using namespace Qt::StringLiterals;

// A server offering the history of Patients.
inline const QByteArray kHistoryMetadata =
    R"({"resourceType":"CapabilityStatement","fhirVersion":"4.0.1","rest":[{"mode":"server",)"
    R"("resource":[{"type":"Patient","interaction":[{"code":"read"},{"code":"search-type"},)"
    R"({"code":"history-type"}]}]}]})";

// A deletion as HAPI writes it in a history: no resource, no time, the version in the URL.
inline QJsonObject deleted(const QString& id, const QString& version) {
    return QJsonObject{
        {u"fullUrl"_s, u"http://127.0.0.1/fhir/Patient/"_s + id},
        {u"request"_s, QJsonObject{{u"method"_s, u"DELETE"_s},
                                   {u"url"_s, u"Patient/%1/_history/%2"_s.arg(id, version)}}},
        {u"response"_s,
         QJsonObject{{u"status"_s, u"200 OK"_s}, {u"etag"_s, u"W/\"%1\""_s.arg(version)}}}};
}

inline QJsonObject written(const QString& id, const QString& version, const QString& at) {
    return QJsonObject{
        {u"fullUrl"_s, u"http://127.0.0.1/fhir/Patient/"_s + id},
        {u"resource"_s, QJsonDocument::fromJson(patient(id, u"Tazi"_s, version, at)).object()},
        {u"request"_s, QJsonObject{{u"method"_s, u"PUT"_s},
                                   {u"url"_s, u"Patient/%1/_history/%2"_s.arg(id, version)}}},
        {u"response"_s, QJsonObject{{u"status"_s, u"200 OK"_s}}}};
}

// A history page, read by the server at `asOf`.
inline QByteArray history(const QJsonArray& entries, const QString& next = {},
                          const QString& asOf = u"2026-11-02T10:00:00.000+00:00"_s) {
    QJsonObject b = QJsonDocument::fromJson(bundle(u"history"_s, entries, next)).object();
    b.insert(u"meta"_s, QJsonObject{{u"lastUpdated"_s, asOf}});
    return QJsonDocument(b).toJson(QJsonDocument::Compact);
}

// A workstation reading the history of Patients from a ScriptedServer.
class HistoryTest : public EngineTest {
protected:
    // A Patient as the server had it when last pulled (by default half an hour before the
    // server's present in history()).
    void held(const QString& id, const QString& version,
              const QDateTime& at = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC)) {
        sijil::storage::StoredResource r;
        r.type = u"Patient"_s;
        r.id = id;
        r.versionId = version;
        r.lastUpdatedUtc = at;
        r.patientId = id;
        r.json = patient(id, u"Tazi"_s, version);
        QVERIFY(m_store->applyFromServer({r}).ok());
    }
    std::optional<sijil::storage::StoredResource> local(const QString& id) const {
        return m_store->get(u"Patient"_s, id).value();
    }
    QByteArray asked(qsizetype i) const {
        return QUrl::fromPercentEncoding(m_server->requests().value(i).target).toUtf8();
    }
};

} // namespace scripted
