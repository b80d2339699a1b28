#include "Commands.h"
#include "CtlContext.h"
#include "Terminal.h"

#include <sijil/imaging/DicomWebClient.h>
#include <sijil/imaging/DimseClient.h>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace sijil::app {

namespace {

using imaging::DimseClient;
using imaging::PacsNode;
using imaging::StudyQuery;

struct PacsArgs {
    PacsNode node;
    StudyQuery query;
    std::optional<int> timeoutSeconds;
    QStringList files; // store
    imaging::RetrieveLevel level = imaging::RetrieveLevel::Study;
    QStringList uids;
    QString output;      // get, move with --listen
    QString destination; // move
    std::optional<int> listenPort;
};

std::optional<QDate> day(const QString& text) {
    const QDate d = QDate::fromString(text, u"yyyyMMdd");
    if (!d.isValid())
        return std::nullopt;
    return d;
}

// YYYYMMDD (that day), YYYYMMDD-YYYYMMDD, YYYYMMDD- (from) or -YYYYMMDD (until).
bool parseDates(const QString& text, StudyQuery& q) {
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0) {
        q.from = day(text);
        q.to = q.from;
        return q.from.has_value();
    }
    const QString from = text.left(dash);
    const QString to = text.mid(dash + 1);
    if (from.isEmpty() && to.isEmpty())
        return false;
    if (!from.isEmpty() && !(q.from = day(from)))
        return false;
    if (!to.isEmpty() && !(q.to = day(to)))
        return false;
    return true;
}

enum class Sub { Echo, Find, Store, Get, Move };

// Options after the subcommand. `find` takes the query options; `store` the files to send;
// `get` and `move` one or more --study, --series or --instance UIDs (one kind), and the folder
// (-o); `move` the destination AE title (--dest) and, to receive the images itself, the port its
// storage SCP listens on (--listen, with -o).
std::optional<PacsArgs> parse(const QStringList& args, Sub sub) {
    PacsArgs r;
    r.node.port = 0;
    const bool withQuery = sub == Sub::Find;
    const bool retrieve = sub == Sub::Get || sub == Sub::Move;
    bool ok = true;
    std::optional<imaging::RetrieveLevel> level;
    const auto addUid = [&](imaging::RetrieveLevel l, const QString& uid) {
        if (level && *level != l)
            return false;
        level = l;
        r.uids.append(uid);
        return true;
    };
    for (qsizetype i = 1; i < args.size() && ok; ++i) {
        const QString& a = args.at(i);
        if (sub == Sub::Store && !a.startsWith(u'-')) {
            r.files.append(a);
            continue;
        }
        if (i + 1 >= args.size())
            return std::nullopt;
        const QString value = args.at(++i);
        if (a == u"--aet") {
            r.node.aeTitle = value;
        } else if (a == u"--host") {
            r.node.host = value;
        } else if (a == u"--port") {
            r.node.port = value.toInt(&ok);
        } else if (a == u"--calling") {
            r.node.callingAeTitle = value;
        } else if (a == u"--timeout") {
            r.timeoutSeconds = value.toInt(&ok);
            ok = ok && *r.timeoutSeconds > 0;
        } else if (withQuery && a == u"--patient-id") {
            r.query.patientId = value;
        } else if (withQuery && a == u"--name") {
            r.query.patientName = value;
        } else if (withQuery && a == u"--date") {
            ok = parseDates(value, r.query);
        } else if (withQuery && a == u"--modality") {
            r.query.modality = value;
        } else if (withQuery && a == u"--accession") {
            r.query.accessionNumber = value;
        } else if (withQuery && a == u"--limit") {
            r.query.maxResults = value.toInt(&ok);
        } else if (retrieve && a == u"--study") {
            ok = addUid(imaging::RetrieveLevel::Study, value);
        } else if (retrieve && a == u"--series") {
            ok = addUid(imaging::RetrieveLevel::Series, value);
        } else if (retrieve && a == u"--instance") {
            ok = addUid(imaging::RetrieveLevel::Instance, value);
        } else if (retrieve && a == u"-o") {
            r.output = value;
        } else if (sub == Sub::Move && a == u"--dest") {
            r.destination = value;
        } else if (sub == Sub::Move && a == u"--listen") {
            r.listenPort = value.toInt(&ok);
        } else {
            return std::nullopt;
        }
    }
    if (!ok || r.node.aeTitle.isEmpty() || r.node.host.isEmpty() || r.node.port == 0)
        return std::nullopt;
    if (sub == Sub::Store && r.files.isEmpty())
        return std::nullopt;
    if (retrieve) {
        if (!level)
            return std::nullopt;
        r.level = *level;
    }
    if (sub == Sub::Get && r.output.isEmpty())
        return std::nullopt;
    if (sub == Sub::Move &&
        (r.destination.isEmpty() || r.listenPort.has_value() != !r.output.isEmpty()))
        return std::nullopt;
    return r;
}

