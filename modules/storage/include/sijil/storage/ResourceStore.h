#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sijil::storage {

class Database;
class ResourceIndexer;

// Where a locally kept resource stands with respect to the central server.
enum class LocalState {
    Synced = 0,   // as the server has it
    Created = 1,  // made here, not yet accepted by the server
    Updated = 2,  // changed here since the server's version
    Deleted = 3,  // deleted here, deletion not yet accepted
    Conflict = 4, // changed here and on the server: a person must choose (see conflicts)
};

// A FHIR resource as kept in the local store: its JSON, untouched, plus what sync needs.
struct StoredResource {
    QString type;
    QString id;               // logical id; client-assigned UUIDs for resources made here
    QString versionId;        // the server's meta.versionId; empty until the server has it
    QDateTime lastUpdatedUtc; // the server's meta.lastUpdated
    LocalState state = LocalState::Synced;
    QString patientId; // the patient compartment it belongs to, for the record's indexes
    QByteArray json;
    QDateTime localUpdatedUtc; // when this workstation last wrote it
};

// A change made on this workstation. Written together with its outbox entry, atomically.
struct LocalChange {
    enum class Operation { Create, Update, Delete };
    Operation operation = Operation::Create;
    QString type;
    QString id;
    QString patientId;
    QByteArray json; // the whole resource after the change (empty for a delete)
    QString actorId; // who made it: the session's user
};

// What one pull batch did.
struct PullOutcome {
    int inserted = 0;
    QStringList insertedIds; // the resources new to this store
    int updated = 0;
    int unchanged = 0;
    int conflicts = 0;
};

// A pull to make later, because of what a pull batch brought (the older records of a patient who
// arrived): kept in the store until done, so that neither a crash nor a restart loses it.
struct PendingPull {
    qint64 seq = 0; // in the order they were added
    QString type;
    QString query; // the search parameters, URL-encoded

    [[nodiscard]] bool sameSearch(const PendingPull& other) const {
        return type == other.type && query == other.query;
    }
};

// A resource the server deleted, as its history says.
struct ServerDeletion {
    QString type;
    QString id;
    QString versionId; // the version the deletion made; empty when the server did not say
    // When known, a server time the deletion came before (the end of the history window it was
    // read in): a copy held from a version of that time or later was made again since.
    QDateTime madeBeforeUtc = {};
};

// What one batch of server deletions did.
struct DeletionOutcome {
    int removed = 0;
    int conflicts = 0; // changed here: kept for a person (Conflict::serverDeleted)
    int ignored = 0;   // not held here, or held at a later version than the one deleted
};

// The patient whose compartment a resource is in: a Patient itself, else the patient its subject,
// patient or beneficiary names (relative or absolute reference); empty for none.
[[nodiscard]] QString compartmentOf(const QJsonObject& resource);

// A change made here that the server refused for good (Outbox::recordRefusal), still waiting:
// one per change sent together, or per change alone.
struct RefusedChange {
    qint64 seq = 0;   // its first entry
    qint64 group = 0; // 0 for a change alone
    QString type;
    QString id;
    QString patientId;
    QString error; // the server's reason, as recorded
    QDateTime queuedAtUtc;
    QString actorId;
    // "Type/id" of each resource giving it up would put back: its own, and those of the changes
    // made here since that were built on it.
    QStringList resources;
    QStringList patients; // the patients they are filed under
    bool creates = false; // giving it up would remove a resource the server does not have yet
};

// A resource changed both here and on the server: both versions are kept until a person chooses.
struct Conflict {
    QString type;
    QString id;
    QByteArray localJson;  // the local version as it is now
    QByteArray serverJson; // empty when the server deleted the resource
    QString serverVersionId;
    QDateTime detectedAtUtc;
    LocalState localState = LocalState::Conflict; // Deleted when deleted here since
    // The first change sent together (ResourceStore::Sending::Together: a merge, a patient with
    // their coverage) that the resource's waiting changes are part of, 0 when none; how many other
    // resources those changes hold (they wait for this choice, then go with it); and how many of
    // those are in conflict too.
    qint64 group = 0;
    int together = 0;
    int togetherInConflict = 0;
    // How many of those other resources are Patients: a change writing two patients together
    // decides whether one record stands for another (a merge, its undoing).
    int patientsTogether = 0;

