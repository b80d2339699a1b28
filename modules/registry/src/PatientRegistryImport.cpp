// Bulk import (PatientRegistry::importPatients), and the duplicate checks kept for when the
// search index is whole again.
#include "RegistryJson.h"
#include "RegistryLog.h"
#include "RegistryWrite.h"

#include <sijil/registry/Ipp.h>
#include <sijil/registry/NameNormalizer.h>
#include <sijil/registry/PatientIndexer.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/SearchQuery.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/DuplicateQueue.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/ImportJournal.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QUuid>

namespace sijil::registry {

using namespace detail;

namespace {

storage::DuplicateQueue::Candidate candidate(const QString& a, const QString& b,
                                             const MatchResult& m) {
    return {a, b, m.weight,
            m.cls == MatchClass::Match ? QStringLiteral("match") : QStringLiteral("possible")};
}

// Possible duplicates queued per imported record, as many as possibleDuplicates() returns.
constexpr qsizetype kPairsPerRecord = 10;

// The same names, spelt alike after normalisation, in every script both records write them: a
// phonetic key alone joins Mohamed and Mahmoud (محمد, محمود), "Bébé 1" and "Bébé 2".
bool sameSpelling(const core::PersonName& a, const core::PersonName& b) {
    using Script = core::PersonName::Script;
    bool compared = false;
    for (Script script : {Script::Latin, Script::Arabic}) {
        if (a.given(script).isEmpty() || b.given(script).isEmpty())
            continue;
        for (const auto part : {&core::PersonName::family, &core::PersonName::given}) {
            if (NameNormalizer::normalize((a.*part)(script)) !=
                NameNormalizer::normalize((b.*part)(script)))
                return false;
        }
        compared = true;
    }
    return compared;
}

// Sure enough to leave a record out of an import, with nobody there to be asked: scored a
// certain match (MatchScorer::certain: the same document, or names, full birth date, sex and a
// phone or birthplace, nothing against), with the same document or the names spelt alike. Never
// when the records carry other IPPs: that is two numbers to reconcile, for a person. Sparse records
// (a name and a year) are never sure: namesakes, or one person twice, a person tells from the
// review queue.
bool surelyTheSame(const PatientRecord& a, const PatientRecord& b, const MatchResult& m) {
    if (!a.ipp.isEmpty() && !b.ipp.isEmpty() && a.ipp != b.ipp)
        return false;
    return m.cls == MatchClass::Match && MatchScorer::certain(m) &&
           (holdSameDocument(a, b) || sameSpelling(a.name, b.name));
}

// Left out as the same patient as `earlier`, a record higher in the file.
core::Error repeatedInFile(const PatientRecord& earlier, const QString& detail) {
    return core::Error(
        "registry/repeated-in-file",
        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                               "Ce patient figure déjà plus haut dans le "
                                               "fichier (%1, né(e) le %2) : il n'a pas "
                                               "été créé deux fois."))
            .arg(earlier.name.displayPreferring(core::PersonName::Script::Latin))
            .arg(earlier.birthDate.toDisplayString(QLocale(QLocale::French))),
        detail);
}

