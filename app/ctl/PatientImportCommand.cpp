#include "PatientImportCommand.h"

#include "Commands.h"
#include "CtlContext.h"
#include "Terminal.h"

#include <sijil/registry/PatientImport.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/storage/ImportJournal.h>

#include <QHash>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <optional>

namespace sijil::app {

namespace {

// Progress of an import on stderr: one line rewritten in place on a terminal, else (a log, a
// pipe) one line each time another tenth is done.
class ImportProgress {
public:
    ImportProgress()
        : m_terminal(Terminal::stderrIsTerminal()) {}
    ~ImportProgress() {
        if (m_terminal && m_shown)
            QTextStream(stderr) << '\n' << Qt::flush;
    }
    ImportProgress(const ImportProgress&) = delete;
    ImportProgress& operator=(const ImportProgress&) = delete;

    void show(int done, int total) {
        showLine(Commands::tr("Import : %1/%2 patient(s) écrit(s) (%3 %)"), done, total, 0);
    }
    // Before anything is written: the records compared with the register.
    void showChecked(int done, int total) {
        showLine(Commands::tr("Recherche des patients déjà enregistrés : %1/%2 (%3 %)"), done,
                 total, 1);
    }

private:
    void showLine(const QString& text, int done, int total, int phase) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
        if (!m_terminal && phase == m_phase && percent / 10 == m_lastTenth)
            return;
        m_phase = phase;
        m_lastTenth = percent / 10;
        m_shown = true;
        const QString line = text.arg(done).arg(total).arg(percent);
        QTextStream err(stderr);
        if (m_terminal)
            err << '\r' << line << "\x1b[K" << Qt::flush; // the rest of a longer line erased
        else
            err << line << '\n' << Qt::flush;
    }

    bool m_terminal;
    bool m_shown = false;
    int m_phase = 0;
    int m_lastTenth = 0;
};

// Records read at a time from a CSV register, each chunk checked and written before the next
// is read: a national register is never held whole. A test may ask for smaller chunks.
int chunkRecords() {
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue("SIJIL_IMPORT_CHUNK_RECORDS", &ok);
    return ok && asked > 0 ? asked : 10000;
}

// The refusals of one chunk, in the file's order: rows the reader could not read and records the
// registry refused. Returns how many.
int printRefusals(const registry::ImportFile& chunk,
                  const registry::PatientRegistry::ImportReport& report) {
    QList<QPair<int, core::Error>> refused = chunk.refused;
    QHash<int, int> firstSeenAt; // line of a row repeated in the file → line of its first
    for (const auto& [index, error] : report.rejected) {
        const int line = chunk.lines.value(index);
        refused << qMakePair(line, error);
        if (const auto earlier = report.repeats.constFind(index); earlier != report.repeats.cend())
            firstSeenAt.insert(line, chunk.lines.value(*earlier));
        else if (const auto row = report.repeatsOfEarlierRows.constFind(index);
                 row != report.repeatsOfEarlierRows.cend())
            firstSeenAt.insert(line, *row); // in an earlier chunk
    }
    std::stable_sort(refused.begin(), refused.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [line, error] : refused) {
        if (error.field().isEmpty()) { // the record as a whole (a patient already registered)
            QString message = error.userMessage();
            // The registry knows records, not lines: where the first one stands is said here.
            if (const auto first = firstSeenAt.constFind(line); first != firstSeenAt.cend())
                message = (chunk.entries ? Commands::tr("%1 Première occurrence : entrée %2.")
                                         : Commands::tr("%1 Première occurrence : ligne %2."))
                              .arg(message)
                              .arg(*first);
            CtlContext::printError(
                (chunk.entries ? Commands::tr("entrée %1 : %2") : Commands::tr("ligne %1 : %2"))
                    .arg(line)
                    .arg(message));
            continue;
        }
        CtlContext::printError((chunk.entries ? Commands::tr("entrée %1 (%2) : %3")
                                              : Commands::tr("ligne %1 (%2) : %3"))
                                   .arg(line)
                                   .arg(chunk.entries
                                            ? error.field()
                                            : registry::PatientImport::csvColumnOf(error.field()),
                                        error.userMessage()));
    }
    return int(refused.size());
}

// What the checks warned of in records written all the same, by line: said, not refused.
void printWarnings(const registry::ImportFile& chunk,
                   const registry::PatientRegistry::ImportReport& report) {
    QTextStream out(stdout);
    for (const auto& [index, warning] : report.warnings) {
        const QString field =
            chunk.entries ? warning.field() : registry::PatientImport::csvColumnOf(warning.field());
        out << (chunk.entries ? Commands::tr("entrée %1 (%2) : avertissement : %3")
                              : Commands::tr("ligne %1 (%2) : avertissement : %3"))
                   .arg(chunk.lines.value(index))
                   .arg(field, warning.userMessage())
            << '\n';
    }
}

// Stopped while comparing with the register, before anything was written.
int interruptedBeforeWriting(std::optional<ImportProgress>& progress) {
    progress.reset();
    CtlContext::printError(
        Commands::tr("import interrompu (Ctrl+C) avant toute écriture : rien n'a été importé."));
    return Commands::Interrupted;
}

} // namespace

