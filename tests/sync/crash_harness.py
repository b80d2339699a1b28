#!/usr/bin/env python3
"""Kills the syncing process with SIGKILL at random moments, again and again, then checks the
server and the local store against what was written locally.

Each round is one store and one identifier system. The probe (crash_probe.cpp) registers patients
and coverages, edits some after a restart, then, once they are on the server, edits patients
several times, updates coverages and deletes others, pushing after each step and pulling the
round's patients at the end; meanwhile this script changes a few patients of the round on the
server, as another workstation would, for the pull to bring. The probe announces each step; every
run but the round's last is killed at a random moment of a step chosen at random (the process's
start, seeding, a push of registrations, a push of updates and deletions, the pull, ...).

After the round's last run: every resource created exists exactly once; each one's history on the
server is its local contents in the order written, none skipped back to, and its current content
is the last one written; every deleted one is gone (410) and was not recreated; the store holds
what the server holds (content and version), the server's own changes included; its outbox and
conflicts are empty; PRAGMA integrity_check is ok.

usage: crash_harness.py <probe> <hapi-env-file> [--kills N] [--patients M] [--seed S]
"""
import argparse
import collections
import json
import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

# The steps a run goes through, in order; a kill aimed at one lands in it or in the first one
# after it that the run reaches.
STEPS = ["start", "seed", "early", "push-registrations", "edit", "push-changes", "pull"]
RANK = {step: i for i, step in enumerate(STEPS)}
RANK["push-empty"] = RANK["push-registrations"]
AIM = {"start": 1, "seed": 1, "early": 1, "push-registrations": 2, "edit": 1,
       "push-changes": 4, "pull": 2}
KILLS_PER_ROUND = 10
REMOTE_PATIENTS = 5


def hapi_url(env_file):
    with open(env_file, encoding="utf-8") as f:
        for line in f:
            if line.startswith("HAPI_URL="):
                return line.split("=", 1)[1].strip()
    sys.exit(f"no HAPI_URL in {env_file}: is the hapi fixture up?")


