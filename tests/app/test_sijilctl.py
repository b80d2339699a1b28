#!/usr/bin/env python3
"""End-to-end tests of the real sijilctl binary, driven the way a site administrator drives it.

Usage: test_sijilctl.py /path/to/sijilctl [unittest options]

Every test gets its own data folder, its own configuration folders (so no site.json of the
machine or of the person running the tests is picked up) and a closed standard input (so no test
can reach a terminal or hang on a prompt), unless it pipes a password in on purpose.
"""

import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unittest

SIJILCTL = None  # set from the command line in __main__
SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

GOOD_PASSWORD = "Correct horse 42!"
OTHER_PASSWORD = "Battery staple 77?"


def project_version():
    """The version declared by the top-level CMakeLists.txt: what sijilctl must print."""
    with open(os.path.join(SOURCE_DIR, "CMakeLists.txt"), encoding="utf-8") as f:
        m = re.search(r"project\(\s*Sijil\s+VERSION\s+([0-9.]+)", f.read())
    if not m:
        raise RuntimeError("no project(Sijil VERSION ...) in the top-level CMakeLists.txt")
    return m.group(1)


class CtlTestCase(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="sijilctl-e2e-")
        self.addCleanup(self._tmp.cleanup)
        self.tmp = self._tmp.name
        self.data_dir = os.path.join(self.tmp, "data")
        home = os.path.join(self.tmp, "home")
        xdg_config = os.path.join(self.tmp, "xdg-config")
        xdg_dirs = os.path.join(self.tmp, "xdg-config-dirs")
        for d in (home, xdg_config, xdg_dirs):
            os.makedirs(d)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("SIJIL_", "LC_", "QT_")) and k != "LANGUAGE"}
        env.update({"HOME": home, "XDG_CONFIG_HOME": xdg_config, "XDG_CONFIG_DIRS": xdg_dirs,
                    "LANG": "C.UTF-8"})
        self.env = env
        self.secrets = []  # every password given to sijilctl in this test

    def ctl(self, *args, password=None, lang=None, site=None, data_dir=True, env=None):
        """Runs sijilctl; `password` is written to its stdin as one line, else stdin is closed."""
        command = [SIJILCTL]
        if data_dir:
            command += ["--data-dir", self.data_dir]
        if site:
            command += ["--site-config", site]
        command += list(args)
        run_env = dict(self.env)
        if lang:
            run_env["LANG"] = lang
        if env:
            run_env.update(env)
        if password is not None:
            self.secrets.append(password)
        result = subprocess.run(
            command, input=None if password is None else (password + "\n").encode("utf-8"),
            stdin=subprocess.DEVNULL if password is None else None, capture_output=True,
            env=run_env, timeout=120)
        result.stdout = result.stdout.decode("utf-8")
        result.stderr = result.stderr.decode("utf-8")
        for secret in filter(None, self.secrets):
            self.assertNotIn(secret, result.stdout, "a password was echoed on stdout")
            self.assertNotIn(secret, result.stderr, "a password was echoed on stderr")
        return result

    def assertExit(self, result, code):
        self.assertEqual(result.returncode, code,
                         f"exit {result.returncode}, expected {code}\n"
                         f"stdout: {result.stdout}\nstderr: {result.stderr}")

    def assertError(self, result, code, *fragments):
        """Failed with `code`, one or more "sijilctl: ..." lines on stderr holding `fragments`."""
        self.assertExit(result, code)
        self.assertEqual(result.stdout, "", "an error must not print a result on stdout")
        self.assertTrue(result.stderr.startswith("sijilctl: "), result.stderr)
        for fragment in fragments:
            self.assertIn(fragment, result.stderr)

    def add(self, username, name="Amina Benali", roles="physician", password=GOOD_PASSWORD,
            extra=(), site=None):
        args = ["users", "add", username]
        if name is not None:
            args += ["--name", name]
        if roles is not None:
            args += ["--role", roles]
        args += list(extra) + ["--password-stdin"]
        return self.ctl(*args, password=password, site=site)

    def users(self):
        result = self.ctl("users", "list", "--json")
        self.assertExit(result, 0)
        self.assertEqual(result.stderr, "")
        return json.loads(result.stdout)

    def user(self, username):
        matches = [u for u in self.users() if u["username"] == username]
        self.assertEqual(len(matches), 1, f"{username} listed {len(matches)} times")
        return matches[0]

    def password_hash(self, username):
        # Read-only, through SQLite itself: what the app would verify a sign-in against.
        db = os.path.join(self.data_dir, "sijil.db")
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT password_hash FROM users WHERE username = ?",
                               (username,)).fetchone()
        self.assertIsNotNone(row, f"no row for {username} in users")
        return row[0]

    def write_site(self, content, name="site.json"):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(content if isinstance(content, str) else json.dumps(content))
        return path


