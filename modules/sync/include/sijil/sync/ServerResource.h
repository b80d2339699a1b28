#pragma once

#include <sijil/storage/ResourceStore.h>

#include <QJsonObject>

namespace sijil::sync {

// Reading what sync needs from a resource the server sent: its identity, version, time, and the
// patient whose compartment it belongs to.
class ServerResource {
public:
    [[nodiscard]] static storage::StoredResource toStored(const QJsonObject& resource);
    // "Patient/abc" in subject or patient (or the Patient itself) -> "abc"; empty when none.
    [[nodiscard]] static QString patientOf(const QJsonObject& resource);
    [[nodiscard]] static QString versionOf(const QJsonObject& resource);
    [[nodiscard]] static QString lastUpdatedOf(const QJsonObject& resource);
    // Equal but for the server's bookkeeping (meta): the same version of the content.
    [[nodiscard]] static bool sameContent(const QJsonObject& a, const QJsonObject& b);
};

} // namespace sijil::sync
