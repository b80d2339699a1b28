#include "DcmtkRuntime.h"
#include "DicomWebShared.h"
#include "ImagingLog.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

namespace sijil::imaging {

namespace dicomweb {

// A DICOM UID: digits and dots, at most 64 characters (PS3.5 9.1). Checked before it goes into a
// URL path, so nothing else can.
bool isUid(const QString& uid) {
    if (uid.isEmpty() || uid.size() > 64)
        return false;
    for (const QChar c : uid)
        if (!(c.isDigit() && c.unicode() < 128) && c != u'.')
            return false;
    return true;
}

// A query value as StudyQuery allows it (see DimseClient): no backslash, no control character.
bool isQueryValue(const QString& v) {
    if (v.size() > 64)
        return false;
    for (const QChar c : v)
        if (c == u'\\' || c.category() == QChar::Other_Control)
            return false;
    return true;
}

QString hostOf(const QUrl& url) {
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

// The first value of a DICOM JSON attribute (PS3.18 F.2) as text; a PN gives its Alphabetic
// group.
QString text(const QJsonObject& ds, const char* tag) {
    const QJsonValue v = ds.value(QLatin1String(tag)).toObject().value(u"Value").toArray().at(0);
    if (v.isObject())
        return v.toObject().value(u"Alphabetic").toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

QStringList texts(const QJsonObject& ds, const char* tag) {
    QStringList out;
    for (const QJsonValue v : ds.value(QLatin1String(tag)).toObject().value(u"Value").toArray())
        if (v.isString())
            out.append(v.toString());
    return out;
}

// IS and US values come as JSON numbers, but some servers send IS as strings.
int number(const QJsonObject& ds, const char* tag) {
    const QJsonValue v = ds.value(QLatin1String(tag)).toObject().value(u"Value").toArray().at(0);
    if (v.isDouble())
        return v.toInt(-1);
    bool ok = false;
    const int n = v.toString().trimmed().toInt(&ok);
    return ok ? n : -1;
}

core::Result<QJsonArray> jsonArray(const QByteArray& body) {
    if (body.trimmed().isEmpty())
        return QJsonArray(); // 204 No Content: nothing matched
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray())
        return errors::dicomWebBadResponse(QStringLiteral("answer is not a DICOM JSON array"));
    return doc.array();
}

// SOP Instance UID of a DICOM file, read from its header only.
QString sopInstanceUidOf(const QString& path) {
    ensureDcmtkReady();
    DcmFileFormat file;
    const QByteArray native = QFile::encodeName(path);
    if (file.loadFileUntilTag(OFFilename(native.constData()), EXS_Unknown, EGL_noChange, 256,
                              ERM_autoDetect, DCM_PixelData)
            .bad())
        return {};
    OFString uid;
    if (!file.getDataset() || file.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, uid).bad())
        return {};
    return QString::fromLatin1(uid.c_str()).trimmed();
}

QByteArray header(const MultipartReader::Headers& headers, const QByteArray& name) {
    for (const auto& h : headers)
        if (h.first == name)
            return h.second;
    return {};
}

QNetworkRequest makeRequest(const PacsNode& node, const QString& path, const QByteArray& query,
                            const QByteArray& accept) {
    QUrl url = node.dicomWebUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", accept);
    if (!node.username.isEmpty())
        request.setRawHeader("Authorization",
                             "Basic " + (node.username + u':' + node.password).toUtf8().toBase64());
    // The Authorization header must not follow a redirect to another server.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

} // namespace dicomweb

using namespace dicomweb;
using core::Error;

DicomWebClient::DicomWebClient(PacsNode node, QObject* parent)
    : DicomWebClient(std::move(node), nullptr, parent) {}

DicomWebClient::DicomWebClient(PacsNode node, QNetworkAccessManager* manager, QObject* parent)
    : QObject(parent)
    , m_node(std::move(node))
    , m_manager(manager ? manager : new QNetworkAccessManager(this)) {}

DicomWebClient::~DicomWebClient() {
    // Pending jobs end without their callbacks; half-written files go.
    const auto pending = m_pending;
    m_pending.clear();
    for (Pending* p : pending) {
        if (p->reply) {
            p->reply->disconnect(this);
            p->reply->abort();
            p->reply->deleteLater();
        }
        delete p;
    }
}

DicomWebClient::Job DicomWebClient::start(std::unique_ptr<Pending> owned) {
    const Job job = m_nextJob++;
    Pending* p = owned.release();
    m_pending.insert(job, p);
    p->elapsed.start();
    if (!m_node.dicomWebUrl.isValid() ||
        (m_node.dicomWebUrl.scheme() != u"https" && m_node.dicomWebUrl.scheme() != u"http")) {
        p->failure = errors::pacsBadQuery(QStringLiteral("dicomWebUrl"),
                                          QStringLiteral("DICOMweb URL not http(s)"));
        QTimer::singleShot(0, this, [this, job] { finish(job); });
        return job;
    }
    QNetworkReply* reply =
        p->multipart ? m_manager->post(p->request, p->multipart) : m_manager->get(p->request);
    if (p->multipart)
        p->multipart->setParent(reply);
    p->reply = reply;
    p->timer.setSingleShot(true);
    p->timer.setInterval(m_timeoutMs);
    connect(&p->timer, &QTimer::timeout, this, [p] {
        p->timedOut = true;
        if (p->reply)
            p->reply->abort();
    });
    const auto alive = [p] {
        p->timer.start();
    };
    connect(reply, &QNetworkReply::uploadProgress, this, alive);
    connect(reply, &QNetworkReply::downloadProgress, this, alive);
    connect(reply, &QNetworkReply::readyRead, this, [this, job, p] {
        p->timer.start();
        if (!p->streamed || p->failure || p->cancelled)
            return;
        QNetworkReply* r = p->reply;
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && status != 206)
            return; // an error page: read whole on finish
        if (!p->reader) {
            const QByteArray type = r->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            const QByteArray boundary = MultipartReader::boundaryOf(type);
            if (!type.trimmed().toLower().startsWith("multipart/related") || boundary.isEmpty()) {
                p->failure = errors::dicomWebBadResponse(
                    QStringLiteral("WADO-RS answer is not multipart/related with a boundary"));
                r->abort();
                return;
            }
            MultipartReader::Handlers h;
            // Each handler stops at once after cancel(), which may come from a progress slot.
            h.begin = [p](const MultipartReader::Headers& headers) {
                if (p->cancelled)
                    return false;
                const QByteArray partType = header(headers, "content-type").toLower();
                if (!partType.isEmpty() && !partType.startsWith("application/dicom")) {
                    p->failure = errors::dicomWebBadResponse(
                        QStringLiteral("WADO-RS part is not application/dicom"));
                    return false;
                }
                p->part.setFileName(QDir(p->folder).filePath(
                    QStringLiteral(".sijil-%1.part")
                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
                if (!p->part.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                    p->failure = errors::dicomWebFile(p->part.fileName(), p->part.errorString());
                    return false;
                }
                return true;
            };
            h.data = [this, job, p](const char* data, qsizetype n) {
                if (p->cancelled)
                    return false;
                if (p->part.write(data, n) != n) {
                    p->failure = errors::dicomWebFile(p->part.fileName(), p->part.errorString());
                    return false;
                }
                p->result.bytes += n;
                emit progress(job, p->result.bytes, p->instances);
                return true;
            };
            h.end = [this, job, p] {
                if (p->cancelled)
                    return false;
                if (!p->part.flush()) {
                    p->failure = errors::dicomWebFile(p->part.fileName(), p->part.errorString());
                    return false;
                }
                p->part.close();
                QString uid = sopInstanceUidOf(p->part.fileName());
                if (uid.isEmpty()) {
                    p->failure = errors::dicomWebBadResponse(
                        QStringLiteral("WADO-RS part %1 is not a DICOM file")
                            .arg(p->reader->parts()));
                    return false;
                }
                if (!isUid(uid)) // never let a strange value shape a file name
                    uid = QStringLiteral("instance-%1").arg(p->instances + 1);
                const QString target = QDir(p->folder).filePath(uid + QStringLiteral(".dcm"));
                QFile::remove(target);
                if (!p->part.rename(target)) {
                    p->failure = errors::dicomWebFile(target, p->part.errorString());
                    return false;
                }
                p->part.setFileName(QString());
                p->result.files.append(target);
                ++p->instances;
                emit progress(job, p->result.bytes, p->instances);
                return true;
            };
            p->reader = std::make_unique<MultipartReader>(boundary, std::move(h));
        }
        // Read in slices: a part is written as its bytes arrive.
        while (r->bytesAvailable() > 0 && !p->failure && !p->cancelled) {
            if (!p->reader->feed(r->read(256 * 1024))) {
                if (!p->failure)
                    p->failure = errors::dicomWebBadResponse(p->reader->error());
                p->dropPart();
                r->abort();
                return;
            }
        }
    });
    // Queued: the job ends from the event loop, never inside abort() or a readyRead handler.
    connect(
        reply, &QNetworkReply::finished, this, [this, job] { finish(job); }, Qt::QueuedConnection);
    p->timer.start();
    return job;
}

void DicomWebClient::finish(Job job) {
    std::unique_ptr<Pending> p(m_pending.take(job));
    if (!p)
        return;
    p->timer.stop();
    QNetworkReply* r = p->reply;
    int status = 0;
    QByteArray body;
    std::optional<Error> error;
    const QString host = hostOf(m_node.dicomWebUrl);
    if (r) {
        r->deleteLater();
        status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (r->isOpen() && (!p->streamed || (status != 200 && status != 206)))
            body = r->readAll();
    }
    if (p->cancelled) {
        error = errors::dicomWebCancelled();
    } else if (p->failure) {
        error = p->failure;
    } else if (p->timedOut || (r && r->error() == QNetworkReply::TimeoutError)) {
        error = errors::dicomWebTimeout(host, QStringLiteral("%1: no data for %2 ms")
                                                  .arg(QString::fromLatin1(p->what))
                                                  .arg(m_timeoutMs));
    } else if (status == 401 || status == 403) {
        error = errors::dicomWebUnauthorized(status, QStringLiteral("HTTP %1").arg(status));
    } else if (status == 404) {
        error = errors::dicomWebNotFound(QStringLiteral("HTTP 404"));
    } else if (status >= 500) {
        error = errors::dicomWebServer(status, QStringLiteral("HTTP %1").arg(status));
    } else if ((status == 400 || status == 409) && p->acceptConflict) {
        // STOW-RS: some or all instances refused; the answer, if DICOM JSON, says which.
    } else if (status >= 300) {
        error = errors::dicomWebBadResponse(QStringLiteral("HTTP %1").arg(status));
    } else if (status == 0 && r) {
        // No HTTP answer at all. Qt's error string would quote the URL (and its query): not kept.
        error = errors::dicomWebUnreachable(
            host, r->error() == QNetworkReply::SslHandshakeFailedError
                      ? QStringLiteral("TLS handshake failed: certificate not trusted or not "
                                       "for this host")
                      : QStringLiteral("network error %1").arg(int(r->error())));
    } else if (r && r->error() != QNetworkReply::NoError) {
        error = errors::dicomWebBadResponse(
            QStringLiteral("answer cut short (network error %1)").arg(int(r->error())));
    } else if (p->streamed && (!p->reader || !p->reader->finish())) {
        error = errors::dicomWebBadResponse(p->reader ? p->reader->error()
                                                      : QStringLiteral("empty WADO-RS answer"));
    }
    if (error)
        p->dropPart();
    qCInfo(lcImaging).noquote() << "DICOMweb" << p->what << "HTTP" << status << "in"
                                << p->elapsed.elapsed() << "ms"
                                << (error ? QString::fromLatin1(error->code()) : QString());
    const auto complete = std::move(p->complete);
    // The callback may delete this client: nothing of it is used afterwards.
    complete(std::move(error), status, body);
}

void DicomWebClient::cancel(Job job) {
    Pending* p = m_pending.value(job);
    if (!p || p->cancelled)
        return;
    p->cancelled = true;
    p->dropPart();
    if (p->reply)
        p->reply->abort();
}

} // namespace sijil::imaging
