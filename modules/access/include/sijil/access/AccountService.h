#pragma once

#include <sijil/access/User.h>
#include <sijil/core/Result.h>

#include <QFuture>
#include <QObject>

namespace sijil::core {
class Clock;
}
namespace sijil::storage {
class UserRepository;
struct UserRecord;
} // namespace sijil::storage

namespace sijil::access {

struct NewAccount {
    QString username;
    QString displayName;
    QList<Role> roles;
    QString facilityId;
    QString password;
};

// Creating and maintaining local accounts. Validation errors carry the form field they are about
// ("username", "displayName", "roles", "password").
class AccountService : public QObject {
    Q_OBJECT
public:
    AccountService(storage::UserRepository& users, const core::Clock& clock,
                   QObject* parent = nullptr);

    // Checks every field without touching the store; the first problem found.
    [[nodiscard]] static core::Status validate(const NewAccount& account);
    [[nodiscard]] static core::Status validatePassword(const QString& password,
                                                       const QString& username);
    [[nodiscard]] static bool isValidUsername(const QString& username);
    static constexpr int kMinPasswordLength = 10;

    // Hashes on the thread pool, stores on the caller's thread.
    QFuture<core::Result<User>> create(const NewAccount& account);
    // The first site administrator, allowed only while there is no account at all.
    QFuture<core::Result<User>> createFirstAdministrator(NewAccount account);
    QFuture<core::Status> setPassword(const QString& username, const QString& password);

    [[nodiscard]] core::Result<bool> hasAnyAccount();
    [[nodiscard]] core::Result<QList<User>> list();
    [[nodiscard]] core::Status setDisabled(const QString& username, bool disabled);

    static User toUser(const storage::UserRecord& record);

signals:
    void accountsChanged();

private:
    core::Result<storage::UserRecord> find(const QString& username);

    storage::UserRepository& m_users;
    const core::Clock& m_clock;
};

} // namespace sijil::access
