#include "Commands.h"
#include "CtlContext.h"
#include "Terminal.h"

#include <sijil/access/AccountService.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sijil::app {

namespace {

// The new password: one line on stdin with --password-stdin, else asked twice on the terminal.
std::optional<QString> askPassword(bool fromStdin) {
    if (fromStdin)
        return Terminal::readLine();
    if (!Terminal::stdinIsTerminal()) {
        CtlContext::printError(Commands::tr("pas de terminal pour saisir le mot de passe : "
                                            "utilisez --password-stdin."));
        return std::nullopt;
    }
    const QString first = Terminal::readSecret(Commands::tr("Mot de passe : "));
    const QString second = Terminal::readSecret(Commands::tr("Confirmez le mot de passe : "));
    if (first != second) {
        CtlContext::printError(Commands::tr("les deux mots de passe diffèrent."));
        return std::nullopt;
    }
    return first;
}

int list(access::AccountService& accounts, const QStringList& args) {
    const bool json = args == QStringList{QStringLiteral("--json")};
    if (!args.isEmpty() && !json) {
        CtlContext::printError(Commands::tr("usage : sijilctl users list [--json]"));
        return Commands::Usage;
    }
    const auto users = accounts.list();
    if (!users) {
        CtlContext::printError(users.error());
        return Commands::Failed;
    }
    QTextStream out(stdout);
    if (json) {
        QJsonArray array;
        for (const auto& u : *users) {
            QJsonArray roles;
            for (auto r : u.roles)
                roles.append(access::roleCode(r));
            array.append(QJsonObject{{QStringLiteral("username"), u.username},
                                     {QStringLiteral("displayName"), u.displayName},
                                     {QStringLiteral("roles"), roles},
                                     {QStringLiteral("facility"), u.facilityId},
                                     {QStringLiteral("disabled"), u.disabled}});
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Commands::Ok;
    }
    for (const auto& u : *users) {
        QStringList roles;
        for (auto r : u.roles)
            roles << access::roleCode(r);
        out << u.username.leftJustified(20) << ' ' << u.displayName.leftJustified(30) << ' '
            << roles.join(u',').leftJustified(28) << ' '
            << (u.disabled ? Commands::tr("désactivé") : Commands::tr("actif")) << '\n';
    }
    return Commands::Ok;
}

int add(CtlContext& ctx, access::AccountService& accounts, const QStringList& args) {
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("name"));
    const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("role"));
    const QCommandLineOption facility(QStringLiteral("facility"), QString(), QStringLiteral("id"));
    const QCommandLineOption stdinPw(QStringLiteral("password-stdin"));
    p.addOptions({name, role, facility, stdinPw});
    if (!p.parse(QStringList{QStringLiteral("users-add")} + args) ||
        p.positionalArguments().size() != 1) {
        CtlContext::printError(
            p.errorText().isEmpty()
                ? Commands::tr("usage : sijilctl users add IDENTIFIANT --name NOM "
                               "--role ROLE[,ROLE...] [--facility CODE] "
                               "[--password-stdin]")
                : p.errorText());
        return Commands::Usage;
    }
    access::NewAccount a;
    a.username = p.positionalArguments().first();
    a.displayName = p.value(name);
    for (const QString& value : p.values(role)) {
        for (const QString& code : value.split(u',', Qt::SkipEmptyParts)) {
            const auto r = access::roleFromCode(code.trimmed());
            if (!r) {
                CtlContext::printError(Commands::tr("rôle inconnu : %1").arg(code));
                return Commands::Usage;
            }
            if (!a.roles.contains(*r))
                a.roles << *r;
        }
    }
    if (p.isSet(facility)) {
        a.facilityId = p.value(facility);
    } else {
        // The account's facility comes from the site file: a broken one must not silently
        // give the account the wrong facility.
        const auto site = ctx.siteConfig();
        if (!site) {
            CtlContext::printError(site.error());
            CtlContext::printError(
                Commands::tr("corrigez le fichier de configuration du site ou indiquez "
                             "--facility."));
            return Commands::Failed;
        }
        a.facilityId = site->facility.id;
    }
    // Check everything but the password before asking for it.
    a.password = QStringLiteral("placeholder-for-validation-only");
    if (auto s = access::AccountService::validate(a); !s) {
        CtlContext::printError(s.error());
        return Commands::Failed;
    }
    const auto password = askPassword(p.isSet(stdinPw));
    if (!password)
        return Commands::Failed;
    a.password = *password;
    const auto created = CtlContext::await(accounts.create(a));
    if (!created) {
        CtlContext::printError(created.error());
        return Commands::Failed;
    }
    QTextStream(stdout) << Commands::tr("Compte « %1 » créé.").arg(created->username) << '\n';
    return Commands::Ok;
}

int setDisabled(access::AccountService& accounts, const QStringList& args, bool disabled) {
    if (args.size() != 1) {
        CtlContext::printError(disabled
                                   ? Commands::tr("usage : sijilctl users disable IDENTIFIANT")
                                   : Commands::tr("usage : sijilctl users enable IDENTIFIANT"));
        return Commands::Usage;
    }
    if (auto s = accounts.setDisabled(args.first(), disabled); !s) {
        CtlContext::printError(s.error());
        return Commands::Failed;
    }
    QTextStream(stdout) << (disabled ? Commands::tr("Compte « %1 » désactivé.")
                                     : Commands::tr("Compte « %1 » réactivé."))
                               .arg(args.first())
                        << '\n';
    return Commands::Ok;
}

int passwd(access::AccountService& accounts, const QStringList& args) {
    const bool fromStdin = args.contains(QStringLiteral("--password-stdin"));
    QStringList rest = args;
    rest.removeAll(QStringLiteral("--password-stdin"));
    if (rest.size() != 1) {
        CtlContext::printError(
            Commands::tr("usage : sijilctl users passwd IDENTIFIANT [--password-stdin]"));
        return Commands::Usage;
    }
    const auto password = askPassword(fromStdin);
    if (!password)
        return Commands::Failed;
    if (auto s = CtlContext::await(accounts.setPassword(rest.first(), *password)); !s) {
        CtlContext::printError(s.error());
        return Commands::Failed;
    }
    QTextStream(stdout) << Commands::tr("Mot de passe de « %1 » changé.").arg(rest.first()) << '\n';
    return Commands::Ok;
}

} // namespace

int Commands::users(CtlContext& ctx, const QStringList& args) {
    if (args.isEmpty()) {
        CtlContext::printError(tr("usage : sijilctl users list|add|disable|enable|passwd …"));
        return Usage;
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    const QStringList known = {QStringLiteral("list"), QStringLiteral("add"),
                               QStringLiteral("disable"), QStringLiteral("enable"),
                               QStringLiteral("passwd")};
    if (!known.contains(sub)) {
        CtlContext::printError(tr("sous-commande inconnue : users %1").arg(sub));
        return Usage;
    }
    auto accounts = ctx.accounts();
    if (!accounts) {
        CtlContext::printError(accounts.error());
        return Failed;
    }
    access::AccountService& a = **accounts;
    if (sub == u"list")
        return list(a, rest);
    if (sub == u"add")
        return add(ctx, a, rest);
    if (sub == u"disable" || sub == u"enable")
        return setDisabled(a, rest, sub == u"disable");
    return passwd(a, rest);
}

} // namespace sijil::app
