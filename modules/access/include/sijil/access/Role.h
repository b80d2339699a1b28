#pragma once

#include <sijil/core/UserText.h>

#include <QList>
#include <QString>

#include <optional>

namespace sijil::access {

// What a person does at the workstation; a person may hold several roles.
enum class Role {
    AdmissionClerk,
    Nurse,
    Physician,
    Specialist,
    Radiologist,
    SiteAdministrator,
};

const QList<Role>& allRoles();
// Stable codes, stored and used on the command line: "admission-clerk", "site-admin"...
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString& code);
core::UserText roleName(Role role);

} // namespace sijil::access
