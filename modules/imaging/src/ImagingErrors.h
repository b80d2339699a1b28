#pragma once

#include <sijil/core/Error.h>

#include <QString>

// The imaging module's errors, with their French messages in one place.
namespace sijil::imaging::errors {

core::Error unreadable(const QString& path, const QString& detail);
core::Error notDicom(const QString& detail);
core::Error notImage(const QString& detail);
core::Error unsupportedSyntax(const QString& syntaxName, const QString& detail);
core::Error corrupt(const QString& detail);
core::Error tooLarge(int columns, int rows, const QString& detail);
core::Error badFrame(int frame, int frames);
core::Error badWindow(const QString& detail);
core::Error emptyRegion();
// Media scanning (MediaScanner).
core::Error outsideMedium(const QString& fileId);
core::Error duplicateInstance(const QString& firstPath);
core::Error noImages(const QString& path, qsizetype skipped);
core::Error tooManyFiles(const QString& path);
core::Error cancelled();
core::Error archiveUnreadable(const QString& path, const QString& detail);
core::Error archiveTooLarge(const QString& path, qint64 bytes);
core::Error archiveEntryRefused(const QString& name, const QString& detail);

// PACS (DimseClient, PacsNode): see DimseClient.h for when each is returned.
core::Error pacsBadNode(const QString& field, const QString& detail);
core::Error pacsBadQuery(const QString& field, const QString& detail);
core::Error pacsUnreachable(const QString& host, int port, const QString& detail);
core::Error pacsTimeout(const QString& host, int port, const QString& detail);
core::Error pacsCalledAeRefused(const QString& aeTitle, const QString& detail);
core::Error pacsCallingAeRefused(const QString& callingAeTitle, const QString& detail);
core::Error pacsRejected(bool transient, const QString& detail);
core::Error pacsUnsupported(const QString& detail);
core::Error pacsAborted(const QString& detail);
core::Error pacsStatus(quint16 status, const QString& detail);
core::Error pacsProtocol(const QString& detail);
// Retrieval and storage (DimseClient::store/get/move, StorageScp).
core::Error pacsBadUid(const QString& detail);
core::Error pacsMoveFailed(const QString& destinationAe, quint16 status, const QString& detail);
core::Error pacsMoveDestinationUnknown(const QString& destinationAe, const QString& detail);
core::Error folderNotWritable(const QString& folder, const QString& detail);
core::Error scpCannotListen(int port, const QString& detail);

// DICOMweb (DicomWebClient); `host` is the URL's host[:port], never a path or a query.
core::Error dicomWebUnreachable(const QString& host, const QString& detail);
core::Error dicomWebTimeout(const QString& host, const QString& detail);
core::Error dicomWebUnauthorized(int status, const QString& detail);
core::Error dicomWebNotFound(const QString& detail);
core::Error dicomWebBadResponse(const QString& detail);
core::Error dicomWebServer(int status, const QString& detail);
core::Error dicomWebCancelled();
core::Error dicomWebFile(const QString& path, const QString& detail);

} // namespace sijil::imaging::errors
