#include "Commands.h"
#include "CtlContext.h"

#include <sijil/imaging/DimseClient.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

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

// Options after the subcommand; `find` also takes the query options.
std::optional<PacsArgs> parse(const QStringList& args, bool withQuery) {
    PacsArgs r;
    r.node.port = 0;
    bool ok = true;
    for (qsizetype i = 1; i < args.size() && ok; ++i) {
        const QString& a = args.at(i);
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
        } else {
            return std::nullopt;
        }
    }
    if (!ok || r.node.aeTitle.isEmpty() || r.node.host.isEmpty() || r.node.port == 0)
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

} // namespace

int Commands::pacs(CtlContext& /*ctx*/, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub == u"echo") {
        if (const auto a = parse(args, false))
            return echo(*a);
    } else if (sub == u"find") {
        if (const auto a = parse(args, true))
            return find(*a);
    }
    CtlContext::printError(
        tr("usage : sijilctl pacs echo --aet TITRE --host HÔTE --port PORT [--calling TITRE] "
           "[--timeout S] | pacs find --aet TITRE --host HÔTE --port PORT [--calling TITRE] "
           "[--timeout S] [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]] "
           "[--modality MOD] [--accession NUMÉRO] [--limit N]"));
    return Usage;
}

} // namespace sijil::app
