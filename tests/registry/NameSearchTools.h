#pragma once

// What the tests of search by names and year share: a person born a given year, the pages of
// the store a search reads (its work, whatever the machine), and a store an older version left.
#include "PopulationGenerator.h"
#include "RegistryFixture.h"

#include <sijil/storage/Database.h>

#include <QDate>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

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

// A store as an older version of Sijil left it, opened again as the program does at start. In a
// new store, patients are registered (`stack`, as that version would have); `reopenedAfter` then
// takes its schema and index back with SQL and opens it again: migrations run, no IPP block.
struct OlderStore {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<RegistryStack> stack;
    access::SessionInfo session = [] {
        access::SessionInfo s;
        s.user.id = QStringLiteral("clerk");
        return s;
    }();

    OlderStore() { open(1000, 1999); }
    ~OlderStore() { close(); }

    QString registered(const PatientRecord& r) {
        return stack->registry->registerPatient(r, session).value().id;
    }
    // False, with the statement that failed logged, when one did. The steps run again record,
    // each in its own transaction, whether the index is then marked to be rebuilt from its first
    // resource (stepsMarkingRebuild()): later steps mark it the same way, so a test of one step
    // that only looked at the end would pass without that step.
    [[nodiscard]] bool reopenedAfter(const QStringList& sql) {
        {
            QSqlQuery q(QSqlDatabase::database(db->connectionName()));
            for (const QString& statement :
                 sql +
                     QStringList{
                         QStringLiteral("DROP TRIGGER IF EXISTS rebuild_by_step"),
                         QStringLiteral("DROP TABLE IF EXISTS rebuild_by_step"),
                         QStringLiteral("CREATE TABLE rebuild_by_step ("
                                        " version INTEGER PRIMARY KEY, marked INTEGER NOT NULL)"),
                         // A step's row in schema_history is written last, in its transaction.
                         QStringLiteral("CREATE TRIGGER rebuild_by_step AFTER INSERT ON "
                                        "schema_history BEGIN INSERT INTO rebuild_by_step "
                                        "SELECT new.version, EXISTS (SELECT 1 FROM search_rebuild "
                                        "WHERE after_rowid = 0); END")}) {
                if (!q.exec(statement)) {
                    qWarning().noquote() << statement << q.lastError().text();
                    return false;
                }
            }
        }
        close();
        open(0, -1);
        return true;
    }

    // The steps run by the last reopenedAfter() that left the index marked to be rebuilt from
    // its first resource, in order.
    QList<int> stepsMarkingRebuild() const {
        QSqlQuery q(QSqlDatabase::database(db->connectionName()));
        QList<int> steps;
        if (!q.exec(QStringLiteral("SELECT version FROM rebuild_by_step WHERE marked "
                                   "ORDER BY version")))
            qWarning().noquote() << q.lastError().text();
        while (q.next())
            steps << q.value(0).toInt();
        return steps;
    }

private:
    void open(qint64 firstIpp, qint64 lastIpp) {
        db = std::move(storage::Database::open(dir.filePath(QStringLiteral("old.db")))).value();
        stack = std::make_unique<RegistryStack>(*db, dir.filePath(QStringLiteral("audit.head")),
                                                firstIpp, lastIpp);
    }
    void close() {
        stack.reset(); // before the store it stands on
        db.reset();
    }
};

} // namespace sijil::registry::testing
