// The audit trail's chain: every way of tampering with the stored entries is detected, and an
// honest crash between the commit and the head write is not mistaken for tampering.
#include "AuditHead.h"

#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>

#include <QFile>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace sijil;

class AuditTrailTest : public QObject {
    Q_OBJECT

private:
    struct Store {
        QTemporaryDir dir;
        std::unique_ptr<storage::Database> db;
        QByteArray key;
        std::unique_ptr<storage::AuditTrail> trail;

        Store() {
            db = std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value();
            key = storage::AuditTrail::loadOrCreateKey(keyPath(), *db, headPath()).value();
            trail = std::make_unique<storage::AuditTrail>(*db, key, headPath());
        }
        QString headPath() const { return dir.filePath(QStringLiteral("audit.head")); }
        QString keyPath() const { return dir.filePath(QStringLiteral("audit.key")); }
        bool sql(const QString& statement) const {
            QSqlQuery q(QSqlDatabase::database(db->connectionName()));
            return q.exec(statement);
        }
        QByteArray headFile() const {
            QFile f(headPath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }
        void setHeadFile(const QByteArray& content) const {
            QFile f(headPath());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        }
        // Ten entries; 7-10 then cut and, with the head put back at 6, four others written in
        // their place. Returns the head as it was at the first entry 10.
        QByteArray cutAndRewriteEnd() const {
            fill(6);
            const QByteArray headAtSix = headFile();
            fill(4, 7);
            const QByteArray headAtTen = headFile();
            sql(QStringLiteral("DELETE FROM audit_log WHERE seq > 6"));
            setHeadFile(headAtSix);
            fill(4, 7);
            return headAtTen;
        }
        // n more entries, numbered on from `first`.
        void fill(int n, int first = 1) const {
            for (int i = first; i < first + n; ++i) {
                storage::AuditEntry e;
                e.actorId = QStringLiteral("user-%1").arg(i % 3);
                e.actorName = QStringLiteral("agent%1").arg(i % 3);
                e.facilityId = QStringLiteral("CHP-TEST");
                e.workstation = QStringLiteral("desk-1");
                e.action = QStringLiteral("R");
                e.subtype = QStringLiteral("read");
                e.patientId = QStringLiteral("patient-%1").arg(i);
                e.entityType = QStringLiteral("Patient");
                e.entityId = QStringLiteral("patient-%1").arg(i);
                QCOMPARE(trail->append(e).value(), qint64(i));
            }
        }
    };

private slots:
    void anIntactChainVerifies() {
        Store s;
        QVERIFY(s.trail->verify().value().ok());
        s.fill(20);
        const auto v = s.trail->verify().value();
        QVERIFY(v.ok());
        QCOMPARE(v.entries, qint64(20));
        QCOMPARE(s.trail->count().value(), qint64(20));
        const auto page = s.trail->entries(5, 3).value();
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.first().seq, qint64(6));
        QCOMPARE(page.first().patientId, QStringLiteral("patient-6"));
        QCOMPARE(page.first().mac.size(), 64); // as stored, for exports
    }

    void anEditedEntryIsDetected() {
        Store s;
        s.fill(10);
        QVERIFY(
            s.sql(QStringLiteral("UPDATE audit_log SET patient_id = 'patient-99' WHERE seq = 4")));
        const auto v = s.trail->verify().value();
        QCOMPARE(v.problem, QByteArray("edited"));
        QCOMPARE(v.firstBadSeq, qint64(4));
    }

    void anEditRecomputedWithoutTheKeyIsStillDetected() {
        Store s;
        s.fill(5);
        // Someone rewrites entry 2 and copies entry 3's MAC onto it: the chain still breaks.
        QVERIFY(s.sql(QStringLiteral("UPDATE audit_log SET action = 'D', mac = "
                                     "(SELECT mac FROM audit_log WHERE seq = 3) WHERE seq = 2")));
        QCOMPARE(s.trail->verify().value().firstBadSeq, qint64(2));
    }

    void aDeletedEntryIsDetected() {
        Store s;
        s.fill(10);
        QVERIFY(s.sql(QStringLiteral("DELETE FROM audit_log WHERE seq = 7")));
        const auto v = s.trail->verify().value();
        QCOMPARE(v.problem, QByteArray("missing"));
        QCOMPARE(v.firstBadSeq, qint64(7));
    }

