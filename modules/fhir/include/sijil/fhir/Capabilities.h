#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace sijil::fhir {

// What the central server says it can do (its CapabilityStatement), read at connect so that the
// client relies only on what this server offers instead of assuming.
class Capabilities {
public:
    // nullopt when the body is not an R4 CapabilityStatement.
    [[nodiscard]] static std::optional<Capabilities> fromJson(const QByteArray& body);

    [[nodiscard]] const QString& fhirVersion() const { return m_fhirVersion; }
    [[nodiscard]] bool isR4() const { return m_fhirVersion.startsWith(QStringLiteral("4.0")); }
    // "read", "vread", "update", "create", "search-type", "history-instance"...
    [[nodiscard]] bool supports(const QString& resourceType, const QString& interaction) const;
    [[nodiscard]] bool supportsConditionalCreate(const QString& resourceType) const;
    // "transaction", "batch", "history-system", "search-system".
    [[nodiscard]] bool supportsSystem(const QString& interaction) const;
    // By name without the '$': "match", "everything".
    [[nodiscard]] bool supportsOperation(const QString& resourceType, const QString& name) const;
    [[nodiscard]] bool supportsSearchParam(const QString& resourceType, const QString& name) const;

private:
    struct Resource {
        QSet<QString> interactions;
        QSet<QString> operations;
        QSet<QString> searchParams;
        bool conditionalCreate = false;
    };
    QString m_fhirVersion;
    QSet<QString> m_system;
    QSet<QString> m_systemOperations;
    QHash<QString, Resource> m_resources;
};

} // namespace sijil::fhir
