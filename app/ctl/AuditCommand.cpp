#include "Commands.h"
#include "CtlContext.h"

#include <sijil/access/User.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/sync/AuditServerCheck.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace sijil::app {

namespace {

QString problemText(const QByteArray& problem) {
    if (problem == "edited")
        return Commands::tr("entrée modifiée");
    if (problem == "missing")
        return Commands::tr("entrée supprimée");
    if (problem == "truncated")
        return Commands::tr("fin du journal supprimée");
    if (problem == "wrong-key")
        return Commands::tr("la clé du journal ne correspond pas à ce journal : restaurez la clé "
                            "d'origine depuis la sauvegarde du poste");
    if (problem == "replaced")
        return Commands::tr("entrée remplacée (fin du journal supprimée puis réécrite)");
    return Commands::tr("repère de fin du journal modifié ou supprimé");
}

// Says on stderr where the chain is broken; false when it is intact.
bool reportBrokenChain(const storage::AuditVerification& result) {
    if (result.ok())
        return false;
    const auto report = [](qint64 seq, const QString& what) {
        CtlContext::printError(
            Commands::tr("journal d'audit altéré à l'entrée %1 : %2").arg(seq).arg(what));
    };
    if (result.problem != "gap-recorded")
        report(result.firstBadSeq, problemText(result.problem));
    // Found by an append and recorded then: said even when the chain breaks elsewhere too.
    if (result.recordedGapSeq > 0)
        report(result.recordedGapSeq,
               Commands::tr("entrées supprimées ou repère de fin du journal modifié, constaté le "
                            "%1 et consigné à cette entrée")
                   .arg(QLocale().toString(result.recordedGapAtUtc.toLocalTime(),
                                           QLocale::ShortFormat)));
    return true;
}

int verify(storage::AuditTrail& trail) {
    const auto result = trail.verify();
    if (!result) {
        CtlContext::printError(result.error());
        return Commands::Failed;
    }
    if (reportBrokenChain(*result))
        return Commands::Failed;
    QTextStream(stdout) << Commands::tr("Journal d'audit intact : %n entrée(s) vérifiée(s).",
                                        nullptr, int(result->entries))
                        << '\n';
    return Commands::Ok;
}

// The entries already sent, against the copies the central server keeps of them: an entry
// rewritten here, even re-signed with the local key, no longer matches.
int verifyWithServer(CtlContext& ctx, storage::AuditTrail& trail) {
    auto central = ctx.centralServer();
    if (!central) {
        CtlContext::printError(central.error());
        return Commands::Failed;
    }
    // This workstation as its sessions name it, for a trail with nothing sent left to say it.
    const access::SessionInfo self = ctx.session();
    const auto report = CtlContext::await(
        sync::AuditServerCheck::run(trail, **central, {self.facilityId, self.workstation}));
    if (!report) {
        CtlContext::printError(report.error());
        return Commands::Failed;
    }
    const auto seqs = [](const QList<qint64>& list) {
        QStringList out;
        for (qint64 seq : list.mid(0, 20))
            out << QString::number(seq);
        if (list.size() > 20)
            out << QStringLiteral("…");
        return out.join(QStringLiteral(", "));
    };
    if (!report->altered.isEmpty())
        CtlContext::printError(
            Commands::tr("%n entrée(s) ne correspond(ent) plus à la copie reçue par le serveur "
                         "central : %1",
                         nullptr, int(report->altered.size()))
                .arg(seqs(report->altered)));
    if (!report->absent.isEmpty())
        CtlContext::printError(
            Commands::tr("%n entrée(s) marquée(s) comme envoyée(s) sans copie sur le serveur "
                         "central (numéro ou date modifiés, ou copie supprimée) : %1",
                         nullptr, int(report->absent.size()))
                .arg(seqs(report->absent)));
    if (!report->missingHere.isEmpty())
        CtlContext::printError(
            Commands::tr("%n entrée(s) de ce poste sur le serveur central, plus récente(s) que "
                         "la dernière envoyée encore présente ici : fin du journal supprimée (%1)",
                         nullptr, int(report->missingHere.size()))
                .arg(report->missingHere.mid(0, 5).join(QStringLiteral(", "))));
    if (report->incomplete)
        CtlContext::printError(
            Commands::tr("vérification incomplète : le serveur central a plus d'événements de ce "
                         "poste que la vérification n'en parcourt ; les suivants n'ont pas été "
                         "comparés."));
    QTextStream out(stdout);
    out << Commands::tr("Conformes à la copie du serveur central : %n entrée(s).", nullptr,
                        int(report->checked))
        << '\n';
    if (!report->unverifiable.isEmpty())
        out << Commands::tr("Modifiées depuis sur le serveur central, sans première version "
                            "lisible, non comparables : %n entrée(s) (%1).",
                            nullptr, int(report->unverifiable.size()))
                   .arg(seqs(report->unverifiable))
            << '\n';
    if (report->unfingerprinted > 0)
        out << Commands::tr("Envoyées avant l'empreinte, non comparables : %n entrée(s).", nullptr,
                            int(report->unfingerprinted))
            << '\n';
    return report->ok() ? Commands::Ok : Commands::Failed;
}

int exportEntries(storage::AuditTrail& trail, const QStringList& args) {
    qint64 after = 0;
    if (args.size() == 2 && args[0] == u"--after") {
        bool ok = false;
        after = args[1].toLongLong(&ok);
        if (!ok || after < 0) {
            CtlContext::printError(Commands::tr("--after attend un numéro d'entrée."));
            return Commands::Usage;
        }
    } else if (!args.isEmpty()) {
        CtlContext::printError(Commands::tr("usage : sijilctl audit export [--after N]"));
        return Commands::Usage;
    }
    // Checked first, reported last: an export of a broken chain is still wanted (as evidence),
    // but must not pass for a sound one.
    const auto chain = trail.verify();
    QTextStream out(stdout);
    // Pages of a thousand, so that a years-long journal never sits in memory at once.
    for (;;) {
        const auto page = trail.entries(after, 1000);
        if (!page) {
            CtlContext::printError(page.error());
            return Commands::Failed;
        }
        for (const auto& e : *page) {
            const QJsonObject o{
                {QStringLiteral("seq"), e.seq},
                {QStringLiteral("recorded"), e.recordedAtUtc.toString(Qt::ISODateWithMs)},
                {QStringLiteral("actorId"), e.actorId},
                {QStringLiteral("actorName"), e.actorName},
                {QStringLiteral("facility"), e.facilityId},
                {QStringLiteral("workstation"), e.workstation},
                {QStringLiteral("action"), e.action},
                {QStringLiteral("subtype"), e.subtype},
                {QStringLiteral("patient"), e.patientId},
                {QStringLiteral("entityType"), e.entityType},
                {QStringLiteral("entityId"), e.entityId},
                {QStringLiteral("outcome"), e.outcome},
                {QStringLiteral("detail"), e.detail},
                {QStringLiteral("mac"), QString::fromLatin1(e.mac)}};
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            after = e.seq;
        }
        if (page->size() < 1000)
            break;
    }
    out.flush();
    if (!chain) {
        CtlContext::printError(chain.error());
        return Commands::Failed;
    }
    return reportBrokenChain(*chain) ? Commands::Failed : Commands::Ok;
}

} // namespace

