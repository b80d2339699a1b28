#!/usr/bin/env python3
"""sijilctl's trust store commands, end to end on the real binary: CSCA certificates (PEM, DER)
and an ICAO CSCA master list made at test time with the openssl command line, then listed.

Usage: test_sijilctl_trust.py /path/to/sijilctl [unittest options]
"""

import json
import os
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_sijilctl  # noqa: E402  (the shared harness: isolated folders, no terminal)

OPENSSL = shutil.which("openssl")


def der_tlv(tag, value):
    """One DER object: tag, definite length, value."""
    n = len(value)
    if n < 0x80:
        length = bytes([n])
    else:
        raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + length + value


class TrustCommands(test_sijilctl.CtlTestCase):
    def setUp(self):
        super().setUp()
        # Not a skip: without openssl the test cannot make its certificates, and says so.
        self.assertIsNotNone(OPENSSL, "the openssl command line is needed to make certificates")

    def openssl(self, *args):
        result = subprocess.run([OPENSSL, *args], capture_output=True, cwd=self.tmp, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr.decode("utf-8", "replace"))
        return result.stdout

    def path(self, name):
        return os.path.join(self.tmp, name)

    def make_ca(self, name, cn):
        self.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                     "-nodes", "-keyout", name + ".key", "-out", name + ".pem", "-days", "3650",
                     "-subj", f"/C=MA/O=Royaume du Maroc/CN={cn}",
                     "-addext", "basicConstraints=critical,CA:TRUE",
                     "-addext", "keyUsage=critical,keyCertSign,cRLSign")
        return self.path(name + ".pem")

    def make_leaf(self, name, cn, ca):
        self.openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                     "-nodes", "-keyout", name + ".key", "-out", name + ".csr",
                     "-subj", f"/C=MA/CN={cn}")
        with open(self.path(name + ".ext"), "w", encoding="ascii") as f:
            f.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n")
        self.openssl("x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey",
                     ca + ".key", "-CAcreateserial", "-days", "365", "-extfile", name + ".ext",
                     "-out", name + ".pem")
        return self.path(name + ".pem")

    def fingerprint(self, pem):
        out = self.openssl("x509", "-in", pem, "-noout", "-fingerprint", "-sha256").decode()
        return out.strip().split("=", 1)[1].replace(":", "").lower()

    def der_of(self, pem):
        return self.openssl("x509", "-in", pem, "-outform", "DER")

    def listed(self):
        result = self.ctl("trust", "list", "--json")
        self.assertExit(result, 0)
        return json.loads(result.stdout)

    def test_import_certificates_then_list(self):
        self.assertEqual(self.listed(), [])
        empty = self.ctl("trust", "list")
        self.assertExit(empty, 0)
        self.assertIn("Aucun certificat CSCA", empty.stdout)

        csca = self.make_ca("csca", "CSCA Maroc")
        result = self.ctl("trust", "import", csca)
        self.assertExit(result, 0)
        self.assertIn("Ajouté : CN=CSCA Maroc,O=Royaume du Maroc,C=MA", result.stdout)
        self.assertIn("Certificats CSCA ajoutés : 1 ; déjà présents : 0", result.stdout)

        # The same certificate in DER: already there, nothing added.
        with open(self.path("csca.der"), "wb") as f:
            f.write(self.der_of(csca))
        again = self.ctl("trust", "import", self.path("csca.der"))
        self.assertExit(again, 0)
        self.assertIn("Certificats CSCA ajoutés : 0 ; déjà présents : 1", again.stdout)

        fingerprint = self.fingerprint(csca)
        [entry] = self.listed()
        self.assertEqual(entry["subject"], "CN=CSCA Maroc,O=Royaume du Maroc,C=MA")
        self.assertEqual(entry["issuer"], entry["subject"])
        self.assertEqual(entry["country"], "MA")
        self.assertEqual(entry["fingerprint"], fingerprint)
        self.assertTrue(entry["notAfter"].startswith(("2036", "2037")), entry["notAfter"])
        # Kept under the data folder, one DER file per certificate.
        with open(os.path.join(self.data_dir, "csca", fingerprint + ".der"), "rb") as f:
            self.assertEqual(f.read(), self.der_of(csca))
        text = self.ctl("trust", "list")
        self.assertExit(text, 0)
        self.assertIn(fingerprint[:16], text.stdout)
        self.assertIn("CN=CSCA Maroc", text.stdout)

    def test_non_ca_certificate_is_refused(self):
        self.make_ca("csca", "CSCA Maroc")
        leaf = self.make_leaf("ds", "Document Signer", "csca")
        self.assertError(self.ctl("trust", "import", leaf), 1, "autorité de certification")
        self.assertEqual(self.listed(), [])

    def test_master_list(self):
        csca = self.make_ca("csca", "CSCA Maroc")
        other = self.make_ca("other", "CSCA Utopia")
        signer = self.make_leaf("mls", "Master List Signer", "csca")
        self.assertExit(self.ctl("trust", "import", csca), 0)
        # CscaMasterList ::= SEQUENCE { version INTEGER, certList SET OF Certificate }, signed
        # as a CMS SignedData with eContentType id-icao-cscaMasterList.
        certs = sorted([self.der_of(csca), self.der_of(other), self.der_of(signer)])
        content = der_tlv(0x30, der_tlv(0x02, b"\x00") + der_tlv(0x31, b"".join(certs)))
        with open(self.path("list.bin"), "wb") as f:
            f.write(content)
        self.openssl("cms", "-sign", "-in", "list.bin", "-binary", "-nodetach", "-nosmimecap",
                     "-econtent_type", "2.23.136.1.1.2", "-signer", "mls.pem", "-inkey", "mls.key",
                     "-outform", "DER", "-out", "list.ml")
        result = self.ctl("trust", "import", self.path("list.ml"))
        self.assertExit(result, 0)
        self.assertIn("Ajouté : CN=CSCA Utopia,O=Royaume du Maroc,C=MA", result.stdout)
        self.assertIn("Certificats CSCA ajoutés : 1 ; déjà présents : 1", result.stdout)
        self.assertIn("pas une autorité de certification) : 1", result.stdout)
        self.assertEqual(sorted(e["fingerprint"] for e in self.listed()),
                         sorted([self.fingerprint(csca), self.fingerprint(other)]))

        # The list's content altered after signing: refused, nothing added.
        with open(self.path("list.ml"), "rb") as f:
            signed = bytearray(f.read())
        at = signed.find(self.der_of(other)) + 100
        signed[at] ^= 0x01
        with open(self.path("bad.ml"), "wb") as f:
            f.write(bytes(signed))
        self.assertError(self.ctl("trust", "import", self.path("bad.ml")), 1, "liste maîtresse")
        self.assertEqual(len(self.listed()), 2)

    def test_unreadable_files_and_usage(self):
        with open(self.path("junk.txt"), "w", encoding="ascii") as f:
            f.write("not a certificate\n")
        self.assertError(self.ctl("trust", "import", self.path("junk.txt")), 1, "ni un certificat")
        self.assertError(self.ctl("trust", "import", self.path("missing.pem")), 1, "missing.pem")
        for args in (["trust"], ["trust", "import"], ["trust", "list", "--xml"],
                     ["trust", "frobnicate"]):
            self.assertExit(self.ctl(*args), 2)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: test_sijilctl_trust.py /path/to/sijilctl [unittest options]")
    test_sijilctl.SIJILCTL = sys.argv.pop(1)
    unittest.main()
