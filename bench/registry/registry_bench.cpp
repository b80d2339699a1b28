// The registry benchmark: search latency through Sijil's own code path against the same index
// queries on the raw SQLite C API, in the same run on the same database file; and the time to
// bulk-load the patients through the registry's import.
//
//   registry_bench --patients N --queries Q --dir DIR [--reuse] [--json FILE] [--dedup D]
//
// 1. Unless --reuse finds a loaded store in DIR: N synthetic Moroccan patients (the test
//    population generator) imported through PatientRegistry::importPatients (validation, IPP
//    blocks, FHIR mapping, search index, outbox), timed. Its duplicates are kept and queued for
//    review, as for a register migrated with its duplicates.
// 2. Q queries as desks type them, a third each: an IPP, "family given year", a phone number.
//    Each query runs through PatientRegistry::search (parse, normalise, index, read and decode
//    the candidates, rank) and, interleaved, as the bare SQL Sijil issues for it (term lookup,
//    FTS5 match, reading each candidate's JSON) through sqlite3_* with statements prepared once.
// 3. With --dedup D: the duplicate scan's work for D patients, as it was and as it is
//    (measureDedup).
// Prints p50/p95/p99 of both and their ratios as one JSON object.
#include "PopulationGenerator.h"

#include <sijil/access/User.h>
#include <sijil/registry/Ipp.h>
#include <sijil/registry/PatientIndexer.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/SearchQuery.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <numeric>
#include <sqlite3.h>

using namespace sijil;
using namespace sijil::registry;