// Warnings are said of the records written: one left out or not reached is not imported.
void keepWarningsOfWritten(PatientRegistry::ImportReport& report) {
    const QSet<int> written(report.importedIndexes.cbegin(), report.importedIndexes.cend());
    report.warnings.removeIf([&](const auto& w) { return !written.contains(w.first); });
    std::stable_sort(report.warnings.begin(), report.warnings.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
}

// One queue transaction; returns the pairs left open.
core::Result<int> queuePairs(storage::DuplicateQueue& queue,
                             const QList<storage::DuplicateQueue::Candidate>& pairs) {
    if (pairs.isEmpty())
        return 0;
    auto queued = queue.enqueue(pairs);
    if (!queued)
        return queued.error();
    QSet<QString> open; // a pair met from both of its records counts once
    for (qsizetype k = 0; k < pairs.size(); ++k) {
        if ((*queued)[k] == storage::DuplicateStatus::Open) {
            const auto [a, b] = storage::DuplicateQueue::canonical(pairs[k].a, pairs[k].b);
            open.insert(a + u'|' + b);
        }
    }
    return int(open.size());
}

// Once written, a batch is in the index: each record meets the register and the other records
// of its batch.
core::Result<int> queueBatchDuplicates(const PatientRegistry& registry,
                                       storage::DuplicateQueue& queue,
                                       const QList<PatientRecord>& records, qsizetype start,
                                       qsizetype end) {
    QList<storage::DuplicateQueue::Candidate> pairs;
    for (qsizetype k = start; k < end; ++k) {
        auto candidates = registry.possibleDuplicates(records[k]);
        if (!candidates)
            return candidates.error();
        for (const PatientHit& c : *candidates)
            pairs << candidate(records[k].id, c.record.id, c.match);
    }
    return queuePairs(queue, pairs);
}

} // namespace

