#!/usr/bin/env python3
"""sijilctl dedup scan, end to end on the real binary: a damaged record is reported, a scan
stopped part way goes on from where it stopped, and starts over on request.

Usage: test_sijilctl_dedup.py /path/to/sijilctl [unittest options]
"""

import datetime
import json
import os
import re
import shutil
import sqlite3
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_sijilctl  # noqa: E402  (the shared harness: isolated folders, no terminal)

# The same three-patient file as the import tests.
from test_sijilctl_patient import HEADER, ROWS  # noqa: E402


def register(n=150, pairs=20):
    """`n` distinct patients (names and birth days of their own), then `pairs` of them typed a
    second time, some alike, some with a slip in the family name."""
    families = [f"Famille{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(40)]
    givens = [f"Prenom{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(40)]
    first = datetime.date(1940, 1, 1)
    rows = []
    for i in range(n):
        born = (first + datetime.timedelta(days=11 * i)).strftime("%d/%m/%Y")
        rows.append((families[i % 40], givens[i // 40 % 40], "MF"[i % 2], born))
    rows = [row + ("",) for row in rows]
    again = []
    for k in range(pairs):
        family, given, sex, born, phone = rows[k * (n // pairs)]
        if k % 2:
            family = family[:-2] + family[-1] + family[-2]  # two letters swapped
        else:
            phone = f"06{k:08d}"  # the phone, given this time
        again.append((family, given, sex, born, phone))
    return [f"{f};{g};;;{s};{b};MA;{p};PAYANT;NONE;;;" for f, g, s, b, p in rows + again]


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

    def scanned_register(self):
        """A register imported with its duplicates, whose review queue is then emptied: what a
        scan finds is what it compared, not what the import queued."""
        self.import_rows(register())
        with self.database() as db:
            db.execute("DELETE FROM duplicate_candidates")
        db.close()

    def full_scan_of_a_copy(self):
        """The pairs an uninterrupted scan finds, and the queue it leaves, on a copy of the
        store as it is now."""
        kept = self.data_dir
        self.data_dir = os.path.join(self.tmp, "copy")
        shutil.copytree(kept, self.data_dir)
        try:
            pairs, result = self.scan()
            self.assertNotIn("reprise", result.stderr)
            return pairs, self.queue()
        finally:
            self.data_dir = kept

    def test_a_scan_stopped_part_way_goes_on_from_where_it_stopped(self):
        self.scanned_register()
        whole, whole_queue = self.full_scan_of_a_copy()
        self.assertGreaterEqual(len(whole), 15)
        first, stopped = self.scan("--limit", "60")
        self.assertIn("recherche arrêtée après 60 patient(s) sur 170", stopped.stderr)
        self.assertLess(len(first), len(whole))
        second, resumed = self.scan()
        self.assertIn("60 patient(s) déjà comparé(s)", resumed.stderr)
        # Together the same pairs as one scan, each printed once, each queued once.
        self.assertEqual(first | second, whole)
        self.assertEqual(first & second, set())
        queue = self.queue()
        self.assertEqual(len(queue), len(set(queue)))
        self.assertEqual(sorted(queue), sorted(whole_queue))
        # Finished: the next scan starts from the first patient (and finds the same pairs).
        again, result = self.scan()
        self.assertNotIn("reprise", result.stderr)
        self.assertEqual(again, whole)
        self.assertEqual(sorted(self.queue()), sorted(whole_queue))

    def test_a_scan_resumed_past_a_year_only_patient_prints_its_pairs(self):
        """Namesakes born the same year, too many for the scan to read their year's blocks: a
        year-only record is met from the full dates' side only (their 'o' key). A scan stopped
        right after it still prints, when resumed, the pairs the later full dates find."""
        rows = [f"Namesake;Prenom;;;M;{13 + i % 16:02d}/{1 + i // 16:02d}/1975;MA;;PAYANT;NONE;;;"
                for i in range(20)]
        rows += [f"Namesake;Prenom;;;M;1975;MA;06610000{k:02d};PAYANT;NONE;;;" for k in range(3)]
        self.import_rows(rows)
        with self.database() as db:
            db.execute("DELETE FROM duplicate_candidates")
            ids = sorted(r[0] for r in db.execute(
                "SELECT id FROM resources WHERE type = 'Patient'"))
            year_only = sorted(r[0] for r in db.execute(
                "SELECT id FROM resources WHERE type = 'Patient' AND "
                "json_extract(json, '$.birthDate') = '1975'"))
        db.close()
        self.assertEqual((len(ids), len(year_only)), (23, 3))
        whole, _ = self.full_scan_of_a_copy()
        stop = year_only[0]
        later = [i for i in ids if i > stop and i not in year_only]
        # The case in point: pairs of the first year-only record with full dates after it.
        self.assertTrue({tuple(sorted((stop, i))) for i in later} & whole, whole)
        first, _ = self.scan("--limit", str(ids.index(stop) + 1))
        second, _ = self.scan()
        self.assertEqual(first | second, whole)

    def test_restart_forgets_a_scan_under_way(self):
        self.scanned_register()
        whole, _ = self.full_scan_of_a_copy()
        self.scan("--limit", "100")
        pairs, result = self.scan("--restart")
        self.assertNotIn("reprise", result.stderr)
        self.assertEqual(pairs, whole)

    def test_progress_is_shown(self):
        self.scanned_register()
        _, result = self.scan()
        # Not a terminal: a line at each tenth (and every few seconds), with the rate and the
        # time left.
        lines = [l for l in result.stderr.splitlines() if l.startswith("Recherche des doublons")]
        percents = [int(re.search(r"\((\d+) %\)", l).group(1)) for l in lines]
        self.assertEqual({p // 10 for p in percents}, set(range(11)), result.stderr)
        self.assertIn("170/170 patient(s) (100 %)", lines[-1])
        self.assertRegex(lines[0], r"\d+ patient\(s\)/s, fin dans \d+:\d\d:\d\d")

    def test_usage(self):
        self.assertExit(self.ctl("ipp", "add-block", "1", "9"), 0)  # a store, with no patient
        self.assertExit(self.ctl("dedup", "scan", "--restart", "--limit", "0"), 0)
        for args in (["scan", "--limit"], ["scan", "--limit", "x"], ["list", "--restart"],
                     ["scan", "--limit", "-1"]):
            self.assertExit(self.ctl("dedup", *args), 2)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: test_sijilctl_dedup.py /path/to/sijilctl [unittest options]")
    test_sijilctl.SIJILCTL = sys.argv.pop(1)
    unittest.main()
