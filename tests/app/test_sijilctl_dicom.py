#!/usr/bin/env python3
"""sijilctl dicom info / render, end to end on the real binary with pydicom's sample files
(Debian python3-pydicom).

Usage: test_sijilctl_dicom.py /path/to/sijilctl /path/to/pydicom/test_files [unittest options]
"""

import json
import os
import struct
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_sijilctl  # noqa: E402  (the shared harness: isolated folders, no terminal)

SAMPLES = None


def png_header(path):
    """(width, height, bit depth, colour type) from a PNG's IHDR chunk."""
    with open(path, "rb") as f:
        data = f.read(33)
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">IIBB", data[16:26])


class DicomCommands(test_sijilctl.CtlTestCase):
    def sample(self, name):
        path = os.path.join(SAMPLES, name)
        self.assertTrue(os.path.exists(path), f"{path} is missing: install python3-pydicom")
        return path

    def test_info(self):
        r = self.ctl("dicom", "info", self.sample("CT_small.dcm"))
        self.assertEqual(r.returncode, 0, r.stderr)
        tags = json.loads(r.stdout)
        self.assertEqual(tags["modality"], "CT")
        self.assertEqual((tags["rows"], tags["columns"], tags["frames"]), (128, 128, 1))
        self.assertEqual(tags["photometricInterpretation"], "MONOCHROME2")
        self.assertEqual(tags["rescaleIntercept"], -1024)
        self.assertEqual(len(tags["pixelSpacing"]), 2)
        self.assertTrue(tags["sopInstanceUid"].startswith("1."))
        self.assertIsInstance(tags["windows"], list)

    def test_info_of_a_folder(self):
        folder = os.path.join(self.tmp, "cd", "sub")
        os.makedirs(folder)
        for name in ("CT_small.dcm", "MR_small.dcm"):
            with open(self.sample(name), "rb") as src, \
                    open(os.path.join(folder, name), "wb") as dst:
                dst.write(src.read())
        with open(os.path.join(folder, "notes.txt"), "w") as f:
            f.write("not DICOM")
        r = self.ctl("dicom", "info", os.path.dirname(folder))
        self.assertEqual(r.returncode, 0, r.stderr)
        catalog = json.loads(r.stdout)
        self.assertEqual(catalog["instances"], 2)
        modalities = sorted(series["modality"] for patient in catalog["patients"]
                            for study in patient["studies"] for series in study["series"])
        self.assertEqual(modalities, ["CT", "MR"])
        self.assertEqual([(os.path.basename(s["path"]), s["code"]) for s in catalog["skipped"]],
                         [("notes.txt", "imaging/not-dicom")])
        # The same folder as a ZIP archive: unpacked aside and removed when done.
        import zipfile
        archive = os.path.join(self.tmp, "study.zip")
        with zipfile.ZipFile(archive, "w") as z:
            for name in ("CT_small.dcm", "MR_small.dcm"):
                z.write(os.path.join(folder, name), "DICOM/" + name)
        r = self.ctl("dicom", "info", archive)
        self.assertEqual(r.returncode, 0, r.stderr)
        catalog = json.loads(r.stdout)
        self.assertEqual(catalog["instances"], 2)
        unpacked = [i["path"] for p in catalog["patients"] for s in p["studies"]
                    for se in s["series"] for i in se["instances"]]
        self.assertTrue(all(not os.path.exists(p) for p in unpacked), unpacked)
        empty = os.path.join(self.tmp, "empty")
        os.makedirs(empty)
        r = self.ctl("dicom", "info", empty)
        self.assertEqual(r.returncode, 1)
        self.assertIn("Aucun fichier DICOM", r.stderr)

    def test_render(self):
        out = os.path.join(self.tmp, "ct.png")
        r = self.ctl("dicom", "render", self.sample("CT_small.dcm"), "--wl", "40,400",
                     "--invert", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(png_header(out), (128, 128, 8, 0))  # 8-bit grey
        out = os.path.join(self.tmp, "rgb.png")
        r = self.ctl("dicom", "render", self.sample("SC_rgb_rle_2frame.dcm"), "--frame", "2",
                     "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(png_header(out)[2:], (8, 2))  # 8-bit RGB
        out = os.path.join(self.tmp, "j2k.png")
        r = self.ctl("dicom", "render", self.sample("JPEG2000.dcm"), "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(png_header(out), (256, 1024, 8, 0))  # JPEG 2000, 8-bit grey

    def test_refusals(self):
        out = os.path.join(self.tmp, "x.png")
        # JPEG 2000 whose codestream holds values its header cannot mean: refused, no file.
        r = self.ctl("dicom", "render", self.sample("J2K_pixelrep_mismatch.dcm"), "-o", out)
        self.assertEqual(r.returncode, 1)
        self.assertIn("endommagé", r.stderr)
        self.assertFalse(os.path.exists(out))
        r = self.ctl("dicom", "info", self.sample("test-SR.dcm"))
        self.assertEqual(r.returncode, 1)
        self.assertIn("ne contient pas d'image", r.stderr)
        r = self.ctl("dicom", "render", self.sample("SC_rgb_rle_2frame.dcm"), "--frame", "3",
                     "-o", out)
        self.assertEqual(r.returncode, 1)
        self.assertIn("en contient 2", r.stderr)
        r = self.ctl("dicom", "info", os.path.join(self.tmp, "absent.dcm"))
        self.assertEqual(r.returncode, 1)
        for wrong in (["dicom"], ["dicom", "render", self.sample("CT_small.dcm")],
                      ["dicom", "render", self.sample("CT_small.dcm"), "--wl", "40", "-o", out]):
            r = self.ctl(*wrong)
            self.assertEqual(r.returncode, 2, wrong)
            self.assertIn("usage", r.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: test_sijilctl_dicom.py /path/to/sijilctl /path/to/test_files "
                 "[unittest options]")
    test_sijilctl.SIJILCTL = sys.argv.pop(1)
    SAMPLES = sys.argv.pop(1)
    unittest.main()
