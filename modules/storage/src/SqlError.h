#pragma once

#include <sijil/core/Error.h>

class QSqlError;
struct sqlite3;

namespace sijil::storage {

// QSqlError turned into a core::Error at the module edge. `what` says what was being done, for
// the technical detail; the SQL text and bound values are never included (they hold patient data).
core::Error sqlError(const QSqlError& error, const char* what);
// The same from SQLite's C API: `rc` is the failed call's result code.
core::Error sqliteError(sqlite3* handle, int rc, const char* what);

} // namespace sijil::storage
