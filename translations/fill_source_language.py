#!/usr/bin/env python3
"""Marks French, the source language, as translated: each unfinished message of sijil_fr.ts gets
its source text as translation (both plural forms for %n messages). A translator may still edit
the French wording in the .ts file; finished entries are never overwritten."""
import sys
import xml.etree.ElementTree as ET


def main(path: str) -> int:
    tree = ET.parse(path)
    changed = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            # French: singular (0 and 1), plural. The source writes "seconde(s)".
            for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
                form = ET.SubElement(translation, "numerusform")
                form.text = text
        else:
            translation.text = source
        del translation.attrib["type"]
        changed += 1
    if changed:
        ET.indent(tree, space="    ")
        with open(path, "wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
            out.write(b"\n")
    print(f"{path}: {changed} French message(s) filled from the source")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
