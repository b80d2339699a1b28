#include "SqlUserRepository.h"

#include "SqlError.h"
#include "SqlValues.h"

#include <sijil/storage/Database.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace sijil::storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, username, display_name, roles, facility_id, password_hash, disabled, failed_attempts, "
    "last_failed_at, created_at, updated_at");

UserRecord readRow(const QSqlQuery& q) {
    UserRecord u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.roles = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    u.facilityId = q.value(4).toString();
    u.passwordHash = q.value(5).toString().toLatin1();
    u.disabled = q.value(6).toBool();
    u.failedAttempts = q.value(7).toInt();
    u.lastFailedAtUtc = fromIsoTime(q.value(8));
    u.createdAtUtc = fromIsoTime(q.value(9));
    u.updatedAtUtc = fromIsoTime(q.value(10));
    return u;
}

void bindAll(QSqlQuery& q, const UserRecord& u) {
    q.bindValue(QStringLiteral(":id"), textValue(u.id));
    q.bindValue(QStringLiteral(":username"), textValue(u.username));
    q.bindValue(QStringLiteral(":display_name"), textValue(u.displayName));
    q.bindValue(QStringLiteral(":roles"), u.roles.join(u','));
    q.bindValue(QStringLiteral(":facility_id"), textValue(u.facilityId));
    q.bindValue(QStringLiteral(":password_hash"), QString::fromLatin1(u.passwordHash));
    q.bindValue(QStringLiteral(":disabled"), u.disabled ? 1 : 0);
    q.bindValue(QStringLiteral(":failed_attempts"), u.failedAttempts);
    q.bindValue(QStringLiteral(":last_failed_at"),
                u.lastFailedAtUtc.isValid() ? QVariant(isoTime(u.lastFailedAtUtc)) : QVariant());
    q.bindValue(QStringLiteral(":created_at"), isoTime(u.createdAtUtc));
    q.bindValue(QStringLiteral(":updated_at"), isoTime(u.updatedAtUtc));
}

} // namespace

SqlUserRepository::SqlUserRepository(Database& database)
    : m_database(database) {}

core::Result<std::optional<UserRecord>> SqlUserRepository::findByUsername(const QString& username) {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(kColumns));
    q.addBindValue(username.trimmed());
    if (!q.exec())
        return sqlError(q.lastError(), "find user");
    if (!q.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(readRow(q));
}

core::Result<QList<UserRecord>> SqlUserRepository::list() {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    if (!q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(kColumns)))
        return sqlError(q.lastError(), "list users");
    QList<UserRecord> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

core::Result<int> SqlUserRepository::count() {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM users")) || !q.next())
        return sqlError(q.lastError(), "count users");
    return q.value(0).toInt();
}

core::Status SqlUserRepository::insert(const UserRecord& user) {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(
        QStringLiteral(
            "INSERT INTO users(%1) VALUES (:id, :username, :display_name, :roles, :facility_id, "
            ":password_hash, :disabled, :failed_attempts, :last_failed_at, :created_at, "
            ":updated_at)")
            .arg(kColumns));
    bindAll(q, user);
    if (!q.exec())
        return sqlError(q.lastError(), "insert user");
    return {};
}

core::Status SqlUserRepository::update(const UserRecord& user) {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(QStringLiteral(
        "UPDATE users SET username = :username, display_name = :display_name, roles = :roles, "
        "facility_id = :facility_id, password_hash = :password_hash, disabled = :disabled, "
        "failed_attempts = :failed_attempts, last_failed_at = :last_failed_at, "
        "created_at = :created_at, updated_at = :updated_at WHERE id = :id"));
    bindAll(q, user);
    if (!q.exec())
        return sqlError(q.lastError(), "update user");
    if (q.numRowsAffected() != 1)
        return core::Error(
            "storage/not-found",
            core::UserText("sijil::storage",
                           QT_TRANSLATE_NOOP("sijil::storage", "Enregistrement introuvable.")),
            QStringLiteral("update user: no row"));
    return {};
}

std::unique_ptr<UserRepository> createUserRepository(Database& database) {
    return std::make_unique<SqlUserRepository>(database);
}

} // namespace sijil::storage
