// The search index follows every write of the store in the same transaction: local creates,
// updates and deletes, server pulls and resolved conflicts; queries by exact term and by prefix.
#include <sijil/storage/Database.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <sqlite3.h>

using namespace sijil::storage;
using namespace Qt::Literals::StringLiterals;
using Op = LocalChange::Operation;

namespace {

const QString kPatient = QStringLiteral("Patient");

// Indexes a Patient's "family" and "phone" fields.
class TestIndexer : public ResourceIndexer {
public:
    bool indexes(const QString& type) const override { return type == kPatient; }
    IndexEntry entry(const QString&, const QByteArray& json) const override {
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        IndexEntry e;
        e.text = o.value(QStringLiteral("family")).toString();
        if (o.contains(QStringLiteral("phone")))
            e.terms << QStringLiteral("tel:") + o.value(QStringLiteral("phone")).toString();
        e.terms << QStringLiteral("fam:") + e.text.section(u' ', 0, 0);
        return e;
    }
};

QByteArray json(const QString& family, const QString& phone = {}) {
    QJsonObject o{{QStringLiteral("resourceType"), kPatient}, {QStringLiteral("family"), family}};
    if (!phone.isEmpty())
        o.insert(QStringLiteral("phone"), phone);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

LocalChange change(Op op, const QString& id, const QByteArray& body = {}) {
    return {op, kPatient, id, id, body, QStringLiteral("user-1")};
}

} // namespace

class SearchIndexTest : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ResourceStore> m_store;
    std::unique_ptr<SearchIndex> m_index;

    QStringList prefix(const QList<QStringList>& groups) const {
        return m_index->byPrefixes(kPatient, groups, 50).value();
    }

