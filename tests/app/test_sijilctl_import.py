#!/usr/bin/env python3
"""sijilctl importing a CSV register, end to end on the real binary: progress, Ctrl+C and a crash,
chunks, IPPs counted first, rows repeated or refused by line, quotes and cells on several lines.

Usage: test_sijilctl_import.py /path/to/sijilctl [unittest options]
"""

import json
import os
import re
import signal
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_sijilctl  # noqa: E402  (the shared harness: isolated folders, no terminal)
from test_sijilctl_patient import HEADER, ROWS, RegisterHelpers  # noqa: E402


class CsvImport(RegisterHelpers, test_sijilctl.CtlTestCase):
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


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: test_sijilctl_import.py /path/to/sijilctl [unittest options]")
    test_sijilctl.SIJILCTL = sys.argv.pop(1)
    unittest.main()
