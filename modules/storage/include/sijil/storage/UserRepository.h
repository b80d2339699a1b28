#pragma once

#include <sijil/core/Result.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sijil::storage {

class Database;

// A local account as stored. Roles are kept as their stable codes; the access module gives them
// meaning.
struct UserRecord {
    QString id;
    QString username;
    QString displayName;
    QStringList roles;
    QString facilityId;
    QByteArray passwordHash; // PHC string, never the password
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lastFailedAtUtc;
    QDateTime createdAtUtc;
    QDateTime updatedAtUtc;
};

class UserRepository {
public:
    virtual ~UserRepository() = default;

    // Usernames compare case-insensitively.
    virtual core::Result<std::optional<UserRecord>> findByUsername(const QString& username) = 0;
    virtual core::Result<QList<UserRecord>> list() = 0;
    virtual core::Result<int> count() = 0;
    // Fails with "storage/duplicate" when the username is taken.
    virtual core::Status insert(const UserRecord& user) = 0;
    // Replaces the stored row with the same id; "storage/not-found" if there is none.
    virtual core::Status update(const UserRecord& user) = 0;
};

std::unique_ptr<UserRepository> createUserRepository(Database& database);

} // namespace sijil::storage
