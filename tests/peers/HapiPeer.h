#pragma once

// What a Qt Test needs to talk to the `hapi` fixture's server.

#include <sijil/fhir/FhirClient.h>

#include <QFile>
#include <QFuture>
#include <QString>
#include <QTest>

namespace sijil::test {

// HAPI_URL from the file named by SIJIL_HAPI_ENV (set by sijil_requires_hapi); empty if absent.
inline QString hapiUrl() {
    QFile env(qEnvironmentVariable("SIJIL_HAPI_ENV"));
    if (!env.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : env.readAll().split('\n')) {
        if (line.startsWith("HAPI_URL="))
            return QString::fromUtf8(line.mid(9).trimmed());
    }
    return {};
}

// A client of the fixture's server, with the library's defaults.
inline fhir::FhirClient::Config hapiConfig() {
    fhir::FhirClient::Config c;
    c.baseUrl = QUrl(hapiUrl());
    return c;
}

// Runs the event loop until the future resolves; a real server may take its time.
template <typename T>
T awaitResult(QFuture<T> future) {
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 120'000))
        qFatal("request never finished");
    return future.result();
}

} // namespace sijil::test
