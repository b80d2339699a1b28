// The search index rebuilt on a worker thread through its own connection: progress, cancelling
// between transactions, resuming at the next start, and a desk writing meanwhile.
#include <sijil/storage/Database.h>
#include <sijil/storage/IndexRebuilder.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace sijil::storage;
using namespace Qt::Literals::StringLiterals;
using Op = LocalChange::Operation;

namespace {

const QString kPatient = QStringLiteral("Patient");

class TestIndexer : public ResourceIndexer {
public:
    bool indexes(const QString& type) const override { return type == kPatient; }
    IndexEntry entry(const QString&, const QByteArray& json) const override {
        IndexEntry e;
        e.text = QJsonDocument::fromJson(json).object().value(u"family"_s).toString();
        e.terms << u"fam:"_s + e.text;
        return e;
    }
    // Which threads computed entries: the rebuild must not run on the caller's.
    mutable QSet<QThread*> threads;
};

class RecordingIndexer : public TestIndexer {
public:
    IndexEntry entry(const QString& type, const QByteArray& json) const override {
        QMutexLocker lock(&m_mutex);
        threads.insert(QThread::currentThread());
        return TestIndexer::entry(type, json);
    }

private:
    mutable QMutex m_mutex;
};

LocalChange create(int i) {
    const QString id = QStringLiteral("p%1").arg(i, 4, 10, QChar(u'0'));
    const QJsonObject o{{u"resourceType"_s, kPatient},
                        {u"family"_s, QStringLiteral("fam%1").arg(i)}};
    return {Op::Create, kPatient, id, id, QJsonDocument(o).toJson(QJsonDocument::Compact),
            u"user-1"_s};
}

using Outcome = IndexRebuilder::Outcome;

} // namespace

class IndexRebuilderTest : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    QString path() const { return m_dir->filePath(u"s.db"_s); }

    Outcome run(IndexRebuilder& rebuilder, int batchSize, QList<int>* percents = nullptr) {
        QSignalSpy finished(&rebuilder, &IndexRebuilder::finished);
        QSignalSpy progressed(&rebuilder, &IndexRebuilder::progressed);
        rebuilder.start(batchSize);
        if (!finished.wait(30000))
            qFatal("the rebuild did not finish");
        QCoreApplication::processEvents(); // the last queued progress reports
        if (percents) {
            for (const auto& args : progressed)
                *percents << args.at(0).toInt();
        }
        return finished.first().at(0).value<Outcome>();
    }

private slots:
    void init() {
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::move(Database::open(path())).value();
        ResourceStore plain(*m_db); // no indexer: stored before the index existed
        QList<LocalChange> changes;
        for (int i = 0; i < 120; ++i)
            changes << create(i);
        QVERIFY(plain.writeLocal(changes).ok());
    }

    void rebuildsOnAWorkerThreadWithProgress() {
        auto indexer = std::make_shared<RecordingIndexer>();
        IndexRebuilder rebuilder(path(), indexer);
        QList<int> percents;
        QCOMPARE(run(rebuilder, 25, &percents), Outcome::Complete);
        QVERIFY(!rebuilder.error());
        QCOMPARE(percents, (QList<int>{20, 41, 62, 83, 100}));
        QVERIFY(!indexer->threads.isEmpty());
        QVERIFY(!indexer->threads.contains(QThread::currentThread()));
        SearchIndex index(*m_db);
        QCOMPARE(index.count(kPatient).value(), 120);
        QVERIFY(!index.needsRebuild(kPatient).value());
        QCOMPARE(index.byTerms(kPatient, {u"fam:fam119"_s}, 5).value(), QStringList{u"p0119"_s});
    }

    void cancelledBetweenTransactionsThenResumedAtTheNextStart() {
        auto indexer = std::make_shared<TestIndexer>();
        {
            IndexRebuilder rebuilder(path(), indexer);
            // Direct: cancel() runs on the worker inside the first progress report, so the
            // rebuild stops after exactly one transaction.
            connect(
                &rebuilder, &IndexRebuilder::progressed, &rebuilder,
                [&rebuilder] { rebuilder.cancel(); }, Qt::DirectConnection);
            QCOMPARE(run(rebuilder, 25), Outcome::Cancelled);
        }
        SearchIndex index(*m_db);
        QCOMPARE(index.count(kPatient).value(), 25);
        QVERIFY(index.needsRebuild(kPatient).value()); // the next start knows
        QVERIFY(m_db->integrityCheck().value().isEmpty());

        // The desk writes between the two runs: its write indexes itself.
        ResourceStore store(*m_db);
        store.setIndexer(indexer);
        QVERIFY(store.writeLocal({create(500)}).ok());

        IndexRebuilder again(path(), indexer);
        QCOMPARE(run(again, 25), Outcome::Complete);
        QCOMPARE(index.count(kPatient).value(), 121);
        QVERIFY(!index.needsRebuild(kPatient).value());
        QCOMPARE(index.byTerms(kPatient, {u"fam:fam500"_s}, 5).value(), QStringList{u"p0500"_s});
    }

    void destroyedWhileRunningStopsCleanly() {
        auto indexer = std::make_shared<TestIndexer>();
        {
            IndexRebuilder rebuilder(path(), indexer);
            rebuilder.start(1); // one resource per transaction: still running when destroyed
        }
        SearchIndex index(*m_db);
        const int indexed = index.count(kPatient).value();
        QVERIFY(indexed < 120);
        QVERIFY(index.needsRebuild(kPatient).value());
    }

    void unopenableStoreFails() {
        IndexRebuilder rebuilder(m_dir->filePath(u"missing/dir/s.db"_s),
                                 std::make_shared<TestIndexer>());
        QCOMPARE(run(rebuilder, 25), Outcome::Failed);
        QVERIFY(rebuilder.error());
        QCOMPARE(rebuilder.error()->code(), QByteArray("storage/open-failed"));
    }
};

QTEST_GUILESS_MAIN(IndexRebuilderTest)
#include "tst_IndexRebuilder.moc"
