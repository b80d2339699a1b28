#include "Commands.h"
#include "CtlContext.h"

#include <sijil/core/Paths.h>
#include <sijil/identity/TrustStore.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sijil::app {

namespace {

using identity::TrustedCertificate;

QJsonObject toJson(const TrustedCertificate& c) {
    return QJsonObject{{QStringLiteral("subject"), c.subject},
                       {QStringLiteral("issuer"), c.issuer},
                       {QStringLiteral("country"), c.country},
                       {QStringLiteral("notBefore"), c.notBefore.toString(Qt::ISODate)},
                       {QStringLiteral("notAfter"), c.notAfter.toString(Qt::ISODate)},
                       {QStringLiteral("fingerprint"), c.fingerprint}};
}

int importFile(identity::TrustStore& store, const QString& path) {
    const auto report = store.importFile(path);
    if (!report) {
        CtlContext::printError(report.error());
        return Commands::Failed;
    }
    QTextStream out(stdout);
    for (const TrustedCertificate& c : report->added)
        out << Commands::tr("Ajouté : %1 (valable jusqu'au %2)")
                   .arg(c.subject, c.notAfter.date().toString(Qt::ISODate))
            << '\n';
    out << Commands::tr("Certificats CSCA ajoutés : %1 ; déjà présents : %2")
               .arg(report->added.size())
               .arg(report->alreadyPresent)
        << '\n';
    if (report->refusedNotCa > 0)
        out << Commands::tr("Certificats écartés (pas une autorité de certification) : %1")
                   .arg(report->refusedNotCa)
            << '\n';
    return Commands::Ok;
}

int list(const identity::TrustStore& store, bool json) {
    const auto certs = store.certificates();
    if (!certs) {
        CtlContext::printError(certs.error());
        return Commands::Failed;
    }
    QTextStream out(stdout);
    if (json) {
        QJsonArray array;
        for (const TrustedCertificate& c : *certs)
            array.append(toJson(c));
        out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return Commands::Ok;
    }
    if (certs->isEmpty()) {
        out << Commands::tr("Aucun certificat CSCA de confiance (%1).").arg(store.directory())
            << '\n';
        return Commands::Ok;
    }
    for (const TrustedCertificate& c : *certs)
        out << c.country.leftJustified(3) << ' ' << c.notAfter.date().toString(Qt::ISODate) << "  "
            << c.fingerprint.left(16) << "  " << c.subject << '\n';
    return Commands::Ok;
}

} // namespace

int Commands::trust(CtlContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    identity::TrustStore store(ctx.paths().trustStoreDir());
    if (sub == u"import" && args.size() == 2) {
        // The store sits in the data folder, which is created owner-only as for the database.
        if (!ctx.paths().ensureDataDir()) {
            CtlContext::printError(core::Error(
                "ctl/data-dir",
                core::UserText("sijil::app::CtlContext",
                               QT_TRANSLATE_NOOP("sijil::app::CtlContext",
                                                 "Impossible de créer le dossier des données "
                                                 "locales « %1 »."))
                    .arg(ctx.paths().dataDir()),
                QStringLiteral("mkpath failed")));
            return Failed;
        }
        return importFile(store, args.at(1));
    }
    if (sub == u"list" && (args.size() == 1 || (args.size() == 2 && args.at(1) == u"--json")))
        return list(store, args.size() == 2);
    CtlContext::printError(tr("usage : sijilctl trust import FICHIER | trust list [--json]"));
    return Usage;
}

} // namespace sijil::app
