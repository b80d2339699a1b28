#include "AccessLog.h"

#include <sijil/access/AccountService.h>
#include <sijil/access/PasswordHasher.h>
#include <sijil/core/Clock.h>
#include <sijil/core/Redaction.h>
#include <sijil/storage/UserRepository.h>

#include <QRegularExpression>
#include <QUuid>
#include <QtConcurrent>

namespace sijil::access {

namespace {

constexpr const char* kCtx = "sijil::access::AccountService";
constexpr int kMaxPasswordLength = 256;

core::Error fieldError(const char* code, const char* message, const char* field) {
    return core::Error(code, core::UserText(kCtx, message), QString::fromLatin1(code))
        .withField(QString::fromLatin1(field));
}

core::Error hashFailed() {
    return core::Error("access/hash-failed",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::access::AccountService",
                                                              "Le mot de passe n'a pas pu être "
                                                              "protégé (mémoire insuffisante ?).")),
                       QStringLiteral("scrypt failed"));
}

template <typename T>
QFuture<T> ready(T value) {
    return QtFuture::makeReadyFuture(std::move(value));
}

} // namespace

AccountService::AccountService(storage::UserRepository& users, const core::Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , m_users(users)
    , m_clock(clock) {}

bool AccountService::isValidUsername(const QString& username) {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{2,31}$"));
    return re.match(username).hasMatch();
}

core::Status AccountService::validatePassword(const QString& password, const QString& username) {
    if (password.size() < kMinPasswordLength)
        return core::Error("access/password-too-short",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::access::AccountService",
                                                                  "Le mot de passe doit compter au "
                                                                  "moins %1 caractères."))
                               .arg(QString::number(kMinPasswordLength)),
                           QStringLiteral("password too short"))
            .withField(QStringLiteral("password"));
    if (password.size() > kMaxPasswordLength)
        return fieldError("access/password-too-long",
                          QT_TRANSLATE_NOOP("sijil::access::AccountService",
                                            "Le mot de passe est trop long (256 caractères au "
                                            "plus)."),
                          "password");
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        return fieldError("access/password-contains-username",
                          QT_TRANSLATE_NOOP("sijil::access::AccountService",
                                            "Le mot de passe ne doit pas contenir l'identifiant."),
                          "password");
    // Passwords a shared desk would guess first; length alone does not stop these.
    static const QStringList common = {
        QStringLiteral("motdepasse"),  QStringLiteral("azertyuiop"),
        QStringLiteral("qwertyuiop"),  QStringLiteral("1234567890"),
        QStringLiteral("0123456789"),  QStringLiteral("password12"),
        QStringLiteral("password123"), QStringLiteral("administrateur"),
        QStringLiteral("bienvenue1"),  QStringLiteral("sijilsijil"),
        QStringLiteral("hopital2026"), QStringLiteral("marocmaroc"),
    };
    const QSet<QChar> distinct(password.begin(), password.end());
    if (common.contains(password.toLower()) || distinct.size() < 4)
        return fieldError("access/password-too-common",
                          QT_TRANSLATE_NOOP("sijil::access::AccountService",
                                            "Ce mot de passe est trop facile à deviner. Choisissez "
                                            "une phrase ou un mélange moins prévisible."),
                          "password");
    return {};
}

core::Status AccountService::validate(const NewAccount& a) {
    if (a.username.trimmed().isEmpty())
        return fieldError(
            "access/username-required",
            QT_TRANSLATE_NOOP("sijil::access::AccountService", "L'identifiant est obligatoire."),
            "username");
    if (!isValidUsername(a.username.trimmed()))
        return fieldError("access/username-invalid",
                          QT_TRANSLATE_NOOP("sijil::access::AccountService",
                                            "L'identifiant doit compter de 3 à 32 caractères : "
                                            "lettres minuscules sans accent, chiffres, point, "
                                            "tiret ou trait de soulignement, et commencer par une "
                                            "lettre ou un chiffre."),
                          "username");
    if (a.displayName.trimmed().isEmpty())
        return fieldError(
            "access/display-name-required",
            QT_TRANSLATE_NOOP("sijil::access::AccountService", "Le nom complet est obligatoire."),
            "displayName");
    if (a.roles.isEmpty())
        return fieldError(
            "access/roles-required",
            QT_TRANSLATE_NOOP("sijil::access::AccountService", "Choisissez au moins un rôle."),
            "roles");
    return validatePassword(a.password, a.username.trimmed());
}

User AccountService::toUser(const storage::UserRecord& r) {
    User u;
    u.id = r.id;
    u.username = r.username;
    u.displayName = r.displayName;
    for (const QString& code : r.roles) {
        if (auto role = roleFromCode(code))
            u.roles << *role;
    }
    u.facilityId = r.facilityId;
    u.disabled = r.disabled;
    return u;
}

