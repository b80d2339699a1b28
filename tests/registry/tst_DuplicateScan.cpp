// The scan of the whole register for duplicates (sijilctl dedup scan): its work per patient does
// not follow how common a name is, it finds the generator's duplicates at least as well as the
// desk's check per patient, and the fine keys it leans on are indexed in stores made before.
#include "NameSearchTools.h"
#include "PopulationGenerator.h"
#include "RegistryFixture.h"

#include <sijil/registry/MatchScorer.h>
#include <sijil/storage/ImportJournal.h>

#include <QHash>
#include <QSet>
#include <QtTest>

#include <functional>

using namespace sijil;
using namespace sijil::registry;
using namespace sijil::registry::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

PatientRecord born(const QString& family, const QString& given, const QDate& date) {
    MatchInput in;
    in.name = core::PersonName(family, given);
    in.birthDate = core::PartialDate::fromDate(date);
    in.sex = core::Sex::Male;
    return PopulationGenerator::record(in);
}

// Alaoui Mohamed registered on that date, then again with the given name spelled otherwise.
std::pair<PatientRecord, PatientRecord> registeredTwice(RegistryFixture& f, const QString& spelled,
                                                        const QDate& date) {
    return {f.registry->registerPatient(born(u"Alaoui"_s, u"Mohamed"_s, date), f.session).value(),
            f.registry->registerPatient(born(u"Alaoui"_s, spelled, date), f.session).value()};
}

} // namespace

class DuplicateScanTest : public QObject {
    Q_OBJECT

private slots:
    // Namesakes born the same year (a common name in a register of millions): the scan reads
    // none of those blocks once they pass its cap, only what the patient's finer keys share, so
    // ten times the namesakes is no more work, and the record typed again on the same birth date
    // with a slip in the given name is still found.
    void aCommonNameDoesNotWeighOnTheScan() {
        RegistryFixture f(100000, 199999);
        const auto addNamesakes = [&f](int from, int to) {
            QList<PatientRecord> namesakes;
            for (int i = from; i < to; ++i)
                namesakes << born(u"Alaoui"_s, u"Mohamed"_s, QDate(1975, 1, 2).addDays(i % 360));
            const auto report = f.registry->importPatients(namesakes, f.session, 1000, {},
                                                           PatientRegistry::KnownPatients::Queue);
            return report && report->imported == to - from;
        };
        QVERIFY(addNamesakes(0, 100));
        const auto [original, again] = registeredTwice(f, u"Mohammad"_s, {1975, 1, 1});
        sqlite3* handle = handleOf(*f.db);
        const auto measure = [&] {
            return pagesRead(handle, [&] {
                QCOMPARE(ids(f.registry->scanDuplicates(original, 1000).value()),
                         QStringList{again.id});
            });
        };
        const int small = measure();
        QVERIFY(addNamesakes(100, 1000));
        const int large = measure();
        const QString counts = u"%1 then %2 pages"_s.arg(small).arg(large);
        qInfo().noquote() << counts;
        QVERIFY2(small > 0 && 2 * large < 3 * small, qPrintable(counts));
    }

    // Recall and precision on generated patients whose duplicates are known (typos, other
    // spellings, a year-only date, day and month swapped, names swapped...): the scan finds at
    // least the pairs the desk's check finds patient by patient, which reads every key.
    // 1 January stands for an unknown day in older civil records: at 10 M its blocks with a
    // family or a given name pass the cap like a year's. Keyed as a year-only date, a patient
    // registered twice on 1 January is still found when those blocks, and the year's block of
    // both names, are skipped.
    void aFirstOfJanuaryIsKeyedAsTheYearOnly() {
        RegistryFixture f(100000, 199999);
        QList<PatientRecord> crowd;
        const QStringList others = {u"Karim"_s, u"Said"_s,   u"Omar"_s,   u"Driss"_s,
                                    u"Hamid"_s, u"Rachid"_s, u"Youssef"_s};
        const QStringList families = {u"Tazi"_s,    u"Bennani"_s, u"Fassi"_s,  u"Berrada"_s,
                                      u"Chraibi"_s, u"Lahlou"_s,  u"Kettani"_s};
        for (int i = 0; i < 70; ++i) {
            // The same family, another given name; the same given name, another family.
            crowd << born(u"Alaoui"_s, others.at(i % others.size()) + QString(QChar(u'a' + i / 7)),
                          {1950, 1, 1});
            crowd << born(families.at(i % families.size()) + QString(QChar(u'a' + i / 7)),
                          u"Mohamed"_s, {1950, 1, 1});
        }
        for (int i = 0; i < 20; ++i) // namesakes born that year on days of their own
            crowd << born(u"Alaoui"_s, u"Mohamed"_s, QDate(1950, 2, 1).addDays(i * 9));
        const auto report = f.registry->importPatients(crowd, f.session, 1000, {},
                                                       PatientRegistry::KnownPatients::Queue);
        QVERIFY(report && report->imported == crowd.size());
        const auto [original, again] = registeredTwice(f, u"Mohammed"_s, {1950, 1, 1});
        const QStringList keys =
            MatchScorer::fineKeys({original.name, original.birthDate, original.sex, {}, {}, {}});
        QVERIFY2(std::none_of(keys.cbegin(), keys.cend(),
                              [](const QString& k) { return k.startsWith(u'D'); }),
                 qPrintable(keys.join(u' ')));
        QVERIFY(ids(f.registry->scanDuplicates(original, 1000).value()).contains(again.id));
    }