class VersionAndUsage(CtlTestCase):
    def test_version_prints_the_project_version_first(self):
        r = self.ctl("version", data_dir=False)
        self.assertExit(r, 0)
        lines = r.stdout.splitlines()
        self.assertEqual(lines[0], f"sijilctl {project_version()}")
        self.assertTrue(any(line.startswith("Qt 6.") for line in lines), r.stdout)
        self.assertEqual(r.stderr, "")

    def test_version_refuses_extra_arguments(self):
        self.assertError(self.ctl("version", "--json"), 2, "version")

    def test_no_command_prints_usage_on_stderr(self):
        r = self.ctl(data_dir=False)
        self.assertExit(r, 2)
        self.assertEqual(r.stdout, "")
        self.assertIn("sijilctl", r.stderr)
        for command in ("users add", "users passwd", "config show", "version"):
            self.assertIn(command, r.stderr)

    def test_help_prints_usage_on_stdout(self):
        r = self.ctl("--help", data_dir=False)
        self.assertExit(r, 0)
        self.assertIn("users add", r.stdout)
        self.assertEqual(r.stderr, "")

    def test_unknown_command(self):
        r = self.ctl("frobnicate")
        self.assertError(r, 2, "frobnicate", "commande inconnue")
        self.assertFalse(os.path.exists(self.data_dir), "an unknown command touched the data")

    def test_unknown_option(self):
        self.assertError(self.ctl("--bogus", "version", data_dir=False), 2, "bogus")
        # Qt's parser speaks the administrator's language too (it answered in English).
        self.assertError(self.ctl("--bogus", "version", data_dir=False), 2, "Option inconnue")
        self.assertError(self.ctl("--bogus", "version", data_dir=False, lang="ar_MA.UTF-8"), 2,
                         "مجهول")

    def test_unknown_users_subcommand(self):
        self.assertError(self.ctl("users", "delete", "amina"), 2, "delete")


class UsersAdd(CtlTestCase):
    def test_add_creates_the_account(self):
        r = self.add("amina.benali", name="Amina Benali", roles="physician")
        self.assertExit(r, 0)
        self.assertIn("amina.benali", r.stdout)
        self.assertEqual(self.users(), [{
            "username": "amina.benali", "displayName": "Amina Benali", "roles": ["physician"],
            "facility": "local", "disabled": False}])
        self.assertTrue(self.password_hash("amina.benali").startswith("$scrypt$"))

    def test_add_several_roles_and_facility(self):
        r = self.add("y.idrissi", name="  Youssef   Idrissi ", roles="nurse, physician,nurse",
                     extra=["--facility", "CHU-FES"])
        self.assertExit(r, 0)
        u = self.user("y.idrissi")
        self.assertEqual(u["displayName"], "Youssef Idrissi")
        self.assertEqual(u["roles"], ["nurse", "physician"])
        self.assertEqual(u["facility"], "CHU-FES")

    def test_add_takes_the_facility_from_the_site_file(self):
        site = self.write_site({"facility": {"id": "CHU-RABAT", "name": "CHU Ibn Sina"}})
        self.assertExit(self.add("k.alaoui", site=site), 0)
        self.assertEqual(self.user("k.alaoui")["facility"], "CHU-RABAT")

    def test_password_is_stored_only_as_a_hash(self):
        self.assertExit(self.add("amina"), 0)
        for folder, _, files in os.walk(self.data_dir):
            for name in files:
                with open(os.path.join(folder, name), "rb") as f:
                    content = f.read()
                for encoding in ("utf-8", "utf-16-le"):
                    self.assertNotIn(GOOD_PASSWORD.encode(encoding), content,
                                     f"password in clear in {name}")

    def assertNothingCreated(self, before):
        self.assertEqual(self.users(), before)

    def test_refusals_create_nothing(self):
        self.assertExit(self.add("first.user"), 0)
        before = self.users()
        cases = [
            ("invalid username", dict(username="Bad User!"), 1, ["identifiant"]),
            ("username too short", dict(username="ab"), 1, ["identifiant"]),
            ("missing --name", dict(username="no.name", name=None), 1, ["nom"]),
            ("missing --role", dict(username="no.role", roles=None), 1, ["rôle"]),
            ("unknown role", dict(username="bad.role", roles="nurse,surgeon"), 2, ["surgeon"]),
            ("short password", dict(username="short.pw", password="Ab1!xyz"), 1, ["10"]),
            ("common password", dict(username="common.pw", password="azertyuiop"), 1, []),
            ("password holds the username", dict(username="karim", password="karim-2026-xyz"),
             1, ["identifiant"]),
            ("duplicate username", dict(username="first.user"), 1, ["déjà"]),
        ]
        for label, kwargs, code, fragments in cases:
            with self.subTest(label):
                username = kwargs.pop("username")
                self.assertError(self.add(username, **kwargs), code, *fragments)
                self.assertNothingCreated(before)

    def test_empty_password_from_stdin_is_refused(self):
        self.assertError(self.add("amina", password=""), 1)
        self.assertEqual(self.users(), [])

    def test_no_terminal_and_no_password_stdin(self):
        r = self.ctl("users", "add", "amina", "--name", "Amina", "--role", "nurse")
        self.assertError(r, 1, "--password-stdin")
        self.assertEqual(self.users(), [])

    def test_plain_list(self):
        self.assertExit(self.add("amina", roles="nurse,physician"), 0)
        r = self.ctl("users", "list")
        self.assertExit(r, 0)
        self.assertRegex(r.stdout, r"^amina\s+Amina Benali\s+nurse,physician\s+actif\n$")
        self.assertError(self.ctl("users", "list", "--xml"), 2)