    // SQLite virtual-machine steps of the statements `search` runs (the full-text index's own
    // included), which do not depend on the machine's speed; -1 when `search` returns false.
    template <typename F>
    qint64 stepsOf(F search) {
        sqlite3* handle = *static_cast<sqlite3* const*>(
            QSqlDatabase::database(m_db->connectionName()).driver()->handle().data());
        static qint64 steps = 0;
        const auto traced = [&] {
            steps = 0;
            sqlite3_trace_v2(
                handle, SQLITE_TRACE_PROFILE,
                [](unsigned, void*, void* stmt, void*) {
                    steps += sqlite3_stmt_status(static_cast<sqlite3_stmt*>(stmt),
                                                 SQLITE_STMTSTATUS_VM_STEP, 1);
                    return 0;
                },
                nullptr);
            const bool found = search();
            sqlite3_trace_v2(handle, 0, nullptr, nullptr);
            return found ? steps : -1;
        };
        // Prepared statements kept by the full-text index hold the writes' steps in their
        // counters until a first traced read resets them.
        (void)traced();
        return traced();
    }
    void addNamesakes(int from, int to) {
        QList<LocalChange> many;
        for (int i = from; i < to; ++i)
            many << change(Op::Create, QString::number(i), json(u"bennani"_s));
        QVERIFY(m_store->writeLocal(many).ok());
    }

private slots:
    void init() {
        m_index.reset();
        m_store.reset();
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("s.db")))).value();
        m_store = std::make_unique<ResourceStore>(*m_db);
        m_store->setIndexer(std::make_shared<TestIndexer>());
        m_index = std::make_unique<SearchIndex>(*m_db);
    }

    void localCreatesUpdatesAndDeletesAreIndexed() {
        QList<LocalChange> creates;
        for (int i = 0; i < 120; ++i) // more than one multi-row run
            creates << change(Op::Create, QStringLiteral("p%1").arg(i),
                              json(QStringLiteral("bennani%1 alaoui").arg(i)));
        creates << change(Op::Create, QStringLiteral("q"), json(QStringLiteral("tazi"), u"0612"_s));
        QVERIFY(m_store->writeLocal(creates).ok());
        QCOMPARE(m_index->count(kPatient).value(), 121);
        QCOMPARE(prefix({{QStringLiteral("bennani11")}}).size(), 11); // 11, 110..119
        QCOMPARE(prefix({{QStringLiteral("taz")}}), QStringList{QStringLiteral("q")});
        QCOMPARE(m_index->byTerms(kPatient, {QStringLiteral("tel:0612")}, 10).value(),
                 QStringList{QStringLiteral("q")});

        QVERIFY(m_store
                    ->writeLocal({change(Op::Update, QStringLiteral("q"),
                                         json(QStringLiteral("idrissi"), u"0699"_s))})
                    .ok());
        QVERIFY(prefix({{QStringLiteral("taz")}}).isEmpty());
        QCOMPARE(prefix({{QStringLiteral("idr")}}), QStringList{QStringLiteral("q")});
        QVERIFY(m_index->byTerms(kPatient, {QStringLiteral("tel:0612")}, 10).value().isEmpty());

        QVERIFY(m_store->writeLocal({change(Op::Delete, QStringLiteral("q"))}).ok());
        QVERIFY(prefix({{QStringLiteral("idr")}}).isEmpty());
        QCOMPARE(m_index->count(kPatient).value(), 120);
    }

    void aFailedWriteLeavesNoIndexEntry() {
        QVERIFY(
            m_store->writeLocal({change(Op::Create, QStringLiteral("a"), json(u"amrani"_s))}).ok());
        // The second create reuses an id: the whole batch, index included, is rolled back.
        QVERIFY(!m_store
                     ->writeLocal({change(Op::Create, QStringLiteral("b"), json(u"berrada"_s)),
                                   change(Op::Create, QStringLiteral("a"), json(u"amrani"_s))})
                     .ok());
        QVERIFY(prefix({{QStringLiteral("berr")}}).isEmpty());
        QCOMPARE(m_index->count(kPatient).value(), 1);
    }

    void serverDataAndResolvedConflictsAreIndexed() {
        StoredResource r;
        r.type = kPatient;
        r.id = QStringLiteral("s1");
        r.versionId = QStringLiteral("1");
        r.lastUpdatedUtc = QDateTime::currentDateTimeUtc();
        r.patientId = r.id;
        r.json = json(QStringLiteral("chraibi"));
        QVERIFY(m_store->applyFromServer({r}).ok());
        QCOMPARE(prefix({{QStringLiteral("chr")}}), QStringList{QStringLiteral("s1")});

        // A local edit, then the server moves on: a conflict keeps the local version indexed.
        QVERIFY(
            m_store->writeLocal({change(Op::Update, r.id, json(QStringLiteral("fassi")))}).ok());
        r.versionId = QStringLiteral("2");
        r.json = json(QStringLiteral("kettani"));
        QCOMPARE(m_store->applyFromServer({r}).value().conflicts, 1);
        QCOMPARE(prefix({{QStringLiteral("fas")}}), QStringList{r.id});
        QVERIFY(prefix({{QStringLiteral("ket")}}).isEmpty());

        QVERIFY(m_store
                    ->resolveConflict(m_store->conflicts().value().first(), r.json,
                                      QStringLiteral("user-1"))
                    .ok());
        QCOMPARE(prefix({{QStringLiteral("ket")}}), QStringList{r.id});
        QVERIFY(prefix({{QStringLiteral("fas")}}).isEmpty());
    }

    void prefixGroupsAreAlternativesJoinedByAnd() {
        QVERIFY(m_store
                    ->writeLocal({change(Op::Create, u"1"_s, json(u"amrani youssef"_s)),
                                  change(Op::Create, u"2"_s, json(u"amrani yousef"_s)),
                                  change(Op::Create, u"3"_s, json(u"amrani fatima"_s))})
                    .ok());
        QStringList both = prefix(
            {{QStringLiteral("amr")}, {QStringLiteral("youssef"), QStringLiteral("yousef")}});
        both.sort();
        QCOMPARE(both, (QStringList{u"1"_s, u"2"_s}));
        QCOMPARE(prefix({{QStringLiteral("amr")}, {QStringLiteral("fat")}}), QStringList{u"3"_s});
        // A whole-word group does not take a longer word.
        QVERIFY(m_index->byText(kPatient, {TextGroup{{u"amran"_s}, false}}, 10).value().isEmpty());
        QCOMPARE(m_index
                     ->byText(kPatient,
                              {TextGroup{{u"amrani"_s}, false}, TextGroup{{u"fat"_s}, true}}, 10)
                     .value(),
                 QStringList{u"3"_s});
        // Whole alternatives of a prefix group are not prefixes: "you" begins 1 and 2, "fatima"
        // is 3 whole, "fati" nothing.
        QStringList mixed =
            m_index->byText(kPatient, {TextGroup{{u"you"_s}, true, {u"fatima"_s}}}, 10).value();
        mixed.sort();
        QCOMPARE(mixed, (QStringList{u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(m_index->byText(kPatient, {TextGroup{{u"yous"_s}, true, {u"fati"_s}}}, 10)
                     .value()
                     .size(),
                 2);
        // What a user types is never query syntax.
        QVERIFY(prefix({{QStringLiteral("amr\" OR \"x")}}).isEmpty());
        QVERIFY(m_index->byText(kPatient, {TextGroup{{}, true, {u"fatima\" OR \"amrani"_s}}}, 10)
                    .value()
                    .isEmpty());
        QVERIFY(prefix({{QStringLiteral("NEAR(")}, {QStringLiteral("*")}}).isEmpty());
        QVERIFY(prefix({}).isEmpty());
    }

    // The work of a prefix search follows the matches, not the size of the register: a query
    // plan that ran the full-text match once per document made every search scan them all.
    void prefixSearchWorkDoesNotGrowWithTheRegister() {
        QVERIFY(m_store->writeLocal({change(Op::Create, u"x"_s, json(u"ouazzani"_s))}).ok());
        const auto search = [&] {
            return prefix({{QStringLiteral("ouaz")}}) == QStringList{u"x"_s};
        };
        addNamesakes(0, 300);
        const qint64 small = stepsOf(search);
        addNamesakes(300, 6000);
        const qint64 large = stepsOf(search);
        QVERIFY2(small > 0 && large > 0, "the trace saw the query and it found the patient");
        // Twenty times the documents; the bad plan did about twenty times the work.
        QVERIFY2(large < 2 * small,
                 qPrintable(QStringLiteral("%1 then %2 steps").arg(small).arg(large)));
    }

    // Likewise for exact terms, one or several: with several, the planner walked every
    // document of the type to spare its GROUP BY a sort.
    void termSearchWorkDoesNotGrowWithTheRegister() {
        QVERIFY(
            m_store->writeLocal({change(Op::Create, u"x"_s, json(u"ouazzani"_s, u"0611"_s))}).ok());
        const QStringList terms{QStringLiteral("fam:ouazzani"), QStringLiteral("tel:0611")};
        const auto any = [&] {
            return m_index->byTerms(kPatient, terms, 10).value() == QStringList{u"x"_s};
        };
        const auto all = [&] {
            return m_index->byAllTerms(kPatient, terms, 10).value() == QStringList{u"x"_s};
        };
        addNamesakes(0, 300);
        const qint64 smallAny = stepsOf(any);
        const qint64 smallAll = stepsOf(all);
        addNamesakes(300, 6000);
        const qint64 largeAny = stepsOf(any);
        const qint64 largeAll = stepsOf(all);
        const QString counts = QStringLiteral("any %1 then %2, all %3 then %4 steps")
                                   .arg(smallAny)
                                   .arg(largeAny)
                                   .arg(smallAll)
                                   .arg(largeAll);
        QVERIFY2(smallAny > 0 && smallAll > 0, qPrintable(counts));
        QVERIFY2(largeAny < 2 * smallAny && largeAll < 2 * smallAll, qPrintable(counts));
    }

    // Every term must be held; a term no document holds ends the search at once.
    void allTermsMeansEveryTerm() {
        QVERIFY(m_store
                    ->writeLocal({change(Op::Create, u"1"_s, json(u"alami"_s, u"0611"_s)),
                                  change(Op::Create, u"2"_s, json(u"alami"_s, u"0622"_s)),
                                  change(Op::Create, u"3"_s, json(u"tazi"_s, u"0622"_s))})
                    .ok());
        const auto all = [&](const QStringList& terms) {
            QStringList found = m_index->byAllTerms(kPatient, terms, 10).value();
            found.sort();
            return found;
        };
        QCOMPARE(all({u"fam:alami"_s}), (QStringList{u"1"_s, u"2"_s}));
        QCOMPARE(all({u"fam:alami"_s, u"tel:0622"_s}), QStringList{u"2"_s});
        QCOMPARE(all({u"tel:0622"_s, u"fam:alami"_s, u"tel:0622"_s}), QStringList{u"2"_s});
        QVERIFY(all({u"fam:alami"_s, u"tel:0999"_s}).isEmpty());
        QVERIFY(all({}).isEmpty());
        QCOMPARE(m_index->byAllTerms(kPatient, {u"tel:0622"_s}, 1).value().size(), 1);
    }

    void termsRankByHowManyMatch() {
        QVERIFY(m_store
                    ->writeLocal({change(Op::Create, u"1"_s, json(u"alami"_s, u"0611"_s)),
                                  change(Op::Create, u"2"_s, json(u"alami"_s, u"0622"_s))})
                    .ok());
        const QStringList found =
            m_index
                ->byTerms(kPatient, {QStringLiteral("fam:alami"), QStringLiteral("tel:0622")}, 10)
                .value();
        QCOMPARE(found, (QStringList{u"2"_s, u"1"_s}));
        QCOMPARE(m_index->byTerms(kPatient, {QStringLiteral("fam:alami")}, 1).value().size(), 1);
    }

    // The duplicate scan's read: a term held by more than the cap is left out whole, so the
    // work stays bounded however common it grows; the others rank as byTerms() ranks them.
    void rareTermsLeaveOutTermsHeldByMoreThanTheCap() {
        QList<LocalChange> changes;
        for (int i = 1; i <= 5; ++i)
            changes << change(Op::Create, QString::number(i), json(u"alami"_s, u"06%1"_s.arg(i)));
        changes << change(Op::Create, u"6"_s, json(u"bennani"_s, u"062"_s));
        QVERIFY(m_store->writeLocal(changes).ok());
        const auto rare = [this](const QStringList& terms, int cap, int limit = 10) {
            return m_index->byRareTerms(kPatient, terms, cap, limit).value();
        };
        const QStringList terms{u"fam:alami"_s, u"tel:062"_s, u"fam:bennani"_s};
        QCOMPARE(rare(terms, 5), (QStringList{u"2"_s, u"6"_s, u"1"_s, u"3"_s, u"4"_s, u"5"_s}));
        QCOMPARE(rare(terms, 4), (QStringList{u"6"_s, u"2"_s}));
        QCOMPARE(rare(terms, 4, 1), QStringList{u"6"_s});
        QCOMPARE(rare({u"fam:alami"_s}, 4), QStringList());
        QCOMPARE(rare({u"fam:nobody"_s}, 4), QStringList());
    }

    void rebuildIndexesWhatWasStoredBefore() {
        ResourceStore plain(*m_db); // no indexer: as a store made before the index existed
        QVERIFY(plain
                    .writeLocal({change(Op::Create, u"1"_s, json(u"ouazzani"_s)),
                                 change(Op::Create, u"2"_s, json(u"sqalli"_s))})
                    .ok());
        QVERIFY(plain.writeLocal({change(Op::Delete, u"2"_s)}).ok());
        QCOMPARE(m_index->count(kPatient).value(), 0);
        QVERIFY(m_index->needsRebuild(kPatient).value());
        const auto report = m_index->rebuild(TestIndexer()).value();
        QCOMPARE(report.indexed, 1);
        QVERIFY(report.complete);
        QVERIFY(!m_index->needsRebuild(kPatient).value());
        QCOMPARE(prefix({{QStringLiteral("ouaz")}}), QStringList{u"1"_s});
        QVERIFY(prefix({{QStringLiteral("sqa")}}).isEmpty());
    }

    void emptyStoreNeedsNoRebuild() {
        QVERIFY(!m_index->needsRebuild(kPatient).value());
        QVERIFY(m_index->findsEveryResource(kPatient).value());
        const auto report = m_index->rebuild(TestIndexer()).value();
        QCOMPARE(report.indexed, 0);
        QVERIFY(report.complete);
        QVERIFY(!m_index->needsRebuild(kPatient).value());
    }

    // Stored before the index existed: `n` patients "fam<i>" (ids p0000…) and one Observation
    // that the indexer does not take.
    void storeUnindexed(int n) {
        ResourceStore plain(*m_db);
        QList<LocalChange> changes;
        for (int i = 0; i < n; ++i) {
            const QString id = QStringLiteral("p%1").arg(i, 4, 10, QChar(u'0'));
            changes << change(Op::Create, id, json(QStringLiteral("fam%1").arg(i)));
        }
        changes << LocalChange{Op::Create,
                               u"Observation"_s,
                               u"o1"_s,
                               u"p0000"_s,
                               QByteArray(R"({"resourceType":"Observation"})"),
                               u"user-1"_s};
        QVERIFY(plain.writeLocal(changes).ok());
    }

    void rebuildWritesInBatchesAndReportsProgress() {
        storeUnindexed(25);
        // Stored before the index existed: nothing found until the rebuild.
        QVERIFY(m_index->needsRebuild(kPatient).value());
        QVERIFY(!m_index->findsEveryResource(kPatient).value());
        QList<QPair<qint64, qint64>> calls;
        const auto report = m_index
                                ->rebuild(
                                    TestIndexer(),
                                    [&](qint64 done, qint64 total) {
                                        calls << qMakePair(done, total);
                                        return true;
                                    },
                                    10)
                                .value();
        QVERIFY(report.complete);
        QCOMPARE(report.indexed, 25);
        // 26 stored resources, ten per transaction: the Observation is gone through, not indexed.
        QCOMPARE(calls, (QList<QPair<qint64, qint64>>{{10, 26}, {20, 26}, {26, 26}}));
        QCOMPARE(m_index->count(kPatient).value(), 25);
        QCOMPARE(m_index->count(u"Observation"_s).value(), 0);
        QVERIFY(!m_index->needsRebuild(kPatient).value());
        QVERIFY(m_index->findsEveryResource(kPatient).value());
    }

    // Each batch's commit lets the write-ahead log be checkpointed and started over, so a
    // rebuild of a large register needs no more room than a few batches. A read left open past
    // a commit kept it growing: 14 times the store's size in a rebuild of 1 M patients.
    void rebuildStartsTheWriteAheadLogOver() {
        storeUnindexed(600);
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        // Checkpoints every ten pages, where the desk's are every thousand: the same at a scale
        // a test can write.
        for (const QString& sql :
             {u"PRAGMA wal_autocheckpoint = 10"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s}) {
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            q.finish();
        }
        const QString wal = m_db->path() + u"-wal"_s;
        QList<qint64> sizes;
        const auto report = m_index->rebuild(
            TestIndexer(),
            [&](qint64, qint64) {
                sizes << QFileInfo(wal).size();
                return true;
            },
            20);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail()));
        QVERIFY(report->complete);
        QCOMPARE(sizes.size(), 31);
        const QString shown = QStringLiteral("write-ahead log after each batch: %1 … %2 bytes")
                                  .arg(sizes.first())
                                  .arg(sizes.last());
        qInfo().noquote() << shown;
        QVERIFY2(sizes.last() > 0 && sizes.last() <= 2 * sizes[2], qPrintable(shown));
    }

    void stoppedRebuildIsSeenUnfinishedAndResumed() {
        storeUnindexed(25);
        int calls = 0;
        const auto first = m_index
                               ->rebuild(
                                   TestIndexer(),
                                   [&](qint64, qint64) {
                                       ++calls;
                                       return false; // stop after the first transaction
                                   },
                                   10)
                               .value();
        QVERIFY(!first.complete);
        QCOMPARE(calls, 1);
        QCOMPARE(first.indexed, 10);
        // Partly indexed: the count alone would look fine; the marker says it is not.
        QCOMPARE(m_index->count(kPatient).value(), 10);
        QVERIFY(m_index->needsRebuild(kPatient).value());
        QVERIFY(!m_index->findsEveryResource(kPatient).value()); // the desk's box waits
        QVERIFY(prefix({{QStringLiteral("fam20")}}).isEmpty());

        // Seen from another connection (the next start of the program) too.
        {
            auto other = Database::open(m_db->path()).value();
            QVERIFY(SearchIndex(*other).needsRebuild(kPatient).value());
        }

        // A desk writes meanwhile: that write indexes itself and is not lost by the resume.
        QVERIFY(m_store->writeLocal({change(Op::Create, u"zz"_s, json(u"bennis"_s))}).ok());
        QList<qint64> done;
        const auto second = m_index
                                ->rebuild(
                                    TestIndexer(),
                                    [&](qint64 d, qint64) {
                                        done << d;
                                        return true;
                                    },
                                    10)
                                .value();
        QVERIFY(second.complete);
        QCOMPARE(second.indexed, 16); // where the first stopped: not from the start
        QCOMPARE(done, (QList<qint64>{20, 27}));
        QCOMPARE(m_index->count(kPatient).value(), 26);
        QVERIFY(!m_index->needsRebuild(kPatient).value());
        QCOMPARE(prefix({{QStringLiteral("fam20")}}), QStringList{u"p0020"_s});
        QCOMPARE(prefix({{QStringLiteral("bennis")}}), QStringList{u"zz"_s});
        QCOMPARE(prefix({{QStringLiteral("fam0")}}).size(), 1);

        // A new rebuild (the indexing rules changed) starts over from a cleared index.
        const auto again = m_index->rebuild(TestIndexer()).value();
        QVERIFY(again.complete);
        QCOMPARE(again.indexed, 26);
        QCOMPARE(m_index->count(kPatient).value(), 26);
    }
};

QTEST_GUILESS_MAIN(SearchIndexTest)
#include "tst_SearchIndex.moc"
