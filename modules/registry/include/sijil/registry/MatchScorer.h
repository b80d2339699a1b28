#pragma once

#include <sijil/registry/MatchInput.h>

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sijil::registry {

// A patient reduced once to what comparisons need, so that a candidate list is scored without
// normalising the same names again and again.
struct MatchProfile {
    QStringList familyKeys; // nameKey of the family name in each script present
    QStringList givenKeys;
    QString familyLatin; // normalised Latin spelling, spaces removed; empty without one
    QString givenLatin;
    core::PartialDate birthDate;
    core::Sex sex = core::Sex::Unknown;
    QString document;   // upper case, no spaces
    QString phone;      // the last nine digits
    QString birthPlace; // nameKey
};

enum class MatchClass { Match, PossibleMatch, NonMatch };

struct MatchResult {
    double weight = 0;
    MatchClass cls = MatchClass::NonMatch;
    QList<QPair<QString, double>> fieldWeights; // field name, its weight: what made the score
};

// Record linkage after Fellegi and Sunter: each field adds log2(m/u), where m is how often the
// field agrees that way for the same person (typos, transliterations and all) and u how often it
// does for two different people. The sum is compared with two thresholds.
class MatchScorer {
public:
    struct Thresholds {
        double match;
        double possible;
    };
    explicit MatchScorer(Thresholds thresholds = defaults());
    static Thresholds defaults();

    static MatchProfile profile(const MatchInput& input);
    // A match beyond doubt: the same document, or every name, the full birth date, the sex and a
    // phone or birthplace agreeing, with no field against it. What may be acted on with nobody
    // to ask (an import), with the names' spelling checked by the caller.
    [[nodiscard]] static bool certain(const MatchResult& result);
    [[nodiscard]] MatchResult score(const MatchProfile& a, const MatchProfile& b) const;
    [[nodiscard]] const Thresholds& thresholds() const { return m_thresholds; }

    // A few short keys, so that only records sharing one are compared: birth year with the
    // family or the given name key, the two name keys together, the document number, the phone.
    static QStringList blockingKeys(const MatchInput& input);
    // Finer keys, indexed beside the above (same "blk:" prefix), which stay small in a register
    // of millions where a birth year with a common name holds thousands: the full birth date
    // (day and month in either order) with the family or the given name key; the birth year
    // with both name keys; for a date known to the year only, the same behind 'o'.
    static QStringList fineKeys(const MatchInput& input);
    // What the scan of a whole register (PatientRegistry::scanDuplicates) looks up for one
    // patient: `narrow`, keys a few patients hold even at 10 M (the full date with a name; the
    // year-only namesakes of its year, so that a full date meets a year-only one without reading
    // the year's block); `wide`, the blocking keys and the year with both names, small in a
    // small register only.
    struct ScanKeys {
        QStringList narrow;
        QStringList wide;
    };
    static ScanKeys scanKeys(const MatchInput& input);
    // Jaro-Winkler similarity, 0 to 1.
    static double similarity(const QString& a, const QString& b);

private:
    Thresholds m_thresholds;
};

} // namespace sijil::registry
