#include "Commands.h"
#include "CtlContext.h"

#include <sijil/core/Log.h>
#include <sijil/core/Version.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

using sijil::app::Commands;
using sijil::app::CtlContext;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sijil"));
    QCoreApplication::setApplicationName(QStringLiteral("sijil"));
    QCoreApplication::setApplicationVersion(sijil::core::versionString());
    // Informational lines are for the desktop program's log file; a command prints only its
    // result and its errors unless SIJIL_VERBOSE is set.
    if (!qEnvironmentVariableIsSet("SIJIL_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral("sijil.*.info=false"));
    sijil::core::installLogging();

    // Messages follow the administrator's locale (LANG): Arabic, English, or French by default.
    const QString lang = QLocale::system().name().left(2);
    const QString code = lang == u"ar" || lang == u"en" ? lang : QStringLiteral("fr");
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/sijil_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&translator);
    // Qt's own messages too ("Unknown option 'x'."), from Debian's qt6-translations-l10n.
    QTranslator qtTranslator;
    if (qtTranslator.load(QStringLiteral("qtbase_%1").arg(code),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption siteConfig(QStringLiteral("site-config"), QString(),
                                        QStringLiteral("file"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({dataDir, siteConfig, help});
    if (!parser.parse(QCoreApplication::arguments())) {
        CtlContext::printError(parser.errorText());
        return Commands::Usage;
    }
    QStringList args = parser.positionalArguments();
    // "--help" after a command ("patient import --help") asks the same: it is never a file name
    // or a search.
    const bool helpAfter =
        args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    if (helpAfter) {
        QTextStream(stdout) << Commands::usage();
        return Commands::Ok;
    }
    if (parser.isSet(help) || args.isEmpty() || args.first() == u"help") {
        QTextStream(args.isEmpty() && !parser.isSet(help) ? stderr : stdout) << Commands::usage();
        return args.isEmpty() && !parser.isSet(help) ? Commands::Usage : Commands::Ok;
    }

    CtlContext ctx(parser.value(dataDir), parser.value(siteConfig));
    const QString command = args.takeFirst();
    if (command == u"version")
        return Commands::version(ctx, args);
    if (command == u"users")
        return Commands::users(ctx, args);
    if (command == u"config")
        return Commands::config(ctx, args);
    if (command == u"store")
        return Commands::store(ctx, args);
    if (command == u"audit")
        return Commands::audit(ctx, args);
    if (command == u"sync")
        return Commands::sync(ctx, args);
    if (command == u"patient")
        return Commands::patient(ctx, args);
    if (command == u"refdata")
        return Commands::refdata(ctx, args);
    if (command == u"ipp")
        return Commands::ipp(ctx, args);
    if (command == u"dedup")
        return Commands::dedup(ctx, args);
    if (command == u"trust")
        return Commands::trust(ctx, args);
    if (command == u"card")
        return Commands::card(ctx, args);
    if (command == u"mrz")
        return Commands::mrz(ctx, args);
    if (command == u"dicom")
        return Commands::dicom(ctx, args);
    if (command == u"pacs")
        return Commands::pacs(ctx, args);
    CtlContext::printError(
        QCoreApplication::translate("sijil::app::Commands", "commande inconnue : %1").arg(command));
    QTextStream(stderr) << Commands::usage();
    return Commands::Usage;
}