QFuture<core::Result<User>> AccountService::create(const NewAccount& account) {
    if (auto s = validate(account); !s)
        return ready(core::Result<User>(s.error()));
    const QString username = account.username.trimmed();
    auto existing = m_users.findByUsername(username);
    if (!existing)
        return ready(core::Result<User>(existing.error()));
    if (existing->has_value())
        return ready(core::Result<User>(fieldError(
            "access/username-taken",
            QT_TRANSLATE_NOOP("sijil::access::AccountService", "Cet identifiant est déjà utilisé."),
            "username")));

    const QString password = account.password;
    auto hashing = QtConcurrent::run([password] { return PasswordHasher::hash(password); });
    return hashing.then(
        this, [this, account, username](const QByteArray& phc) -> core::Result<User> {
            if (phc.isEmpty())
                return hashFailed();
            storage::UserRecord r;
            r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.username = username;
            r.displayName = account.displayName.simplified();
            for (Role role : account.roles)
                r.roles << roleCode(role);
            r.facilityId = account.facilityId;
            r.passwordHash = phc;
            r.createdAtUtc = r.updatedAtUtc = m_clock.nowUtc();
            if (auto s = m_users.insert(r); !s) {
                if (s.error().is("storage/duplicate"))
                    return fieldError("access/username-taken",
                                      QT_TRANSLATE_NOOP("sijil::access::AccountService",
                                                        "Cet identifiant est déjà utilisé."),
                                      "username");
                return s.error();
            }
            qCInfo(lcAccess) << "account created" << core::sensitive(username) << "roles"
                             << r.roles;
            emit accountsChanged();
            return toUser(r);
        });
}

QFuture<core::Result<User>> AccountService::createFirstAdministrator(NewAccount account) {
    auto any = hasAnyAccount();
    if (!any)
        return ready(core::Result<User>(any.error()));
    if (*any)
        return ready(core::Result<User>(core::Error(
            "access/already-initialised",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::access::AccountService",
                                                   "Ce poste a déjà un administrateur.")),
            QStringLiteral("accounts exist"))));
    if (!account.roles.contains(Role::SiteAdministrator))
        account.roles.prepend(Role::SiteAdministrator);
    return create(account);
}

core::Result<storage::UserRecord> AccountService::find(const QString& username) {
    auto found = m_users.findByUsername(username.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value())
        return fieldError("access/unknown-account",
                          QT_TRANSLATE_NOOP("sijil::access::AccountService",
                                            "Aucun compte ne porte cet identifiant."),
                          "username");
    return **found;
}

QFuture<core::Status> AccountService::setPassword(const QString& username,
                                                  const QString& password) {
    auto record = find(username);
    if (!record)
        return ready(core::Status(record.error()));
    if (auto s = validatePassword(password, record->username); !s)
        return ready(s);
    auto hashing = QtConcurrent::run([password] { return PasswordHasher::hash(password); });
    return hashing.then(this, [this, r = *record](const QByteArray& phc) mutable -> core::Status {
        if (phc.isEmpty())
            return hashFailed();
        r.passwordHash = phc;
        r.failedAttempts = 0;
        r.lastFailedAtUtc = {};
        r.updatedAtUtc = m_clock.nowUtc();
        return m_users.update(r);
    });
}

core::Result<bool> AccountService::hasAnyAccount() {
    auto n = m_users.count();
    if (!n)
        return n.error();
    return *n > 0;
}

core::Result<QList<User>> AccountService::list() {
    auto rows = m_users.list();
    if (!rows)
        return rows.error();
    QList<User> out;
    for (const auto& r : *rows)
        out << toUser(r);
    return out;
}

core::Status AccountService::setDisabled(const QString& username, bool disabled) {
    auto record = find(username);
    if (!record)
        return record.error();
    if (disabled && record->roles.contains(roleCode(Role::SiteAdministrator))) {
        // Never lock the site out of its own workstation.
        auto all = m_users.list();
        if (!all)
            return all.error();
        const auto activeAdmins = std::count_if(all->begin(), all->end(), [](const auto& u) {
            return !u.disabled && u.roles.contains(roleCode(Role::SiteAdministrator));
        });
        if (activeAdmins <= 1 && !record->disabled)
            return fieldError("access/last-administrator",
                              QT_TRANSLATE_NOOP("sijil::access::AccountService",
                                                "C'est le dernier administrateur actif du site : "
                                                "il ne peut pas être désactivé."),
                              "username");
    }
    record->disabled = disabled;
    record->updatedAtUtc = m_clock.nowUtc();
    if (auto s = m_users.update(*record); !s)
        return s;
    qCInfo(lcAccess) << "account" << core::sensitive(username)
                     << (disabled ? "disabled" : "enabled");
    emit accountsChanged();
    return {};
}

} // namespace sijil::access
