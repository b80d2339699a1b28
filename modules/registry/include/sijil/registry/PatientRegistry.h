#pragma once

#include <sijil/access/User.h>
#include <sijil/core/Result.h>
#include <sijil/registry/MatchScorer.h>
#include <sijil/registry/PatientFinder.h>
#include <sijil/registry/PatientRecord.h>
#include <sijil/registry/PatientValidator.h>
#include <sijil/storage/DuplicateQueue.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace sijil::storage {
class AuditTrail;
struct AuditEntry;
class DuplicateQueue;
class IdentifierBlocks;
class ImportJournal;
class ResourceStore;
} // namespace sijil::storage

namespace sijil::registry {

class ReferenceData;

// A pair from the duplicate review queue, with both records as they are now.
struct DuplicateReview {
    PatientHit first;
    PatientHit second;
    double weight = 0;
    MatchClass cls = MatchClass::PossibleMatch;
    storage::DuplicateStatus status = storage::DuplicateStatus::Open;
    QDateTime decidedAtUtc;
};

// Registration at the desk: search before create, duplicate check, IPP allocation, merge. Every
// write goes through the local store (and its outbox), never straight to the server.
class PatientRegistry {
public:
    struct Services {
        storage::ResourceStore& store;
        storage::SearchIndex& index;
        storage::IdentifierBlocks& identifiers;
        storage::AuditTrail& audit;
        const ReferenceData& reference;
        // The duplicate review queue; without one (a benchmark) no pair is kept for review.
        storage::DuplicateQueue* duplicates = nullptr;
    };
    explicit PatientRegistry(Services services, std::function<QDate()> today = {});

    // One box: an IPP, a CNIE or other document number, a phone number, or names in either
    // script with a birth date ("12/03/1975") or year ("1975"). Most likely first.
    [[nodiscard]] core::Result<QList<PatientHit>> search(const QString& query,
                                                         int limit = 50) const;
    // The search's plan, for the benchmark that runs the same queries on raw SQLite.
    using SearchPlan = PatientFinder::SearchPlan;
    static SearchPlan planSearch(const struct SearchQuery& query) {
        return PatientFinder::planSearch(query);
    }
    static constexpr int kCandidates = PatientFinder::kCandidates;
    static constexpr int kVariantCandidates = PatientFinder::kVariantCandidates;

    [[nodiscard]] core::Result<std::optional<PatientRecord>> get(const QString& id) const;
    // The local store's file: RegistryReader reads it on a connection of its own.
    [[nodiscard]] QString databasePath() const;
    // What a registry over that second connection shares with this one (RegistryReader).
    [[nodiscard]] const ReferenceData& reference() const { return m_s.reference; }
    [[nodiscard]] bool keepsReviewQueue() const { return m_s.duplicates != nullptr; }
    // The record that stands for `id` today: itself, or the survivor of the merge that replaced it.
    [[nodiscard]] core::Result<QString> survivorOf(const QString& id) const;
    // The central server's reason for refusing a change to this patient's record that still
    // waits here (a correction replaces it, unless it is a merge); empty when none was refused.
    [[nodiscard]] core::Result<storage::ResourceStore::Refusal>
    refusedChange(const QString& id) const;
    // Whether this patient's record waits to be read again from the server after a change given
    // up, and takes no change until then.
    [[nodiscard]] core::Result<bool> waitsToBeReadAgain(const QString& id) const;

