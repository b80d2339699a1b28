#include "Commands.h"
#include "CtlContext.h"

#include <sijil/core/Paths.h>
#include <sijil/storage/Database.h>

#include <QFileInfo>
#include <QTextStream>

namespace sijil::app {

int Commands::store(CtlContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    if (args.size() != 1 || (sub != u"stats" && sub != u"check")) {
        CtlContext::printError(tr("usage : sijilctl store stats|check"));
        return Usage;
    }
    // Read-only: a check never upgrades (nor otherwise writes to) the store it looks at.
    ctx.setReadOnly(true);
    auto db = ctx.database();
    if (!db) {
        CtlContext::printError(db.error());
        return Failed;
    }
    const int schema = (*db)->schemaVersion();
    // An older store (Sijil updated, not started since) is read as it is, and said to be so.
    const bool older = schema < storage::Database::latestSchemaVersion();
    QTextStream out(stdout);
    if (sub == u"check") {
        const auto findings = (*db)->integrityCheck();
        if (!findings) {
            CtlContext::printError(findings.error());
            return Failed;
        }
        if (!findings->isEmpty()) {
            // What to do first; SQLite's own findings (in English) after, for whoever repairs it.
            CtlContext::printError(
                tr("la base locale est endommagée (%n anomalie(s)). Arrêtez Sijil sur ce poste, "
                   "gardez une copie du dossier des données, puis restaurez la dernière "
                   "sauvegarde ou faites appel au support ; les données déjà envoyées au "
                   "serveur central seront resynchronisées.",
                   nullptr, int(findings->size())));
            QTextStream(stderr) << tr("Détail technique (SQLite) :") << '\n';
            for (const QString& f : *findings)
                QTextStream(stderr) << "  " << f << '\n';
            return Failed;
        }
        out << (older ? tr("Base locale intacte (schéma %1, sera mis à niveau au prochain "
                           "démarrage de Sijil).")
                      : tr("Base locale intacte (schéma %1)."))
                   .arg(schema)
            << '\n';
        return Ok;
    }
    const auto counts = (*db)->tableRowCounts();
    if (!counts) {
        CtlContext::printError(counts.error());
        return Failed;
    }
    const QString path = ctx.paths().databasePath();
    out << tr("Base locale : %1").arg(path) << '\n'
        << (older ? tr("Schéma : %1 (sera mis à niveau au prochain démarrage de Sijil)")
                  : tr("Schéma : %1"))
               .arg(schema)
        << '\n'
        << tr("Taille : %1 octets (journal WAL : %2 octets)")
               .arg(QFileInfo(path).size())
               .arg(QFileInfo(path + QStringLiteral("-wal")).size())
        << '\n';
    for (const auto& [table, rows] : *counts)
        out << "  " << table.leftJustified(24) << ' ' << rows << '\n';
    return Ok;
}

} // namespace sijil::app
