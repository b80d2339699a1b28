// The duplicate review queue: a pair is one pair whichever record found the other, open pairs
// come strongest first and by pages, a decision survives finding the pair again and a restart,
// and an unmerge reopens the question.
#include <sijil/storage/Database.h>
#include <sijil/storage/DuplicateQueue.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace sijil::storage;

class DuplicateQueueTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Database> open(const QString& name) {
        return std::move(Database::open(m_dir.filePath(name))).value();
    }
    static DuplicateQueue::Candidate pair(const char* a, const char* b, double weight,
                                          const char* cls = "possible") {
        return {QString::fromLatin1(a), QString::fromLatin1(b), weight, QString::fromLatin1(cls)};
    }

private slots:
    void aPairIsQueuedOnceWhicheverRecordFoundIt() {
        auto db = open(QStringLiteral("a.db"));
        DuplicateQueue queue(*db);
        const auto first = queue.enqueue({pair("p2", "p1", 12.5, "match")});
        QVERIFY(first.ok());
        QCOMPARE(first->size(), 1);
        QCOMPARE(first->first(), DuplicateStatus::Open);
        // Found again from the other side, with a newer score: still one pair, newer score.
        QVERIFY(queue.enqueue({pair("p1", "p2", 9.0)}).ok());
        QCOMPARE(queue.count(DuplicateStatus::Open).value(), 1);
        const auto found = queue.find(QStringLiteral("p2"), QStringLiteral("p1")).value();
        QVERIFY(found.has_value());
        QCOMPARE(found->firstId, QStringLiteral("p1"));
        QCOMPARE(found->secondId, QStringLiteral("p2"));
        QCOMPARE(found->weight, 9.0);
        QCOMPARE(found->classification, QStringLiteral("possible"));
        QVERIFY(found->foundAtUtc.isValid());
        QVERIFY(found->decidedBy.isEmpty());
        QVERIFY(!queue.find(QStringLiteral("p1"), QStringLiteral("p3")).value().has_value());
    }

    void openPairsComeStrongestFirstByPages() {
        auto db = open(QStringLiteral("b.db"));
        DuplicateQueue queue(*db);
        QVERIFY(queue
                    .enqueue({pair("a", "b", 5), pair("c", "d", 20), pair("e", "f", 11),
                              pair("g", "h", 11)})
                    .ok());
        const auto page1 = queue.list(DuplicateStatus::Open, 0, 2).value();
        const auto page2 = queue.list(DuplicateStatus::Open, 2, 2).value();
        QCOMPARE(page1.size(), 2);
        QCOMPARE(page2.size(), 2);
        QCOMPARE(page1[0].firstId, QStringLiteral("c"));
        QCOMPARE(page1[1].firstId, QStringLiteral("e")); // a tie goes by the pair
        QCOMPARE(page2[0].firstId, QStringLiteral("g"));
        QCOMPARE(page2[1].firstId, QStringLiteral("a"));
        QVERIFY(queue.list(DuplicateStatus::Open, 4, 2).value().isEmpty());
    }

    void aDecisionSurvivesFindingThePairAgain() {
        {
            auto db = open(QStringLiteral("c.db"));
            DuplicateQueue queue(*db);
            QVERIFY(queue.enqueue({pair("a", "b", 15, "match"), pair("a", "c", 8)}).ok());
            QVERIFY(queue
                        .decide(QStringLiteral("b"), QStringLiteral("a"),
                                DuplicateStatus::NotDuplicate, QStringLiteral("u1"))
                        .ok());
            QCOMPARE(queue.count(DuplicateStatus::Open).value(), 1);
        }
        auto db = open(QStringLiteral("c.db")); // and a restart
        DuplicateQueue queue(*db);
        const auto again = queue.enqueue({pair("a", "b", 30, "match"), pair("c", "a", 8)});
        QVERIFY(again.ok());
        QCOMPARE(*again,
                 (QList<DuplicateStatus>{DuplicateStatus::NotDuplicate, DuplicateStatus::Open}));
        const auto decided = queue.find(QStringLiteral("a"), QStringLiteral("b")).value();
        QCOMPARE(decided->status, DuplicateStatus::NotDuplicate);
        QCOMPARE(decided->weight, 15.0); // as it was when decided
        QCOMPARE(decided->decidedBy, QStringLiteral("u1"));
        QVERIFY(decided->decidedAtUtc.isValid());
        QCOMPARE(queue.list(DuplicateStatus::Open, 0, 10).value().size(), 1);
        QCOMPARE(queue.list(DuplicateStatus::NotDuplicate, 0, 10).value().size(), 1);
    }

    void aMergeOfAnUnqueuedPairIsRecordedAndUnmergeReopensIt() {
        auto db = open(QStringLiteral("d.db"));
        DuplicateQueue queue(*db);
        QVERIFY(queue
                    .decide(QStringLiteral("x"), QStringLiteral("y"), DuplicateStatus::Merged,
                            QStringLiteral("u2"))
                    .ok());
        QCOMPARE(queue.count(DuplicateStatus::Merged).value(), 1);
        QCOMPARE(queue.enqueue({pair("y", "x", 10)}).value().first(), DuplicateStatus::Merged);
        QVERIFY(queue
                    .decide(QStringLiteral("y"), QStringLiteral("x"), DuplicateStatus::Open,
                            QStringLiteral("u2"))
                    .ok());
        const auto reopened = queue.find(QStringLiteral("x"), QStringLiteral("y")).value();
        QCOMPARE(reopened->status, DuplicateStatus::Open);
        QVERIFY(reopened->decidedBy.isEmpty());
        QVERIFY(!reopened->decidedAtUtc.isValid());
        QCOMPARE(queue.count(DuplicateStatus::Merged).value(), 0);
    }

    void aRecordIsNotItsOwnDuplicate() {
        auto db = open(QStringLiteral("e.db"));
        DuplicateQueue queue(*db);
        const auto refused = queue.enqueue({pair("a", "b", 3), pair("c", "c", 9)});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QByteArray("storage/duplicate-pair-invalid"));
        QCOMPARE(queue.count(DuplicateStatus::Open).value(), 0); // all or nothing
        QVERIFY(!queue
                     .decide(QStringLiteral("c"), QStringLiteral("c"), DuplicateStatus::Merged,
                             QStringLiteral("u"))
                     .ok());
    }
};

QTEST_GUILESS_MAIN(DuplicateQueueTest)
#include "tst_DuplicateQueue.moc"
