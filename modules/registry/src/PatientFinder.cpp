#include "RegistryJson.h"

#include <sijil/registry/NameNormalizer.h>
#include <sijil/registry/PatientFinder.h>
#include <sijil/registry/PatientIndexer.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/SearchQuery.h>
#include <sijil/storage/ResourceStore.h>

#include <QSet>

#include <algorithm>

namespace sijil::registry {

using namespace detail;

namespace {

// Same year; same month when both know it; same day, or day and month swapped, when both know it.
bool compatible(const core::PartialDate& asked, const core::PartialDate& held) {
    if (!asked.isValid())
        return true;
    if (!held.isValid() || asked.yearValue() != held.yearValue())
        return false;
    using P = core::PartialDate::Precision;
    if (asked.precision() == P::Year || held.precision() == P::Year)
        return true;
    if (asked.precision() == P::Day && held.precision() == P::Day)
        return (asked.monthValue() == held.monthValue() && asked.dayValue() == held.dayValue()) ||
               (asked.monthValue() == held.dayValue() && asked.dayValue() == held.monthValue());
    return asked.monthValue() == held.monthValue();
}

} // namespace

bool holdSameDocument(const PatientRecord& r, const PatientHit& hit) {
    return holdSameDocument(r, hit.record) ||
           std::any_of(hit.foundThrough.cbegin(), hit.foundThrough.cend(),
                       [&r](const PatientRecord& merged) { return holdSameDocument(r, merged); });
}

bool holdSameIpp(const PatientRecord& r, const PatientHit& hit) {
    if (r.ipp.isEmpty())
        return false;
    return hit.record.ipp == r.ipp ||
           std::any_of(hit.foundThrough.cbegin(), hit.foundThrough.cend(),
                       [&r](const PatientRecord& merged) { return merged.ipp == r.ipp; });
}

QString foundThroughIpps(const PatientHit& hit) {
    QStringList ipps;
    for (const PatientRecord& merged : hit.foundThrough) {
        if (!merged.ipp.isEmpty() && !ipps.contains(merged.ipp))
            ipps << merged.ipp;
    }
    return ipps.join(QStringLiteral(", "));
}

PatientFinder::PatientFinder(const storage::ResourceStore& store, const storage::SearchIndex& index)
    : m_store(store)
    , m_index(index) {}

core::Result<QString> PatientFinder::survivorOf(const QString& id) const {
    QString current = id;
    QSet<QString> seen;
    while (true) {
        // A loop of links is never followed forever, nor read as a record in use: a merged
        // record would open as the survivor.
        if (seen.contains(current))
            return mergeCycle(id);
        seen.insert(current);
        auto stored = m_store.get(kPatient, current);
        if (!stored)
            return stored.error();
        if (!*stored && current != id)
            return survivorMissing(current);
        if (!*stored)
            return notFound(current);
        const QString next = replacedBy(parse((*stored)->json));
        if (next.isEmpty())
            return current;
        current = next;
    }
}

core::Result<PatientHit> PatientFinder::hit(const QString& id, const MatchProfile* query) const {
    auto stored = m_store.get(kPatient, id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return notFound(id);
    PatientHit h;
    const QJsonObject patient = parse((*stored)->json);
    h.record = PatientMapping::fromFhir(patient);
    h.survivorId = replacedBy(patient);
    h.merged = !h.survivorId.isEmpty();
    if (query) {
        MatchInput input{h.record.name,           h.record.birthDate, h.record.sex,
                         h.record.documentNumber, h.record.phone,     h.record.birthCity};
        h.match = m_scorer.score(*query, MatchScorer::profile(input));
    }
    return h;
}

PatientFinder::SearchPlan PatientFinder::planSearch(const SearchQuery& q) {
    SearchPlan plan;
    if (!q.ipp.isEmpty())
        plan.terms << QStringLiteral("ipp:") + q.ipp;
    if (!q.documentNumber.isEmpty())
        plan.terms << QStringLiteral("doc:") + q.documentNumber;
    if (!q.phone.isEmpty())
        plan.terms << PatientIndexer::phoneTerm(q.phone);
    // Names typed in full are matched whole, by their letters or their phonetic key: a prefix
    // query merges the lists of every word that begins alike, the costliest part of a search in
    // a large register. The word being typed is a prefix of its letters, or its key whole (a
    // word typed in another script, or already complete). A prefix of its key would merge every
    // key beginning alike ("zkm*": a large part of the register).
    // While typing, a word of three letters or fewer that is not a particle is read as a prefix
    // too, so that "ala moh" finds Alaoui Mohamed: FTS5 keeps prefix indexes up to three
    // characters, so its prefix is one list, not a merge. So is "bel", which the index does not
    // split off the names it begins ("bel kar" finds Belkadi Karim).
    // "Bel Haj" typed apart, the name registered glued ("Belhaj", as it mostly is): each of the
    // two words also accepts the glued word (the index never splits "bel" off a glued name).
    const auto gluedWith = [&q](qsizetype i) {
        const QStringList& t = q.nameTokens;
        if (i + 1 < t.size() && NameNormalizer::beginsGluedNames(t[i]))
            return t[i] + t[i + 1];
        if (i > 0 && NameNormalizer::beginsGluedNames(t[i - 1]))
            return t[i - 1] + t[i];
        return QString();
    };
    for (qsizetype i = 0; i < q.nameTokens.size(); ++i) {
        const QString& token = q.nameTokens[i];
        QStringList whole{PatientIndexer::keyToken(token)};
        if (const QString glued = gluedWith(i); !glued.isEmpty())
            whole << glued;
        const bool typing = !q.namesComplete && i == q.nameTokens.size() - 1;
        const bool shortWord =
            !q.namesComplete && token.size() <= 3 &&
            (NameNormalizer::particle(token).isEmpty() || NameNormalizer::beginsGluedNames(token));
        plan.text << (typing || shortWord ? storage::TextGroup{{token}, true, whole}
                                          : storage::TextGroup{QStringList{token} + whole, false});
        // Relaxed, when that finds nothing: every word may be unfinished ("ala moh").
        plan.relaxed << storage::TextGroup{{token}, true, whole};
    }
    if (!q.digits.isEmpty()) {
        plan.text << storage::TextGroup{{q.digits}, true};
        plan.relaxed << storage::TextGroup{{q.digits}, true};
    }
    // With names, the birth year narrows the candidates in the index itself.
    if (!plan.text.isEmpty() && !q.nameTokens.isEmpty() && q.birthDate.isValid()) {
        const storage::TextGroup year{{PatientIndexer::yearToken(q.birthDate.yearValue())}, false};
        plan.text << year;
        plan.relaxed << year;
    }
    // Names in full and a year, nothing else: the name-pair terms find the same documents as the
    // text groups (a document holding a token holds its key), bounded by the answer.
    if (q.namesComplete && q.digits.isEmpty() && q.documentNumber.isEmpty() &&
        q.birthDate.isValid()) {
        plan.names = PatientIndexer::namePairTerms(q.nameTokens, q.birthDate.yearValue(), true);
        // Also when the names share one key ("Saadi Souad", "Rami Rim"): then the full text
        // finds what sounds alike.
        plan.spellings =
            PatientIndexer::spellingPairTerms(q.nameTokens, q.birthDate.yearValue(), true);
    }
    // Nothing to relax when no name was matched whole.
    if (q.nameTokens.isEmpty() || (!q.namesComplete && q.nameTokens.size() == 1))
        plan.relaxed.clear();
    if (!q.documentNumber.isEmpty())
        plan.fallback = QStringList{q.documentNumber.toLower()};
    return plan;
}

core::Result<QList<PatientHit>> PatientFinder::search(const QString& text, int limit) const {
    const SearchQuery q = SearchQuery::parse(text);
    QStringList ids;
    auto add = [&ids](const core::Result<QStringList>& found) -> core::Status {
        if (!found)
            return found.error();
        for (const QString& id : *found) {
            if (!ids.contains(id))
                ids << id;
        }
        return {};
    };
    const SearchPlan plan = planSearch(q);
    if (auto s = add(m_index.byTerms(kPatient, plan.terms, limit)); !s)
        return s.error();
    QList<storage::TextGroup> groups = plan.text;
    if (ids.isEmpty() && !plan.fallback.isEmpty())
        groups << storage::TextGroup{plan.fallback, true};
    const qsizetype before = ids.size();
    if (!plan.names.isEmpty() || !plan.spellings.isEmpty()) {
        // A common name born in a common year has thousands of namesakes in a national register,
        // more than any list shows: those spelled as typed come first, and rank first anyway.
        // What sounds alike fills the page, a bounded number of them read, so that the work
        // does not grow with the register.
        int variants = kCandidates;
        if (!plan.spellings.isEmpty()) {
            if (auto s = add(m_index.byAllTerms(kPatient, plan.spellings, limit)); !s)
                return s.error();
            if (ids.size() - before >= limit)
                variants = 0;
            else if (ids.size() > before)
                variants = kVariantCandidates;
        }
        if (variants > 0) {
            if (auto s =
                    add(!plan.names.isEmpty() ? m_index.byAllTerms(kPatient, plan.names, variants)
                                              : m_index.byText(kPatient, groups, variants));
                !s)
                return s.error();
        }
    } else if (!groups.isEmpty()) {
        if (auto s = add(m_index.byText(kPatient, groups, kCandidates)); !s)
            return s.error();
    }
    if (ids.size() == before && !plan.relaxed.isEmpty()) {
        if (auto s = add(m_index.byText(kPatient, plan.relaxed, kCandidates)); !s)
            return s.error();
    }

    MatchInput asked;
    asked.birthDate = q.birthDate;
    asked.name = core::PersonName(q.nameTokens.join(u' '), {});
    const MatchProfile profile = MatchScorer::profile(asked);
    QList<PatientHit> hits;
    QSet<QString> shown;
    for (const QString& id : ids) {
        auto h = hit(id, &profile);
        if (!h)
            return h.error();
        if (!compatible(q.birthDate, h->record.birthDate))
            continue;
        if (h->merged) { // the surviving record stands for it
            auto survivor = survivorOf(id);
            // Merged at another site into a record this store has not pulled: the merged one is
            // listed, said to be merged, rather than the search failing for every name it holds.
            // Merged in a loop: listed too, said to be so; opening it says why it cannot be.
            const QByteArray why = survivor ? QByteArray() : survivor.error().code();
            if (why == kSurvivorMissing || why == kMergeCycle) {
                if (!shown.contains(id)) {
                    shown.insert(id);
                    h->survivorMissing = why == kSurvivorMissing;
                    h->mergeCycle = why == kMergeCycle;
                    hits << *h;
                }
                continue;
            }
            if (!survivor)
                return survivor.error();
            if (shown.contains(*survivor))
                continue;
            auto s = hit(*survivor, &profile);
            if (!s)
                return s.error();
            s->foundAs = id;
            h = std::move(s);
        }
        if (shown.contains(h->record.id))
            continue;
        shown.insert(h->record.id);
        hits << *h;
    }
    for (PatientHit& h : hits) {
        if (ids.contains(h.record.id)) // the survivor matched on its own: nothing to explain
            h.foundAs.clear();
    }
    std::stable_sort(hits.begin(), hits.end(), [](const PatientHit& a, const PatientHit& b) {
        return a.match.weight > b.match.weight;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace sijil::registry
