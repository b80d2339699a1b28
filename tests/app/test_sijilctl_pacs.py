#!/usr/bin/env python3
"""sijilctl pacs echo / find / store / get / move / qido / wado, end to end on the real binary:
usage and network errors without a PACS (classes PacsWithoutServer, WebWithoutServer), then C-ECHO
and C-FIND (class PacsOnOrthanc), C-STORE, C-GET and C-MOVE (class PacsRetrieveOnOrthanc: Sijil's
storage SCP listens on the port Orthanc's configuration gives Sijil's AE title,
ORTHANC_CALLING_PORT) and DICOMweb QIDO-RS and WADO-RS (class WebOnOrthanc) against Orthanc from
tests/peers (run under the orthanc fixture), loaded with pydicom's samples over its REST API.
The expected identifiers are read from the files with DCMTK's dcmdump (Debian dcmtk): the
interpreter running this may not be Debian's, which has pydicom.

Usage: test_sijilctl_pacs.py /path/to/sijilctl /path/to/pydicom/test_files [unittest options]
"""

import base64
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import sys
import time
import types
import unittest
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_sijilctl  # noqa: E402  (the shared harness: isolated folders, no terminal)

SAMPLES = None


def orthanc_env():
    path = os.environ.get("SIJIL_ORTHANC_ENV", "")
    values = {}
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                key, sep, value = line.rstrip("\n").partition("=")
                if sep:
                    values[key] = value
    return values


def read_tags(path):
    """The sample's identifiers, as dcmdump prints them, under pydicom's attribute names."""
    dcmdump = shutil.which("dcmdump")
    assert dcmdump, "dcmdump is missing: install dcmtk (.ci/install-deps test)"
    out = subprocess.run([dcmdump, "-q", path], capture_output=True, text=True, check=True,
                         timeout=30).stdout
    tags = {"PatientID": "0010,0020", "PatientName": "0010,0010",
            "StudyInstanceUID": "0020,000d", "StudyDate": "0008,0020", "Modality": "0008,0060"}
    values = {}
    for name, tag in tags.items():
        m = re.search(r"^\(" + tag + r"\) \w\w \[([^\]]*)\]", out, re.MULTILINE)
        assert m, f"no ({tag}) in {path}"
        values[name] = m.group(1).strip()
    return types.SimpleNamespace(**values)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PacsWithoutServer(test_sijilctl.CtlTestCase):
    def test_usage(self):
        for wrong in (["pacs"], ["pacs", "echo"], ["pacs", "echo", "--aet", "PACS"],
                      ["pacs", "echo", "--aet", "PACS", "--host", "127.0.0.1", "--port", "x"],
                      ["pacs", "echo", "--aet", "PACS", "--host", "127.0.0.1", "--port", "104",
                       "--modality", "CT"],
                      ["pacs", "find", "--aet", "PACS", "--host", "127.0.0.1", "--port", "104",
                       "--date", "2024-01-01"],
                      ["pacs", "move"],
                      ["pacs", "store", "--aet", "PACS", "--host", "127.0.0.1", "--port", "104"],
                      ["pacs", "get", "--aet", "PACS", "--host", "127.0.0.1", "--port", "104",
                       "--study", "1.2.3"],
                      ["pacs", "get", "--aet", "PACS", "--host", "127.0.0.1", "--port", "104",
                       "--study", "1.2.3", "--series", "1.2.3.4", "-o", "out"],
                      ["pacs", "move", "--aet", "PACS", "--host", "127.0.0.1", "--port", "104",
                       "--study", "1.2.3", "-o", "out"],
                      ["pacs", "move", "--aet", "PACS", "--host", "127.0.0.1", "--port", "104",
                       "--study", "1.2.3", "--dest", "SIJIL", "--listen", "11112"]):
            with self.subTest(args=wrong):
                r = self.ctl(*wrong, data_dir=False)
                self.assertError(r, 2, "usage : sijilctl pacs")

    def test_unreachable_port_fails_quickly(self):
        port = free_port()
        start = time.monotonic()
        r = self.ctl("pacs", "echo", "--aet", "PACS", "--host", "127.0.0.1", "--port",
                     str(port), data_dir=False)
        self.assertError(r, 1, "injoignable", str(port))
        self.assertLess(time.monotonic() - start, 10)

    def test_invalid_ae_title_is_refused_before_connecting(self):
        r = self.ctl("pacs", "echo", "--aet", "A" * 17, "--host", "127.0.0.1", "--port", "104",
                     data_dir=False)
        self.assertError(r, 1, "titre AE du PACS")


