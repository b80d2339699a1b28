#pragma once

#include <sijil/storage/SearchIndex.h>

namespace sijil::registry {

struct PatientRecord;

// What the store indexes of a Patient: exact terms for identifiers ("ipp:", "doc:", "tel:"), the
// matcher's blocking keys ("blk:"), pairs of name keys with the birth year ("nk:") and of names as
// spelled ("ns:"), and normalised name tokens in both scripts plus their script-independent
// phonetic keys for search as you type.
// Of a Coverage: its insured, when the beneficiary is a dependant.
class PatientIndexer : public storage::ResourceIndexer {
public:
    [[nodiscard]] bool indexes(const QString& type) const override;
    [[nodiscard]] storage::IndexEntry entry(const QString& type,
                                            const QByteArray& json) const override;

    [[nodiscard]] static storage::IndexEntry entryOf(const PatientRecord& record);
    // The full-text token that stands for a name token's phonetic key; for a particle (El, Ben,
    // Aït… in either script), a token of the particle itself.
    [[nodiscard]] static QString keyToken(const QString& nameToken);
    [[nodiscard]] static QString phoneTerm(const QString& e164);
    // The full-text token of a birth year.
    [[nodiscard]] static QString yearToken(int year);
    // Exact terms for "these names, born that year": one per unordered pair of the names'
    // distinct phonetic keys (a particle is its own key). A document holds every pair of its keys,
    // so a search by two names and a year is one lookup bounded by its answer, where the full-text
    // AND walks the lists of common names and years, which grow with the register. Empty when the
    // tokens have fewer than two distinct keys, or, with `strict` (a query), when a token has no
    // key at all.
    [[nodiscard]] static QStringList namePairTerms(const QStringList& nameTokens, int year,
                                                   bool strict = false);
    // The same pairs of the names as spelled (normalised letters; a particle in its one form),
    // "ns:": a search reads the namesakes spelled as typed before the variants that sound alike,
    // so that its work stays bounded where a common name has thousands of namesakes. A document
    // pairs the words of each script apart.
    [[nodiscard]] static QStringList spellingPairTerms(const QStringList& nameTokens, int year,
                                                       bool strict = false);
    // The term of a dependant's Coverage that names its insured.
    [[nodiscard]] static QString insuredTerm(const QString& insuredId);
};

} // namespace sijil::registry
