// A search by names and a birth year reads the namesakes spelled as typed before those whose
// names only sound alike, and a bounded number of those: a common name born in a common year has
// thousands of namesakes in a national register, and the work must not grow with them.
#include "NameSearchTools.h"
#include "RegistryFixture.h"

#include <sijil/registry/NameNormalizer.h>
#include <sijil/registry/SearchQuery.h>

#include <QtTest>

using namespace sijil::registry;
using namespace sijil;
using testing::person;
using testing::RegistryFixture;
using Script = core::PersonName::Script;
using namespace Qt::StringLiterals;

namespace {

// Imports `count` people named `family given`, born `year`, without a review queue (thousands
// of namesakes would each be scored against their nearest, which these tests are not about).
bool namesakes(RegistryFixture& f, const QString& family, const QString& given, int year,
               int count) {
    PatientRegistry loader({*f.store, *f.index, *f.identifiers, *f.audit, *f.reference});
    QList<PatientRecord> records;
    for (int i = 0; i < count; ++i)
        records << person(family, given, year);
    const auto report =
        loader.importPatients(records, f.session, 1000, {}, PatientRegistry::KnownPatients::Queue);
    return report.ok() && report->rejected.isEmpty() && !report->stoppedBy;
}

QStringList givenNames(const QList<PatientHit>& hits) {
    QStringList out;
    for (const PatientHit& h : hits)
        out << h.record.name.given(Script::Latin);
    return out;
}

} // namespace

class SpelledNameSearchTest : public QObject {
    Q_OBJECT

private slots:
    void spellingPairsAreUnorderedAndCarryTheYear() {
        const QStringList ab = PatientIndexer::spellingPairTerms({u"alaoui"_s, u"mohamed"_s}, 1975);
        QCOMPARE(ab, QStringList{u"ns:alaoui|mohamed|1975"_s});
        QCOMPARE(PatientIndexer::spellingPairTerms({u"mohamed"_s, u"alaoui"_s}, 1975), ab);
        // Unlike the phonetic pairs, a variant spelling is another term.
        QVERIFY(PatientIndexer::spellingPairTerms({u"alaoui"_s, u"mohammed"_s}, 1975) != ab);
        QCOMPARE(PatientIndexer::namePairTerms({u"alaoui"_s, u"mohammed"_s}, 1975),
                 PatientIndexer::namePairTerms({u"alaoui"_s, u"mohamed"_s}, 1975));
        QVERIFY(PatientIndexer::spellingPairTerms({u"alaoui"_s, u"mohamed"_s}, 1976) != ab);
        // A particle has one spelling: El, Al and "ال".
        QCOMPARE(PatientIndexer::spellingPairTerms({u"al"_s, u"idrissi"_s}, 1980),
                 PatientIndexer::spellingPairTerms({u"el"_s, u"idrissi"_s}, 1980));
        QCOMPARE(PatientIndexer::spellingPairTerms({u"ال"_s, u"ادريسي"_s}, 1980),
                 PatientIndexer::spellingPairTerms({u"el"_s, u"ادريسي"_s}, 1980));
        // One word twice is not a pair; three words, three pairs.
        QVERIFY(PatientIndexer::spellingPairTerms({u"mohamed"_s, u"mohamed"_s}, 1975).isEmpty());
        QCOMPARE(
            PatientIndexer::spellingPairTerms({u"el"_s, u"idrissi"_s, u"fatima"_s}, 1980).size(),
            3);
        // A query with more words than a document pairs reads the phonetic pairs only.
        QStringList many;
        for (int i = 0; i < 13; ++i)
            many << u"nom%1"_s.arg(QChar(u'a' + i));
        QCOMPARE(PatientIndexer::spellingPairTerms(many, 1975).size(), 12 * 11 / 2);
        QVERIFY(PatientIndexer::spellingPairTerms(many, 1975, true).isEmpty());
    }