core::Result<PatientRegistry::ImportReport>
PatientRegistry::importPatients(const QList<PatientRecord>& records,
                                const access::SessionInfo& session, int batchSize,
                                const ImportProgress& progress, const ImportOptions& options) {
    const KnownPatients known = options.known;
    ImportReport report;
    QList<PatientRecord> accepted;
    QList<int> acceptedIndex;
    QSet<QString> ippsSeen;
    QSet<QString> idsSeen;
    const PatientValidator validator(m_s.reference, m_today());
    // A family in one file: the dependants whose insured is a record of the file come after
    // every other record, so that their insured is written first (in their batch or before).
    QSet<QString> fileIds;
    for (const PatientRecord& r : records) {
        if (!r.id.isEmpty())
            fileIds.insert(r.id);
    }
    QList<int> order;
    QList<int> dependantsInFile;
    for (int i = 0; i < records.size(); ++i) {
        const PatientRecord& r = records[i];
        (r.dependantRelation != DependantRelation::None && fileIds.contains(r.insuredId)
             ? dependantsInFile
             : order)
            << i;
    }
    order << dependantsInFile;
    QHash<QString, PatientRecord> acceptedById;
    QHash<int, QString> journaled; // row -> patient id, from an earlier run on the same file
    const bool journaling =
        options.journal && !options.source.isEmpty() && options.rows.size() == records.size();
    if (journaling) {
        auto rows =
            options.rows.isEmpty()
                ? options.journal->rows(options.source)
                : options.journal->rows(
                      options.source, *std::min_element(options.rows.cbegin(), options.rows.cend()),
                      *std::max_element(options.rows.cbegin(), options.rows.cend()));
        if (!rows)
            return rows.error();
        journaled = std::move(*rows);
    }
    for (const int i : order) {
        PatientRecord r = PatientValidator::normalized(records[i]);
        if (const auto done = journaled.constFind(journaling ? options.rows[i] : -1);
            done != journaled.cend()) {
            auto held = get(*done);
            if (!held)
                return held.error();
            if (*held) {
                report.rejected << qMakePair(
                    i,
                    core::Error(
                        "registry/import-row-done",
                        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                               "Déjà importé depuis ce même "
                                                               "fichier (%1, IPP %2) : il n'a pas "
                                                               "été créé une seconde fois."))
                            .arg((*held)->name.displayPreferring(core::PersonName::Script::Latin))
                            .arg((*held)->ipp),
                        *done));
                continue;
            }
            r.id = *done; // journaled, never written: the id it was given then
        }
        // Registers exported from ID-document readers write countries as the MRZ does ("MAR"):
        // the same country, in the registry's two letters.
        for (QString* country : {&r.nationality, &r.birthCountry, &r.documentCountry}) {
            if (country->size() == 3) {
                if (const auto c = m_s.reference.countryByAlpha3(*country))
                    *country = c->alpha2;
            }
        }
        const bool idGiven = !r.id.isEmpty();
        if (!idGiven)
            r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (fileIds.contains(r.insuredId) && !acceptedById.contains(r.insuredId) &&
            r.dependantRelation != DependantRelation::None) {
            auto held = get(r.insuredId);
            if (!held)
                return held.error();
            if (!*held) {
                report.rejected << qMakePair(
                    i, core::Error(
                           "registry/insured-refused",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP(
                                                    "sijil::registry::PatientRegistry",
                                                    "L'assuré de cet ayant droit figure dans le "
                                                    "fichier mais n'a pas été importé : corrigez "
                                                    "l'assuré, puis importez de nouveau cet ayant "
                                                    "droit.")),
                           r.insuredId)
                           .withField(QStringLiteral("insuredId")));
                continue;
            }
        }
        if (auto s = followInsuredInFile(*this, r, acceptedById); !s) {
            report.rejected << qMakePair(i, s.error());
            continue;
        }
        bool rejected = false;
        QList<QPair<int, core::Error>> warnings;
        for (const ValidationIssue& issue : validator.validate(r)) {
            if (issue.severity == ValidationIssue::Severity::Warning) {
                warnings << qMakePair(i, invalid(issue));
                continue;
            }
            report.rejected << qMakePair(i, invalid(issue));
            rejected = true;
            break;
        }
        if (rejected)
            continue;
        // A record whose id is given (a FHIR bundle's) and already held here, or given twice:
        // the same file imported again, or an entry repeated.
        if (idGiven) {
            auto held = m_s.store.get(kPatient, r.id);
            if (!held)
                return held.error();
            if (*held || idsSeen.contains(r.id)) {
                report.rejected << qMakePair(
                    i, core::Error("registry/already-imported",
                                   core::UserText(kCtx, QT_TRANSLATE_NOOP(
                                                            "sijil::registry::PatientRegistry",
                                                            "Ce patient est déjà enregistré sur ce "
                                                            "poste (même identifiant) : le fichier "
                                                            "a-t-il déjà été importé ?")),
                                   r.id)
                           .withField(QStringLiteral("id")));
                continue;
            }
        }
        if (!r.ipp.isEmpty()) {
            auto refused =
                ippsSeen.contains(r.ipp)
                    ? core::Result<std::optional<core::Error>>(std::optional(ippTaken(r.ipp)))
                    : ippRefused(m_s.identifiers, r);
            if (!refused)
                return refused.error();
            if (*refused) {
                report.rejected << qMakePair(i, **refused);
                continue;
            }
            ippsSeen.insert(r.ipp);
        }
        idsSeen.insert(r.id);
        report.warnings << warnings; // said of the records written only (see below)
        if (idGiven)
            acceptedById.insert(r.id, r);
        accepted << r;
        acceptedIndex << i;
    }
    // Refusals in the order of the file (dependants of the file's insureds were read last).
    std::stable_sort(report.rejected.begin(), report.rejected.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    // Pairs to queue once both records are written, per accepted record (Refuse only: Queue
    // finds them in the index after each batch).
    QList<QList<storage::DuplicateQueue::Candidate>> pairsOf;
    if (known == KnownPatients::Refuse) {
        auto left = leaveOutKnownPatients(accepted, acceptedIndex, report, options);
        if (!left)
            return left.error();
        if (report.cancelled) {
            keepWarningsOfWritten(report);
            return report;
        }
        pairsOf = std::move(*left);
    }
    // Every record must get its IPP: checked before writing anything, so that a site whose
    // blocks run out mid-file does not keep half of it. (A desk drawing IPPs from the same store
    // meanwhile can still run them out; that stop is reported with what was written.)
    const auto needed = std::count_if(accepted.cbegin(), accepted.cend(),
                                      [](const PatientRecord& r) { return r.ipp.isEmpty(); });
    if (auto s = ippsCover(needed); !s)
        return s.error();
    // After a batch was written, a failure is reported with what was written.
    const auto stop = [&report](const core::Error& e) -> core::Result<ImportReport> {
        if (report.imported == 0)
            return e;
        report.stoppedBy = e;
        keepWarningsOfWritten(report);
        return report;
    };
    for (qsizetype start = 0; start < accepted.size(); start += batchSize) {
        const qsizetype end = std::min(accepted.size(), start + batchSize);
        // Drawn per batch: an import stopped halfway leaves the rest of the block untouched.
        const auto needIpp = std::count_if(accepted.begin() + start, accepted.begin() + end,
                                           [](const PatientRecord& r) { return r.ipp.isEmpty(); });
        if (needIpp > 0) {
            auto ipps = drawIpps(m_s.identifiers, int(needIpp));
            if (!ipps)
                return stop(ipps.error());
            qsizetype next = 0;
            for (qsizetype k = start; k < end; ++k) {
                if (accepted[k].ipp.isEmpty())
                    accepted[k].ipp = (*ipps)[next++];
            }
        }
        QList<storage::LocalChange> changes;
        for (qsizetype k = start; k < end; ++k) {
            const PatientRecord& r = accepted[k];
            changes << storage::LocalChange{
                Op::Create,
                kPatient,
                r.id,
                r.id,
                compact(PatientMapping::toPatient(r, session.facilityId)),
                session.user.id};
            const storage::LocalChange coverage = coverageChange(r, false, session.user.id);
            if (coverage.operation == Op::Create)
                changes << coverage;
        }
        if (journaling) {
            QList<QPair<int, QString>> rows;
            for (qsizetype k = start; k < end; ++k)
                rows << qMakePair(options.rows[acceptedIndex[k]], accepted[k].id);
            if (auto s = options.journal->record(options.source, rows); !s)
                return stop(s.error());
        }
        // Audited once the batch is committed: the trail never claims a patient that a crash
        // kept from being written. A batch that failed is said to have failed.
        // Each patient with its coverage as the desk sends them, all or none; patients apart.
        if (auto s =
                m_s.store.writeLocal(changes, storage::ResourceStore::Sending::EachPatientTogether);
            !s) {
            (void)audit(session, "C", "import", QString(),
                        QStringLiteral("records:%1 failed").arg(end - start), 8);
            return stop(s.error());
        }
        report.imported += int(end - start);
        QStringList batchIds;
        for (qsizetype k = start; k < end; ++k) {
            batchIds << accepted[k].id;
            report.importedIndexes << acceptedIndex[k];
        }
        // One entry per batch (an entry per patient is a transaction each: hours for a
        // register of millions), naming every patient it created.
        if (auto a =
                audit(session, "C", "import", batchIds.size() == 1 ? batchIds.first() : QString(),
                      QStringLiteral("records:%1 created:%2")
                          .arg(batchIds.size())
                          .arg(batchIds.join(u',')));
            !a)
            return stop(a.error());
        if (auto s = recheckLaterIfIndexIncomplete(batchIds); !s)
            return stop(s.error());
        if (m_s.duplicates) {
            QList<storage::DuplicateQueue::Candidate> pairs;
            for (qsizetype k = start; k < end && known == KnownPatients::Refuse; ++k)
                pairs << pairsOf[k];
            auto open = known == KnownPatients::Refuse
                            ? queuePairs(*m_s.duplicates, pairs)
                            : queueBatchDuplicates(*this, *m_s.duplicates, accepted, start, end);
            if (!open)
                return stop(open.error());
            report.possibleDuplicates += *open;
        }
        // Asked between batches only: what is written is whole, what is not is untouched.
        if (progress && !progress(report.imported, int(accepted.size())) && end < accepted.size()) {
            report.cancelled = true;
            break;
        }
    }
    keepWarningsOfWritten(report);
    return report;
}

