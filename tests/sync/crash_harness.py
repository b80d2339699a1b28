#!/usr/bin/env python3
"""Kills the syncing process with SIGKILL at random moments, again and again, then checks that
the server holds every registration exactly once and that the local store is intact.

usage: crash_harness.py <probe> <hapi-env-file> [--kills N] [--patients M] [--seed S]
"""
import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
import uuid


def hapi_url(env_file):
    with open(env_file, encoding="utf-8") as f:
        for line in f:
            if line.startswith("HAPI_URL="):
                return line.split("=", 1)[1].strip()
    sys.exit(f"no HAPI_URL in {env_file}: is the hapi fixture up?")


def values_on_server(base, system):
    query = urllib.parse.urlencode({"identifier": system + "|", "_count": "500",
                                    "_elements": "identifier"})
    url, values = f"{base}/Patient?{query}", []
    while url:
        with urllib.request.urlopen(url, timeout=60) as r:
            bundle = json.load(r)
        for e in bundle.get("entry", []):
            for ident in e["resource"].get("identifier", []):
                if ident.get("system") == system:
                    values.append(ident["value"])
        url = next((l["url"] for l in bundle.get("link", []) if l["relation"] == "next"), None)
    return values


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("probe")
    ap.add_argument("env_file")
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--patients", type=int, default=60)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    base = hapi_url(args.env_file)
    env = dict(os.environ, QT_LOGGING_RULES="sijil.*.info=false")
    print(f"seed {seed}; at least {args.kills} kills; {args.patients} patients a round", flush=True)

    kills = runs = rounds = 0
    failures = []
    # Rounds of fresh registrations until enough kills happened: each round ends with a push that
    # completes, then its outcome is checked.
    while kills < args.kills and not failures:
        rounds += 1
        system = "urn:sijil:crash:" + uuid.uuid4().hex
        db = os.path.join(tempfile.mkdtemp(prefix="sijil-crash-"), "store.db")
        command = [args.probe, db, base, system, str(args.patients)]
        while True:
            runs += 1
            proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)
            # Anywhere from start-up (seeding) to well into the push.
            try:
                out, err = proc.communicate(timeout=rng.uniform(0.0, 0.8))
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                kills += 1
                if kills >= args.kills + 20:  # never loop for ever on a push that cannot end
                    failures.append("the push never completed between kills")
                    break
                continue
            if proc.returncode != 0:
                failures.append(f"probe exited {proc.returncode}: {err.strip()}")
            elif "pending 0" not in out:
                failures.append(f"probe ended with changes queued: {out.strip()}")
            break
        if not failures:
            failures += check_round(base, system, db, args.patients)
    print(f"{kills} kills over {runs} runs in {rounds} round(s)")
    if failures:
        for f in failures:
            print("FAIL:", f)
        print(f"(reproduce with --seed {seed})")
        print("0 passed, 1 failed")
        return 1
    print("1 passed, 0 failed")
    return 0


def check_round(base, system, db, patients):
    failures = []
    values = values_on_server(base, system)
    if len(values) != patients:
        failures.append(f"server holds {len(values)} registrations, expected {patients}")
    duplicated = sorted({v for v in values if values.count(v) > 1})
    if duplicated:
        failures.append(f"duplicated on the server: {duplicated}")
    missing = sorted(set(map(str, range(patients))) - set(values), key=int)
    if missing:
        failures.append(f"lost: {missing}")
    con = sqlite3.connect(db)
    integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        failures.append(f"integrity_check: {integrity}")
    pending = con.execute("SELECT count(*) FROM outbox").fetchone()[0]
    unsynced = con.execute("SELECT count(*) FROM resources WHERE local_state <> 0").fetchone()[0]
    stored = con.execute("SELECT count(*) FROM resources").fetchone()[0]
    if pending or unsynced or stored != patients:
        failures.append(f"store: {stored} resources, {pending} queued, {unsynced} not synced")
    con.close()
    return failures


if __name__ == "__main__":
    sys.exit(main())
