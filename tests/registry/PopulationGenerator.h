#pragma once

#include <sijil/registry/MatchInput.h>
#include <sijil/registry/PatientRecord.h>

#include <QList>
#include <QRandomGenerator>

namespace sijil::registry::testing {

// A synthetic Moroccan population for measuring the matcher: realistic names in both scripts,
// birth dates, sexes, CNIE numbers, phones and birth places, with a share of duplicates made the
// way desks make them (typos, other transliterations, one script only, names swapped, year only,
// day and month swapped, phone missing or changed). Deterministic for a given seed.
class PopulationGenerator {
public:
    struct Population {
        QList<MatchInput> people;
        QList<int> personIds; // records of one person share an id: duplicates of duplicates too
    };

    explicit PopulationGenerator(quint32 seed);
    // `size` records of which about `duplicateShare` are duplicates of an earlier one.
    Population generate(int size, double duplicateShare);
    // One original record and one corrupted copy of it.
    MatchInput person();
    MatchInput duplicateOf(const MatchInput& original);
    // A record the registry takes: a CNIE when there is a number, the phone only if valid (the
    // generator draws numbers in ranges operators may not have opened), no coverage.
    static PatientRecord record(const MatchInput& in);

private:
    QString typo(const QString& word);
    QString variant(const QString& latin);
    int below(int n) { return static_cast<int>(m_random.bounded(n)); }
    bool chance(double p) { return m_random.generateDouble() < p; }

    QRandomGenerator m_random;
};

} // namespace sijil::registry::testing
