#include "Commands.h"
#include "CtlContext.h"

#include <sijil/core/Paths.h>
#include <sijil/fhir/FhirClient.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sijil::app {

int Commands::config(CtlContext& ctx, const QStringList& args) {
    if (args != QStringList{QStringLiteral("show")}) {
        CtlContext::printError(tr("usage : sijilctl config show"));
        return Usage;
    }
    const auto site = ctx.siteConfig();
    if (!site) {
        CtlContext::printError(site.error());
        return Failed;
    }
    QJsonObject out = site->toJson();
    out.insert(QStringLiteral("dataDir"), ctx.paths().dataDir());
    out.insert(QStringLiteral("database"), ctx.paths().databasePath());
    out.insert(QStringLiteral("logFile"), ctx.paths().logFilePath());
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    for (const auto& w : site->warnings)
        QTextStream(stderr) << "sijilctl: " << w.toString() << '\n';
    // The files the central server's connection needs, checked as the workstation will: one
    // that cannot be used leaves it offline.
    if (site->hasCentralServer()) {
        const auto usable = fhir::FhirClient::checkTls(
            fhir::FhirClient::Config::forCentralServer(site->centralServer));
        if (!usable)
            CtlContext::printError(tr("centralServer : %1 (%2)")
                                       .arg(usable.error().userMessage(), usable.error().detail()));
    }
    return Ok;
}

} // namespace sijil::app