    // The spellings of each script are paired apart: a query is typed in one script, and
    // pairing across them would double a bilingual patient's terms for nothing.
    void aPatientsSpellingsArePairedWithinEachScript() {
        PatientRecord r = person(u"Alaoui"_s, u"Mohamed"_s, 1975);
        r.name = core::PersonName(u"Alaoui"_s, u"Mohamed"_s, u"العلوي"_s, u"محمد"_s);
        const storage::IndexEntry e = PatientIndexer::entryOf(r);
        QStringList spelled;
        for (const QString& term : e.terms) {
            if (term.startsWith(u"ns:"_s))
                spelled << term;
        }
        const auto latin = PatientIndexer::spellingPairTerms(
            NameNormalizer::tokens(u"Alaoui"_s) + NameNormalizer::tokens(u"Mohamed"_s), 1975);
        const auto arabic = PatientIndexer::spellingPairTerms(
            NameNormalizer::tokens(u"العلوي"_s) + NameNormalizer::tokens(u"محمد"_s), 1975);
        QVERIFY(!latin.isEmpty() && !arabic.isEmpty());
        QCOMPARE(spelled.size(), latin.size() + arabic.size());
        for (const QString& term : latin + arabic)
            QVERIFY2(spelled.contains(term), qPrintable(term));
    }

    // Registered first, 300 Alaoui Mohammed born in 1975 fill the index's list of that sound;
    // the 25 Alaoui Mohamed registered after them are the ones asked for and come first.
    void namesakesSpelledAsTypedFillThePageFirst() {
        RegistryFixture f(100000, 199999);
        QVERIFY(namesakes(f, u"Alaoui"_s, u"Mohammed"_s, 1975, 300));
        QVERIFY(namesakes(f, u"Alaoui"_s, u"Mohamed"_s, 1975, 25));
        const auto hits = f.registry->search(u"alaoui mohamed 1975"_s, 20).value();
        QCOMPARE(hits.size(), 20);
        QCOMPARE(givenNames(hits), QStringList(20, u"Mohamed"_s));
        // And the other way round.
        const auto other = f.registry->search(u"alaoui mohammed 1975"_s, 20).value();
        QCOMPARE(givenNames(other), QStringList(20, u"Mohammed"_s));
    }

    // A family and a given name sharing one phonetic key have no phonetic pair; their spellings
    // still make one, so the namesakes spelled as typed come first there too.
    void namesSharingAKeyAreReadSpelledAsTypedFirst() {
        QCOMPARE(NameNormalizer::phoneticKey(u"saadi"_s), NameNormalizer::phoneticKey(u"souad"_s));
        QCOMPARE(NameNormalizer::phoneticKey(u"sadi"_s), NameNormalizer::phoneticKey(u"saadi"_s));
        RegistryFixture f(100000, 199999);
        QVERIFY(namesakes(f, u"Sadi"_s, u"Souad"_s, 1953, 300));
        QVERIFY(namesakes(f, u"Saadi"_s, u"Souad"_s, 1953, 25));
        const auto plan = PatientRegistry::planSearch(SearchQuery::parse(u"saadi souad 1953"_s));
        QVERIFY(plan.names.isEmpty());
        const auto hits = f.registry->search(u"saadi souad 1953"_s, 20).value();
        QCOMPARE(hits.size(), 20);
        QStringList families;
        for (const PatientHit& h : hits)
            families << h.record.name.family(Script::Latin);
        QCOMPARE(families, QStringList(20, u"Saadi"_s));
    }

