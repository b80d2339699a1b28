// Local accounts and signing in against them, on a real store: validation rules with the field
// each error belongs to, the first administrator, the last-administrator guard, password changes,
// and the sign-in refusals and throttling of LocalAuthenticator (clock moved by hand).
#include <sijil/access/AccountService.h>
#include <sijil/access/LocalAuthenticator.h>
#include <sijil/access/PasswordHasher.h>
#include <sijil/core/Clock.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/UserRepository.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace sijil;
using access::Role;

// Futures resolve through the event loop (hashing on the pool, storing back on this thread).
#define AWAIT(future)                                                                              \
    QVERIFY2(QTest::qWaitFor([&] { return (future).isFinished(); }, 30000),                        \
             "future not finished in time")

namespace {

const QString kPassword = QStringLiteral("tres-secret-42");

access::NewAccount account(const QString& username, QList<Role> roles = {Role::Physician},
                           const QString& password = kPassword) {
    return {username, QStringLiteral("Display ") + username, std::move(roles),
            QStringLiteral("CHP-TEST"), password};
}

// A real store with the services over it.
struct Env {
    core::ManualClock clock;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::UserRepository> users;
    std::unique_ptr<access::AccountService> accounts;
    std::unique_ptr<access::LocalAuthenticator> auth;

    explicit Env(const QString& path = QStringLiteral(":memory:")) {
        auto opened = storage::Database::open(path);
        if (!opened)
            qFatal("cannot open the test store");
        db = std::move(opened).value();
        users = storage::createUserRepository(*db);
        accounts = std::make_unique<access::AccountService>(*users, clock);
        auth = std::make_unique<access::LocalAuthenticator>(*users, clock);
    }

    storage::UserRecord record(const QString& username) const {
        return users->findByUsername(username).value().value_or(storage::UserRecord{});
    }
};

} // namespace

class AccountServiceTest : public QObject {
    Q_OBJECT

private:
    // Creates an account and waits for it; the caller checks the optional.
    static std::optional<access::User> create(Env& env, const access::NewAccount& a) {
        auto f = env.accounts->create(a);
        if (!QTest::qWaitFor([&] { return f.isFinished(); }, 30000))
            return std::nullopt;
        const auto r = f.result();
        if (!r.ok()) {
            qWarning() << "create failed:" << r.error();
            return std::nullopt;
        }
        return *r;
    }

