#include <sijil/core/Paths.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace sijil::core {

Paths::Paths(QString dataDir)
    : m_dataDir(std::move(dataDir)) {
    if (m_dataDir.isEmpty())
        m_dataDir = qEnvironmentVariable("SIJIL_DATA_DIR");
    if (m_dataDir.isEmpty())
        m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_dataDir = QDir::cleanPath(QFileInfo(m_dataDir).absoluteFilePath());
}

QString Paths::databasePath() const {
    return m_dataDir + QStringLiteral("/sijil.db");
}
QString Paths::logFilePath() const {
    return m_dataDir + QStringLiteral("/logs/sijil.log");
}
QString Paths::preferencesPath() const {
    return m_dataDir + QStringLiteral("/preferences.ini");
}

QString Paths::auditKeyPath() const {
    return m_dataDir + QStringLiteral("/audit.key");
}

QString Paths::referenceDataDir() const {
    return QDir(m_dataDir).filePath(QStringLiteral("refdata"));
}

QString Paths::trustStoreDir() const {
    return QDir(m_dataDir).filePath(QStringLiteral("csca"));
}

QString Paths::imageCacheDir() const {
    return QDir(m_dataDir).filePath(QStringLiteral("images"));
}

QString Paths::auditHeadPath() const {
    return m_dataDir + QStringLiteral("/audit.head");
}

QString Paths::findSiteConfig() {
    const QString fromEnv = qEnvironmentVariable("SIJIL_SITE_CONFIG");
    if (!fromEnv.isEmpty())
        return fromEnv; // named explicitly: a missing file is an error, reported by the loader
    const QString user =
        QStandardPaths::locate(QStandardPaths::AppConfigLocation, QStringLiteral("site.json"));
    if (!user.isEmpty())
        return user;
    const QString system = QStringLiteral("/etc/sijil/site.json");
    return QFile::exists(system) ? system : QString();
}

bool Paths::ensureDataDir() const {
    if (!QDir().mkpath(m_dataDir))
        return false;
    return QFile::setPermissions(m_dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner);
}

} // namespace sijil::core
