#!/usr/bin/env python3
"""sijilctl dedup scan, end to end on the real binary: a damaged record is reported.

Usage: test_sijilctl_dedup.py /path/to/sijilctl [unittest options]
"""

import json
import os
import sqlite3
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_sijilctl  # noqa: E402  (the shared harness: isolated folders, no terminal)

HEADER = ("family_latin;given_latin;family_arabic;given_arabic;sex;birth_date;nationality;phone;"
          "accounting_category;coverage_regime;affiliation_number;document_type;document_number")
ROWS = [
    "El Idrissi;Fatima;الإدريسي;فاطمة;F;17/05/1980;MA;0612345678;TIERS-PAYANT;AMO-CNSS;"
    "123456789;cnie;BE123456",
    "Elidrissi;Fatema;;;F;1980;MA;;PAYANT;NONE;;;",
    "Tazi;Karim;;;M;1975-03-12;MA;0661000000;PAYANT;NONE;;;",
]


class DedupScan(test_sijilctl.CtlTestCase):
    def import_rows(self, rows):
        self.assertExit(self.ctl("ipp", "add-block", "1", "9999"), 0)
        path = os.path.join(self.tmp, "p.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join([HEADER] + rows) + "\n")
        result = self.ctl("patient", "import", path, "--keep-duplicates")
        self.assertExit(result, 0)

    def database(self):
        return sqlite3.connect(os.path.join(self.data_dir, "sijil.db"))

    def scan(self, *options, code=0):
        result = self.ctl("dedup", "scan", "--json", *options)
        self.assertExit(result, code)
        return {tuple(sorted((p["a_id"], p["b_id"]))) for p in json.loads(result.stdout)}, result

    def queue(self):
        result = self.ctl("dedup", "list", "--json")
        self.assertExit(result, 0)
        return [tuple(sorted((p["a_id"], p["b_id"]))) for p in json.loads(result.stdout)]

    def test_an_unreadable_record_is_reported_and_the_rest_scanned(self):
        self.import_rows(ROWS)
        found = self.ctl("patient", "search", "tazi", "--json")
        self.assertExit(found, 0)
        tazi = json.loads(found.stdout)[0]["id"]
        with self.database() as db:  # a row damaged on disk, as a failing disk leaves it
            db.execute("UPDATE resources SET json = CAST('{\"resourceType\": \"Patient\", "
                       "\"name\": [' AS BLOB) WHERE type = 'Patient' AND id = ?", (tazi,))
        db.close()
        pairs, result = self.scan(code=1)
        # The other patients were compared all the same: the El Idrissi pair is there.
        self.assertEqual(len(pairs), 1)
        self.assertNotIn(tazi, {i for p in pairs for i in p})
        errors = [l for l in result.stderr.splitlines() if l.startswith("sijilctl: ")]
        self.assertTrue(any(tazi in l and "illisible" in l for l in errors), result.stderr)
        self.assertRegex(result.stderr, r"sijilctl: 1 dossier(\(s\))? illisible")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: test_sijilctl_dedup.py /path/to/sijilctl [unittest options]")
    test_sijilctl.SIJILCTL = sys.argv.pop(1)
    unittest.main()
