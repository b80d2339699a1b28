#include "SqlError.h"

#include <QSqlError>

#include <sqlite3.h>

namespace sijil::storage {

namespace {

core::Error classified(const QString& native, const QString& text, const char* what) {
    // SQLite's extended codes: 19 and 2067 are constraint/unique violations.
    if (native == u"2067" || native == u"1555" || text.contains(u"UNIQUE"))
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
    // Asked for by Database::interrupt(): the caller dropped the work, so no one is told.
    if (native == u"9")
        return core::Error(
            "storage/interrupted",
            core::UserText("sijil::storage",
                           QT_TRANSLATE_NOOP("sijil::storage", "Erreur de la base de données "
                                                               "locale.")),
            QStringLiteral("%1: interrupted").arg(QLatin1String(what)));
    return core::Error(
        "storage/sql",
        core::UserText("sijil::storage",
                       QT_TRANSLATE_NOOP("sijil::storage", "Erreur de la base de données locale.")),
        QStringLiteral("%1: sqlite %2: %3").arg(QLatin1String(what), native, text));
}

} // namespace

core::Error sqlError(const QSqlError& error, const char* what) {
    return classified(
        error.nativeErrorCode(),
        error.databaseText().contains(u"UNIQUE") ? error.databaseText() : error.driverText(), what);
}

core::Error sqliteError(sqlite3* handle, int rc, const char* what) {
    // The connection's message describes its last failure, which may not be this one's.
    const int code =
        handle && sqlite3_errcode(handle) == (rc & 0xff) ? sqlite3_extended_errcode(handle) : rc;
    const QString text = handle && sqlite3_errcode(handle) == (rc & 0xff)
                             ? QString::fromUtf8(sqlite3_errmsg(handle))
                             : QString::fromUtf8(sqlite3_errstr(rc));
    return classified(QString::number(code), text, what);
}

} // namespace sijil::storage
