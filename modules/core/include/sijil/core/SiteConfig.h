#pragma once

#include <sijil/core/Result.h>
#include <sijil/core/UserText.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <vector>

namespace sijil::core {

// The site's configuration, written by its administrator as JSON (see README, "Configuring a
// site"). Every field has an embedded default so that a workstation with no file runs alone,
// offline, on its local store.
struct SiteConfig {
    struct Facility {
        QString id;   // the facility's code in the national directory
        QString name; // as shown in the status bar; empty: the UI says "standalone workstation"
    };
    struct CentralServer {
        QUrl url;               // FHIR R4 base, https only; empty = offline workstation
        QString caCertificates; // PEM file of extra CAs the site trusts (verification stays on)
        // For a server that asks who the workstation is (mutual TLS): PEM files, both or none;
        // the key readable by its owner only.
        QString clientCertificate;
        QString clientKey;
    };
    // One PACS the imaging area searches and retrieves from: by DICOM (AE title, host, port),
    // by DICOMweb, or both. The DICOMweb password is never in the file: the viewer asks for it.
    struct Pacs {
        QString name; // as the user sees it; empty: the AE title or the DICOMweb host
        QString aeTitle;
        QString host;
        int port = 104;
        QString localAeTitle = QStringLiteral("SIJIL");
        QUrl dicomWebUrl;
        QString username; // DICOMweb account (HTTP Basic); empty: none
    };
    // Studies retrieved to this workstation (PACS, shared record) are patients' images on a
    // shared PC: removed once not retrieved for maxAgeDays, the oldest first beyond maxSizeGB.
    struct ImageCache {
        int maxAgeDays = 30;
        int maxSizeGB = 20;
    };
    struct Video {
        QUrl url; // the SFU's WebSocket URL (wss://)
    };
    // A desk MRZ reader on a serial port (keyboard-wedge scanners need no setting).
    struct MrzReader {
        QString serialPort; // "/dev/ttyACM0", "/dev/serial/by-id/...", "COM3"; empty: none
        int baudRate = 9600;
        int dataBits = 8;                        // 5 to 8
        QString parity = QStringLiteral("none"); // none, even, odd, mark, space
        int stopBits = 1;                        // 1 or 2
    };

    Facility facility;
    CentralServer centralServer;
    // In the site's order, the first being the one proposed first. JSON: "pacs" is one object
    // or an array of them.
    QList<Pacs> pacs;
    ImageCache imageCache;
    Video video;
    MrzReader mrzReader;
    int idleLockMinutes = 5;
    QString defaultLanguage = QStringLiteral("fr");
    QString sourcePath; // the file it came from; empty for the embedded default
    // Keys this version does not know: kept as warnings, so that a newer file still loads.
    std::vector<UserText> warnings;

    [[nodiscard]] static SiteConfig defaults();
    [[nodiscard]] static Result<SiteConfig> load(const QString& path);
    [[nodiscard]] static Result<SiteConfig> fromJson(const QByteArray& json,
                                                     const QString& sourcePath = {});
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] bool hasCentralServer() const { return !centralServer.url.isEmpty(); }
};

inline constexpr int kMinIdleLockMinutes = 1;
inline constexpr int kMaxIdleLockMinutes = 240;

} // namespace sijil::core
