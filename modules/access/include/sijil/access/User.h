#pragma once

#include <sijil/access/Role.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace sijil::access {

// A signed-in or listed person, without secrets.
struct User {
    QString id;
    QString username;
    QString displayName;
    QList<Role> roles;
    QString facilityId;
    bool disabled = false;

    [[nodiscard]] bool hasRole(Role role) const { return roles.contains(role); }
    // Identity vigilance: merging records, undoing a merge, and any choice that decides whether
    // one record stands for another (a conflict on such a change) belong to the site
    // administrator, not to every desk (a wrong merge mixes two people's records).
    [[nodiscard]] bool mayMergeRecords() const { return hasRole(Role::SiteAdministrator); }
    // "Médecin, Administrateur du site", in the current language.
    [[nodiscard]] QString rolesDisplay() const;
};

// Who is working, where, since when: stamped on every write and audit entry by later modules.
struct SessionInfo {
    User user;
    QString facilityId;
    QString workstation;
    QString sessionId;
    QDateTime startedAtUtc;
    // How the person proved who they are ("local" today; a central provider later).
    QString authenticationMethod;
};

} // namespace sijil::access
