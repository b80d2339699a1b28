#!/usr/bin/env python3
"""Smoke test of bench/registry/run_registry.py on small registers: it loads them, reuses and
extends a loaded store, and reports latencies for both paths. No ratio is asserted: benchmarks are
not pass/fail tests (ARCHITECTURE.md, "Tests").

Usage: test_bench_registry.py run_registry.py bench_registry
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

RUNNER = BENCH = None  # set from the command line in __main__


class RegistryBenchSmoke(unittest.TestCase):
    def run_sizes(self, data, sizes):
        out = os.path.join(data, "result.json")
        r = subprocess.run(
            [sys.executable, RUNNER, "--bench", BENCH, "--sizes", sizes, "--queries", "60",
             "--data", data, "--json", out],
            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=280)
        self.assertEqual(r.returncode, 0, f"stdout: {r.stdout}\nstderr: {r.stderr}")
        print(r.stdout, end="")
        with open(out, encoding="utf-8") as f:
            return json.load(f)

    def test_loads_extends_and_measures(self):
        with tempfile.TemporaryDirectory(prefix="bench-registry-") as data:
            first = self.run_sizes(data, "1500")
            small = first["sizes"]["1500"]
            self.assertEqual(small["patients"], 1500)
            self.assertIn("loadSeconds", small)
            self.assertEqual(small["queries"], 60)
            # Queries are about patients that exist: each finds at least one.
            self.assertGreaterEqual(small["hitsPerQuery"], 1.0)
            # In a register this small an IPP, a phone or names with a year always shows the
            # patient asked for; names as typed ("ala moh") nearly always.
            self.assertEqual(small["shownShare"], 1.0)
            self.assertGreaterEqual(small["typing_shownShare"], 0.8)
            for path in ("sijil", "raw"):
                for p in ("p50", "p95", "p99"):
                    self.assertGreater(small[f"{path}_{p}_ms"], 0)
            # The duplicate scan's work, both paths, on the store as it is.
            r = subprocess.run(
                [BENCH, "--patients", "1500", "--queries", "0", "--dir",
                 os.path.join(data, "1500"), "--reuse", "--dedup", "40"],
                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=280)
            self.assertEqual(r.returncode, 0, r.stderr)
            dedup = json.loads(r.stdout.strip().splitlines()[-1])
            self.assertEqual(dedup["dedup_patients"], 40)
            for path in ("old", "new"):
                self.assertGreater(dedup[f"dedup_{path}_mean_ms"], 0)
                self.assertGreaterEqual(dedup[f"dedup_{path}_recall"], 0)
                self.assertLessEqual(dedup[f"dedup_{path}_recall"], 1)
            self.assertIn("dedup_new_keeps_old", dedup)
            # A second run reuses the 1,500 and extends a copy of them to 2,500.
            second = self.run_sizes(data, "1500,2500")
            self.assertNotIn("loadSeconds", second["sizes"]["1500"])
            self.assertIn("p99_growth", second)
            self.assertEqual(second["sizes"]["2500"]["patients"], 2500)
            self.assertIn("loadSeconds", second["sizes"]["2500"])  # the 1,000 added


if __name__ == "__main__":
    RUNNER, BENCH = sys.argv[1:3]
    unittest.main(argv=sys.argv[:1], verbosity=2)
