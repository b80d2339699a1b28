// The matcher's decisions on pairs a desk meets: the same person across scripts, spellings,
// typos and partial dates; different people who share a common name.
#include <sijil/registry/MatchScorer.h>

#include <QtTest>

using namespace sijil::registry;
using sijil::core::PartialDate;
using sijil::core::PersonName;
using sijil::core::Sex;

Q_DECLARE_METATYPE(sijil::registry::MatchInput)
Q_DECLARE_METATYPE(sijil::registry::MatchClass)

namespace {

MatchInput person(const QString& family, const QString& given, const QString& familyAr,
                  const QString& givenAr, PartialDate born, Sex sex = Sex::Male,
                  const QString& doc = {}, const QString& phone = {}) {
    return MatchInput{PersonName(family, given, familyAr, givenAr), born, sex, doc, phone, {}};
}

PartialDate day(int y, int m, int d) {
    return PartialDate::fromDate(QDate(y, m, d));
}

const QString kAlaoui = QStringLiteral("Alaoui");
const QString kAlaouiAr = QStringLiteral("العلوي");
const QString kMohamed = QStringLiteral("Mohamed");
const QString kMohamedAr = QStringLiteral("محمد");

} // namespace

class MatchScorerTest : public QObject {
    Q_OBJECT

private slots:
    void pairs_data() {
        QTest::addColumn<MatchInput>("a");
        QTest::addColumn<MatchInput>("b");
        QTest::addColumn<bool>("same"); // Match or PossibleMatch expected; else NonMatch
        const MatchInput base =
            person(kAlaoui, kMohamed, kAlaouiAr, kMohamedAr, day(1975, 3, 12), Sex::Male,
                   QStringLiteral("BE123456"), QStringLiteral("0612345678"));
        QTest::newRow("identical") << base << base << true;
        QTest::newRow("latin only vs arabic only")
            << person(kAlaoui, kMohamed, {}, {}, day(1975, 3, 12))
            << person({}, {}, kAlaouiAr, kMohamedAr, day(1975, 3, 12)) << true;
        QTest::newRow("transliteration")
            << base
            << person(QStringLiteral("Alaoui"), QStringLiteral("Mohammed"), {}, {},
                      day(1975, 3, 12))
            << true;
        QTest::newRow("typo in family name")
            << base << person(QStringLiteral("Alaoiu"), kMohamed, {}, {}, day(1975, 3, 12)) << true;
        QTest::newRow("names swapped")
            << base << person(kMohamed, kAlaoui, kMohamedAr, kAlaouiAr, day(1975, 3, 12)) << true;
        QTest::newRow("year only")
            << base << person(kAlaoui, kMohamed, kAlaouiAr, kMohamedAr, PartialDate::year(1975))
            << true;
        QTest::newRow("day and month swapped")
            << base << person(kAlaoui, kMohamed, kAlaouiAr, kMohamedAr, day(1975, 12, 3)) << true;
        QTest::newRow("same CNIE, other spelling, no date")
            << base
            << person(QStringLiteral("Elalaoui"), QStringLiteral("Mhamed"), {}, {}, PartialDate(),
                      Sex::Male, QStringLiteral("be 123456"))
            << true;
        QTest::newRow("common name, other birth date")
            << base << person(kAlaoui, kMohamed, kAlaouiAr, kMohamedAr, day(1982, 7, 1)) << false;
        QTest::newRow("common name, same year, other day, other CNIE")
            << base
            << person(kAlaoui, kMohamed, kAlaouiAr, kMohamedAr, day(1975, 8, 30), Sex::Male,
                      QStringLiteral("A998877"))
            << false;
        QTest::newRow("Mahmoud is not Mohamed")
            << person(kAlaoui, kMohamed, {}, {}, day(1975, 3, 12))
            << person(kAlaoui, QStringLiteral("Mahmoud"), {}, {}, day(1975, 8, 2)) << false;
        QTest::newRow("sister with the same birthday")
            << person(kAlaoui, QStringLiteral("Fatima"), {}, {}, day(1990, 1, 1), Sex::Female)
            << person(kAlaoui, QStringLiteral("Khadija"), {}, {}, day(1990, 1, 1), Sex::Female)
            << false;
    }
    void pairs() {
        QFETCH(MatchInput, a);
        QFETCH(MatchInput, b);
        QFETCH(bool, same);
        const MatchScorer scorer;
        const MatchResult r = scorer.score(MatchScorer::profile(a), MatchScorer::profile(b));
        QStringList why;
        for (const auto& [field, w] : r.fieldWeights)
            why << QStringLiteral("%1=%2").arg(field).arg(w, 0, 'f', 1);
        QVERIFY2((r.cls != MatchClass::NonMatch) == same,
                 qPrintable(QString::number(r.weight) + u' ' + why.join(u' ')));
        // Symmetric.
        QCOMPARE(scorer.score(MatchScorer::profile(b), MatchScorer::profile(a)).weight, r.weight);
    }