class PacsOnOrthanc(test_sijilctl.CtlTestCase):
    def setUp(self):
        super().setUp()
        self.pacs = orthanc_env()
        # Not a skip: outside the fixture this class cannot run, and says why.
        self.assertIn("ORTHANC_DICOM_PORT", self.pacs,
                      "SIJIL_ORTHANC_ENV names no Orthanc: run through ctest (fixture orthanc)")
        self.samples = {}
        for name in ("CT_small.dcm", "MR_small.dcm"):
            path = os.path.join(SAMPLES, name)
            self.upload(path)
            self.samples[name] = read_tags(path)

    def upload(self, path):
        with open(path, "rb") as f:
            body = f.read()
        token = base64.b64encode(
            f"{self.pacs['ORTHANC_USER']}:{self.pacs['ORTHANC_PASSWORD']}".encode()).decode()
        request = urllib.request.Request(
            self.pacs["ORTHANC_HTTP_URL"] + "/instances", data=body, method="POST",
            headers={"Authorization": "Basic " + token,
                     "Content-Type": "application/dicom"})
        with urllib.request.urlopen(request, timeout=30) as response:
            self.assertEqual(response.status, 200)

    def node(self, aet=None, calling=None):
        return ["--aet", aet or self.pacs["ORTHANC_AET"], "--host", self.pacs["ORTHANC_HOST"],
                "--port", self.pacs["ORTHANC_DICOM_PORT"],
                "--calling", calling or self.pacs["ORTHANC_CALLING_AET"]]

    def test_echo(self):
        r = self.ctl("pacs", "echo", *self.node(), data_dir=False)
        self.assertExit(r, 0)
        out = json.loads(r.stdout)
        self.assertTrue(out["ok"])
        self.assertEqual(out["aet"], self.pacs["ORTHANC_AET"])
        self.assertEqual(out["port"], int(self.pacs["ORTHANC_DICOM_PORT"]))

    def test_echo_refusals_name_the_wrong_title(self):
        r = self.ctl("pacs", "echo", *self.node(aet="WRONG_AET"), data_dir=False)
        self.assertError(r, 1, "« WRONG_AET »")
        r = self.ctl("pacs", "echo", *self.node(calling="STRANGER"), data_dir=False)
        self.assertError(r, 1, "titre AE de Sijil « STRANGER »")

    def test_find_by_patient_id(self):
        ct = self.samples["CT_small.dcm"]
        r = self.ctl("pacs", "find", *self.node(), "--patient-id", ct.PatientID, data_dir=False)
        self.assertExit(r, 0)
        out = json.loads(r.stdout)
        self.assertFalse(out["truncated"])
        self.assertEqual(len(out["studies"]), 1)
        study = out["studies"][0]
        self.assertEqual(study["studyInstanceUid"], ct.StudyInstanceUID)
        self.assertEqual(study["patientId"], ct.PatientID)
        self.assertEqual(study["patientName"], ct.PatientName)
        d = ct.StudyDate
        self.assertEqual(study["studyDate"], f"{d[:4]}-{d[4:6]}-{d[6:]}")
        self.assertEqual(study["modalities"], [ct.Modality])
        self.assertEqual((study["series"], study["instances"]), (1, 1))

    def test_find_by_modality_and_date(self):
        ct, mr = self.samples["CT_small.dcm"], self.samples["MR_small.dcm"]
        r = self.ctl("pacs", "find", *self.node(), "--modality", mr.Modality, data_dir=False)
        self.assertExit(r, 0)
        uids = {s["studyInstanceUid"] for s in json.loads(r.stdout)["studies"]}
        self.assertIn(mr.StudyInstanceUID, uids)
        self.assertNotIn(ct.StudyInstanceUID, uids)

        r = self.ctl("pacs", "find", *self.node(), "--date", f"{ct.StudyDate}-{ct.StudyDate}",
                     data_dir=False)
        self.assertExit(r, 0)
        uids = {s["studyInstanceUid"] for s in json.loads(r.stdout)["studies"]}
        self.assertIn(ct.StudyInstanceUID, uids)
        self.assertNotIn(mr.StudyInstanceUID, uids)

    def test_find_limit_says_the_answer_was_cut(self):
        r = self.ctl("pacs", "find", *self.node(), "--patient-id", "*", "--limit", "1",
                     data_dir=False)
        self.assertExit(r, 0)
        out = json.loads(r.stdout)
        self.assertEqual(len(out["studies"]), 1)
        self.assertTrue(out["truncated"])
        self.assertIn("précisez la recherche", r.stderr)


