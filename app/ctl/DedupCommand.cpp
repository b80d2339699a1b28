// sijilctl dedup: the possible duplicates already in the register, found by a scan and kept in
// the review queue.
#include "Commands.h"
#include "CtlContext.h"
#include "PatientText.h"
#include "Terminal.h"

#include <sijil/registry/PatientRegistry.h>
#include <sijil/storage/DuplicateQueue.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <optional>

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

struct ScanOptions {
    bool json = false;
    bool restart = false; // forget a scan under way and start from the first patient
    qint64 limit = -1;    // stop after that many patients, as Ctrl+C would (-1: no limit)
};

// Progress on stderr, every few seconds and at each tenth: done/total, rate and time left. A
// register of millions takes hours; the administrator sees it moving and when it will end.
class ScanProgress {
public:
    ScanProgress(qint64 done, qint64 total)
        : m_terminal(Terminal::stderrIsTerminal())
        , m_startDone(done)
        , m_total(std::max<qint64>(total, 1)) {
        m_clock.start();
    }
    ~ScanProgress() {
        if (m_terminal && m_shown)
            QTextStream(stderr) << '\n' << Qt::flush;
    }
    ScanProgress(const ScanProgress&) = delete;
    ScanProgress& operator=(const ScanProgress&) = delete;

    void show(qint64 done) {
        const qint64 tenth = std::min<qint64>(done * 10 / m_total, 10);
        const qint64 now = m_clock.elapsed();
        if (tenth == m_lastTenth && now - m_lastShownMs < 2000)
            return;
        m_lastTenth = tenth;
        m_lastShownMs = now;
        m_shown = true;
        const double seconds = std::max<qint64>(now, 1) / 1000.0;
        const double rate = double(done - m_startDone) / seconds;
        const qint64 left =
            rate > 0 ? qint64(double(std::max<qint64>(m_total - done, 0)) / rate) : 0;
        const QString line =
            Commands::tr("Recherche des doublons : %1/%2 patient(s) (%3 %), %4 patient(s)/s, "
                         "fin dans %5")
                .arg(done)
                .arg(m_total)
                .arg(std::min<qint64>(done * 100 / m_total, 100))
                .arg(qRound(rate))
                .arg(QStringLiteral("%1:%2:%3")
                         .arg(left / 3600)
                         .arg(left / 60 % 60, 2, 10, QLatin1Char('0'))
                         .arg(left % 60, 2, 10, QLatin1Char('0')));
        QTextStream err(stderr);
        if (m_terminal)
            err << '\r' << line << "\x1b[K" << Qt::flush;
        else
            err << line << '\n' << Qt::flush;
    }

private:
    bool m_terminal;
    bool m_shown = false;
    qint64 m_startDone;
    qint64 m_total;
    qint64 m_lastTenth = -1;
    qint64 m_lastShownMs = 0;
    QElapsedTimer m_clock;
};

