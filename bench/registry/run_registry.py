#!/usr/bin/env python3
"""Registry benchmark: search latency through Sijil against the same index queries on the raw
SQLite C API, at one or more register sizes, and the time to bulk-load them.

Goals (issue 4):
  search p50/p95/p99 through Sijil   <= 1.2x the same queries on raw SQLite, same run, same file
  p99 at the largest size            <= 1.3x p99 at the smallest (1 M and 10 M in the issue)
  bulk load of 1 M patients          reported (seconds and patients per second)

Loaded stores are kept in --data (one folder per size) and reused by later runs: loading 1 M
patients through the registry takes minutes, 10 M hours. A size is loaded by continuing the
largest smaller store found there, so its load time then covers only the patients added.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys


def run(bench, size, queries, folder):
    reuse = os.path.exists(os.path.join(folder, "sijil.db"))
    cmd = [bench, "--patients", str(size), "--queries", str(queries), "--dir", folder]
    if reuse:
        cmd.append("--reuse")
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def seed_from_smaller(data, size, sizes_done):
    """Start a new size from a copy of the largest smaller store, when there is one."""
    folder = os.path.join(data, str(size))
    if os.path.exists(os.path.join(folder, "sijil.db")):
        return folder
    smaller = [s for s in sizes_done if s < size]
    os.makedirs(folder, exist_ok=True)
    if smaller:
        source = os.path.join(data, str(max(smaller)))
        for name in os.listdir(source):
            shutil.copy2(os.path.join(source, name), folder)
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", required=True, help="the bench_registry program")
    parser.add_argument("--sizes", default="1000000",
                        help="comma-separated register sizes (the issue: 1000000,10000000)")
    parser.add_argument("--queries", type=int, default=3000)
    parser.add_argument("--data", required=True, help="folder keeping the loaded stores")
    parser.add_argument("--json", help="write the results here too")
    args = parser.parse_args()

    sizes = sorted(int(s) for s in args.sizes.split(","))
    results = {}
    for size in sizes:
        folder = seed_from_smaller(args.data, size, list(results))
        print(f"registry: {size:,} patients in {folder}", file=sys.stderr, flush=True)
        results[size] = run(args.bench, size, args.queries, folder)

    rows = []
    print(f"Registry search: Sijil against the same queries on raw SQLite ({args.queries} "
          "queries per size: IPP, names with year, phone)")
    print(f"{'size':>12} {'pct':>4} {'raw ms':>9} {'sijil ms':>9} {'ratio':>6} {'goal':>7} verdict")
    for size, r in results.items():
        for p in ("p50", "p95", "p99"):
            ratio = r[f"ratio_{p}"]
            verdict = "PASS" if ratio <= 1.2 else "MISS"
            rows.append((size, p, ratio, verdict))
            print(f"{size:>12,} {p:>4} {r[f'raw_{p}_ms']:>9.3f} {r[f'sijil_{p}_ms']:>9.3f} "
                  f"{ratio:>6.2f} {'<= 1.2':>7} {verdict}")
    print("Names as they are typed, every word a prefix (\"ala moh\"; not a goal, the desk's "
          "slowest search)")
    for size, r in results.items():
        for p in ("p50", "p95", "p99"):
            print(f"{size:>12,} {p:>4} {r[f'typing_raw_{p}_ms']:>9.3f} "
                  f"{r[f'typing_sijil_{p}_ms']:>9.3f} {r[f'typing_ratio_{p}']:>6.2f}")
    summary = {"sizes": {str(k): v for k, v in results.items()}}
    if len(sizes) > 1:
        small, large = results[sizes[0]], results[sizes[-1]]
        growth = large["sijil_p99_ms"] / small["sijil_p99_ms"]
        verdict = "PASS" if growth <= 1.3 else "MISS"
        summary["p99_growth"] = growth
        print(f"p99 at {sizes[-1]:,} / p99 at {sizes[0]:,}: {growth:.2f} (goal <= 1.3) {verdict}")
    for size, r in results.items():
        print(f"{size:,}: the patient asked for is among the 20 shown for "
              f"{100 * r['shownShare']:.1f} % of the queries, "
              f"{100 * r['typing_shownShare']:.1f} % of the names as typed")
    for size, r in results.items():
        if "loadSeconds" in r:
            print(f"bulk load through the registry: {r['loadSeconds']:.0f} s for the patients "
                  f"added up to {size:,} ({r['loadPerSecond']:.0f} patients/s); store "
                  f"{r['dbBytes'] / 2**30:.2f} GiB")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
