#pragma once

#include "Gzip.h"
#include "ScriptedServer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace scripted {

// What a request carried, as JSON (the client gzips large bodies).
inline QJsonObject sentJson(const ScriptedServer::Request& r) {
    const QByteArray body = r.headers.value("content-encoding") == "gzip"
                                ? sijil::fhir::gzipDecompress(r.body).value_or(QByteArray())
                                : r.body;
    return QJsonDocument::fromJson(body).object();
}

} // namespace scripted
