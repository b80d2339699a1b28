#!/usr/bin/env python3
"""Sync benchmark: Sijil's push against HAPI's own ingest, and local writes against a bulk insert.

All in one run, on this machine, against the real central server (HAPI FHIR JPA on PostgreSQL,
started here unless --hapi-url is given). Both the push and the direct ingest go through the same
counting relay (tests/peers/relay.py), so bytes on the wire include HTTP headers both ways.

Goals (issue 3):
  push rate           >= 0.8x HAPI's ingest of the same transactions posted directly
  requests            <= 1.1x ceil(N / 100)
  bytes on the wire   <= 1.2x the same resources as gzip'd NDJSON
  local writes        >= 0.25x a bulk insert without indexes (same SQLite durability)
"""
import argparse
import gzip
import http.client
import json
import math
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.join(HERE, "..", "..", "tests", "peers")


class RelayProcess:
    def __init__(self, target):
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(PEERS, "relay.py"), "--target", target],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        words = self.proc.stdout.readline().split()
        if len(words) != 2 or words[0] != "LISTENING":
            raise SystemExit("relay did not start")
        self.port = int(words[1])

    def command(self, line):
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def stats(self):
        return json.loads(self.command("stats"))

    def close(self):
        self.command("quit")
        self.proc.wait(timeout=10)


def direct_ingest(base_url, resources, id_prefix, batch=100):
    """HAPI's own pace: the same PUT transactions, gzip'd like Sijil's, over one keep-alive link."""
    url = urllib.parse.urlsplit(base_url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=300)
    started = time.monotonic()
    for i in range(0, len(resources), batch):
        entries = []
        for r in resources[i:i + batch]:
            r = dict(r, id=id_prefix + r["id"])
            entries.append({"fullUrl": "Patient/" + r["id"], "resource": r,
                            "request": {"method": "PUT", "url": "Patient/" + r["id"]}})
        body = gzip.compress(json.dumps({"resourceType": "Bundle", "type": "transaction",
                                         "entry": entries}, separators=(",", ":")).encode())
        conn.request("POST", url.path, body, {
            "Content-Type": "application/fhir+json", "Content-Encoding": "gzip",
            "Accept": "application/fhir+json", "Accept-Encoding": "gzip",
            "Prefer": "return=minimal"})
        answer = conn.getresponse()
        answer.read()
        if answer.status != 200:
            raise SystemExit(f"direct ingest: HTTP {answer.status}")
    conn.close()
    return time.monotonic() - started


def run_bench(binary, count, prefix, ndjson, url=None):
    cmd = [binary, "--count", str(count), "--prefix", prefix, "--ndjson", ndjson]
    if url:
        cmd += ["--url", url]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def verdict(ratio, goal, higher_is_better):
    ok = ratio >= goal if higher_is_better else ratio <= goal
    return "meets" if ok else "MISSES"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", required=True, help="the sync_bench program")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--hapi-url", help="a running HAPI base URL (else one is started)")
    parser.add_argument("--json", help="write the results here too")
    args = parser.parse_args()

    state = tempfile.mkdtemp(prefix="sijil-bench-hapi-")
    # PostgreSQL runs as an unprivileged user when we are root and writes its log in there.
    os.chmod(state, 0o755)
    started_hapi = False
    hapi_url = args.hapi_url
    if not hapi_url:
        subprocess.run([os.path.join(PEERS, "hapi-server.sh"), "start", state], check=True,
                       stdout=subprocess.DEVNULL)
        started_hapi = True
        hapi_url = subprocess.run([os.path.join(PEERS, "hapi-server.sh"), "url", state],
                                  check=True, capture_output=True, text=True).stdout.strip()
    target = urllib.parse.urlsplit(hapi_url)
    relay = RelayProcess(f"{target.hostname}:{target.port}")
    relayed = f"http://127.0.0.1:{relay.port}{target.path}"
    run = str(int(time.time()))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            ndjson = os.path.join(tmp, "patients.ndjson")
            # Warm HAPI up (JIT, connection pools) so neither side pays for it.
            warm = run_bench(args.bench, 1000, f"warm{run}", ndjson)
            with open(ndjson) as f:
                direct_ingest(relayed, [json.loads(line) for line in f], "w")

            relay.command("reset")
            sijil = run_bench(args.bench, args.count, f"s{run}", ndjson, relayed)
            wire = relay.stats()
            with open(ndjson, "rb") as f:
                raw = f.read()
            resources = [json.loads(line) for line in raw.splitlines()]
            ndjson_gz = len(gzip.compress(raw))
            # The same resources as NDJSON in the push's chunks of 100, each gzip'd on its own:
            # what any batched upload can reach, without the whole file's compression context.
            lines = raw.splitlines(keepends=True)
            ndjson_chunks_gz = sum(len(gzip.compress(b"".join(lines[i:i + 100])))
                                   for i in range(0, len(lines), 100))
            relay.command("reset")
            direct_s = direct_ingest(relayed, resources, "d")
            direct_wire = relay.stats()
    finally:
        relay.close()
        if started_hapi:
            subprocess.run([os.path.join(PEERS, "hapi-server.sh"), "stop", state],
                           stdout=subprocess.DEVNULL)
    del warm

    n = args.count
    push_rate = n / (sijil["push_ms"] / 1000.0)
    direct_rate = n / direct_s
    ideal_requests = math.ceil(n / 100)
    wire_bytes = wire["up"] + wire["down"]
    local_rate = n / max(sijil["local_write_ms"], 1) * 1000.0
    bulk_rate = n / max(sijil["bulk_insert_ms"], 1) * 1000.0
    rows = [
        ("push rate vs HAPI ingest", push_rate / direct_rate, 0.8, True,
         f"{push_rate:.0f} vs {direct_rate:.0f} resources/s"),
        ("requests vs ceil(N/100)", sijil["requests"] / ideal_requests, 1.1, False,
         f"{sijil['requests']} vs {ideal_requests}"),
        ("wire bytes vs gzip NDJSON", wire_bytes / ndjson_gz, 1.2, False,
         f"{wire_bytes / n:.0f} ({wire['up'] / n:.0f} up, {wire['down'] / n:.0f} down) vs "
         f"{ndjson_gz / n:.0f} bytes/resource "
         f"(direct ingest: {(direct_wire['up'] + direct_wire['down']) / n:.0f})"),
        ("upload bytes vs gzip NDJSON", wire["up"] / ndjson_gz, 1.2, False,
         f"{wire['up'] / n:.0f} vs {ndjson_gz / n:.0f} bytes/resource"),
        ("upload vs gzip NDJSON chunks", wire["up"] / ndjson_chunks_gz, 1.2, False,
         f"{wire['up'] / n:.0f} vs {ndjson_chunks_gz / n:.0f} bytes/resource, chunks of 100"),
        ("local writes vs bulk insert", local_rate / bulk_rate, 0.25, True,
         f"{local_rate:.0f} vs {bulk_rate:.0f} resources/s"),
    ]
    print(f"sync benchmark, N = {n} patients, HAPI FHIR JPA on PostgreSQL via a counting relay")
    results = {"count": n, "sijil": sijil, "wire": wire, "ndjson_gzip_bytes": ndjson_gz,
               "ndjson_chunks_gzip_bytes": ndjson_chunks_gz,
               "direct_ingest_s": direct_s, "ratios": {}}
    for name, ratio, goal, higher, detail in rows:
        sign = ">=" if higher else "<="
        print(f"  {name:30s} {ratio:6.2f}x  (goal {sign} {goal}x: {verdict(ratio, goal, higher)})"
              f"  {detail}")
        results["ratios"][name] = ratio
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
