// One sync at a time per store: a second taker is refused, and says who holds it, while the first
// holds the lock; it takes it once the first lets go, or once the process that held
// it has died without letting go (a crash), however recently.
#include <sijil/storage/SyncLock.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>

using namespace sijil;
using namespace Qt::StringLiterals;

namespace {

// Run as a child with this variable set to a store's path: takes its lock, says so, and holds it
// until killed.
constexpr const char* kHoldVariable = "SIJIL_TEST_HOLD_SYNC_LOCK";

int holdUntilKilled() {
    storage::SyncLock lock(qEnvironmentVariable(kHoldVariable));
    if (!lock.tryLock())
        return 1;
    std::puts("held");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}

} // namespace

class SyncLockTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString store() const { return m_dir.filePath(u"store.db"_s); }

private slots:
    void aSecondTakerIsRefusedUntilTheFirstLetsGo() {
        storage::SyncLock first(store());
        storage::SyncLock second(store());
        QVERIFY(first.tryLock().ok());
        QVERIFY(first.tryLock().ok()); // already held: nothing changes
        const auto refused = second.tryLock();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), QByteArray("storage/sync-busy"));
        QVERIFY2(
            refused.error().detail().contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(refused.error().detail()));
        QVERIFY(!second.isLocked());
        first.unlock();
        QVERIFY(second.tryLock().ok());
        QVERIFY(!first.tryLock());
    }

    void aLockLeftByAProcessThatDiedIsTakenOver() {
        QProcess holder;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kHoldVariable), store());
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForReadyRead(20'000));
        QCOMPARE(holder.readAllStandardOutput().trimmed(), QByteArray("held"));
        storage::SyncLock mine(store());
        QCOMPARE(mine.tryLock().error().code(), QByteArray("storage/sync-busy"));
        // Killed where it stood: its lock file stays, fresh, naming a process that is gone.
        holder.kill();
        QVERIFY(holder.waitForFinished(20'000));
        QVERIFY(QFile::exists(storage::SyncLock::pathFor(store())));
        QVERIFY(mine.tryLock().ok());
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kHoldVariable))
        return holdUntilKilled();
    SyncLockTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SyncLock.moc"