    // Existing patients that may be the same person, strongest first (Match and PossibleMatch).
    // Those with the same IPP or identity document are always among them, first, at least as
    // possible matches; a record merged away is shown as its survivor, found through it.
    [[nodiscard]] core::Result<QList<PatientHit>> possibleDuplicates(const PatientRecord& record,
                                                                     int limit = 10) const;
    // The largest blocks scanDuplicates() reads whole: of a narrow key or an identifier, and of
    // a wide key (MatchScorer::scanKeys). A larger block is not read.
    static constexpr int kScanBlock = 64;
    static constexpr int kScanWideBlock = 16;
    // The same for the scan of the whole register (sijilctl dedup scan), at a cost that does not
    // grow with the register: the candidates come from the blocks of the patient's keys
    // (MatchScorer::scanKeys) and identifiers that are small enough, each read whole. A key held
    // by more (a common given name with a birth year, in a register of millions) is skipped,
    // its pairs found through the narrow keys they share (the full date with a name, the
    // year-only namesakes), or the document or phone; two records without a birth date have
    // only those.
    // possibleDuplicates() reads every block, as a desk's check must, at a cost that grows with
    // the register.
    [[nodiscard]] core::Result<QList<PatientHit>> scanDuplicates(const PatientRecord& record,
                                                                 int limit = 10) const;
    // Of patients found elsewhere (the central server), those that may be `record`, scored and
    // ranked as possibleDuplicates() ranks the registered ones.
    [[nodiscard]] QList<PatientHit> rankDuplicates(const PatientRecord& record,
                                                   const QList<PatientRecord>& others,
                                                   int limit = 10) const;
    // The same for hits (the central server's, found through records merged into them): what
    // they were found through counts as theirs (holdSameDocument(PatientRecord, PatientHit)).
    [[nodiscard]] QList<PatientHit> rankDuplicates(const PatientRecord& record,
                                                   QList<PatientHit> others, int limit = 10) const;
    // Of hits already scored against `r` (normalised), those that may be `r`: the likely ones
    // and the holders of its identifiers, those first, at most `limit`.
    [[nodiscard]] static QList<PatientHit> likelySame(const PatientRecord& r,
                                                      QList<PatientHit> scored, int limit);

    // Says in the audit trail who read which patients, before they are shown: one entry per
    // patient, action R, `subtype` "read" (a record opened) or "search" (in a list of results).
    core::Status auditRead(const access::SessionInfo& session, const char* subtype,
                           const QStringList& patientIds, const QString& detail = {}) const;
    // The entries auditRead() appends, for a screen that appends them off its thread
    // (storage::AuditWriter).
    [[nodiscard]] static QList<storage::AuditEntry> readEntries(const access::SessionInfo& session,
                                                                const char* subtype,
                                                                const QStringList& patientIds,
                                                                const QString& detail = {});

    [[nodiscard]] QList<ValidationIssue> validate(const PatientRecord& record) const;
    // Validates, allocates the IPP from the site's block, writes Patient and Coverage in one
    // local transaction and audits. A record with errors is refused (the error names the first
    // field). The returned record carries its id and IPP. `overriddenDuplicates` are the possible
    // duplicates the clerk was shown and chose to create the patient anyway: they go to the
    // review queue.
    core::Result<PatientRecord> registerPatient(PatientRecord record,
                                                const access::SessionInfo& session,
                                                const QList<PatientHit>& overriddenDuplicates = {});
    // Keeps a patient found on the central server in the local store, as the server has it
    // (versioned, not queued for sending), so that the record opens offline from now on. A
    // patient already here keeps the store's copy: the one given is returned as stored.
    core::Result<PatientRecord> adopt(const QJsonObject& serverPatient,
                                      const access::SessionInfo& session);