def dcmdump_value(path, tag):
    out = subprocess.run([shutil.which("dcmdump"), "-q", "-M", path], capture_output=True,
                         text=True, check=True, timeout=30).stdout
    m = re.search(r"^\(" + tag + r"\) \w\w [\[=]([^\]\s]*)", out, re.MULTILINE)
    return m.group(1) if m else None


class PacsRetrieveOnOrthanc(test_sijilctl.CtlTestCase):
    """One study of two instances (CT uncompressed, MR in RLE) with fresh UIDs, sent, got back
    with C-GET and with C-MOVE to sijilctl's own storage SCP."""

    node = PacsOnOrthanc.node  # the connection options, without PacsOnOrthanc's tests

    def setUp(self):
        super().setUp()
        self.pacs = orthanc_env()
        self.assertIn("ORTHANC_CALLING_PORT", self.pacs,
                      "SIJIL_ORTHANC_ENV names no Orthanc: run through ctest (fixture orthanc)")
        dcmodify = shutil.which("dcmodify")
        self.assertTrue(dcmodify, "dcmodify is missing: install dcmtk (.ci/install-deps test)")
        self.study = "2.25." + str(uuid.uuid4().int)
        self.files = []
        for name in ("CT_small.dcm", "MR_small_RLE.dcm"):
            copy = os.path.join(self.tmp, name)
            shutil.copyfile(os.path.join(SAMPLES, name), copy)
            subprocess.run([dcmodify, "-nb", "-m", f"StudyInstanceUID={self.study}", "-m",
                            f"PatientID=SIJILCTL-{self.study[-8:]}", "-gse", "-gin", copy],
                           check=True, capture_output=True, timeout=30)
            self.files.append(copy)
        self.uids = {dcmdump_value(f, "0008,0018"): f for f in self.files}
        self.assertEqual(len(self.uids), 2)

    def lookup(self, uid):
        token = base64.b64encode(
            f"{self.pacs['ORTHANC_USER']}:{self.pacs['ORTHANC_PASSWORD']}".encode()).decode()
        request = urllib.request.Request(
            self.pacs["ORTHANC_HTTP_URL"] + "/tools/lookup", data=uid.encode(), method="POST",
            headers={"Authorization": "Basic " + token})
        with urllib.request.urlopen(request, timeout=30) as response:
            return [hit["Type"] for hit in json.load(response)]

    def assertRetrieved(self, out, folder):
        self.assertEqual(out["completed"], 2)
        self.assertEqual(out["failed"], 0)
        self.assertEqual(out["status"], "0000")
        self.assertEqual(sorted(os.listdir(folder)), sorted(u + ".dcm" for u in self.uids))
        self.assertEqual(sorted(out["files"]),
                         sorted(os.path.join(folder, u + ".dcm") for u in self.uids))
        for uid, original in self.uids.items():
            got = os.path.join(folder, uid + ".dcm")
            self.assertEqual(dcmdump_value(got, "0008,0018"), uid)
            self.assertEqual(dcmdump_value(got, "0002,0010"),
                             dcmdump_value(original, "0002,0010"))

    def test_store_get_and_move(self):
        text = os.path.join(self.tmp, "notes.txt")
        with open(text, "w", encoding="utf-8") as f:
            f.write("not DICOM\n")
        r = self.ctl("pacs", "store", *self.node(), self.files[0], text, self.files[1],
                     data_dir=False)
        # One file could not be sent: exit 1, but the others went and the JSON says which.
        self.assertExit(r, 1)
        out = json.loads(r.stdout)
        self.assertEqual((out["stored"], out["failed"]), (2, 1))
        self.assertEqual([f["result"] for f in out["files"]], ["stored", "failed", "stored"])
        self.assertIn("n'est pas un fichier DICOM", out["files"][1]["error"])
        self.assertIn(text, r.stderr)
        for uid in self.uids:
            self.assertIn("Instance", self.lookup(uid))

        folder = os.path.join(self.tmp, "get")
        r = self.ctl("pacs", "get", *self.node(), "--study", self.study, "-o", folder,
                     data_dir=False)
        self.assertExit(r, 0)
        self.assertRetrieved(json.loads(r.stdout), folder)

        folder = os.path.join(self.tmp, "move")
        r = self.ctl("pacs", "move", *self.node(), "--study", self.study, "--dest",
                     self.pacs["ORTHANC_CALLING_AET"], "--listen",
                     self.pacs["ORTHANC_CALLING_PORT"], "-o", folder, data_dir=False)
        self.assertExit(r, 0)
        out = json.loads(r.stdout)
        self.assertEqual(out["destination"], self.pacs["ORTHANC_CALLING_AET"])
        self.assertRetrieved(out, folder)

    def test_move_to_an_unknown_destination(self):
        r = self.ctl("pacs", "move", *self.node(), "--study", self.study, "--dest", "NOBODY",
                     data_dir=False)
        self.assertError(r, 1, "« NOBODY »")

    def test_get_of_a_bad_uid_is_refused_before_connecting(self):
        r = self.ctl("pacs", "get", *self.node(), "--study", "1.2.x", "-o",
                     os.path.join(self.tmp, "never"), data_dir=False)
        self.assertError(r, 1, "UID")
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "never")))


