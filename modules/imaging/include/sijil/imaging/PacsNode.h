#pragma once

#include <sijil/core/Result.h>

#include <QString>
#include <QUrl>

namespace sijil::imaging {

// A PACS as Sijil reaches it: its DICOM address for DIMSE (C-ECHO, C-FIND...), its DICOMweb base
// URL and the account used there, either or both. Plain values, copied freely.
struct PacsNode {
    // The PACS's own (called) AE title, its host name or address and its DICOM port.
    QString aeTitle;
    QString host;
    int port = 104;
    // The AE title Sijil presents (calling AE title): the PACS must know it.
    QString callingAeTitle = QStringLiteral("SIJIL");

    // DICOMweb (QIDO-RS, WADO-RS, STOW-RS); not used by DimseClient.
    QUrl dicomWebUrl;
    QString username;
    QString password;

    // As the site names it for its users ("Radiologie CHU"); may be empty.
    QString name;

    // Whether the node can be reached by DIMSE (an AE title and a host) or by DICOMweb (a URL).
    [[nodiscard]] bool hasDimse() const { return !aeTitle.isEmpty() && !host.isEmpty(); }
    [[nodiscard]] bool hasDicomWeb() const { return !dicomWebUrl.isEmpty(); }

    // AE titles: 1 to 16 characters of printable ASCII other than the backslash, not only spaces
    // (PS3.5 AE); host not empty; port 1 to 65535. Error imaging/pacs-bad-node, whose field()
    // names the member at fault ("aeTitle", "callingAeTitle", "host", "port").
    [[nodiscard]] core::Status validate() const;
};

} // namespace sijil::imaging