core::Result<QList<QList<storage::DuplicateQueue::Candidate>>>
PatientRegistry::leaveOutKnownPatients(QList<PatientRecord>& records, QList<int>& indexes,
                                       ImportReport& report, const ImportOptions& options) const {
    QList<PatientRecord> kept;
    QList<int> keptIndexes;
    QList<QList<storage::DuplicateQueue::Candidate>> pairsOf;
    QList<MatchProfile> profiles;
    QHash<QString, QList<qsizetype>> byKey; // a blocking key: the kept records holding it
    // A record left out → the patient it is, held already (by id: a hit holds no coverage) or
    // kept earlier in the file: its dependants in the file, read after it, are that patient's.
    QHash<QString, QString> leftOutAsHeld;
    QHash<QString, PatientRecord> leftOutAsKept;
    const MatchScorer& scorer = m_finder.scorer();
    for (qsizetype k = 0; k < records.size(); ++k) {
        if (options.checking && k % 100 == 0 && k > 0 &&
            !options.checking(int(k), int(records.size()))) {
            report.cancelled = true;
            return pairsOf;
        }
        PatientRecord& r = records[k];
        if (r.dependantRelation != DependantRelation::None) {
            core::Status followed;
            if (const auto held = leftOutAsHeld.constFind(r.insuredId);
                held != leftOutAsHeld.cend()) {
                r.insuredId = *held;
                followed = followInsured(*this, r);
            } else if (const auto earlier = leftOutAsKept.constFind(r.insuredId);
                       earlier != leftOutAsKept.cend()) {
                r.insuredId = earlier->id;
                followed = followInsuredInFile(*this, r, {{earlier->id, *earlier}});
            }
            if (!followed) {
                report.rejected << qMakePair(indexes[k], followed.error());
                continue;
            }
        }
        // The register as it was before this file.
        auto held = possibleDuplicates(r, kCandidates);
        if (!held)
            return held.error();
        const auto heldAlready =
            std::find_if(held->cbegin(), held->cend(),
                         [&](const PatientHit& h) { return surelyTheSame(r, h.record, h.match); });
        if (heldAlready != held->cend()) {
            const PatientRecord& known = heldAlready->record;
            leftOutAsHeld.insert(r.id, known.id);
            // Written from a row of this same file (an earlier chunk): repeated in the file, as
            // within one chunk, not a patient the register held before.
            std::optional<int> earlierRow;
            if (options.journal && !options.source.isEmpty() && options.rows.size() > indexes[k]) {
                auto row = options.journal->rowOf(options.source, known.id);
                if (!row)
                    return row.error();
                earlierRow = *row;
            }
            if (earlierRow) {
                report.repeatsOfEarlierRows.insert(indexes[k], *earlierRow);
                report.rejected << qMakePair(
                    indexes[k], repeatedInFile(known, QStringLiteral("row %1").arg(*earlierRow)));
                continue;
            }
            report.rejected << qMakePair(
                indexes[k],
                core::Error(
                    "registry/already-registered",
                    core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                           "Ce patient est déjà enregistré (%1, "
                                                           "IPP %2) : il n'a pas été créé une "
                                                           "seconde fois."))
                        .arg(known.name.displayPreferring(core::PersonName::Script::Latin))
                        .arg(known.ipp),
                    known.id));
            continue;
        }
        // The records of the file kept so far, met through the keys the index would block on,
        // as many as the register's check reads: those sharing the most keys, a document first.
        // Only the latest holders of each key are counted, so that a key held by much of the
        // file (a switchboard's phone) does not make the check quadratic.
        const MatchInput input{r.name, r.birthDate, r.sex, r.documentNumber, r.phone, r.birthCity};
        QStringList keys = MatchScorer::blockingKeys(input);
        if (!r.documentNumber.isEmpty())
            keys << QStringLiteral("doc:") + r.documentNumber;
        QHash<qsizetype, int> shared;
        for (const QString& key : keys) {
            const QList<qsizetype> holders = byKey.value(key);
            const int weight = key.startsWith(u"doc:") ? kCandidates : 1;
            for (qsizetype n = holders.size() - 1; n >= 0 && n >= holders.size() - kCandidates; --n)
                shared[holders[n]] += weight;
        }
        QList<qsizetype> met = shared.keys();
        std::sort(met.begin(), met.end(), [&shared](qsizetype a, qsizetype b) {
            return shared[a] != shared[b] ? shared[a] > shared[b] : a > b;
        });
        if (met.size() > kCandidates)
            met.resize(kCandidates);
        const MatchProfile profile = MatchScorer::profile(input);
        QList<storage::DuplicateQueue::Candidate> pairs;
        std::optional<qsizetype> same;
        for (const qsizetype j : met) {
            const MatchResult m = scorer.score(profile, profiles[j]);
            if (surelyTheSame(r, kept[j], m)) {
                same = j;
                break;
            }
            if (m.cls != MatchClass::NonMatch)
                pairs << candidate(r.id, kept[j].id, m);
        }
        if (same) {
            const PatientRecord& earlier = kept[*same];
            leftOutAsKept.insert(r.id, earlier);
            report.repeats.insert(indexes[k], keptIndexes[*same]);
            report.rejected << qMakePair(
                indexes[k],
                repeatedInFile(earlier, QStringLiteral("record %1").arg(keptIndexes[*same])));
            continue;
        }
        for (const PatientHit& h : *held)
            pairs << candidate(r.id, h.record.id, h.match);
        // The likeliest first, as many as the desk would show: a review queue, not a flood.
        std::stable_sort(pairs.begin(), pairs.end(),
                         [](const auto& a, const auto& b) { return a.weight > b.weight; });
        if (pairs.size() > kPairsPerRecord)
            pairs.resize(kPairsPerRecord);
        for (const QString& key : keys)
            byKey[key] << kept.size();
        kept << r;
        keptIndexes << indexes[k];
        profiles << profile;
        pairsOf << pairs;
    }
    // Asked once more at the end: a stop asked for during the last records writes nothing.
    if (options.checking && !options.checking(int(records.size()), int(records.size()))) {
        report.cancelled = true;
        return pairsOf;
    }
    // Refusals in the order of the file.
    std::stable_sort(report.rejected.begin(), report.rejected.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    records = std::move(kept);
    indexes = std::move(keptIndexes);
    return pairsOf;
}