// Every patient against the others, in id order; the pairs found go to the review queue, and
// those still open (not already decided) are printed. Each patient's candidates are read through
// its small blocks only (PatientRegistry::scanDuplicates), so a register of millions is scanned
// at a cost per patient that does not grow with it. Where the scan stands is kept in the
// store, so that a scan stopped (Ctrl+C, --limit, a crash) goes on from there when run again.
int dedupScan(CtlContext& ctx, registry::PatientRegistry& reg, const ScanOptions& options) {
    auto db = ctx.database();
    if (!db) {
        CtlContext::printError(db.error());
        return Commands::Failed;
    }
    storage::DuplicateQueue queue(**db);
    if (options.restart) {
        if (auto s = queue.clearScanCursor(); !s) {
            CtlContext::printError(s.error());
            return Commands::Failed;
        }
    }
    auto kept = queue.scanCursor();
    if (!kept) {
        CtlContext::printError(kept.error());
        return Commands::Failed;
    }
    storage::DuplicateQueue::ScanCursor cursor{{}, 0, QDateTime::currentDateTimeUtc()};
    if (*kept) {
        cursor = **kept;
        CtlContext::printError(
            Commands::tr("reprise de la recherche commencée le %1 : %2 patient(s) déjà "
                         "comparé(s) (--restart pour tout recommencer).")
                .arg(cursor.startedAtUtc.toLocalTime().toString(Qt::ISODate))
                .arg(cursor.done));
    }
    // Patients up to here were compared by an earlier run of this scan, with every patient
    // after them: their pairs are in the queue and were printed then.
    const QString resumedAfter = cursor.afterId;
    const auto save = [&queue, &cursor] {
        const auto s = queue.saveScanCursor(cursor);
        if (!s)
            CtlContext::printError(s.error());
        return bool(s);
    };
    if (!save())
        return Commands::Failed;
    const auto total = reg.indexedPatients();
    if (!total) {
        CtlContext::printError(total.error());
        return Commands::Failed;
    }
    const Terminal::InterruptCatcher interrupt;
    std::optional<ScanProgress> progress(std::in_place, cursor.done, *total);

    QTextStream out(stdout);
    QSet<QString> reported;
    QJsonArray pairs;
    int unreadable = 0;
    qint64 scanned = 0; // by this run
    bool stopped = false;
    while (!stopped) {
        // Pages of a thousand patients: a facility's register never sits in memory at once.
        auto page = reg.patientIds(cursor.afterId, 1000);
        if (!page) {
            CtlContext::printError(page.error());
            return Commands::Failed;
        }
        if (page->isEmpty())
            break;
        for (const QString& id : *page) {
            if (Terminal::InterruptCatcher::interrupted() ||
                (options.limit >= 0 && scanned >= options.limit)) {
                stopped = true;
                break;
            }
            const auto record = reg.get(id);
            if (!record) {
                // Store damage is said, patient by patient, and the scan goes on: the rest of
                // the register is still compared, and the exit status says it was not whole.
                CtlContext::printError(
                    Commands::tr("dossier %1 non comparé : %2 (%3)")
                        .arg(id, record.error().userMessage(), record.error().detail()));
                ++unreadable;
            } else if (*record) { // else deleted since the page was read
                const auto candidates = reg.scanDuplicates(**record);
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
                    // A year-only candidate may meet a full date from the full date's side
                    // only (MatchScorer::scanKeys): the run that was stopped need not have
                    // found the pair, so it is printed (again, at worst) rather than never.
                    const bool metFromHereOnly =
                        (*record)->birthDate.precision() == core::PartialDate::Precision::Day &&
                        c.record.birthDate.isValid() &&
                        c.record.birthDate.precision() != core::PartialDate::Precision::Day;
                    if (!resumedAfter.isEmpty() && c.record.id <= resumedAfter && !metFromHereOnly)
                        continue; // compared, queued and printed by the run that was stopped
                    const QString key =
                        id < c.record.id ? id + u'|' + c.record.id : c.record.id + u'|' + id;
                    if (reported.contains(key))
                        continue;
                    reported.insert(key);
                    if (!audited(ctx, reg, "search", {id, c.record.id},
                                 QStringLiteral("sijilctl dedup scan")))
                        return Commands::Failed;
                    const bool sure = c.match.cls == registry::MatchClass::Match;
                    if (options.json)
                        pairs.append(pairJson(**record, c.record, c.match.weight, sure));
                    else
                        printPair(out, **record, c.record, c.match.weight, sure);
                }
            }
            cursor.afterId = id;
            ++cursor.done;
            ++scanned;
            // A crash loses at most these patients' work, done again (the queue keeps each
            // pair once).
            if (scanned % 500 == 0 && !save())
                return Commands::Failed;
            progress->show(cursor.done);
        }
    }
    progress.reset(); // ends the line rewritten in place before anything else is printed
    if (stopped) {
        if (!save())
            return Commands::Failed;
    } else if (auto s = queue.clearScanCursor(); !s) {
        CtlContext::printError(s.error());
        return Commands::Failed;
    }
    if (options.json)
        out << QJsonDocument(pairs).toJson(QJsonDocument::Compact) << '\n';
    else
        out << Commands::tr("%n paire(s) à examiner.", nullptr, int(reported.size())) << '\n';
    out.flush();
    if (stopped)
        CtlContext::printError(
            Commands::tr("recherche arrêtée après %1 patient(s) sur %2 : relancez « sijilctl "
                         "dedup scan » pour la poursuivre.")
                .arg(cursor.done)
                .arg(*total));
    if (unreadable > 0) {
        CtlContext::printError(Commands::tr("%n dossier(s) illisible(s) non comparé(s) : la "
                                            "base locale est endommagée.",
                                            nullptr, unreadable));
        return Commands::Failed;
    }
    if (Terminal::InterruptCatcher::interrupted())
        return Commands::Interrupted;
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
    ScanOptions options;
    options.json = rest.removeAll(QStringLiteral("--json")) > 0;
    const bool scan = !rest.isEmpty() && rest.first() == u"scan";
    if (scan) {
        options.restart = rest.removeAll(QStringLiteral("--restart")) > 0;
        if (const qsizetype at = rest.indexOf(QStringLiteral("--limit")); at > 0) {
            bool number = false;
            options.limit = rest.value(at + 1).toLongLong(&number);
            if (!number || options.limit < 0)
                options.limit = -2; // refused below
            rest.remove(at, std::min<qsizetype>(2, rest.size() - at));
        }
    }
    if ((rest != QStringList{QStringLiteral("scan")} &&
         rest != QStringList{QStringLiteral("list")}) ||
        options.limit == -2) {
        CtlContext::printError(
            tr("usage : sijilctl dedup scan [--json] [--restart] [--limit N] | dedup list "
               "[--json]"));
        return Usage;
    }
    ctx.setExistingOnly(true);
    auto reg = ctx.registry();
    if (!reg) {
        CtlContext::printError(reg.error());
        return Failed;
    }
    return scan ? dedupScan(ctx, **reg, options) : dedupList(ctx, **reg, options.json);
}

} // namespace sijil::app
