#include "Migrations.h"

namespace sijil::storage {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = {
        {1,
         "local accounts",
         {
             QStringLiteral("CREATE TABLE schema_history ("
                            " version INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " applied_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE users ("
                            " id TEXT PRIMARY KEY,"
                            " username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                            " display_name TEXT NOT NULL,"
                            " roles TEXT NOT NULL,"
                            " facility_id TEXT NOT NULL,"
                            " password_hash TEXT NOT NULL,"
                            " disabled INTEGER NOT NULL DEFAULT 0,"
                            " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                            " last_failed_at TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
         }},
    };
    return list;
}

} // namespace sijil::storage
