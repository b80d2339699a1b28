#include "FhirLog.h"
#include "Gzip.h"
#include "TlsConfiguration.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/fhir/OperationOutcome.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

namespace sijil::fhir {

namespace {

constexpr const char* kCtx = "sijil::fhir::FhirClient";
const QByteArray kFhirJson = QByteArrayLiteral("application/fhir+json");
const QByteArray kForm = QByteArrayLiteral("application/x-www-form-urlencoded");

// A search's parameters as a form body. Each key and value is percent-encoded whole: a '+' (a
// phone's) stays a '+', not the space a form decoder would read in it.
QByteArray formBody(const QUrlQuery& query) {
    QByteArray out;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

core::Error unreadable(const char* what) {
    return FhirClient::malformed(QString::fromLatin1(what));
}

// The answer to a read is the resource read: its type and id, whatever the server's version.
core::Result<Response> theResource(const core::Result<Response>& r, const QString& type,
                                   const QString& id) {
    if (!r)
        return r;
    const QJsonObject o = r->json();
    const QString gotType = o.value(QStringLiteral("resourceType")).toString();
    const QString gotId = o.value(QStringLiteral("id")).toString();
    if (gotType != type || gotId != id)
        return FhirClient::malformed(
            QStringLiteral("read %1/%2 answered with '%3/%4'").arg(type, id, gotType, gotId));
    return r;
}

bool sameOrigin(const QUrl& a, const QUrl& b) {
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

// What a history entry says, from its resource or else from its request URL or full URL
// ("Patient/12/_history/3"): a deletion has no resource. Nothing when it names no resource.
// When the server read what a Bundle holds (its meta.lastUpdated), if it says.
QDateTime bundleTime(const QJsonObject& bundle) {
    return QDateTime::fromString(bundle.value(QStringLiteral("meta"))
                                     .toObject()
                                     .value(QStringLiteral("lastUpdated"))
                                     .toString(),
                                 Qt::ISODateWithMs)
        .toUTC();
}

std::optional<FhirClient::HistoryEntry> historyEntry(const QJsonObject& e) {
    const QJsonObject resource = e.value(QStringLiteral("resource")).toObject();
    const QJsonObject request = e.value(QStringLiteral("request")).toObject();
    const QJsonObject response = e.value(QStringLiteral("response")).toObject();
    FhirClient::HistoryEntry h;
    h.deleted = resource.isEmpty() ||
                request.value(QStringLiteral("method")).toString() == u"DELETE" ||
                response.value(QStringLiteral("status")).toString().startsWith(u"410");
    QString url = request.value(QStringLiteral("url")).toString();
    if (url.isEmpty())
        url = e.value(QStringLiteral("fullUrl")).toString();
    QStringList parts = url.section(u'?', 0, 0).split(u'/', Qt::SkipEmptyParts);
    if (const qsizetype at = parts.lastIndexOf(QStringLiteral("_history")); at >= 2) {
        h.versionId = parts.value(at + 1);
        parts = parts.mid(0, at);
    }
    h.type = resource.value(QStringLiteral("resourceType")).toString();
    h.id = resource.value(QStringLiteral("id")).toString();
    if (h.type.isEmpty() && parts.size() >= 2)
        h.type = parts[parts.size() - 2];
    if (h.id.isEmpty() && !parts.isEmpty())
        h.id = parts.last();
    const QString version = resource.value(QStringLiteral("meta"))
                                .toObject()
                                .value(QStringLiteral("versionId"))
                                .toString();
    if (!version.isEmpty())
        h.versionId = version;
    if (h.versionId.isEmpty()) // W/"3"
        h.versionId = response.value(QStringLiteral("etag")).toString().section(u'"', 1, 1);
    QString at = resource.value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("lastUpdated"))
                     .toString();
    if (at.isEmpty())
        at = response.value(QStringLiteral("lastModified")).toString();
    h.atUtc = QDateTime::fromString(at, Qt::ISODateWithMs).toUTC();
    if (h.type.isEmpty() || h.id.isEmpty())
        return std::nullopt;
    return h;
}

template <typename T>
QFuture<core::Result<T>> failed(core::Error e) {
    return QtFuture::makeReadyFuture(core::Result<T>(std::move(e)));
}

} // namespace

QJsonObject Response::json() const {
    return QJsonDocument::fromJson(body).object();
}

QString Response::versionId() const {
    QByteArray v = etag.trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    return QString::fromLatin1(v);
}

struct FhirClient::Call {
    QByteArray verb;
    QUrl url;
    QByteArray body;
    QByteArray contentType = kFhirJson;
    // A form is never compressed: servers read a form's parameters before any decoding of the
    // body, and a search whose criteria they could not read would match every patient.
    bool compressible = true;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QPromise<core::Result<Response>> promise;
    Resend resend = Resend::Blind;
    int attempt = 0;
    bool gzipped = false; // the last attempt's body went out compressed
    // The last attempt's TLS: the handshake done on our side, and the server's certificate doubted.
    bool encrypted = false;
    bool peerDoubted = false;
    // A connection was opened for the last attempt (not a kept one reused).
    bool connecting = false;
};

struct SearchState {
    QList<QJsonObject> resources;
    int maxResources = 0;
    QPromise<core::Result<QList<QJsonObject>>> promise;
};

FhirClient::FhirClient(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_tls(detail::tlsConfiguration(m_config))
    , m_network(new QNetworkAccessManager(this))
    , m_gzipRequests(m_config.compressRequests) {
    // Redirects only to the same server (scheme, host and port): FHIR servers need no more, and
    // the client certificate is never presented to another host.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

FhirClient::~FhirClient() = default;

QUrl FhirClient::resourceUrl(const QString& path) const {
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    if (!base.endsWith(u'/'))
        base += u'/';
    url.setPath(base + path);
    return url;
}

QFuture<core::Result<Response>> FhirClient::send(std::shared_ptr<Call> call) {
    if (auto s = check(m_config); !s)
        return failed<Response>(s.error());
    call->promise.start();
    QFuture<core::Result<Response>> future = call->promise.future();
    dispatch(call);
    return future;
}

void FhirClient::dispatch(const std::shared_ptr<Call>& call) {
    ++call->attempt;
    ++m_requests;
    QNetworkRequest request(call->url);
    request.setRawHeader("Accept", kFhirJson);
    QByteArray body = call->body;
    // Small bodies gain nothing from compression.
    call->gzipped = m_gzipRequests && call->compressible && body.size() > 512;
    if (call->gzipped) {
        body = gzipCompress(body);
        request.setRawHeader("Content-Encoding", "gzip");
    }
    if (!call->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->contentType);
    for (const auto& [name, value] : call->headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(int(m_config.timeout.count()));
    if (call->url.scheme() == u"https")
        request.setSslConfiguration(m_tls);
    call->encrypted = false;
    call->peerDoubted = false;
    call->connecting = false;
    QNetworkReply* reply = m_network->sendCustomRequest(request, call->verb, body);
    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [call] { call->connecting = true; });
    connect(reply, &QNetworkReply::encrypted, this, [call] { call->encrypted = true; });
    connect(reply, &QNetworkReply::sslErrors, this, [call] { call->peerDoubted = true; });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

void FhirClient::finished(const std::shared_ptr<Call>& call, QNetworkReply* reply) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        Response r;
        r.status = status;
        r.body = body;
        r.etag = reply->rawHeader("ETag");
        r.location = reply->hasRawHeader("Location") ? reply->rawHeader("Location")
                                                     : reply->rawHeader("Content-Location");
        r.lastModified = reply->rawHeader("Last-Modified");
        r.date = reply->rawHeader("Date");
        call->promise.addResult(core::Result<Response>(std::move(r)));
        call->promise.finish();
        return;
    }
    if (status == 415 && call->gzipped) {
        // RFC 7694: the server does not take compressed requests. Not a failure of this call.
        qCInfo(lcFhir) << "server refuses gzip request bodies; sending them plain";
        m_gzipRequests = false;
        --call->attempt;
        return dispatch(call);
    }
    const bool tlsFailure = reply->error() == QNetworkReply::SslHandshakeFailedError;
    const bool networkError = status == 0 && !tlsFailure;
    const bool retryable = RetryPolicy::isRetryable(status, networkError);
    // Not sent again by itself once it may have reached the server, when its caller checks first:
    // only a connection never made (refused, no such host, closed before the secure connection
    // was set up) proves it did not; a gateway's 502/504 may come after the server applied it.
    const bool neverSent = reply->error() == QNetworkReply::ConnectionRefusedError ||
                           reply->error() == QNetworkReply::HostNotFoundError ||
                           reply->error() == QNetworkReply::ProxyConnectionRefusedError ||
                           reply->error() == QNetworkReply::ProxyNotFoundError ||
                           (call->url.scheme() == u"https" && call->connecting && !call->encrypted);
    const bool mayHaveArrived = (networkError && !neverSent) || status == 502 || status == 504;
    const bool resendable = call->resend == Resend::Blind || !mayHaveArrived;
    if (retryable && !resendable && m_config.retry.mayRetry(call->attempt))
        qCInfo(lcFhir) << call->verb.constData() << "may have reached the server; not sent again"
                       << "before its caller has looked";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto asked =
        retryable ? m_config.retry.retryAfter(reply->rawHeader("Retry-After"), now) : std::nullopt;
    if (asked) // kept for the caller, whose next try must not come sooner either
        m_notBefore = now.addMSecs(asked->count());
    // A wait longer than a call may take fails the call instead: the caller tries again later.
    if (retryable && resendable && m_config.retry.mayRetry(call->attempt) &&
        (!asked || *asked <= m_config.retry.settings().maxDelay)) {
        const auto wait = asked.value_or(
            m_config.retry.backoff(call->attempt, QRandomGenerator::global()->generateDouble()));
        qCInfo(lcFhir) << call->verb.constData() << "attempt" << call->attempt << "failed with"
                       << (status ? QString::number(status) : reply->errorString()) << "; retry in"
                       << wait.count() << "ms";
        QTimer::singleShot(wait, this, [this, call] { dispatch(call); });
        return;
    }
    // This workstation refused by the server at the TLS level: during the handshake (TLS 1.2)
    // with no doubt about the server's certificate, or by a certificate alert right after it
    // (TLS 1.3 checks the client's certificate once our side is done). A close with no alert once
    // the connection is made is the link's (a server restarting looks the same); a key that is
    // not its certificate's is found before any call (checkTls).
    static const QRegularExpression certificateAlert(
        QStringLiteral("alert (certificate|bad certificate|unknown ca|handshake failure|"
                       "access denied)"));
    const bool workstationRefused =
        (tlsFailure && !call->peerDoubted) ||
        (networkError && call->encrypted && reply->rawHeaderPairs().isEmpty() &&
         certificateAlert.match(reply->errorString()).hasMatch());
    // Closed by the server on a connection opened for this call, before the secure connection
    // was made, with no alert: the server was reached (not a refused connection) and stopped at
    // the handshake. Some servers and proxies refuse a workstation so; a load balancer with no
    // server behind it, or a server restarting, looks the same: retried above, and the message
    // names both. (A kept connection closed is the link's.)
    const bool closedInHandshake = networkError && call->url.scheme() == u"https" &&
                                   call->connecting && !call->encrypted &&
                                   reply->error() == QNetworkReply::RemoteHostClosedError;
    // What Qt said goes in the detail; the user reads which of the three it was.
    const auto tls = [reply](const char* code, const char* text) {
        return core::Error(code, core::UserText(kCtx, text), reply->errorString());
    };
    core::Error error;
    if (closedInHandshake)
        error = tls("fhir/tls-closed",
                    QT_TRANSLATE_NOOP("sijil::fhir::FhirClient",
                                      "Le serveur central a fermé la connexion pendant son "
                                      "établissement sécurisé : serveur indisponible derrière un "
                                      "répartiteur, ou ce poste refusé (son certificat)."));
    else if (workstationRefused)
        error = tls("fhir/tls-refused",
                    QT_TRANSLATE_NOOP("sijil::fhir::FhirClient",
                                      "Le serveur central n'a pas accepté ce poste à la connexion "
                                      "sécurisée : le certificat du poste manque, a expiré, n'est "
                                      "pas reconnu ou ne correspond pas à sa clé."));
    else if (tlsFailure)
        error = tls("fhir/tls", QT_TRANSLATE_NOOP("sijil::fhir::FhirClient",
                                                  "La connexion sécurisée au serveur central a "
                                                  "échoué : son certificat n'est pas reconnu."));
    else if (networkError)
        error = OperationOutcome::networkError(reply->errorString());
    else
        error = OperationOutcome::toError(status, body);
    qCInfo(lcFhir) << call->verb.constData() << "failed after" << call->attempt
                   << "attempt(s):" << error;
    call->promise.addResult(core::Result<Response>(std::move(error)));
    call->promise.finish();
}

QFuture<core::Result<Capabilities>> FhirClient::capabilities() {
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->url = resourceUrl(QStringLiteral("metadata"));
    return send(call).then(this, [](const core::Result<Response>& r) -> core::Result<Capabilities> {
        if (!r)
            return r.error();
        auto caps = Capabilities::fromJson(r->body);
        if (!caps)
            return unreadable("metadata is not a CapabilityStatement");
        return *caps;
    });
}

core::Error FhirClient::malformed(const QString& what) {
    return core::Error("fhir/malformed",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::fhir::FhirClient",
                                                              "Le serveur central a envoyé une "
                                                              "réponse illisible.")),
                       what);
}

QFuture<core::Result<Response>> FhirClient::read(const QString& type, const QString& id) {
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->url = resourceUrl(type + u'/' + id);
    return send(call).then(
        this, [type, id](const core::Result<Response>& r) { return theResource(r, type, id); });
}

QFuture<core::Result<Response>> FhirClient::vread(const QString& type, const QString& id,
                                                  const QString& versionId) {
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->url = resourceUrl(type + u'/' + id + QStringLiteral("/_history/") + versionId);
    return send(call).then(
        this, [type, id](const core::Result<Response>& r) { return theResource(r, type, id); });
}

QFuture<core::Result<Response>> FhirClient::create(const QString& type, const QByteArray& json,
                                                   const QString& ifNoneExist) {
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->url = resourceUrl(type);
    call->body = json;
    call->headers.append(std::pair{QByteArray("Prefer"), QByteArray("return=representation")});
    if (!ifNoneExist.isEmpty())
        call->headers.append(std::pair{QByteArray("If-None-Exist"), ifNoneExist.toUtf8()});
    return send(call);
}

QFuture<core::Result<Response>> FhirClient::operation(const QString& type, const QString& name,
                                                      const QByteArray& parametersJson) {
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->url = resourceUrl(type + QStringLiteral("/$") + name);
    call->body = parametersJson;
    return send(call);
}

QFuture<core::Result<Response>> FhirClient::update(const QString& type, const QString& id,
                                                   const QByteArray& json,
                                                   const QString& ifMatchVersion, Resend resend) {
    auto call = std::make_shared<Call>();
    call->verb = "PUT";
    call->resend = resend;
    call->url = resourceUrl(type + u'/' + id);
    call->body = json;
    call->headers.append(std::pair{QByteArray("Prefer"), QByteArray("return=representation")});
    if (!ifMatchVersion.isEmpty())
        call->headers.append(
            std::pair{QByteArray("If-Match"), "W/\"" + ifMatchVersion.toUtf8() + '"'});
    return send(call);
}

QFuture<core::Result<Response>> FhirClient::remove(const QString& type, const QString& id,
                                                   const QString& ifMatchVersion) {
    auto call = std::make_shared<Call>();
    call->verb = "DELETE";
    call->url = resourceUrl(type + u'/' + id);
    if (!ifMatchVersion.isEmpty())
        call->headers.append(
            std::pair{QByteArray("If-Match"), "W/\"" + ifMatchVersion.toUtf8() + '"'});
    return send(call);
}

QFuture<core::Result<Response>> FhirClient::postBundle(const QByteArray& bundleJson, bool minimal,
                                                       Resend resend) {
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->resend = resend;
    call->url = m_config.baseUrl;
    call->body = bundleJson;
    if (minimal)
        call->headers.append(std::pair{QByteArray("Prefer"), QByteArray("return=minimal")});
    return send(call);
}

std::shared_ptr<FhirClient::Call> FhirClient::getCall(const QUrl& url) {
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->url = url;
    return call;
}

std::shared_ptr<FhirClient::Call>
FhirClient::searchCall(const QString& type, const QUrlQuery& query, SearchVia via) const {
    if (via == SearchVia::Get) {
        QUrl url = resourceUrl(type);
        url.setQuery(query);
        return getCall(url);
    }
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->url = resourceUrl(type + QStringLiteral("/_search"));
    call->body = formBody(query);
    call->contentType = kForm;
    call->compressible = false;
    return call;
}

QFuture<core::Result<QList<QJsonObject>>>
FhirClient::search(const QString& type, const QUrlQuery& query, int maxResources, SearchVia via) {
    if (auto s = check(m_config); !s)
        return failed<QList<QJsonObject>>(s.error());
    auto state = std::make_shared<SearchState>();
    state->maxResources = maxResources;
    state->promise.start();
    auto future = state->promise.future();
    searchPage(searchCall(type, query, via), state);
    return future;
}

QFuture<core::Result<FhirClient::FetchedBundle>>
FhirClient::fetchBundle(std::shared_ptr<Call> call) {
    using Out = core::Result<FetchedBundle>;
    return send(call).then(this, [this](const core::Result<Response>& r) -> Out {
        if (!r)
            return r.error();
        const QJsonObject bundle = r->json();
        if (bundle.value(QStringLiteral("resourceType")).toString() != u"Bundle")
            return unreadable("search answer is not a Bundle");
        QUrl next;
        for (const QJsonValue& link : bundle.value(QStringLiteral("link")).toArray()) {
            if (link.toObject().value(QStringLiteral("relation")).toString() == u"next")
                next = QUrl(link.toObject().value(QStringLiteral("url")).toString());
        }
        // A next link elsewhere than our server is not followed: it would send our credentials
        // and patient queries to a third party.
        if (next.isValid() && !sameOrigin(next, m_config.baseUrl))
            return unreadable("next link to another origin");
        return FetchedBundle{bundle, next, httpDateUtc(r->date)};
    });
}

QFuture<core::Result<FhirClient::Page>> FhirClient::fetchPage(std::shared_ptr<Call> call) {
    using Fetched = core::Result<FetchedBundle>;
    return fetchBundle(std::move(call)).then([](const Fetched& fetched) -> core::Result<Page> {
        if (!fetched)
            return fetched.error();
        const QJsonObject& bundle = fetched->bundle;
        Page page;
        for (const QJsonValue& entry : bundle.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject e = entry.toObject();
            // Only the matches: _include'd resources and outcomes are not results.
            const QString mode = e.value(QStringLiteral("search"))
                                     .toObject()
                                     .value(QStringLiteral("mode"))
                                     .toString();
            if (!mode.isEmpty() && mode != u"match")
                continue;
            const QJsonObject resource = e.value(QStringLiteral("resource")).toObject();
            // Sync stores what it pulls by type and id: an entry without them is no resource.
            if (resource.value(QStringLiteral("resourceType")).toString().isEmpty() ||
                resource.value(QStringLiteral("id")).toString().isEmpty())
                return unreadable("search entry without a resource type or id");
            page.resources << resource;
        }
        page.next = fetched->next;
        page.asOfUtc = bundleTime(bundle);
        page.answeredUtc = fetched->answeredUtc;
        return page;
    });
}

QFuture<core::Result<FhirClient::HistoryPage>> FhirClient::fetchHistory(const QUrl& url) {
    using Fetched = core::Result<FetchedBundle>;
    return fetchBundle(getCall(url)).then([](const Fetched& fetched) -> core::Result<HistoryPage> {
        if (!fetched)
            return fetched.error();
        const auto& [bundle, next, answered] = *fetched;
        HistoryPage page;
        for (const QJsonValue& entry : bundle.value(QStringLiteral("entry")).toArray()) {
            auto e = historyEntry(entry.toObject());
            if (!e)
                return unreadable("history entry without a resource type or id");
            page.entries << *e;
        }
        page.next = next;
        page.asOfUtc = bundleTime(bundle);
        page.answeredUtc = answered;
        // Bundle.total is an unsignedInt; anything else is not a count.
        if (const QJsonValue total = bundle.value(QStringLiteral("total"));
            total.isDouble() && total.toInteger(-1) >= 0)
            page.total = total.toInteger();
        return page;
    });
}

QFuture<core::Result<FhirClient::HistoryPage>> FhirClient::historyFirst(const QString& type,
                                                                        const QUrlQuery& query) {
    if (auto s = check(m_config); !s)
        return failed<HistoryPage>(s.error());
    QUrl url = resourceUrl(type + QStringLiteral("/_history"));
    url.setQuery(query);
    return fetchHistory(url);
}

QFuture<core::Result<FhirClient::HistoryPage>> FhirClient::historyNext(const QUrl& next) {
    if (!sameOrigin(next, m_config.baseUrl))
        return failed<HistoryPage>(unreadable("next link to another origin"));
    return fetchHistory(next);
}

QFuture<core::Result<FhirClient::Page>>
FhirClient::searchFirst(const QString& type, const QUrlQuery& query, SearchVia via) {
    if (auto s = check(m_config); !s)
        return failed<Page>(s.error());
    return fetchPage(searchCall(type, query, via));
}

QFuture<core::Result<FhirClient::Page>> FhirClient::searchNext(const QUrl& next) {
    if (!sameOrigin(next, m_config.baseUrl))
        return failed<Page>(unreadable("next link to another origin"));
    return fetchPage(getCall(next));
}

void FhirClient::searchPage(std::shared_ptr<Call> call, std::shared_ptr<SearchState> state) {
    fetchPage(std::move(call)).then(this, [this, state](const core::Result<Page>& page) {
        if (!page) {
            state->promise.addResult(core::Result<QList<QJsonObject>>(page.error()));
            state->promise.finish();
            return;
        }
        state->resources << page->resources;
        if (page->next.isValid() && state->resources.size() < state->maxResources)
            return searchPage(getCall(page->next), state);
        state->promise.addResult(core::Result<QList<QJsonObject>>(state->resources));
        state->promise.finish();
    });
}

} // namespace sijil::fhir
