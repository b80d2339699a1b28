// The sync log keeps the latest cycles, newest first, and forgets the oldest past its bound.
#include <sijil/storage/Database.h>
#include <sijil/storage/SyncJournal.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace sijil::storage;

class SyncJournalTest : public QObject {
    Q_OBJECT

private slots:
    void keepsTheLatestCyclesNewestFirst() {
        QTemporaryDir dir;
        auto db = std::move(Database::open(dir.filePath(QStringLiteral("s.db")))).value();
        SyncJournal journal(*db);
        const QDateTime t0 = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < SyncJournal::kKept + 5; ++i) {
            SyncRun run;
            run.startedAtUtc = t0.addSecs(i * 60);
            run.finishedAtUtc = run.startedAtUtc.addSecs(2);
            run.succeeded = i % 2 == 0;
            run.pushed = i;
            if (!run.succeeded) {
                run.errorCode = QStringLiteral("fhir/network");
                run.errorDetail = QStringLiteral("Connection refused");
            }
            QVERIFY(journal.append(run).ok());
        }
        const auto all = journal.recent(10'000).value();
        QCOMPARE(all.size(), SyncJournal::kKept);
        QCOMPARE(all.first().pushed, SyncJournal::kKept + 4);
        QCOMPARE(all.last().pushed, 5);
        QCOMPARE(all.first().startedAtUtc, t0.addSecs((SyncJournal::kKept + 4) * 60));
        QVERIFY(all.first().succeeded);
        QCOMPARE(all[1].errorCode, QStringLiteral("fhir/network"));
        QCOMPARE(journal.recent(3).value().size(), 3);
    }
};

QTEST_GUILESS_MAIN(SyncJournalTest)
#include "tst_SyncJournal.moc"
