#include "CompositionRoot.h"

#include "StoreUpgrade.h"

#include <sijil/access/AccountService.h>
#include <sijil/access/LocalAuthenticator.h>
#include <sijil/access/SessionAuditor.h>
#include <sijil/access/SessionManager.h>
#include <sijil/core/Clock.h>
#include <sijil/core/ConnectionStatus.h>
#include <sijil/core/Log.h>
#include <sijil/core/Paths.h>
#include <sijil/core/PatientContext.h>
#include <sijil/core/UserPreferences.h>
#include <sijil/core/Version.h>
#include <sijil/fhir/FhirClient.h>
#include <sijil/identity/PcscReaderPlugin.h>
#include <sijil/identity/SerialMrzReader.h>
#include <sijil/identity/TrustStore.h>
#include <sijil/imaging/ImageCache.h>
#include <sijil/imaging/PacsNode.h>
#include <sijil/record/ImageViewAudit.h>
#include <sijil/record/PatientImaging.h>
#include <sijil/record/StudyIndexer.h>
#include <sijil/registry/PatientIndexer.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/RemotePatientSearch.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/AuditWriter.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/DuplicateQueue.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/IndexRebuilder.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>
#include <sijil/storage/SyncJournal.h>
#include <sijil/storage/UserRepository.h>
#include <sijil/sync/ConflictResolver.h>
#include <sijil/sync/RefusedChanges.h>
#include <sijil/sync/SyncLogModel.h>
#include <sijil/sync/SyncThread.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <registration/AdmissionPage.h>
#include <registration/PatientSearchPanel.h>
#include <shell/FieldMessage.h>
#include <shell/IdleMonitor.h>
#include <shell/LanguageManager.h>
#include <shell/MainWindow.h>
#include <shell/ThemeManager.h>
#include <shell/Workspace.h>
#include <sync/SyncMenu.h>
#include <viewer/ViewerPage.h>