    // Twins: one family, one birthday, one phone; the weight reaches a match, yet other given
    // names make them two people until someone looks. The same document number settles it.
    void twinsAreAtMostPossibleUnlessOneDocumentSaysOtherwise() {
        const MatchInput yassine =
            person(kAlaoui, QStringLiteral("Yassine"), {}, {}, day(2001, 6, 9), Sex::Male, {},
                   QStringLiteral("0612345678"));
        MatchInput anas = yassine;
        anas.name = PersonName(kAlaoui, QStringLiteral("Anas"));
        const MatchScorer scorer;
        const MatchResult twins =
            scorer.score(MatchScorer::profile(yassine), MatchScorer::profile(anas));
        QVERIFY2(twins.weight >= scorer.thresholds().match,
                 qPrintable(QString::number(twins.weight)));
        QCOMPARE(twins.cls, MatchClass::PossibleMatch);
        MatchInput typo = yassine; // one letter off: the same person typed twice
        typo.name = PersonName(kAlaoui, QStringLiteral("Yasine"));
        QCOMPARE(scorer.score(MatchScorer::profile(yassine), MatchScorer::profile(typo)).cls,
                 MatchClass::Match);
        MatchInput documented = anas;
        MatchInput documentedToo = yassine;
        documented.documentNumber = documentedToo.documentNumber = QStringLiteral("BE123456");
        QCOMPARE(
            scorer.score(MatchScorer::profile(documentedToo), MatchScorer::profile(documented)).cls,
            MatchClass::Match);
    }

    // Namesakes whose records say 1 January (the day nobody knew) are not the same person for
    // it: they agree as on a year, not as on a birthday.
    void firstOfJanuaryCountsAsTheYearOnly() {
        const MatchInput a = person(kAlaoui, kMohamed, {}, {}, day(1950, 1, 1), Sex::Male, {},
                                    QStringLiteral("0612345678"));
        MatchInput b = a;
        b.phone = QStringLiteral("0661000000");
        MatchInput yearOnly = b;
        yearOnly.birthDate = PartialDate::year(1950);
        const MatchScorer scorer;
        const MatchResult placeholder =
            scorer.score(MatchScorer::profile(a), MatchScorer::profile(b));
        QCOMPARE(placeholder.weight,
                 scorer.score(MatchScorer::profile(a), MatchScorer::profile(yearOnly)).weight);
        QVERIFY(placeholder.cls != MatchClass::Match);
        MatchInput c = a, d = b; // a real birthday, otherwise the same
        c.birthDate = d.birthDate = day(1950, 3, 12);
        QVERIFY(scorer.score(MatchScorer::profile(c), MatchScorer::profile(d)).weight >
                placeholder.weight);
    }

    // Certain, with nobody to ask: a document, or the names, the birthday, the sex and a phone.
    // Namesakes sharing a birthday are not certain on that alone.
    void certainNeedsADocumentOrAPhoneBesideTheBirthday() {
        const MatchScorer scorer;
        MatchInput a = person(kAlaoui, kMohamed, {}, {}, day(1975, 3, 12));
        const MatchResult namesakes =
            scorer.score(MatchScorer::profile(a), MatchScorer::profile(a));
        QCOMPARE(namesakes.cls, MatchClass::Match);
        QVERIFY(!MatchScorer::certain(namesakes));
        a.phone = QStringLiteral("0612345678");
        QVERIFY(
            MatchScorer::certain(scorer.score(MatchScorer::profile(a), MatchScorer::profile(a))));
        MatchInput other = a;
        other.phone = QStringLiteral("0661000000"); // a field against
        QVERIFY(!MatchScorer::certain(
            scorer.score(MatchScorer::profile(a), MatchScorer::profile(other))));
    }

