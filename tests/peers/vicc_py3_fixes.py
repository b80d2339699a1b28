#!/usr/bin/env python3
"""Makes a copy of Debian 12's python3-virtualsmartcard (vsmartcard 0.8) emulate an ICAO ePassport
under Python 3 (`vicc -t ePass`).

    vicc_py3_fixes.py <dir>    <dir> holds a copy of the `virtualsmartcard` package

The package as shipped still has Python 2 code on the ePass path: `import sha`, `raw_input`,
str/bytes mix-ups in the TLV and secure messaging code, and a send sequence counter that loses
its leading zero bytes. Each fix below replaces one exact piece of text; if a piece is not found
exactly once (another vsmartcard version), the script stops and says which, rather than patch
blindly. Running it twice is harmless. The emulator's protocol logic is left as it is: only what
Python 3 needs to run it as its authors meant.
"""
import pathlib
import sys

FIXES = []


def fix(name, old, new, why):
    FIXES.append((name, old, new, why))


fix("CryptoUtils.py",
    "    from Crypto.Cipher import DES3, DES, AES, ARC4  # @UnusedImport\n"
    "    from Crypto.Hash import HMAC, SHA as SHA1\n",
    "    from Cryptodome.Cipher import DES3, DES, AES, ARC4  # @UnusedImport\n"
    "    from Cryptodome.Hash import HMAC, SHA1\n",
    "Debian's python3-pycryptodome is the Cryptodome package, where SHA is SHA1")

fix("CardGenerator.py",
    '        MRZ = raw_input("Please enter the MRZ as one string: ")\n',
    '        MRZ = input("Please enter the MRZ as one string: ").strip().encode("ascii")\n',
    "raw_input is input in Python 3; the MRZ goes into DG1 as bytes")

fix("CardGenerator.py",
    '        picturepath = raw_input("Please enter the path to an image: ")\n',
    '        picturepath = input("Please enter the path to an image: ")\n',
    "raw_input is input in Python 3")

fix("CardGenerator.py",
    "        from PIL import Image\n        from virtualsmartcard.cards.ePass import PassportSAM\n",
    "        from virtualsmartcard.cards.ePass import PassportSAM\n",
    "PIL is needed only for a photo (DG2): imported where the photo is opened")

fix("CardGenerator.py",
    "        try:\n            im = Image.open(picturepath)\n",
    "        try:\n            from PIL import Image\n            im = Image.open(picturepath)\n",
    "without PIL, or without a photo, DG2 stays empty as the code intends")

fix("CardGenerator.py",
    "        except IOError:\n            logging.warning(\"Failed to open file: \" + picturepath)\n",
    "        except (IOError, ImportError, AttributeError):\n"
    "            logging.warning(\"Failed to open file: \" + picturepath)\n",
    "same; Debian 12's PIL (python3-pil) fails on the empty path with AttributeError")

fix("TLVutils.py",
    '    return b"".join(result)\n\n\ndef bertlv_pack',
    '    return result\n\n\ndef bertlv_pack',
    "pack() builds bytes already; joining them again fails on Python 3")

fix("CardGenerator.py",
    "        df = DF(parent=mf, fid=4, dfname='\\xa0\\x00\\x00\\x02G\\x10\\x01',\n",
    "        df = DF(parent=mf, fid=4, dfname=b'\\xa0\\x00\\x00\\x02G\\x10\\x01',\n",
    "the application's name is compared with the bytes of SELECT")

fix("CryptoUtils.py",
    "    result = []\n    for i in range(len(string1)):\n"
    "        result.append(chr(op(ord(string1[i]), ord(string2[i]))))\n"
    "    return \"\".join(result)\n",
    "    return bytes(op(a, b) for a, b in zip(string1, string2))\n",
    "K.IFD xor K.IC: bytes in, bytes out")

fix("CryptoUtils.py",
    "            data = inttostring(ssc) + data\n",
    "            data = inttostring(ssc, 8) + data\n",
    "the send sequence counter is 8 bytes; without the length a leading zero byte is lost")

fix("SEutils.py",
    '        structure = unpack(CAPDU.data)\n        return_data = ["", ]\n',
    '        structure = unpack(CAPDU.data)\n        return_data = [b"", ]\n',
    "the unprotected command data is bytes")

fix("SEutils.py",
    '        else:\n            to_authenticate = ""\n',
    '        else:\n            to_authenticate = b""\n',
    "the MAC input is bytes")

fix("SEutils.py",
    "                padding_indicator = stringtoint(value[0])\n",
    "                padding_indicator = stringtoint(value[:1])\n",
    "indexing bytes gives an int in Python 3; the padding indicator is the first byte")

fix("SEutils.py",
    '                   data="".join(return_data))\n',
    '                   data=b"".join(return_data))\n',
    "the unprotected command data is bytes")

fix("SEutils.py",
    '        return_data = ""\n        # if sw == SW["NORMAL"]:\n',
    '        return_data = b""\n        # if sw == SW["NORMAL"]:\n',
    "the protected response is bytes")

fix("SEutils.py",
    '        if result != "":  # Encrypt the data included in the RAPDU\n',
    '        if result:  # Encrypt the data included in the RAPDU\n',
    'b"" != "" is always true in Python 3: empty responses would carry an empty cryptogram')

fix("SEutils.py",
    '            encrypted = "\\x01" + encrypted\n',
    '            encrypted = b"\\x01" + encrypted\n',
    "the padding indicator byte is bytes")

# Not a Python 3 matter: EF.COM's tag list is written as the text "6175" under a length of 2,
# which makes EF.COM malformed BER (in Python 2 too). A passport lists DG1 and DG2 as the bytes
# 61 75.
fix("CardGenerator.py",
    '                    (0x5C, 2, b"6175")])\n',
    '                    (0x5C, 2, b"\\x61\\x75")])\n',
    "EF.COM's tag list as bytes")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = pathlib.Path(sys.argv[1])
    failed = []
    for name, old, new, why in FIXES:
        path = root / name
        text = path.read_text()
        if text.count(old) == 1:
            path.write_text(text.replace(old, new))
        elif old not in text and new in text:
            pass  # applied already
        else:
            failed.append(f"{name}: text to fix found {text.count(old)} times ({why})")
    if failed:
        sys.exit("vicc_py3_fixes: not the vsmartcard these fixes are for:\n  "
                 + "\n  ".join(failed))


if __name__ == "__main__":
    main()