    [[nodiscard]] bool serverDeleted() const { return serverJson.isEmpty(); }

    // Both sides the same (a person's choice is only applied to the versions they saw).
    [[nodiscard]] bool sameVersions(const Conflict& other) const {
        return type == other.type && id == other.id && localJson == other.localJson &&
               localState == other.localState && serverJson == other.serverJson &&
               serverVersionId == other.serverVersionId;
    }
};

// The local copy of the shared record's resources. Every local change goes through here and is
// queued in the outbox in the same transaction; server data comes in by batches that never
// overwrite a change still waiting to be sent.
class ResourceStore {
public:
    explicit ResourceStore(Database& database);

    [[nodiscard]] core::Result<std::optional<StoredResource>> get(const QString& type,
                                                                  const QString& id) const;
    // The store's file, for a reader that opens a connection of its own on another thread.
    [[nodiscard]] QString databasePath() const;
    // All resources of a patient's compartment, optionally of one type.
    [[nodiscard]] core::Result<QList<StoredResource>> forPatient(const QString& patientId,
                                                                 const QString& type = {}) const;

    // How the server is to receive the changes of one writeLocal: Apart, each on its own (a day
    // of registrations); Together, all or none (one FHIR transaction: a merge, a registration with
    // its coverage), never half of it; EachPatientTogether, the changes of each patient
    // (LocalChange::patientId) together as Together sends them, the patients apart (an import: a
    // Patient and its Coverage, many patients in one local transaction).
    enum class Sending { Apart, Together, EachPatientTogether };
    // Applies local changes in one transaction: all of them or none.
    core::Status writeLocal(const QList<LocalChange>& changes, Sending sending = Sending::Apart);
    // Called after each committed local write (e.g. so that sync sends it soon).
    void setLocalWriteListener(std::function<void()> listener) {
        m_localWriteListener = std::move(listener);
    }
    // Keeps the search index of the resources it takes, in the same transaction as each write.
    void setIndexer(std::shared_ptr<const ResourceIndexer> indexer) {
        m_indexer = std::move(indexer);
    }
    // Resources read from the server, in one transaction; when `cursor` is given, the pull
    // position of that resource type moves to it in the same transaction.
    struct Cursor {
        QString type;
        QString lastUpdated; // a server meta.lastUpdated (sync writes it in UTC, ISO 8601)
    };
    // `followUps`, given what the batch did, names the pulls it makes necessary; they are kept
    // (see pendingPulls) in the batch's transaction, a search already pending only once.
    using FollowUps = std::function<QList<PendingPull>(const PullOutcome&)>;
    core::Result<PullOutcome> applyFromServer(const QList<StoredResource>& resources,
                                              const std::optional<Cursor>& cursor = std::nullopt,
                                              const FollowUps& followUps = {});
    // Deletions read from the server, in one transaction, with the cursor as applyFromServer.
    // Only what is held here is touched: a copy as the server had it is removed; one changed here
    // is kept as a conflict (a deletion here already agrees, and goes out with the next push).
    // A deletion of an older version than the one held (the resource made again since) is
    // ignored, when both versions are numbers as servers commonly give them, or when the copy held
    // is from the deletion's madeBeforeUtc or later.
    core::Result<DeletionOutcome>
    applyDeletionsFromServer(const QList<ServerDeletion>& deletions,
                             const std::optional<Cursor>& cursor = std::nullopt);
    // Where the pull of `type` has reached; empty before the first.
    [[nodiscard]] core::Result<QString> cursor(const QString& type) const;
    // The oldest server time (meta.lastUpdated) among resources of `type` held here with a server
    // version; invalid when none is. Nothing held here was deleted on the server before it.
    [[nodiscard]] core::Result<QDateTime> oldestFromServer(const QString& type) const;
    // The pulls still to make, oldest first; one leaves with pullDone once made in full.
    [[nodiscard]] core::Result<QList<PendingPull>> pendingPulls() const;
    core::Status pullDone(qint64 seq);
    // The server refused that pull for good (it stays queued): the records put back that waited
    // for it take changes again rather than never; the server's If-Match still guards them.
    core::Status stopWaitingFor(qint64 seq);