    void moreAgreementNeverScoresLess() {
        MatchInput a = person(kAlaoui, kMohamed, {}, {}, day(1975, 3, 12));
        MatchInput b = a;
        const MatchScorer scorer;
        const double namesAndDate =
            scorer.score(MatchScorer::profile(a), MatchScorer::profile(b)).weight;
        a.documentNumber = b.documentNumber = QStringLiteral("BE123456");
        const double withDocument =
            scorer.score(MatchScorer::profile(a), MatchScorer::profile(b)).weight;
        QVERIFY(withDocument > namesAndDate);
        b.documentNumber = QStringLiteral("BE123465"); // two digits swapped: one slip
        const double slip = scorer.score(MatchScorer::profile(a), MatchScorer::profile(b)).weight;
        QVERIFY(slip < withDocument && slip > namesAndDate);
        b.documentNumber = QStringLiteral("ZZ999999");
        QVERIFY(scorer.score(MatchScorer::profile(a), MatchScorer::profile(b)).weight <
                namesAndDate);
    }

    void thresholdsAreConfigurable() {
        const MatchInput a = person(kAlaoui, kMohamed, {}, {}, day(1975, 3, 12));
        const MatchProfile p = MatchScorer::profile(a);
        const double w = MatchScorer().score(p, p).weight;
        QCOMPARE(MatchScorer({w + 1, w - 1}).score(p, p).cls, MatchClass::PossibleMatch);
        QCOMPARE(MatchScorer({w + 2, w + 1}).score(p, p).cls, MatchClass::NonMatch);
        QCOMPARE(MatchScorer({w, w}).score(p, p).cls, MatchClass::Match);
    }

    void blockingKeysMeetAcrossScriptsSwapsAndIdentifiers() {
        const auto shared = [](const MatchInput& a, const MatchInput& b) {
            const QStringList ka = MatchScorer::blockingKeys(a);
            for (const QString& k : MatchScorer::blockingKeys(b)) {
                if (ka.contains(k))
                    return true;
            }
            return false;
        };
        const MatchInput latin = person(kAlaoui, kMohamed, {}, {}, day(1975, 3, 12));
        QVERIFY(shared(latin, person({}, {}, kAlaouiAr, kMohamedAr, PartialDate::year(1975))));
        QVERIFY(shared(
            latin, person(kMohamed, kAlaoui, {}, {}, day(1976, 3, 12)))); // swapped, typo'd year
        QVERIFY(shared(person(QStringLiteral("X"), QStringLiteral("Y"), {}, {}, {}, Sex::Male,
                              QStringLiteral("BE1")),
                       person(QStringLiteral("Z"), QStringLiteral("W"), {}, {}, {}, Sex::Male,
                              QStringLiteral("be 1"))));
        QVERIFY(shared(person(QStringLiteral("X"), QStringLiteral("Y"), {}, {}, {}, Sex::Male, {},
                              QStringLiteral("06 12 34 56 78")),
                       person(QStringLiteral("Z"), QStringLiteral("W"), {}, {}, {}, Sex::Male, {},
                              QStringLiteral("+212612345678"))));
        QVERIFY(!shared(latin, person(QStringLiteral("Tazi"), QStringLiteral("Karim"), {}, {},
                                      day(1975, 3, 12))));
    }

    void jaroWinklerKnownValues() {
        QCOMPARE(MatchScorer::similarity(QStringLiteral("abc"), QStringLiteral("abc")), 1.0);
        QCOMPARE(MatchScorer::similarity(QString(), QStringLiteral("abc")), 0.0);
        // The textbook example: MARTHA / MARHTA = 0.961.
        QVERIFY(qAbs(MatchScorer::similarity(QStringLiteral("martha"), QStringLiteral("marhta")) -
                     0.961) < 0.001);
        QVERIFY(qAbs(MatchScorer::similarity(QStringLiteral("dixon"), QStringLiteral("dicksonx")) -
                     0.813) < 0.001);
    }
};

QTEST_GUILESS_MAIN(MatchScorerTest)
#include "tst_MatchScorer.moc"
