#!/usr/bin/env python3
"""End-to-end checks of the desktop program itself: it opens its main window on a real X server
(Xvfb) from an empty data folder, a broken site file never stops it, the site's serial MRZ
reader is opened (and its unplugging survived), and sync runs on a thread of its own that an
orderly quit stops.

usage: test_sijil_gui.py <sijil> <sijilctl>
"""
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import unittest

from xserver import Xvfb, wait_for

SIJIL = SIJILCTL = ""


class SilentServer:
    """A central server on loopback that takes requests and never answers them."""

    def __enter__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.requests = []
        self.open = []
        threading.Thread(target=self._serve, daemon=True).start()
        return self

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.open.append(conn)
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn):
        try:
            data = conn.recv(65536)
        except OSError:
            return
        if data:
            self.requests.append(data.split(b"\r\n", 1)[0].decode("latin-1"))

    def __exit__(self, *exc):
        self.sock.close()
        for conn in self.open:
            conn.close()


def thread_names(pid):
    names = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/comm", encoding="utf-8") as f:
                names.append(f.read().strip())
        except OSError:
            pass
    return names


class GuiTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="sijil-gui-")
        self.env = dict(os.environ, SIJIL_DATA_DIR=os.path.join(self.tmp, "data"),
                        HOME=self.tmp, XDG_CONFIG_HOME=os.path.join(self.tmp, "config"),
                        XDG_RUNTIME_DIR=self.tmp, LANG="C.UTF-8")
        self.env.pop("SIJIL_SITE_CONFIG", None)
        self.env.pop("QT_QPA_PLATFORM", None)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_main_window_opens_on_a_real_x_server(self):
        for tool in ("Xvfb", "xwininfo", "import", "convert"):
            self.assertIsNotNone(shutil.which(tool), f"{tool} is missing: run .ci/install-deps test")
        with Xvfb() as x:
            env = dict(self.env, DISPLAY=x.display)
            app = subprocess.Popen([SIJIL], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
            try:
                def window_listed():
                    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env,
                                          capture_output=True, text=True).stdout
                    return "Sijil — " in tree
                self.assertTrue(wait_for(window_listed, 20), "no Sijil main window appeared")
                self.assertIsNone(app.poll(), "sijil exited")
                shot = os.path.join(self.tmp, "screen.png")
                time.sleep(1.0)  # let the first frames settle before the screenshot
                subprocess.run(["import", "-window", "root", shot], env=env, check=True)
                colours = int(subprocess.run(["convert", shot, "-format", "%k", "info:"],
                                             capture_output=True, text=True,
                                             check=True).stdout.strip())
                # A drawn form has text, fields and a button; an empty screen has one colour.
                self.assertGreater(colours, 50, "the screenshot looks empty")
                keep = os.environ.get("SIJIL_SCREENSHOT_DIR")
                if keep:
                    shutil.copy(shot, os.path.join(keep, "first-start.png"))
            finally:
                app.terminate()
                app.wait(10)
                app.stderr.close()

    def test_a_broken_site_file_never_stops_the_program(self):
        site = os.path.join(self.tmp, "site.json")
        with open(site, "w", encoding="utf-8") as f:
            f.write('{ "facility": { "id": ')
        env = dict(self.env, QT_QPA_PLATFORM="offscreen", SIJIL_BENCH_FIRST_FRAME="1")
        r = subprocess.run([SIJIL, "--site-config", site], env=env, capture_output=True,
                           text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("firstFrameMs", r.stdout)
        log = open(os.path.join(self.tmp, "data", "logs", "sijil.log"), encoding="utf-8").read()
        self.assertIn("site configuration refused", log)
        self.assertIn("core/site-config-invalid", log)

    def test_the_sites_serial_mrz_reader_is_opened_and_its_unplugging_survived(self):
        # A pseudo-terminal stands in for the USB reader: sijil opens its slave side.
        master, slave = os.openpty()
        slave_path = os.ttyname(slave)
        os.close(slave)
        site = os.path.join(self.tmp, "site.json")
        with open(site, "w", encoding="utf-8") as f:
            f.write('{ "mrzReader": { "serialPort": "%s", "baudRate": 9600 } }' % slave_path)
        env = dict(self.env, QT_QPA_PLATFORM="offscreen")
        app = subprocess.Popen([SIJIL, "--site-config", site], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            def holds_port():
                fds = f"/proc/{app.pid}/fd"
                try:
                    return any(os.readlink(os.path.join(fds, fd)) == slave_path
                               for fd in os.listdir(fds))
                except OSError:
                    return False
            self.assertTrue(wait_for(holds_port, 30), "sijil did not open the MRZ reader's port")
            os.close(master)  # the cable is pulled
            master = -1
            log_path = os.path.join(self.tmp, "data", "logs", "sijil.log")

            def unplug_logged():
                if not os.path.exists(log_path):
                    return False
                with open(log_path, encoding="utf-8") as log:
                    return "identity/serial-unplugged" in log.read()
            self.assertTrue(wait_for(unplug_logged, 30), "the unplugged reader was not noticed")
            self.assertTrue(wait_for(lambda: not holds_port(), 30), "the dead port stayed open")
            self.assertIsNone(app.poll(), "sijil exited")
        finally:
            if master >= 0:
                os.close(master)
            app.terminate()
            app.wait(10)

    def test_an_older_store_is_announced_while_it_is_upgraded(self):
        """Opening an older store checks it whole and converts it before the window: minutes on
        a large register. A window shows it meanwhile; none once the store is current."""
        data = self.env["SIJIL_DATA_DIR"]
        r = subprocess.run([SIJILCTL, "--data-dir", data, "ipp", "add-block", "1", "999"],
                           env=self.env, stdin=subprocess.DEVNULL, capture_output=True,
                           text=True, timeout=120)
        self.assertEqual(r.returncode, 0, r.stderr)
        with sqlite3.connect(os.path.join(data, "sijil.db")) as db:
            latest = db.execute("PRAGMA user_version").fetchone()[0]
            # As a store of schema 20 was: migrations 21 and 22 only mark an index rebuild.
            db.execute("DELETE FROM schema_history WHERE version > 20")
            db.execute("PRAGMA user_version = 20")
        db.close()
        self.assertGreater(latest, 20)
        log_path = os.path.join(data, "logs", "sijil.log")
        env = dict(self.env, QT_QPA_PLATFORM="offscreen", SIJIL_BENCH_FIRST_FRAME="1")
        for announced in (True, False):
            before = open(log_path, encoding="utf-8").read() if os.path.exists(log_path) else ""
            r = subprocess.run([SIJIL], env=env, capture_output=True, text=True, timeout=60)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(log_path, encoding="utf-8") as log:
                written = log.read()[len(before):]
            self.assertEqual("local store upgrade from schema 20 announced on screen" in written,
                             announced, written)
            # Converted behind the window (off the GUI thread), then opened as a current store.
            self.assertEqual("local store upgraded from schema 20 in" in written, announced,
                             written)
            with sqlite3.connect(os.path.join(data, "sijil.db")) as db:
                self.assertEqual(db.execute("PRAGMA user_version").fetchone()[0], latest)
            db.close()

    def test_an_upgrade_rebuild_keeps_the_search_box_and_a_cleared_one_waits(self):
        """At start-up an unfinished index rebuild is run. After an upgrade that changed the
        indexing rules the old entries still answer, so the search box stays; a cleared index
        being written again would hide patients, so the box waits (the log says which)."""
        data = self.env["SIJIL_DATA_DIR"]
        rows = ["Tazi;Karim;;;M;1975-03-12;MA;;PAYANT;NONE;;;",
                "El Idrissi;Fatima;;;F;1980;MA;;PAYANT;NONE;;;"]
        register = os.path.join(self.tmp, "p.csv")
        with open(register, "w", encoding="utf-8") as f:
            f.write("family_latin;given_latin;family_arabic;given_arabic;sex;birth_date;"
                    "nationality;phone;accounting_category;coverage_regime;affiliation_number;"
                    "document_type;document_number\n" + "\n".join(rows) + "\n")
        for args in (["ipp", "add-block", "1", "999"], ["patient", "import", register]):
            r = subprocess.run([SIJILCTL, "--data-dir", data, *args], env=self.env,
                               stdin=subprocess.DEVNULL, capture_output=True, text=True,
                               timeout=120)
            self.assertEqual(r.returncode, 0, r.stderr)
        log_path = os.path.join(data, "logs", "sijil.log")
        for keeps, started in ((1, "rebuild started, old entries serve meanwhile"),
                               (0, "rebuild started, the search box waits")):
            with sqlite3.connect(os.path.join(data, "sijil.db")) as db:
                db.execute("INSERT OR REPLACE INTO search_rebuild(id, after_rowid, keeps_entries) "
                           "VALUES (1, 0, ?)", (keeps,))
            db.close()
            before = open(log_path, encoding="utf-8").read() if os.path.exists(log_path) else ""
            env = dict(self.env, QT_QPA_PLATFORM="offscreen")
            app = subprocess.Popen([SIJIL], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
            try:
                def rebuilt():
                    if not os.path.exists(log_path):
                        return False
                    with open(log_path, encoding="utf-8") as log:
                        return "search index rebuilt" in log.read()[len(before):]
                self.assertTrue(wait_for(rebuilt, 60), "the rebuild did not end")
                self.assertIsNone(app.poll(), "sijil exited")
            finally:
                app.terminate()
                app.wait(10)
            with open(log_path, encoding="utf-8") as log:
                written = log.read()[len(before):]
            self.assertIn(started, written)
            with sqlite3.connect(os.path.join(data, "sijil.db")) as db:
                self.assertEqual(db.execute("SELECT count(*) FROM search_rebuild").fetchone()[0], 0)
                self.assertEqual(db.execute("SELECT count(*) FROM search_docs").fetchone()[0], 2)
            db.close()

    def test_sync_runs_on_its_own_thread_and_an_orderly_quit_stops_it(self):
        """With a central server, sync runs on its own thread ("sijil-sync"), off the window's;
        a quit while its cycle waits on a server that never answers returns at once, cleanly,
        and leaves the store whole."""
        with SilentServer() as server:
            site = os.path.join(self.tmp, "site.json")
            with open(site, "w", encoding="utf-8") as f:
                f.write('{ "facility": { "id": "F1", "name": "Centre" }, "centralServer": '
                        '{ "url": "http://127.0.0.1:%d/fhir" } }' % server.port)
            env = dict(self.env, QT_QPA_PLATFORM="offscreen")
            app = subprocess.Popen([SIJIL, "--site-config", site], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                self.assertTrue(wait_for(lambda: "sijil-sync" in thread_names(app.pid), 30),
                                "no sync thread")
                self.assertTrue(wait_for(lambda: server.requests, 30), "sync asked nothing")
                self.assertIsNone(app.poll(), "sijil exited")
            finally:
                app.terminate()
                app.wait(10)
            # The program quits by itself after its first frame, whatever sync is waiting for.
            env = dict(env, SIJIL_BENCH_FIRST_FRAME="1")
            r = subprocess.run([SIJIL, "--site-config", site], env=env, capture_output=True,
                               text=True, timeout=60)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("firstFrameMs", r.stdout)
        with sqlite3.connect(os.path.join(self.env["SIJIL_DATA_DIR"], "sijil.db")) as db:
            self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok")
        db.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    SIJIL, SIJILCTL = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=2)