class WebWithoutServer(test_sijilctl.CtlTestCase):
    def test_usage(self):
        for wrong in (["pacs", "qido"], ["pacs", "qido", "--url", "ftp://x/dicom-web"],
                      ["pacs", "qido", "--url", "http://127.0.0.1:1/d", "--password-stdin"],
                      ["pacs", "qido", "--url", "http://127.0.0.1:1/d", "--date", "2024-01-01"],
                      ["pacs", "qido", "--url", "http://127.0.0.1:1/d", "--study", "1.2"],
                      ["pacs", "wado", "--url", "http://127.0.0.1:1/d", "-o", "x"],
                      ["pacs", "wado", "--url", "http://127.0.0.1:1/d", "--study", "1.2"]):
            with self.subTest(args=wrong):
                r = self.ctl(*wrong, data_dir=False)
                self.assertError(r, 2, "usage : sijilctl pacs")

    def test_unreachable_port_fails_quickly(self):
        port = free_port()
        start = time.monotonic()
        r = self.ctl("pacs", "qido", "--url", f"http://127.0.0.1:{port}/dicom-web",
                     "--patient-id", "X", data_dir=False)
        self.assertError(r, 1, "injoignable", str(port))
        self.assertLess(time.monotonic() - start, 10)

    def test_user_without_password_and_without_terminal(self):
        r = self.ctl("pacs", "qido", "--url", "http://127.0.0.1:1/dicom-web", "--user", "u",
                     data_dir=False)
        self.assertError(r, 1, "--password-stdin")


