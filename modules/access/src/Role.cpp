#include <sijil/access/Role.h>

namespace sijil::access {

namespace {
struct RoleInfo {
    Role role;
    const char* code;
    const char* name;
};

constexpr const char* kCtx = "sijil::access::Role";

const RoleInfo kRoles[] = {
    {Role::AdmissionClerk, "admission-clerk",
     QT_TRANSLATE_NOOP("sijil::access::Role", "Agent d'accueil")},
    {Role::Nurse, "nurse", QT_TRANSLATE_NOOP("sijil::access::Role", "Infirmier·ère")},
    {Role::Physician, "physician", QT_TRANSLATE_NOOP("sijil::access::Role", "Médecin")},
    {Role::Specialist, "specialist",
     QT_TRANSLATE_NOOP("sijil::access::Role", "Médecin spécialiste")},
    {Role::Radiologist, "radiologist", QT_TRANSLATE_NOOP("sijil::access::Role", "Radiologue")},
    {Role::SiteAdministrator, "site-admin",
     QT_TRANSLATE_NOOP("sijil::access::Role", "Administrateur du site")},
};
} // namespace

const QList<Role>& allRoles() {
    static const QList<Role> list = [] {
        QList<Role> l;
        for (const RoleInfo& r : kRoles)
            l << r.role;
        return l;
    }();
    return list;
}

QString roleCode(Role role) {
    for (const RoleInfo& r : kRoles) {
        if (r.role == role)
            return QString::fromLatin1(r.code);
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& code) {
    for (const RoleInfo& r : kRoles) {
        if (code == QLatin1String(r.code))
            return r.role;
    }
    return std::nullopt;
}

core::UserText roleName(Role role) {
    for (const RoleInfo& r : kRoles) {
        if (r.role == role)
            return core::UserText(kCtx, r.name);
    }
    return {};
}

} // namespace sijil::access
