#include <sijil/registry/MatchScorer.h>
#include <sijil/registry/NameNormalizer.h>

#include <QHash>

#include <algorithm>
#include <cmath>

namespace sijil::registry {

namespace {

using Script = core::PersonName::Script;
using Precision = core::PartialDate::Precision;

// log2(m/u) of each outcome. m and u were set from what desks get wrong (a few percent of typos,
// a transliteration in most cross-script pairs) and checked on the synthetic population of the
// tests (tst_MatchQuality); the thresholds were set from its weight histogram (seed 20261130)
// and hold on other seeds (the benchmark runs another one at 1 M).
double weight(double m, double u) {
    return std::log2(m / u);
}

const double kFamilyAgree = weight(0.90, 0.01);
const double kFamilyClose = weight(0.07, 0.004);
const double kFamilyDisagree = weight(0.03, 0.986);
const double kGivenAgree = weight(0.90, 0.03);
const double kGivenClose = weight(0.07, 0.01);
const double kGivenDisagree = weight(0.03, 0.96);
const double kSwappedNames = weight(0.02, 0.0003);
const double kDateAgree = weight(0.93, 0.0006);
const double kDateSwapped = weight(0.02, 0.0006);
const double kYearAgree = weight(0.95, 0.017); // one side knows only the year
const double kYearMonthAgree = weight(0.95, 0.0014);
const double kSameYearOtherDay = weight(0.01, 0.016);
const double kDateDisagree = weight(0.02, 0.98);
const double kSexAgree = weight(0.98, 0.5);
const double kSexDisagree = weight(0.02, 0.5);
const double kDocumentAgree = weight(0.90, 0.000001);
const double kDocumentClose = weight(0.05, 0.00001);
const double kDocumentDisagree = weight(0.01, 0.999); // a CNIE keeps its number when renewed
const double kPhoneAgree = weight(0.60, 0.001);
const double kPhoneDisagree = weight(0.30, 0.999);
const double kPlaceAgree = weight(0.80, 0.05);
const double kPlaceDisagree = weight(0.20, 0.95);

constexpr double kClose = 0.88; // Jaro-Winkler from which two name keys are "close"

QString digitsOf(const QString& s) {
    QString out;
    for (const QChar c : s) {
        if (c.isDigit())
            out += c;
    }
    return out.right(9);
}

QString compact(const QString& s) {
    QString out;
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

enum class Level { Missing, Agree, Close, Disagree };

// Equal skeletons of clearly different Latin spellings (Mohamed / Mahmoud) are
// only close: the skeleton drops the vowels that tell them apart.
constexpr double kSameSpelling = 0.78;

Level compareKeys(const QStringList& a, const QStringList& b, const QString& latinA = {},
                  const QString& latinB = {}) {
    if (a.isEmpty() || b.isEmpty())
        return Level::Missing;
    double best = 0;
    for (const QString& x : a) {
        for (const QString& y : b) {
            if (x == y) {
                if (!latinA.isEmpty() && !latinB.isEmpty() &&
                    MatchScorer::similarity(latinA, latinB) < kSameSpelling)
                    return Level::Close;
                return Level::Agree;
            }
            best = std::max(best, MatchScorer::similarity(x, y));
        }
    }
    return best >= kClose ? Level::Close : Level::Disagree;
}

// At most one substitution, or one neighbour swap, between two document numbers.
bool oneSlipApart(const QString& a, const QString& b) {
    if (a.size() != b.size())
        return false;
    QList<qsizetype> diff;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            diff << i;
    }
    if (diff.size() == 1)
        return true;
    return diff.size() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] &&
           a[diff[1]] == b[diff[0]];
}

double dateWeight(const core::PartialDate& a, const core::PartialDate& b) {
    if (!a.isValid() || !b.isValid())
        return 0;
    if (a.yearValue() != b.yearValue())
        return kDateDisagree;
    if (a.precision() == Precision::Year || b.precision() == Precision::Year)
        return kYearAgree;
    if (a.precision() == Precision::Month || b.precision() == Precision::Month)
        return a.monthValue() == b.monthValue() ? kYearMonthAgree : kSameYearOtherDay;
    // 1 January stands in for an unknown day in many older civil records: two people "born" on
    // it agree on the year only, as far as anyone knows.
    if (a.monthValue() == 1 && a.dayValue() == 1 && b.monthValue() == 1 && b.dayValue() == 1)
        return kYearAgree;
    if (a.monthValue() == b.monthValue() && a.dayValue() == b.dayValue())
        return kDateAgree;
    if (a.monthValue() == b.dayValue() && a.dayValue() == b.monthValue())
        return kDateSwapped;
    return kSameYearOtherDay;
}

QStringList keysOf(const core::PersonName& name, bool family) {
    QStringList out;
    for (Script s : {Script::Latin, Script::Arabic}) {
        const QString key = NameNormalizer::nameKey(family ? name.family(s) : name.given(s));
        if (!key.isEmpty() && !out.contains(key))
            out << key;
    }
    return out;
}

} // namespace