namespace {

// The same work as SearchIndex and PatientRegistry::hit, with nothing between the C API and it.
class RawSqlite {
public:
    explicit RawSqlite(const QString& path) {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        prepare(&m_terms, "SELECT d.id FROM search_terms t JOIN search_docs d ON d.rowid = t.doc "
                          "WHERE t.term = ?1 AND d.type = 'Patient' LIMIT ?2");
        prepare(&m_match,
                "SELECT d.id FROM search_text s CROSS JOIN search_docs d ON d.rowid = s.rowid "
                "WHERE search_text MATCH ?1 AND d.type = 'Patient' LIMIT ?2");
        prepare(&m_read, "SELECT json FROM resources WHERE type = 'Patient' AND id = ?1");
        prepare(&m_docs, "SELECT doc FROM search_terms WHERE term = ?1");
        prepare(&m_probe,
                "SELECT count(*) FROM (SELECT 1 FROM search_terms WHERE term = ?1 LIMIT 256)");
        prepare(&m_has, "SELECT 1 FROM search_terms WHERE term = ?1 AND doc = ?2");
        prepare(&m_doc, "SELECT id FROM search_docs WHERE rowid = ?1 AND type = 'Patient'");
    }
    ~RawSqlite() {
        for (sqlite3_stmt* s : {m_terms, m_match, m_read, m_docs, m_doc, m_probe, m_has})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    // Returns the bytes of JSON read, so that nothing is optimised away.
    qint64 run(const PatientRegistry::SearchPlan& plan, int limit) {
        QList<QByteArray> ids;
        for (const QString& term : plan.terms)
            collect(m_terms, term.toUtf8(), limit, ids);
        QList<storage::TextGroup> groups = plan.text;
        if (ids.isEmpty() && !plan.fallback.isEmpty())
            groups << storage::TextGroup{plan.fallback, true};
        const qsizetype before = ids.size();
        if (!plan.names.isEmpty() || !plan.spellings.isEmpty()) {
            int variants = PatientRegistry::kCandidates;
            if (!plan.spellings.isEmpty()) {
                allOf(plan.spellings, limit, ids);
                if (ids.size() - before >= limit)
                    variants = 0;
                else if (ids.size() > before)
                    variants = PatientRegistry::kVariantCandidates;
            }
            if (variants > 0 && !plan.names.isEmpty())
                allOf(plan.names, variants, ids);
            else if (variants > 0)
                match(groups, variants, ids);
        } else if (!groups.isEmpty())
            match(groups, PatientRegistry::kCandidates, ids);
        if (ids.size() == before && !plan.relaxed.isEmpty())
            match(plan.relaxed, PatientRegistry::kCandidates, ids);
        qint64 bytes = 0;
        m_lastRead = ids.size();
        for (const QByteArray& id : ids) {
            sqlite3_bind_text(m_read, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(m_read) == SQLITE_ROW)
                bytes += sqlite3_column_bytes(m_read, 0);
            sqlite3_reset(m_read);
        }
        return bytes;
    }
    // How many records the last run read: what a name search's time follows.
    qsizetype lastRead() const { return m_lastRead; }

private:
    void match(const QList<storage::TextGroup>& groups, int limit, QList<QByteArray>& ids) {
        const QString expression = storage::SearchIndex::matchExpression(groups);
        if (!expression.isEmpty())
            collect(m_match, expression.toUtf8(), limit, ids);
    }
    // Documents holding every term, by SearchIndex::byAllTerms's plan: how common each term is,
    // counted up to a bound; the rarest term's documents, each checked for the others.
    void allOf(const QStringList& terms, int limit, QList<QByteArray>& ids) {
        QList<std::pair<int, QByteArray>> counted;
        for (const QString& term : terms) {
            const QByteArray key = term.toUtf8();
            sqlite3_bind_text(m_probe, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
            const int n = sqlite3_step(m_probe) == SQLITE_ROW ? sqlite3_column_int(m_probe, 0) : 0;
            sqlite3_reset(m_probe);
            if (n == 0)
                return;
            counted.append({n, key});
        }
        std::stable_sort(counted.begin(), counted.end(),
                         [](const auto& x, const auto& y) { return x.first < y.first; });
        const QByteArray& lead = counted.first().second;
        sqlite3_bind_text(m_docs, 1, lead.constData(), int(lead.size()), SQLITE_TRANSIENT);
        int taken = 0;
        while (taken < limit && sqlite3_step(m_docs) == SQLITE_ROW) {
            const qint64 doc = sqlite3_column_int64(m_docs, 0);
            bool all = true;
            for (qsizetype i = 1; all && i < counted.size(); ++i) {
                const QByteArray& key = counted[i].second;
                sqlite3_bind_text(m_has, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(m_has, 2, doc);
                all = sqlite3_step(m_has) == SQLITE_ROW;
                sqlite3_reset(m_has);
            }
            if (!all)
                continue;
            sqlite3_bind_int64(m_doc, 1, doc);
            if (sqlite3_step(m_doc) == SQLITE_ROW) {
                const QByteArray id(reinterpret_cast<const char*>(sqlite3_column_text(m_doc, 0)),
                                    sqlite3_column_bytes(m_doc, 0));
                if (!ids.contains(id))
                    ids << id;
                ++taken;
            }
            sqlite3_reset(m_doc);
        }
        sqlite3_reset(m_docs);
    }
    void prepare(sqlite3_stmt** s, const char* sql) {
        if (sqlite3_prepare_v2(m_db, sql, -1, s, nullptr) != SQLITE_OK)
            qFatal("raw sqlite: %s", sqlite3_errmsg(m_db));
    }
    void collect(sqlite3_stmt* s, const QByteArray& key, int limit, QList<QByteArray>& ids) {
        sqlite3_bind_text(s, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(s, 2, limit);
        while (sqlite3_step(s) == SQLITE_ROW) {
            const QByteArray id(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)),
                                sqlite3_column_bytes(s, 0));
            if (!ids.contains(id))
                ids << id;
        }
        sqlite3_reset(s);
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_terms = nullptr;
    sqlite3_stmt* m_match = nullptr;
    sqlite3_stmt* m_read = nullptr;
    sqlite3_stmt* m_docs = nullptr;
    sqlite3_stmt* m_doc = nullptr;
    sqlite3_stmt* m_probe = nullptr;
    sqlite3_stmt* m_has = nullptr;
    qsizetype m_lastRead = 0;
};

double percentile(QList<double> v, double p) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))];
}

