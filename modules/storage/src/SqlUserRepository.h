#pragma once

#include <sijil/storage/UserRepository.h>

namespace sijil::storage {

class SqlUserRepository final : public UserRepository {
public:
    explicit SqlUserRepository(Database& database);

    core::Result<std::optional<UserRecord>> findByUsername(const QString& username) override;
    core::Result<QList<UserRecord>> list() override;
    core::Result<int> count() override;
    core::Status insert(const UserRecord& user) override;
    core::Status update(const UserRecord& user) override;

private:
    Database& m_database;
};

} // namespace sijil::storage
