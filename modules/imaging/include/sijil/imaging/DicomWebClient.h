#pragma once

#include <sijil/core/Result.h>
#include <sijil/imaging/DimseClient.h>
#include <sijil/imaging/PacsNode.h>

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sijil::imaging {

// One series of a study, as QIDO-RS describes it. Numbers are -1 when the PACS did not give them.
struct SeriesResult {
    QString seriesInstanceUid;
    QString modality;
    QString seriesDescription;
    int seriesNumber = -1;
    int instanceCount = -1;
};

// One instance (image) of a series, as QIDO-RS describes it.
struct InstanceResult {
    QString sopInstanceUid;
    QString sopClassUid;
    int instanceNumber = -1;
};

// What a WADO-RS retrieval wrote: one file per instance, named <SOP Instance UID>.dcm.
struct WebRetrieveResult {
    QStringList files;
    qint64 bytes = 0;
};

// The PACS's answer for one file sent with STOW-RS.
struct WebStoreOutcome {
    QString file;
    QString sopInstanceUid; // read from the file before sending; empty if unreadable
    bool stored = false;
    // Failure Reason (0008,1197) when the PACS listed the instance as failed, else -1.
    int failureReason = -1;
};

// A DICOMweb client (PS3.18): QIDO-RS search, WADO-RS retrieval, STOW-RS storage, against the
// node's dicomWebUrl with HTTP Basic authentication from its username and password. Everything is
// asynchronous on the thread the object lives in: each call returns at once and its callback runs
// later from the event loop (never from inside the call). TLS certificates are always verified.
// Each request fails with imaging/dicomweb-timeout when no byte moves for timeoutMs.
//
// Error codes (core::Error::code()):
//   imaging/pacs-bad-query         a value or UID cannot be sent (field() names it)
//   imaging/dicomweb-unreachable   no connection (refused, unknown host, TLS failure...)
//   imaging/dicomweb-timeout       nothing received or sent within the timeout
//   imaging/dicomweb-unauthorized  HTTP 401 or 403: wrong account or no right
//   imaging/dicomweb-not-found     HTTP 404: no such study, series or instance
//   imaging/dicomweb-bad-response  an answer that is not what DICOMweb promises (or another 4xx)
//   imaging/dicomweb-server        HTTP 5xx
//   imaging/dicomweb-cancelled     cancel() was called
class DicomWebClient : public QObject {
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(core::Result<T>)>;
    using Job = quint64;

    // The client owns its network access manager.
    explicit DicomWebClient(PacsNode node, QObject* parent = nullptr);
    // Uses `manager` (not owned; it must outlive this object and live on the same thread).
    DicomWebClient(PacsNode node, QNetworkAccessManager* manager, QObject* parent = nullptr);
    ~DicomWebClient() override;

    [[nodiscard]] const PacsNode& node() const { return m_node; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }

    // QIDO-RS /studies. StudyQuery::maxResults is sent as `limit` (one more is asked to tell a
    // truncated answer), `offset` skips that many matches. Dates go as YYYYMMDD-YYYYMMDD ranges.
    Job searchStudies(const StudyQuery& query, Callback<FindResult> done, int offset = 0);
    Job searchSeries(const QString& studyUid, Callback<QList<SeriesResult>> done);
    Job searchInstances(const QString& studyUid, const QString& seriesUid,
                        Callback<QList<InstanceResult>> done);

    // WADO-RS: the instances are written into `folder` (created if missing) as they arrive,
    // each as <SOP Instance UID>.dcm (replacing a file of that name). On failure or cancel, files already complete stay and the
    // one being written is removed. progress() reports the bytes and instances so far.
    Job retrieveStudy(const QString& studyUid, const QString& folder,
                      Callback<WebRetrieveResult> done);
    Job retrieveSeries(const QString& studyUid, const QString& seriesUid, const QString& folder,
                       Callback<WebRetrieveResult> done);
    Job retrieveInstance(const QString& studyUid, const QString& seriesUid,
                         const QString& sopInstanceUid, const QString& folder,
                         Callback<WebRetrieveResult> done);
    // WADO-RS /studies/{uid}/metadata: the DICOM JSON of every instance (no bulk data).
    Job retrieveMetadata(const QString& studyUid, Callback<QJsonArray> done);

    // STOW-RS /studies: the files are streamed from disk, one part each. One outcome per file,
    // in the order given, from the PACS's ReferencedSOPSequence and FailedSOPSequence.
    Job store(const QStringList& files, Callback<QList<WebStoreOutcome>> done);

    // Stops the job: its callback gets imaging/dicomweb-cancelled. Unknown or finished: no-op.
    void cancel(Job job);

signals:
    // `job` is a Job (the signal names the plain type for queued connections and spies).
    void progress(quint64 job, qint64 bytes, int instances);

private:
    struct Pending;
    Job start(std::unique_ptr<Pending> pending);
    void finish(Job job);

    PacsNode m_node;
    QNetworkAccessManager* m_manager = nullptr;
    int m_timeoutMs = 30000;
    Job m_nextJob = 1;
    QHash<Job, Pending*> m_pending;
};

} // namespace sijil::imaging
