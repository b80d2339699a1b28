#!/usr/bin/env python3
"""sijilctl's ID document commands, end to end on the real binary: `mrz check` on the ICAO 9303
specimens and on broken copies of them, `card readers` with no PC/SC service, and (class
CardOnEmulator, run under the card_emulator fixture) `card readers` and `card read` against
vsmartcard's ePassport emulator behind our own pcscd.

Usage: test_sijilctl_card.py /path/to/sijilctl [unittest options, e.g. a class name]
"""

import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_sijilctl  # noqa: E402  (the shared harness: isolated folders, no terminal)

# ICAO 9303 part 4 and part 5 specimens (Anna Maria Eriksson of Utopia).
TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TD3_OLD = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
           "L898902C<3UTO6908061F9406236ZE184226B<<<<<14"]
TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<",
       "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]


def changed(lines, line, position, char):
    copy = list(lines)
    copy[line] = copy[line][:position] + char + copy[line][position + 1:]
    return copy


class MrzCheck(test_sijilctl.CtlTestCase):
    def check(self, lines, *extra):
        return self.ctl("mrz", "check", "\n".join(lines), *extra, data_dir=False)

    def test_specimens_are_valid_and_their_fields_printed(self):
        r = self.check(TD3, "--json")
        self.assertExit(r, 0)
        fields = json.loads(r.stdout)
        self.assertEqual(fields["valid"], True)
        self.assertEqual(fields["format"], "TD3")
        self.assertEqual(fields["documentNumber"], "L898902C3")
        self.assertEqual(fields["familyName"], "ERIKSSON")
        self.assertEqual(fields["givenNames"], "ANNA MARIA")
        self.assertEqual(fields["birthDate"], "1974-08-12")
        self.assertEqual(fields["expiryDate"], "2012-04-15")
        self.assertEqual(fields["sex"], "female")

        r = self.check(TD1, "--json")
        self.assertExit(r, 0)
        fields = json.loads(r.stdout)
        self.assertEqual((fields["format"], fields["documentCode"], fields["documentNumber"]),
                         ("TD1", "I", "D23145890"))

        # One argument per line works as well; the plain output names the fields.
        r = self.ctl("mrz", "check", *TD3_OLD, data_dir=False)
        self.assertExit(r, 0)
        self.assertIn("MRZ valide (TD3)", r.stdout)
        self.assertIn("birthDate: 1969-08-06", r.stdout)
        self.assertEqual(r.stderr, "")

    def test_each_broken_check_digit_is_named(self):
        cases = [
            # (zone, error code, fragment of the French message)
            (changed(TD3, 1, 9, "7"), "identity/mrz-check-document-number", "numéro de document"),
            (changed(TD3, 1, 13, "8"), "identity/mrz-check-birth-date", "date de naissance"),
            (changed(TD3, 1, 21, "5"), "identity/mrz-check-expiry", "date d'expiration"),
            (changed(TD3, 1, 42, "2"), "identity/mrz-check-optional-data", "numéro personnel"),
            (changed(TD3, 1, 43, "9"), "identity/mrz-check-composite", "chiffre de contrôle final"),
            (changed(TD1, 1, 6, "3"), "identity/mrz-check-birth-date", "date de naissance"),
            (changed(TD1, 1, 29, "5"), "identity/mrz-check-composite", "chiffre de contrôle final"),
            (changed(TD1, 0, 6, "!"), "identity/mrz-bad-character", "Caractère « ! »"),
            ([TD3[0], TD3[1][:-1]], "identity/mrz-format", "compte 43 caractères au lieu de 44"),
        ]
        for zone, code, fragment in cases:
            with self.subTest(code=code, zone=zone):
                plain = self.check(zone)
                self.assertError(plain, 1, fragment)
                r = self.check(zone, "--json")
                self.assertExit(r, 1)
                verdict = json.loads(r.stdout)
                self.assertEqual(verdict["valid"], False)
                self.assertEqual(verdict["error"], code)
                self.assertIn(fragment, verdict["message"])

    def test_usage(self):
        for args in (["mrz"], ["mrz", "check"], ["mrz", "verify", "x"], ["card"],
                     ["card", "read"], ["card", "read", "--reader", "x"],
                     ["card", "readers", "--xml"]):
            with self.subTest(args=args):
                self.assertExit(self.ctl(*args, data_dir=False), 2)
        # A zone that is not one is refused before any reader is touched.
        r = self.ctl("card", "read", "--mrz", "\n".join(changed(TD3, 1, 13, "8")),
                     data_dir=False)
        self.assertError(r, 2, "date de naissance")


class CardReadersWithoutService(test_sijilctl.CtlTestCase):
    def test_no_pcscd_is_a_clear_message(self):
        # A socket nobody listens on: what a workstation without pcscd looks like.
        env = {"PCSCLITE_CSOCK_NAME": os.path.join(self.tmp, "no-pcscd.comm")}
        for args in (["card", "readers"], ["card", "readers", "--json"],
                     ["card", "read", "--mrz", "\n".join(TD3)]):
            with self.subTest(args=args):
                r = self.ctl(*args, env=env)
                self.assertError(r, 1, "pcscd")
                self.assertNotIn("Traceback", r.stderr)


