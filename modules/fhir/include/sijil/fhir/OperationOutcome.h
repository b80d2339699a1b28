#pragma once

#include <sijil/core/Error.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sijil::fhir {

// A server's refusal turned into an Error the user can read: the HTTP status says what kind of
// problem it is (in the user's language), the OperationOutcome's issues go into the technical
// detail (codes and locations only: diagnostics may quote patient data and are not logged).
class OperationOutcome {
public:
    // `body` is the response body, possibly empty or not JSON at all.
    [[nodiscard]] static core::Error toError(int httpStatus, const QByteArray& body);
    // A network failure (no HTTP answer): `what` is the transport's own description.
    [[nodiscard]] static core::Error networkError(const QString& what);
    // The issue codes and expressions of an OperationOutcome, e.g. "error/required@Patient.name".
    [[nodiscard]] static QString summary(const QJsonObject& outcome);
};

} // namespace sijil::fhir