    // Why the server refused the oldest change still waiting to a resource of `patientId`'s
    // compartment (Outbox::recordRefusal); empty when none was refused.
    struct Refusal {
        QString reason;
        // A change that writes records together and makes none (a merge): no correction of one
        // record replaces it; it is given up (giveUpRefused) by the site administrator.
        bool givenUpOnly = false;
    };
    [[nodiscard]] core::Result<Refusal> refusal(const QString& patientId) const;
    // Whether a record of `patientId`'s compartment was put back, after a change given up, with
    // content the server never had, and takes no change until the server's copy is read again
    // (storage/record-read-again).
    [[nodiscard]] core::Result<bool> waitsToBeReadAgain(const QString& patientId) const;
    // The changes the server refused for good, oldest first.
    [[nodiscard]] core::Result<QList<RefusedChange>> refusedChanges() const;
    // A refused change (by its first entry) given up: each resource it writes is put back as it
    // was before it, with what was built on it here, and read again from the server (a catch-up
    // pull). Sent again, it would only be refused again, and hold back every later change to
    // those records. Refused, nothing written, when it is no longer waiting refused
    // (storage/refused-change-gone) or when it, or a change built on it, makes a resource
    // (storage/refused-change-creates: given up, the record would leave this workstation;
    // corrected, it goes as corrected).
    // Returns how many resources were put back.
    core::Result<int> giveUpRefused(qint64 seq);

    [[nodiscard]] core::Result<QList<Conflict>> conflicts() const;
    // A person's choice (either side, or a merge of both) between the versions `shown`: it
    // replaces the local version, is sent as an update of the server's version, and the conflict
    // is closed. Refused (storage/conflict-changed, nothing written) when either side changed since
    // `shown` was read: a newer server version pulled meanwhile, or a local edit, would otherwise
    // be overwritten unseen. When the local side is a deletion (localState Deleted), an empty
    // `chosenJson` keeps it: the deletion is sent again, applying to the server's version. When
    // the server side is a deletion (serverDeleted), an empty `chosenJson` accepts it (the local
    // copy and its waiting changes go); a version chosen is sent as the resource made again.
    // A choice for a resource of changes sent together takes its places in them, which then go
    // whole (see Conflict::group).
    core::Status resolveConflict(const Conflict& shown, const QByteArray& chosenJson,
                                 const QString& actorId);
    // The server's version chosen (not its deletion): `server`, the conflict's server side as
    // a pull reads it, is held here as the server has it (Synced, at the conflict's server
    // version), and the resource's waiting changes leave the queue: nothing is sent. Refused as
    // resolveConflict when either side changed since `shown` was read. A change sent together
    // it was part of (Conflict::together) never goes without it: the whole change is given up,
    // each of its other resources put back as it was before it (the server's version for one in
    // conflict too), with the changes made to them since and any other change sent together
    // these reach. Refused (storage/change-not-abandoned, nothing written) for a change queued
    // before the store kept what its entries replaced.
    core::Status keepServerVersion(const Conflict& shown, const StoredResource& server);

private:
    Database& m_database;
    std::function<void()> m_localWriteListener;
    std::shared_ptr<const ResourceIndexer> m_indexer;
};

} // namespace sijil::storage
