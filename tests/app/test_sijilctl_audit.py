#!/usr/bin/env python3
"""sijilctl's audit commands on the real binary, with the log damaged as someone with access to
the files would: the export (checked while exported, MACs included), a log cut and then written
to again, and a lost key.

Usage: test_sijilctl_audit.py /path/to/sijilctl [unittest options]
"""

import json
import os
import sqlite3
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_sijilctl  # noqa: E402  (the shared harness: isolated folders, no terminal)
from test_sijilctl_patient import HEADER, ROWS  # noqa: E402


class AuditCommands(test_sijilctl.CtlTestCase):
    def setUp(self):
        super().setUp()
        self.assertExit(self.ctl("ipp", "add-block", "1", "999"), 0)

    def import_rows(self, rows, name="p.csv"):
        """Patients imported: each one audited, and waiting to be sent."""
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join([HEADER] + rows) + "\n")
        self.assertExit(self.ctl("patient", "import", path), 0)

    def sql(self, statement):
        with sqlite3.connect(os.path.join(self.data_dir, "sijil.db")) as db:
            db.execute(statement)

    def exported(self, *args):
        result = self.ctl("audit", "export", *args)
        return result, [json.loads(line) for line in result.stdout.splitlines()]

    def test_export_carries_each_entrys_mac(self):
        self.import_rows(ROWS)
        result, entries = self.exported()
        self.assertExit(result, 0)
        self.assertEqual(result.stderr, "")
        self.assertGreater(len(entries), 0)
        self.assertEqual([e["seq"] for e in entries], list(range(1, len(entries) + 1)))
        with sqlite3.connect(os.path.join(self.data_dir, "sijil.db")) as db:
            stored = dict(db.execute("SELECT seq, mac FROM audit_log").fetchall())
        self.assertEqual({e["seq"]: e["mac"] for e in entries}, stored)
        self.assertTrue(all(len(e["mac"]) == 64 for e in entries))
        result, after = self.exported("--after", "1")
        self.assertExit(result, 0)
        self.assertEqual(after, entries[1:])

    def test_export_of_an_edited_log_says_so_and_fails(self):
        self.import_rows(ROWS)
        self.sql("UPDATE audit_log SET actor_name = 'someone else' WHERE seq = 1")
        result, entries = self.exported()
        self.assertExit(result, 1)
        # Still exported whole, as evidence, but not passed off as sound.
        self.assertEqual(entries[0]["actorName"], "someone else")
        self.assertEqual(len(entries), len(self.exported()[1]))
        self.assertIn("altéré à l'entrée 1 : entrée modifiée", result.stderr)

    def test_a_cut_log_stays_reported_after_new_entries(self):
        self.import_rows(ROWS[:1])
        _, before = self.exported()
        last = before[-1]["seq"]
        self.sql(f"DELETE FROM audit_log WHERE seq = {last}")
        self.assertError(self.ctl("audit", "verify"), 1, "fin du journal supprimée")
        self.import_rows(ROWS[2:], name="q.csv")  # audited: entries after the cut
        result = self.ctl("audit", "verify")
        self.assertError(result, 1, f"altéré à l'entrée {last + 1}", "constaté le")
        _, after = self.exported()
        gap = [e for e in after if e["subtype"] == "audit-gap"]
        self.assertEqual([e["seq"] for e in gap], [last + 1])  # the number cut is not reused
        self.assertIn(f"head-seq={last}", gap[0]["detail"])

    def test_a_log_deleted_whole_with_its_head_stays_reported(self):
        self.import_rows(ROWS[:1])
        self.sql("DELETE FROM audit_log")
        os.remove(os.path.join(self.data_dir, "audit.head"))
        self.import_rows(ROWS[2:], name="q.csv")
        self.assertError(self.ctl("audit", "verify"), 1, "altéré à l'entrée 1",
                         "consigné à cette entrée")

    def test_a_lost_key_is_not_replaced(self):
        self.import_rows(ROWS[:1])
        _, entries = self.exported()
        os.remove(os.path.join(self.data_dir, "audit.key"))
        path = os.path.join(self.tmp, "q.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join([HEADER] + ROWS[2:]) + "\n")
        self.assertError(self.ctl("patient", "import", path), 1,
                         "clé du journal d'audit est introuvable",
                         f"contient {len(entries)} entrée(s)", "sauvegarde")
        self.assertFalse(os.path.exists(os.path.join(self.data_dir, "audit.key")))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: test_sijilctl_audit.py /path/to/sijilctl [unittest options]")
    test_sijilctl.SIJILCTL = sys.argv.pop(1)
    unittest.main()
