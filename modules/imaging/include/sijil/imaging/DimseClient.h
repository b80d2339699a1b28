#pragma once

#include <sijil/core/Result.h>
#include <sijil/imaging/PacsNode.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <stop_token>

namespace sijil::imaging {

// A study-level query (Study Root C-FIND). Empty members do not restrict. Text keys are sent as
// typed: `*` and `?` are DICOM wildcards ("BENANI*"), and matching is the PACS's (most ignore
// case for names only). Values must not contain a backslash or control characters.
struct StudyQuery {
    QString patientId;         // Patient ID (0010,0020)
    QString patientName;       // Patient's Name (0010,0010), DICOM form: FAMILY^GIVEN
    std::optional<QDate> from; // Study Date (0008,0020) range, each end inclusive and optional
    std::optional<QDate> to;
    QString modality;        // Modalities in Study (0008,0061), e.g. CT
    QString accessionNumber; // Accession Number (0008,0050)
    // Study Instance UIDs (0020,000D), sent as a UID list: these studies only. Empty: any.
    QStringList studyInstanceUids;
    // At most this many studies are read; the rest of the answer is dropped (see FindResult).
    int maxResults = 500;
};

// One study as the PACS described it. Counts are -1 when the PACS did not give them.
struct StudyResult {
    QString patientId;
    QString patientName; // DICOM form, FAMILY^GIVEN
    QString studyInstanceUid;
    QDate studyDate;   // invalid when absent
    QString studyTime; // HHMMSS[.frac] as sent, may be empty
    QString studyDescription;
    QStringList modalities;
    QString accessionNumber;
    int seriesCount = -1;
    int instanceCount = -1;
    // SOP Classes in Study (0008,0062), when the PACS gives them: what a C-GET must accept.
    QStringList sopClasses;
};

struct FindResult {
    QList<StudyResult> studies;
    // True when the PACS had more than StudyQuery::maxResults matches: the query should be
    // narrowed.
    bool truncated = false;
};

// What a C-GET or C-MOVE asks for: whole studies, series or single instances, named by their
// UIDs at that level (Study, Series or SOP Instance UID; several are sent as one UID list). Only
// that level's key is sent: Orthanc (and PACS that allow relational retrieve) accept it; a strictly
// hierarchical PACS would also want the parent UIDs at series and instance level (not sent yet).
enum class RetrieveLevel { Study, Series, Instance };

// Progress of a transfer, counted in instances (sub-operations for C-GET and C-MOVE).
// `remaining` is -1 while unknown (the PACS need not say it).
struct TransferProgress {
    int completed = 0;
    int warning = 0;
    int failed = 0;
    int remaining = -1;
};
// Called on the calling thread after each instance or PACS answer.
using TransferCallback = std::function<void(const TransferProgress&)>;

// One file given to DimseClient::store() and what became of it.
struct StoreOutcome {
    enum class Kind {
        Stored,  // the PACS answered success
        Warning, // stored, but the PACS answered a warning status (coercion, elements dropped)
        Failed,  // not stored: `error` says why (not DICOM, refused by the PACS, network)
        NotSent, // never sent: cancelled, or the association ended before it
    };
    QString path;
    Kind kind = Kind::NotSent;
    QString sopInstanceUid; // empty when the file could not be read
    quint16 status = 0;     // the C-STORE response status, when one arrived
    std::optional<core::Error> error;
};

struct StoreResult {
    QList<StoreOutcome> files; // in the order given
    bool cancelled = false;
    [[nodiscard]] int count(StoreOutcome::Kind kind) const;
};

// The end of a C-GET or C-MOVE: the PACS's own counts of sub-operations, and for C-GET (or a
// move to Sijil's own StorageScp) the files written, each named <SOP Instance UID>.dcm.
struct RetrieveResult {
    int completed = 0;
    int warning = 0;
    int failed = 0;
    // Sub-operations not done (non-zero after a cancel).
    int remaining = 0;
    quint16 status = 0; // the final response status (0 success, B000 warning, FE00 cancel)
    bool cancelled = false;
    // Complete files only. After a cancel there may be one more than `completed`: the PACS may
    // have sent the next instance before it read the C-CANCEL.
    QStringList files;
};

// A DICOM Upper Layer client (DIMSE over TCP, no TLS yet) built on DCMTK's DcmSCU. Each call opens
// its own association and closes it before returning. Blocking: call it from a worker thread,
// never from the GUI thread. Calls on different objects may run on different threads at once.
//
// Error codes (core::Error::code()):
//   imaging/pacs-bad-node          the PacsNode is invalid (field() names the member)
//   imaging/pacs-bad-query         a StudyQuery value cannot be sent (field() names it)
//   imaging/pacs-unreachable       no TCP connection: host unknown, connection refused, no route
//   imaging/pacs-timeout           no answer within the connect, association or DIMSE timeout
//   imaging/pacs-called-ae-refused the PACS does not know its own AE title as configured
//   imaging/pacs-calling-ae-refused the PACS does not know Sijil's (calling) AE title
//   imaging/pacs-rejected          the association was rejected for another reason (busy...)
//   imaging/pacs-unsupported       the PACS accepted no presentation context for the service
//   imaging/pacs-aborted           the PACS aborted or dropped the association
//   imaging/pacs-status            the PACS answered the request with a failure status
//   imaging/pacs-protocol          any other DICOM network failure
//   imaging/pacs-bad-uid           a UID to retrieve is empty or not a DICOM UID
//   imaging/pacs-move-failed       the PACS refused or failed a C-MOVE (e.g. it does not know
//                                  the destination AE title)
//   imaging/pacs-move-destination-unknown the PACS says it does not know the destination
//   imaging/folder-not-writable    the target folder cannot be created or written
//   imaging/scp-*                  see StorageScp (move to Sijil's own storage SCP)
// Per file, in StoreOutcome::error: imaging/unreadable, imaging/not-dicom, imaging/pacs-status,
// imaging/pacs-unsupported (SOP class refused), or the network errors above.
//
// Cancelling (the stop_token's source asked to stop, from any thread) takes effect at the next
// DIMSE message: a store stops before the next file; a get or move sends C-CANCEL, reads the
// PACS's final answer (RetrieveResult::cancelled) and never leaves a partial file behind.
class DimseClient {
public:
    struct Timeouts {
        int connectSeconds = 10; // TCP connection
        int acseSeconds = 15;    // association request to its answer
        int dimseSeconds = 30;   // each DIMSE message (e.g. between two C-FIND answers)
    };

