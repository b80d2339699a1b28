// Every step of a session's life lands in the audit trail, refused attempts included.
#include <sijil/access/AccountService.h>
#include <sijil/access/LocalAuthenticator.h>
#include <sijil/access/SessionAuditor.h>
#include <sijil/access/SessionManager.h>
#include <sijil/core/Clock.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/UserRepository.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using State = access::SessionManager::State;

class SessionAuditorTest : public QObject {
    Q_OBJECT

private slots:
    void sessionLifeIsAudited() {
        QTemporaryDir dir;
        core::ManualClock clock;
        auto db = std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value();
        auto users = storage::createUserRepository(*db);
        access::AccountService accounts(*users, clock);
        access::LocalAuthenticator auth(*users, clock);
        access::SessionManager session(auth, QStringLiteral("CHP-TEST"), QStringLiteral("desk-1"));
        storage::AuditTrail trail(
            *db, storage::AuditTrail::loadOrCreateKey(dir.filePath(QStringLiteral("k"))).value(),
            dir.filePath(QStringLiteral("head")));
        access::SessionAuditor auditor(session, trail, clock);

        auto created = accounts.create({QStringLiteral("ahmed"),
                                        QStringLiteral("Ahmed Alaoui"),
                                        {access::Role::Physician},
                                        QStringLiteral("CHP-TEST"),
                                        QStringLiteral("tres-secret-42")});
        QTRY_VERIFY_WITH_TIMEOUT(created.isFinished(), 10000);
        QVERIFY(created.result().ok());

        session.signIn(QStringLiteral("ahmed"), QStringLiteral("mauvais"));
        QTRY_COMPARE_WITH_TIMEOUT(trail.count().value(), qint64(1), 10000);
        session.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Active, 10000);
        session.lock();
        session.unlock(QStringLiteral("tres-secret-42"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Active, 10000);
        session.signOut();

        const auto entries = trail.entries(0, 100).value();
        QStringList seen;
        for (const auto& e : entries)
            seen << e.subtype + u'/' + QString::number(e.outcome);
        QCOMPARE(seen, (QStringList{QStringLiteral("login/4"), QStringLiteral("login/0"),
                                    QStringLiteral("lock/0"), QStringLiteral("unlock/0"),
                                    QStringLiteral("logout/0")}));
        // The refused attempt names what was typed and why, not who is signed in.
        QCOMPARE(entries[0].actorName, QStringLiteral("ahmed"));
        QVERIFY(entries[0].actorId.isEmpty());
        QCOMPARE(entries[0].detail, QStringLiteral("access/invalid-credentials"));
        // Successful steps carry the user, facility, workstation and session.
        const auto& login = entries[1];
        QCOMPARE(login.actorId, created.result()->id);
        QCOMPARE(login.facilityId, QStringLiteral("CHP-TEST"));
        QCOMPARE(login.workstation, QStringLiteral("desk-1"));
        QCOMPARE(login.entityType, QStringLiteral("Session"));
        QCOMPARE(entries[4].entityId, login.entityId); // logout names the same session
        QVERIFY(trail.verify().value().ok());
    }
};

QTEST_GUILESS_MAIN(SessionAuditorTest)
#include "tst_SessionAuditor.moc"
