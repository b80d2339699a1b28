// Reads of the register off the screen's thread (the desk's search, the duplicate review queue):
// on a thread and a connection of their own when the store is a file, at once on the caller's
// thread when it is in memory; a newer read or a cancel drops the result of the one running.
#include "RegistryFixture.h"

#include <sijil/registry/RegistryReader.h>

#include <QSemaphore>
#include <QtTest>

using namespace sijil::registry;
using namespace sijil;
using namespace Qt::StringLiterals;
using storage::DuplicateStatus;
using testing::RegistryFixture;

namespace {

PatientRecord person(const QString& given) {
    PatientRecord r;
    r.name = core::PersonName(u"El Idrissi"_s, given);
    r.sex = core::Sex::Female;
    r.birthDate = core::PartialDate::fromDate(QDate(1980, 5, 17));
    r.nationality = u"MA"_s;
    r.accountingCategory = u"PAYANT"_s;
    r.coverageRegime = u"NONE"_s;
    return r;
}

// Two records of the same person, the pair queued for review as the desk does.
void queuePair(PatientRegistry& registry, const access::SessionInfo& session) {
    const auto first = registry.registerPatient(person(u"Fatima"_s), session);
    QVERIFY(first.ok());
    const auto second = registry.registerPatient(
        person(u"Fatema"_s), session, registry.possibleDuplicates(person(u"Fatema"_s)).value());
    QVERIFY(second.ok());
}

using Reviews = core::Result<PatientRegistry::ReviewPage>;

Reviews openReviews(const PatientRegistry& registry) {
    return registry.duplicateReviews(DuplicateStatus::Open, 0, 100);
}

// A read still running when the test goes on: it waits for `go` once begun.
struct HeldRead {
    QSemaphore started;
    QSemaphore go;
    int done = 0; // results that came back
    void start(RegistryReader& reader) {
        reader.read(
            [this](const PatientRegistry& registry) {
                started.release();
                go.acquire();
                return openReviews(registry);
            },
            [this](const Reviews&) { ++done; });
        started.acquire();
    }
};

} // namespace

class RegistryReaderTest : public QObject {
    Q_OBJECT

private slots:
    void aStoreInAFileIsReadOnAThreadOfItsOwn() {
        RegistryFixture f;
        queuePair(*f.registry, f.session);
        RegistryReader reader(*f.registry, u"test-reader"_s);
        QVERIFY(reader.inBackground());
        QVERIFY(reader.readingThread() != QThread::currentThread());
        QThread* readOn = nullptr;
        QThread* doneOn = nullptr;
        std::optional<Reviews> got;
        reader.read(
            [&](const PatientRegistry& registry) {
                readOn = QThread::currentThread();
                return openReviews(registry);
            },
            [&](const Reviews& reviews) {
                doneOn = QThread::currentThread();
                got = reviews;
            });
        QVERIFY(reader.isReading());
        QTRY_VERIFY(got.has_value());
        QVERIFY(!reader.isReading());
        QCOMPARE(readOn, reader.readingThread());
        QCOMPARE(doneOn, QThread::currentThread());
        QVERIFY(got->ok());
        QCOMPARE((*got)->reviews.size(), 1);
    }

    void aNewerReadSupersedesTheOneRunning() {
        RegistryFixture f;
        queuePair(*f.registry, f.session);
        RegistryReader reader(*f.registry, u"test-reader"_s);
        HeldRead first;
        first.start(reader);
        int secondDone = 0;
        reader.read([](const PatientRegistry& registry) { return openReviews(registry); },
                    [&](const Reviews& reviews) {
                        QVERIFY(reviews.ok());
                        ++secondDone;
                    });
        first.go.release();
        QTRY_COMPARE(secondDone, 1);
        // The first result, posted back before the second, was dropped.
        QCOMPARE(first.done, 0);
        QVERIFY(!reader.isReading());
    }

    void aCancelledReadIsNotShown() {
        RegistryFixture f;
        queuePair(*f.registry, f.session);
        RegistryReader reader(*f.registry, u"test-reader"_s);
        HeldRead cancelled;
        cancelled.start(reader);
        reader.cancel();
        QVERIFY(!reader.isReading());
        cancelled.go.release();
        // A read after it: the cancelled one's result would have come back first.
        int laterDone = 0;
        reader.read([](const PatientRegistry& registry) { return openReviews(registry); },
                    [&](const Reviews&) { ++laterDone; });
        QTRY_COMPARE(laterDone, 1);
        QCOMPARE(cancelled.done, 0);
    }

    // It reads what the writer's connection has committed, and nothing else.
    void itSeesOnlyWhatIsCommitted() {
        RegistryFixture f;
        RegistryReader reader(*f.registry, u"test-reader"_s);
        std::optional<Reviews> got;
        const auto readNow = [&] {
            got.reset();
            reader.read([](const PatientRegistry& registry) { return openReviews(registry); },
                        [&](const Reviews& reviews) { got = reviews; });
            return QTest::qWaitFor([&] { return got.has_value(); });
        };
        QVERIFY(readNow());
        QVERIFY(got->ok());
        QCOMPARE((*got)->reviews.size(), 0);
        queuePair(*f.registry, f.session);
        QVERIFY(readNow());
        QCOMPARE((*got)->reviews.size(), 1);
    }

    // A store in memory cannot be opened twice: the read runs at once, through the registry.
    void aStoreInMemoryIsReadAtOnceOnTheCallersThread() {
        testing::InMemoryRegistry memory;
        queuePair(*memory.stack.registry, memory.session);
        RegistryReader reader(*memory.stack.registry, u"test-reader"_s);
        QVERIFY(!reader.inBackground());
        QThread* readOn = nullptr;
        const PatientRegistry* readThrough = nullptr;
        std::optional<Reviews> got;
        reader.read(
            [&](const PatientRegistry& registry) {
                readOn = QThread::currentThread();
                readThrough = &registry;
                return openReviews(registry);
            },
            [&](const Reviews& reviews) { got = reviews; });
        QVERIFY(got.has_value()); // before read() returned
        QCOMPARE(readOn, QThread::currentThread());
        QCOMPARE(readThrough, memory.stack.registry.get());
        QCOMPARE((*got)->reviews.size(), 1);
        QVERIFY(!reader.isReading());
    }

    // The reader goes while a read runs: its thread is joined, nothing comes back to it.
    void theReaderCanGoWhileAReadRuns() {
        RegistryFixture f;
        queuePair(*f.registry, f.session);
        int cameBack = 0;
        for (int round = 0; round < 10; ++round) {
            auto reader = std::make_unique<RegistryReader>(*f.registry, u"test-reader"_s);
            reader->read([](const PatientRegistry& registry) { return openReviews(registry); },
                         [&](const Reviews&) { ++cameBack; });
            // Without handling events: the read is done, running or not begun yet.
            QThread::msleep(round);
            reader.reset();
        }
        QCoreApplication::processEvents(); // nothing queued for a reader that is gone
        QCOMPARE(cameBack, 0);
    }
};

QTEST_GUILESS_MAIN(RegistryReaderTest)
#include "tst_RegistryReader.moc"
