#include "AccessLog.h"

#include <sijil/access/AccountService.h>
#include <sijil/access/LocalAuthenticator.h>
#include <sijil/access/PasswordHasher.h>
#include <sijil/core/Clock.h>
#include <sijil/core/Redaction.h>
#include <sijil/storage/UserRepository.h>

#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent>

namespace sijil::access {

namespace {

constexpr const char* kCtx = "sijil::access::LocalAuthenticator";

core::Error invalidCredentials() {
    // One message for an unknown user and a wrong password: the screen must not reveal which
    // usernames exist.
    return core::Error("access/invalid-credentials",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::access::LocalAuthenticator",
                                                              "Identifiant ou mot de passe "
                                                              "incorrect.")),
                       QStringLiteral("invalid credentials"));
}

core::Error throttled(qint64 ms) {
    const int seconds = int((ms + 999) / 1000);
    return core::Error(
        "access/throttled",
        core::UserText(kCtx,
                       QT_TRANSLATE_N_NOOP("sijil::access::LocalAuthenticator",
                                           "Trop de tentatives échouées. Réessayez dans %n "
                                           "seconde(s)."),
                       seconds),
        QStringLiteral("throttled for %1 ms").arg(ms));
}

QFuture<core::Result<User>> ready(core::Result<User> r) {
    return QtFuture::makeReadyFuture(std::move(r));
}

// A valid hash of nothing in particular, verified when the username is unknown so that the time
// taken does not tell whether an account exists.
const QByteArray& decoyHash() {
    static const QByteArray h = PasswordHasher::hash(QStringLiteral("decoy"));
    return h;
}

} // namespace

LocalAuthenticator::LocalAuthenticator(storage::UserRepository& users, const core::Clock& clock,
                                       QObject* parent)
    : QObject(parent)
    , m_users(users)
    , m_clock(clock) {
    // Made ahead, off the GUI thread: computed at the first unknown username instead, it would
    // make that attempt twice as slow, telling the account does not exist.
    QThreadPool::globalInstance()->start([] { (void)decoyHash(); });
}

qint64 LocalAuthenticator::retryAfterMs(const QString& username) {
    const QString name = username.trimmed();
    const auto found = m_users.findByUsername(name);
    if (!found || !found->has_value())
        return m_throttle.unknownRemainingMs(name, m_clock.nowUtc());
    const storage::UserRecord& u = **found;
    return SignInThrottle::remainingMs(u.failedAttempts, u.lastFailedAtUtc, m_clock.nowUtc());
}

QFuture<core::Result<User>> LocalAuthenticator::authenticate(const QString& username,
                                                             const QString& password) {
    const QString name = username.trimmed();
    if (name.isEmpty())
        return ready(
            core::Error("access/username-required",
                        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::access::LocalAuthenticator",
                                                               "Saisissez votre identifiant.")),
                        QStringLiteral("empty username")));
    if (password.isEmpty())
        return ready(
            core::Error("access/password-required",
                        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::access::LocalAuthenticator",
                                                               "Saisissez votre mot de passe.")),
                        QStringLiteral("empty password")));

    auto found = m_users.findByUsername(name);
    if (!found)
        return ready(found.error());
    const std::optional<storage::UserRecord> record = *found;

    const qint64 wait = retryAfterMs(name);
    if (wait > 0)
        return ready(throttled(wait));

    const QByteArray phc = record ? record->passwordHash : decoyHash();
    auto check =
        QtConcurrent::run([password, phc] { return PasswordHasher::verify(password, phc); });
    return check.then(this, [this, name, record](bool matches) -> core::Result<User> {
        const QDateTime now = m_clock.nowUtc();
        if (!record) {
            m_throttle.recordUnknownFailure(name, now);
            qCInfo(lcAccess) << "sign-in refused: unknown account";
            return invalidCredentials();
        }
        storage::UserRecord updated = *record;
        if (!matches) {
            updated.failedAttempts += 1;
            updated.lastFailedAtUtc = now;
            if (auto s = m_users.update(updated); !s)
                return s.error();
            qCInfo(lcAccess) << "sign-in refused: wrong password for" << core::sensitive(name)
                             << "consecutive failures:" << updated.failedAttempts;
            return invalidCredentials();
        }
        if (record->disabled) {
            qCInfo(lcAccess) << "sign-in refused: disabled account" << core::sensitive(name);
            return core::Error(
                "access/account-disabled",
                core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::access::LocalAuthenticator",
                                                       "Ce compte est désactivé. Adressez-vous à "
                                                       "l'administrateur du site.")),
                QStringLiteral("account disabled"));
        }
        if (updated.failedAttempts != 0) {
            updated.failedAttempts = 0;
            updated.lastFailedAtUtc = {};
            if (auto s = m_users.update(updated); !s)
                return s.error();
        }
        return AccountService::toUser(updated);
    });
}

} // namespace sijil::access
