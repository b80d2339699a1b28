#include "Commands.h"
#include "CtlContext.h"

#include <sijil/core/Paths.h>

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
    return Ok;
}

} // namespace sijil::app
