#include "CtlContext.h"

#include <sijil/access/AccountService.h>
#include <sijil/core/Clock.h>
#include <sijil/core/Paths.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/UserRepository.h>

#include <QTextStream>

namespace sijil::app {

CtlContext::CtlContext(QString dataDir, QString siteConfigPath)
    : m_siteConfigPath(std::move(siteConfigPath))
    , m_paths(std::make_unique<core::Paths>(std::move(dataDir))) {}

CtlContext::~CtlContext() = default;

core::Result<core::SiteConfig> CtlContext::siteConfig() const {
    const QString path =
        m_siteConfigPath.isEmpty() ? core::Paths::findSiteConfig() : m_siteConfigPath;
    if (path.isEmpty())
        return core::SiteConfig::defaults();
    return core::SiteConfig::load(path);
}

core::Result<storage::Database*> CtlContext::database() {
    if (m_database)
        return m_database.get();
    if (!m_paths->ensureDataDir())
        return core::Error("ctl/data-dir",
                           core::UserText("sijil::app::CtlContext",
                                          QT_TRANSLATE_NOOP("sijil::app::CtlContext",
                                                            "Impossible de créer le dossier des "
                                                            "données locales « %1 »."))
                               .arg(m_paths->dataDir()),
                           QStringLiteral("mkpath failed"));
    auto db = storage::Database::open(m_paths->databasePath());
    if (!db)
        return db.error();
    m_database = std::move(db).value();
    return m_database.get();
}

core::Result<access::AccountService*> CtlContext::accounts() {
    if (m_accounts)
        return m_accounts.get();
    auto db = database();
    if (!db)
        return db.error();
    m_clock = std::make_unique<core::SystemClock>();
    m_users = storage::createUserRepository(**db);
    m_accounts = std::make_unique<access::AccountService>(*m_users, *m_clock);
    return m_accounts.get();
}

core::Result<storage::AuditTrail*> CtlContext::auditTrail() {
    if (m_audit)
        return m_audit.get();
    auto db = database();
    if (!db)
        return db.error();
    auto key = storage::AuditTrail::loadOrCreateKey(m_paths->auditKeyPath());
    if (!key)
        return key.error();
    m_audit = std::make_unique<storage::AuditTrail>(**db, *key, m_paths->auditHeadPath());
    return m_audit.get();
}

void CtlContext::printError(const QString& message) {
    QTextStream(stderr) << "sijilctl: " << message << '\n';
}

void CtlContext::printError(const core::Error& error) {
    printError(error.userMessage());
}

} // namespace sijil::app