class UsersDisableEnable(CtlTestCase):
    def setUp(self):
        super().setUp()
        self.assertExit(self.add("admin.one", name="Admin One", roles="site-admin"), 0)
        self.assertExit(self.add("nurse.one", name="Nurse One", roles="nurse"), 0)

    def test_disable_then_enable_flips_the_flag(self):
        r = self.ctl("users", "disable", "nurse.one")
        self.assertExit(r, 0)
        self.assertIn("nurse.one", r.stdout)
        self.assertTrue(self.user("nurse.one")["disabled"])
        self.assertFalse(self.user("admin.one")["disabled"])
        self.assertExit(self.ctl("users", "enable", "nurse.one"), 0)
        self.assertFalse(self.user("nurse.one")["disabled"])

    def test_the_only_site_administrator_cannot_be_disabled(self):
        self.assertError(self.ctl("users", "disable", "admin.one"), 1, "administrateur")
        self.assertFalse(self.user("admin.one")["disabled"])

    def test_the_last_active_site_administrator_cannot_be_disabled(self):
        self.assertExit(self.add("admin.two", name="Admin Two", roles="site-admin,physician"), 0)
        self.assertExit(self.ctl("users", "disable", "admin.one"), 0)
        self.assertError(self.ctl("users", "disable", "admin.two"), 1)
        self.assertFalse(self.user("admin.two")["disabled"])
        self.assertTrue(self.user("admin.one")["disabled"])

    def test_unknown_account(self):
        self.assertError(self.ctl("users", "disable", "nobody"), 1)
        self.assertError(self.ctl("users", "enable", "nobody"), 1)

    def test_usage(self):
        self.assertError(self.ctl("users", "disable"), 2)
        self.assertError(self.ctl("users", "enable", "a", "b"), 2)
        self.assertEqual([u["disabled"] for u in self.users()], [False, False])