    void reorderedEntriesAreDetected() {
        Store s;
        s.fill(6);
        // Swap the content of entries 2 and 3, keeping their sequence numbers and MACs in place.
        QVERIFY(s.sql(QStringLiteral("UPDATE audit_log SET seq = -2 WHERE seq = 2")));
        QVERIFY(s.sql(QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 3")));
        QVERIFY(s.sql(QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = -2")));
        const auto v = s.trail->verify().value();
        QVERIFY(!v.ok());
        QCOMPARE(v.firstBadSeq, qint64(2));
    }

    void aTruncatedEndIsDetected() {
        Store s;
        s.fill(10);
        QVERIFY(s.sql(QStringLiteral("DELETE FROM audit_log WHERE seq > 7")));
        const auto v = s.trail->verify().value();
        QCOMPARE(v.problem, QByteArray("truncated"));
        QCOMPARE(v.firstBadSeq, qint64(8));
    }

    void aRemovedOrForgedHeadIsDetected() {
        Store s;
        s.fill(3);
        QFile head(s.headPath());
        QVERIFY(head.open(QIODevice::ReadWrite));
        const QByteArray original = head.readAll();
        head.resize(0);
        head.write("2 " + original.split(' ').value(1) + " forged\n");
        head.close();
        QCOMPARE(s.trail->verify().value().problem, QByteArray("head-altered"));
        QVERIFY(QFile::remove(s.headPath()));
        QCOMPARE(s.trail->verify().value().problem, QByteArray("head-altered"));
    }

    void aCrashBeforeTheHeadWriteIsNotTampering() {
        Store s;
        s.fill(4);
        QFile head(s.headPath());
        QVERIFY(head.open(QIODevice::ReadOnly));
        const QByteArray headAfterFour = head.readAll();
        head.close();
        storage::AuditEntry e;
        e.action = QStringLiteral("E");
        e.subtype = QStringLiteral("login");
        QCOMPARE(s.trail->append(e).value(), qint64(5));
        // Put back the head as it was before entry 5: as if the process died right after commit.
        QVERIFY(head.open(QIODevice::WriteOnly | QIODevice::Truncate));
        head.write(headAfterFour);
        head.close();
        QVERIFY(s.trail->verify().value().ok());
    }

    // Another connection appending all along, as the sync worker or a second sijilctl does: the
    // head it writes is ahead of what a scan begun earlier sees, which is no cut.
    void verifyingWhileAnotherConnectionAppendsIsOk() {
        Store s;
        s.fill(3);
        const QString dbPath = s.dir.filePath(QStringLiteral("s.db"));
        std::atomic<bool> done = false;
        std::atomic<int> appended = 0;
        std::unique_ptr<QThread> writer(QThread::create([&] {
            auto db = storage::Database::open(dbPath);
            if (db) {
                storage::AuditTrail trail(**db, s.key, s.headPath());
                storage::AuditEntry e;
                e.action = QStringLiteral("R");
                e.subtype = QStringLiteral("read");
                for (int i = 0; i < 300 && trail.append(e); ++i)
                    ++appended;
            }
            done = true;
        }));
        writer->start();
        int rounds = 0;
        while (!done) {
            const auto v = s.trail->verify().value();
            QVERIFY2(v.ok(), v.problem.constData());
            ++rounds;
        }
        writer->wait();
        QCOMPARE(appended.load(), 300);
        QVERIFY(rounds > 0);
        const auto last = s.trail->verify().value();
        QVERIFY(last.ok());
        QCOMPARE(last.entries, qint64(303));
    }

    // A head left behind by a slower writer names an older entry; the entry stored at its number
    // must still be the one it recorded.
    void anEndCutAndWrittenAnewIsDetected() {
        Store s;
        const QByteArray headAtTen = s.cutAndRewriteEnd();
        QVERIFY(s.trail->verify().value().ok());
        s.setHeadFile(headAtTen);
        const auto v = s.trail->verify().value();
        QCOMPARE(v.problem, QByteArray("replaced"));
        QCOMPARE(v.firstBadSeq, qint64(10));
    }

    // Cutting the end goes on being reported after the next append, which records what it found
    // (as a signed entry) before its own, rather than reusing the numbers cut.
    void aCutEndIsRecordedByTheNextAppend() {
        Store s;
        s.fill(10);
        QVERIFY(s.sql(QStringLiteral("DELETE FROM audit_log WHERE seq > 6")));
        QCOMPARE(s.trail->verify().value().problem, QByteArray("truncated"));
        storage::AuditEntry e;
        e.action = QStringLiteral("R");
        e.workstation = QStringLiteral("desk-2");
        QCOMPARE(s.trail->append(e).value(), qint64(12));
        const auto recorded = s.trail->entries(6, 10).value();
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded[0].seq, qint64(11));
        QCOMPARE(recorded[0].subtype, QStringLiteral("audit-gap"));
        QCOMPARE(recorded[0].workstation, QStringLiteral("desk-2"));
        QVERIFY(recorded[0].detail.contains(u"head-seq=10"));
        QVERIFY(recorded[0].detail.contains(u"log-last-seq=6"));
        // For good: later entries do not hide it.
        s.fill(3, 13);
        const auto v = s.trail->verify().value();
        QCOMPARE(v.problem, QByteArray("gap-recorded"));
        QCOMPARE(v.firstBadSeq, qint64(11));
        QCOMPARE(v.recordedGapSeq, qint64(11));
        QCOMPARE(v.recordedGapAtUtc, recorded[0].recordedAtUtc);
        QCOMPARE(v.entries, qint64(6 + 2 + 3));
    }

    void aRemovedHeadIsRecordedByTheNextAppend() {
        Store s;
        s.fill(3);
        QVERIFY(QFile::remove(s.headPath()));
        // Opened again, as a process starting would: the key is there, no head is made anew.
        QCOMPARE(storage::AuditTrail::loadOrCreateKey(s.keyPath(), *s.db, s.headPath()).value(),
                 s.key);
        QVERIFY(!QFile::exists(s.headPath()));
        s.fill(1, 5); // entry 4 is the record of the missing head
        QCOMPARE(s.trail->entries(3, 1).value().value(0).subtype, QStringLiteral("audit-gap"));
        const auto v = s.trail->verify().value();
        QCOMPARE(v.problem, QByteArray("gap-recorded"));
        QCOMPARE(v.firstBadSeq, qint64(4));
    }

    void anEndWrittenAnewIsRecordedByTheNextAppend() {
        Store s;
        s.setHeadFile(s.cutAndRewriteEnd());
        s.fill(1, 12);
        const auto v = s.trail->verify().value();
        QCOMPARE(v.problem, QByteArray("gap-recorded"));
        QCOMPARE(v.firstBadSeq, qint64(11));
    }

    // A forged head, however far ahead it says the log goes, is recorded and replaced.
    void aForgedHeadIsRecordedByTheNextAppend() {
        Store s;
        s.fill(3);
        s.setHeadFile("900 abc forged\n");
        s.fill(1, 5);
        const auto v = s.trail->verify().value();
        QCOMPARE(v.problem, QByteArray("gap-recorded"));
        QCOMPARE(v.firstBadSeq, qint64(4));
    }

    // The log and its head both deleted: the trail's own marker says it had begun.
    void aLogDeletedWholeWithItsHeadIsRecordedByTheNextAppend() {
        Store s;
        s.fill(3);
        QVERIFY(s.sql(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(QFile::remove(s.headPath()));
        auto v = s.trail->verify().value();
        QCOMPARE(v.problem, QByteArray("missing"));
        QCOMPARE(v.firstBadSeq, qint64(1));
        storage::AuditEntry e;
        e.action = QStringLiteral("R");
        e.workstation = QStringLiteral("desk-2");
        QCOMPARE(s.trail->append(e).value(), qint64(2));
        const auto recorded = s.trail->entries(0, 10).value();
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded[0].subtype, QStringLiteral("audit-gap"));
        QCOMPARE(recorded[0].workstation, QStringLiteral("desk-2"));
        QVERIFY(recorded[0].detail.contains(u"head=missing"));
        QVERIFY(recorded[0].detail.contains(u"trail-begun-seq=1"));
        v = s.trail->verify().value();
        QCOMPARE(v.problem, QByteArray("gap-recorded"));
        QCOMPARE(v.firstBadSeq, qint64(1));
    }

    // Only the trail marks itself begun: a store holding changes nobody audited (tools, test
    // fixtures), with a trail made without a head, starts it without a gap.
    void aTrailNotBegunRecordsNoGap() {
        QTemporaryDir dir;
        auto db = std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value();
        QSqlQuery q(QSqlDatabase::database(db->connectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_begun")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        storage::AuditTrail trail(*db, QByteArray(32, 'k'),
                                  dir.filePath(QStringLiteral("audit.head")));
        storage::AuditEntry e;
        e.action = QStringLiteral("R");
        QCOMPARE(trail.append(e).value(), qint64(1));
        QCOMPARE(trail.append(e).value(), qint64(2));
        QCOMPARE(trail.entries(0, 10).value().value(0).subtype, QString());
        QVERIFY(trail.verify().value().ok());
        QVERIFY(q.exec(QStringLiteral("SELECT first_seq FROM audit_begun")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(1));
    }

    // A recorded gap does not stop later damage from being reported where it is.
    void anEditAfterARecordedGapIsStillFound() {
        Store s;
        s.fill(3);
        QVERIFY(QFile::remove(s.headPath()));
        s.fill(3, 5);
        QVERIFY(s.sql(QStringLiteral("UPDATE audit_log SET action = 'D' WHERE seq = 6")));
        const auto v = s.trail->verify().value();
        QCOMPARE(v.problem, QByteArray("edited"));
        QCOMPARE(v.firstBadSeq, qint64(6));
        QCOMPARE(v.recordedGapSeq, qint64(4));
    }

    // Writers commit in one order and write the head in another: the head never moves back.
    void theHeadNeverMovesBack() {
        QTemporaryDir dir;
        const storage::AuditHead head(QByteArray(32, 'k'), dir.filePath(QStringLiteral("h")));
        QVERIFY(!head.read().present);
        QVERIFY(head.advance(6, "mac6"));
        QVERIFY(head.advance(5, "mac5"));
        auto state = head.read();
        QVERIFY(state.authentic);
        QCOMPARE(state.seq, qint64(6));
        QCOMPARE(state.mac, QByteArray("mac6"));
        QVERIFY(head.advance(7, "mac7"));
        QCOMPARE(head.read().seq, qint64(7));
        // Read with another key, a head is not authentic, and is replaced by a valid one.
        const storage::AuditHead other(QByteArray(32, 'x'), dir.filePath(QStringLiteral("h")));
        QVERIFY(!other.read().authentic);
        QVERIFY(other.advance(1, "mac1"));
        QCOMPARE(other.read().seq, qint64(1));
    }

    void anotherKeyCannotVerify() {
        Store s;
        s.fill(3);
        QTemporaryDir other;
        const QByteArray otherKey =
            storage::AuditTrail::loadOrCreateKey(other.filePath(QStringLiteral("k"))).value();
        QVERIFY(otherKey != s.key);
        storage::AuditTrail wrong(*s.db, otherKey, s.headPath());
        const auto v = wrong.verify().value();
        QCOMPARE(v.firstBadSeq, qint64(1));
        QCOMPARE(v.problem, QByteArray("wrong-key"));
    }

    // Processes starting together on a fresh store: one key made, used by all.
    void concurrentKeyCreationsAgree() {
        for (int round = 0; round < 20; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("audit.key"));
            QSemaphore ready;
            QSemaphore go;
            QList<QByteArray> keys(6);
            std::vector<std::unique_ptr<QThread>> threads;
            for (qsizetype i = 0; i < keys.size(); ++i) {
                threads.emplace_back(QThread::create([&, i] {
                    ready.release();
                    go.acquire();
                    auto key = storage::AuditTrail::loadOrCreateKey(path);
                    if (key)
                        keys[i] = *key;
                }));
                threads.back()->start();
            }
            ready.acquire(int(keys.size()));
            go.release(int(keys.size()));
            for (auto& t : threads)
                t->wait();
            const QByteArray onDisk = storage::AuditTrail::loadOrCreateKey(path).value();
            for (const QByteArray& key : keys)
                QCOMPARE(key.toHex(), onDisk.toHex());
        }
    }

    // Entries signed with a lost key: a new one would make entry 1 look edited and hide anything
    // done later, so none is made.
    void aLostKeyIsNotReplaced() {
        Store s;
        s.fill(3);
        QVERIFY(QFile::remove(s.keyPath()));
        auto refused = storage::AuditTrail::loadOrCreateKey(s.keyPath(), *s.db, s.headPath());
        QCOMPARE(refused.error().code(), QByteArray("storage/audit-key-lost"));
        QVERIFY(refused.error().userMessage().contains(u"3 entrée(s)"));
        QVERIFY(!QFile::exists(s.keyPath()));
        // The entries deleted too, the head still says a log was begun with that key.
        QVERIFY(s.sql(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(
            storage::AuditTrail::loadOrCreateKey(s.keyPath(), *s.db, s.headPath()).error().code(),
            QByteArray("storage/audit-key-lost"));
        QVERIFY(!QFile::exists(s.keyPath()));
    }

    // A new trail gets a head at once: a crash before the first entry's head is written leaves
    // that one, behind, rather than none (which would mean a removed head).
    void aCrashBeforeTheFirstHeadWriteIsNotTampering() {
        Store s;
        const QByteArray emptyHead = s.headFile();
        QVERIFY(!emptyHead.isEmpty());
        QVERIFY(s.trail->verify().value().ok());
        s.fill(1);
        s.setHeadFile(emptyHead);
        const auto v = s.trail->verify().value();
        QVERIFY2(v.ok(), v.problem.constData());
        QCOMPARE(v.entries, qint64(1));
        // Opened again, the key is read back and the head left as it is.
        QCOMPARE(storage::AuditTrail::loadOrCreateKey(s.keyPath(), *s.db, s.headPath()).value(),
                 s.key);
        QCOMPARE(s.headFile(), emptyHead);
    }

    void anEditedFirstEntryIsNotAWrongKey() {
        Store s;
        s.fill(2);
        QVERIFY(s.sql(QStringLiteral("UPDATE audit_log SET action = 'D' WHERE seq = 1")));
        QVERIFY(QFile::remove(s.headPath())); // the second entry alone tells
        QCOMPARE(s.trail->verify().value().problem, QByteArray("edited"));
    }

    void theKeyFileIsStableAndPrivate() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.key"));
        const QByteArray first = storage::AuditTrail::loadOrCreateKey(path).value();
        QCOMPARE(first.size(), 32);
        QCOMPARE(storage::AuditTrail::loadOrCreateKey(path).value(), first);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("too-short");
        f.close();
        QCOMPARE(storage::AuditTrail::loadOrCreateKey(path).error().code(),
                 QByteArray("storage/audit-key"));
    }

    void sentEntriesLeaveTheQueueButStayInTheChain() {
        Store s;
        s.fill(5);
        QCOMPARE(s.trail->unsent(100).value().size(), 5);
        QVERIFY(s.trail->markSent({1, 2, 3}).ok());
        const auto left = s.trail->unsent(100).value();
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.first().seq, qint64(4));
        QVERIFY(s.trail->verify().value().ok());
        // The sent ones, paged after a number, for comparing with the server's copies.
        const auto sent = s.trail->sent(1, 100).value();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.first().seq, qint64(2));
        QCOMPARE(s.trail->sent(0, 1).value().first().seq, qint64(1));
    }

    // What the server's copy carries: the same for the same content, another for any change.
    void aFingerprintFollowsEveryField() {
        Store s;
        s.fill(1);
        const storage::AuditEntry e = s.trail->entries(0, 1).value().first();
        const QString print = storage::AuditTrail::fingerprint(e);
        QCOMPARE(print.size(), 64);
        QCOMPARE(storage::AuditTrail::fingerprint(s.trail->entries(0, 1).value().first()), print);
        const QList<std::function<void(storage::AuditEntry&)>> edits = {
            [](auto& x) { x.seq += 1; },
            [](auto& x) { x.recordedAtUtc = x.recordedAtUtc.addMSecs(1); },
            [](auto& x) { x.actorId += u'x'; },
            [](auto& x) { x.workstation += u'x'; },
            [](auto& x) { x.patientId += u'x'; },
            [](auto& x) { x.outcome = 4; },
            [](auto& x) { x.detail = QStringLiteral("x"); },
        };
        for (const auto& edit : edits) {
            storage::AuditEntry changed = e;
            edit(changed);
            QVERIFY(storage::AuditTrail::fingerprint(changed) != print);
        }
    }
};

QTEST_GUILESS_MAIN(AuditTrailTest)
#include "tst_AuditTrail.moc"
