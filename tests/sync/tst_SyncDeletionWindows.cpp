// The history of a type read in windows of the server's time, oldest first, scripted as HAPI
// answers: a read cut short keeps the windows done and the next starts after them, a window of too
// many pages is read again shorter, a resource made again in a later window is not removed by
// its deletion in an earlier one, and a server that does not honour _at is read as before
// windows.
#include "HistoryAnswers.h"
#include "ScriptedSync.h"

#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncEngine.h>

#include <QtTest>

using namespace sijil;
using namespace Qt::StringLiterals;
using namespace scripted;

namespace {

QDateTime at(int day, int hour, int minute = 0) {
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

// The target of a read of the window [from, to).
QByteArray window(const QDateTime& from, const QDateTime& to) {
    return "/fhir/Patient/_history?_at=ge" + from.toString(Qt::ISODateWithMs).toUtf8() + "&_at=lt" +
           to.toString(Qt::ISODateWithMs).toUtf8() + "&_count=100";
}

} // namespace

class SyncDeletionWindowsTest : public HistoryTest {
    Q_OBJECT

    QString cursor() const { return m_store->cursor(u"Patient/_history"_s).value(); }

private slots:
    void init() {
        m_server = std::make_unique<ScriptedServer>();
        startWorkstation(QStringLiteral("d.db"));
        m_server->enqueue(ok(kHistoryMetadata));
    }
    void cleanup() {
        stopWorkstation();
        m_server.reset();
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("d.db"))));
    }

    void aReadCutShortKeepsTheWindowsDone() {
        for (const QString& id : {u"p1"_s, u"p2"_s, u"p3"_s})
            held(id, u"1"_s, at(1, 9));
        const QString asOf = u"2026-11-01T13:00:00.000Z"_s;
        // A deletion in each window; the link fails on the third.
        m_server->enqueue(ok(history({deleted(u"p1"_s, u"2"_s)}, {}, asOf)));
        m_server->enqueue(ok(history({deleted(u"p2"_s, u"2"_s)}, {}, asOf)));
        m_server->enqueue({500, {}, {}, false});
        QCOMPARE(await(m_engine->pullDeletions(u"Patient"_s)).error().code(),
                 QByteArray("fhir/server-error"));
        QCOMPARE(asked(1), window(at(1, 9), at(1, 10)));
        QCOMPARE(asked(2), window(at(1, 10), at(1, 12))); // a window of one page: twice as long
        QCOMPARE(asked(3), window(at(1, 12), at(1, 16)));
        QVERIFY(!local(u"p1"_s));
        QVERIFY(!local(u"p2"_s));
        QVERIFY(local(u"p3"_s));
        QCOMPARE(cursor(), u"2026-11-01T12:00:00.000Z"_s);

        // Started again (as after a kill): the next read starts after the windows done, and ends
        // at the server's present less the settling window.
        startWorkstation(QStringLiteral("d.db"));
        m_server->enqueue(ok(kHistoryMetadata));
        m_server->enqueue(ok(history({deleted(u"p3"_s, u"2"_s)}, {}, asOf)));
        const auto r = await(m_engine->pullDeletions(u"Patient"_s));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail()));
        QCOMPARE(r->removed, 1);
        QCOMPARE(m_server->requests().size(), 6);
        QCOMPARE(asked(5), window(at(1, 12), at(1, 13)));
        QVERIFY(!local(u"p3"_s));
        QCOMPARE(cursor(), u"2026-11-01T12:58:00.000Z"_s);
    }

    void aWindowOfTooManyPagesIsReadAgainShorter() {
        held(u"p1"_s, u"1"_s, at(1, 9));
        const QString asOf = u"2026-11-01T09:30:00.000Z"_s;
        // Ten pages come down from 09:29 to 09:20 and there are more: the rate says five
        // minutes make about five pages.
        for (int i = 0; i < 10; ++i)
            m_server->enqueue(ok(history(
                {written(u"x%1"_s.arg(i), u"1"_s, at(1, 9, 29 - i).toString(Qt::ISODateWithMs)),
                 deleted(u"y%1"_s.arg(i), u"2"_s)},
                m_server->baseUrl() + u"/page%1"_s.arg(i + 1), asOf)));
        m_server->enqueue(ok(history({deleted(u"p1"_s, u"2"_s)}, {}, asOf)));
        m_server->enqueue(ok(history({}, {}, asOf)));
        m_server->enqueue(ok(history({}, {}, asOf)));
        const auto r = await(m_engine->pullDeletions(u"Patient"_s));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail()));
        QCOMPARE(r->removed, 1);
        QCOMPARE(asked(1), window(at(1, 9), at(1, 10)));
        QCOMPARE(asked(10), QByteArray("/fhir/page9"));
        QCOMPARE(asked(11), window(at(1, 9), at(1, 9, 5)));
        QCOMPARE(asked(12), window(at(1, 9, 5), at(1, 9, 15)));
        QCOMPARE(asked(13), window(at(1, 9, 15), at(1, 9, 35)));
        QCOMPARE(m_server->requests().size(), 14);
        QCOMPARE(cursor(), u"2026-11-01T09:28:00.000Z"_s);
    }

    void aWindowTheServerCountsTooBigIsCutAtOnce() {
        held(u"p1"_s, u"1"_s, at(1, 9));
        const QString asOf = u"2026-11-01T09:30:00.000Z"_s;
        QJsonObject counted =
            QJsonDocument::fromJson(
                history({deleted(u"y"_s, u"2"_s)}, m_server->baseUrl() + u"/page2"_s, asOf))
                .object();
        counted.insert(u"total"_s, 5000); // over the half hour to the server's present
        m_server->enqueue(ok(QJsonDocument(counted).toJson()));
        m_server->enqueue({500, {}, {}, false});
        QVERIFY(!await(m_engine->pullDeletions(u"Patient"_s)).ok());
        // 1000 entries (ten pages) at that rate take six minutes: half of that is read.
        QCOMPARE(asked(2), window(at(1, 9), at(1, 9, 3)));
    }

    void aResourceMadeAgainInALaterWindowStays() {
        // Versions that are not numbers (as some servers give them): only the times tell.
        held(u"p1"_s, u"c3"_s, at(1, 11, 30)); // made again at 11:30 after its deletion
        held(u"p2"_s, u"a1"_s, at(1, 9));
        const QString asOf = u"2026-11-01T12:00:00.000Z"_s;
        m_server->enqueue(
            ok(history({deleted(u"p1"_s, u"b2"_s), deleted(u"p2"_s, u"b2"_s)}, {}, asOf)));
        m_server->enqueue(ok(history(
            {written(u"p1"_s, u"c3"_s, at(1, 11, 30).toString(Qt::ISODateWithMs))}, {}, asOf)));
        const auto r = await(m_engine->pullDeletions(u"Patient"_s));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail()));
        QCOMPARE(asked(1), window(at(1, 9), at(1, 10)));
        QCOMPARE(asked(2), window(at(1, 10), at(1, 12)));
        QCOMPARE(r->removed, 1);
        QVERIFY(!local(u"p2"_s));
        QCOMPARE(local(u"p1"_s)->versionId, u"c3"_s);
        QCOMPARE(cursor(), u"2026-11-01T11:58:00.000Z"_s);
    }

    void aServerThatDoesNotHonourAtIsReadWithoutWindows_data() {
        QTest::addColumn<bool>("refused");
        QTest::newRow("versions outside the window") << false;
        QTest::newRow("_at refused") << true;
    }
    void aServerThatDoesNotHonourAtIsReadWithoutWindows() {
        QFETCH(bool, refused);
        held(u"p1"_s, u"1"_s, at(1, 9));
        held(u"p2"_s, u"1"_s, at(1, 9));
        if (refused)
            m_server->enqueue({400, {}, {}, false});
        else // the newest versions of all: _at ignored
            m_server->enqueue(ok(history(
                {written(u"x"_s, u"4"_s, u"2026-11-02T09:50:00.000Z"_s), deleted(u"p1"_s, u"2"_s)},
                m_server->baseUrl() + u"/page2"_s)));
        m_server->enqueue(ok(history({written(u"x"_s, u"4"_s, u"2026-11-02T09:50:00.000Z"_s),
                                      deleted(u"p1"_s, u"2"_s), deleted(u"p2"_s, u"2"_s)})));
        const auto r = await(m_engine->pullDeletions(u"Patient"_s));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail()));
        QCOMPARE(r->removed, 2);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(asked(1), window(at(1, 9), at(1, 10)));
        // From the same start, to the present, as before windows.
        QCOMPARE(asked(2),
                 QByteArray("/fhir/Patient/_history?_since=2026-11-01T09:00:00.000Z&_count=100"));
        QCOMPARE(cursor(), u"2026-11-02T09:58:00.000Z"_s);

        // Not tried again with this server.
        m_server->enqueue(ok(history({}, {}, u"2026-11-02T11:00:00.000Z"_s)));
        QVERIFY(await(m_engine->pullDeletions(u"Patient"_s)).ok());
        QCOMPARE(asked(3),
                 QByteArray("/fhir/Patient/_history?_since=2026-11-02T09:58:00.000Z&_count=100"));
        QCOMPARE(cursor(), u"2026-11-02T10:58:00.000Z"_s);
    }
};

QTEST_GUILESS_MAIN(SyncDeletionWindowsTest)
#include "tst_SyncDeletionWindows.moc"