    void theScanFindsTheGeneratedDuplicates() {
        RegistryFixture f(100000, 199999);
        const auto pop = PopulationGenerator(20261203).generate(3000, 0.05);
        // Imported (one transaction per thousand), the journal saying which patient each
        // generated record became.
        QList<PatientRecord> records;
        PatientRegistry::ImportOptions options(PatientRegistry::KnownPatients::Queue);
        storage::ImportJournal journal(*f.db);
        options.journal = &journal;
        options.source = u"generated"_s;
        for (qsizetype i = 0; i < pop.people.size(); ++i) {
            records << PopulationGenerator::record(pop.people[i]);
            options.rows << int(i);
        }
        const auto report = f.registry->importPatients(records, f.session, 1000, {}, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().detail()));
        QCOMPARE(report->imported, int(records.size()));
        QHash<QString, int> personOf;
        const auto rows = journal.rows(options.source).value();
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            personOf.insert(it.value(), pop.personIds[it.key()]);
        QCOMPARE(personOf.size(), records.size());
        QHash<int, int> perPerson;
        for (int id : pop.personIds)
            ++perPerson[id];
        qint64 truePairs = 0;
        for (int n : std::as_const(perPerson))
            truePairs += qint64(n) * (n - 1) / 2;
        QVERIFY(truePairs > 100);

        using Finder = std::function<QList<PatientHit>(const PatientRecord&)>;
        const auto measure = [&](const Finder& find, const char* name) {
            QSet<QString> same, other;
            for (auto it = personOf.cbegin(); it != personOf.cend(); ++it) {
                const PatientRecord r = f.registry->get(it.key()).value().value();
                for (const PatientHit& h : find(r)) {
                    const QString pair =
                        std::min(r.id, h.record.id) + u'|' + std::max(r.id, h.record.id);
                    (personOf.value(h.record.id) == it.value() ? same : other).insert(pair);
                }
            }
            const double recall = double(same.size()) / double(truePairs);
            const double precision =
                same.isEmpty() ? 0 : double(same.size()) / double(same.size() + other.size());
            qInfo("%s: %lld true pairs, recall %.4f, precision %.4f, F1 %.4f", name, truePairs,
                  recall, precision, 2 * precision * recall / (precision + recall));
            return recall;
        };
        const double perPatient = measure(
            [&](const PatientRecord& r) { return f.registry->possibleDuplicates(r).value(); },
            "per patient (possibleDuplicates)");
        const double scan =
            measure([&](const PatientRecord& r) { return f.registry->scanDuplicates(r).value(); },
                    "scan (scanDuplicates)");
        QVERIFY2(scan >= perPatient, qPrintable(u"%1 < %2"_s.arg(scan).arg(perPatient)));
        QVERIFY2(scan >= 0.98, qPrintable(QString::number(scan)));
    }

    // A store indexed before the fine keys (schema 21) is indexed again when it is opened; its
    // old entries serve meanwhile, so the desk keeps its box and its duplicate check.
    void aStoreIndexedBeforeFineKeysIsIndexedAgain() {
        testing::OlderStore old;
        const PatientRecord alami = born(u"Alaoui"_s, u"Mohamed"_s, {1975, 3, 12});
        const QString id = old.registered(alami);
        QStringList keys;
        for (const QString& key :
             MatchScorer::fineKeys({alami.name, alami.birthDate, alami.sex, {}, {}, {}}))
            keys << u"blk:"_s + key;
        QCOMPARE(keys.size(), 3);
        const auto holders = [&old](const QString& key) {
            return old.stack->index->byAllTerms(u"Patient"_s, {key}, 10).value();
        };
        for (const QString& key : std::as_const(keys))
            QCOMPARE(holders(key), QStringList{id});
        QVERIFY(old.reopenedAfter(
            {u"DELETE FROM search_terms WHERE term GLOB 'blk:D*' "
             "OR term GLOB 'blk:y[0-9][0-9][0-9][0-9]n*' OR term GLOB 'blk:o*'"_s,
             u"DELETE FROM schema_history WHERE version >= 22"_s, u"PRAGMA user_version = 21"_s}));
        for (const QString& key : std::as_const(keys))
            QVERIFY(holders(key).isEmpty());
        QCOMPARE(old.stack->index->needsRebuild(u"Patient"_s).value(), true);
        QCOMPARE(old.stack->index->findsEveryResource(u"Patient"_s).value(), true);
        // Meanwhile the old entries answer the desk's check.
        QCOMPARE(ids(old.stack->registry->possibleDuplicates(alami).value()), QStringList{id});
        QVERIFY(old.stack->index->rebuild(PatientIndexer()).value().complete);
        for (const QString& key : std::as_const(keys))
            QCOMPARE(holders(key), QStringList{id});
    }
};

QTEST_GUILESS_MAIN(DuplicateScanTest)
#include "tst_DuplicateScan.moc"
