#pragma once

#include <sijil/access/User.h>
#include <sijil/core/Result.h>
#include <sijil/storage/ResourceStore.h>

#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

namespace sijil::storage {
class AuditTrail;
}

namespace sijil::sync {

// One element of a resource (name, telecom, birthDate...) that differs between the version made
// on this workstation and the one on the central server.
struct FieldDifference {
    QString element;
    QJsonValue local;  // undefined when absent here
    QJsonValue server; // undefined when absent on the server
};

// What the conflicts screen works with: the conflicts waiting, the differences element by
// element, and a person's choice (this workstation's version, the server's, or a merge taking
// chosen elements from the server), applied and written to the audit trail.
class ConflictResolver {
public:
    enum class Choice { KeepLocal, KeepServer, Merge };

    ConflictResolver(storage::ResourceStore& store, storage::AuditTrail& audit);

    // Site administrators and physicians may settle any conflict; admission clerks those on
    // registry data (Patient, RelatedPerson, Coverage).
    [[nodiscard]] static bool mayResolve(const access::User& user, const QString& resourceType);
    [[nodiscard]] static QList<FieldDifference> differences(const storage::Conflict& conflict);
    // This workstation's version with the server's value of each element in `fromServer`.
    [[nodiscard]] static QByteArray merged(const storage::Conflict& conflict,
                                           const QSet<QString>& fromServer);

    [[nodiscard]] core::Result<QList<storage::Conflict>> conflicts() const;
    // `fromServer` is used for Choice::Merge only.
    core::Status resolve(const storage::Conflict& conflict, Choice choice,
                         const QSet<QString>& fromServer, const access::SessionInfo& session);

private:
    storage::ResourceStore& m_store;
    storage::AuditTrail& m_audit;
};

} // namespace sijil::sync