class UsersPasswd(CtlTestCase):
    def setUp(self):
        super().setUp()
        self.assertExit(self.add("amina", roles="physician"), 0)

    def test_passwd_replaces_the_stored_hash(self):
        before = self.password_hash("amina")
        r = self.ctl("users", "passwd", "amina", "--password-stdin", password=OTHER_PASSWORD)
        self.assertExit(r, 0)
        self.assertIn("amina", r.stdout)
        after = self.password_hash("amina")
        self.assertNotEqual(after, before)
        self.assertTrue(after.startswith("$scrypt$"), after)
        self.assertEqual(self.user("amina")["roles"], ["physician"])

    def test_refused_passwords_keep_the_old_hash(self):
        before = self.password_hash("amina")
        for label, password in (("too short", "Ab1!"), ("holds the username", "xx-amina-2026")):
            with self.subTest(label):
                r = self.ctl("users", "passwd", "amina", "--password-stdin", password=password)
                self.assertError(r, 1)
                self.assertEqual(self.password_hash("amina"), before)

    def test_no_terminal_and_no_password_stdin(self):
        before = self.password_hash("amina")
        self.assertError(self.ctl("users", "passwd", "amina"), 1, "--password-stdin")
        self.assertEqual(self.password_hash("amina"), before)

    def test_unknown_account(self):
        r = self.ctl("users", "passwd", "nobody", "--password-stdin", password=OTHER_PASSWORD)
        self.assertError(r, 1)

    def test_usage(self):
        self.assertError(self.ctl("users", "passwd"), 2)


class ConfigShow(CtlTestCase):
    def show(self, **kwargs):
        r = self.ctl("config", "show", **kwargs)
        self.assertExit(r, 0)
        return json.loads(r.stdout), r

    def test_without_a_site_file_the_embedded_default_applies(self):
        # The machine-wide file cannot be hidden from the binary: fail loudly rather than skip.
        self.assertFalse(os.path.exists("/etc/sijil/site.json"),
                         "/etc/sijil/site.json exists on this machine: the embedded default "
                         "cannot be tested here")
        config, r = self.show()
        self.assertEqual(config["source"], "(embedded default)")
        self.assertEqual(config["facility"]["id"], "local")
        self.assertEqual(config["centralServer"]["url"], "")
        self.assertEqual(config["dataDir"], os.path.realpath(self.data_dir))
        self.assertEqual(config["database"], os.path.join(config["dataDir"], "sijil.db"))
        self.assertEqual(r.stderr, "")

    def test_a_valid_site_file_is_shown(self):
        site = self.write_site({
            "facility": {"id": "CHU-RABAT", "name": "CHU Ibn Sina"},
            "centralServer": {"url": "https://dmp.sante.gov.ma/fhir"},
            "pacs": {"aeTitle": "PACS01", "host": "pacs.local", "port": 11112},
            "session": {"idleLockMinutes": 10},
            "defaultLanguage": "ar",
        })
        config, r = self.show(site=site)
        self.assertEqual(config["source"], site)
        self.assertEqual(config["facility"], {"id": "CHU-RABAT", "name": "CHU Ibn Sina"})
        self.assertEqual(config["centralServer"]["url"], "https://dmp.sante.gov.ma/fhir")
        # One PACS given as an object is shown as the list of the site's PACS.
        self.assertEqual(len(config["pacs"]), 1)
        self.assertEqual(config["pacs"][0]["port"], 11112)
        self.assertEqual(config["pacs"][0]["aeTitle"], "PACS01")
        self.assertEqual(config["imageCache"], {"maxAgeDays": 30, "maxSizeGB": 20})
        self.assertEqual(config["session"]["idleLockMinutes"], 10)
        self.assertEqual(config["defaultLanguage"], "ar")
        self.assertEqual(r.stderr, "")

    def test_site_file_from_the_environment(self):
        site = self.write_site({"facility": {"id": "CSU-AGADIR"}})
        config, _ = self.show(env={"SIJIL_SITE_CONFIG": site})
        self.assertEqual(config["source"], site)
        self.assertEqual(config["facility"]["id"], "CSU-AGADIR")

    def test_unknown_keys_are_warnings(self):
        site = self.write_site({"facility": {"id": "X1", "colour": "blue"}, "futureKey": 1})
        config, r = self.show(site=site)
        self.assertEqual(config["facility"]["id"], "X1")
        self.assertIn("facility.colour", r.stderr)
        self.assertIn("futureKey", r.stderr)

    def test_malformed_json_names_the_file_and_the_position(self):
        # The missing comma is on line 3.
        site = self.write_site('{\n  "facility": {"id": "X"}\n  "pacs": {}\n}\n')
        r = self.ctl("config", "show", site=site)
        self.assertError(r, 1, site, "ligne:colonne")
        self.assertRegex(r.stderr, r"ligne:colonne 3:\d+")

    def test_plain_http_central_server_is_refused(self):
        site = self.write_site({"centralServer": {"url": "http://dmp.sante.gov.ma/fhir"}})
        self.assertError(self.ctl("config", "show", site=site), 1, site, "centralServer.url",
                         "https://")

    def test_client_certificate_files_that_cannot_be_used_are_said(self):
        key = os.path.join(self.tmp, "desk.key")
        crt = os.path.join(self.tmp, "desk.crt")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                        "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=desk-1", "-days", "2",
                        "-keyout", key, "-out", crt], check=True, capture_output=True)
        os.chmod(key, 0o600)
        site = self.write_site({"centralServer": {"url": "https://dpp.example.ma/fhir",
                                                  "clientCertificate": crt, "clientKey": key}})
        config, r = self.show(site=site)
        self.assertEqual(config["centralServer"]["clientKey"], key)
        self.assertNotIn("centralServer", r.stderr)
        os.chmod(key, 0o644)  # readable by everyone on the workstation
        config, r = self.show(site=site)
        self.assertIn("centralServer", r.stderr)
        self.assertIn("readable or writable by others", r.stderr)
        # Another workstation's key beside this one's certificate: each file fine by itself.
        other = os.path.join(self.tmp, "other.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                        "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=desk-2", "-days", "2",
                        "-keyout", other, "-out", os.path.join(self.tmp, "other.crt")],
                       check=True, capture_output=True)
        os.chmod(other, 0o600)
        site = self.write_site({"centralServer": {"url": "https://dpp.example.ma/fhir",
                                                  "clientCertificate": crt, "clientKey": other}})
        config, r = self.show(site=site)
        self.assertIn("centralServer", r.stderr)
        self.assertIn("does not match the client certificate", r.stderr)

    def test_wrong_types_are_refused(self):
        cases = {
            "port out of range": ({"pacs": {"port": 70000}}, "pacs.port"),
            "idle lock not a number": ({"session": {"idleLockMinutes": "5"}},
                                       "session.idleLockMinutes"),
            "unsupported language": ({"defaultLanguage": "de"}, "defaultLanguage"),
            "not an object": ([1, 2], "objet JSON"),
        }
        for label, (content, field) in cases.items():
            with self.subTest(label):
                site = self.write_site(content)
                self.assertError(self.ctl("config", "show", site=site), 1, site, field)

    def test_a_named_site_file_that_does_not_exist(self):
        missing = os.path.join(self.tmp, "absent.json")
        self.assertError(self.ctl("config", "show", site=missing), 1, missing)

    def test_usage(self):
        self.assertError(self.ctl("config"), 2)
        self.assertError(self.ctl("config", "edit"), 2)

    def test_a_broken_site_file_never_gives_an_account_a_wrong_facility(self):
        # Without --facility the facility comes from the site file: a broken one is refused...
        site = self.write_site("{ not json")
        self.assertError(self.add("amina", site=site), 1, "--facility")
        self.assertEqual(self.users(), [])
        # ...and naming the facility explicitly still works while the file is being fixed.
        self.assertExit(self.add("amina", extra=("--facility", "CHP-TEST"), site=site), 0)
        self.assertEqual(self.user("amina")["facility"], "CHP-TEST")