    // Bulk registration (a legacy register, a day's offline batch from another tool): each record
    // validated, IPPs drawn batch by batch, written in batches of `batchSize` records per
    // transaction, one audit entry per batch. A rejected record does not stop the others. Possible
    // duplicates (with the register and within the file) go to the review queue in one
    // transaction per batch, once the batch is written.
    // `progress`, when given, is called after each batch with the records written so far and the
    // number of valid records to write; returning false stops the import there: the batches
    // written stay (each is whole), the others are not written and draw no IPP.
    using ImportProgress = std::function<bool(int done, int total)>;
    // Nothing is written when the site's IPP blocks cannot number every record (checked before
    // the first batch). A failure after some batches were written is reported with them
    // (`stoppedBy`): whole batches are kept, the rest is untouched.
    struct ImportReport {
        int imported = 0;
        int possibleDuplicates = 0;              // pairs left open in the review queue
        QList<QPair<int, core::Error>> rejected; // index in the input, why
        bool cancelled = false;                  // stopped by `progress` before the end
        std::optional<core::Error> stoppedBy;    // what stopped it after `imported` were written
        QList<int> importedIndexes;              // which records (index in the input) were written
        // A record left out as the same patient as an earlier one of the input (its index) → the
        // earlier record's index, so that a caller can name where the first one stands.
        QHash<int, int> repeats;
        // A record left out as the same patient as one written from an earlier part of the same
        // file (a chunk imported before, found through ImportOptions::journal) → that record's
        // row (as ImportOptions::rows gives rows).
        QHash<int, int> repeatsOfEarlierRows;
        // What the checks warned of in records written all the same (a commune not in the list,
        // an expired document): index in the input, the warning (its field named).
        QList<QPair<int, core::Error>> warnings;
    };
    // A record that is beyond doubt a patient already registered, or the same patient as an
    // earlier record of the file (the same document; or every name, the full birth date and the
    // sex agreeing with nothing against; or the same entries word for word; never two IPPs):
    // Refuse leaves it out, in `rejected`,
    // before anything is written or numbered; Queue writes it and queues the pair for review
    // (a register migrated with its duplicates, reviewed afterwards). Possible duplicates are
    // written and queued either way.
    enum class KnownPatients { Refuse, Queue };
    struct ImportOptions {
        // Implicit: a policy alone is the options most callers give.
        ImportOptions(KnownPatients known = KnownPatients::Refuse)
            : known(known) {}
        KnownPatients known;
        // With Refuse, called every hundred records while they are checked against the register,
        // and once at the end, before anything is written (a large file against a large
        // register takes minutes); returning false stops the import there, nothing written,
        // `cancelled` set.
        std::function<bool(int checked, int total)> checking;
        // The journal of the file's rows (see storage::ImportJournal), with `source`, the file's
        // SHA-256, and `rows`, each record's row in it: a row imported from the same file before
        // is refused, naming the patient it became; one journaled but never written (a crash)
        // is written under the id it was given then.
        storage::ImportJournal* journal = nullptr;
        QString source;
        QList<int> rows;
    };
    core::Result<ImportReport> importPatients(const QList<PatientRecord>& records,
                                              const access::SessionInfo& session,
                                              int batchSize = 500,
                                              const ImportProgress& progress = {},
                                              const ImportOptions& options = {});
    // Saves a corrected record; a dependant's coverage follows the insured's, and the insured's
    // dependants follow a change of the insured's coverage. `overriddenDuplicates`, as for
    // registerPatient: the patients the clerk was shown (another holder of the document the
    // correction gives) and saved over anyway; they go to the review queue.
    core::Result<PatientRecord> update(PatientRecord record, const access::SessionInfo& session,
                                       const QList<PatientHit>& overriddenDuplicates = {});

    // `duplicate` becomes replaced-by `survivor` (inactive); the resources of its record move to
    // the survivor; the pair is marked merged in the review queue. Unmerge puts everything back
    // and reopens the pair for review. Both need mayMerge().
    core::Status merge(const QString& survivorId, const QString& duplicateId,
                       const access::SessionInfo& session);
    core::Status unmerge(const QString& duplicateId, const access::SessionInfo& session);

    // Identity vigilance: merging, unmerging and settling the review queue belong to the site
    // administrator, not to every desk (a wrong merge mixes two people's records).
    [[nodiscard]] static bool mayMerge(const access::User& user);

    // The duplicate review queue. `record` (already registered) may be each of `candidates`:
    // queues the pairs and returns each one's status afterwards, in the order given (a pair
    // already decided keeps its decision).
    core::Result<QList<storage::DuplicateStatus>>
    queueDuplicates(const PatientRecord& record, const QList<PatientHit>& candidates);
    // A page of the queue: open pairs strongest first, decided ones latest first. Offsets count
    // queued pairs; an open pair whose record has since been merged away is left out, so a page
    // may hold fewer than `limit`; `nextOffset` is -1 at the end.
    struct ReviewPage {
        QList<DuplicateReview> reviews;
        int nextOffset = -1;
    };
    [[nodiscard]] core::Result<ReviewPage> duplicateReviews(storage::DuplicateStatus status,
                                                            int offset, int limit) const;
    // The two records are two persons: the pair leaves the queue for good (audited; mayMerge()).
    core::Status markNotDuplicate(const QString& firstId, const QString& secondId,
                                  const access::SessionInfo& session);

