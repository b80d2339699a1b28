#!/usr/bin/env python3
"""sijilctl's registry commands, end to end on the real binary: identifier blocks, importing a
FHIR bundle, search (and the index rebuild an upgrade asks for, stopped by Ctrl+C), show,
communes, the duplicate scan and the review queue (a CSV register's import, with its progress and
Ctrl+C, is in test_sijilctl_import.py).

Usage: test_sijilctl_patient.py /path/to/sijilctl [unittest options]
"""

import datetime
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_sijilctl  # noqa: E402  (the shared harness: isolated folders, no terminal)

HEADER = ("family_latin;given_latin;family_arabic;given_arabic;sex;birth_date;nationality;phone;"
          "accounting_category;coverage_regime;affiliation_number;document_type;document_number")
ROWS = [
    "El Idrissi;Fatima;الإدريسي;فاطمة;F;17/05/1980;MA;0612345678;TIERS-PAYANT;AMO-CNSS;"
    "123456789;cnie;BE123456",
    "Elidrissi;Fatema;;;F;1980;MA;;PAYANT;NONE;;;",
    "Tazi;Karim;;;M;1975-03-12;MA;0661000000;PAYANT;NONE;;;",
]


class RegisterHelpers:
    """What the registry's end-to-end tests share (here and in test_sijilctl_import.py)."""

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def import_rows(self, rows, block=(1, 999)):
        self.assertExit(self.ctl("ipp", "add-block", str(block[0]), str(block[1])), 0)
        return self.ctl("patient", "import", self.write("p.csv", "\n".join([HEADER] + rows) + "\n"))

    def search(self, *words):
        result = self.ctl("patient", "search", *words, "--json")
        self.assertExit(result, 0)
        return json.loads(result.stdout)

    def big_register(self, n=2500):
        """`n` distinct patients: 50 family names x 50 given names, each born on a day of their
        own (names a letter apart, born the same day, would be one patient typed twice)."""
        families = [f"Famille{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(50)]
        givens = [f"Prenom{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(50)]
        first = datetime.date(1940, 1, 1)
        rows = [f"{families[i % 50]};{givens[i // 50 % 50]};;;{'MF'[i % 2]};"
                f"{(first + datetime.timedelta(days=7 * i)).strftime('%d/%m/%Y')};MA;;PAYANT;"
                "NONE;;;"
                for i in range(n)]
        return self.write("big.csv", "\n".join([HEADER] + rows) + "\n")

    @staticmethod
    def errors(result):
        """The error lines, without the progress lines."""
        return [l for l in result.stderr.splitlines() if l.startswith("sijilctl: ")]

    def ipps_left(self):
        status = self.ctl("ipp", "status")
        self.assertExit(status, 0)
        return int(re.search(r"IPP disponibles : (\d+)", status.stdout).group(1))

    PROGRESS = re.compile(r"Import : (\d+)/(\d+) patient\(s\) écrit\(s\) \((\d+) %\)")
    CHECKED = re.compile(r"Recherche des patients déjà enregistrés : (\d+)/2500 \(\d+ %\)")


class PatientCommands(RegisterHelpers, test_sijilctl.CtlTestCase):
    def test_fhir_bundle_import(self):
        bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": self.bundle_patient("Alaoui", "Omar", "1961", id="p1", gender="male")},
            {"resource": self.bundle_coverage("Patient/p1", "X-99881")}]}
        self.assertExit(self.ctl("ipp", "add-block", "100", "199"), 0)
        result = self.ctl("patient", "import", self.write("b.json", json.dumps(bundle)))
        self.assertExit(result, 0)
        shown = json.loads(self.ctl("patient", "show", "p1").stdout)
        self.assertEqual(shown["coverage"]["subscriberId"], "X-99881")
        # The same bundle again: the patient is refused by its entry, not doubled.
        again = self.ctl("patient", "import", os.path.join(self.tmp, "b.json"))
        self.assertExit(again, 1)
        self.assertIn("0 patient(s) importé(s), 1 refusé(s)", again.stdout)
        self.assertIn("entrée 1 : Déjà importé depuis ce même fichier (ALAOUI Omar, IPP ",
                      again.stderr)
        # The same patient in another bundle: known by its id.
        other = self.ctl("patient", "import", self.write("c.json", json.dumps(bundle, indent=1)))
        self.assertExit(other, 1)
        self.assertIn("entrée 1 (id) : Ce patient est déjà enregistré sur ce poste", other.stderr)
        self.assertEqual(len(self.search("alaoui", "omar")), 1)

    @staticmethod
    def bundle_patient(family, given, birth, **more):
        patient = {"resourceType": "Patient", "gender": "female", "birthDate": birth,
                   "name": [{"family": family, "given": [given]}],
                   "extension": [{"url": "https://fhir.sante.gov.ma/StructureDefinition/"
                                         "accounting-category",
                                  "valueCoding": {"code": "PAYANT"}},
                                 {"url": "http://hl7.org/fhir/StructureDefinition/"
                                         "patient-nationality",
                                  "extension": [{"url": "code", "valueCodeableConcept": {
                                      "coding": [{"system": "urn:iso:std:iso:3166",
                                                  "code": "MA"}]}}]}]}
        patient.update(more)
        return patient

    @staticmethod
    def bundle_coverage(beneficiary, number):
        return {"resourceType": "Coverage", "status": "active",
                "beneficiary": {"reference": beneficiary},
                "subscriberId": number,
                "type": {"coding": [{"system": "https://fhir.sante.gov.ma/CodeSystem/"
                                               "coverage-regime",
                                     "code": "AMO-CNOPS"}]},
                "payor": [{"display": "CNOPS"}]}

    def coverage_of(self, *words):
        hits = self.search(*words)
        self.assertEqual(len(hits), 1, words)
        shown = json.loads(self.ctl("patient", "show", hits[0]["id"]).stdout)
        return shown.get("coverage", {}).get("subscriberId")

    def test_a_bundles_coverage_goes_to_the_patient_its_reference_names(self):
        # A transaction bundle names its resources by fullUrl (urn:uuid), without ids: the
        # Coverage of Alaoui used to go to every Patient without an id (Bennani too), and a
        # Patient with an id lost the Coverage that named it by its fullUrl.
        bundle = {"resourceType": "Bundle", "type": "transaction", "entry": [
            {"fullUrl": "urn:uuid:0b0c8e4a-1111-4a4a-9d9d-000000000001",
             "resource": self.bundle_patient("Alaoui", "Salma", "1971-02-03")},
            {"fullUrl": "urn:uuid:0b0c8e4a-1111-4a4a-9d9d-000000000002",
             "resource": self.bundle_patient("Bennani", "Houda", "1982-04-05")},
            {"fullUrl": "urn:uuid:0b0c8e4a-1111-4a4a-9d9d-000000000003",
             "resource": self.bundle_patient("Chraibi", "Nadia", "1990-06-07", id="p3")},
            {"fullUrl": "urn:uuid:0b0c8e4a-1111-4a4a-9d9d-000000000004",
             "resource": self.bundle_coverage("urn:uuid:0b0c8e4a-1111-4a4a-9d9d-000000000001",
                                              "CNOPS-777")},
            {"resource": self.bundle_coverage("urn:uuid:0b0c8e4a-1111-4a4a-9d9d-000000000003",
                                              "CNOPS-888")},
            {"resource": self.bundle_coverage("Patient/nobody", "CNOPS-999")},
            {"resource": self.bundle_coverage("", "CNOPS-000")}]}
        self.assertExit(self.ctl("ipp", "add-block", "100", "199"), 0)
        result = self.ctl("patient", "import", self.write("b.json", json.dumps(bundle)))
        self.assertExit(result, 1)
        self.assertIn("3 patient(s) importé(s), 2 refusé(s)", result.stdout)
        self.assertIn("entrée 6 (beneficiary) : Cette couverture (Coverage) désigne un "
                      "bénéficiaire « Patient/nobody » qui n'est aucun patient du fichier",
                      result.stderr)
        self.assertIn("entrée 7 (beneficiary)", result.stderr)
        self.assertEqual(self.coverage_of("alaoui", "salma"), "CNOPS-777")
        self.assertIsNone(self.coverage_of("bennani", "houda"))
        self.assertEqual(self.coverage_of("chraibi", "nadia"), "CNOPS-888")

    def test_a_bundle_holding_a_family_imports_the_dependants_with_their_insured(self):
        def dependant_coverage(beneficiary, subscriber):
            coverage = self.bundle_coverage(beneficiary, "")
            del coverage["subscriberId"]
            coverage["subscriber"] = {"reference": subscriber}
            coverage["relationship"] = {"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship",
                "code": "child"}]}
            return coverage
        urn = "urn:uuid:5c7e0a2e-2222-4b4b-8e8e-00000000000"
        bundle = {"resourceType": "Bundle", "type": "transaction", "entry": [
            # The dependants before their insured: the insured is written first all the same.
            {"resource": self.bundle_patient("Alaoui", "Yasmine", "2015-01-02", id="p2")},
            {"resource": dependant_coverage("Patient/p2", "Patient/p1")},
            {"resource": self.bundle_patient("Alaoui", "Omar", "1975-03-04", id="p1")},
            {"resource": self.bundle_coverage("Patient/p1", "CNOPS-111")},
            # A family named by fullUrl only.
            {"fullUrl": urn + "1", "resource": self.bundle_patient("Bennani", "Sara", "2012-05-06")},
            {"resource": dependant_coverage(urn + "1", urn + "2")},
            {"fullUrl": urn + "2", "resource": self.bundle_patient("Bennani", "Ali", "1970-07-08")},
            {"resource": self.bundle_coverage(urn + "2", "CNOPS-222")},
            # An insured neither in the file nor in the store.
            {"resource": self.bundle_patient("Chraibi", "Rim", "2016-09-10", id="p9")},
            {"resource": dependant_coverage("Patient/p9", "Patient/ghost")}]}
        self.assertExit(self.ctl("ipp", "add-block", "100", "199"), 0)
        result = self.ctl("patient", "import", self.write("b.json", json.dumps(bundle)))
        self.assertExit(result, 1)
        self.assertIn("4 patient(s) importé(s), 1 refusé(s)", result.stdout)
        self.assertIn("entrée 9 (insuredId) : L'assuré choisi est introuvable.", result.stderr)
        self.assertEqual(self.coverage_of("alaoui", "yasmine"), "CNOPS-111")
        self.assertEqual(self.coverage_of("bennani", "sara"), "CNOPS-222")
        sara = json.loads(self.ctl("patient", "show", self.search("bennani", "sara")[0]["id"])
                          .stdout)
        ali = self.search("bennani", "ali")[0]["id"]
        self.assertEqual(sara["coverage"]["subscriber"]["reference"], "Patient/" + ali)

    def test_a_dependant_whose_insured_is_left_out_as_registered_follows_the_patient_held(self):
        phone = [{"system": "phone", "value": "0661000000"}]
        first = {"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": self.bundle_patient("Alaoui", "Omar", "1975-03-04", id="p1",
                                             gender="male", telecom=phone)},
            {"resource": self.bundle_coverage("Patient/p1", "CNOPS-111")}]}
        self.assertExit(self.ctl("ipp", "add-block", "100", "199"), 0)
        self.assertExit(self.ctl("patient", "import", self.write("a.json", json.dumps(first))), 0)
        # Another export of the same register: the insured under another id, beyond doubt the
        # patient held (names, birth date, sex, phone), and his daughter, new here. She used to
        # be written as the dependant of an insured never written.
        coverage = self.bundle_coverage("Patient/p2", "")
        del coverage["subscriberId"]
        coverage["subscriber"] = {"reference": "Patient/q1"}
        coverage["relationship"] = {"coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship",
            "code": "child"}]}
        second = {"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": self.bundle_patient("Alaoui", "Yasmine", "2015-01-02", id="p2")},
            {"resource": coverage},
            {"resource": self.bundle_patient("Alaoui", "Omar", "1975-03-04", id="q1",
                                             gender="male", telecom=phone)},
            {"resource": self.bundle_coverage("Patient/q1", "CNOPS-111")}]}
        result = self.ctl("patient", "import", self.write("b.json", json.dumps(second)))
        self.assertExit(result, 1)
        self.assertIn("1 patient(s) importé(s), 1 refusé(s)", result.stdout)
        self.assertIn("entrée 3 : Ce patient est déjà enregistré (ALAOUI Omar", result.stderr)
        yasmine = json.loads(self.ctl("patient", "show", "p2").stdout)
        self.assertEqual(yasmine["coverage"]["subscriber"]["reference"], "Patient/p1")
        self.assertEqual(yasmine["coverage"]["subscriberId"], "CNOPS-111")
        self.assertExit(self.ctl("patient", "show", "q1"), 1)  # never written

    def test_warnings_are_said_by_line_with_the_patients_written_all_the_same(self):
        rows = [HEADER + ";document_expiry;commune",
                ROWS[0] + ";2020-01-31;",
                ROWS[2] + ";;Nulle Part",
                ROWS[1] + ";;"]
        self.assertExit(self.ctl("ipp", "add-block", "1", "999"), 0)
        result = self.ctl("patient", "import", self.write("w.csv", "\n".join(rows) + "\n"))
        self.assertExit(result, 0)  # warned of, not refused
        self.assertIn("3 patient(s) importé(s), 0 refusé(s).", result.stdout)
        self.assertIn("ligne 2 (document_expiry) : avertissement : Cette pièce a expiré le ",
                      result.stdout)
        self.assertIn("ligne 3 (commune) : avertissement : Cette commune ne figure pas dans la "
                      "liste de référence", result.stdout)
        self.assertNotIn("ligne 4", result.stdout)

    def test_a_bundle_says_an_unreadable_birth_date_and_the_entries_it_does_not_import(self):
        bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": self.bundle_patient("Alaoui", "Omar", "1961-13-45", id="p1")},
            {"resource": {"resourceType": "Observation", "status": "final"}},
            {"resource": self.bundle_patient("Bennani", "Sara", "1982-04-05", id="p2")},
            {"resource": {"resourceType": "Encounter", "status": "finished"}},
            {"resource": {"resourceType": "Observation", "status": "final"}}]}
        self.assertExit(self.ctl("ipp", "add-block", "100", "199"), 0)
        result = self.ctl("patient", "import", self.write("b.json", json.dumps(bundle)))
        self.assertExit(result, 1)
        self.assertIn("1 patient(s) importé(s), 1 refusé(s)", result.stdout)
        # It used to be refused as a birth date missing.
        self.assertIn("entrée 1 (birthDate) : Valeur illisible « 1961-13-45 ».", result.stderr)
        self.assertIn("3 entrée(s) ni Patient ni Coverage, non importée(s) : Encounter × 1, "
                      "Observation × 2.", result.stdout)

    def test_a_bundle_id_outside_fhir_syntax_is_refused(self):
        bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": self.bundle_patient("Alaoui", "Salma", "1971-02-03", id="a b/c")},
            {"resource": self.bundle_patient("Bennani", "Houda", "1982-04-05", id="ok-1.2")}]}
        self.assertExit(self.ctl("ipp", "add-block", "100", "199"), 0)
        result = self.ctl("patient", "import", self.write("b.json", json.dumps(bundle)))
        self.assertExit(result, 1)
        self.assertIn("1 patient(s) importé(s), 1 refusé(s)", result.stdout)
        self.assertIn("entrée 1 (id) : Identifiant de ressource « a b/c » invalide", result.stderr)

    def audit_log(self):
        import sqlite3
        with sqlite3.connect(os.path.join(self.data_dir, "sijil.db")) as db:
            return db.execute("SELECT action, subtype, patient_id, outcome, detail FROM "
                              "audit_log ORDER BY seq").fetchall()

    def test_the_audit_trail_names_the_patients_imported_and_read(self):
        self.assertExit(self.import_rows(ROWS), 0)
        ids = {p["id"] for p in self.search("idrissi")} | {p["id"] for p in self.search("tazi")}
        log = self.audit_log()
        # The batch's entry, written once it is, names each patient created.
        created = [e for e in log if e[0] == "C"]
        self.assertEqual(len(created), 1)
        self.assertEqual(created[0][:4], ("C", "import", "", 0))
        self.assertEqual(set(created[0][4].split("created:")[1].split(",")), ids)
        # The two searches above: each patient they showed.
        searched = [e[2] for e in log if e[:2] == ("R", "search")]
        self.assertEqual(sorted(searched), sorted(ids))
        tazi = self.search("tazi")[0]["id"]
        self.assertExit(self.ctl("patient", "show", tazi), 0)
        self.assertEqual(self.audit_log()[-1][:4], ("R", "read", tazi, 0))
        before = len(self.audit_log())
        pair = self.dedup_list()[0]
        self.assertEqual({e[2] for e in self.audit_log()[before:]}, {pair["a_id"], pair["b_id"]})
        before = len(self.audit_log())
        self.assertExit(self.ctl("dedup", "scan"), 0)
        self.assertEqual({e[1:3] for e in self.audit_log()[before:]},
                         {("search", pair["a_id"]), ("search", pair["b_id"])})

    def test_an_index_rebuild_after_an_upgrade_shows_its_progress(self):
        self.assertExit(self.import_rows(ROWS), 0)
        # As a migration leaves it after the indexing rules changed: rebuilt, old entries kept.
        with sqlite3.connect(os.path.join(self.data_dir, "sijil.db")) as db:
            db.execute("INSERT OR IGNORE INTO search_rebuild(id, after_rowid, keeps_entries) "
                       "VALUES (1, 0, 1)")
        result = self.ctl("patient", "search", "tazi", "--json")
        self.assertExit(result, 0)
        self.assertIn("Mise à jour de l'index de recherche des patients", result.stderr)
        self.assertRegex(result.stderr, r"Index de recherche : ([1-9]\d*)/\1 dossier\(s\)")
        self.assertEqual(len(json.loads(result.stdout)), 1)
        again = self.ctl("patient", "search", "tazi", "--json")
        self.assertNotIn("Index de recherche", again.stderr)  # done once

    def test_ctrl_c_stops_an_index_rebuild_and_the_next_command_goes_on(self):
        self.assertExit(self.import_rows(ROWS), 0)
        # 40000 more patients, unindexed (written straight into the store: quicker than an
        # import), then marked as a migration marks them: eight transactions of 5000.
        with sqlite3.connect(os.path.join(self.data_dir, "sijil.db")) as db:
            db.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) "
                "INSERT INTO resources(type, id, version_id, last_updated, local_state, "
                "patient_id, json, local_updated) SELECT r.type, 'copy-' || i, r.version_id, "
                "r.last_updated, r.local_state, 'copy-' || i, CAST(json_set(json_remove("
                "CAST(r.json AS TEXT), '$.identifier', '$.telecom'), '$.id', 'copy-' || i, "
                "'$.name[0].family', CASE i WHEN 40000 THEN 'Zerhouni' ELSE 'Copie' || i END) "
                "AS BLOB), r.local_updated "
                "FROM resources r, n WHERE r.type = 'Patient' AND "
                "json_extract(CAST(r.json AS TEXT), '$.name[0].family') = 'Tazi'")
            db.execute("INSERT OR IGNORE INTO search_rebuild(id, after_rowid, keeps_entries) "
                       "VALUES (1, 0, 1)")
            total = db.execute("SELECT count(*) FROM resources").fetchone()[0]
        progress = re.compile(r"Index de recherche : (\d+)/(\d+) dossier\(s\)")
        command = [test_sijilctl.SIJILCTL, "--data-dir", self.data_dir, "patient", "search",
                   "tazi", "--json"]
        with subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=self.env) as proc:
            first = proc.stderr.readline().decode("utf-8")
            self.assertIn("Mise à jour de l'index de recherche des patients", first)
            # After the first transaction, seven to go: Ctrl+C stops it at the end of one.
            self.assertEqual(progress.search(proc.stderr.readline().decode("utf-8")).groups(),
                             ("5000", str(total)))
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=120)
        out, err = out.decode("utf-8"), err.decode("utf-8")
        self.assertEqual(proc.returncode, 1, f"stdout: {out}\nstderr: {err}")
        self.assertIn("mise à jour de l'index de recherche interrompue : relancez la commande "
                      "pour la poursuivre.", err)
        self.assertEqual(out, "")  # the search did not run on a partial index
        with sqlite3.connect(os.path.join(self.data_dir, "sijil.db")) as db:
            done = db.execute("SELECT count(*) FROM resources WHERE rowid <= "
                              "(SELECT after_rowid FROM search_rebuild)").fetchone()[0]
        # Whole transactions, not all of them (the first alone when the signal arrived before the
        # rebuild asked whether to go on).
        self.assertIn(done, range(5000, total, 5000))
        # The next command goes on from there, not from the first patient, and then searches.
        result = self.ctl("patient", "search", "zerhouni", "--json")  # the last one
        self.assertExit(result, 0)
        shown = [progress.search(l).groups() for l in result.stderr.splitlines()
                 if progress.search(l)]
        self.assertEqual(shown[0], (str(min(done + 5000, total)), str(total)))
        self.assertEqual(shown[-1], (str(total), str(total)))
        self.assertEqual([p["name"] for p in json.loads(result.stdout)], ["ZERHOUNI Karim"])
        self.assertEqual(len(self.search("tazi")), 1)
        self.assertNotIn("Index de recherche", self.ctl("patient", "search", "tazi").stderr)

    def test_dedup_scan_reports_the_pair_once(self):
        self.assertExit(self.import_rows(ROWS), 0)
        result = self.ctl("dedup", "scan", "--json")
        self.assertExit(result, 0)
        pairs = json.loads(result.stdout)
        self.assertEqual(len(pairs), 1)
        self.assertIn(pairs[0]["class"], ("match", "possible"))

    def dedup_list(self):
        result = self.ctl("dedup", "list", "--json")
        self.assertExit(result, 0)
        return json.loads(result.stdout)

    def test_dedup_list_shows_the_pairs_the_import_queued(self):
        self.assertExit(self.import_rows(ROWS), 0)
        # The import already met the two spellings of El Idrissi: the pair waits for review.
        pairs = self.dedup_list()
        self.assertEqual(len(pairs), 1)
        idrissi = {p["ipp"] for p in self.search("idrissi", "1980")}
        self.assertEqual({pairs[0]["a"], pairs[0]["b"]}, idrissi)
        self.assertIn(pairs[0]["class"], ("match", "possible"))
        self.assertGreater(pairs[0]["score"], 0)
        # A scan finds the same pair: still one in the queue.
        self.assertExit(self.ctl("dedup", "scan"), 0)
        self.assertEqual(len(self.dedup_list()), 1)
        text = self.ctl("dedup", "list")
        self.assertExit(text, 0)
        self.assertIn("1 paire à examiner.", text.stdout)
        self.assertIn(pairs[0]["a"], text.stdout)

    def test_dedup_list_of_an_empty_queue(self):
        self.assertExit(self.ctl("ipp", "add-block", "1", "9"), 0)  # a store, with no patient
        self.assertEqual(self.dedup_list(), [])
        self.assertIn("0 paire à examiner.", self.ctl("dedup", "list").stdout)

    def test_checks_never_make_a_store(self):
        # A mistyped --data-dir: the checks used to make an empty store there and call it intact.
        for args in (["store", "check"], ["store", "stats"], ["audit", "verify"],
                     ["patient", "search", "alaoui"], ["dedup", "list"], ["sync", "log"]):
            self.assertError(self.ctl(*args), 1, "Aucune base locale")
        self.assertFalse(os.path.exists(os.path.join(self.data_dir, "sijil.db")))
        # An empty file is no store either: refused, and left empty (it used to become a fresh
        # store, found intact).
        os.makedirs(self.data_dir)
        open(os.path.join(self.data_dir, "sijil.db"), "wb").close()
        for args in (["store", "check"], ["store", "stats"], ["audit", "verify"],
                     ["audit", "export"], ["patient", "search", "alaoui"], ["dedup", "list"],
                     ["sync", "log"]):
            self.assertError(self.ctl(*args), 1, "ne contient aucune base Sijil", "vide")
            self.assertEqual(os.path.getsize(os.path.join(self.data_dir, "sijil.db")), 0)

    def old_store(self, rows=0):
        """A store as release 2 left it (rollback journal, schema 2), and its sha256."""
        import hashlib
        import sqlite3
        os.makedirs(self.data_dir, exist_ok=True)
        path = os.path.join(self.data_dir, "sijil.db")
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE schema_history (version INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            db.execute("CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT)")
            db.execute("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, detail TEXT)")
            db.executemany("INSERT INTO audit_log(detail) VALUES (?)",
                           [(chr(97 + i % 26) * 200,) for i in range(rows)])
            db.execute("PRAGMA user_version = 2")
        db.close()

        def digest():
            with open(path, "rb") as f:
                return hashlib.sha256(f.read()).hexdigest()
        return path, digest

    def test_checks_leave_an_older_store_as_it_was(self):
        path, digest = self.old_store(rows=3)
        before = digest()
        result = self.ctl("store", "check")
        self.assertExit(result, 0)
        self.assertIn("schéma 2, sera mis à niveau au prochain démarrage de Sijil", result.stdout)
        result = self.ctl("store", "stats")
        self.assertExit(result, 0)
        self.assertIn("Schéma : 2 (sera mis à niveau", result.stdout)
        self.assertRegex(result.stdout, r"audit_log\s+3")
        for args in (["audit", "verify"], ["audit", "export"], ["sync", "log"]):
            self.assertError(self.ctl(*args), 1, "schéma 2", "prochain démarrage de Sijil")
        self.assertEqual(digest(), before)
        self.assertFalse(os.path.exists(path + "-wal"))

    def test_a_command_that_converts_an_older_store_says_so_as_it_goes(self):
        self.old_store(rows=3)
        result = self.ctl("ipp", "add-block", "1", "999")
        self.assertExit(result, 0)
        self.assertIn("Vérification de toute la base locale avant sa conversion", result.stderr)
        steps = re.findall(r"Conversion de la base locale : étape (\d+) sur (\d+)", result.stderr)
        self.assertTrue(steps, result.stderr)
        count = int(steps[0][1])
        self.assertEqual(steps, [(str(i), str(count)) for i in range(1, count + 1)])
        # Converted once: the next command has nothing to say.
        result = self.ctl("ipp", "add-block", "1000", "1999")
        self.assertExit(result, 0)
        self.assertNotIn("Conversion de la base locale", result.stderr)

    def test_a_damaged_older_store_is_checked_without_being_written_to(self):
        path, digest = self.old_store(rows=200)
        import sqlite3
        with sqlite3.connect(path) as db:
            page = db.execute("PRAGMA page_size").fetchone()[0]
            root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'").fetchone()[0]
        db.close()
        with open(path, "r+b") as f:  # the audit log's root page, overwritten
            f.seek((root - 1) * page)
            f.write(b"\xff" * page)
        before = digest()
        self.assertError(self.ctl("store", "check"), 1, "endommagée", "Arrêtez Sijil")
        self.assertEqual(digest(), before)

    def test_a_store_whose_header_is_destroyed_says_what_to_do(self):
        self.assertExit(self.import_rows(ROWS), 0)
        path = os.path.join(self.data_dir, "sijil.db")
        import sqlite3
        with sqlite3.connect(path) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        with open(path, "r+b") as f:
            f.write(b"\x00" * 100)
        for args in (["store", "check"], ["store", "stats"], ["audit", "verify"]):
            self.assertError(self.ctl(*args), 1, "endommagée", "Arrêtez Sijil")

    def test_an_audit_log_deleted_whole_is_detected(self):
        self.assertExit(self.import_rows(ROWS), 0)
        self.assertIn("intact", self.ctl("audit", "verify").stdout)
        # Every entry and the head removed: nothing left to chain, but the imported patients
        # waiting to be sent were audited.
        import sqlite3
        with sqlite3.connect(os.path.join(self.data_dir, "sijil.db")) as db:
            db.execute("DELETE FROM audit_log")
        os.remove(os.path.join(self.data_dir, "audit.head"))
        self.assertError(self.ctl("audit", "verify"), 1, "altéré à l'entrée 1")
        # Without its key, the log is not checked against a new one (made up on the spot).
        os.remove(os.path.join(self.data_dir, "audit.key"))
        self.assertError(self.ctl("audit", "verify"), 1, "clé du journal d'audit est introuvable")
        self.assertFalse(os.path.exists(os.path.join(self.data_dir, "audit.key")))

    def test_a_damaged_store_says_what_to_do(self):
        self.assertExit(self.import_rows(ROWS), 0)
        path = os.path.join(self.data_dir, "sijil.db")
        import sqlite3
        with sqlite3.connect(path) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            page = db.execute("PRAGMA page_size").fetchone()[0]
            root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'outbox'").fetchone()[0]
        with open(path, "r+b") as f:  # the outbox's root page, overwritten
            f.seek((root - 1) * page)
            f.write(b"\xff" * page)
        result = self.ctl("store", "check")
        self.assertError(result, 1, "la base locale est endommagée", "Arrêtez Sijil",
                         "Détail technique (SQLite)")

    def test_ipp_blocks(self):
        self.assertExit(self.ctl("ipp", "add-block", "10", "20"), 0)
        self.assertError(self.ctl("ipp", "add-block", "15", "30"), 1, "chevauche")
        self.assertError(self.ctl("ipp", "add-block", "1", "1000000000"), 1, "trop grand")
        self.assertExit(self.ctl("ipp", "add-block", "x", "2"), 2)

    @staticmethod
    def ipp(number):
        digits = f"{number:09d}"
        p = 0
        for c in digits:  # ISO 7064 MOD 11-2, as registry::Ipp
            p = (p + int(c)) * 2 % 11
        r = (12 - p) % 11
        return digits + ("X" if r == 10 else str(r))

    def test_ipp_status_leaves_out_numbers_patients_hold_ahead_of_the_next(self):
        # Patients imported with their IPPs before the site's block was added (a migrated
        # register): the block will pass over their numbers, which are not left to hand out.
        rows = ["ipp;family_latin;given_latin;sex;birth_date;nationality;accounting_category;"
                "coverage_regime",
                f"{self.ipp(13)};Tazi;Karim;M;1975-03-12;MA;PAYANT;NONE",
                f"{self.ipp(17)};Bennani;Sara;F;1982-04-05;MA;PAYANT;NONE",
                f"{self.ipp(40)};Alaoui;Omar;M;1961-01-01;MA;PAYANT;NONE"]
        self.assertExit(self.ctl("patient", "import", self.write("p.csv", "\n".join(rows) + "\n")),
                        0)
        self.assertExit(self.ctl("ipp", "add-block", "10", "20"), 0)
        status = self.ctl("ipp", "status")
        self.assertExit(status, 0)
        self.assertIn("10..20  restants : 9", status.stdout)
        self.assertEqual(self.ipps_left(), 9)
        # What the import counts on too: 10 rows without an IPP are more than the 9 numbers left.
        more = [f"Famille{chr(65 + i)};Prenom;M;1970-01-{i + 1:02d};MA;PAYANT;NONE"
                for i in range(10)]
        result = self.ctl("patient", "import", self.write(
            "q.csv", "\n".join(["family_latin;given_latin;sex;birth_date;nationality;"
                                "accounting_category;coverage_regime"] + more) + "\n"))
        self.assertExit(result, 1)
        self.assertIn("demande 10 IPP et il n'en reste que 9", result.stderr)

    def test_communes_import(self):
        csv = self.write("c.csv", "code,name_fr,name_ar,province\n"
                                  "C1,Agdal Riyad,أكدال الرياض,MA-RAB\n")
        result = self.ctl("refdata", "import", "communes", csv)
        self.assertExit(result, 0)
        self.assertIn("1 commune importée.", result.stdout)  # French plural forms
        bad = self.write("d.csv", "C2,,x,MA-RAB\n")
        self.assertError(self.ctl("refdata", "import", "communes", bad), 1, "Ligne 1")
        # Column titles not starting with "code" are said to be a header, not a commune.
        header = self.write("h.csv", "commune;nom;nom_ar;province\rC3;Hay Riad;حي الرياض;MA-RAB\r")
        self.assertError(self.ctl("refdata", "import", "communes", header), 1,
                         "Ligne 1 : en-tête « commune » non reconnu")

    def test_usage(self):
        for args in (["patient"], ["patient", "frobnicate"], ["refdata", "import"], ["dedup"],
                     ["dedup", "frobnicate"], ["dedup", "list", "scan"], ["ipp"]):
            self.assertExit(self.ctl(*args), 2)
        self.assertExit(self.import_rows(ROWS), 0)
        self.assertError(self.ctl("patient", "search", "--jsn", "tazi"), 2, "usage")
        # --help after a command is help, not a file to import.
        for args in (["patient", "import", "--help"], ["audit", "verify", "-h"]):
            result = self.ctl(*args)
            self.assertExit(result, 0)
            self.assertIn("patient import", result.stdout)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: test_sijilctl_patient.py /path/to/sijilctl [unittest options]")
    test_sijilctl.SIJILCTL = sys.argv.pop(1)
    unittest.main()
