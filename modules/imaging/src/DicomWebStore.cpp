// DicomWebClient: STOW-RS, the files streamed from disk.
#include "DicomWebShared.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace sijil::imaging {

using namespace dicomweb;
using core::Error;

// ---- STOW-RS ---------------------------------------------------------------------------------

DicomWebClient::Job DicomWebClient::store(const QStringList& files,
                                          Callback<QList<WebStoreOutcome>> done) {
    if (files.isEmpty())
        return failLater(this, done,
                         errors::pacsBadQuery(QStringLiteral("files"), QStringLiteral("no file")));
    const QByteArray boundary = "sijil-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::RelatedType);
    multipart->setBoundary(boundary);
    QList<WebStoreOutcome> outcomes;
    for (const QString& path : files) {
        auto* file = new QFile(path, multipart);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString why = file->errorString();
            delete multipart;
            return failLater(this, done, errors::dicomWebFile(path, why));
        }
        WebStoreOutcome o;
        o.file = path;
        o.sopInstanceUid = sopInstanceUidOf(path);
        outcomes.append(o);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/dicom"));
        part.setBodyDevice(file); // streamed from disk, never read whole
        multipart->append(part);
    }
    auto p = std::make_unique<Pending>();
    p->what = "stow";
    p->request = makeRequest(m_node, QStringLiteral("/studies"), {}, kDicomJson);
    p->request.setHeader(
        QNetworkRequest::ContentTypeHeader,
        QByteArray("multipart/related; type=\"application/dicom\"; boundary=" + boundary));
    p->multipart = multipart;
    p->acceptConflict = true;
    p->complete = [done, outcomes](std::optional<Error> error, int status,
                                   const QByteArray& body) mutable {
        if (error)
            return done(*error);
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        const QJsonObject ds = doc.object();
        if (pe.error != QJsonParseError::NoError || !doc.isObject() ||
            (status >= 300 && !ds.contains(u"00081199") && !ds.contains(u"00081198")))
            return done(errors::dicomWebBadResponse(
                QStringLiteral("STOW-RS answer (HTTP %1) is not a DICOM JSON store report")
                    .arg(status)));
        QSet<QString> stored;
        for (const QJsonValue item : ds.value(u"00081199").toObject().value(u"Value").toArray())
            stored.insert(text(item.toObject(), "00081155"));
        QHash<QString, int> failed;
        for (const QJsonValue item : ds.value(u"00081198").toObject().value(u"Value").toArray())
            failed.insert(text(item.toObject(), "00081155"), number(item.toObject(), "00081197"));
        for (WebStoreOutcome& o : outcomes) {
            if (o.sopInstanceUid.isEmpty())
                continue;
            o.stored = stored.contains(o.sopInstanceUid);
            if (!o.stored)
                o.failureReason = failed.value(o.sopInstanceUid, -1);
        }
        done(outcomes);
    };
    return start(std::move(p));
}

} // namespace sijil::imaging