DimseClient clientFor(const PacsArgs& a) {
    if (!a.timeoutSeconds)
        return DimseClient();
    DimseClient::Timeouts t;
    t.connectSeconds = *a.timeoutSeconds;
    t.acseSeconds = *a.timeoutSeconds;
    t.dimseSeconds = *a.timeoutSeconds;
    return DimseClient(t);
}

QJsonObject nodeJson(const PacsNode& n) {
    return QJsonObject{{QStringLiteral("aet"), n.aeTitle},
                       {QStringLiteral("host"), n.host},
                       {QStringLiteral("port"), n.port},
                       {QStringLiteral("callingAet"), n.callingAeTitle}};
}

QJsonObject studyJson(const imaging::StudyResult& s) {
    const auto count = [](int n) {
        return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n);
    };
    return QJsonObject{{QStringLiteral("patientId"), s.patientId},
                       {QStringLiteral("patientName"), s.patientName},
                       {QStringLiteral("studyInstanceUid"), s.studyInstanceUid},
                       {QStringLiteral("studyDate"),
                        s.studyDate.isValid() ? QJsonValue(s.studyDate.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("studyTime"), s.studyTime},
                       {QStringLiteral("studyDescription"), s.studyDescription},
                       {QStringLiteral("modalities"), QJsonArray::fromStringList(s.modalities)},
                       {QStringLiteral("accessionNumber"), s.accessionNumber},
                       {QStringLiteral("series"), count(s.seriesCount)},
                       {QStringLiteral("instances"), count(s.instanceCount)}};
}

int echo(const PacsArgs& a) {
    QElapsedTimer timer;
    timer.start();
    const auto echoed = clientFor(a).echo(a.node);
    if (!echoed) {
        CtlContext::printError(echoed.error());
        return Commands::Failed;
    }
    QJsonObject out = nodeJson(a.node);
    out.insert(QStringLiteral("ok"), true);
    out.insert(QStringLiteral("milliseconds"), qint64(timer.elapsed()));
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return Commands::Ok;
}

