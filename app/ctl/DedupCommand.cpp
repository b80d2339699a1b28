// sijilctl dedup: the possible duplicates already in the register, found by a scan and kept in
// the review queue.
#include "Commands.h"
#include "CtlContext.h"
#include "PatientText.h"

#include <sijil/registry/PatientRegistry.h>
#include <sijil/storage/DuplicateQueue.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

namespace sijil::app {

using registry::PatientRecord;

namespace {

QJsonObject pairJson(const PatientRecord& a, const PatientRecord& b, double weight, bool sure) {
    return QJsonObject{
        {QStringLiteral("a"), a.ipp},
        {QStringLiteral("b"), b.ipp},
        {QStringLiteral("a_id"), a.id},
        {QStringLiteral("b_id"), b.id},
        {QStringLiteral("score"), weight},
        {QStringLiteral("class"), sure ? QStringLiteral("match") : QStringLiteral("possible")}};
}

void printPair(QTextStream& out, const PatientRecord& a, const PatientRecord& b, double weight,
               bool sure) {
    out << (sure ? Commands::tr("doublon") : Commands::tr("doublon possible")) << "  "
        << QString::number(weight, 'f', 1) << "  " << a.ipp << ' ' << nameOf(a) << "  <->  "
        << b.ipp << ' ' << nameOf(b) << '\n';
}

// Every patient against the others; the pairs found go to the review queue, and those still
// open (not already decided) are printed.
int dedupScan(const CtlContext& ctx, registry::PatientRegistry& reg, bool json) {
    QTextStream out(stdout);
    QSet<QString> reported;
    QJsonArray pairs;
    QString after;
    int unreadable = 0;
    for (;;) {
        // Pages of a thousand patients: a facility's register never sits in memory at once.
        auto page = reg.patientIds(after, 1000);
        if (!page) {
            CtlContext::printError(page.error());
            return Commands::Failed;
        }
        if (page->isEmpty())
            break;
        after = page->last();
        for (const QString& id : *page) {
            const auto record = reg.get(id);
            if (!record) {
                // Store damage is said, patient by patient, and the scan goes on: the rest of
                // the register is still compared, and the exit status says it was not whole.
                CtlContext::printError(
                    Commands::tr("dossier %1 non comparé : %2 (%3)")
                        .arg(id, record.error().userMessage(), record.error().detail()));
                ++unreadable;
                continue;
            }
            if (!*record)
                continue; // deleted since the page was read
            const auto candidates = reg.possibleDuplicates(**record);
            if (!candidates) {
                CtlContext::printError(candidates.error());
                return Commands::Failed;
            }
            const auto queued = reg.queueDuplicates(**record, *candidates);
            if (!queued) {
                CtlContext::printError(queued.error());
                return Commands::Failed;
            }
            for (qsizetype i = 0; i < candidates->size(); ++i) {
                const auto& c = (*candidates)[i];
                if ((*queued)[i] != storage::DuplicateStatus::Open)
                    continue; // decided by a person already
                const QString key =
                    id < c.record.id ? id + u'|' + c.record.id : c.record.id + u'|' + id;
                if (reported.contains(key))
                    continue;
                reported.insert(key);
                if (!audited(ctx, reg, "search", {id, c.record.id},
                             QStringLiteral("sijilctl dedup scan")))
                    return Commands::Failed;
                const bool sure = c.match.cls == registry::MatchClass::Match;
                if (json)
                    pairs.append(pairJson(**record, c.record, c.match.weight, sure));
                else
                    printPair(out, **record, c.record, c.match.weight, sure);
            }
        }
    }
    if (json)
        out << QJsonDocument(pairs).toJson(QJsonDocument::Compact) << '\n';
    else
        out << Commands::tr("%n paire(s) à examiner.", nullptr, int(reported.size())) << '\n';
    out.flush();
    if (unreadable > 0) {
        CtlContext::printError(Commands::tr("%n dossier(s) illisible(s) non comparé(s) : la "
                                            "base locale est endommagée.",
                                            nullptr, unreadable));
        return Commands::Failed;
    }
    return Commands::Ok;
}

// The open pairs of the review queue, strongest first.
int dedupList(const CtlContext& ctx, registry::PatientRegistry& reg, bool json) {
    QTextStream out(stdout);
    QJsonArray pairs;
    int shown = 0;
    for (int offset = 0; offset >= 0;) {
        auto page = reg.duplicateReviews(storage::DuplicateStatus::Open, offset, 500);
        if (!page) {
            CtlContext::printError(page.error());
            return Commands::Failed;
        }
        for (const registry::DuplicateReview& r : page->reviews) {
            if (!audited(ctx, reg, "search", {r.first.record.id, r.second.record.id},
                         QStringLiteral("sijilctl dedup list")))
                return Commands::Failed;
            const bool sure = r.cls == registry::MatchClass::Match;
            if (json)
                pairs.append(pairJson(r.first.record, r.second.record, r.weight, sure));
            else
                printPair(out, r.first.record, r.second.record, r.weight, sure);
            ++shown;
        }
        offset = page->nextOffset;
    }
    if (json)
        out << QJsonDocument(pairs).toJson(QJsonDocument::Compact) << '\n';
    else
        out << Commands::tr("%n paire(s) à examiner.", nullptr, shown) << '\n';
    return Commands::Ok;
}

} // namespace

int Commands::dedup(CtlContext& ctx, const QStringList& args) {
    QStringList rest = args;
    const bool json = rest.removeAll(QStringLiteral("--json")) > 0;
    if (rest != QStringList{QStringLiteral("scan")} &&
        rest != QStringList{QStringLiteral("list")}) {
        CtlContext::printError(tr("usage : sijilctl dedup scan|list [--json]"));
        return Usage;
    }
    ctx.setExistingOnly(true);
    auto reg = ctx.registry();
    if (!reg) {
        CtlContext::printError(reg.error());
        return Failed;
    }
    return rest.first() == u"scan" ? dedupScan(ctx, **reg, json) : dedupList(ctx, **reg, json);
}

} // namespace sijil::app
