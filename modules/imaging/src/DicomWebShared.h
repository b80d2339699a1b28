#pragma once

// What the DicomWebClient's parts (DicomWebClient.cpp: requests, timeouts, errors;
// DicomWebQuery.cpp: QIDO-RS and WADO-RS; DicomWebStore.cpp: STOW-RS) share. Private to imaging.

#include "ImagingErrors.h"
#include "MultipartReader.h"

#include <sijil/imaging/DicomWebClient.h>

#include <QElapsedTimer>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace sijil::imaging {

namespace dicomweb {

inline const QByteArray kDicomJson = QByteArrayLiteral("application/dicom+json");

// A DICOM UID: digits and dots, at most 64 characters (PS3.5 9.1). Checked before it goes into a
// URL path, so nothing else can.
bool isUid(const QString& uid);
// A query value as StudyQuery allows it (see DimseClient): no backslash, no control character.
bool isQueryValue(const QString& v);
QString hostOf(const QUrl& url);
// The first value of a DICOM JSON attribute (PS3.18 F.2) as text; a PN gives its Alphabetic
// group.
QString text(const QJsonObject& ds, const char* tag);
QStringList texts(const QJsonObject& ds, const char* tag);
// IS and US values come as JSON numbers, but some servers send IS as strings.
int number(const QJsonObject& ds, const char* tag);
core::Result<QJsonArray> jsonArray(const QByteArray& body);
// SOP Instance UID of a DICOM file, read from its header only.
QString sopInstanceUidOf(const QString& path);
QByteArray header(const MultipartReader::Headers& headers, const QByteArray& name);
QNetworkRequest makeRequest(const PacsNode& node, const QString& path, const QByteArray& query,
                            const QByteArray& accept);

// A call refused before any request: its callback still runs later, from the event loop.
template <typename T>
DicomWebClient::Job failLater(QObject* context, const DicomWebClient::Callback<T>& done,
                              core::Error error) {
    QTimer::singleShot(0, context, [done, error] { done(error); });
    return 0;
}

} // namespace dicomweb

struct DicomWebClient::Pending {
    QByteArray what; // for the log: "qido-studies", "wado-study"... never a value
    QNetworkRequest request;
    QHttpMultiPart* multipart = nullptr;
    QPointer<QNetworkReply> reply;
    QTimer timer;
    QElapsedTimer elapsed;
    bool timedOut = false;
    bool cancelled = false;
    std::optional<core::Error> failure; // found while reading (bad multipart, file error)
    // Ends the job: the error, or the HTTP status and the body (empty for a streamed answer).
    std::function<void(std::optional<core::Error>, int, const QByteArray&)> complete;
    bool acceptConflict = false; // STOW-RS: 400 and 409 may carry the per-instance answer

    // WADO-RS streaming
    bool streamed = false;
    QString folder;
    std::unique_ptr<MultipartReader> reader;
    QFile part;
    WebRetrieveResult result;
    int instances = 0;

    ~Pending() { dropPart(); }
    void dropPart() {
        if (part.isOpen() || !part.fileName().isEmpty()) {
            part.close();
            part.remove();
            part.setFileName(QString());
        }
    }
};

} // namespace sijil::imaging
