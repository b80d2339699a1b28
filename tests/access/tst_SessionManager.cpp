// The session state machine on a real store and the real local authenticator: sign-in, idle lock,
// unlock, takeover of a locked desk by another user, sign-out.
#include <sijil/access/AccountService.h>
#include <sijil/access/LocalAuthenticator.h>
#include <sijil/access/SessionManager.h>
#include <sijil/core/Clock.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/UserRepository.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace sijil;
using access::Role;
using State = access::SessionManager::State;
using namespace std::chrono_literals;

namespace {

constexpr int kTimeoutMs = 30000; // generous: scrypt on a loaded CI machine

const QString kAhmedPassword = QStringLiteral("tres-secret-42");
const QString kSalmaPassword = QStringLiteral("autre-secret-77");

// The two accounts every test starts with, created once through AccountService (hashing costs a
// tenth of a second each) and copied into each test's fresh store: ahmed has a facility of his
// own, salma has none.
QList<storage::UserRecord>& accountTemplates() {
    static QList<storage::UserRecord> records;
    return records;
}

bool createAccountTemplates() {
    core::ManualClock clock;
    auto db = storage::Database::open(QStringLiteral(":memory:"));
    if (!db)
        return false;
    auto users = storage::createUserRepository(**db);
    access::AccountService accounts(*users, clock);
    const QList<access::NewAccount> wanted = {
        {QStringLiteral("ahmed"),
         QStringLiteral("Ahmed Alaoui"),
         {Role::Physician},
         QStringLiteral("CHP-AHMED"),
         kAhmedPassword},
        {QStringLiteral("salma"),
         QStringLiteral("Salma Idrissi"),
         {Role::Nurse},
         QString(),
         kSalmaPassword},
    };
    for (const access::NewAccount& a : wanted) {
        auto f = accounts.create(a);
        if (!QTest::qWaitFor([&] { return f.isFinished(); }, kTimeoutMs) || !f.result().ok())
            return false;
    }
    accountTemplates() = users->list().value();
    return accountTemplates().size() == 2;
}

// A real store holding the two accounts, with the local authenticator and a session over it.
struct Env {
    core::ManualClock clock;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::UserRepository> users;
    std::unique_ptr<access::LocalAuthenticator> auth;
    std::unique_ptr<access::SessionManager> session;
    QStringList events; // signals in the order they came

    bool setUp() {
        auto opened = storage::Database::open(QStringLiteral(":memory:"));
        if (!opened)
            return false;
        db = std::move(opened).value();
        users = storage::createUserRepository(*db);
        for (const storage::UserRecord& r : accountTemplates()) {
            if (!users->insert(r))
                return false;
        }
        auth = std::make_unique<access::LocalAuthenticator>(*users, clock);
        session = std::make_unique<access::SessionManager>(*auth, QStringLiteral("CHP-DEFAULT"),
                                                           QStringLiteral("desk-7"));
        using SM = access::SessionManager;
        QObject::connect(session.get(), &SM::sessionStarted,
                         [this] { events << QStringLiteral("started"); });
        QObject::connect(session.get(), &SM::sessionEnding,
                         [this] { events << QStringLiteral("ending"); });
        QObject::connect(session.get(), &SM::sessionEnded,
                         [this] { events << QStringLiteral("ended"); });
        QObject::connect(session.get(), &SM::sessionLocked,
                         [this] { events << QStringLiteral("locked"); });
        QObject::connect(session.get(), &SM::sessionUnlocked,
                         [this] { events << QStringLiteral("unlocked"); });
        QObject::connect(session.get(), &SM::signInFailed,
                         [this](const core::Error& e, const QString&) {
                             events << QStringLiteral("failed:") + QString::fromLatin1(e.code());
                         });
        return true;
    }
};

} // namespace

class SessionManagerTest : public QObject {
    Q_OBJECT

private:
    // Signs ahmed in and waits for the session.
    static bool signInAhmed(Env& env) {
        env.session->signIn(QStringLiteral("ahmed"), kAhmedPassword);
        return QTest::qWaitFor([&] { return env.session->state() == State::Active; }, kTimeoutMs);
    }

private slots:
    void initTestCase() {
        qRegisterMetaType<core::Error>("sijil::core::Error");
        QVERIFY(createAccountTemplates());
    }

    void startsSignedOut() {
        Env env;
        QVERIFY(env.setUp());
        QCOMPARE(env.session->state(), State::SignedOut);
        QVERIFY(!env.session->session().has_value());
        QCOMPARE(env.session->facilityId(), QStringLiteral("CHP-DEFAULT"));
        QCOMPARE(env.session->workstation(), QStringLiteral("desk-7"));
        // Nothing to lock or sign out of.
        env.session->lock();
        env.session->signOut();
        env.session->unlock(kAhmedPassword);
        QCOMPARE(env.session->state(), State::SignedOut);
        QVERIFY(env.events.isEmpty());
    }

