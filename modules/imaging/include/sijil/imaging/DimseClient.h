#pragma once

#include <sijil/core/Result.h>
#include <sijil/imaging/PacsNode.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
};

struct FindResult {
    QList<StudyResult> studies;
    // True when the PACS had more than StudyQuery::maxResults matches: the query should be
    // narrowed.
    bool truncated = false;
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

private:
    Timeouts m_timeouts;
};

} // namespace sijil::imaging
