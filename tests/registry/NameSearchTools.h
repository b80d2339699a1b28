#pragma once

// What the tests of search by names and year share: a person born a given year, and the pages
// of the store a search reads (its work, whatever the machine).
#include "PopulationGenerator.h"

#include <sijil/storage/Database.h>

#include <QDate>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace sijil::registry::testing {

inline PatientRecord person(const QString& family, const QString& given, int year) {
    MatchInput in;
    in.name = core::PersonName(family, given);
    in.birthDate = core::PartialDate::fromDate(QDate(year, 3, 9));
    in.sex = core::Sex::Male;
    return PopulationGenerator::record(in);
}

inline sqlite3* handleOf(storage::Database& db) {
    return *static_cast<sqlite3* const*>(
        QSqlDatabase::database(db.connectionName()).driver()->handle().data());
}

// Pages of the store read while `run` runs: what an index lookup costs, whatever the machine,
// including the full-text index's own reads of its lists.
template <typename F>
inline int pagesRead(sqlite3* handle, F run) {
    int current = 0;
    int highest = 0;
    sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_HIT, &current, &highest, 1);
    sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &current, &highest, 1);
    run();
    int hits = 0;
    int misses = 0;
    sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_HIT, &hits, &highest, 0);
    sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &misses, &highest, 0);
    return hits + misses;
}

} // namespace sijil::registry::testing
