// The audit trail against the copies the central server (HAPI) keeps of what was sent: entries
// that still say what they said match; one rewritten here (as whoever holds the local key could),
// one whose number or time was changed, and one sent again altered over its first copy are named.
#include "HapiPeer.h"

#include <sijil/core/ConnectionStatus.h>
#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/AuditServerCheck.h>
#include <sijil/sync/SyncService.h>

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace sijil;
using namespace std::chrono_literals;

class AuditServerCheckTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<fhir::FhirClient> m_client;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::AuditTrail> m_trail;
    const QString m_workstation =
        QStringLiteral("desk-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString m_facility = QStringLiteral("CS-ERRACHIDIA-01");

    // One sync cycle: the trail's unsent entries go up as AuditEvents.
    void upload() { upload(*m_db, *m_trail); }
    void upload(storage::Database& db, storage::AuditTrail& trail) {
        storage::ResourceStore store(db);
        storage::Outbox outbox(db);
        core::ConnectionStatus status;
        sync::SyncService::Options options;
        options.debounce = 10ms;
        sync::SyncService service(store, outbox, &trail, *m_client, status, options);
        QSignalSpy cycles(&service, &sync::SyncService::cycleFinished);
        service.start();
        QVERIFY(cycles.wait(60'000));
        QVERIFY2(cycles.last().first().toBool(),
                 qPrintable(service.lastError() ? service.lastError()->detail() : QString()));
        QCOMPARE(trail.unsent(10)->size(), 0);
    }
    // What someone with the database file (and the key beside it) can do to an entry.
    void rewrite(qint64 seq, const QString& assignment) { rewrite(*m_db, seq, assignment); }
    void rewrite(storage::Database& db, qint64 seq, const QString& assignment) {
        QSqlQuery q(QSqlDatabase::database(db.connectionName()));
        QVERIFY2(
            q.exec(
                QStringLiteral("UPDATE audit_log SET %1 WHERE seq = %2").arg(assignment).arg(seq)),
            qPrintable(assignment));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    // `n` reads of patients p-0, p-1... by one clerk on `workstation`, a second apart.
    QList<qint64> appendReads(storage::AuditTrail& trail, const QString& workstation, int n) {
        storage::AuditEntry e;
        e.actorId = QStringLiteral("u-17");
        e.actorName = QStringLiteral("Nadia Amrani");
        e.facilityId = m_facility;
        e.workstation = workstation;
        e.action = QStringLiteral("R");
        e.subtype = QStringLiteral("read");
        e.entityType = QStringLiteral("Patient");
        QList<qint64> seqs;
        for (int i = 0; i < n; ++i) {
            e.recordedAtUtc = QDateTime::currentDateTimeUtc().addSecs(i);
            e.patientId = e.entityId = QStringLiteral("p-%1").arg(i);
            seqs << trail.append(e).value();
        }
        return seqs;
    }
    sync::AuditServerReport check() { return check(*m_trail, m_workstation); }
    sync::AuditServerReport check(const storage::AuditTrail& trail, const QString& workstation,
                                  int historyCap = 100'000) {
        const auto report = sijil::test::awaitResult(sync::AuditServerCheck::run(
            trail, *m_client, {m_facility, workstation}, 2, historyCap));
        if (!report)
            qFatal("check failed: %s", qPrintable(report.error().detail()));
        return *report;
    }

private slots:
    void initTestCase() {
        const QUrl hapi(sijil::test::hapiUrl());
        QVERIFY2(hapi.isValid() && !hapi.isEmpty(), "no HAPI_URL: is the hapi fixture up?");
        fhir::FhirClient::Config c;
        c.baseUrl = hapi;
        c.timeout = 20s;
        m_client = std::make_unique<fhir::FhirClient>(c);
        m_db = std::move(storage::Database::open(m_dir.filePath(QStringLiteral("a.db")))).value();
        m_trail = std::make_unique<storage::AuditTrail>(*m_db, QByteArray(32, 'k'),
                                                        m_dir.filePath(QStringLiteral("head")));
    }

    void entriesSentAndLaterRewrittenAreNamed() {
        // More than a batch of 2: the check pages.
        const QList<qint64> seqs = appendReads(*m_trail, m_workstation, 5);
        upload();
        auto report = check();
        QCOMPARE(report.checked, 5);
        QVERIFY(report.ok());

        // Who read patient 1 rewritten to another patient; entry 3 given another time (so
        // another id); entry 0 rewritten, then marked unsent so that sync sends it again over
        // the server's copy (version 2 there).
        rewrite(seqs[1], QStringLiteral("patient_id = 'p-9', entity_id = 'p-9'"));
        rewrite(seqs[3], QStringLiteral("recorded_at = '2020-01-01T00:00:00.000Z'"));
        rewrite(seqs[0], QStringLiteral("detail = 'nothing to see', sent = 0"));
        upload();
        report = check();
        QCOMPARE(report.altered, (QList<qint64>{seqs[1], seqs[0]}));
        QCOMPARE(report.absent, QList<qint64>{seqs[3]});
        QCOMPARE(report.checked, 1 + 1); // entries 2 and 4
        QVERIFY(report.missingHere.isEmpty());
        QVERIFY(!report.ok());

        // The last entry cut off the end (the chain and its head re-signed, as the key allows):
        // its copy is on the server, newer than anything sent that is still here. So is entry
        // 3's copy, at the time it really had.
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(seqs[4])));
        report = check();
        QCOMPARE(report.checked, 1); // entry 2
        QCOMPARE(report.missingHere.size(), 2);
    }

    // The whole trail deleted with its head: locally that reads as a new store, with nothing
    // sent left to start from. The server still holds every event this workstation sent.
    void aTrailEmptiedWithItsHeadIsToldByTheServer() {
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("head"))));
        const auto report = check();
        QCOMPARE(report.checked, 0);
        QCOMPARE(report.missingHere.size(), 5); // every entry the first test sent

        QVERIFY(!report.ok());
        QVERIFY(!report.incomplete);
        // More events than the check looks through: it says it saw only part of them.
        const auto capped = check(*m_trail, m_workstation, 2);
        QVERIFY(capped.incomplete);
        QVERIFY(!capped.ok());
        // Another workstation's trail, empty too, is not charged with this one's events.
        const auto other = sijil::test::awaitResult(sync::AuditServerCheck::run(
            *m_trail, *m_client, {m_facility, m_workstation + QStringLiteral("-other")}, 2));
        QVERIFY(other.ok());
        QVERIFY(other->ok());
    }

    // The server took entries whose mark as sent was never written (killed between its answer
    // and the mark, or the desktop's cycle marking them now): they are still here, so they are
    // compared with their copies, never reported as the end of the trail cut off.
    void entriesOnTheServerNotYetMarkedSentAreNoTruncation() {
        const QString workstation = m_workstation + QStringLiteral("-unmarked");
        auto db =
            std::move(storage::Database::open(m_dir.filePath(QStringLiteral("u.db")))).value();
        storage::AuditTrail trail(*db, QByteArray(32, 'u'),
                                  m_dir.filePath(QStringLiteral("u.head")));
        const QList<qint64> seqs = appendReads(trail, workstation, 4);
        upload(*db, trail);
        QSqlQuery q(QSqlDatabase::database(db->connectionName()));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE audit_log SET sent = 0 WHERE seq >= %1").arg(seqs[2])));
        auto report = check(trail, workstation);
        QVERIFY2(report.missingHere.isEmpty(), qPrintable(report.missingHere.join(u' ')));
        QCOMPARE(report.checked, 4);
        QVERIFY(report.ok());

        // None marked sent: the whole site's history is looked through, and they are found.
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET sent = 0")));
        report = check(trail, workstation);
        QVERIFY2(report.missingHere.isEmpty(), qPrintable(report.missingHere.join(u' ')));
        QCOMPARE(report.checked, 4);
        QVERIFY(report.ok());

        // Not yet marked sent is no cover: one rewritten here no longer matches its copy.
        rewrite(*db, seqs[3], QStringLiteral("patient_id = 'p-9', entity_id = 'p-9'"));
        report = check(trail, workstation);
        QCOMPARE(report.altered, QList<qint64>{seqs[3]});
        QVERIFY(report.missingHere.isEmpty());
        QVERIFY(!report.ok());
    }
};

QTEST_GUILESS_MAIN(AuditServerCheckTest)
#include "tst_AuditServerCheck.moc"