    // A page of the ids of the patients held here (merged-away records left out), in id order.
    [[nodiscard]] core::Result<QStringList> patientIds(const QString& afterId, int limit) const;
    // How many patient records the search index holds, merged-away ones included: the total
    // a pass over patientIds() shows its progress against.
    [[nodiscard]] core::Result<int> indexedPatients() const;

    // Site identifier blocks: how many IPPs are left.
    [[nodiscard]] core::Result<qint64> ippsRemaining() const;
    // Refused (nothing to be written) when the site's blocks hold fewer than `needed` IPPs.
    [[nodiscard]] core::Status ippsCover(qint64 needed) const;

    // Checks again the patients registered, imported or changed while the search index was
    // being rebuilt (their check saw part of the register), now that it is whole, and queues
    // what it finds for review. Does nothing while the index is still incomplete. Returns the
    // pairs left open.
    core::Result<int> recheckDuplicates();

private:
    core::Result<PatientHit> hit(const QString& id, const MatchProfile* query) const;
    // Of `ids`, those that may be `r` (normalised), as possibleDuplicates() returns them.
    core::Result<QList<PatientHit>> duplicatesAmong(const PatientRecord& r, const QStringList& ids,
                                                    int limit) const;
    // Takes out of `records` (and their input `indexes`) those that are surely a patient already
    // registered or the same patient as an earlier record, refused in `report`. Returns, for each
    // record kept, its possible duplicates: pairs to queue once written.
    core::Result<QList<QList<storage::DuplicateQueue::Candidate>>>
    leaveOutKnownPatients(QList<PatientRecord>& records, QList<int>& indexes, ImportReport& report,
                          const ImportOptions& options) const;
    // Marks `ids` for recheckDuplicates() when the index is incomplete.
    core::Status recheckLaterIfIndexIncomplete(const QStringList& ids);
    // A registration's or a correction's last steps: audited (with how many possible duplicates
    // the clerk overrode), written in one local transaction, the overridden pairs queued for
    // review, the duplicate check kept for later if the index is incomplete.
    core::Status commitPatient(const access::SessionInfo& session, const char* action,
                               const char* subtype, const QString& detail,
                               const PatientRecord& record,
                               const QList<storage::LocalChange>& changes,
                               const QList<PatientHit>& overriddenDuplicates);
    core::Status refuseUnlessMayMerge(const access::SessionInfo& session,
                                      const QString& detail) const;
    // The patients whose coverage names `insuredId` as their insured, merged-away ones left out.
    core::Result<QStringList> dependantsOf(const QString& insuredId) const;
    // The coverage change by which `dependantId` follows `insured`: its id as the insured, its
    // regime and affiliation number; none when the dependant is gone or already follows.
    core::Result<std::optional<storage::LocalChange>>
    followingCoverage(const QString& dependantId, const PatientRecord& insured,
                      const QString& actorId) const;
    // The coverage change by which a dependant merged away and now taken back follows its
    // insured again; none when it is no dependant or already follows.
    core::Result<std::optional<storage::LocalChange>>
    coverageBackFromMerge(const PatientRecord& dependant, const QString& actorId) const;
    // `outcome`: FHIR AuditEvent.outcome (0 success, 8 serious failure).
    core::Status audit(const access::SessionInfo& session, const char* action, const char* subtype,
                       const QString& patientId, const QString& detail, int outcome = 0) const;
    // Audits, then writes `changes` to be sent whole. A write that fails after its entry is
    // appended gets an entry saying so (outcome 8), as the trail only ever grows. A write about
    // two patients (a merge) is audited for each, so that either one's trail shows it.
    core::Status auditedWrite(const access::SessionInfo& session, const char* action,
                              const char* subtype, const QString& patientId, const QString& detail,
                              const QList<storage::LocalChange>& changes,
                              const QString& otherPatientId = {});
    // What follows a write, once it is committed: its failure is logged, not returned, since the
    // write stands (a clerk told "not registered" would register the patient again).
    static void afterWrite(const core::Status& followUp, const char* what);

    Services m_s;
    std::function<QDate()> m_today;
    PatientFinder m_finder;
};

} // namespace sijil::registry