// The duplicate scan's work per patient (issue 4: sijilctl dedup scan over 10 M), on `count`
// patients drawn at random: the path the scan took before (possibleDuplicates: every posting of
// every key grouped, up to 200 candidates read) against scanDuplicates (only blocks under its
// caps read, whole; the larger left to the narrow keys), alternating which goes
// first. Also how many of the pairs the first finds the second finds too, and the recall of each
// on a copy of each patient corrupted as desks do.
void measureDedup(const PatientRegistry& registry, const storage::SearchIndex& index, int count,
                  QJsonObject& result) {
    QRandomGenerator rng(11);
    QList<PatientRecord> sample;
    while (sample.size() < count) {
        const QString from = QStringLiteral("%1").arg(rng.generate(), 8, 16, QChar(u'0'));
        const auto page = index.ids(QStringLiteral("Patient"), from, 1);
        if (page && !page->isEmpty())
            sample << registry.get(page->first()).value().value();
    }
    const auto byOld = [&registry](const PatientRecord& r) {
        return registry.possibleDuplicates(r).value();
    };
    const auto byNew = [&registry](const PatientRecord& r) {
        return registry.scanDuplicates(r).value();
    };
    // Both paths over the same pages first, so that neither pays for a cold cache alone.
    for (const PatientRecord& r : sample.mid(0, 200)) {
        (void)byOld(r);
        (void)byNew(r);
    }
    QList<double> oldMs, newMs;
    qint64 oldPairs = 0, newPairs = 0, kept = 0, oldFound = 0, newFound = 0;
    testing::PopulationGenerator corrupt(13);
    QElapsedTimer t;
    // One path on one patient: its time, and the ids of the patients it found.
    const auto timed = [&t](const auto& find, const PatientRecord& r, QList<double>& ms) {
        t.start();
        const QList<PatientHit> hits = find(r);
        ms << double(t.nsecsElapsed()) / 1e6;
        QSet<QString> ids;
        for (const PatientHit& h : hits)
            ids.insert(h.record.id);
        return ids;
    };
    for (int i = 0; i < sample.size(); ++i) {
        QSet<QString> oldIds, newIds;
        if (i % 2) {
            oldIds = timed(byOld, sample[i], oldMs);
            newIds = timed(byNew, sample[i], newMs);
        } else {
            newIds = timed(byNew, sample[i], newMs);
            oldIds = timed(byOld, sample[i], oldMs);
        }
        oldPairs += oldIds.size();
        newPairs += newIds.size();
        kept += (oldIds & newIds).size();
        // Recall at this size: the patient typed again the way desks do (the generator's
        // duplicate, not written: the keys are shared both ways, so scanning the copy finds
        // the patient when scanning the patient would find the copy).
        const PatientRecord& s = sample[i];
        const PatientRecord copy = testing::PopulationGenerator::record(corrupt.duplicateOf(
            {s.name, s.birthDate, s.sex, s.documentNumber, s.phone, s.birthCity}));
        const auto holds = [&s](const QList<PatientHit>& hits) {
            return std::any_of(hits.begin(), hits.end(),
                               [&s](const PatientHit& h) { return h.record.id == s.id; });
        };
        oldFound += holds(byOld(copy));
        newFound += holds(byNew(copy));
    }
    const auto mean = [](const QList<double>& v) {
        return v.isEmpty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    };
    result.insert(QStringLiteral("dedup_patients"), int(sample.size()));
    result.insert(QStringLiteral("dedup_old_mean_ms"), mean(oldMs));
    result.insert(QStringLiteral("dedup_new_mean_ms"), mean(newMs));
    for (const double p : {0.5, 0.99}) {
        const QString pct = QStringLiteral("p%1").arg(int(p * 100));
        result.insert(QStringLiteral("dedup_old_%1_ms").arg(pct), percentile(oldMs, p));
        result.insert(QStringLiteral("dedup_new_%1_ms").arg(pct), percentile(newMs, p));
    }
    result.insert(QStringLiteral("dedup_old_pairs"), oldPairs);
    result.insert(QStringLiteral("dedup_new_pairs"), newPairs);
    result.insert(QStringLiteral("dedup_old_recall"), double(oldFound) / double(count));
    result.insert(QStringLiteral("dedup_new_recall"), double(newFound) / double(count));
    result.insert(QStringLiteral("dedup_new_keeps_old"),
                  oldPairs ? double(kept) / double(oldPairs) : 1.0);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption patientsOpt(QStringLiteral("patients"), {}, QStringLiteral("N"),
                                         QStringLiteral("1000000"));
    const QCommandLineOption queriesOpt(QStringLiteral("queries"), {}, QStringLiteral("Q"),
                                        QStringLiteral("3000"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), {}, QStringLiteral("DIR"));
    const QCommandLineOption reuseOpt(QStringLiteral("reuse"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), {}, QStringLiteral("FILE"));
    const QCommandLineOption dedupOpt(QStringLiteral("dedup"), {}, QStringLiteral("N"),
                                      QStringLiteral("0"));
    parser.addOptions({patientsOpt, queriesOpt, dirOpt, reuseOpt, jsonOpt, dedupOpt});
    parser.process(app);
    const int patients = parser.value(patientsOpt).toInt();
    const int queries = parser.value(queriesOpt).toInt();
    const QString dir = parser.value(dirOpt);
    if (dir.isEmpty() || patients <= 0)
        qFatal("usage: registry_bench --patients N --queries Q --dir DIR [--reuse] [--json F] "
               "[--dedup D]");
    QDir().mkpath(dir);
    const QString dbPath = QDir(dir).filePath(QStringLiteral("sijil.db"));
    if (!parser.isSet(reuseOpt)) {
        for (const QString& f :
             {dbPath, dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm")})
            QFile::remove(f);
    }

    auto db = std::move(storage::Database::open(dbPath)).value();
    storage::ResourceStore store(*db);
    store.setIndexer(std::make_shared<PatientIndexer>());
    storage::SearchIndex index(*db);
    storage::IdentifierBlocks blocks(*db);
    storage::AuditTrail audit(*db, QByteArray(32, 'b'),
                              QDir(dir).filePath(QStringLiteral("audit.head")));
    const ReferenceData reference = ReferenceData::load({}).value();
    PatientRegistry registry({store, index, blocks, audit, reference});
    access::SessionInfo session;
    session.user.id = QStringLiteral("bench");
    session.facilityId = QStringLiteral("fac-bench");

    // A store kept from an older build is indexed again first, as the desk does at start-up.
    if (index.needsRebuild(QStringLiteral("Patient")).value()) {
        QElapsedTimer rebuild;
        rebuild.start();
        const auto report = index.rebuild(PatientIndexer());
        if (!report)
            qFatal("rebuild failed: %s", qPrintable(report.error().detail()));
        QTextStream(stderr) << "rebuilt the index of " << report->indexed << " resources in "
                            << double(rebuild.elapsed()) / 1000.0 << " s\n";
    }

    testing::PopulationGenerator generator(20261201);
    QJsonObject result{{QStringLiteral("patients"), patients}};
    const int held = index.count(QStringLiteral("Patient")).value();
    if (held < patients) {
        if (held == 0)
            (void)blocks.add(systems::kIpp, 1, Ipp::kMaxNumber);
        // Continuing a store loaded before: the people already in it are not drawn again.
        for (int i = 0; i < held; ++i)
            (void)generator.person();
        QElapsedTimer load;
        load.start();
        constexpr int kChunk = 20000;
        for (int done = held; done < patients; done += kChunk) {
            QList<PatientRecord> chunk;
            for (int i = 0; i < std::min(kChunk, patients - done); ++i)
                chunk << testing::PopulationGenerator::record(generator.person());
            const auto report = registry.importPatients(chunk, session, 1000, {},
                                                        PatientRegistry::KnownPatients::Queue);
            if (!report || !report->rejected.isEmpty() || report->stoppedBy)
                qFatal("import failed: %s",
                       !report             ? qPrintable(report.error().detail())
                       : report->stoppedBy ? qPrintable(report->stoppedBy->detail())
                                           : qPrintable(report->rejected.first().second.detail()));
        }
        const double seconds = double(load.elapsed()) / 1000.0;
        result.insert(QStringLiteral("loadSeconds"), seconds);
        result.insert(QStringLiteral("loadPerSecond"), double(patients - held) / seconds);
        QTextStream(stderr) << "loaded " << patients - held << " patients in " << seconds << " s\n";
    }
    // The write-ahead log holds what was not yet checkpointed into the file: both are the store.
    result.insert(QStringLiteral("dbBytes"),
                  QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size());

    // Queries about patients that exist: read back from the store, as the desk would type them.
    QRandomGenerator rng(7);
    QStringList texts;
    QStringList typing;
    QStringList wanted; // the patient each query is about
    QStringList typingWanted;
    QString after;
    QStringList sample;
    while (sample.size() < queries) {
        const QString from = QStringLiteral("%1").arg(rng.generate(), 8, 16, QChar(u'0'));
        const auto page = index.ids(QStringLiteral("Patient"), from, 1);
        if (page && !page->isEmpty())
            sample << page->first();
    }
    for (int i = 0; i < sample.size(); ++i) {
        const PatientRecord r = registry.get(sample[i]).value().value();
        using Script = core::PersonName::Script;
        const Script script = r.name.hasScript(Script::Latin) ? Script::Latin : Script::Arabic;
        switch (i % 3) {
        case 0:
            texts << r.ipp;
            wanted << r.id;
            break;
        case 1:
            texts << QStringLiteral("%1 %2 %3")
                         .arg(r.name.family(script), r.name.given(script))
                         .arg(r.birthDate.yearValue());
            typing << QStringLiteral("%1 %2").arg(r.name.family(script).left(3),
                                                  r.name.given(script).left(3));
            wanted << r.id;
            typingWanted << r.id;
            break;
        default:
            texts << (r.phone.isEmpty() ? r.ipp : QStringLiteral("0") + r.phone.mid(4));
            wanted << r.id;
        }
    }

    RawSqlite raw(dbPath);
    qint64 bytes = 0;
    // Runs `queries` through both paths, alternating which goes first, and records the
    // percentiles under `tag`, and how often the patient asked for is among the 20 shown.
    const auto measure = [&](const QStringList& asked, const QStringList& about,
                             const QString& tag) {
        QList<double> sijilMs, rawMs, read;
        qint64 found = 0;
        qint64 shown = 0;
        QElapsedTimer t;
        // Warm both paths over the same pages first, so neither pays for a cold cache.
        for (const QString& text : asked.mid(0, 200)) {
            (void)registry.search(text, 20);
            bytes += raw.run(PatientRegistry::planSearch(SearchQuery::parse(text)), 20);
        }
        for (int i = 0; i < asked.size(); ++i) {
            const auto plan = PatientRegistry::planSearch(SearchQuery::parse(asked[i]));
            const auto sijilRun = [&] {
                t.start();
                const auto hits = registry.search(asked[i], 20);
                sijilMs << double(t.nsecsElapsed()) / 1e6;
                found += hits ? hits->size() : 0;
                if (hits && std::any_of(hits->begin(), hits->end(), [&](const PatientHit& h) {
                        return h.record.id == about[i] || h.foundAs == about[i];
                    }))
                    ++shown;
                else if (i - shown < 5)
                    QTextStream(stderr) << tag << "not shown: \"" << asked[i] << "\" ("
                                        << (hits ? hits->size() : -1) << " hits)\n";
            };
            const auto rawRun = [&] {
                t.start();
                bytes += raw.run(plan, 20);
                rawMs << double(t.nsecsElapsed()) / 1e6;
                read << double(raw.lastRead());
            };
            if (i % 2) {
                sijilRun();
                rawRun();
            } else {
                rawRun();
                sijilRun();
            }
        }
        for (const double p : {0.5, 0.95, 0.99}) {
            const QString pct = QStringLiteral("p%1").arg(int(p * 100));
            const double s = percentile(sijilMs, p);
            const double r = percentile(rawMs, p);
            result.insert(tag + QStringLiteral("sijil_") + pct + QStringLiteral("_ms"), s);
            result.insert(tag + QStringLiteral("raw_") + pct + QStringLiteral("_ms"), r);
            result.insert(tag + QStringLiteral("ratio_") + pct, r > 0 ? s / r : 0);
            result.insert(tag + QStringLiteral("read_") + pct, percentile(read, p));
        }
        // The slowest queries, on stderr: where the tail comes from.
        QList<qsizetype> order(sijilMs.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](qsizetype a, qsizetype b) { return sijilMs[a] > sijilMs[b]; });
        for (qsizetype k = 0; k < std::min<qsizetype>(5, order.size()); ++k) {
            QTextStream(stderr) << tag << "slow: \"" << asked[order[k]] << "\" "
                                << sijilMs[order[k]] << " ms (raw " << rawMs[order[k]] << " ms, "
                                << read[order[k]] << " records read)\n";
        }
        result.insert(tag + QStringLiteral("queries"), int(asked.size()));
        result.insert(tag + QStringLiteral("hitsPerQuery"),
                      double(found) / double(std::max<qsizetype>(1, asked.size())));
        result.insert(tag + QStringLiteral("shownShare"),
                      double(shown) / double(std::max<qsizetype>(1, asked.size())));
    };
    if (const int dedup = parser.value(dedupOpt).toInt(); dedup > 0)
        measureDedup(registry, index, dedup, result);
    measure(texts, wanted, QString());
    // Not part of the goal: the same names while they are typed ("ala moh"), the slowest thing
    // the box asks for (off the desk's thread, on a connection of its own).
    measure(typing, typingWanted, QStringLiteral("typing_"));
    result.insert(QStringLiteral("rawBytesRead"), bytes);
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    QTextStream(stdout) << json << '\n';
    if (parser.isSet(jsonOpt)) {
        QFile out(parser.value(jsonOpt));
        if (out.open(QIODevice::WriteOnly))
            out.write(json + '\n');
    }
    return 0;
}