def request(url, method="GET", body=None):
    """(status, JSON or None); 404 and 410 are answers, not errors."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": "application/fhir+json",
                                          "Accept": "application/fhir+json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        if e.code in (404, 410):
            return e.code, None
        raise


def pages(url):
    while url:
        bundle = request(url)[1]
        yield from bundle.get("entry", [])
        url = next((l["url"] for l in bundle.get("link", []) if l["relation"] == "next"), None)


def content(resource):
    """A resource without what the server adds (meta); None for a deletion."""
    if resource is None:
        return None
    return {k: v for k, v in resource.items() if k != "meta"}


def version(resource):
    return resource.get("meta", {}).get("versionId", "")


def step_of(line):
    words = line.split()
    if words[1] != "push":
        return words[1]
    counts = dict(zip(words[2::2], map(int, words[3::2])))
    if counts["create"]:
        return "push-registrations"
    return "push-changes" if counts["update"] + counts["delete"] else "push-empty"


class Run:
    """One run of the probe, killed once it reaches the step aimed at (or never, if None)."""

    def __init__(self, command, env, aim, rng, durations):
        self.killed_in = None
        self.output = []
        self.finished = set()  # the steps that ran to their end
        errors = tempfile.TemporaryFile()
        proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=errors)
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        step, since = "start", time.monotonic()
        deadline = None

        def aim_at(s):
            # Anywhere in the step, as long as it took the last time it ran to its end (what is
            # left of it after a kill, usually).
            return time.monotonic() + rng.uniform(0.0, durations[s])

        if aim == "start":
            deadline = aim_at("start")
        pending = b""
        while True:
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not sel.select(timeout):
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                self.killed_in = step
                break
            data = os.read(proc.stdout.fileno(), 65536)
            if not data:
                break
            pending += data
            *lines, pending = pending.split(b"\n")
            for line in map(bytes.decode, lines):
                self.output.append(line)
                if not line.startswith("phase "):
                    continue
                now = time.monotonic()
                durations[step] = now - since
                self.finished.add(step)
                step, since = step_of(line), now
                if deadline is None and aim is not None and RANK[step] >= RANK[aim]:
                    deadline = aim_at(step)
        sel.close()
        if self.killed_in is None:
            proc.wait()
            durations[step] = time.monotonic() - since
            self.finished.add(step)
        errors.seek(0)
        self.returncode = proc.returncode
        self.errors = errors.read().decode(errors="replace").strip()
        proc.stdout.close()
        errors.close()


class Round:
    def __init__(self, args, base, rng):
        self.args, self.base, self.rng = args, base, rng
        self.system = "urn:sijil:crash:" + uuid.uuid4().hex
        self.tag = self.system.rsplit(":", 1)[1]
        self.db = os.path.join(tempfile.mkdtemp(prefix="sijil-crash-"), "store.db")
        plan = subprocess.run([args.probe, "--plan", self.system, str(args.patients)],
                              check=True, capture_output=True, text=True).stdout
        self.plan = json.loads(plan)  # "Type/id": [local contents in order, null = deleted]
        # The round's patients that another workstation changes on the server: key -> content.
        self.remote = {}
        for j in range(REMOTE_PATIENTS):
            self.change_remote(j)

    def change_remote(self, j):
        key = f"Patient/{self.tag}-r{j}"
        edits = len(self.remote.get(key, {}).get("telecom", []))
        patient = {"resourceType": "Patient", "id": key.split("/")[1],
                   "identifier": [{"system": self.system, "value": f"r{j}"}],
                   "name": [{"family": "Remote", "given": [str(j)]}],
                   "telecom": [{"system": "phone", "value": f"05{j}{k}"}
                               for k in range(edits + 1)]}
        request(f"{self.base}/{key}", "PUT", patient)
        self.remote[key] = patient

    def play(self, env, durations, kills_by_step):
        """Runs until a run ends by itself after at least one restart; the failures, if any."""
        kills = 0
        done = set()  # steps of the round that will not come again (every run starts and pulls)
        for index in range(KILLS_PER_ROUND + 10):
            if index > 0 and self.rng.random() < 0.5:
                self.change_remote(self.rng.randrange(REMOTE_PATIENTS))
            command = [self.args.probe, self.db, self.base, self.system, str(self.args.patients)]
            if index > 0:
                command.append("--early")
            aim = None
            ahead = [s for s in AIM if s not in done]
            # Once the pushes are behind, a round ends sooner: the next one has pushes to kill.
            pushes_behind = not set(ahead) - {"start", "early", "pull"}
            if kills < KILLS_PER_ROUND and not (pushes_behind and self.rng.random() < 0.5):
                aim = self.rng.choices(ahead, weights=[AIM[s] for s in ahead])[0]
            run = Run(command, env, aim, self.rng, durations)
            done |= run.finished - {"start", "pull", "push-empty"}
            if run.killed_in is not None:
                kills += 1
                kills_by_step[run.killed_in] += 1
                continue
            if run.returncode != 0:
                return kills, [f"probe exited {run.returncode}: {run.errors}"]
            last = run.output[-1] if run.output else ""
            if "pending 0" not in last or "conflicts 0" not in last:
                return kills, [f"probe ended with changes queued or in conflict: {last}"]
            if index > 0:  # the edits made after a restart are written only then
                return kills, self.check()
        return kills, ["the round never completed between kills"]

    def check(self):
        failures = []
        server = self.server_state(failures)
        con = sqlite3.connect(self.db)
        failures += check_store(con, self.plan, self.remote, server)
        con.close()
        return failures

    def server_state(self, failures):
        """The server's current resources of the round: "Type/id" -> resource."""
        identifiers = {}  # identifier value -> "Type/id"
        for key, contents in self.plan.items():
            for ident in contents[0]["identifier"]:
                identifiers[ident["value"]] = key
        identifiers.update({r["identifier"][0]["value"]: k for k, r in self.remote.items()})
        found = collections.defaultdict(list)
        for resource_type in ("Patient", "Coverage"):
            query = urllib.parse.urlencode({"identifier": self.system + "|", "_count": "500"})
            for e in pages(f"{self.base}/{resource_type}?{query}"):
                for ident in e["resource"].get("identifier", []):
                    if ident.get("system") == self.system:
                        found[ident["value"]].append(e["resource"])
        server = {identifiers.get(v, v): rs[0] for v, rs in found.items()}
        for value, key in sorted(identifiers.items()):
            deleted = key in self.plan and self.plan[key][-1] is None
            if deleted and value in found:
                failures.append(f"{key}, deleted here, is on the server again")
            if not deleted and value not in found:
                failures.append(f"{key} lost: not on the server")
            if len(found.get(value, [])) > 1:
                failures.append(f"{key} duplicated on the server: {len(found[value])} copies")
        unexpected = sorted(found.keys() - identifiers.keys())
        if unexpected:
            failures.append(f"on the server but never written: {unexpected}")

        for key, contents in self.plan.items():
            if contents[-1] is None:
                status = request(f"{self.base}/{key}")[0]
                if status != 410:
                    failures.append(f"{key} deleted here, answered {status} by the server")
            elif content(server.get(key)) != contents[-1]:
                failures.append(f"{key} on the server is not the last content written here: "
                                f"{content(server.get(key))} instead of {contents[-1]}")
            # Read once, after the last write: HAPI 8.8 lists an instance's history again with the
            # count of the first listing (only the newest versions once there are more).
            history = [content(e.get("resource")) for e in pages(f"{self.base}/{key}/_history")]
            history.reverse()  # newest first on the server
            if not in_order(history, contents):
                failures.append(f"{key}'s versions on the server are not its local contents in "
                                f"order: {history} against {contents}")
        for key, patient in self.remote.items():
            if content(server.get(key)) != patient:
                failures.append(f"{key}, changed on the server, does not hold that change")
        return server


