#!/usr/bin/env python3
"""sijilctl's registry commands, end to end on the real binary: identifier blocks, importing a
register (CSV and FHIR bundle) with its progress and Ctrl+C, search, show, communes, the duplicate scan and the review queue.

Usage: test_sijilctl_patient.py /path/to/sijilctl [unittest options]
"""

import datetime
import json
import os
import re
import signal
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


class PatientCommands(test_sijilctl.CtlTestCase):
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

    def test_import_progress_one_line_per_tenth_when_not_a_terminal(self):
        self.assertExit(self.ctl("ipp", "add-block", "1", "9999"), 0)
        result = self.ctl("patient", "import", self.big_register())
        self.assertExit(result, 0)
        self.assertIn("2500 patient(s) importé(s), 0 refusé(s)", result.stdout)
        lines = [l for l in result.stderr.splitlines() if self.PROGRESS.search(l)]
        # Written 500 per transaction: a report after each, every one a new tenth.
        self.assertEqual([self.PROGRESS.search(l).groups() for l in lines],
                         [(str(d), "2500", str(d // 25)) for d in (500, 1000, 1500, 2000, 2500)])
        # Before anything is written, the comparison with the register shows its progress too,
        # a line per tenth.
        checks = [l for l in result.stderr.splitlines() if self.CHECKED.search(l)]
        done = [int(self.CHECKED.search(l).group(1)) for l in checks]
        self.assertEqual(done, [100, 300, 500, 800, 1000, 1300, 1500, 1800, 2000, 2300, 2500])
        self.assertLess(result.stderr.index(checks[-1]), result.stderr.index(lines[0]))
        self.assertNotIn("\r", result.stderr)

    def test_import_progress_rewrites_one_line_on_a_terminal(self):
        self.assertExit(self.ctl("ipp", "add-block", "1", "9999"), 0)
        master, slave = os.openpty()
        command = [test_sijilctl.SIJILCTL, "--data-dir", self.data_dir, "patient", "import",
                   self.big_register(1200)]
        with subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=slave, env=self.env) as proc:
            os.close(slave)
            chunks = []
            while True:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            out = proc.stdout.read().decode("utf-8")
            self.assertEqual(proc.wait(timeout=120), 0)
        os.close(master)
        err = b"".join(chunks).decode("utf-8")
        self.assertIn("1200 patient(s) importé(s)", out)
        updates = err.split("\r")
        self.assertEqual([self.PROGRESS.search(u).group(1) for u in updates if
                          self.PROGRESS.search(u)], ["500", "1000", "1200"])
        self.assertTrue(err.endswith("\n"), repr(err[-40:]))  # the line is ended once
        self.assertEqual(err.count("\n"), 1, repr(err))

    def test_ctrl_c_stops_the_import_between_transactions(self):
        self.assertExit(self.ctl("ipp", "add-block", "1", "9999"), 0)
        command = [test_sijilctl.SIJILCTL, "--data-dir", self.data_dir, "patient", "import",
                   self.big_register()]
        with subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=self.env) as proc:
            first = proc.stderr.readline().decode("utf-8")
            while self.CHECKED.search(first):  # the comparison with the register comes first
                first = proc.stderr.readline().decode("utf-8")
            self.assertRegex(first, self.PROGRESS)  # after the first transaction
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=120)
        out, err = out.decode("utf-8"), err.decode("utf-8")
        self.assertEqual(proc.returncode, 130, f"stdout: {out}\nstderr: {err}")
        imported = int(re.search(r"(\d+) patient\(s\) importé\(s\)", out).group(1))
        self.assertIn(imported, (500, 1000, 1500, 2000))  # whole transactions only
        self.assertIn(f"import interrompu (Ctrl+C) : les {imported} patient(s)", err)
        # What was written is whole and usable; the rest drew no IPP.
        self.assertEqual(self.ipps_left(), 9999 - imported)
        stats = self.ctl("store", "stats")
        self.assertExit(stats, 0)
        rows = dict(re.findall(r"^\s+(\w+)\s+(\d+)$", stats.stdout, re.M))
        self.assertEqual(int(rows["resources"]), imported)  # a Patient each, no Coverage
        self.assertEqual(int(rows["search_docs"]), imported)
        self.assertEqual(int(rows["search_rebuild"]), 0)
        self.assertExit(self.ctl("store", "check"), 0)

    def test_an_import_killed_and_run_again_writes_each_row_once(self):
        # Killed outright (a power cut) after its first transaction: run again on the same file,
        # the import skips the rows written and writes the others, under the ids they were
        # given; these patients (names and a birth date) are never certain matches, and used
        # to be written twice.
        self.assertExit(self.ctl("ipp", "add-block", "1", "9999"), 0)
        path = self.big_register()
        command = [test_sijilctl.SIJILCTL, "--data-dir", self.data_dir, "patient", "import", path]
        with subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=self.env) as proc:
            first = proc.stderr.readline().decode("utf-8")
            while self.CHECKED.search(first):
                first = proc.stderr.readline().decode("utf-8")
            self.assertRegex(first, self.PROGRESS)
            proc.kill()
            proc.communicate(timeout=120)
        again = self.ctl("patient", "import", path)
        self.assertExit(again, 1)
        written = int(re.search(r"(\d+) patient\(s\) importé\(s\), (\d+) refusé", again.stdout)
                      .group(2))
        self.assertGreaterEqual(written, 500)
        self.assertIn("ligne 2 : Déjà importé depuis ce même fichier (FAMILLEAA PrenomAA, IPP ",
                      again.stderr)
        self.assertIn(f"{2500 - written} patient(s) importé(s), {written} refusé(s).",
                      again.stdout)
        stats = self.ctl("store", "stats")
        rows = dict(re.findall(r"^\s+(\w+)\s+(\d+)$", stats.stdout, re.M))
        self.assertEqual(int(rows["resources"]), 2500)
        # A third run writes nothing.
        third = self.ctl("patient", "import", path)
        self.assertIn("0 patient(s) importé(s), 2500 refusé(s).", third.stdout)

    def test_a_csv_register_is_read_checked_and_written_a_chunk_at_a_time(self):
        # Chunks of 1000 records (10000 unless a test asks): the first chunk is written before
        # the rows of the second are compared with the register; the whole file was held at
        # once before, every row compared before the first was written.
        self.assertExit(self.ctl("ipp", "add-block", "1", "9999"), 0)
        path = self.big_register()
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        # Line 2 again at the end, byte for byte, two chunks after it.
        with open(path, "a", encoding="utf-8") as f:
            f.write(lines[1] + "\n")
        chunked = {"SIJIL_IMPORT_CHUNK_RECORDS": "1000"}
        result = self.ctl("patient", "import", path, env=chunked)
        self.assertExit(result, 1)
        self.assertIn("2500 patient(s) importé(s), 1 refusé(s).", result.stdout)
        self.assertIn("ligne 2502 : Ligne identique à la ligne 2 : elle n'a pas été importée "
                      "deux fois.", result.stderr)
        err = result.stderr.splitlines()
        written = [n for n, l in enumerate(err) if self.PROGRESS.search(l)]
        checked = {int(re.search(r"déjà enregistrés : (\d+)/", l).group(1)): n
                   for n, l in enumerate(err) if "déjà enregistrés" in l}
        self.assertLess(written[0], checked[max(checked)], result.stderr)
        self.assertGreater(max(checked), 1000)
        self.assertLess(written[0], max(n for c, n in checked.items() if c > 1000))
        self.assertEqual(self.ipps_left(), 9999 - 2500)
        # Run again, the journal knows each chunk's rows.
        again = self.ctl("patient", "import", path, env=chunked)
        self.assertIn("0 patient(s) importé(s), 2501 refusé(s).", again.stdout)
        self.assertIn("ligne 2000 : Déjà importé depuis ce même fichier", again.stderr)

    def test_too_few_ipps_for_a_file_of_several_chunks_imports_nothing(self):
        self.assertExit(self.ctl("ipp", "add-block", "1", "2400"), 0)
        result = self.ctl("patient", "import", self.big_register(),
                          env={"SIJIL_IMPORT_CHUNK_RECORDS": "1000"})
        self.assertExit(result, 1)
        self.assertIn("demande 2500 IPP et il n'en reste que 2400", result.stderr)
        self.assertEqual(self.ipps_left(), 2400)

    def test_an_import_stopped_and_run_again_needs_ipps_for_the_rest_only(self):
        # Exactly one IPP a row: stopped after its first transaction, run again, the import
        # needs numbers for the rows not written only; it used to ask for the whole file's.
        self.assertExit(self.ctl("ipp", "add-block", "1", "2500"), 0)
        path = self.big_register()
        chunked = dict(self.env, SIJIL_IMPORT_CHUNK_RECORDS="1000")
        command = [test_sijilctl.SIJILCTL, "--data-dir", self.data_dir, "patient", "import", path]
        with subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=chunked) as proc:
            first = proc.stderr.readline().decode("utf-8")
            while self.CHECKED.search(first):
                first = proc.stderr.readline().decode("utf-8")
            self.assertRegex(first, self.PROGRESS)
            proc.send_signal(signal.SIGINT)
            out, _ = proc.communicate(timeout=120)
        imported = int(re.search(r"(\d+) patient\(s\) importé\(s\)", out.decode("utf-8"))
                       .group(1))
        self.assertLess(imported, 2500)
        self.assertEqual(self.ipps_left(), 2500 - imported)
        again = self.ctl("patient", "import", path, env={"SIJIL_IMPORT_CHUNK_RECORDS": "1000"})
        self.assertIn(f"{2500 - imported} patient(s) importé(s), {imported} refusé(s).",
                      again.stdout, again.stderr)
        self.assertEqual(self.ipps_left(), 0)

    def test_a_bundle_too_large_to_read_whole_is_refused_saying_the_limit(self):
        path = os.path.join(self.tmp, "huge.json")
        with open(path, "wb") as f:
            f.truncate(65 * 1024 * 1024)  # sparse: the size is what is refused
        self.assertExit(self.ctl("ipp", "add-block", "1", "99"), 0)
        result = self.ctl("patient", "import", path)
        self.assertExit(result, 1)
        self.assertIn("Ce Bundle FHIR fait 65 Mo : un Bundle est lu entier en mémoire, 64 Mo au "
                      "plus.", result.stderr)

    def test_a_row_written_twice_in_the_file_is_imported_once(self):
        # A name and a birth year only: never a certain match, yet the same bytes twice are one
        # patient pasted twice.
        result = self.import_rows([ROWS[1], ROWS[1]])
        self.assertExit(result, 1)
        self.assertIn("1 patient(s) importé(s), 1 refusé(s).", result.stdout)
        self.assertIn("ligne 3 : Ligne identique à la ligne 2 : elle n'a pas été importée deux "
                      "fois.", result.stderr)
        self.assertEqual(len(self.search("elidrissi")), 1)

    def test_no_block_no_import(self):
        result = self.ctl("patient", "import", self.write("p.csv", HEADER + "\n" + ROWS[0] + "\n"))
        self.assertExit(result, 1)
        self.assertIn("nouvelle plage", result.stderr)

    def test_too_few_ipps_imports_nothing(self):
        # 3 rows, 2 numbers left: the import is refused whole (it used to keep what fitted and
        # say nothing of it, and a second run then doubled those patients).
        result = self.import_rows(ROWS, block=(1, 2))
        self.assertExit(result, 1)
        self.assertIn("demande 3 IPP et il n'en reste que 2", result.stderr)
        self.assertEqual(self.search("idrissi"), [])
        self.assertEqual(self.ipps_left(), 2)

    def test_the_same_file_twice_is_refused_row_by_row_naming_the_patient_held(self):
        first = self.import_rows(ROWS)
        self.assertExit(first, 0)
        ipps = {p["name"]: p["ipp"] for p in self.search("tazi")}
        # The same rows in another file (another export of the same register).
        again = self.ctl("patient", "import",
                         self.write("p2.csv", "\n".join([HEADER] + ROWS) + "\n\n"))
        self.assertExit(again, 1)
        # Rows 2 and 4 match the patients held beyond doubt (a document, a phone). Row 3 gives a
        # name and a birth year only: namesakes born the same year may be two people, so it is
        # written and queued for a person to judge.
        self.assertIn("1 patient(s) importé(s), 2 refusé(s).", again.stdout)
        self.assertIn("ligne 2 : Ce patient est déjà enregistré (EL IDRISSI Fatima, IPP ",
                      again.stderr)
        self.assertIn(f"ligne 4 : Ce patient est déjà enregistré (TAZI Karim, IPP "
                      f"{ipps['TAZI Karim']}) : il n'a pas été créé une seconde fois.",
                      again.stderr)
        self.assertNotIn("ligne 3", again.stderr)
        self.assertIn("2 doublons possibles mis en file d'examen", again.stdout)
        self.assertEqual(self.ipps_left(), 995)  # one more IPP drawn, for row 3 only
        self.assertEqual(len(self.search("tazi")), 1)
        # The same file again: every row was imported from it already.
        same = self.ctl("patient", "import", os.path.join(self.tmp, "p.csv"))
        self.assertExit(same, 1)
        self.assertIn("0 patient(s) importé(s), 3 refusé(s).", same.stdout)
        self.assertIn("ligne 3 : Déjà importé depuis ce même fichier (ELIDRISSI Fatema, IPP ",
                      same.stderr)
        self.assertEqual(self.ipps_left(), 995)

    def test_a_row_repeated_in_the_file_is_refused_naming_the_first(self):
        rows = ROWS + ["TAZI;Karim;;;M;12/03/1975;MA;0661000000;PAYANT;NONE;;;"]
        result = self.import_rows(rows)
        self.assertExit(result, 1)
        self.assertIn("3 patient(s) importé(s), 1 refusé(s).", result.stdout)
        self.assertIn("ligne 5 : Ce patient figure déjà plus haut dans le fichier (TAZI Karim, "
                      "né(e) le 12/03/1975) : il n'a pas été créé deux fois. Première occurrence "
                      ": ligne 4.", result.stderr)
        self.assertEqual(len(self.search("tazi")), 1)

    def test_a_patient_repeated_in_a_later_chunk_is_refused_naming_the_first(self):
        # Chunks of 3 records: line 5 is read after line 4 was written, and is the same patient
        # written otherwise; it is repeated in the file, not a patient the register held before.
        rows = ROWS + ["TAZI;Karim;;;M;12/03/1975;MA;0661000000;PAYANT;NONE;;;"]
        self.assertExit(self.ctl("ipp", "add-block", "1", "999"), 0)
        result = self.ctl("patient", "import",
                          self.write("p.csv", "\n".join([HEADER] + rows) + "\n"),
                          env={"SIJIL_IMPORT_CHUNK_RECORDS": "3"})
        self.assertExit(result, 1)
        self.assertIn("3 patient(s) importé(s), 1 refusé(s).", result.stdout)
        self.assertIn("ligne 5 : Ce patient figure déjà plus haut dans le fichier (TAZI Karim, "
                      "né(e) le 12/03/1975) : il n'a pas été créé deux fois. Première occurrence "
                      ": ligne 4.", result.stderr)
        # A patient the register held before this file is still said to be registered.
        again = self.ctl("patient", "import",
                         self.write("q.csv", "\n".join([HEADER] + rows[3:]) + "\n"))
        self.assertIn("ligne 2 : Ce patient est déjà enregistré (TAZI Karim, IPP ", again.stderr)
        self.assertEqual(len(self.search("tazi")), 1)

    def test_keep_duplicates_writes_them_and_says_how_many_are_queued(self):
        self.assertExit(self.import_rows(ROWS), 0)
        again = self.ctl("patient", "import",
                         self.write("p2.csv", "\n".join([HEADER] + ROWS) + "\n\n"),
                         "--keep-duplicates")
        self.assertExit(again, 0)
        self.assertIn("3 patient(s) importé(s), 0 refusé(s).", again.stdout)
        found = re.search(r"(\d+) doublons? possibles? mis en file d'examen : voyez "
                          r"« sijilctl dedup list »", again.stdout)
        self.assertIsNotNone(found, again.stdout)
        self.assertGreaterEqual(int(found.group(1)), 3)  # each row with its first import
        self.assertEqual(len(self.search("tazi")), 2)
        misplaced = self.ctl("patient", "import", "--keep-duplicates")
        self.assertExit(misplaced, 2)
        self.assertIn("[--keep-duplicates]", misplaced.stderr)

    def test_import_then_search_by_every_key(self):
        result = self.import_rows(ROWS)
        self.assertExit(result, 0)
        self.assertIn("3 patient(s) importé(s), 0 refusé(s)", result.stdout)
        self.assertEqual([p["name"] for p in self.search("BE123456")],
                         ["EL IDRISSI Fatima / الإدريسي فاطمة"])
        self.assertEqual(len(self.search("06", "12", "34", "56", "78")), 1)
        self.assertEqual(len(self.search("الادريسي")), 2)  # Latin-only spellings too
        self.assertEqual(len(self.search("idrissi", "1980")), 2)  # both spellings
        self.assertEqual(self.search("tazi")[0]["phone"], "+212661000000")
        ipp = self.search("tazi")[0]["ipp"]
        shown = self.ctl("patient", "show", ipp)
        self.assertExit(shown, 0)
        patient = json.loads(shown.stdout)["patient"]
        self.assertEqual(patient["resourceType"], "Patient")
        self.assertIn({"system": "https://fhir.sante.gov.ma/sid/ipp", "value": ipp},
                      [{k: i[k] for k in ("system", "value")} for i in patient["identifier"]])
        status = self.ctl("ipp", "status")
        self.assertIn("IPP disponibles : 996", status.stdout)

    def test_bad_rows_are_reported_by_line_and_the_rest_imported(self):
        rows = list(ROWS)
        rows[2] = rows[2].replace("0661000000", "12")
        result = self.import_rows(rows)
        self.assertExit(result, 1)
        self.assertIn("2 patient(s) importé(s), 1 refusé(s)", result.stdout)
        self.assertIn("ligne 4 (phone) : Numéro de téléphone invalide", result.stderr)
        # A refusal names the file's column, not the registry's field.
        rows[2] = ROWS[2].replace("PAYANT", "")
        result = self.ctl("patient", "import", self.write("r.csv", "\n".join([HEADER] + rows) + "\n"))
        self.assertIn("ligne 4 (accounting_category) :", result.stderr)

    def test_an_unreadable_value_refuses_its_row_only_naming_line_and_column(self):
        rows = list(ROWS)
        rows[1] = rows[1].replace(";1980;", ";31/02/1980;")
        rows[2] = rows[2].replace(";M;", ";Z;")
        result = self.import_rows(rows)
        self.assertExit(result, 1)
        self.assertIn("1 patient(s) importé(s), 2 refusé(s).", result.stdout)
        self.assertEqual(self.errors(result), [
            "sijilctl: ligne 3 (birth_date) : Valeur illisible « 31/02/1980 ».",
            "sijilctl: ligne 4 (sex) : Valeur illisible « Z »."])
        self.assertEqual([p["name"] for p in self.search("idrissi")],
                         ["EL IDRISSI Fatima / الإدريسي فاطمة"])

    def test_a_cell_on_several_lines_is_one_value_and_later_lines_keep_their_numbers(self):
        header = ("family_latin;given_latin;sex;birth_date;nationality;address;"
                  "accounting_category;coverage_regime")
        text = "\n".join([
            header,
            'Tazi;Karim;M;12/03/1975;MA;"12 rue Atlas\r\nQuartier Hassan\n";PAYANT;NONE',
            'Alaoui;Saida;F;1961;MA;"Bloc ""A"", appt 3";PAYANT;NONE',
            "Bennani;Omar;M;1962-02-30;MA;;PAYANT;NONE",
        ]) + "\n"
        self.assertExit(self.ctl("ipp", "add-block", "1", "99"), 0)
        result = self.ctl("patient", "import", self.write("m.csv", text))
        self.assertExit(result, 1)
        self.assertIn("2 patient(s) importé(s), 1 refusé(s).", result.stdout)
        # The fourth record begins on line 6: the address took two lines.
        self.assertEqual(self.errors(result),
                         ["sijilctl: ligne 6 (birth_date) : Valeur illisible « 1962-02-30 »."])
        shown = self.ctl("patient", "show", self.search("tazi")[0]["ipp"])
        self.assertExit(shown, 0)
        self.assertEqual(json.loads(shown.stdout)["patient"]["address"][0]["line"],
                         ["12 rue Atlas, Quartier Hassan"])
        shown = self.ctl("patient", "show", self.search("alaoui")[0]["ipp"])
        self.assertEqual(json.loads(shown.stdout)["patient"]["address"][0]["line"],
                         ['Bloc "A", appt 3'])

    def test_a_stray_quote_never_swallows_the_rows_after_it(self):
        header = ("family_latin;given_latin;sex;birth_date;nationality;accounting_category;"
                  "coverage_regime;address")
        text = "\n".join([
            header,
            "Alaoui;Saida;F;1961;MA;PAYANT;NONE;Derb Omar",
            'Bennani;Omar;M;1962;MA;PAYANT;NONE;"Hay Riad',
            "Chraibi;Nadia;F;03/03/1970;MA;PAYANT;NONE;Derb Sultan",
            'El Fassi;Ali;M;1960;MA;PAYANT;NONE;"Rue 2, Fes"',
        ]) + "\n"
        self.assertExit(self.ctl("ipp", "add-block", "1", "99"), 0)
        result = self.ctl("patient", "import", self.write("s.csv", text))
        self.assertError(result, 1, "Ligne 3 : guillemet non fermé.")
        self.assertEqual(self.search("alaoui"), [])  # nothing written from a broken file

    def test_a_cell_on_two_lines_may_hold_the_separator_but_not_swallow_a_row(self):
        header = ("family_latin,given_latin,sex,birth_date,nationality,accounting_category,"
                  "coverage_regime,address")
        text = "\n".join([
            header,
            'Alaoui,Saida,F,1961,MA,PAYANT,NONE,"12 rue X\nRés. Al Amal, Imm 4"',
            "Tazi,Karim,M,1975,MA,PAYANT,NONE,Derb Omar",
        ]) + "\n"
        self.assertExit(self.ctl("ipp", "add-block", "1", "99"), 0)
        result = self.ctl("patient", "import", self.write("c.csv", text))
        self.assertExit(result, 0)
        self.assertIn("2 patient(s) importé(s), 0 refusé(s).", result.stdout)
        swallowed = "\n".join([
            header,
            'Bennani,Omar,M,1962,MA,PAYANT,NONE,"Dar Salam',
            '"Chraibi",Nadia,F,1970,MA,PAYANT,NONE,Derb Sultan',
        ]) + "\n"
        result = self.ctl("patient", "import", self.write("d.csv", swallowed))
        self.assertError(result, 1, "Ligne 2 : guillemet non fermé.")

    def test_refusals_of_the_reader_and_of_the_registry_come_in_line_order(self):
        self.assertExit(self.import_rows(ROWS[2:]), 0)  # Tazi is held
        header = ("family_latin;given_latin;sex;birth_date;nationality;phone;"
                  "accounting_category;coverage_regime")
        text = "\n".join([
            header,
            "Tazi;Karim;M;12/03/1975;MA;0661000000;PAYANT;NONE",  # line 2: held
            "Alaoui;Saida;F;31/02/1961;MA;;PAYANT;NONE",          # line 3: no such date
            'Alaoui;"Mohamed\nAmine";M;1990;MA;;PAYANT;NONE',     # lines 4-5: one given name
            "Bennani;Omar;M;1962;XX;;PAYANT;NONE",                # line 6: no such country
        ]) + "\n"
        result = self.ctl("patient", "import", self.write("o.csv", text))
        self.assertExit(result, 1)
        self.assertIn("1 patient(s) importé(s), 3 refusé(s).", result.stdout)
        lines = self.errors(result)
        self.assertEqual([re.match(r"sijilctl: ligne (\d+)", l).group(1) for l in lines],
                         ["2", "3", "6"], lines)
        self.assertEqual([p["name"] for p in self.search("alaoui")], ["ALAOUI Mohamed Amine"])

    def test_a_quote_never_closed_refuses_the_file_naming_where_it_opens(self):
        text = "\n".join([HEADER, ROWS[0], 'Tazi;"Karim;;;M;1975;MA;;PAYANT;NONE;;;', ROWS[1]])
        self.assertExit(self.ctl("ipp", "add-block", "1", "99"), 0)
        result = self.ctl("patient", "import", self.write("q.csv", text + "\n"))
        self.assertError(result, 1, "Ligne 3 : guillemet non fermé.")
        self.assertEqual(self.search("idrissi"), [])

    def test_unknown_column_is_refused(self):
        self.assertExit(self.ctl("ipp", "add-block", "1", "9"), 0)
        result = self.ctl("patient", "import", self.write("p.csv", "nom;prenom\nA;B\n"))
        self.assertError(result, 1, "colonne inconnue « nom »", "Colonnes connues : accounting_category, ")

    def test_a_column_named_twice_is_refused(self):
        self.assertExit(self.ctl("ipp", "add-block", "1", "9"), 0)
        result = self.ctl("patient", "import",
                          self.write("p.csv", HEADER + ";phone\n" + ROWS[2] + ";0661999999\n"))
        self.assertError(result, 1, "Ligne 1 : la colonne « phone » figure deux fois")
        self.assertEqual(self.search("tazi"), [])

    def test_empty_columns_after_the_last_are_ignored(self):
        # A spreadsheet's export with two unnamed columns after the last; a document expiry
        # written as the birth dates are.
        header = HEADER + ";document_expiry;;"
        rows = [ROWS[0] + ";31/12/2030;;", ROWS[2] + ";;;", ROWS[2] + ";;x;"]
        self.assertExit(self.ctl("ipp", "add-block", "1", "9"), 0)
        result = self.ctl("patient", "import", self.write("p.csv", "\n".join([header] + rows)))
        self.assertExit(result, 1)
        self.assertIn("2 patient(s) importé(s), 1 refusé(s).", result.stdout)
        self.assertIn("ligne 4 : 16 valeurs au lieu de 14", result.stderr)
        shown = json.loads(self.ctl("patient", "show", self.search("idrissi")[0]["id"]).stdout)
        self.assertIn("2030-12-31", json.dumps(shown))

    def test_spreadsheet_leftovers_are_not_rows(self):
        # Empty rows as a spreadsheet saves them (separators only), and a row one value short.
        result = self.import_rows(ROWS + [";" * 12, "Tazi;;;"])
        self.assertExit(result, 1)
        self.assertEqual(self.errors(result),
                         ["sijilctl: ligne 6 : 4 valeurs au lieu de 13 (une par colonne de "
                          "l'en-tête)."])
        self.assertIn("3 patient(s) importé(s), 1 refusé(s).", result.stdout)
        other = "Alaoui;Saida;;;F;1961;MA;;PAYANT;NONE;;;"
        result = self.ctl("patient", "import",
                          self.write("q.csv", "\n".join([HEADER, other, ";" * 12]) + "\n"))
        self.assertExit(result, 0)
        self.assertIn("1 patient(s) importé(s), 0 refusé(s)", result.stdout)

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