core::Status PatientRegistry::recheckLaterIfIndexIncomplete(const QStringList& ids) {
    if (!m_s.duplicates)
        return {};
    auto incomplete = m_s.index.needsRebuild(kPatient);
    if (!incomplete)
        return incomplete.error();
    return *incomplete ? m_s.duplicates->markForRecheck(ids) : core::Status();
}

core::Result<int> PatientRegistry::recheckDuplicates() {
    if (!m_s.duplicates)
        return 0;
    auto incomplete = m_s.index.needsRebuild(kPatient);
    if (!incomplete)
        return incomplete.error();
    if (*incomplete)
        return 0; // the marks wait for the index to be whole
    int open = 0;
    for (;;) {
        auto ids = m_s.duplicates->toRecheck(500);
        if (!ids)
            return ids.error();
        if (ids->isEmpty())
            return open;
        QList<PatientRecord> records;
        for (const QString& id : *ids) {
            auto r = get(id);
            if (!r)
                return r.error();
            if (!*r)
                continue; // gone: nothing to check
            auto survivor = survivorOf(id);
            if (!survivor && survivor.error().code() == kMergeCycle)
                continue; // merged away too: the loop is the administrator's to undo
            if (!survivor)
                return survivor.error();
            if (*survivor == id) // merged away: its survivor is checked on its own
                records << **r;
        }
        auto queued = queueBatchDuplicates(*this, *m_s.duplicates, records, 0, records.size());
        if (!queued)
            return queued.error();
        open += *queued;
        if (auto s = m_s.duplicates->rechecked(*ids); !s)
            return s.error();
    }
}

} // namespace sijil::registry
