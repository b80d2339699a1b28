#include <sijil/access/User.h>

#include <QStringList>

namespace sijil::access {

QString User::rolesDisplay() const {
    QStringList names;
    for (Role r : roles)
        names << roleName(r).toString();
    return names.join(QStringLiteral(", "));
}

} // namespace sijil::access
