#include "CtlContext.h"

#include "Commands.h"
#include "Terminal.h"

#include <sijil/access/AccountService.h>
#include <sijil/access/User.h>
#include <sijil/core/Clock.h>
#include <sijil/core/Paths.h>
#include <sijil/fhir/FhirClient.h>
#include <sijil/registry/PatientIndexer.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/DuplicateQueue.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>
#include <sijil/storage/UserRepository.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSysInfo>
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
    // A command that only reads never makes a store: a mistyped --data-dir would otherwise get a
    // new, empty one, found 'intact' by the checks.
    const bool mustExist = m_existingOnly || m_readOnly;
    if (mustExist && !QFileInfo::exists(m_paths->databasePath()))
        return core::Error("ctl/no-store",
                           core::UserText("sijil::app::CtlContext",
                                          QT_TRANSLATE_NOOP("sijil::app::CtlContext",
                                                            "Aucune base locale dans « %1 » : "
                                                            "vérifiez le dossier des données "
                                                            "(--data-dir)."))
                               .arg(m_paths->dataDir()),
                           m_paths->databasePath());
    if (!m_paths->ensureDataDir())
        return core::Error("ctl/data-dir",
                           core::UserText("sijil::app::CtlContext",
                                          QT_TRANSLATE_NOOP("sijil::app::CtlContext",
                                                            "Impossible de créer le dossier des "
                                                            "données locales « %1 »."))
                               .arg(m_paths->dataDir()),
                           QStringLiteral("mkpath failed"));
    storage::DatabaseOpenOptions options{.readOnly = m_readOnly, .mustExist = mustExist};
    // An older store is checked whole then converted first: minutes on a large register, said
    // on stderr as it goes rather than a command that seems to hang.
    options.progress = [](const storage::OpenProgress& p) {
        QTextStream err(stderr);
        if (p.stage == storage::OpenProgress::Stage::Checking)
            err << Commands::tr("Vérification de toute la base locale avant sa conversion pour "
                                "cette version de Sijil…");
        else
            err << Commands::tr("Conversion de la base locale : étape %1 sur %2")
                       .arg(QString::number(p.step), QString::number(p.count));
        err << '\n' << Qt::flush;
    };
    auto db = storage::Database::open(m_paths->databasePath(), options);
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

core::Result<fhir::FhirClient*> CtlContext::centralServer() {
    if (m_central)
        return m_central.get();
    const auto site = siteConfig();
    if (!site)
        return site.error();
    if (!site->hasCentralServer())
        return core::Error("ctl/no-central-server",
                           core::UserText("sijil::app::Commands",
                                          QT_TRANSLATE_NOOP("sijil::app::Commands",
                                                            "aucun serveur central n'est configuré "
                                                            "pour ce site (centralServer.url).")));
    auto config = fhir::FhirClient::Config::forCentralServer(site->centralServer);
    if (auto s = fhir::FhirClient::checkTls(config); !s)
        return s.error();
    m_central = std::make_unique<fhir::FhirClient>(config);
    return m_central.get();
}

core::Result<storage::AuditTrail*> CtlContext::auditTrail() {
    if (m_audit)
        return m_audit.get();
    auto db = database();
    if (!db)
        return db.error();
    if (m_auditKeyMustExist && !QFileInfo::exists(m_paths->auditKeyPath()))
        return core::Error("ctl/no-audit-key",
                           core::UserText("sijil::app::CtlContext",
                                          QT_TRANSLATE_NOOP("sijil::app::CtlContext",
                                                            "La clé du journal d'audit est "
                                                            "introuvable (« %1 ») : le journal "
                                                            "ne peut pas être vérifié. Restaurez "
                                                            "la clé depuis la sauvegarde du "
                                                            "poste."))
                               .arg(m_paths->auditKeyPath()),
                           m_paths->auditKeyPath());
    auto key = storage::AuditTrail::loadOrCreateKey(m_paths->auditKeyPath(), **db,
                                                    m_paths->auditHeadPath());
    if (!key)
        return key.error();
    m_audit = std::make_unique<storage::AuditTrail>(**db, *key, m_paths->auditHeadPath());
    return m_audit.get();
}

