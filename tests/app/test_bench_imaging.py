#!/usr/bin/env python3
"""Smoke test of bench/imaging/run_imaging.py on a tiny series: it makes the series in every
variant (JPEG 2000 with GDCM's tool, the others with DCMTK's), both decoders agree on every
slice, and each variant gets timings and a ratio. No ratio is asserted: benchmarks are not
pass/fail tests.

Usage: test_bench_imaging.py run_imaging.py bench_imaging
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

RUNNER = BENCH = None  # set from the command line in __main__


class ImagingBenchSmoke(unittest.TestCase):
    def test_makes_decodes_and_measures(self):
        with tempfile.TemporaryDirectory(prefix="bench-imaging-") as data:
            out = os.path.join(data, "result.json")
            r = subprocess.run(
                [sys.executable, RUNNER, "--bench", BENCH, "--data", os.path.join(data, "s"),
                 "--slices", "4", "--side", "64", "--runs", "1", "--json", out],
                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=280)
            self.assertEqual(r.returncode, 0, f"stdout: {r.stdout}\nstderr: {r.stderr}")
            with open(out, encoding="utf-8") as f:
                result = json.load(f)
            self.assertEqual(set(result["variants"]), {"raw", "rle", "jpeg-lossless", "jpeg-ls",
                                                      "jpeg2000"})
            for name, v in result["variants"].items():
                self.assertEqual(v["slices"], 4, name)
                self.assertTrue(v["identical"], name)  # bench_imaging exits otherwise
                peer = "gdcm" if name == "jpeg2000" else "dcmtk"
                for key in ("sijil_ms", peer + "_single_ms", "cat_ms", "ratio"):
                    self.assertGreater(v[key], 0, f"{name} {key}")
            # The compressed variants really are compressed (DCMTK's tools ran).
            raw = result["variants"]["raw"]["bytes"]
            self.assertLess(result["variants"]["jpeg-ls"]["bytes"], raw)
            self.assertLess(result["variants"]["jpeg2000"]["bytes"], raw)
            self.assertGreater(result["variants"]["jpeg2000"]["gdcm_default_ms"], 0)


if __name__ == "__main__":
    RUNNER, BENCH = sys.argv[1], sys.argv[2]
    unittest.main(argv=[sys.argv[0]] + sys.argv[3:])
