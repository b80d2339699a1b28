#include "SqlError.h"

#include <QSqlError>

namespace sijil::storage {

core::Error sqlError(const QSqlError& error, const char* what) {
    const QString native = error.nativeErrorCode();
    // SQLite's extended codes: 19 and 2067 are constraint/unique violations.
    if (native == u"2067" || native == u"1555" || error.databaseText().contains(u"UNIQUE"))
        return core::Error(
            "storage/duplicate",
            core::UserText("sijil::storage",
                           QT_TRANSLATE_NOOP("sijil::storage", "Cet enregistrement existe déjà.")),
            QStringLiteral("%1: unique constraint").arg(QLatin1String(what)));
    if (native == u"13")
        return core::Error(
            "storage/disk-full",
            core::UserText("sijil::storage",
                           QT_TRANSLATE_NOOP("sijil::storage",
                                             "Le disque est plein : l'enregistrement "
                                             "local a échoué. Libérez de l'espace "
                                             "puis réessayez.")),
            QStringLiteral("%1: disk full").arg(QLatin1String(what)));
    return core::Error(
        "storage/sql",
        core::UserText("sijil::storage",
                       QT_TRANSLATE_NOOP("sijil::storage", "Erreur de la base de données locale.")),
        QStringLiteral("%1: sqlite %2: %3").arg(QLatin1String(what), native, error.driverText()));
}

} // namespace sijil::storage