    void signInGoesThroughAuthenticating() {
        Env env;
        QVERIFY(env.setUp());
        QSignalSpy states(env.session.get(), &access::SessionManager::stateChanged);
        env.session->signIn(QStringLiteral("ahmed"), kAhmedPassword);
        QCOMPARE(env.session->state(), State::Authenticating);
        // A second request while the first runs is ignored.
        env.session->signIn(QStringLiteral("salma"), kSalmaPassword);
        QTRY_COMPARE_WITH_TIMEOUT(env.session->state(), State::Active, kTimeoutMs);

        QCOMPARE(states.count(), 2);
        QCOMPARE(states.at(0).at(0).value<State>(), State::Authenticating);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Active);
        QCOMPARE(env.events, QStringList{QStringLiteral("started")});

        const auto& s = env.session->session();
        QVERIFY(s.has_value());
        QCOMPARE(s->user.username, QStringLiteral("ahmed"));
        QCOMPARE(s->user.displayName, QStringLiteral("Ahmed Alaoui"));
        QVERIFY(s->user.hasRole(Role::Physician));
        QCOMPARE(s->facilityId, QStringLiteral("CHP-AHMED")); // the user's own facility
        QCOMPARE(s->workstation, QStringLiteral("desk-7"));
        QCOMPARE(s->authenticationMethod, QStringLiteral("local"));
        QVERIFY(!s->sessionId.isEmpty());
        QVERIFY(s->startedAtUtc.isValid());
        QCOMPARE(s->startedAtUtc.timeSpec(), Qt::UTC);

