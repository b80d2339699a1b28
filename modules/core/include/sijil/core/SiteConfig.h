#pragma once

#include <sijil/core/Result.h>
#include <sijil/core/UserText.h>

#include <QJsonObject>
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
    };
    struct Pacs {
        QString aeTitle;
        QString host;
        int port = 104;
        QString localAeTitle = QStringLiteral("SIJIL");
        QUrl dicomWebUrl;
    };
    struct Video {
        QUrl url; // the SFU's WebSocket URL (wss://)
    };

    Facility facility;
    CentralServer centralServer;
    Pacs pacs;
    Video video;
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