    DimseClient() = default;
    explicit DimseClient(Timeouts timeouts)
        : m_timeouts(timeouts) {}

    [[nodiscard]] const Timeouts& timeouts() const { return m_timeouts; }

    // C-ECHO (Verification SOP class): the PACS is reachable, knows both AE titles and answers.
    [[nodiscard]] core::Status echo(const PacsNode& node) const;

    // C-FIND at STUDY level with the Study Root Query/Retrieve information model.
    [[nodiscard]] core::Result<FindResult> find(const PacsNode& node,
                                                const StudyQuery& query) const;

    // C-STORE of each file, on as few associations as possible. Each file's own transfer syntax is
    // proposed (compressed files stay compressed) along with the uncompressed ones, used when the
    // PACS refuses the file's own (Sijil then decompresses: JPEG, JPEG-LS and RLE). A file that
    // is not DICOM, or that the PACS refuses, is reported in its outcome; the call fails only when
    // no association can be opened at all.
    [[nodiscard]] core::Result<StoreResult> store(const PacsNode& node, const QStringList& files,
                                                  const TransferCallback& progress = {},
                                                  std::stop_token cancel = {}) const;

    // C-GET (Study Root): the PACS sends the instances back on the same association; each is
    // written to `targetFolder` (created if needed) as <SOP Instance UID>.dcm, through a temporary
    // file renamed once complete. Status failures of the whole request are imaging/pacs-status.
    [[nodiscard]] core::Result<RetrieveResult> get(const PacsNode& node, RetrieveLevel level,
                                                   const QStringList& uids,
                                                   const QString& targetFolder,
                                                   const TransferCallback& progress = {},
                                                   std::stop_token cancel = {}) const;

    // C-MOVE (Study Root) to another AE title, which the PACS must know (address and port).
    [[nodiscard]] core::Result<RetrieveResult> move(const PacsNode& node,
                                                    const QString& destinationAe,
                                                    RetrieveLevel level, const QStringList& uids,
                                                    const TransferCallback& progress = {},
                                                    std::stop_token cancel = {}) const;

    // C-MOVE to Sijil itself: runs a StorageScp on `port` under `localAeTitle` (which the PACS
    // must know at this machine's address and that port), accepting only the PACS's own AE
    // title, for the length of the move. Files land in `targetFolder` as with get().
    [[nodiscard]] core::Result<RetrieveResult>
    moveHere(const PacsNode& node, const QString& localAeTitle, int port, RetrieveLevel level,
             const QStringList& uids, const QString& targetFolder,
             const TransferCallback& progress = {}, std::stop_token cancel = {}) const;

private:
    Timeouts m_timeouts;
};

} // namespace sijil::imaging