        // Already active: another sign-in does nothing.
        env.session->signIn(QStringLiteral("salma"), kSalmaPassword);
        QCOMPARE(env.session->state(), State::Active);
        QCOMPARE(env.session->session()->user.username, QStringLiteral("ahmed"));
    }

    void facilityFallsBackToTheManagersDefault() {
        Env env;
        QVERIFY(env.setUp());
        env.session->signIn(QStringLiteral("salma"), kSalmaPassword);
        QTRY_COMPARE_WITH_TIMEOUT(env.session->state(), State::Active, kTimeoutMs);
        QCOMPARE(env.session->session()->facilityId, QStringLiteral("CHP-DEFAULT"));
    }

    void failedSignInReturnsToSignedOut() {
        Env env;
        QVERIFY(env.setUp());
        QSignalSpy failed(env.session.get(), &access::SessionManager::signInFailed);
        env.session->signIn(QStringLiteral("ahmed"), QStringLiteral("mauvais"));
        QCOMPARE(env.session->state(), State::Authenticating);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
        QCOMPARE(env.session->state(), State::SignedOut);
        QVERIFY(!env.session->session().has_value());
        QCOMPARE(failed.at(0).at(0).value<core::Error>().code(),
                 QByteArray("access/invalid-credentials"));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("ahmed")); // what was typed
        QVERIFY(!env.events.contains(QStringLiteral("started")));
    }

    void idleTimeoutLocks() {
        Env env;
        QVERIFY(env.setUp());
        QVERIFY(signInAhmed(env));
        const QString sessionId = env.session->session()->sessionId;
        QSignalSpy locked(env.session.get(), &access::SessionManager::sessionLocked);
        env.session->setIdleTimeout(300ms);
        QCOMPARE(env.session->idleTimeout(), 300ms);
        QTRY_COMPARE_WITH_TIMEOUT(env.session->state(), State::Locked, 10000);
        QCOMPARE(locked.count(), 1);
        // Locked, not ended: the session and its user are still there behind the lock.
        QVERIFY(env.session->session().has_value());
        QCOMPARE(env.session->session()->sessionId, sessionId);
        QVERIFY(!env.events.contains(QStringLiteral("ended")));
    }

    void activityPostponesTheLock() {
        Env env;
        QVERIFY(env.setUp());
        QVERIFY(signInAhmed(env));
        env.session->setIdleTimeout(600ms);
        // Keep busy for well over the timeout: no lock while the user works.
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 2000) {
            env.session->noteActivity();
            QTest::qWait(50);
            QCOMPARE(env.session->state(), State::Active);
        }
        // Then stop: it locks, a full timeout after the last activity.
        QElapsedTimer idle;
        idle.start();
        env.session->noteActivity();
        QTRY_COMPARE_WITH_TIMEOUT(env.session->state(), State::Locked, 10000);
        QVERIFY2(idle.elapsed() >= 600, qPrintable(QString::number(idle.elapsed())));
    }

    void zeroTimeoutNeverLocks() {
        Env env;
        QVERIFY(env.setUp());
        QVERIFY(signInAhmed(env));
        env.session->setIdleTimeout(200ms);
        env.session->setIdleTimeout(0ms); // switched off before it fired
        QTest::qWait(600);
        QCOMPARE(env.session->state(), State::Active);
    }

    void unlockNeedsTheRightPassword() {
        Env env;
        QVERIFY(env.setUp());
        QVERIFY(signInAhmed(env));
        const QString sessionId = env.session->session()->sessionId;
        env.session->lock();
        QCOMPARE(env.session->state(), State::Locked);
        env.events.clear();

        QSignalSpy failed(env.session.get(), &access::SessionManager::signInFailed);
        env.session->unlock(QStringLiteral("mauvais"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
        QCOMPARE(env.session->state(), State::Locked);
        QCOMPARE(env.session->session()->user.username, QStringLiteral("ahmed"));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("ahmed"));

        env.session->unlock(kAhmedPassword);
        QTRY_COMPARE_WITH_TIMEOUT(env.session->state(), State::Active, kTimeoutMs);
        // The same session goes on: unlocked, not restarted.
        QCOMPARE(env.session->session()->sessionId, sessionId);
        QCOMPARE(env.events, (QStringList{QStringLiteral("failed:access/invalid-credentials"),
                                          QStringLiteral("unlocked")}));
    }

    void sameUserSigningInOnTheLockPageUnlocks() {
        Env env;
        QVERIFY(env.setUp());
        QVERIFY(signInAhmed(env));
        const QString sessionId = env.session->session()->sessionId;
        env.session->lock();
        env.events.clear();
        env.session->signIn(QStringLiteral("AHMED"), kAhmedPassword);
        QTRY_COMPARE_WITH_TIMEOUT(env.session->state(), State::Active, kTimeoutMs);
        QCOMPARE(env.session->session()->sessionId, sessionId);
        QCOMPARE(env.events, QStringList{QStringLiteral("unlocked")});
    }

    void anotherUserTakesOverALockedDesk() {
        Env env;
        QVERIFY(env.setUp());
        QVERIFY(signInAhmed(env));
        const QString firstSession = env.session->session()->sessionId;
        env.session->lock();
        env.events.clear();

        // What the auditor sees just before the first session goes: still ahmed's.
        QString endingUser;
        QObject::connect(env.session.get(), &access::SessionManager::sessionEnding,
                         [&] { endingUser = env.session->session()->user.username; });
        env.session->signIn(QStringLiteral("salma"), kSalmaPassword);
        QTRY_COMPARE_WITH_TIMEOUT(env.session->state(), State::Active, kTimeoutMs);

        QCOMPARE(env.events, (QStringList{QStringLiteral("ending"), QStringLiteral("ended"),
                                          QStringLiteral("started")}));
        QCOMPARE(endingUser, QStringLiteral("ahmed"));
        QCOMPARE(env.session->session()->user.username, QStringLiteral("salma"));
        QVERIFY(env.session->session()->sessionId != firstSession);
        QCOMPARE(env.session->session()->facilityId, QStringLiteral("CHP-DEFAULT"));
    }

    void failedTakeoverKeepsTheLockedSession() {
        Env env;
        QVERIFY(env.setUp());
        QVERIFY(signInAhmed(env));
        env.session->lock();
        env.events.clear();
        env.session->signIn(QStringLiteral("salma"), QStringLiteral("mauvais"));
        QTRY_VERIFY_WITH_TIMEOUT(!env.events.isEmpty(), kTimeoutMs);
        QCOMPARE(env.events, QStringList{QStringLiteral("failed:access/invalid-credentials")});
        QCOMPARE(env.session->state(), State::Locked);
        QCOMPARE(env.session->session()->user.username, QStringLiteral("ahmed"));
    }

    void signOutEndsTheSession() {
        Env env;
        QVERIFY(env.setUp());
        QVERIFY(signInAhmed(env));
        env.session->setIdleTimeout(300ms);
        env.events.clear();
        QSignalSpy states(env.session.get(), &access::SessionManager::stateChanged);
        env.session->signOut();
        QCOMPARE(env.session->state(), State::SignedOut);
        QVERIFY(!env.session->session().has_value());
        QCOMPARE(env.events, (QStringList{QStringLiteral("ending"), QStringLiteral("ended")}));
        QCOMPARE(states.count(), 1);
        // The idle timer died with the session: no lock of a signed-out desk.
        QTest::qWait(600);
        QCOMPARE(env.session->state(), State::SignedOut);
        QVERIFY(!env.events.contains(QStringLiteral("locked")));

        // And a locked session can be signed out too.
        QVERIFY(signInAhmed(env));
        env.session->lock();
        env.events.clear();
        env.session->signOut();
        QCOMPARE(env.session->state(), State::SignedOut);
        QCOMPARE(env.events, (QStringList{QStringLiteral("ending"), QStringLiteral("ended")}));
    }
};

QTEST_GUILESS_MAIN(SessionManagerTest)
#include "tst_SessionManager.moc"
