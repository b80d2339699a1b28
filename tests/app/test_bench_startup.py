#!/usr/bin/env python3
"""Smoke test of bench/startup/run_startup.py: both programs start, show their main window and
report a plausible measurement. No timing or memory ratio is asserted: benchmarks are not
pass/fail tests (ARCHITECTURE.md, "Tests").

Usage: test_bench_startup.py run_startup.py sijil sijilctl bench_bare_window
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

RUNNER = SIJIL = SIJILCTL = BARE = None  # set from the command line in __main__


class StartupBenchSmoke(unittest.TestCase):
    def test_both_programs_report_a_measurement(self):
        with tempfile.TemporaryDirectory(prefix="bench-smoke-") as tmp:
            out = os.path.join(tmp, "startup.json")
            r = subprocess.run(
                [sys.executable, RUNNER, "--runs", "2", "--timeout", "60", "--sijil", SIJIL,
                 "--sijilctl", SIJILCTL, "--bare", BARE, "--json", out],
                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=280)
            self.assertEqual(r.returncode, 0, f"stdout: {r.stdout}\nstderr: {r.stderr}")
            with open(out, encoding="utf-8") as f:
                result = json.load(f)
        print(r.stdout, end="")  # the table, for whoever reads the ctest log
        self.assertEqual(result["measuredRuns"], 1)
        for name in ("bare", "sijil"):
            with self.subTest(name):
                samples = result["programs"][name]["samples"]
                self.assertEqual(len(samples), 1)
                s = samples[0]
                self.assertEqual(s["t0Source"], "env")
                # Plausible, not fast: the process lived, a window was drawn, memory was used.
                self.assertGreater(s["firstFrameMs"], 0)
                self.assertLess(s["firstFrameMs"], 60_000)
                self.assertGreater(s["vmHwmKiB"], 1024)
                self.assertGreaterEqual(s["vmHwmKiB"], s["vmRssKiB"])
        for key in ("firstFrameMedian", "peakRssMedian"):
            self.assertIn(key, result["ratios"])
        for line in ("first frame, median (ms)", "peak RSS VmHWM, median (MiB)"):
            self.assertIn(line, r.stdout)


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit("usage: test_bench_startup.py run_startup.py sijil sijilctl bench_bare_window")
    RUNNER, SIJIL, SIJILCTL, BARE = (os.path.abspath(a) for a in sys.argv[1:5])
    del sys.argv[1:5]
    unittest.main(verbosity=2)