def in_order(history, contents):
    """Whether the server's versions are local contents in the order written (some may be
    skipped: a change made before the one before it was sent travels as that one's content)."""
    at = 0
    for h in history:
        while at < len(contents) and contents[at] != h:
            at += 1
        if at == len(contents):
            return False
    return bool(history) and history[-1] == contents[-1]


def check_store(con, plan, remote, server):
    failures = []
    integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        failures.append(f"integrity_check: {integrity}")
    queued = con.execute("SELECT count(*) FROM outbox").fetchone()[0]
    conflicts = con.execute("SELECT type || '/' || id FROM conflicts").fetchall()
    unsynced = con.execute("SELECT count(*) FROM resources WHERE local_state <> 0").fetchone()[0]
    if queued or conflicts or unsynced:
        failures.append(f"store: {queued} queued, {unsynced} not synced, conflicts "
                        f"{[c[0] for c in conflicts]}")
    rows = {f"{t}/{i}": (json.loads(j), v) for t, i, j, v in
            con.execute("SELECT type, id, json, version_id FROM resources")}
    expected = {key: contents[-1] for key, contents in plan.items() if contents[-1] is not None}
    expected.update(remote)
    for key in sorted(rows.keys() - expected.keys()):
        failures.append(f"{key} in the store, deleted here or never written")
    for key, wanted in expected.items():
        if key not in rows:
            failures.append(f"{key} missing from the store")
            continue
        json_here, version_here = rows[key]
        if content(json_here) != wanted:
            failures.append(f"{key} in the store is not its last content: {json_here}")
        if server.get(key) is not None and version_here != version(server[key]):
            failures.append(f"{key} is version {version_here} here, "
                            f"{version(server[key])} on the server")
    return failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("probe")
    ap.add_argument("env_file")
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--patients", type=int, default=36)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    base = hapi_url(args.env_file)
    env = dict(os.environ, QT_LOGGING_RULES="sijil.*.info=false")
    print(f"seed {seed}; at least {args.kills} kills; {args.patients} patients a round",
          flush=True)

    kills = rounds = 0
    failures = []
    durations = collections.defaultdict(lambda: 0.3)  # seconds each step took, last time
    kills_by_step = collections.Counter()
    started = time.monotonic()
    while kills < args.kills and not failures:
        rounds += 1
        round_kills, failures = Round(args, base, rng).play(env, durations, kills_by_step)
        kills += round_kills
    print(f"{kills} kills in {rounds} round(s), {time.monotonic() - started:.0f} s; killed in: "
          + ", ".join(f"{s} {kills_by_step[s]}" for s in STEPS + ["push-empty"]
                      if kills_by_step[s]))
    if failures:
        for f in failures:
            print("FAIL:", f)
        print(f"(reproduce with --seed {seed})")
        print("0 passed, 1 failed")
        return 1
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
