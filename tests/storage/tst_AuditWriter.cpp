// Appends made off the calling thread: in order, in one chain with the trail's own appends, and
// all made before the writer goes away; a store in memory appends at once.
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/AuditWriter.h>
#include <sijil/storage/Database.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using namespace Qt::StringLiterals;

namespace {

QList<storage::AuditEntry> reads(const QStringList& patients) {
    QList<storage::AuditEntry> out;
    for (const QString& p : patients) {
        storage::AuditEntry e;
        e.actorId = u"clerk"_s;
        e.workstation = u"desk-1"_s;
        e.action = u"R"_s;
        e.subtype = u"search"_s;
        e.patientId = p;
        out << e;
    }
    return out;
}

QStringList patients(const storage::AuditTrail& trail) {
    QStringList out;
    const auto all = trail.entries(0, 100);
    for (const storage::AuditEntry& e : all.value())
        out << e.patientId;
    return out;
}

} // namespace

class AuditWriterTest : public QObject {
    Q_OBJECT

private slots:
    void appendsOffTheCallingThreadInOneChain() {
        QTemporaryDir dir;
        auto db = std::move(storage::Database::open(dir.filePath(u"s.db"_s))).value();
        const QByteArray key(32, 'k');
        const QString head = dir.filePath(u"audit.head"_s);
        storage::AuditTrail trail(*db, key, head);
        QVERIFY(trail.append(reads({u"p0"_s}).first()).ok());
        {
            storage::AuditWriter writer(*db, key, head);
            QVERIFY(writer.inBackground());
            writer.append(reads({u"p1"_s, u"p2"_s}));
            writer.append({});
            writer.append(reads({u"p3"_s}));
            // Going away, it makes the appends still waiting first.
        }
        QCOMPARE(patients(trail), (QStringList{u"p0"_s, u"p1"_s, u"p2"_s, u"p3"_s}));
        QVERIFY(trail.verify().value().ok());
        QVERIFY(trail.append(reads({u"p4"_s}).first()).ok());
        QVERIFY(trail.verify().value().ok());
    }

    void aStoreInMemoryAppendsAtOnce() {
        QTemporaryDir dir;
        auto db = std::move(storage::Database::open(u":memory:"_s)).value();
        const QString head = dir.filePath(u"audit.head"_s);
        storage::AuditWriter writer(*db, QByteArray(32, 'k'), head);
        QVERIFY(!writer.inBackground());
        writer.append(reads({u"p1"_s, u"p2"_s}));
        storage::AuditTrail trail(*db, QByteArray(32, 'k'), head);
        QCOMPARE(patients(trail), (QStringList{u"p1"_s, u"p2"_s}));
        QVERIFY(trail.verify().value().ok());
    }

    // The store the writer appends to is gone (a disk unmounted, a file removed): each append
    // fails, and the screen that asked is told on its own thread, unless it is gone too.
    void aFailedAppendIsToldOnTheThreadThatMadeTheWriter() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.db"_s);
        std::unique_ptr<storage::AuditWriter> writer;
        {
            auto db = std::move(storage::Database::open(path)).value();
            writer = std::make_unique<storage::AuditWriter>(*db, QByteArray(32, 'k'),
                                                            dir.filePath(u"audit.head"_s));
        }
        QVERIFY(writer->inBackground());
        for (const QString& f : QDir(dir.path()).entryList({u"s.db*"_s}))
            QVERIFY(QFile::remove(dir.filePath(f)));

        QObject screen;
        QStringList told;
        QList<QThread*> toldOn;
        const auto tell = [&](const QString& what) {
            return [&, what](const core::Error& e) {
                QVERIFY(!e.code().isEmpty());
                told << what;
                toldOn << QThread::currentThread();
            };
        };
        writer->append(reads({u"p1"_s}), &screen, tell(u"p1"_s));
        auto gone = std::make_unique<QObject>();
        writer->append(reads({u"p2"_s}), gone.get(), tell(u"p2"_s));
        gone.reset();
        writer->append(reads({u"p3"_s})); // nobody to tell: logged only
        writer->append(reads({u"p4"_s}), &screen, tell(u"p4"_s));
        // Told in order: once p4 is, p2 would have been.
        QTRY_COMPARE(told, (QStringList{u"p1"_s, u"p4"_s}));
        for (QThread* t : std::as_const(toldOn))
            QCOMPARE(t, QThread::currentThread());
    }
};

QTEST_MAIN(AuditWriterTest)
#include "tst_AuditWriter.moc"