core::Result<storage::ResourceStore*> CtlContext::store() {
    if (m_store)
        return m_store.get();
    auto db = database();
    if (!db)
        return db.error();
    m_store = std::make_unique<storage::ResourceStore>(**db);
    m_store->setIndexer(std::make_shared<registry::PatientIndexer>());
    m_index = std::make_unique<storage::SearchIndex>(**db);
    // A store made before the search index existed is indexed once; a rebuild the desk left
    // unfinished is finished.
    auto pending = m_index->needsRebuild(QStringLiteral("Patient"));
    if (!pending)
        return pending.error();
    if (*pending) {
        // Hours on a register of millions after an upgrade: said, with its progress, and Ctrl+C
        // stops it where it is (the next command goes on from there).
        QTextStream err(stderr);
        err << Commands::tr("Mise à jour de l'index de recherche des patients (après une mise à "
                            "jour de Sijil) ; Ctrl+C l'interrompt, elle reprendra à la commande "
                            "suivante.")
            << '\n'
            << Qt::flush;
        const Terminal::InterruptCatcher interrupt;
        QElapsedTimer clock;
        clock.start();
        qint64 shownAtMs = -1;
        const auto progress = [&err, &clock, &shownAtMs](qint64 done, qint64 total) {
            if (shownAtMs < 0 || clock.elapsed() - shownAtMs >= 2000 || done >= total) {
                shownAtMs = clock.elapsed();
                err << Commands::tr("Index de recherche : %1/%2 dossier(s)").arg(done).arg(total)
                    << '\n'
                    << Qt::flush;
            }
            return !Terminal::InterruptCatcher::interrupted();
        };
        auto r = m_index->rebuild(registry::PatientIndexer(), progress);
        if (!r)
            return r.error();
        if (!r->complete)
            return core::Error(
                "ctl/index-interrupted",
                core::UserText("sijil::app::Commands",
                               QT_TRANSLATE_NOOP("sijil::app::Commands",
                                                 "mise à jour de l'index de "
                                                 "recherche interrompue : relancez "
                                                 "la commande pour la poursuivre.")));
    }
    return m_store.get();
}

core::Result<storage::IdentifierBlocks*> CtlContext::identifierBlocks() {
    if (m_blocks)
        return m_blocks.get();
    auto db = database();
    if (!db)
        return db.error();
    m_blocks = std::make_unique<storage::IdentifierBlocks>(**db);
    return m_blocks.get();
}

QString CtlContext::referenceDataDir() const {
    return m_paths->referenceDataDir();
}

access::SessionInfo CtlContext::session() const {
    access::SessionInfo s;
    const QString account = qEnvironmentVariable("USER", QStringLiteral("root"));
    s.user.id = QStringLiteral("sijilctl:") + account;
    s.user.username = account;
    s.user.displayName = QStringLiteral("sijilctl (%1)").arg(account);
    s.user.roles = {access::Role::SiteAdministrator};
    if (auto site = siteConfig())
        s.facilityId = site->facility.id;
    s.workstation = QSysInfo::machineHostName();
    s.authenticationMethod = QStringLiteral("os-account");
    return s;
}

core::Result<registry::PatientRegistry*> CtlContext::registry() {
    if (m_registry)
        return m_registry.get();
    auto st = store();
    if (!st)
        return st.error();
    auto audit = auditTrail();
    if (!audit)
        return audit.error();
    auto blocks = identifierBlocks();
    if (!blocks)
        return blocks.error();
    auto reference = registry::ReferenceData::load(referenceDataDir());
    if (!reference)
        return reference.error();
    m_reference = std::make_unique<registry::ReferenceData>(std::move(reference).value());
    auto db = database();
    if (!db)
        return db.error();
    m_duplicates = std::make_unique<storage::DuplicateQueue>(**db);
    m_registry = std::make_unique<registry::PatientRegistry>(registry::PatientRegistry::Services{
        **st, *m_index, **blocks, **audit, *m_reference, m_duplicates.get()});
    return m_registry.get();
}

void CtlContext::printError(const QString& message) {
    QTextStream(stderr) << "sijilctl: " << message << '\n';
}

void CtlContext::printError(const core::Error& error) {
    printError(error.userMessage());
}

} // namespace sijil::app
