#!/usr/bin/env python3
"""`sijilctl sync` against the real central server (HAPI, from the hapi fixture).

usage: test_sijilctl_sync.py <sijilctl> <hapi-env-file>
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
import urllib.request
import uuid

SIJILCTL = ENV_FILE = ""


def hapi_url():
    with open(ENV_FILE, encoding="utf-8") as f:
        for line in f:
            if line.startswith("HAPI_URL="):
                return line.split("=", 1)[1].strip()
    raise RuntimeError("no HAPI_URL: is the hapi fixture up?")


class SyncCommand(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="sijil-ctl-sync-")
        self.env = dict(os.environ, LANG="C.UTF-8", HOME=self.tmp,
                        XDG_CONFIG_HOME=os.path.join(self.tmp, "config"))
        self.env.pop("SIJIL_SITE_CONFIG", None)

    def ctl(self, *args, site=None):
        command = [SIJILCTL, "--data-dir", os.path.join(self.tmp, "data")]
        if site:
            command += ["--site-config", site]
        return subprocess.run(command + list(args), env=self.env, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=300)

    def site(self, url):
        path = os.path.join(self.tmp, "site.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"facility": {"id": "CHP-TEST"}, "centralServer": {"url": url}}, f)
        return path

    def test_without_a_central_server_it_says_so(self):
        r = self.ctl("sync")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("centralServer.url", r.stderr)
        self.assertEqual(r.stdout, "")

    def test_an_unreachable_server_is_said_with_its_cause(self):
        import socket
        with socket.socket() as s:  # a port nothing listens on
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        r = self.ctl("sync", site=self.site(f"https://127.0.0.1:{port}/fhir"))
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("injoignable", r.stderr)
        # The cause too, not only in `sync log` (Qt's words, in the administrator's language).
        self.assertRegex(r.stderr, r"Détail technique : \S")

    def test_bad_arguments(self):
        self.assertEqual(self.ctl("sync", "--pull").returncode, 2)
        self.assertEqual(self.ctl("sync", "--frobnicate").returncode, 2)

    def test_a_cycle_receives_what_changed_and_only_that(self):
        base = hapi_url()
        # Something new on the server, in a resource type only this test writes.
        flag_id = "sijil-" + uuid.uuid4().hex
        flag = {"resourceType": "Flag", "id": flag_id, "status": "active",
                "code": {"text": "Allergie"}}
        request = urllib.request.Request(f"{base}/Flag/{flag_id}", method="PUT",
                                         data=json.dumps(flag).encode(),
                                         headers={"Content-Type": "application/fhir+json"})
        urllib.request.urlopen(request, timeout=60).close()
        site = self.site(base)
        first = self.ctl("sync", "--pull", "Flag", site=site)
        self.assertEqual(first.returncode, 0, first.stderr)
        received = int(re.search(r"reçus : (\d+)", first.stdout).group(1))
        self.assertGreaterEqual(received, 1)
        self.assertIn("en attente : 0", first.stdout)
        second = self.ctl("sync", "--pull", "Flag", site=site)
        self.assertEqual(second.returncode, 0, second.stderr)
        self.assertIn("reçus : 0", second.stdout)
        stats = self.ctl("store", "stats", site=site).stdout
        self.assertRegex(stats, r"resources\s+[1-9]")
        # Both cycles are in the sync log, newest first.
        log = self.ctl("sync", "log", site=site)
        self.assertEqual(log.returncode, 0, log.stderr)
        lines = log.stdout.splitlines()
        self.assertEqual(len(lines), 2, log.stdout)
        self.assertTrue(all("\tréussie\t" in line for line in lines), log.stdout)
        self.assertEqual(self.ctl("sync", "log", "1", site=site).stdout.count("\n"), 1)
        # What the cycles sent of the audit trail matches the server's copies of it.
        verify = self.ctl("audit", "verify", "--server", site=site)
        self.assertEqual(verify.returncode, 0, verify.stderr)
        self.assertIn("Journal d'audit intact", verify.stdout)
        self.assertRegex(verify.stdout, r"Conformes à la copie du serveur central : \d+ entrée")
        self.assertEqual(self.ctl("audit", "verify", "--servers", site=site).returncode, 2)
        # A site without a central server: the local check alone says intact, the comparison
        # says why it cannot be made.
        alone = os.path.join(self.tmp, "alone.json")
        with open(alone, "w", encoding="utf-8") as f:
            json.dump({"facility": {"id": "CHP-TEST"}}, f)
        r = self.ctl("audit", "verify", "--server", site=alone)
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("Journal d'audit intact", r.stdout)
        self.assertIn("centralServer.url", r.stderr)

    def test_an_unreachable_server_fails_the_cycle_and_the_log_says_why(self):
        import socket
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        site = self.site(f"http://127.0.0.1:{port}/fhir")
        r = self.ctl("sync", site=site)
        self.assertEqual(r.returncode, 1, r.stdout)
        self.assertIn("sijilctl:", r.stderr)
        log = self.ctl("sync", "log", site=site).stdout
        self.assertIn("\téchouée\t", log)
        self.assertIn("injoignable", log)
        self.assertEqual(self.ctl("sync", "log", "zero", site=site).returncode, 2)

    def test_one_sync_at_a_time_per_store(self):
        import glob
        import socket
        import time
        data = os.path.join(self.tmp, "data")
        with socket.socket() as silent:  # takes the connection and never answers
            silent.bind(("127.0.0.1", 0))
            silent.listen(8)
            site = self.site(f"http://127.0.0.1:{silent.getsockname()[1]}/fhir")
            # The first sync waits on the server, holding the store's sync lock.
            first = subprocess.Popen([SIJILCTL, "--data-dir", data, "--site-config", site, "sync"],
                                     env=self.env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                deadline = time.monotonic() + 60
                while (not glob.glob(os.path.join(data, "**", "*.sync.lock"), recursive=True)
                       and first.poll() is None and time.monotonic() < deadline):
                    time.sleep(0.05)
                self.assertIsNone(first.poll(), "the first sync ended before the second started")
                second = self.ctl("sync", site=site)
                self.assertEqual(second.returncode, 1, second.stderr)
                self.assertIn("Une autre synchronisation de ce poste est en cours", second.stderr)
                self.assertRegex(second.stderr, r"Détail technique : sync lock held by \S+ "
                                                r"\(process %d\)" % first.pid)
            finally:
                first.kill()  # as a crash would: its lock file stays behind
                first.communicate()
        self.assertTrue(glob.glob(os.path.join(data, "**", "*.sync.lock"), recursive=True))
        # The next sync takes over the lock of the process that died (the server is gone now).
        third = self.ctl("sync", site=site)
        self.assertEqual(third.returncode, 1, third.stderr)
        self.assertNotIn("Une autre synchronisation", third.stderr)
        self.assertIn("injoignable", third.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    SIJILCTL, ENV_FILE = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=2)