int find(const PacsArgs& a) {
    const auto found = clientFor(a).find(a.node, a.query);
    if (!found) {
        CtlContext::printError(found.error());
        return Commands::Failed;
    }
    QJsonArray studies;
    for (const imaging::StudyResult& s : found->studies)
        studies.append(studyJson(s));
    const QJsonObject out{{QStringLiteral("pacs"), nodeJson(a.node)},
                          {QStringLiteral("studies"), studies},
                          {QStringLiteral("truncated"), found->truncated}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    if (found->truncated)
        CtlContext::printError(
            Commands::tr("plus de %1 études : seules les %1 premières sont affichées, précisez "
                         "la recherche.")
                .arg(a.query.maxResults));
    return Commands::Ok;
}

QString hex(quint16 status) {
    return QStringLiteral("%1").arg(status, 4, 16, QLatin1Char('0')).toUpper();
}

QString kindName(imaging::StoreOutcome::Kind kind) {
    switch (kind) {
    case imaging::StoreOutcome::Kind::Stored:
        return QStringLiteral("stored");
    case imaging::StoreOutcome::Kind::Warning:
        return QStringLiteral("warning");
    case imaging::StoreOutcome::Kind::Failed:
        return QStringLiteral("failed");
    case imaging::StoreOutcome::Kind::NotSent:
        break;
    }
    return QStringLiteral("not-sent");
}

int storeFiles(const PacsArgs& a) {
    const auto stored = clientFor(a).store(a.node, a.files);
    if (!stored) {
        CtlContext::printError(stored.error());
        return Commands::Failed;
    }
    using Kind = imaging::StoreOutcome::Kind;
    QJsonArray files;
    for (const imaging::StoreOutcome& f : stored->files) {
        QJsonObject o{{QStringLiteral("path"), f.path},
                      {QStringLiteral("result"), kindName(f.kind)},
                      {QStringLiteral("sopInstanceUid"), f.sopInstanceUid}};
        if (f.kind == Kind::Stored || f.kind == Kind::Warning || f.status != 0)
            o.insert(QStringLiteral("status"), hex(f.status));
        if (f.error) {
            o.insert(QStringLiteral("error"), f.error->userMessage());
            CtlContext::printError(QStringLiteral("%1 : %2").arg(f.path, f.error->userMessage()));
        }
        files.append(o);
    }
    const int failed = stored->count(Kind::Failed) + stored->count(Kind::NotSent);
    const QJsonObject out{{QStringLiteral("pacs"), nodeJson(a.node)},
                          {QStringLiteral("files"), files},
                          {QStringLiteral("stored"), stored->count(Kind::Stored)},
                          {QStringLiteral("warnings"), stored->count(Kind::Warning)},
                          {QStringLiteral("failed"), failed}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return failed == 0 ? Commands::Ok : Commands::Failed;
}

QString levelName(imaging::RetrieveLevel level) {
    switch (level) {
    case imaging::RetrieveLevel::Series:
        return QStringLiteral("series");
    case imaging::RetrieveLevel::Instance:
        return QStringLiteral("instance");
    case imaging::RetrieveLevel::Study:
        break;
    }
    return QStringLiteral("study");
}

int printRetrieved(const PacsArgs& a, const core::Result<imaging::RetrieveResult>& r) {
    if (!r) {
        CtlContext::printError(r.error());
        return Commands::Failed;
    }
    QJsonObject out{{QStringLiteral("pacs"), nodeJson(a.node)},
                    {QStringLiteral("level"), levelName(a.level)},
                    {QStringLiteral("uids"), QJsonArray::fromStringList(a.uids)},
                    {QStringLiteral("completed"), r->completed},
                    {QStringLiteral("failed"), r->failed},
                    {QStringLiteral("warning"), r->warning},
                    {QStringLiteral("remaining"), r->remaining},
                    {QStringLiteral("status"), hex(r->status)},
                    {QStringLiteral("cancelled"), r->cancelled},
                    {QStringLiteral("files"), QJsonArray::fromStringList(r->files)}};
    if (!a.destination.isEmpty())
        out.insert(QStringLiteral("destination"), a.destination);
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    if (r->failed > 0)
        CtlContext::printError(
            Commands::tr("%1 image(s) non transmise(s) par le PACS.").arg(r->failed));
    return r->failed == 0 ? Commands::Ok : Commands::Failed;
}

int getImages(const PacsArgs& a) {
    return printRetrieved(a, clientFor(a).get(a.node, a.level, a.uids, a.output));
}

int moveImages(const PacsArgs& a) {
    if (a.listenPort)
        return printRetrieved(a, clientFor(a).moveHere(a.node, a.destination, *a.listenPort,
                                                       a.level, a.uids, a.output));
    return printRetrieved(a, clientFor(a).move(a.node, a.destination, a.level, a.uids));
}

// ---- DICOMweb: pacs qido, pacs wado ---------------------------------------------------------

struct WebArgs {
    PacsNode node;
    StudyQuery query;
    bool passwordFromStdin = false;
    std::optional<int> timeoutSeconds;
    QString study;
    QString series;
    QString folder;
};

// Options after `qido` (the query) or `wado` (--study, --series, -o).
std::optional<WebArgs> parseWeb(const QStringList& args, bool qido) {
    WebArgs r;
    bool ok = true;
    for (qsizetype i = 1; i < args.size() && ok; ++i) {
        const QString& a = args.at(i);
        if (a == u"--password-stdin") {
            r.passwordFromStdin = true;
            continue;
        }
        if (i + 1 >= args.size())
            return std::nullopt;
        const QString value = args.at(++i);
        if (a == u"--url") {
            r.node.dicomWebUrl = QUrl(value, QUrl::StrictMode);
            ok = r.node.dicomWebUrl.isValid() &&
                 (r.node.dicomWebUrl.scheme() == u"https" ||
                  r.node.dicomWebUrl.scheme() == u"http") &&
                 !r.node.dicomWebUrl.host().isEmpty();
        } else if (a == u"--user") {
            r.node.username = value;
        } else if (a == u"--timeout") {
            r.timeoutSeconds = value.toInt(&ok);
            ok = ok && *r.timeoutSeconds > 0;
        } else if (qido && a == u"--patient-id") {
            r.query.patientId = value;
        } else if (qido && a == u"--name") {
            r.query.patientName = value;
        } else if (qido && a == u"--date") {
            ok = parseDates(value, r.query);
        } else if (qido && a == u"--modality") {
            r.query.modality = value;
        } else if (qido && a == u"--accession") {
            r.query.accessionNumber = value;
        } else if (qido && a == u"--limit") {
            r.query.maxResults = value.toInt(&ok);
            ok = ok && r.query.maxResults > 0;
        } else if (!qido && a == u"--study") {
            r.study = value;
        } else if (!qido && a == u"--series") {
            r.series = value;
        } else if (!qido && a == u"-o") {
            r.folder = value;
        } else {
            return std::nullopt;
        }
    }
    if (!ok || r.node.dicomWebUrl.isEmpty() || (r.passwordFromStdin && r.node.username.isEmpty()))
        return std::nullopt;
    if (!qido && (r.study.isEmpty() || r.folder.isEmpty()))
        return std::nullopt;
    return r;
}

// The account's password: one line on stdin with --password-stdin, else asked on the terminal.
bool readPassword(WebArgs& a) {
    if (a.node.username.isEmpty())
        return true;
    if (a.passwordFromStdin) {
        a.node.password = Terminal::readLine();
        return true;
    }
    if (!Terminal::stdinIsTerminal()) {
        CtlContext::printError(Commands::tr("pas de terminal pour saisir le mot de passe : "
                                            "utilisez --password-stdin."));
        return false;
    }
    a.node.password = Terminal::readSecret(Commands::tr("Mot de passe : "));
    return true;
}

// Runs one asynchronous DicomWebClient call to its end; Ctrl+C cancels it.
template <typename T, typename Start>
core::Result<T> runWeb(imaging::DicomWebClient& client, Start start) {
    std::optional<core::Result<T>> out;
    QEventLoop loop;
    const Terminal::InterruptCatcher interrupt;
    const imaging::DicomWebClient::Job job = start([&](core::Result<T> r) {
        out = std::move(r);
        loop.quit();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (Terminal::InterruptCatcher::interrupted())
            client.cancel(job);
    });
    poll.start(100);
    if (!out)
        loop.exec();
    return std::move(*out);
}

QJsonObject webNodeJson(const PacsNode& n) {
    // The URL as given, without any password it might hold.
    return QJsonObject{{QStringLiteral("url"), n.dicomWebUrl.toString(QUrl::RemoveUserInfo)}};
}

int qido(WebArgs& a) {
    if (!readPassword(a))
        return Commands::Failed;
    imaging::DicomWebClient client(a.node);
    if (a.timeoutSeconds)
        client.setTimeoutMs(*a.timeoutSeconds * 1000);
    const auto found = runWeb<imaging::FindResult>(
        client, [&](auto done) { return client.searchStudies(a.query, done); });
    if (!found) {
        CtlContext::printError(found.error());
        return Commands::Failed;
    }
    QJsonArray studies;
    for (const imaging::StudyResult& s : found->studies)
        studies.append(studyJson(s));
    const QJsonObject out{{QStringLiteral("pacs"), webNodeJson(a.node)},
                          {QStringLiteral("studies"), studies},
                          {QStringLiteral("truncated"), found->truncated}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    if (found->truncated)
        CtlContext::printError(
            Commands::tr("plus de %1 études : seules les %1 premières sont affichées, précisez "
                         "la recherche.")
                .arg(a.query.maxResults));
    return Commands::Ok;
}

int wado(WebArgs& a) {
    if (!readPassword(a))
        return Commands::Failed;
    imaging::DicomWebClient client(a.node);
    if (a.timeoutSeconds)
        client.setTimeoutMs(*a.timeoutSeconds * 1000);
    const QString folder = QDir(a.folder).absolutePath();
    // On a terminal, one line rewritten in place (at most every 200 ms) says how far it got.
    const bool terminal = Terminal::stderrIsTerminal();
    QElapsedTimer shown;
    qint64 lastBytes = 0;
    int lastInstances = 0;
    const auto show = [&] {
        QTextStream(stderr) << '\r'
                            << Commands::tr("%1 images, %2 Mo reçus")
                                   .arg(lastInstances)
                                   .arg(double(lastBytes) / (1024.0 * 1024.0), 0, 'f', 1)
                            << Qt::flush;
        shown.start();
    };
    if (terminal)
        QObject::connect(&client, &imaging::DicomWebClient::progress, &client,
                         [&](quint64, qint64 bytes, int instances) {
                             lastBytes = bytes;
                             lastInstances = instances;
                             if (!shown.isValid() || shown.elapsed() >= 200)
                                 show();
                         });
    const auto got = runWeb<imaging::WebRetrieveResult>(client, [&](auto done) {
        return a.series.isEmpty() ? client.retrieveStudy(a.study, folder, done)
                                  : client.retrieveSeries(a.study, a.series, folder, done);
    });
    if (terminal && shown.isValid()) {
        show(); // the final count
        QTextStream(stderr) << '\n' << Qt::flush;
    }
    if (!got) {
        CtlContext::printError(got.error());
        return Commands::Failed;
    }
    QJsonObject out{{QStringLiteral("pacs"), webNodeJson(a.node)},
                    {QStringLiteral("studyInstanceUid"), a.study},
                    {QStringLiteral("folder"), folder},
                    {QStringLiteral("files"), QJsonArray::fromStringList(got->files)},
                    {QStringLiteral("instances"), int(got->files.size())},
                    {QStringLiteral("bytes"), got->bytes}};
    if (!a.series.isEmpty())
        out.insert(QStringLiteral("seriesInstanceUid"), a.series);
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return Commands::Ok;
}

} // namespace

int Commands::pacs(CtlContext& /*ctx*/, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub == u"echo") {
        if (const auto a = parse(args, Sub::Echo))
            return echo(*a);
    } else if (sub == u"find") {
        if (const auto a = parse(args, Sub::Find))
            return find(*a);
    } else if (sub == u"store") {
        if (const auto a = parse(args, Sub::Store))
            return storeFiles(*a);
    } else if (sub == u"get") {
        if (const auto a = parse(args, Sub::Get))
            return getImages(*a);
    } else if (sub == u"move") {
        if (const auto a = parse(args, Sub::Move))
            return moveImages(*a);
    } else if (sub == u"qido") {
        if (auto a = parseWeb(args, true))
            return qido(*a);
    } else if (sub == u"wado") {
        if (auto a = parseWeb(args, false))
            return wado(*a);
    }
    CtlContext::printError(
        tr("usage : sijilctl pacs echo --aet TITRE --host HÔTE --port PORT [--calling TITRE] "
           "[--timeout S] | pacs find --aet TITRE --host HÔTE --port PORT [--calling TITRE] "
           "[--timeout S] [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]] "
           "[--modality MOD] [--accession NUMÉRO] [--limit N] | pacs store (connexion) "
           "FICHIER... | pacs get (connexion) (--study|--series|--instance UID)... -o DOSSIER | "
           "pacs move (connexion) (--study|--series|--instance UID)... --dest TITRE [--listen "
           "PORT -o DOSSIER] | pacs qido --url URL [--user NOM [--password-stdin]] [--timeout S] "
           "[--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]] [--modality MOD] "
           "[--accession NUMÉRO] [--limit N] | pacs wado --url URL [--user NOM "
           "[--password-stdin]] [--timeout S] --study UID [--series UID] -o DOSSIER"));
    return Usage;
}

} // namespace sijil::app
