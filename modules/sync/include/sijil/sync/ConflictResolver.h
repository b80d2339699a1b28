#pragma once

#include <sijil/access/User.h>
#include <sijil/core/Result.h>
#include <sijil/storage/ResourceStore.h>

#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

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
    // The same for one conflict: one on a change that writes two patients together (a merge made
    // here, or its undoing) decides whether one record stands for another, and is settled only
    // by whoever may merge (access::User::mayMergeRecords). Why not, or nothing when they may.
    [[nodiscard]] static std::optional<core::Error> refusal(const access::User& user,
                                                            const storage::Conflict& conflict);
    [[nodiscard]] static bool mayResolve(const access::User& user,
                                         const storage::Conflict& conflict) {
        return !refusal(user, conflict);
    }
    [[nodiscard]] static QList<FieldDifference> differences(const storage::Conflict& conflict);
    // This workstation's version with the server's value of each element in `fromServer`. A
    // Patient's merge state (active, the replaced-by and replaces links, what a merge moved) is
    // always the server's: no choice between versions merges or unmerges a record.
    [[nodiscard]] static QByteArray merged(const storage::Conflict& conflict,
                                           const QSet<QString>& fromServer);
    // Whether `choice` may be applied to `conflict` as it stands (besides who chooses): a
    // Patient's version kept from this workstation never takes or gives back a merge against
    // the server's.
    [[nodiscard]] static core::Status check(const storage::Conflict& conflict, Choice choice);

    [[nodiscard]] core::Result<QList<storage::Conflict>> conflicts() const;
    // `fromServer` is used for Choice::Merge only.
    core::Status resolve(const storage::Conflict& conflict, Choice choice,
                         const QSet<QString>& fromServer, const access::SessionInfo& session);

private:
    storage::ResourceStore& m_store;
    storage::AuditTrail& m_audit;
};

} // namespace sijil::sync
