#include <sijil/access/User.h>

#include <QLocale>
#include <QStringList>

namespace sijil::access {

QString User::rolesDisplay() const {
    QStringList names;
    for (Role r : roles)
        names << roleName(r).toString();
    // Arabic separates list items with its own comma.
    const bool arabic = QLocale().language() == QLocale::Arabic;
    return names.join(arabic ? QStringLiteral("، ") : QStringLiteral(", "));
}

} // namespace sijil::access
