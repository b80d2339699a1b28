#pragma once

#include <sijil/core/Result.h>
#include <sijil/registry/MatchScorer.h>
#include <sijil/registry/PatientRecord.h>
#include <sijil/storage/SearchIndex.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace sijil::storage {
class ResourceStore;
} // namespace sijil::storage

namespace sijil::registry {

// A patient found by a search or by the duplicate check.
struct PatientHit {
    PatientRecord record;
    MatchResult match;   // against what was searched or registered (weight 0 for identifier hits)
    bool merged = false; // replaced by another record: open `survivorId` instead
    QString survivorId;
    // Set by search() on a survivor shown in place of the merged record the query found (and
    // only when the survivor itself did not match): that record's id, to tell the user.
    QString foundAs;
    // Found on the central server and not kept in this store (yet): registry.adopt() it first.
    bool serverOnly = false;
    // Merged into a record this store does not hold (merged at another site, not pulled yet).
    bool survivorMissing = false;
    // Merged, and the links of merges from it loop back (PatientFinder::survivorOf refuses it).
    bool mergeCycle = false;
    // Set by the central server's search on a survivor listed in place of records merged into it
    // there (replaced-by) that the query found, when the survivor itself did not match: those
    // records as the server has them. Set by the local duplicate check too, on a survivor of
    // records merged into it here that the check found. Sijil's merge leaves their IPP and
    // document on them, not on the survivor: what they hold counts as the survivor's in a
    // comparison, and is named.
    QList<PatientRecord> foundThrough;
};

// `hit` shows the document `r` shows, on its own record or on a record found through it.
bool holdSameDocument(const PatientRecord& r, const PatientHit& hit);
// `hit` has `r`'s IPP, on its own record or on a record found through it.
bool holdSameIpp(const PatientRecord& r, const PatientHit& hit);
// The IPPs of the records a hit was found through ("IPP1, IPP2"), to name them.
QString foundThroughIpps(const PatientHit& hit);

// Reading the register: the one search box, a record's hit, the survivor of a merge. It needs
// only a store and its index, so that a connection of its own can search on another thread
// while the desk's connection writes.
class PatientFinder {
public:
    PatientFinder(const storage::ResourceStore& store, const storage::SearchIndex& index);

    // One box: an IPP, a CNIE or other document number, a phone number, or names in either
    // script with a birth date ("12/03/1975") or year ("1975"). Most likely first.
    [[nodiscard]] core::Result<QList<PatientHit>> search(const QString& query,
                                                         int limit = 50) const;
    // What search() asks the index for a query: exact terms; then text groups (all must match,
    // one alternative each), with a document-number prefix added when the terms found nothing;
    // then, when the text found nothing either, every name as a prefix of its letters. When
    // `names` is set (names typed in full with a birth year), the documents holding all of its
    // terms are exactly those the text groups would find, and they are looked up instead:
    // first those holding every pair of `spellings` (the names spelled as typed), up to a page;
    // when they do not fill it, those sounding alike too, up to kVariantCandidates when some were
    // spelled as typed, kCandidates when none was (a typo, or an index being rebuilt). Names
    // sharing one key have no phonetic pair: their spellings are read first all the same, then
    // the text groups. Public for the benchmark that runs the same queries on raw SQLite.
    struct SearchPlan {
        QStringList terms;
        QStringList names;
        QStringList spellings;
        QList<storage::TextGroup> text;
        QStringList fallback;
        QList<storage::TextGroup> relaxed;
    };
    static SearchPlan planSearch(const struct SearchQuery& query);
    static constexpr int kCandidates = 200;
    static constexpr int kVariantCandidates = 40;

    // The record that stands for `id` today: itself, or the survivor of the merge that replaced it.
    // An error (registry/merge-cycle) when the links of merges loop back.
    [[nodiscard]] core::Result<QString> survivorOf(const QString& id) const;
    // `id` as a hit, scored against `query` when there is one.
    [[nodiscard]] core::Result<PatientHit> hit(const QString& id, const MatchProfile* query) const;
    [[nodiscard]] const MatchScorer& scorer() const { return m_scorer; }

private:
    const storage::ResourceStore& m_store;
    const storage::SearchIndex& m_index;
    MatchScorer m_scorer;
};

} // namespace sijil::registry