class WebOnOrthanc(PacsOnOrthanc):
    # The DIMSE tests of the parent class are not run again here.
    test_echo = test_echo_refusals_name_the_wrong_title = test_find_by_patient_id = None
    test_find_by_modality_and_date = test_find_limit_says_the_answer_was_cut = None

    def web(self, *args, password=None):
        return self.ctl("pacs", *args[:1], "--url", self.pacs["ORTHANC_DICOMWEB_URL"],
                        "--user", self.pacs["ORTHANC_USER"], "--password-stdin", *args[1:],
                        password=self.pacs["ORTHANC_PASSWORD"] if password is None else password,
                        data_dir=False)

    def test_qido_by_patient_id(self):
        ct = self.samples["CT_small.dcm"]
        r = self.web("qido", "--patient-id", ct.PatientID)
        self.assertExit(r, 0)
        out = json.loads(r.stdout)
        self.assertEqual(out["pacs"]["url"], self.pacs["ORTHANC_DICOMWEB_URL"])
        self.assertFalse(out["truncated"])
        self.assertEqual([s["studyInstanceUid"] for s in out["studies"]], [ct.StudyInstanceUID])
        study = out["studies"][0]
        self.assertEqual(study["patientId"], ct.PatientID)
        self.assertEqual(study["studyDate"],
                         f"{ct.StudyDate[:4]}-{ct.StudyDate[4:6]}-{ct.StudyDate[6:]}")
        self.assertEqual(study["modalities"], [ct.Modality])
        self.assertEqual(study["instances"], 1)
        # The password never shows.
        self.assertNotIn(self.pacs["ORTHANC_PASSWORD"], r.stdout + r.stderr)

    def test_qido_by_modality_and_date(self):
        ct, mr = self.samples["CT_small.dcm"], self.samples["MR_small.dcm"]
        r = self.web("qido", "--modality", mr.Modality)
        self.assertExit(r, 0)
        uids = {s["studyInstanceUid"] for s in json.loads(r.stdout)["studies"]}
        self.assertIn(mr.StudyInstanceUID, uids)
        self.assertNotIn(ct.StudyInstanceUID, uids)
        r = self.web("qido", "--date", f"{ct.StudyDate}-{ct.StudyDate}")
        self.assertExit(r, 0)
        uids = {s["studyInstanceUid"] for s in json.loads(r.stdout)["studies"]}
        self.assertIn(ct.StudyInstanceUID, uids)
        self.assertNotIn(mr.StudyInstanceUID, uids)

    def test_wado_writes_the_study(self):
        ct = self.samples["CT_small.dcm"]
        with tempfile.TemporaryDirectory() as tmp:
            folder = os.path.join(tmp, "out")
            r = self.web("wado", "--study", ct.StudyInstanceUID, "-o", folder)
            self.assertExit(r, 0)
            out = json.loads(r.stdout)
            self.assertEqual(out["instances"], 1)
            self.assertEqual(os.listdir(folder), [os.path.basename(out["files"][0])])
            with open(out["files"][0], "rb") as got, \
                    open(os.path.join(SAMPLES, "CT_small.dcm"), "rb") as sent:
                self.assertEqual(hashlib.sha256(got.read()).hexdigest(),
                                 hashlib.sha256(sent.read()).hexdigest())
            self.assertEqual(out["bytes"], os.path.getsize(out["files"][0]))

    def test_wado_unknown_study(self):
        with tempfile.TemporaryDirectory() as tmp:
            r = self.web("wado", "--study", "1.2.3.4.5.6.7.8.9", "-o", tmp)
            self.assertError(r, 1, "ne connaît pas")
            self.assertEqual(os.listdir(tmp), [])

    def test_wrong_password(self):
        r = self.web("qido", "--patient-id", "X", password="wrong")
        self.assertError(r, 1, "mot de passe")

if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: test_sijilctl_pacs.py /path/to/sijilctl /path/to/test_files "
                 "[unittest options]")
    test_sijilctl.SIJILCTL = sys.argv.pop(1)
    SAMPLES = sys.argv.pop(1)
    unittest.main()