    // Five spelled as typed, then what sounds alike: the five lead the list, the page is
    // filled, and the pages read do not grow with the namesakes that only sound alike.
    void variantsFillThePageFromABoundedRead() {
        RegistryFixture f(100000, 199999);
        QVERIFY(namesakes(f, u"Alaoui"_s, u"Mohamed"_s, 1975, 100));
        QVERIFY(namesakes(f, u"Alaoui"_s, u"Mhamed"_s, 1975, 5));
        const QString query = u"alaoui mhamed 1975"_s;
        sqlite3* handle = testing::handleOf(*f.db);
        const auto measure = [&] {
            QList<PatientHit> hits;
            const auto search = [&] {
                hits = f.registry->search(query, 20).value();
            };
            (void)testing::pagesRead(handle, search); // the same pages cached for both counts
            const int pages = testing::pagesRead(handle, search);
            [&] {
                QCOMPARE(hits.size(), 20);
                QCOMPARE(givenNames(hits).mid(0, 5), QStringList(5, u"Mhamed"_s));
                QCOMPARE(givenNames(hits).mid(5), QStringList(15, u"Mohamed"_s));
            }();
            return pages;
        };
        const int small = measure();
        QVERIFY(namesakes(f, u"Alaoui"_s, u"Mohamed"_s, 1975, 900));
        const int large = measure();
        const QString counts = u"%1 then %2 pages"_s.arg(small).arg(large);
        qInfo().noquote() << counts;
        // Ten times the namesakes: a level more in a few B-trees, nothing in proportion.
        QVERIFY2(small > 0 && 2 * large < 3 * small, qPrintable(counts));
    }

    // Nobody spelled as typed (a typo, or an index being rebuilt): what sounds alike is read as
    // far as before, so the patient meant is still found behind 150 namesakes.
    void aSpellingNobodyHoldsReadsTheVariantsAsFarAsBefore() {
        RegistryFixture f(100000, 199999);
        QVERIFY(namesakes(f, u"Alaoui"_s, u"Mohammed"_s, 1975, 150));
        const QString meant =
            f.registry->registerPatient(person(u"Alaoui"_s, u"Mohamed"_s, 1975), f.session)
                .value()
                .id;
        // (Those sounding alike all rank alike here: a longer list shows how far it read.)
        const auto hits =
            f.registry->search(u"alaoui mohamad 1975"_s, PatientRegistry::kCandidates).value();
        QCOMPARE(hits.size(), 151);
        QVERIFY(std::any_of(hits.begin(), hits.end(),
                            [&](const PatientHit& h) { return h.record.id == meant; }));
    }

    // A store indexed before the spelled pairs (schema 16) is indexed again when it is opened;
    // its old entries serve meanwhile, so the desk keeps its box.
    void aStoreIndexedBeforeSpelledPairsIsIndexedAgain() {
        testing::OlderStore old;
        const QStringList spelled{u"ns:alaoui|mohamed|1975"_s};
        const QString id = old.registered(person(u"Alaoui"_s, u"Mohamed"_s, 1975));
        QCOMPARE(old.stack->index->byAllTerms(u"Patient"_s, spelled, 10).value(), QStringList{id});
        QVERIFY(old.reopenedAfter({u"DELETE FROM search_terms WHERE term LIKE 'ns:%'"_s,
                                   u"DELETE FROM schema_history WHERE version >= 17"_s,
                                   u"PRAGMA user_version = 16"_s}));
        QCOMPARE(old.stepsMarkingRebuild().value(0), 17); // not only the later steps that mark it
        QCOMPARE(old.stack->index->needsRebuild(u"Patient"_s).value(), true);
        QCOMPARE(old.stack->index->findsEveryResource(u"Patient"_s).value(), true);
        // Meanwhile the phonetic pairs find the patient.
        QCOMPARE(old.stack->registry->search(u"alaoui mohamed 1975"_s).value().size(), 1);
        QVERIFY(old.stack->index->rebuild(PatientIndexer()).value().complete);
        QCOMPARE(old.stack->index->byAllTerms(u"Patient"_s, spelled, 10).value(), QStringList{id});
    }
};

QTEST_GUILESS_MAIN(SpelledNameSearchTest)
#include "tst_SpelledNameSearch.moc"