def emulator_env():
    path = os.environ.get("SIJIL_CARD_EMULATOR_ENV", "")
    values = {}
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                key, sep, value = line.rstrip("\n").partition("=")
                if sep:
                    values[key] = value
    return values


class CardOnEmulator(test_sijilctl.CtlTestCase):
    def setUp(self):
        super().setUp()
        self.card = emulator_env()
        # Not a skip: outside the fixture this class cannot run, and says why.
        self.assertIn("PCSCLITE_CSOCK_NAME", self.card,
                      "SIJIL_CARD_EMULATOR_ENV names no emulator: run through ctest "
                      "(fixture card_emulator)")
        self.env["PCSCLITE_CSOCK_NAME"] = self.card["PCSCLITE_CSOCK_NAME"]

    def test_readers_lists_the_virtual_reader_with_its_card(self):
        r = self.ctl("card", "readers", "--json")
        self.assertExit(r, 0)
        readers = {x["name"]: x for x in json.loads(r.stdout)}
        reader = readers[self.card["CARD_READER"]]
        self.assertTrue(reader["cardPresent"])
        self.assertTrue(reader["atr"].startswith("3b"), reader["atr"])
        plain = self.ctl("card", "readers")
        self.assertExit(plain, 0)
        self.assertIn(self.card["CARD_READER"] + "  carte présente", plain.stdout)

    def test_read_prints_the_chip_and_refuses_what_it_cannot_verify(self):
        mrz = self.card["CARD_MRZ"]
        zone = mrz[:44] + "\n" + mrz[44:]
        r = self.ctl("card", "read", "--mrz", zone, "--reader", self.card["CARD_READER"])
        # The emulated chip carries no EF.SOD: its data are printed, and refused by the status.
        self.assertExit(r, 1)
        chip = json.loads(r.stdout)
        self.assertEqual(chip["reader"], self.card["CARD_READER"])
        self.assertEqual(chip["mrzText"], mrz)
        self.assertIn(1, chip["dataGroups"])
        self.assertEqual(chip["dg1"]["documentNumber"], "L898902C")
        self.assertEqual(chip["dg1"]["familyName"], "ERIKSSON")
        self.assertEqual(chip["passiveAuthentication"]["outcome"], "not-verifiable")

        # Another document's zone: the chip refuses the key, and the message says so.
        refused = self.ctl("card", "read", "--mrz", "\n".join(TD3))
        self.assertExit(refused, 1)
        self.assertEqual(refused.stdout, "")
        self.assertTrue(refused.stderr.startswith("sijilctl: "), refused.stderr)


class CardOnPaceEmulator(test_sijilctl.CtlTestCase):
    """`card read --can` against the PACE chip simulator (fixture card_emulator_pace), which
    holds a CNIE-like document: DG1, DG2, DG11 (Arabic name, place of birth, address) and DG12
    (issuer, date of issue), under an EF.SOD signed by the CSCA it wrote to CARD_TRUST_DIR."""

    def setUp(self):
        super().setUp()
        self.card = emulator_env()
        self.assertIn("CARD_CAN", self.card,
                      "SIJIL_CARD_EMULATOR_ENV names no PACE emulator: run through ctest "
                      "(fixture card_emulator_pace)")
        self.env["PCSCLITE_CSOCK_NAME"] = self.card["PCSCLITE_CSOCK_NAME"]

    def test_read_with_the_can_prints_every_group_verified(self):
        # Before the CSCA is trusted: a valid signature under an unknown CSCA, said so, and
        # accepted (only altered data are refused).
        unknown = self.ctl("card", "read", "--can", self.card["CARD_CAN"])
        self.assertExit(unknown, 0)
        self.assertEqual(json.loads(unknown.stdout)["passiveAuthentication"]["outcome"],
                         "csca-unknown")
        trust = self.card["CARD_TRUST_DIR"]
        for name in sorted(os.listdir(trust)):
            self.assertExit(self.ctl("trust", "import", os.path.join(trust, name)), 0)

        r = self.ctl("card", "read", "--can", self.card["CARD_CAN"])
        self.assertExit(r, 0)
        chip = json.loads(r.stdout)
        self.assertEqual(chip["dataGroups"], [1, 2, 11, 12])
        self.assertEqual(chip["passiveAuthentication"]["outcome"], "verified")
        self.assertEqual(chip["dg11"]["familyName"], "إريكسون")
        self.assertEqual(chip["dg11"]["placeOfBirth"], "الرباط, المغرب")
        self.assertEqual(chip["dg12"]["issuingAuthority"], "DGSN, RABAT")
        self.assertEqual(chip["dg12"]["dateOfIssue"], "2010-04-15")
        self.assertEqual(chip["photo"]["format"], "jpeg")

        wrong = self.ctl("card", "read", "--can", "000000")
        self.assertExit(wrong, 1)
        self.assertEqual(wrong.stdout, "")
        self.assertIn("CAN", wrong.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: test_sijilctl_card.py /path/to/sijilctl [unittest options]")
    test_sijilctl.SIJILCTL = sys.argv.pop(1)
    unittest.main()
