// DicomWebClient: QIDO-RS searches and WADO-RS retrievals.
#include "DicomWebShared.h"
#include "ImagingLog.h"

#include <QDir>
#include <QJsonDocument>
#include <QUrl>

namespace sijil::imaging {

using namespace dicomweb;
using core::Error;

// ---- QIDO-RS ---------------------------------------------------------------------------------

namespace {

void addParam(QByteArray& query, const char* name, const QString& value) {
    if (!query.isEmpty())
        query += '&';
    query += name;
    query += '=';
    query += QUrl::toPercentEncoding(value);
}

// A QIDO-RS answer read item by item; `read` gives nothing for an item without its UID, which
// makes the whole answer a bad one (`missing` says which).
template <typename T>
std::function<void(std::optional<Error>, int, const QByteArray&)>
qidoList(DicomWebClient::Callback<QList<T>> done,
         std::function<std::optional<T>(const QJsonObject&)> read, const char* missing) {
    return [done, read, missing](std::optional<Error> error, int, const QByteArray& body) {
        if (error)
            return done(*error);
        const auto array = jsonArray(body);
        if (!array)
            return done(array.error());
        QList<T> out;
        for (const QJsonValue v : *array) {
            auto item = read(v.toObject());
            if (!item)
                return done(errors::dicomWebBadResponse(QString::fromLatin1(missing)));
            out.append(*item);
        }
        done(out);
    };
}

} // namespace

DicomWebClient::Job DicomWebClient::searchStudies(const StudyQuery& query,
                                                  Callback<FindResult> done, int offset) {
    const std::pair<const char*, const QString*> keys[] = {
        {"PatientID", &query.patientId},
        {"PatientName", &query.patientName},
        {"ModalitiesInStudy", &query.modality},
        {"AccessionNumber", &query.accessionNumber}};
    QByteArray q;
    for (const auto& [name, value] : keys) {
        if (!isQueryValue(*value))
            return failLater(this, done,
                             errors::pacsBadQuery(QString::fromLatin1(name),
                                                  QStringLiteral("invalid query value")));
        if (!value->isEmpty())
            addParam(q, name, *value);
    }
    if (query.from || query.to) {
        const QString from = query.from ? query.from->toString(u"yyyyMMdd") : QString();
        const QString to = query.to ? query.to->toString(u"yyyyMMdd") : QString();
        addParam(q, "StudyDate", from == to ? from : from + u'-' + to);
    }
    const int max = query.maxResults > 0 ? query.maxResults : 500;
    addParam(q, "limit", QString::number(max + 1));
    if (offset > 0)
        addParam(q, "offset", QString::number(offset));
    for (const char* field : {"00080020", "00080030", "00080050", "00080061", "00081030",
                              "00100010", "00100020", "00201206", "00201208"})
        addParam(q, "includefield", QString::fromLatin1(field));

    auto p = std::make_unique<Pending>();
    p->what = "qido-studies";
    p->request = makeRequest(m_node, QStringLiteral("/studies"), q, kDicomJson);
    p->complete = [done, max](std::optional<Error> error, int, const QByteArray& body) {
        if (error)
            return done(*error);
        const auto array = jsonArray(body);
        if (!array)
            return done(array.error());
        FindResult found;
        for (const QJsonValue v : *array) {
            const QJsonObject ds = v.toObject();
            StudyResult s;
            s.studyInstanceUid = text(ds, "0020000D");
            if (s.studyInstanceUid.isEmpty())
                return done(errors::dicomWebBadResponse(
                    QStringLiteral("QIDO-RS study without Study Instance UID")));
            s.patientId = text(ds, "00100020");
            s.patientName = text(ds, "00100010");
            s.studyDate = QDate::fromString(text(ds, "00080020"), u"yyyyMMdd");
            s.studyTime = text(ds, "00080030");
            s.studyDescription = text(ds, "00081030");
            s.modalities = texts(ds, "00080061");
            s.accessionNumber = text(ds, "00080050");
            s.seriesCount = number(ds, "00201206");
            s.instanceCount = number(ds, "00201208");
            if (found.studies.size() == max) {
                found.truncated = true;
                break;
            }
            found.studies.append(s);
        }
        done(found);
    };
    return start(std::move(p));
}

DicomWebClient::Job DicomWebClient::searchSeries(const QString& studyUid,
                                                 Callback<QList<SeriesResult>> done) {
    if (!isUid(studyUid))
        return failLater(
            this, done,
            errors::pacsBadQuery(QStringLiteral("studyInstanceUid"), QStringLiteral("not a UID")));
    QByteArray q;
    for (const char* field : {"0008103E", "00200011", "00201209"})
        addParam(q, "includefield", QString::fromLatin1(field));
    auto p = std::make_unique<Pending>();
    p->what = "qido-series";
    p->request =
        makeRequest(m_node, QStringLiteral("/studies/%1/series").arg(studyUid), q, kDicomJson);
    p->complete = qidoList<SeriesResult>(
        done,
        [](const QJsonObject& ds) -> std::optional<SeriesResult> {
            SeriesResult s;
            s.seriesInstanceUid = text(ds, "0020000E");
            if (s.seriesInstanceUid.isEmpty())
                return std::nullopt;
            s.modality = text(ds, "00080060");
            s.seriesDescription = text(ds, "0008103E");
            s.seriesNumber = number(ds, "00200011");
            s.instanceCount = number(ds, "00201209");
            return s;
        },
        "QIDO-RS series without Series Instance UID");
    return start(std::move(p));
}

DicomWebClient::Job DicomWebClient::searchInstances(const QString& studyUid,
                                                    const QString& seriesUid,
                                                    Callback<QList<InstanceResult>> done) {
    if (!isUid(studyUid) || !isUid(seriesUid))
        return failLater(this, done,
                         errors::pacsBadQuery(isUid(studyUid) ? QStringLiteral("seriesInstanceUid")
                                                              : QStringLiteral("studyInstanceUid"),
                                              QStringLiteral("not a UID")));
    QByteArray q;
    addParam(q, "includefield", QStringLiteral("00200013"));
    auto p = std::make_unique<Pending>();
    p->what = "qido-instances";
    p->request = makeRequest(
        m_node, QStringLiteral("/studies/%1/series/%2/instances").arg(studyUid, seriesUid), q,
        kDicomJson);
    p->complete = qidoList<InstanceResult>(
        done,
        [](const QJsonObject& ds) -> std::optional<InstanceResult> {
            InstanceResult i;
            i.sopInstanceUid = text(ds, "00080018");
            if (i.sopInstanceUid.isEmpty())
                return std::nullopt;
            i.sopClassUid = text(ds, "00080016");
            i.instanceNumber = number(ds, "00200013");
            return i;
        },
        "QIDO-RS instance without SOP Instance UID");
    return start(std::move(p));
}

// ---- WADO-RS ---------------------------------------------------------------------------------

DicomWebClient::Job DicomWebClient::retrieveStudy(const QString& studyUid, const QString& folder,
                                                  Callback<WebRetrieveResult> done) {
    return retrieveInstance(studyUid, QString(), QString(), folder, std::move(done));
}

DicomWebClient::Job DicomWebClient::retrieveSeries(const QString& studyUid,
                                                   const QString& seriesUid, const QString& folder,
                                                   Callback<WebRetrieveResult> done) {
    if (seriesUid.isEmpty())
        return failLater(
            this, done,
            errors::pacsBadQuery(QStringLiteral("seriesInstanceUid"), QStringLiteral("not a UID")));
    return retrieveInstance(studyUid, seriesUid, QString(), folder, std::move(done));
}

DicomWebClient::Job DicomWebClient::retrieveInstance(const QString& studyUid,
                                                     const QString& seriesUid,
                                                     const QString& sopInstanceUid,
                                                     const QString& folder,
                                                     Callback<WebRetrieveResult> done) {
    QString path = QStringLiteral("/studies/%1").arg(studyUid);
    if (!isUid(studyUid))
        return failLater(
            this, done,
            errors::pacsBadQuery(QStringLiteral("studyInstanceUid"), QStringLiteral("not a UID")));
    if (!seriesUid.isEmpty() || !sopInstanceUid.isEmpty()) {
        if (!isUid(seriesUid))
            return failLater(this, done,
                             errors::pacsBadQuery(QStringLiteral("seriesInstanceUid"),
                                                  QStringLiteral("not a UID")));
        path += QStringLiteral("/series/%1").arg(seriesUid);
    }
    if (!sopInstanceUid.isEmpty()) {
        if (!isUid(sopInstanceUid))
            return failLater(this, done,
                             errors::pacsBadQuery(QStringLiteral("sopInstanceUid"),
                                                  QStringLiteral("not a UID")));
        path += QStringLiteral("/instances/%1").arg(sopInstanceUid);
    }
    if (!QDir().mkpath(folder))
        return failLater(this, done,
                         errors::dicomWebFile(folder, QStringLiteral("cannot create folder")));
    auto p = std::make_unique<Pending>();
    p->what = sopInstanceUid.isEmpty() ? (seriesUid.isEmpty() ? "wado-study" : "wado-series")
                                       : "wado-instance";
    p->streamed = true;
    p->folder = folder;
    // transfer-syntax=*: the files as the PACS stores them, no transcoding.
    p->request = makeRequest(m_node, path, {},
                             QByteArrayLiteral("multipart/related; type=\"application/dicom\"; "
                                               "transfer-syntax=*"));
    Pending* raw = p.get();
    p->complete = [done, raw](std::optional<Error> error, int, const QByteArray&) {
        if (error)
            return done(*error);
        done(raw->result);
    };
    return start(std::move(p));
}

DicomWebClient::Job DicomWebClient::retrieveMetadata(const QString& studyUid,
                                                     Callback<QJsonArray> done) {
    if (!isUid(studyUid))
        return failLater(
            this, done,
            errors::pacsBadQuery(QStringLiteral("studyInstanceUid"), QStringLiteral("not a UID")));
    auto p = std::make_unique<Pending>();
    p->what = "wado-metadata";
    p->request =
        makeRequest(m_node, QStringLiteral("/studies/%1/metadata").arg(studyUid), {}, kDicomJson);
    p->complete = [done](std::optional<Error> error, int, const QByteArray& body) {
        if (error)
            return done(*error);
        done(jsonArray(body));
    };
    return start(std::move(p));
}

} // namespace sijil::imaging
