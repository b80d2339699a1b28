#include "Commands.h"
#include "CtlContext.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncEngine.h>

#include <QTextStream>

namespace sijil::app {

int Commands::sync(CtlContext& ctx, const QStringList& args) {
    QStringList pullTypes;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--pull" && i + 1 < args.size()) {
            pullTypes << args[++i];
        } else {
            CtlContext::printError(tr("usage : sijilctl sync [--pull TYPE]..."));
            return Usage;
        }
    }
    const auto site = ctx.siteConfig();
    if (!site) {
        CtlContext::printError(site.error());
        return Failed;
    }
    if (!site->hasCentralServer()) {
        CtlContext::printError(tr("aucun serveur central n'est configuré pour ce site "
                                  "(centralServer.url)."));
        return Failed;
    }
    fhir::FhirClient::Config config;
    config.baseUrl = site->centralServer.url;
    config.caCertificatesFile = site->centralServer.caCertificates;
    if (auto s = fhir::FhirClient::check(config); !s) {
        CtlContext::printError(s.error());
        return Failed;
    }
    auto db = ctx.database();
    if (!db) {
        CtlContext::printError(db.error());
        return Failed;
    }
    storage::ResourceStore store(**db);
    storage::Outbox outbox(**db);
    fhir::FhirClient client(config);
    sync::SyncEngine engine(store, outbox, client);

    sync::SyncReport total;
    auto add = [&total](const sync::SyncReport& r) {
        total.pushed += r.pushed;
        total.conflicts += r.conflicts;
        total.pulled += r.pulled;
        total.unchanged += r.unchanged;
    };
    int status = Ok;
    const auto pushed = CtlContext::await(engine.push());
    if (pushed) {
        add(*pushed);
        for (const QString& type : pullTypes) {
            const auto pulled = CtlContext::await(engine.pull(type));
            if (!pulled) {
                CtlContext::printError(pulled.error());
                status = Failed;
                break;
            }
            add(*pulled);
        }
    } else {
        CtlContext::printError(pushed.error());
        status = Failed;
    }
    QTextStream(stdout) << tr("Envoyés : %1 ; reçus : %2 ; inchangés : %3 ; conflits : %4 ; en "
                              "attente : %5")
                               .arg(total.pushed)
                               .arg(total.pulled)
                               .arg(total.unchanged)
                               .arg(total.conflicts)
                               .arg(outbox.pendingCount().valueOr(-1))
                        << '\n';
    return status;
}

} // namespace sijil::app