MatchScorer::MatchScorer(Thresholds thresholds)
    : m_thresholds(thresholds) {}

MatchScorer::Thresholds MatchScorer::defaults() {
    return {21.0, 16.0};
}

MatchProfile MatchScorer::profile(const MatchInput& in) {
    MatchProfile p;
    p.familyKeys = keysOf(in.name, true);
    p.givenKeys = keysOf(in.name, false);
    p.familyLatin = NameNormalizer::normalizeLatin(in.name.family(Script::Latin)).remove(u' ');
    p.givenLatin = NameNormalizer::normalizeLatin(in.name.given(Script::Latin)).remove(u' ');
    p.birthDate = in.birthDate;
    p.sex = in.sex;
    p.document = compact(in.documentNumber);
    p.phone = digitsOf(in.phone);
    p.birthPlace = NameNormalizer::nameKey(in.birthPlace);
    return p;
}

MatchResult MatchScorer::score(const MatchProfile& a, const MatchProfile& b) const {
    MatchResult r;
    auto add = [&r](const char* field, double w) {
        if (w != 0) {
            r.fieldWeights << qMakePair(QString::fromLatin1(field), w);
            r.weight += w;
        }
    };
    const Level family = compareKeys(a.familyKeys, b.familyKeys, a.familyLatin, b.familyLatin);
    const Level given = compareKeys(a.givenKeys, b.givenKeys, a.givenLatin, b.givenLatin);
    const bool swapped = family == Level::Disagree && given == Level::Disagree &&
                         compareKeys(a.familyKeys, b.givenKeys) == Level::Agree &&
                         compareKeys(a.givenKeys, b.familyKeys) == Level::Agree;
    if (swapped) {
        add("names-swapped", kSwappedNames);
    } else {
        add("family", family == Level::Agree      ? kFamilyAgree
                      : family == Level::Close    ? kFamilyClose
                      : family == Level::Disagree ? kFamilyDisagree
                                                  : 0);
        add("given", given == Level::Agree      ? kGivenAgree
                     : given == Level::Close    ? kGivenClose
                     : given == Level::Disagree ? kGivenDisagree
                                                : 0);
    }
    add("birthDate", dateWeight(a.birthDate, b.birthDate));
    if (a.sex != core::Sex::Unknown && b.sex != core::Sex::Unknown)
        add("sex", a.sex == b.sex ? kSexAgree : kSexDisagree);
    if (!a.document.isEmpty() && !b.document.isEmpty())
        add("document", a.document == b.document               ? kDocumentAgree
                        : oneSlipApart(a.document, b.document) ? kDocumentClose
                                                               : kDocumentDisagree);
    if (a.phone.size() == 9 && b.phone.size() == 9)
        add("phone", a.phone == b.phone ? kPhoneAgree : kPhoneDisagree);
    if (!a.birthPlace.isEmpty() && !b.birthPlace.isEmpty())
        add("birthPlace", a.birthPlace == b.birthPlace ? kPlaceAgree : kPlaceDisagree);
    r.cls = r.weight >= m_thresholds.match      ? MatchClass::Match
            : r.weight >= m_thresholds.possible ? MatchClass::PossibleMatch
                                                : MatchClass::NonMatch;
    // Twins share a family name, a birth date, often a phone and an address: their weight can
    // reach a match. Other given names, with no document to say they are one person, leave it
    // to a person to decide.
    const bool sameDocument = !a.document.isEmpty() && a.document == b.document;
    if (r.cls == MatchClass::Match && !swapped && given == Level::Disagree && !sameDocument)
        r.cls = MatchClass::PossibleMatch;
    return r;
}

bool MatchScorer::certain(const MatchResult& result) {
    QHash<QString, double> w;
    for (const auto& [field, weight] : result.fieldWeights) {
        if (weight < 0)
            return false;
        w.insert(field, weight);
    }
    if (w.value(QStringLiteral("document")) == kDocumentAgree)
        return true;
    // Namesakes sharing a birthday are common in a national register: a phone or a birthplace
    // must agree too.
    return w.value(QStringLiteral("family")) == kFamilyAgree &&
           w.value(QStringLiteral("given")) == kGivenAgree &&
           w.value(QStringLiteral("birthDate")) == kDateAgree &&
           w.value(QStringLiteral("sex")) == kSexAgree &&
           (w.value(QStringLiteral("phone")) > 0 || w.value(QStringLiteral("birthPlace")) > 0);
}