bool Commands::refusedAsOlder(int schemaVersion) {
    if (schemaVersion >= storage::Database::latestSchemaVersion())
        return false;
    CtlContext::printError(tr("la base locale est au schéma %1 : elle sera mise à niveau au "
                              "prochain démarrage de Sijil. Démarrez Sijil sur ce poste, "
                              "puis relancez la commande.")
                               .arg(schemaVersion));
    return true;
}

int Commands::audit(CtlContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub != u"verify" && sub != u"export") {
        CtlContext::printError(tr("usage : sijilctl audit verify [--server]|export [--after N]"));
        return Usage;
    }
    const bool withServer = args.size() == 2 && args[1] == u"--server";
    if (sub == u"verify" && args.size() != 1 && !withServer) {
        CtlContext::printError(tr("usage : sijilctl audit verify [--server]"));
        return Usage;
    }
    // Read-only: checking or exporting the log never upgrades (nor otherwise writes to) the store.
    ctx.setReadOnly(true);
    ctx.setAuditKeyMustExist(true);
    auto db = ctx.database();
    if (!db) {
        CtlContext::printError(db.error());
        return Failed;
    }
    // The checks read tables of the latest schema; an older store is upgraded by Sijil only.
    if (refusedAsOlder((*db)->schemaVersion()))
        return Failed;
    auto trail = ctx.auditTrail();
    if (!trail) {
        CtlContext::printError(trail.error());
        return Failed;
    }
    if (sub == u"export")
        return exportEntries(**trail, args.mid(1));
    const int local = verify(**trail);
    if (!withServer)
        return local;
    // Compared with the server even when the chain here is broken: which entries still match
    // what was sent tells how far the damage goes.
    const int server = verifyWithServer(ctx, **trail);
    return local == Commands::Ok ? server : local;
}

} // namespace sijil::app
