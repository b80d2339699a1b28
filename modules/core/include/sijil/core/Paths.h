#pragma once

#include <QString>

namespace sijil::core {

// Where Sijil keeps things on this machine. The data folder is the user's (QStandardPaths
// AppDataLocation) unless SIJIL_DATA_DIR or --data-dir says otherwise (tests, kiosks).
class Paths {
public:
    explicit Paths(QString dataDir = {});

    [[nodiscard]] const QString& dataDir() const { return m_dataDir; }
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString logFilePath() const;
    [[nodiscard]] QString preferencesPath() const;
    // The audit trail's MAC key and its head record, kept beside the store but outside it.
    [[nodiscard]] QString auditKeyPath() const;
    [[nodiscard]] QString auditHeadPath() const;
    // The site administrator's reference files (communes, coverage list extensions).
    [[nodiscard]] QString referenceDataDir() const;
    // The CSCA certificates trusted for passive authentication of ID documents (one DER file each).
    [[nodiscard]] QString trustStoreDir() const;
    // Studies retrieved from the PACS, one folder per study (inside the data folder: they are
    // patient data, with its owner-only permissions).
    [[nodiscard]] QString imageCacheDir() const;
    // SIJIL_SITE_CONFIG, else site.json in the user's config folder, else /etc/sijil/site.json;
    // empty when none exists (the embedded default applies).
    [[nodiscard]] static QString findSiteConfig();
    // Creates the data folder with owner-only permissions (it holds patient data).
    [[nodiscard]] bool ensureDataDir() const;

private:
    QString m_dataDir;
};

} // namespace sijil::core