QStringList MatchScorer::blockingKeys(const MatchInput& in) {
    const QStringList families = keysOf(in.name, true);
    const QStringList givens = keysOf(in.name, false);
    QStringList keys;
    const QString year =
        in.birthDate.isValid() ? QString::number(in.birthDate.yearValue()) : QString();
    if (!year.isEmpty()) {
        for (const QString& f : families)
            keys << QStringLiteral("y%1f%2").arg(year, f);
        for (const QString& g : givens)
            keys << QStringLiteral("y%1g%2").arg(year, g);
    }
    for (const QString& f : families) {
        for (const QString& g : givens) // in name order, so that a swap meets the same key
            keys << QStringLiteral("n%1").arg(f < g ? f + u':' + g : g + u':' + f);
    }
    if (const QString d = compact(in.documentNumber); !d.isEmpty())
        keys << QStringLiteral("d") + d;
    if (const QString p = digitsOf(in.phone); p.size() == 9)
        keys << QStringLiteral("p") + p;
    keys.removeDuplicates();
    return keys;
}

namespace {

// The birth year with both name keys, in name order (a swap meets the same key), behind `tag`.
QStringList yearNameKeys(const MatchInput& in, QChar tag) {
    const QStringList families = keysOf(in.name, true);
    const QStringList givens = keysOf(in.name, false);
    const QString year = QString::number(in.birthDate.yearValue());
    QStringList keys;
    for (const QString& f : families) {
        for (const QString& g : givens)
            keys << tag + year + u'n' + (f < g ? f + u':' + g : g + u':' + f);
    }
    return keys;
}

} // namespace

QStringList MatchScorer::fineKeys(const MatchInput& in) {
    if (!in.birthDate.isValid())
        return {};
    QStringList keys;
    const bool fullDate = in.birthDate.precision() == core::PartialDate::Precision::Day;
    const int day = fullDate ? in.birthDate.dayValue() : 0;
    const int month = fullDate ? in.birthDate.monthValue() : 0;
    // Older civil records write 1 January for an unknown day (dateWeight() reads it as the year
    // only): at 10 M its blocks with a name pass any cap, so it is keyed as a year-only date.
    if (fullDate && !(day == 1 && month == 1)) {
        // 'D', the year, then the day and the month the smaller first: a day and month swapped
        // (03/12 for 12/03) meets the same key; a year-only date never meets a full one here.
        const QString date = QStringLiteral("D%1%2%3")
                                 .arg(in.birthDate.yearValue(), 4, 10, QLatin1Char('0'))
                                 .arg(std::min(day, month), 2, 10, QLatin1Char('0'))
                                 .arg(std::max(day, month), 2, 10, QLatin1Char('0'));
        for (const QString& f : keysOf(in.name, true))
            keys << date + u'f' + f;
        for (const QString& g : keysOf(in.name, false))
            keys << date + u'g' + g;
    } else {
        // A date known to the year (or month) only, or 1 January: its namesakes born that year
        // meet it here without reading the year's whole block (scanKeys()).
        keys << yearNameKeys(in, u'o');
    }
    // What the year+family and year+given blocks share, for the registers where they are small
    // enough to read and this one is too (another day typed, say).
    keys << yearNameKeys(in, u'y');
    keys.removeDuplicates();
    return keys;
}

MatchScorer::ScanKeys MatchScorer::scanKeys(const MatchInput& in) {
    ScanKeys keys;
    for (const QString& key : fineKeys(in)) {
        // The full date with a name, the year-only namesakes: a few patients each, even at 10 M.
        (key.startsWith(u'D') || key.startsWith(u'o') ? keys.narrow : keys.wide) << key;
    }
    // A full date asks for the year-only namesakes too: the pair is found from its side.
    if (in.birthDate.isValid() && in.birthDate.precision() == core::PartialDate::Precision::Day)
        keys.narrow << yearNameKeys(in, u'o');
    keys.wide << blockingKeys(in);
    keys.wide.removeDuplicates();
    return keys;
}

double MatchScorer::similarity(const QString& a, const QString& b) {
    if (a == b)
        return a.isEmpty() ? 0 : 1;
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 || lb == 0)
        return 0;
    const qsizetype range = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    QList<bool> ma(la, false);
    QList<bool> mb(lb, false);
    int matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype lo = std::max<qsizetype>(0, i - range);
        const qsizetype hi = std::min(lb - 1, i + range);
        for (qsizetype j = lo; j <= hi; ++j) {
            if (!mb[j] && a[i] == b[j]) {
                ma[i] = mb[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0;
    int transpositions = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < la; ++i) {
        if (!ma[i])
            continue;
        while (!mb[k])
            ++k;
        if (a[i] != b[k])
            ++transpositions;
        ++k;
    }
    const double m = matches;
    const double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

} // namespace sijil::registry
