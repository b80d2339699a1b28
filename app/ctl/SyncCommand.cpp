#include "Commands.h"
#include "CtlContext.h"

#include <sijil/core/ConnectionStatus.h>
#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/AuditRefusals.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SyncJournal.h>
#include <sijil/storage/SyncLock.h>
#include <sijil/sync/SyncLogModel.h>
#include <sijil/sync/SyncService.h>

#include <QEventLoop>
#include <QTextStream>

namespace sijil::app {

namespace {

// `sijilctl sync log [N]`: the latest cycles, newest first, one per line.
int printLog(CtlContext& ctx, const QStringList& args) {
    bool ok = true;
    const int limit = args.size() > 1 ? args[1].toInt(&ok) : 20;
    if (!ok || limit <= 0 || args.size() > 2) {
        CtlContext::printError(Commands::tr("usage : sijilctl sync log [NOMBRE]"));
        return Commands::Usage;
    }
    // Read-only, as `store check`: reading the log never upgrades (nor otherwise writes to) the
    // store. SQLite leaves an empty -wal and -shm beside a store in WAL mode that no one else has
    // open: a reader may neither checkpoint nor tell it is the last one, and removing them
    // ourselves could pull the shared index from under a Sijil opening the store meanwhile. The
    // next read-write connection reuses them, and its close removes them.
    ctx.setReadOnly(true);
    auto db = ctx.database();
    if (!db) {
        CtlContext::printError(db.error());
        return Commands::Failed;
    }
    if (Commands::refusedAsOlder((*db)->schemaVersion()))
        return Commands::Failed;
    storage::SyncJournal journal(**db);
    const auto runs = journal.recent(limit);
    if (!runs) {
        CtlContext::printError(runs.error());
        return Commands::Failed;
    }
    QTextStream out(stdout);
    for (const storage::SyncRun& r : *runs) {
        out << r.startedAtUtc.toString(Qt::ISODate) << '\t'
            << (r.succeeded ? Commands::tr("réussie") : Commands::tr("échouée")) << '\t'
            << Commands::tr("envoyés %1, reçus %2, conflits %3, en attente %4")
                   .arg(r.pushed)
                   .arg(r.pulled)
                   .arg(r.conflicts)
                   .arg(r.pending);
        if (!r.succeeded)
            out << '\t' << sync::SyncLogModel::reasonText(r.errorCode) << " (" << r.errorDetail
                << ')';
        out << '\n';
    }
    return Commands::Ok;
}

} // namespace

int Commands::sync(CtlContext& ctx, const QStringList& args) {
    if (!args.isEmpty() && args.first() == u"log")
        return printLog(ctx, args);
    QList<sync::PullSpec> extraPulls;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--pull" && i + 1 < args.size()) {
            extraPulls.append({args[++i], {}});
        } else {
            CtlContext::printError(tr("usage : sijilctl sync [--pull TYPE]... | sijilctl sync log "
                                      "[NOMBRE]"));
            return Usage;
        }
    }
    const auto site = ctx.siteConfig();
    if (!site) {
        CtlContext::printError(site.error());
        return Failed;
    }
    auto central = ctx.centralServer();
    if (!central) {
        CtlContext::printError(central.error());
        return Failed;
    }
    fhir::FhirClient& client = **central;
    auto db = ctx.database();
    if (!db) {
        CtlContext::printError(db.error());
        return Failed;
    }
    // One sync at a time per store: not while the desktop program, or another sijilctl sync,
    // syncs it (both pushing the same outbox could overwrite a later edit on the server).
    storage::SyncLock lock((*db)->path());
    if (auto taken = lock.tryLock(); !taken) {
        CtlContext::printError(taken.error());
        CtlContext::printError(tr("Détail technique : %1").arg(taken.error().detail()));
        return Failed;
    }
    auto audit = ctx.auditTrail();
    if (!audit) {
        CtlContext::printError(audit.error());
        return Failed;
    }
    // Patients pulled from the server are indexed for search as they arrive.
    auto indexedStore = ctx.store();
    if (!indexedStore) {
        CtlContext::printError(indexedStore.error());
        return Failed;
    }
    storage::ResourceStore& store = **indexedStore;
    storage::Outbox outbox(**db);
    storage::SyncJournal journal(**db);
    storage::AuditRefusals auditRefusals(**db);
    core::ConnectionStatus status;
    // The same cycle as the desktop program's: push, the facility's pulls, the audit trail.
    sync::SyncService::Options options;
    options.pulls = sync::SyncService::facilityPulls(site->facility.id) + extraPulls;
    sync::SyncService service(store, outbox, *audit, client, status, options);
    service.setJournal(&journal);
    service.setAuditRefusals(&auditRefusals);
    QEventLoop loop;
    QObject::connect(&service, &sync::SyncService::cycleFinished, &loop, &QEventLoop::quit);
    service.start();
    loop.exec();

    const sync::SyncReport& total = service.lastReport();
    if (const auto& error = service.lastError()) {
        CtlContext::printError(*error);
        // The cause as the system gave it ("Connection refused"), for whoever looks after the
        // link; it is also in `sync log`.
        if (!error->detail().isEmpty())
            CtlContext::printError(tr("Détail technique : %1").arg(error->detail()));
    }
    QTextStream(stdout) << tr("Envoyés : %1 ; reçus : %2 ; inchangés : %3 ; conflits : %4 ; en "
                              "attente : %5")
                               .arg(total.pushed)
                               .arg(total.pulled)
                               .arg(total.unchanged)
                               .arg(total.conflicts)
                               .arg(status.pendingCount())
                        << '\n';
    if (total.refused > 0)
        QTextStream(stdout) << tr("%n modification(s) refusée(s) par le serveur central : elles "
                                  "restent en attente, avec les suivantes du même élément, et "
                                  "seront proposées de nouveau.",
                                  nullptr, total.refused)
                            << '\n';
    return service.lastError() ? Failed : Ok;
}

} // namespace sijil::app