namespace sijil::app {

namespace {

// The language to start in: the person's last choice, else the site's default, else French.
QString startLanguage(const QString& requested, const core::UserPreferences& prefs,
                      const core::SiteConfig& site) {
    if (core::UserPreferences::isSupportedLanguage(requested))
        return requested;
    return prefs.language(site.defaultLanguage);
}

} // namespace

CompositionRoot::CompositionRoot() = default;
CompositionRoot::~CompositionRoot() {
    // A rebuild under way stops after its transaction (the next start goes on from there).
    m_rebuilder.reset();
    // The desk's server calls first: cancelled, their continuations run while the search
    // model they answer still exists.
    m_deskClient.reset();
    m_remoteSearch.reset();
    // Widgets first: they hold references to the services below.
    m_window.reset();
    m_idle.reset();
    // The sync worker stops after what it is doing and is waited for while the status it
    // reports to is still there.
    m_sync.reset();
}

CompositionRoot::Options CompositionRoot::parseCommandLine() {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sijil, poste de travail clinique du dossier patient partagé."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Dossier des données locales (base, journaux)."),
                                     tr("dossier"));
    const QCommandLineOption siteConfig(QStringLiteral("site-config"),
                                        tr("Fichier de configuration du site (JSON)."),
                                        tr("fichier"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Langue de l'interface : fr, ar ou en."), tr("code"));
    parser.addOptions({dataDir, siteConfig, language});
    parser.process(*QCoreApplication::instance()); // exits on --help, --version, bad options
    return Options{parser.value(dataDir), parser.value(siteConfig), parser.value(language)};
}

void CompositionRoot::loadSiteConfig(const Options& options) {
    const QString path =
        options.siteConfig.isEmpty() ? core::Paths::findSiteConfig() : options.siteConfig;
    if (path.isEmpty()) {
        m_site = core::SiteConfig::defaults();
        return;
    }
    auto loaded = core::SiteConfig::load(path);
    if (loaded) {
        m_site = *loaded;
        return;
    }
    // A broken site file must not stop admissions: start on the embedded default and say so.
    qCWarning(lcCore) << "site configuration refused:" << loaded.error();
    m_siteError = loaded.error();
    m_site = core::SiteConfig::defaults();
}

int CompositionRoot::run() {
    QCoreApplication::setOrganizationName(QStringLiteral("Sijil"));
    QCoreApplication::setApplicationName(QStringLiteral("sijil"));
    QCoreApplication::setApplicationVersion(core::versionString());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Sijil"));
    QGuiApplication::setDesktopFileName(core::applicationId());
    if (const int refused = start(parseCommandLine()); refused != 0)
        return refused;
    return QApplication::exec();
}

int CompositionRoot::start(const Options& options) {
    m_paths = std::make_unique<core::Paths>(options.dataDir);
    if (!m_paths->ensureDataDir()) {
        QMessageBox::critical(nullptr, QStringLiteral("Sijil"),
                              tr("Impossible de créer le dossier des données locales « %1 ».")
                                  .arg(m_paths->dataDir()));
        return 1;
    }
    core::installLogging({m_paths->logFilePath()});
    qCInfo(lcCore) << "Sijil" << core::versionString() << "starting";

    m_preferences = std::make_unique<core::UserPreferences>(m_paths->preferencesPath());
    loadSiteConfig(options);

    m_languages = std::make_unique<ui::LanguageManager>();
    m_languages->setLanguage(startLanguage(options.language, *m_preferences, m_site));
    m_themes = std::make_unique<ui::ThemeManager>();
    m_themes->apply(m_preferences->theme());

    if (auto upgraded = StoreUpgrade::runIfNeeded(m_paths->databasePath()); !upgraded) {
        qCCritical(lcCore) << "local store upgrade refused:" << upgraded.error();
        QMessageBox::critical(nullptr, QStringLiteral("Sijil"), upgraded.error().userMessage());
        return 1;
    }
    auto db = storage::Database::open(m_paths->databasePath());
    if (!db) {
        qCCritical(lcCore) << "local store refused:" << db.error();
        QMessageBox::critical(nullptr, QStringLiteral("Sijil"), db.error().userMessage());
        return 1;
    }
    m_database = std::move(db).value();
    m_clock = std::make_unique<core::SystemClock>();
    m_users = storage::createUserRepository(*m_database);
    m_accounts = std::make_unique<access::AccountService>(*m_users, *m_clock);
    m_authenticator = std::make_unique<access::LocalAuthenticator>(*m_users, *m_clock);
    m_session = std::make_unique<access::SessionManager>(*m_authenticator, m_site.facility.id,
                                                         QSysInfo::machineHostName());
    m_session->setIdleTimeout(std::chrono::minutes(m_site.idleLockMinutes));
    auto auditKey = storage::AuditTrail::loadOrCreateKey(m_paths->auditKeyPath(), *m_database,
                                                         m_paths->auditHeadPath());
    if (!auditKey) {
        // Working without an audit trail is not allowed: patient data access must be traceable.
        qCCritical(lcCore) << "audit key refused:" << auditKey.error();
        QMessageBox::critical(nullptr, QStringLiteral("Sijil"), auditKey.error().userMessage());
        return 1;
    }
    m_auditKey = *auditKey; // the sync worker's AuditTrail needs it too
    m_audit =
        std::make_unique<storage::AuditTrail>(*m_database, *auditKey, m_paths->auditHeadPath());
    m_auditWriter =
        std::make_unique<storage::AuditWriter>(*m_database, *auditKey, m_paths->auditHeadPath());
    m_sessionAuditor = std::make_unique<access::SessionAuditor>(*m_session, *m_audit, *m_clock);
    m_idle = std::make_unique<ui::IdleMonitor>(*m_session);
    m_patient = std::make_unique<core::PatientContext>();
    m_connection = std::make_unique<core::ConnectionStatus>();
    m_connection->setServerConfigured(m_site.hasCentralServer());
    buildStoreAndSync();
    buildRegistry();

    m_window = std::make_unique<ui::MainWindow>(
        ui::ShellServices{*m_session, *m_accounts, *m_patient, *m_connection, *m_preferences,
                          m_site, *m_languages, *m_themes});
    installSyncMenu();
    installAdmission();
    installViewer();
    m_window->show();
    startIndexRebuild();
    if (m_sync)
        m_sync->start();

    if (m_siteError) {
        QTimer::singleShot(0, m_window.get(), [this] {
            QMessageBox::warning(m_window.get(), QStringLiteral("Sijil"),
                                 m_siteError->userMessage() + QStringLiteral("\n\n") +
                                     tr("Sijil démarre avec la configuration par défaut "
                                        "(poste autonome, hors réseau). Prévenez "
                                        "l'administrateur du site."));
        });
    }
    return 0;
}

void CompositionRoot::buildStoreAndSync() {
    m_store = std::make_unique<storage::ResourceStore>(*m_database);
    // Patients are indexed in the transaction of each write, local or from the server.
    m_store->setIndexer(std::make_shared<registry::PatientIndexer>());
    m_outbox = std::make_unique<storage::Outbox>(*m_database);
    m_journal = std::make_unique<storage::SyncJournal>(*m_database);
    m_conflicts = std::make_unique<sync::ConflictResolver>(*m_store, *m_audit);
    m_refused = std::make_unique<sync::RefusedChanges>(*m_store, *m_audit, m_database->path());
    m_syncLog = std::make_unique<sync::SyncLogModel>(*m_journal);
    if (!m_site.hasCentralServer())
        return;
    auto config = fhir::FhirClient::Config::forCentralServer(m_site.centralServer);
    if (auto s = fhir::FhirClient::check(config); !s) {
        // A certificate or key file that cannot be used (gone, unreadable, a key others can
        // read): the workstation works offline, and the indicator says why rather than "no
        // server configured". Whether the key is the certificate's is tried on the sync thread.
        qCWarning(lcCore) << "central server not used:" << s.error();
        m_connection->setServerConfigured(false);
        m_connection->setProblem(s.error());
        return;
    }
    // Pulled pages, pushes and outbox reads run off the GUI thread, through a connection of the
    // worker's own to the same file; patients pulled are indexed there as here.
    sync::SyncThread::Config worker;
    worker.databasePath = m_database->path();
    worker.indexer = std::make_shared<registry::PatientIndexer>();
    worker.auditKey = m_auditKey;
    worker.auditHeadPath = m_paths->auditHeadPath();
    worker.client = config;
    worker.options.pulls = sync::SyncService::facilityPulls(m_site.facility.id);
    m_sync = std::make_unique<sync::SyncThread>(std::move(worker), *m_connection);
    // A refused change is given up on the worker, between cycles (one may be sending it).
    m_refused->setSyncThread(m_sync.get());
    // Whatever a screen saves leaves for the server shortly after.
    m_store->setLocalWriteListener([this] { m_sync->requestSync(); });
}

void CompositionRoot::buildRegistry() {
    m_index = std::make_unique<storage::SearchIndex>(*m_database);
    m_identifiers = std::make_unique<storage::IdentifierBlocks>(*m_database);
    m_duplicates = std::make_unique<storage::DuplicateQueue>(*m_database);
    // The site's coverage list and communes live in the data folder, beside the store.
    auto reference = registry::ReferenceData::load(m_paths->referenceDataDir());
    if (!reference) {
        // A broken site list must not stop admissions: the built-in lists still apply.
        qCWarning(lcCore) << "site reference lists refused:" << reference.error();
        reference = registry::ReferenceData::load({});
    }
    if (!reference) {
        qCCritical(lcCore) << "built-in reference lists unreadable:" << reference.error();
        return;
    }
    m_reference = std::make_unique<registry::ReferenceData>(*reference);
    m_registry = std::make_unique<registry::PatientRegistry>(registry::PatientRegistry::Services{
        *m_store, *m_index, *m_identifiers, *m_audit, *m_reference, m_duplicates.get()});
}

void CompositionRoot::installAdmission() {
    if (!m_registry)
        return; // the area keeps its placeholder
    ui::RegistrationServices services{*m_registry, *m_reference,   *m_session,
                                      *m_patient,  *m_auditWriter, m_site.facility.name};
    if (m_connection->serverConfigured()) {
        // The central registry is searched from the desk, through a client of the GUI thread's
        // own (sync's runs on its thread); asked only while sync finds the server reachable.
        auto config = fhir::FhirClient::Config::forCentralServer(m_site.centralServer);
        // A clerk waits for this answer: one more try at most and a short timeout, where sync's
        // patient retries go on for minutes. Local results are on screen meanwhile.
        config.timeout = std::chrono::seconds(10);
        config.retry =
            fhir::RetryPolicy({2, std::chrono::milliseconds(500), std::chrono::seconds(2)});
        m_deskClient = std::make_unique<fhir::FhirClient>(config);
        m_remoteSearch = std::make_unique<registry::RemotePatientSearch>(*m_deskClient);
        services.remoteSearch = m_remoteSearch.get();
        // Not while the server asked to be left alone (Retry-After beyond the desk's short wait).
        services.serverReachable = [connection = m_connection.get(), client = m_deskClient.get()] {
            return connection->serverReached() &&
                   !(client->notBeforeUtc() > QDateTime::currentDateTimeUtc());
        };
    }
    auto* page = new ui::AdmissionPage(services);
    // Card readers: without pcscd the plug-in keeps trying, and readers appear once it runs.
    m_cardReaders = std::make_unique<identity::PcscReaderPlugin>();
    if (auto started = m_cardReaders->start(); !started)
        qCInfo(lcCore) << "card readers:" << started.error();
    m_trust = std::make_unique<identity::TrustStore>(m_paths->trustStoreDir());
    page->setCardReading(m_cardReaders.get(), m_trust.get());
    installSerialMrzReader(page);
    m_window->workspace()->setAreaWidget(QStringLiteral("admission"), page);
    m_admission = page;
    // A merge pulled from another site moves the patient open here to the surviving record.
    if (m_sync)
        QObject::connect(m_sync.get(), &sync::SyncThread::cycleFinished, page,
                         &ui::AdmissionPage::followMergedPatient);
}

void CompositionRoot::installViewer() {
    // Images opened from disk or a patient's CD, or retrieved from the site's PACS.
    auto* viewer = new ui::ViewerPage;
    QList<imaging::PacsNode> pacs;
    for (const core::SiteConfig::Pacs& p : m_site.pacs) {
        imaging::PacsNode node;
        node.name = p.name;
        node.aeTitle = p.aeTitle;
        node.host = p.host;
        node.port = p.port;
        node.callingAeTitle = p.localAeTitle;
        node.dicomWebUrl = p.dicomWebUrl;
        node.username = p.username;
        // A node is offered by whatever way it can be reached; DIMSE settings that cannot work
        // (a bad AE title...) drop that way only, and say so in the log.
        if (node.hasDimse()) {
            if (auto valid = node.validate(); !valid) {
                qCWarning(lcCore) << "site PACS" << p.name
                                  << "DICOM settings ignored:" << valid.error();
                node.aeTitle.clear();
                node.host.clear();
            }
        }
        if (node.hasDimse() || node.hasDicomWeb())
            pacs.append(node);
        else
            qCWarning(lcCore) << "site PACS" << p.name
                              << "ignored: no DICOM address or DICOMweb URL";
    }
    viewer->setPacs(pacs, m_paths->imageCacheDir());
    // Retrieved studies are patients' images on a shared PC: the site's bounds apply from the
    // start, off the GUI thread (a large cache takes a while to walk and delete).
    QThreadPool::globalInstance()->start(
        [cache = imaging::ImageCache(m_paths->imageCacheDir()), bounds = m_site.imageCache] {
            const auto pruned = cache.prune(QDateTime::currentDateTimeUtc(), bounds.maxAgeDays,
                                            qint64(bounds.maxSizeGB) * 1'000'000'000);
            if (!pruned)
                qCWarning(lcCore) << "image cache not pruned:" << pruned.error();
        });
    // The open patient's imaging studies from the local copy of the shared record.
    m_patientImaging = std::make_unique<record::PatientImaging>(*m_store);
    viewer->setSharedRecord(m_patient.get(), m_patientImaging.get());
    // Studies from a patient's media, once on the PACS, can join the open patient's record.
    m_studyIndexer = std::make_unique<record::StudyIndexer>(*m_store, *m_audit);
    viewer->setStudyIndexing([this](const imaging::CatalogStudy& study,
                                    const QUrl& wadoRsBase) -> core::Result<bool> {
        const auto& session = m_session->session();
        if (!session || !m_patient->hasPatient())
            return core::Error(
                "record/no-patient",
                core::UserText("sijil::ui::ViewerPage",
                               QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Aucun patient ouvert.")),
                QStringLiteral("no session or no open patient"));
        // Merged since it was opened: the study joins the surviving record.
        QString patientId = m_patient->current()->localId;
        if (m_registry) {
            auto survivor = m_registry->survivorOf(patientId);
            if (!survivor)
                return survivor.error();
            patientId = *survivor;
        }
        auto indexed = m_studyIndexer->index(*session, patientId, study, wadoRsBase);
        if (!indexed)
            return indexed.error();
        return indexed->created;
    });
    // Looking at a patient's images is reading their data: audited like any record read. A study
    // from the open patient's shared record is theirs; others name their DICOM Patient ID only.
    QObject::connect(
        viewer, &ui::ViewerPage::studyShown, viewer,
        [this](const QString& dicomPatientId, const QString& study, const QString& source) {
            const auto& session = m_session->session();
            if (!m_audit || !session)
                return;
            record::ImageView view{study, dicomPatientId, source, {}};
            if (source == u"record" && m_patient->hasPatient())
                view.patientId = m_patient->current()->localId;
            if (auto audited = record::auditImageView(*m_audit, *session, view); !audited)
                qCWarning(lcCore) << "image view not audited:" << audited.error();
        });
    // Nothing of a finished session stays for the next person (a lock keeps it all).
    QObject::connect(m_session.get(), &access::SessionManager::sessionEnded, viewer,
                     &ui::ViewerPage::endSession);
    m_window->workspace()->setAreaWidget(QStringLiteral("imaging"), viewer);
}

void CompositionRoot::startIndexRebuild() {
    if (!m_index)
        return;
    // A store made before the index existed has patients the search would not find; a rebuild
    // left unfinished (the program closed during it) is finished.
    const auto pending = m_index->needsRebuild(QStringLiteral("Patient"));
    if (!pending) {
        qCWarning(lcCore) << "search index not checked:" << pending.error();
        return;
    }
    if (!*pending) {
        recheckDuplicates(); // marks left by a rebuild another program finished
        return;
    }
    // After an upgrade that changed the indexing rules, the old entries serve until each is
    // replaced: the search finds every patient meanwhile, so the desk keeps its box.
    const auto whole = m_index->findsEveryResource(QStringLiteral("Patient"));
    const bool keepsBox = whole && *whole;
    qCInfo(lcCore) << (keepsBox ? "search index rebuild started, old entries serve meanwhile"
                                : "search index rebuild started, the search box waits");
    m_rebuilder = std::make_unique<storage::IndexRebuilder>(
        m_database->path(), std::make_shared<registry::PatientIndexer>());
    QPointer<ui::PatientSearchPanel> panel =
        m_admission && !keepsBox ? m_admission->searchPanel() : nullptr;
    const auto show = [this, panel, keepsBox](int percent) {
        if (panel)
            panel->setPreparing(percent);
        m_window->statusBar()->showMessage(
            keepsBox ? tr("Mise à jour de la recherche des patients… %1 %").arg(percent)
                     : tr("Préparation de la recherche des patients… %1 %").arg(percent));
    };
    show(0);
    connect(m_rebuilder.get(), &storage::IndexRebuilder::progressed, m_window.get(), show);
    connect(m_rebuilder.get(), &storage::IndexRebuilder::finished, m_window.get(),
            [this, panel](storage::IndexRebuilder::Outcome outcome) {
                if (panel)
                    panel->setReady();
                m_window->statusBar()->clearMessage();
                if (outcome == storage::IndexRebuilder::Outcome::Complete) {
                    qCInfo(lcCore) << "search index rebuilt";
                    recheckDuplicates();
                } else if (outcome == storage::IndexRebuilder::Outcome::Failed) {
                    // The box comes back: searching an incomplete index beats no search at all,
                    // and the next start tries again.
                    m_window->statusBar()->showMessage(
                        tr("La recherche des patients est incomplète : %1 Redémarrez Sijil ; "
                           "si cela persiste, prévenez l'administrateur.")
                            .arg(m_rebuilder->error() ? m_rebuilder->error()->userMessage()
                                                      : QString()));
                }
            });
    m_rebuilder->start();
}

void CompositionRoot::recheckDuplicates() {
    if (!m_registry)
        return;
    // Registrations made while the index was incomplete are checked against the whole register;
    // what is found waits in the review queue like any other possible duplicate.
    const auto open = m_registry->recheckDuplicates();
    if (!open)
        qCWarning(lcCore) << "duplicate recheck failed:" << open.error();
    else if (*open > 0)
        qCInfo(lcCore) << "duplicate recheck queued" << *open << "pairs for review";
}

void CompositionRoot::installSerialMrzReader(ui::AdmissionPage* page) {
    const auto& site = m_site.mrzReader;
    if (site.serialPort.isEmpty())
        return;
    identity::SerialPortSettings settings;
    settings.portName = site.serialPort;
    settings.baudRate = site.baudRate;
    settings.dataBits = site.dataBits;
    settings.stopBits = site.stopBits;
    using Parity = identity::SerialPortSettings::Parity;
    static const QHash<QString, Parity> parities{{QStringLiteral("none"), Parity::None},
                                                 {QStringLiteral("even"), Parity::Even},
                                                 {QStringLiteral("odd"), Parity::Odd},
                                                 {QStringLiteral("mark"), Parity::Mark},
                                                 {QStringLiteral("space"), Parity::Space}};
    settings.parity = parities.value(site.parity, Parity::None); // the site file checked it
    m_serialMrz = std::make_unique<identity::SerialMrzReader>(settings);
    connect(m_serialMrz.get(), &identity::SerialMrzReader::zoneRead, page,
            [page](const QString& zone) {
                // As for keyboard-wedge scanners: zones are wanted while the desk is shown.
                if (page->isVisible() && !page->isReviewShown())
                    page->applyScannedZone(zone);
                else
                    qCInfo(lcCore) << "serial MRZ reader: zone ignored, admission not shown";
            });
    // The reader's problems are said under the search; cleared when it is back.
    auto shown = std::make_shared<QString>();
    connect(m_serialMrz.get(), &identity::SerialMrzReader::error, page,
            [page, shown](const core::Error& error) {
                qCWarning(lcCore) << "serial MRZ reader:" << error;
                page->message()->show(error.message(), ui::FieldMessage::Kind::Warning);
                *shown = page->message()->text();
            });
    connect(m_serialMrz.get(), &identity::SerialMrzReader::opened, page, [page, shown] {
        if (!shown->isEmpty() && page->message()->text() == *shown)
            page->message()->clear();
        shown->clear();
    });
    m_serialMrz->start();
}

void CompositionRoot::installSyncMenu() {
    auto* menu = new ui::SyncMenu(m_sync.get(), *m_conflicts, *m_refused, *m_syncLog, *m_session,
                                  m_reference.get(), m_window.get());
    menu->setConnectionStatus(m_connection.get());
    connect(menu, &ui::SyncMenu::conflictResolved, this, [this] {
        if (m_sync)
            m_sync->requestSync();
        else if (auto conflicts = m_store->conflicts())
            m_connection->setConflictCount(int(conflicts->size()));
    });
    // Before "Help", which stays last.
    const auto menus = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
}

} // namespace sijil::app