class English(CtlTestCase):
    """LANG=en_US.UTF-8 selects the English catalogue (translations/sijil_en.ts)."""

    LANG = "en_US.UTF-8"

    def test_unknown_command_in_english(self):
        r = self.ctl("frobnicate", lang=self.LANG)
        self.assertError(r, 2, "frobnicate")
        self.assertNotIn("commande inconnue", r.stderr)
        self.assertIn("unknown command", r.stderr.lower())

    def test_malformed_site_file_in_english(self):
        site = self.write_site('{\n  "facility": {"id": "X"}\n  "pacs": {}\n}\n')
        r = self.ctl("config", "show", site=site, lang=self.LANG)
        self.assertError(r, 1, site)
        for french in ("fichier", "mal formé", "ligne", "invalide"):
            self.assertNotIn(french, r.stderr)
        self.assertRegex(r.stderr, r"\bline\b.*\b3:\d+\b")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: test_sijilctl.py /path/to/sijilctl [unittest options]")
    SIJILCTL = os.path.abspath(sys.argv.pop(1))
    if not (os.path.isfile(SIJILCTL) and os.access(SIJILCTL, os.X_OK)):
        sys.exit(f"test_sijilctl.py: {SIJILCTL} is not an executable file")
    unittest.main(verbosity=2)
