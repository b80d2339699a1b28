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
        {2,
         "audit trail",
         {
             QStringLiteral("CREATE TABLE audit_log ("
                            " seq INTEGER PRIMARY KEY,"
                            " recorded_at TEXT NOT NULL,"
                            " actor_id TEXT NOT NULL,"
                            " actor_name TEXT NOT NULL,"
                            " facility_id TEXT NOT NULL,"
                            " workstation TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " subtype TEXT NOT NULL,"
                            " patient_id TEXT NOT NULL,"
                            " entity_type TEXT NOT NULL,"
                            " entity_id TEXT NOT NULL,"
                            " outcome INTEGER NOT NULL,"
                            " detail TEXT NOT NULL,"
                            " mac TEXT NOT NULL,"
                            " sent INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX audit_log_unsent ON audit_log(seq) WHERE sent = 0"),
             QStringLiteral("CREATE INDEX audit_log_patient ON audit_log(patient_id, seq)"),
         }},
        {3,
         "resources, outbox and conflicts",
         {
             QStringLiteral("CREATE TABLE resources ("
                            " type TEXT NOT NULL,"
                            " id TEXT NOT NULL,"
                            " version_id TEXT NOT NULL,"
                            " last_updated TEXT NOT NULL,"
                            " local_state INTEGER NOT NULL,"
                            " patient_id TEXT NOT NULL,"
                            " json BLOB NOT NULL,"
                            " local_updated TEXT NOT NULL,"
                            " PRIMARY KEY (type, id)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX resources_patient ON resources(patient_id, type) "
                            "WHERE patient_id <> ''"),
             QStringLiteral("CREATE INDEX resources_pending ON resources(local_state) "
                            "WHERE local_state <> 0"),
             QStringLiteral("CREATE INDEX resources_updated ON resources(type, last_updated)"),
             QStringLiteral("CREATE TABLE outbox ("
                            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " type TEXT NOT NULL,"
                            " id TEXT NOT NULL,"
                            " operation TEXT NOT NULL"
                            "  CHECK (operation IN ('create', 'update', 'delete')),"
                            " base_version TEXT NOT NULL,"
                            " json BLOB,"
                            " actor_id TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " last_error TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX outbox_resource ON outbox(type, id, seq)"),
             QStringLiteral("CREATE TABLE conflicts ("
                            " type TEXT NOT NULL,"
                            " id TEXT NOT NULL,"
                            " local_json BLOB NOT NULL,"
                            " server_json BLOB NOT NULL,"
                            " server_version TEXT NOT NULL,"
                            " detected_at TEXT NOT NULL,"
                            " PRIMARY KEY (type, id)) WITHOUT ROWID"),
         }},
        {4,
         "pull cursors",
         {
             QStringLiteral("CREATE TABLE sync_cursor ("
                            " type TEXT PRIMARY KEY,"
                            " last_updated TEXT NOT NULL) WITHOUT ROWID"),
         }},
        {5,
         "sync journal, unused indexes dropped",
         {
             QStringLiteral("CREATE TABLE sync_journal ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " started_at TEXT NOT NULL,"
                            " finished_at TEXT NOT NULL,"
                            " succeeded INTEGER NOT NULL,"
                            " pushed INTEGER NOT NULL,"
                            " pulled INTEGER NOT NULL,"
                            " conflicts INTEGER NOT NULL,"
                            " pending INTEGER NOT NULL,"
                            " error_code TEXT NOT NULL,"
                            " error_detail TEXT NOT NULL)"),
             // No query reads resources by state or by time alone (the outbox and the cursors
             // do that job); each of these indexes only slowed every write.
             QStringLiteral("DROP INDEX resources_pending"),
             QStringLiteral("DROP INDEX resources_updated"),
         }},
        {6,
         "search index, identifier blocks",
         {
             // One row per indexed resource; its rowid is the full-text row's, so that a
             // resource's text can be replaced without scanning the full-text table.
             QStringLiteral("CREATE TABLE search_docs ("
                            " type TEXT NOT NULL,"
                            " id TEXT NOT NULL,"
                            " PRIMARY KEY (type, id))"),
             // Exact keys (identifier values, phone numbers, blocking keys of the matcher).
             QStringLiteral("CREATE TABLE search_terms ("
                            " term TEXT NOT NULL,"
                            " doc INTEGER NOT NULL,"
                            " PRIMARY KEY (term, doc)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX search_terms_doc ON search_terms(doc)"),
             // Normalised name tokens for search as you type (prefix queries).
             QStringLiteral("CREATE VIRTUAL TABLE search_text USING fts5(text, "
                            "prefix='1 2 3', tokenize='unicode61 remove_diacritics 2', "
                            "detail=column)"),
             // Identifier blocks reserved for this site by the central registry: an offline
             // workstation draws from them, so two sites never hand out the same number.
             QStringLiteral("CREATE TABLE identifier_blocks ("
                            " system TEXT NOT NULL,"
                            " first INTEGER NOT NULL,"
                            " last INTEGER NOT NULL,"
                            " next INTEGER NOT NULL,"
                            " added_at TEXT NOT NULL,"
                            " PRIMARY KEY (system, first))"),
         }},
        {7,
         "resources in a rowid table",
         {
             // A WITHOUT ROWID row keeps at most about 1 kB on its page and spills the rest to an
             // overflow page of its own: a 1.3 kB Patient took 4.5 kB on disk. A rowid table
             // keeps rows of up to 4 kB whole; the key becomes a unique index.
             QStringLiteral("CREATE TABLE resources_rowid ("
                            " type TEXT NOT NULL,"
                            " id TEXT NOT NULL,"
                            " version_id TEXT NOT NULL,"
                            " last_updated TEXT NOT NULL,"
                            " local_state INTEGER NOT NULL,"
                            " patient_id TEXT NOT NULL,"
                            " json BLOB NOT NULL,"
                            " local_updated TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO resources_rowid SELECT type, id, version_id, "
                            "last_updated, local_state, patient_id, json, local_updated "
                            "FROM resources"),
             QStringLiteral("DROP TABLE resources"),
             QStringLiteral("ALTER TABLE resources_rowid RENAME TO resources"),
             QStringLiteral("CREATE UNIQUE INDEX resources_key ON resources(type, id)"),
             QStringLiteral("CREATE INDEX resources_patient ON resources(patient_id, type) "
                            "WHERE patient_id <> ''"),
         }},
        {8,
         "duplicate review queue",
         {
             // Pairs of patients that may be the same person, waiting for a person to decide.
             // The pair is kept in one order (first_id < second_id) so that it is found
             // whichever record found the other; a decision stays with the pair for good.
             QStringLiteral("CREATE TABLE duplicate_candidates ("
                            " first_id TEXT NOT NULL,"
                            " second_id TEXT NOT NULL,"
                            " weight REAL NOT NULL,"
                            " classification TEXT NOT NULL,"
                            " status TEXT NOT NULL DEFAULT 'open'"
                            "  CHECK (status IN ('open', 'merged', 'not-duplicate')),"
                            " found_at TEXT NOT NULL,"
                            " decided_by TEXT NOT NULL DEFAULT '',"
                            " decided_at TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (first_id, second_id),"
                            " CHECK (first_id < second_id)) WITHOUT ROWID"), // rows of ~150 bytes
             QStringLiteral("CREATE INDEX duplicate_candidates_status "
                            "ON duplicate_candidates(status, weight)"),
         }},
        {9,
         "search index rebuild marker",
         {
             // Present while a rebuild of the search index is under way: the index was cleared
             // and resources up to `after_rowid` are indexed again. A rebuild is written in many
             // transactions; if the program stops between two, the row tells the next start
             // that the index is incomplete and where to go on from.
             QStringLiteral("CREATE TABLE search_rebuild ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " after_rowid INTEGER NOT NULL)"),
         }},
        {10,
         "search index rebuilt for name-pair terms",
         {
             // The indexing rules changed (a patient's name keys are now also paired with the
             // birth year as exact terms): a store already indexed is indexed again. It goes on
             // from the first resource without clearing, so the old entries serve until each is
             // replaced; a store with no index yet is built as usual.
             QStringLiteral("INSERT INTO search_rebuild(id, after_rowid) "
                            "SELECT 1, 0 WHERE EXISTS (SELECT 1 FROM search_docs)"),
         }},
        {11,
         "duplicate checks to run again",
         {
             // Patients registered or changed while the search index was incomplete: their
             // duplicate check saw part of the register, and runs again once it is whole.
             QStringLiteral("CREATE TABLE duplicate_recheck ("
                            " patient_id TEXT PRIMARY KEY) WITHOUT ROWID"),
         }},
        {12,
         "search index rebuilt for particles",
         {
             // Whether the rebuild under way keeps the old entries until it replaces each (the
             // rules changed on a whole index): searches then still find every patient, and
             // the desk keeps its search box. A rebuild of a cleared index does not.
             QStringLiteral("ALTER TABLE search_rebuild "
                            "ADD COLUMN keeps_entries INTEGER NOT NULL DEFAULT 0"),
             // The indexing rules changed again (a particle such as "ال" no longer shares the
             // phonetic key of names such as "Ali"): a rebuild under way starts again under the
             // new rules; a store already indexed is indexed again without clearing.
             QStringLiteral("UPDATE search_rebuild SET after_rowid = 0"),
             QStringLiteral("INSERT OR IGNORE INTO search_rebuild(id, after_rowid, keeps_entries) "
                            "SELECT 1, 0, 1 WHERE EXISTS (SELECT 1 FROM search_docs)"),
         }},
        {13,
         "pending catch-up pulls",
         {
             // Pulls made necessary by a pull batch (the older records of a patient who arrived,
             // which the cursors have passed), written in that batch's transaction and removed
             // once done: a crash between the two never loses one. One row per search.
             QStringLiteral("CREATE TABLE sync_catch_up ("
                            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " type TEXT NOT NULL,"
                            " query TEXT NOT NULL,"
                            " added_at TEXT NOT NULL,"
                            " UNIQUE (type, query))"),
         }},
        {14,
         "changes sent together",
         {
             // The entries of one change the server must take whole or not at all (a merge, a
             // registration with its coverage) share the seq of the first; 0 stands alone.
             QStringLiteral("ALTER TABLE outbox ADD COLUMN change_group INTEGER NOT NULL "
                            "DEFAULT 0"),
             QStringLiteral("CREATE INDEX outbox_group ON outbox(change_group) "
                            "WHERE change_group != 0"),
         }},
        {15,
         "changes the server refused",
         {
             // 1 once the server refused the entry (invalid, forbidden): a definite answer that
             // nothing of it was applied, so a later change to the resource may replace it.
             QStringLiteral("ALTER TABLE outbox ADD COLUMN refused INTEGER NOT NULL DEFAULT 0"),
         }},
        {16,
         "identifiers held by patients, import journal",
         {
             // (Written to run again over its own tables: a store taken back to an older
             // schema, as the tests of older steps do, keeps them.)
             // Each IPP held by a patient of this store, kept with the patient's index entry in the
             // transaction that writes it (IndexWriter, from the identifiers the registry's
             // indexer already reads: no second parse of the JSON): a number is held by one
             // patient, and a local write giving a patient a number another holds is refused by
             // the store itself. Identifier blocks skip the numbers held here.
             QStringLiteral("CREATE TABLE IF NOT EXISTS identifiers_held ("
                            " system TEXT NOT NULL,"
                            " value TEXT NOT NULL,"
                            " patient_id TEXT NOT NULL,"
                            " PRIMARY KEY (system, value)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS identifiers_held_patient ON "
                            "identifiers_held(patient_id)"),
             // The systems whose values one patient only may hold (the IPP).
             QStringLiteral("CREATE TABLE IF NOT EXISTS unique_identifier_systems ("
                            " system TEXT PRIMARY KEY) WITHOUT ROWID"),
             QStringLiteral("INSERT OR IGNORE INTO unique_identifier_systems(system) "
                            "VALUES ('https://fhir.sante.gov.ma/sid/ipp')"),
             // (A resource whose JSON cannot be read holds nothing rather than stop the write.)
             // Patients already held: the first holder keeps a number held twice (the duplicate
             // review shows the pair; a number is never handed out again meanwhile).
             QStringLiteral(
                 "INSERT OR IGNORE INTO identifiers_held(system, value, patient_id) "
                 "SELECT json_extract(i.value, '$.system'), "
                 "json_extract(i.value, '$.value'), r.id "
                 "FROM resources r, json_each(CASE WHEN json_valid(CAST(r.json AS TEXT)) THEN "
                 "CAST(r.json AS TEXT) ELSE '{}' END, '$.identifier') i "
                 "WHERE r.type = 'Patient' AND json_extract(i.value, '$.system') IN "
                 "(SELECT system FROM unique_identifier_systems) "
                 "AND json_extract(i.value, '$.value') IS NOT NULL "
                 "ORDER BY r.rowid"),
             // Which patient each row of an imported file became (see ImportJournal).
             QStringLiteral("CREATE TABLE IF NOT EXISTS import_journal ("
                            " source TEXT NOT NULL,"
                            " row INTEGER NOT NULL,"
                            " patient_id TEXT NOT NULL,"
                            " recorded_at TEXT NOT NULL,"
                            " PRIMARY KEY (source, row)) WITHOUT ROWID"),
         }},
        {17,
         "search index rebuilt for spelled name pairs",
         {
             // The indexing rules changed (a patient's names as spelled are paired with the birth
             // year too, so that a search reads the namesakes spelled as typed first): a rebuild
             // under way starts again under the new rules; a store already indexed is indexed
             // again without clearing, the old entries serving meanwhile.
             QStringLiteral("UPDATE search_rebuild SET after_rowid = 0"),
             QStringLiteral("INSERT OR IGNORE INTO search_rebuild(id, after_rowid, keeps_entries) "
                            "SELECT 1, 0, 1 WHERE EXISTS (SELECT 1 FROM search_docs)"),
         }},
        {18,
         "audit trail begun",
         {
             // (Written to run again over its own table, as step 16 is.)
             // One row, written by the audit trail alone, in the transaction of its first entry:
             // a log found empty with its head gone was deleted, not never begun. Nothing else
             // sets it, since a store's other changes are not always audited (tools, tests).
             QStringLiteral("CREATE TABLE IF NOT EXISTS audit_begun ("
                            " one INTEGER PRIMARY KEY CHECK (one = 1),"
                            " first_seq INTEGER NOT NULL,"
                            " marked_at TEXT NOT NULL)"),
             // A trail begun before this step (marked now: its entries' columns are not read, so
             // that the step runs on every older log).
             QStringLiteral("INSERT OR IGNORE INTO audit_begun(one, first_seq, marked_at) "
                            "SELECT 1, min(seq), strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                            "FROM audit_log HAVING count(*) > 0"),
         }},
        {19,
         "duplicate scan cursor",
         {
             // Present while a scan of the register for duplicates is under way: patients up to
             // `after_id` (in id order) were compared and their pairs queued, `done` of them. A
             // scan stopped (Ctrl+C, a crash) goes on from there; a finished scan removes it.
             // (IF NOT EXISTS: the tests of older steps take a store back and run them again.)
             QStringLiteral("CREATE TABLE IF NOT EXISTS duplicate_scan ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " after_id TEXT NOT NULL,"
                            " done INTEGER NOT NULL,"
                            " started_at TEXT NOT NULL)"),
         }},
        {20,
         "import journal by patient",
         {
             // Which row of a file a patient came from (ImportJournal::rowOf), asked for each
             // patient of a register met again further down the file: without it, each ask reads
             // every row of the file journaled so far.
             QStringLiteral("CREATE INDEX IF NOT EXISTS import_journal_patient "
                            "ON import_journal(source, patient_id)"),
         }},
        {21,
         "search index rebuilt for the particle Bel",
         {
             // The indexing rules changed ("Bel" written apart is a particle, also joined to the
             // next word: "Bel Haj" is found as "Belhaj"): a rebuild under way starts again under
             // the new rules; a store already indexed is indexed again without clearing, the old
             // entries serving meanwhile.
             QStringLiteral("UPDATE search_rebuild SET after_rowid = 0"),
             QStringLiteral("INSERT OR IGNORE INTO search_rebuild(id, after_rowid, keeps_entries) "
                            "SELECT 1, 0, 1 WHERE EXISTS (SELECT 1 FROM search_docs)"),
         },
         false},
        {22,
         "search index rebuilt for fine blocking keys",
         {
             // The indexing rules changed (a patient's blocking keys now include the full birth
             // date with each name key, and the year with both, apart for year-only dates, which
             // the duplicate scan reads where the year keys hold thousands): a rebuild under way
             // starts again under the new rules; a store already indexed is indexed again
             // without clearing, the old entries serving meanwhile.
             QStringLiteral("UPDATE search_rebuild SET after_rowid = 0"),
             QStringLiteral("INSERT OR IGNORE INTO search_rebuild(id, after_rowid, keeps_entries) "
                            "SELECT 1, 0, 1 WHERE EXISTS (SELECT 1 FROM search_docs)"),
         },
         false},
        {23,
         "what a change sent together replaced",
         {
             // The resource as it was before an entry of a change sent together (none for a
             // create, nor for entries queued before this step): when a person keeps the
             // server's version of one of its resources, the whole change is given up and the
             // others are put back as they were, never sent in part. A table of its own rather
             // than a column, so that the step runs again over itself (the tests of older steps
             // take a store back), and a row leaves with its entry, however that leaves.
             QStringLiteral("CREATE TABLE IF NOT EXISTS outbox_previous ("
                            " seq INTEGER PRIMARY KEY,"
                            " json BLOB NOT NULL)"),
             QStringLiteral("CREATE TRIGGER IF NOT EXISTS outbox_previous_gone AFTER DELETE ON "
                            "outbox BEGIN DELETE FROM outbox_previous WHERE seq = old.seq; END"),
         },
         false},
        {24,
         "records read again after a change given up",
         {
             // A record put back without what it was before the change given up (queued before
             // that was kept for every change) holds content the server never had until the
             // catch-up pull (`query`) reads it again: no change is made to it meanwhile, or that
             // content would go out with the change. The row leaves when the server's copy arrives,
             // when that pull is done, or with the record.
             QStringLiteral("CREATE TABLE IF NOT EXISTS stale_resources ("
                            " type TEXT NOT NULL,"
                            " id TEXT NOT NULL,"
                            " query TEXT NOT NULL,"
                            " PRIMARY KEY (type, id)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS stale_resources_query "
                            "ON stale_resources(type, query)"),
             QStringLiteral("CREATE TRIGGER IF NOT EXISTS stale_resources_gone AFTER DELETE ON "
                            "resources BEGIN DELETE FROM stale_resources WHERE type = old.type "
                            "AND id = old.id; END"),
         },
         false},
    };
    return list;
}

} // namespace sijil::storage