    // Signs in and waits; returns the error code, empty on success.
    static QByteArray signIn(Env& env, const QString& username, const QString& password) {
        auto f = env.auth->authenticate(username, password);
        if (!QTest::qWaitFor([&] { return f.isFinished(); }, 30000))
            return "timeout";
        const auto r = f.result();
        return r.ok() ? QByteArray() : r.error().code();
    }

private slots:
    // --- validation ---
    void validationRules_data() {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<bool>("withRoles");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("field");

        const QString name = QStringLiteral("Ahmed Alaoui");
        const auto row = [&](const char* tag, const QString& username, const QString& display,
                             bool roles, const QString& password, const char* code,
                             const char* field) {
            QTest::newRow(tag) << username << display << roles << password << QByteArray(code)
                               << QString::fromLatin1(field);
        };
        row("valid", QStringLiteral("ahmed"), name, true, kPassword, "", "");
        row("valid, shortest username", QStringLiteral("a.b"), name, true, kPassword, "", "");
        row("valid, longest username", QString(32, u'k'), name, true, kPassword, "", "");
        row("valid, 10-char password", QStringLiteral("ahmed"), name, true,
            QStringLiteral("k7#pQ9!xZw"), "", "");
        row("valid, padded username", QStringLiteral("  f.benali "), name, true, kPassword, "", "");

        row("empty username", QString(), name, true, kPassword, "access/username-required",
            "username");
        row("blank username", QStringLiteral("   "), name, true, kPassword,
            "access/username-required", "username");
        row("two chars", QStringLiteral("ab"), name, true, kPassword, "access/username-invalid",
            "username");
        row("33 chars", QString(33, u'k'), name, true, kPassword, "access/username-invalid",
            "username");
        row("upper case", QStringLiteral("Ahmed"), name, true, kPassword, "access/username-invalid",
            "username");
        row("leading dash", QStringLiteral("-ahmed"), name, true, kPassword,
            "access/username-invalid", "username");
        row("leading dot", QStringLiteral(".ahmed"), name, true, kPassword,
            "access/username-invalid", "username");
        row("inner space", QStringLiteral("ahmed alaoui"), name, true, kPassword,
            "access/username-invalid", "username");
        row("accent", QStringLiteral("ahméd"), name, true, kPassword, "access/username-invalid",
            "username");
        row("at sign", QStringLiteral("ahmed@chp"), name, true, kPassword,
            "access/username-invalid", "username");

        row("blank display name", QStringLiteral("ahmed"), QStringLiteral("  "), true, kPassword,
            "access/display-name-required", "displayName");
        row("no role", QStringLiteral("ahmed"), name, false, kPassword, "access/roles-required",
            "roles");

        row("9-char password", QStringLiteral("ahmed"), name, true, QStringLiteral("k7#pQ9!xZ"),
            "access/password-too-short", "password");
        row("empty password", QStringLiteral("ahmed"), name, true, QString(),
            "access/password-too-short", "password");
        row("257-char password", QStringLiteral("ahmed"), name, true,
            QStringLiteral("abcdefgh").repeated(33).left(257), "access/password-too-long",
            "password");
        row("contains username", QStringLiteral("ahmed"), name, true,
            QStringLiteral("AHMED-secret-2026"), "access/password-contains-username", "password");
        row("common password", QStringLiteral("ahmed"), name, true, QStringLiteral("motdepasse"),
            "access/password-too-common", "password");
        row("common, other case", QStringLiteral("ahmed"), name, true, QStringLiteral("AZERTYUIOP"),
            "access/password-too-common", "password");
        row("digits in a row", QStringLiteral("ahmed"), name, true, QStringLiteral("1234567890"),
            "access/password-too-common", "password");
        row("two distinct chars", QStringLiteral("ahmed"), name, true, QStringLiteral("aaaaabbbbb"),
            "access/password-too-common", "password");
        row("three distinct chars", QStringLiteral("ahmed"), name, true,
            QStringLiteral("abcabcabcabc"), "access/password-too-common", "password");
    }

