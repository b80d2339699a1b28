#pragma once

#include <sijil/core/Result.h>
#include <sijil/core/SiteConfig.h>
#include <sijil/fhir/Capabilities.h>
#include <sijil/fhir/RetryPolicy.h>

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sijil::fhir {

// A server answer the client accepted (2xx), with the headers FHIR gives meaning to.
struct Response {
    int status = 0;
    QByteArray body;
    QByteArray etag;         // W/"3": the version, for If-Match
    QByteArray location;     // Location / Content-Location: [base]/Type/id/_history/v
    QByteArray lastModified; // HTTP date
    QByteArray date;         // HTTP date: when the server answered
    [[nodiscard]] QJsonObject json() const;
    // The version id from the ETag (W/"3" -> "3"); empty when the server sent none.
    [[nodiscard]] QString versionId() const;
};

// The asynchronous FHIR R4 REST client. Every call resolves on the client's thread with either a
// Response or an Error the user can read; transient failures (network, 429, 5xx) are retried with
// backoff first, except where a change may have reached the server and its caller checks (Resend).
// TLS is always verified: a site may add its own CA, nothing turns verification off. Plain http is
// accepted only for a server on this machine's loopback (tests, local tools).
class FhirClient : public QObject {
    Q_OBJECT
public:
    struct Config {
        QUrl baseUrl;               // e.g. https://dpp.sante.gov.ma/fhir
        QString caCertificatesFile; // PEM file added to the system's CAs; may be empty
        // Mutual TLS, for a server that asks who the workstation is: its certificate and private
        // key (PEM, unencrypted, readable by its owner only). Both or neither.
        QString clientCertificateFile;
        QString clientKeyFile;
        std::chrono::milliseconds timeout{30'000};
        RetryPolicy retry;
        // Request bodies are sent gzip-compressed; a server that refuses it (415, RFC 7694) gets
        // them plain from then on.
        bool compressRequests = true;

        // The site's central server as its configuration file names it.
        static Config forCentralServer(const core::SiteConfig::CentralServer& server);
    };

    explicit FhirClient(Config config, QObject* parent = nullptr);
    ~FhirClient() override;

    // Refuses a configuration the client would not use safely (no https, bad CA file).
    [[nodiscard]] static core::Status check(const Config& config);
    // check(), and the workstation's TLS started once on loopback: a client key that is not its
    // certificate's is refused here rather than at every call. Blocks up to 3 s (an event loop of
    // its own): for start-up and `sijilctl`, not for each call.
    [[nodiscard]] static core::Status checkTls(const Config& config);
    // fhir/malformed: an answer that is not what was asked for; `what` for the log.
    [[nodiscard]] static core::Error malformed(const QString& what);

    QFuture<core::Result<Capabilities>> capabilities();
    // The resource asked for, or fhir/malformed when the server answers with something else (a
    // proxy's page, another resource): a caller never takes another resource for it.
    QFuture<core::Result<Response>> read(const QString& type, const QString& id);
    QFuture<core::Result<Response>> vread(const QString& type, const QString& id,
                                          const QString& versionId);
    // How a search's criteria reach the server. Post sends them as a form to [type]/_search
    // (FHIR R4 RESTful search): what names a patient (names, document numbers, phones) stays out
    // of URLs, which server access logs and proxies keep. The server's `next` links are followed
    // as it gives them (GET), whichever way the search started.
    enum class SearchVia { Get, Post };
    // Follows the server's `next` links (never computes offsets) until there are no more pages
    // or `maxResources` entries were collected; returns the entries' resources.
    QFuture<core::Result<QList<QJsonObject>>> search(const QString& type, const QUrlQuery& query,
                                                     int maxResources = 100'000,
                                                     SearchVia via = SearchVia::Get);
    // One page of a search: the matches and the server's link to the next page (empty at the end).
    // A match without a resource type or id makes the page fhir/malformed.
    struct Page {
        QList<QJsonObject> resources;
        QUrl next;
        QDateTime asOfUtc;     // the Bundle's meta.lastUpdated (when the server searched), if given
        QDateTime answeredUtc; // the answer's HTTP Date, to the second, if given
    };
    // The first page of a search, then searchNext() with the link it gave, page by page.
    QFuture<core::Result<Page>> searchFirst(const QString& type, const QUrlQuery& query,
                                            SearchVia via = SearchVia::Get);
    QFuture<core::Result<Page>> searchNext(const QUrl& next);

    // One entry of a history: a version of a resource, or its deletion.
    struct HistoryEntry {
        QString type;
        QString id;
        QString versionId;    // empty when the server gave none
        bool deleted = false; // a DELETE, a 410, or an entry without a resource
        QDateTime atUtc;      // the version's meta.lastUpdated or response.lastModified, if given
    };
    struct HistoryPage {
        QList<HistoryEntry> entries; // newest first, as servers give history
        QUrl next;
        QDateTime asOfUtc;     // the Bundle's meta.lastUpdated (when the server read it), if given
        QDateTime answeredUtc; // the answer's HTTP Date, to the second, if given
        std::optional<qint64> total; // Bundle.total (every entry of the read), if given
    };
    // The history of a type (GET [type]/_history, e.g. with _since), then historyNext() with the
    // link each page gave. An entry that names no resource makes the page fhir/malformed.
    QFuture<core::Result<HistoryPage>> historyFirst(const QString& type, const QUrlQuery& query);
    QFuture<core::Result<HistoryPage>> historyNext(const QUrl& next);

    // Whether a change may be sent again by the client itself after its answer was lost (a
    // network error once it may have gone out, a gateway's 502/504). Blind suits a change that
    // cannot apply over another's (If-Match, If-None-Exist). CallerChecks is for one that could
    // (a PUT with the client's id and no precondition, a transaction of them): it is tried again
    // only when it surely never arrived, otherwise it fails and its caller looks at the server
    // first; 429 and 503 (not taken) are retried either way.
    enum class Resend { Blind, CallerChecks };

    // `ifNoneExist` ("identifier=system|value") makes the create idempotent on the server.
    QFuture<core::Result<Response>> create(const QString& type, const QByteArray& json,
                                           const QString& ifNoneExist = {});
    // `ifMatchVersion` makes the update fail with fhir/conflict (412) when the server moved on.
    QFuture<core::Result<Response>> update(const QString& type, const QString& id,
                                           const QByteArray& json,
                                           const QString& ifMatchVersion = {},
                                           Resend resend = Resend::Blind);
    // Deletes; `ifMatchVersion` as for update.
    QFuture<core::Result<Response>> remove(const QString& type, const QString& id,
                                           const QString& ifMatchVersion = {});
    // A transaction or batch Bundle posted to the base URL. With `minimal`, the server is asked
    // to leave the resources out of its answer (Prefer: return=minimal): the entries' status,
    // location and ETag are all sync needs.
    QFuture<core::Result<Response>> postBundle(const QByteArray& bundleJson, bool minimal = false,
                                               Resend resend = Resend::Blind);

    // A type-level operation ("Patient", "match" posts a Parameters resource to
    // [base]/Patient/$match).
    QFuture<core::Result<Response>> operation(const QString& type, const QString& name,
                                              const QByteArray& parametersJson);

    [[nodiscard]] const QUrl& baseUrl() const { return m_config.baseUrl; }
    // Requests sent, retries included (for benchmarks and tests).
    [[nodiscard]] int requestCount() const { return m_requests; }
    // Whether request bodies still go out compressed (false once the server refused gzip).
    [[nodiscard]] bool compressingRequests() const { return m_gzipRequests; }
    // Until when the server last asked to be left alone (Retry-After on a 429 or 5xx); invalid
    // when it never asked. A call does not wait past its RetryPolicy's maxDelay; its caller does.
    [[nodiscard]] const QDateTime& notBeforeUtc() const { return m_notBefore; }

private:
    struct Call;
    QFuture<core::Result<Response>> send(std::shared_ptr<Call> call);
    void dispatch(const std::shared_ptr<Call>& call);
    void finished(const std::shared_ptr<Call>& call, QNetworkReply* reply);
    static std::shared_ptr<Call> getCall(const QUrl& url);
    // The first page's request of a search, as `via` says.
    [[nodiscard]] std::shared_ptr<Call> searchCall(const QString& type, const QUrlQuery& query,
                                                   SearchVia via) const;
    void searchPage(std::shared_ptr<Call> call, std::shared_ptr<struct SearchState> state);
    QFuture<core::Result<Page>> fetchPage(std::shared_ptr<Call> call);
    QFuture<core::Result<HistoryPage>> fetchHistory(const QUrl& url);
    // A Bundle, its next link (checked to be on our server) and the answer's Date.
    struct FetchedBundle {
        QJsonObject bundle;
        QUrl next;
        QDateTime answeredUtc;
    };
    QFuture<core::Result<FetchedBundle>> fetchBundle(std::shared_ptr<Call> call);
    QUrl resourceUrl(const QString& path) const;

    Config m_config;
    QSslConfiguration m_tls; // built once from the configuration's files
    QNetworkAccessManager* m_network = nullptr;
    int m_requests = 0;
    bool m_gzipRequests = true;
    QDateTime m_notBefore;
};

} // namespace sijil::fhir