int importRegister(CtlContext& ctx, registry::PatientRegistry& reg, const QStringList& args) {
    QStringList files = args;
    // A register migrated with its duplicates keeps them, for review afterwards.
    const bool keep = files.removeAll(QStringLiteral("--keep-duplicates")) > 0;
    if (files.size() != 1 || files[0].startsWith(u"--")) {
        CtlContext::printError(Commands::tr(
            "usage : sijilctl patient import FICHIER.csv|FICHIER.json [--keep-duplicates]"));
        return Commands::Usage;
    }
    const QString& file = files[0];
    // A bundle is read whole (one JSON document, its size bounded); a CSV file a chunk at a time.
    const bool isBundle = file.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    std::unique_ptr<registry::CsvImportReader> csv;
    std::optional<registry::ImportFile> bundle;
    if (isBundle) {
        auto read = registry::PatientImport::readBundle(file);
        if (!read) {
            CtlContext::printError(read.error());
            return Commands::Failed;
        }
        bundle = std::move(read.value());
    } else {
        auto opened = registry::CsvImportReader::open(file);
        if (!opened) {
            CtlContext::printError(opened.error());
            return Commands::Failed;
        }
        csv = std::move(opened.value());
    }
    auto db = ctx.database();
    if (!db) {
        CtlContext::printError(db.error());
        return Commands::Failed;
    }
    storage::ImportJournal journal(**db);
    const int chunkSize = chunkRecords();
    // A file read in several chunks is numbered as it goes: whether the site's blocks hold enough
    // IPPs for it is asked before the first chunk, counting every row that brings none, except
    // those an earlier run on the same file wrote (an import stopped, run again: they are left
    // out).
    if (csv && csv->rows() > chunkSize) {
        auto written = journal.writtenRows(csv->source());
        if (!written) {
            CtlContext::printError(written.error());
            return Commands::Failed;
        }
        const auto done = std::count_if(written->cbegin(), written->cend(),
                                        [&](int row) { return csv->withoutIpp(row); });
        if (auto s = reg.ippsCover(csv->rowsWithoutIpp() - done); !s) {
            CtlContext::printError(s.error());
            return Commands::Failed;
        }
    }
    const Terminal::InterruptCatcher interrupt;
    std::optional<ImportProgress> progress;
    progress.emplace();
    registry::PatientRegistry::ImportOptions options(
        keep ? registry::PatientRegistry::KnownPatients::Queue
             : registry::PatientRegistry::KnownPatients::Refuse);
    // Rows imported by an earlier run on the same file (one stopped by a crash) are not
    // imported again.
    options.journal = &journal;
    options.source = csv ? csv->source() : bundle->source;
    int imported = 0;
    int refusedCount = 0;
    int possibleDuplicates = 0;
    int rowsRead = 0;
    int checkedBefore = 0; // records of the earlier chunks compared with the register
    int lastLine = 0;      // of the last record written
    bool entries = bundle.has_value();
    std::optional<core::Error> stoppedBy;
    bool cancelled = false;
    QMap<QString, int> ignored; // a bundle's entries of other resource types

    for (bool first = true; !stoppedBy && !cancelled; first = false) {
        registry::ImportFile chunk;
        if (bundle) {
            if (!first)
                break;
            chunk = std::move(*bundle);
        } else {
            if (csv->atEnd())
                break;
            auto read = csv->next(chunkSize);
            if (!read) {
                if (imported == 0) {
                    progress.reset();
                    CtlContext::printError(read.error());
                    return Commands::Failed;
                }
                stoppedBy = read.error();
                break;
            }
            chunk = std::move(read.value());
        }
        entries = chunk.entries;
        rowsRead += int(chunk.records.size() + chunk.refused.size());
        // Rows not read yet count in the totals shown, so that they grow no more than the file.
        const int ahead = csv ? std::max(0, csv->rows() - rowsRead) : 0;
        options.rows = chunk.lines;
        int checkedTotal = 0;
        options.checking = [&](int done, int total) {
            checkedTotal = total;
            progress->showChecked(checkedBefore + done, checkedBefore + total + ahead);
            return !Terminal::InterruptCatcher::interrupted();
        };
        const int writtenBefore = imported;
        const auto report = reg.importPatients(
            chunk.records, ctx.session(), 500,
            [&](int done, int total) {
                progress->show(writtenBefore + done, writtenBefore + total + ahead);
                return !Terminal::InterruptCatcher::interrupted();
            },
            options);
        checkedBefore += checkedTotal;
        if (report && report->cancelled && imported + report->imported == 0)
            return interruptedBeforeWriting(progress);
        if (!report) {
            if (imported == 0) {
                progress.reset();
                CtlContext::printError(report.error());
                return Commands::Failed;
            }
            stoppedBy = report.error();
            break;
        }
        progress.reset(); // ends the line rewritten in place before anything else is printed
        refusedCount += printRefusals(chunk, *report);
        printWarnings(chunk, *report);
        for (auto it = chunk.ignored.cbegin(); it != chunk.ignored.cend(); ++it)
            ignored[it.key()] += it.value();
        progress.emplace();
        imported += report->imported;
        possibleDuplicates += report->possibleDuplicates;
        if (!report->importedIndexes.isEmpty())
            lastLine = chunk.lines.value(report->importedIndexes.last());
        stoppedBy = report->stoppedBy;
        cancelled = report->cancelled;
    }
    progress.reset();
    QTextStream(stdout)
        << Commands::tr("%1 patient(s) importé(s), %2 refusé(s).").arg(imported).arg(refusedCount)
        << '\n';
    if (!ignored.isEmpty()) {
        QStringList types;
        int count = 0;
        for (auto it = ignored.cbegin(); it != ignored.cend(); ++it) {
            types << QStringLiteral("%1 × %2").arg(it.key()).arg(it.value());
            count += it.value();
        }
        QTextStream(stdout) << Commands::tr("%1 entrée(s) ni Patient ni Coverage, non importée(s) "
                                            ": %2.")
                                   .arg(count)
                                   .arg(types.join(QStringLiteral(", ")))
                            << '\n';
    }
    // Said where the administrator looks.
    if (possibleDuplicates > 0)
        QTextStream(stdout) << Commands::tr("%n doublon(s) possible(s) mis en file d'examen : "
                                            "voyez « sijilctl dedup list ».",
                                            nullptr, possibleDuplicates)
                            << '\n';
    if (stoppedBy) {
        CtlContext::printError(
            (entries
                 ? Commands::tr("import arrêté : %1 patient(s) écrit(s), jusqu'à l'entrée %2 ; la "
                                "suite du fichier n'a pas été importée. Cause : %3")
                 : Commands::tr("import arrêté : %1 patient(s) écrit(s), jusqu'à la ligne %2 ; la "
                                "suite du fichier n'a pas été importée. Cause : %3"))
                .arg(imported)
                .arg(lastLine)
                .arg(stoppedBy->userMessage()));
        return Commands::Failed;
    }
    if (cancelled) {
        CtlContext::printError(
            Commands::tr("import interrompu (Ctrl+C) : les %1 patient(s) écrit(s) sont gardés, "
                         "les suivants n'ont pas été importés.")
                .arg(imported));
        return Commands::Interrupted;
    }
    return refusedCount == 0 ? Commands::Ok : Commands::Failed;
}

} // namespace sijil::app