    void validationRules() {
        QFETCH(QString, username);
        QFETCH(QString, displayName);
        QFETCH(bool, withRoles);
        QFETCH(QString, password);
        QFETCH(QByteArray, code);
        QFETCH(QString, field);
        const access::NewAccount a{username, displayName,
                                   withRoles ? QList<Role>{Role::Nurse} : QList<Role>{},
                                   QStringLiteral("CHP-TEST"), password};
        const core::Status s = access::AccountService::validate(a);
        if (code.isEmpty()) {
            QVERIFY2(s.ok(), s.ok() ? "" : s.error().code().constData());
            return;
        }
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), code);
        QCOMPARE(s.error().field(), field);
        QVERIFY(!s.error().userMessage().isEmpty());
        // The message never repeats the password.
        if (!password.isEmpty())
            QVERIFY(!s.error().userMessage().contains(password));
    }

    void invalidAccountIsNotStored() {
        Env env;
        QSignalSpy changed(env.accounts.get(), &access::AccountService::accountsChanged);
        auto f = env.accounts->create(
            account(QStringLiteral("ahmed"), {Role::Physician}, QStringLiteral("court")));
        QVERIFY(f.isFinished()); // refused at once, before any hashing
        QCOMPARE(f.result().error().code(), QByteArray("access/password-too-short"));
        QCOMPARE(env.users->count().value(), 0);
        QCOMPARE(changed.count(), 0);
    }

    // --- creating ---
    void createStoresAHashedAccount() {
        Env env;
        QSignalSpy changed(env.accounts.get(), &access::AccountService::accountsChanged);
        access::NewAccount a =
            account(QStringLiteral("  f.benali "), {Role::Nurse, Role::Physician});
        a.displayName = QStringLiteral("  Fatima   Benali ");
        const auto user = create(env, a);
        QVERIFY(user);
        QCOMPARE(user->username, QStringLiteral("f.benali"));
        QCOMPARE(user->displayName, QStringLiteral("Fatima Benali"));
        QCOMPARE(user->roles, (QList<Role>{Role::Nurse, Role::Physician}));
        QCOMPARE(user->facilityId, QStringLiteral("CHP-TEST"));
        QVERIFY(!user->disabled);
        QVERIFY(!user->id.isEmpty());
        QCOMPARE(changed.count(), 1);

        const storage::UserRecord r = env.record(QStringLiteral("f.benali"));
        QCOMPARE(r.id, user->id);
        QCOMPARE(r.roles, (QStringList{QStringLiteral("nurse"), QStringLiteral("physician")}));
        QVERIFY(!r.passwordHash.contains(kPassword.toUtf8()));
        QVERIFY(r.passwordHash.startsWith("$scrypt$"));
        QVERIFY(access::PasswordHasher::verify(kPassword, r.passwordHash));
        QCOMPARE(r.createdAtUtc, env.clock.nowUtc());
        QCOMPARE(r.updatedAtUtc, env.clock.nowUtc());

        const auto listed = env.accounts->list().value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().username, QStringLiteral("f.benali"));
    }

    void duplicateUsernameIsTaken() {
        Env env;
        QVERIFY(create(env, account(QStringLiteral("ahmed"))));
        auto again = env.accounts->create(account(QStringLiteral("ahmed"), {Role::Nurse}));
        AWAIT(again);
        QVERIFY(!again.result().ok());
        QCOMPARE(again.result().error().code(), QByteArray("access/username-taken"));
        QCOMPARE(again.result().error().field(), QStringLiteral("username"));
        QCOMPARE(env.users->count().value(), 1);
    }

    void duplicateUsernameIsCaseInsensitive() {
        Env env;
        // An account stored with capitals (imported from an older system) still holds the name.
        storage::UserRecord legacy;
        legacy.id = QStringLiteral("legacy-1");
        legacy.username = QStringLiteral("Karim");
        legacy.displayName = QStringLiteral("Karim Alaoui");
        legacy.roles = {QStringLiteral("nurse")};
        legacy.passwordHash = access::PasswordHasher::hash(kPassword, {10, 8, 1});
        legacy.createdAtUtc = legacy.updatedAtUtc = env.clock.nowUtc();
        QVERIFY(env.users->insert(legacy).ok());

        auto f = env.accounts->create(account(QStringLiteral("karim")));
        AWAIT(f);
        QCOMPARE(f.result().error().code(), QByteArray("access/username-taken"));
        QCOMPARE(f.result().error().field(), QStringLiteral("username"));
        QCOMPARE(env.users->count().value(), 1);
    }

    void firstAdministrator() {
        Env env;
        QCOMPARE(env.accounts->hasAnyAccount().value(), false);
        auto f = env.accounts->createFirstAdministrator(account(QStringLiteral("admin"), {}));
        AWAIT(f);
        QVERIFY2(f.result().ok(), f.result().ok() ? "" : f.result().error().code().constData());
        QCOMPARE(f.result()->roles, QList<Role>{Role::SiteAdministrator});
        QVERIFY(f.result()->hasRole(Role::SiteAdministrator));
        QCOMPARE(env.accounts->hasAnyAccount().value(), true);

        // Only while the workstation has no account at all.
        auto second = env.accounts->createFirstAdministrator(account(QStringLiteral("admin2")));
        QVERIFY(second.isFinished());
        QCOMPARE(second.result().error().code(), QByteArray("access/already-initialised"));
        QCOMPARE(env.users->count().value(), 1);
    }

    void firstAdministratorKeepsOtherRolesAndAddsAdminOnce() {
        Env env;
        auto f = env.accounts->createFirstAdministrator(
            account(QStringLiteral("dr.admin"), {Role::Physician}));
        AWAIT(f);
        QVERIFY(f.result().ok());
        QCOMPARE(f.result()->roles, (QList<Role>{Role::SiteAdministrator, Role::Physician}));

        Env other;
        auto g = other.accounts->createFirstAdministrator(
            account(QStringLiteral("admin"), {Role::SiteAdministrator}));
        AWAIT(g);
        QVERIFY(g.result().ok());
        QCOMPARE(g.result()->roles, QList<Role>{Role::SiteAdministrator});
    }

    void firstAdministratorRefusedOnceAnyAccountExists() {
        Env env;
        QVERIFY(create(env, account(QStringLiteral("nurse1"), {Role::Nurse})));
        auto f = env.accounts->createFirstAdministrator(account(QStringLiteral("admin")));
        AWAIT(f);
        QCOMPARE(f.result().error().code(), QByteArray("access/already-initialised"));
    }

    void lastActiveAdministratorCannotBeDisabled() {
        Env env;
        QVERIFY(create(env, account(QStringLiteral("admin1"), {Role::SiteAdministrator})));
        QVERIFY(create(env, account(QStringLiteral("nurse1"), {Role::Nurse})));
        QSignalSpy changed(env.accounts.get(), &access::AccountService::accountsChanged);

        auto s = env.accounts->setDisabled(QStringLiteral("admin1"), true);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), QByteArray("access/last-administrator"));
        QCOMPARE(s.error().field(), QStringLiteral("username"));
        QVERIFY(!env.record(QStringLiteral("admin1")).disabled);
        QCOMPARE(changed.count(), 0);

        // Anyone else may be disabled, and enabled again.
        QVERIFY(env.accounts->setDisabled(QStringLiteral("nurse1"), true).ok());
        QVERIFY(env.record(QStringLiteral("nurse1")).disabled);
        QCOMPARE(changed.count(), 1);
        QVERIFY(env.accounts->setDisabled(QStringLiteral("NURSE1"), false).ok());
        QVERIFY(!env.record(QStringLiteral("nurse1")).disabled);

        // With a second active administrator, the first may go; then the second is the last.
        QVERIFY(
            create(env, account(QStringLiteral("admin2"), {Role::Nurse, Role::SiteAdministrator})));
        QVERIFY(env.accounts->setDisabled(QStringLiteral("admin1"), true).ok());
        QVERIFY(env.record(QStringLiteral("admin1")).disabled);
        s = env.accounts->setDisabled(QStringLiteral("admin2"), true);
        QCOMPARE(s.error().code(), QByteArray("access/last-administrator"));
        QVERIFY(!env.record(QStringLiteral("admin2")).disabled);
        // A disabled administrator does not count; enabling one frees the other.
        QVERIFY(env.accounts->setDisabled(QStringLiteral("admin1"), false).ok());
        QVERIFY(env.accounts->setDisabled(QStringLiteral("admin2"), true).ok());

        const auto unknown = env.accounts->setDisabled(QStringLiteral("ghost"), true);
        QCOMPARE(unknown.error().code(), QByteArray("access/unknown-account"));
    }

    void setPasswordReplacesTheHashAndClearsFailures() {
        Env env;
        QVERIFY(create(env, account(QStringLiteral("ahmed"))));
        QCOMPARE(signIn(env, QStringLiteral("ahmed"), QStringLiteral("mauvais-1")),
                 QByteArray("access/invalid-credentials"));
        QCOMPARE(env.record(QStringLiteral("ahmed")).failedAttempts, 1);
        env.clock.advanceMs(60'000);

        const QString fresh = QStringLiteral("nouveau-secret-77");
        auto f = env.accounts->setPassword(QStringLiteral("ahmed"), fresh);
        AWAIT(f);
        QVERIFY2(f.result().ok(), f.result().ok() ? "" : f.result().error().code().constData());
        const storage::UserRecord r = env.record(QStringLiteral("ahmed"));
        QCOMPARE(r.failedAttempts, 0);
        QVERIFY(!r.lastFailedAtUtc.isValid());
        QCOMPARE(r.updatedAtUtc, env.clock.nowUtc());

        QCOMPARE(signIn(env, QStringLiteral("ahmed"), kPassword),
                 QByteArray("access/invalid-credentials"));
        QCOMPARE(signIn(env, QStringLiteral("ahmed"), fresh), QByteArray());
    }

    void setPasswordValidates() {
        Env env;
        QVERIFY(create(env, account(QStringLiteral("ahmed"))));
        const QByteArray before = env.record(QStringLiteral("ahmed")).passwordHash;

        auto f = env.accounts->setPassword(QStringLiteral("ahmed"), QStringLiteral("ahmed-2026!"));
        QVERIFY(f.isFinished());
        QCOMPARE(f.result().error().code(), QByteArray("access/password-contains-username"));
        QCOMPARE(f.result().error().field(), QStringLiteral("password"));
        auto g = env.accounts->setPassword(QStringLiteral("ahmed"), QStringLiteral("court"));
        QCOMPARE(g.result().error().code(), QByteArray("access/password-too-short"));
        auto h = env.accounts->setPassword(QStringLiteral("ghost"), QStringLiteral("nouveau-77!"));
        QCOMPARE(h.result().error().code(), QByteArray("access/unknown-account"));

        QCOMPARE(env.record(QStringLiteral("ahmed")).passwordHash, before);
    }

    // --- signing in (LocalAuthenticator) ---
    void signInSucceeds() {
        Env env;
        const auto created = create(env, account(QStringLiteral("ahmed"), {Role::Radiologist}));
        QVERIFY(created);
        QCOMPARE(env.auth->method(), QStringLiteral("local"));
        auto f = env.auth->authenticate(QStringLiteral(" AHMED "), kPassword);
        AWAIT(f);
        QVERIFY(f.result().ok());
        QCOMPARE(f.result()->id, created->id);
        QCOMPARE(f.result()->username, QStringLiteral("ahmed"));
        QCOMPARE(f.result()->roles, QList<Role>{Role::Radiologist});
        QCOMPARE(f.result()->facilityId, QStringLiteral("CHP-TEST"));
    }

    void signInRefusals() {
        Env env;
        QVERIFY(create(env, account(QStringLiteral("ahmed"))));

        auto empty = env.auth->authenticate(QStringLiteral("  "), kPassword);
        QVERIFY(empty.isFinished());
        QCOMPARE(empty.result().error().code(), QByteArray("access/username-required"));
        auto noPassword = env.auth->authenticate(QStringLiteral("ahmed"), QString());
        QVERIFY(noPassword.isFinished());
        QCOMPARE(noPassword.result().error().code(), QByteArray("access/password-required"));

        auto unknown = env.auth->authenticate(QStringLiteral("ghost"), kPassword);
        auto wrong = env.auth->authenticate(QStringLiteral("ahmed"), QStringLiteral("mauvais-1"));
        AWAIT(unknown);
        AWAIT(wrong);
        // An unknown user and a wrong password look exactly the same.
        QCOMPARE(unknown.result().error().code(), QByteArray("access/invalid-credentials"));
        QCOMPARE(wrong.result().error().code(), QByteArray("access/invalid-credentials"));
        QCOMPARE(unknown.result().error().userMessage(), wrong.result().error().userMessage());
        QCOMPARE(unknown.result().error().detail(), wrong.result().error().detail());
    }

    void disabledAccountIsRefused() {
        Env env;
        QVERIFY(create(env, account(QStringLiteral("admin"), {Role::SiteAdministrator})));
        QVERIFY(create(env, account(QStringLiteral("ahmed"))));
        QVERIFY(env.accounts->setDisabled(QStringLiteral("ahmed"), true).ok());
        QCOMPARE(signIn(env, QStringLiteral("ahmed"), kPassword),
                 QByteArray("access/account-disabled"));
        // Without the right password it does not even say the account is disabled.
        QCOMPARE(signIn(env, QStringLiteral("ahmed"), QStringLiteral("mauvais-1")),
                 QByteArray("access/invalid-credentials"));
        QVERIFY(env.accounts->setDisabled(QStringLiteral("ahmed"), false).ok());
        QCOMPARE(signIn(env, QStringLiteral("ahmed"), kPassword), QByteArray());
    }

    void throttledAfterThreeFailures() {
        Env env;
        QVERIFY(create(env, account(QStringLiteral("ahmed"))));
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(env.auth->retryAfterMs(QStringLiteral("ahmed")), qint64(0));
            QCOMPARE(signIn(env, QStringLiteral("ahmed"), QStringLiteral("mauvais-%1").arg(i)),
                     QByteArray("access/invalid-credentials"));
        }
        QCOMPARE(env.record(QStringLiteral("ahmed")).failedAttempts, 3);
        QCOMPARE(env.auth->retryAfterMs(QStringLiteral("ahmed")), qint64(5'000));
        QCOMPARE(env.auth->retryAfterMs(QStringLiteral("Ahmed")), qint64(5'000));

        // Even the right password is not checked while the delay runs: the answer is immediate
        // and nothing is counted.
        auto f = env.auth->authenticate(QStringLiteral("ahmed"), kPassword);
        QVERIFY(f.isFinished());
        QCOMPARE(f.result().error().code(), QByteArray("access/throttled"));
        QVERIFY2(f.result().error().userMessage().contains(u'5'),
                 qPrintable(f.result().error().userMessage()));
        QCOMPARE(env.record(QStringLiteral("ahmed")).failedAttempts, 3);

        env.clock.advanceMs(4'999);
        QCOMPARE(env.auth->retryAfterMs(QStringLiteral("ahmed")), qint64(1));
        QCOMPARE(signIn(env, QStringLiteral("ahmed"), kPassword), QByteArray("access/throttled"));
        env.clock.advanceMs(1);
        QCOMPARE(env.auth->retryAfterMs(QStringLiteral("ahmed")), qint64(0));

        // A fourth failure doubles the wait.
        QCOMPARE(signIn(env, QStringLiteral("ahmed"), QStringLiteral("mauvais-4")),
                 QByteArray("access/invalid-credentials"));
        QCOMPARE(env.auth->retryAfterMs(QStringLiteral("ahmed")), qint64(10'000));
        env.clock.advanceMs(10'000);

        // Success clears the count: the next two failures are free again.
        QCOMPARE(signIn(env, QStringLiteral("ahmed"), kPassword), QByteArray());
        QCOMPARE(env.record(QStringLiteral("ahmed")).failedAttempts, 0);
        QVERIFY(!env.record(QStringLiteral("ahmed")).lastFailedAtUtc.isValid());
        for (int i = 0; i < 2; ++i)
            QCOMPARE(signIn(env, QStringLiteral("ahmed"), QStringLiteral("mauvais")),
                     QByteArray("access/invalid-credentials"));
        QCOMPARE(env.auth->retryAfterMs(QStringLiteral("ahmed")), qint64(0));
    }

    void throttleSurvivesARestart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        QDateTime lastFailure;
        {
            Env env(path);
            QVERIFY(create(env, account(QStringLiteral("ahmed"))));
            for (int i = 0; i < 3; ++i)
                QCOMPARE(signIn(env, QStringLiteral("ahmed"), QStringLiteral("mauvais")),
                         QByteArray("access/invalid-credentials"));
            lastFailure = env.clock.nowUtc();
        }
        // A new process: new store connection, new authenticator, same file.
        Env env(path);
        env.clock.set(lastFailure.addMSecs(1'000));
        QCOMPARE(env.auth->retryAfterMs(QStringLiteral("ahmed")), qint64(4'000));
        auto f = env.auth->authenticate(QStringLiteral("ahmed"), kPassword);
        QVERIFY(f.isFinished());
        QCOMPARE(f.result().error().code(), QByteArray("access/throttled"));
    }

    void unknownUsernamesAreThrottledToo() {
        Env env;
        QVERIFY(create(env, account(QStringLiteral("ahmed"))));
        for (const QString& typed :
             {QStringLiteral("ghost"), QStringLiteral("Ghost"), QStringLiteral("GHOST")})
            QCOMPARE(signIn(env, typed, kPassword), QByteArray("access/invalid-credentials"));
        // The same delay as for a real account, so the delay does not reveal who exists.
        QCOMPARE(env.auth->retryAfterMs(QStringLiteral("ghost")), qint64(5'000));
        auto f = env.auth->authenticate(QStringLiteral("gHoSt"), kPassword);
        QVERIFY(f.isFinished());
        QCOMPARE(f.result().error().code(), QByteArray("access/throttled"));
        // Real accounts are not slowed by someone else's guesses.
        QCOMPARE(env.auth->retryAfterMs(QStringLiteral("ahmed")), qint64(0));
        QCOMPARE(signIn(env, QStringLiteral("ahmed"), kPassword), QByteArray());
        env.clock.advanceMs(5'000);
        QCOMPARE(env.auth->retryAfterMs(QStringLiteral("ghost")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(AccountServiceTest)
#include "tst_AccountService.moc"
