#pragma once

#include <sijil/access/User.h>
#include <sijil/core/Result.h>

#include <QFuture>
#include <QString>

namespace sijil::access {

// One way of proving who someone is. Local accounts implement it today; the national central
// sign-in (OpenID Connect against the ministry's identity provider) will be a second
// implementation, chosen by the composition root from the site configuration, with no change to
// the session or the screens.
class Authenticator {
public:
    virtual ~Authenticator() = default;

    // Resolves on the thread that called it. Errors: access/username-required,
    // access/password-required, access/invalid-credentials, access/account-disabled,
    // access/throttled, and storage errors.
    virtual QFuture<core::Result<User>> authenticate(const QString& username,
                                                     const QString& password) = 0;
    // Milliseconds before `username` may try again (0 = now); the screen counts down with it.
    [[nodiscard]] virtual qint64 retryAfterMs(const QString& username) = 0;
    // Short code recorded in the session ("local", "oidc"...).
    [[nodiscard]] virtual QString method() const = 0;
};

} // namespace sijil::access
