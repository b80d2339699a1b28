#pragma once

#include <sijil/access/Authenticator.h>
#include <sijil/access/SignInThrottle.h>

#include <QObject>

namespace sijil::core {
class Clock;
}
namespace sijil::storage {
class UserRepository;
}

namespace sijil::access {

// Sign-in against the local accounts: the account is read on the caller's thread, the scrypt
// check runs on the thread pool, the outcome is recorded back on the caller's thread.
class LocalAuthenticator final : public QObject, public Authenticator {
    Q_OBJECT
public:
    LocalAuthenticator(storage::UserRepository& users, const core::Clock& clock,
                       QObject* parent = nullptr);

    QFuture<core::Result<User>> authenticate(const QString& username,
                                             const QString& password) override;
    [[nodiscard]] qint64 retryAfterMs(const QString& username) override;
    [[nodiscard]] QString method() const override { return QStringLiteral("local"); }

private:
    storage::UserRepository& m_users;
    const core::Clock& m_clock;
    SignInThrottle m_throttle;
};

} // namespace sijil::access
