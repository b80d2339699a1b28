#!/usr/bin/env python3
"""Writes ma_subdivisions.json (Morocco's 12 regions and 75 prefectures and provinces: ISO 3166-2
code, kind, parent region, names in French, Arabic and English) at build time.

Codes, kinds, parents and French names come from Debian's iso-codes (iso_3166-2.json), with the
few corrections of --fixes; the Arabic names come from the committed --arabic file. The build fails
when a code lacks its Arabic name, when the Arabic file names a code iso-codes does not have, or
when iso-codes no longer holds what a correction expects.
"""
import argparse
import json
import os
import re
import sys
import tempfile

KINDS = {"Region": "region", "Prefecture": "prefecture", "Province": "province"}
# The Arabic official name opens with the kind of the subdivision.
ARABIC_PREFIX = {"region": "جهة ", "prefecture": "عمالة ", "province": "إقليم "}
# iso-codes marks subdivisions lying wholly or partly in Western Sahara; the marks are not names.
SUFFIX = re.compile(r"\s*\((EH|EH-partial)\)\s*$")


def write_atomically(path, data):
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    os.replace(tmp, path)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    data.pop("$comment", None)
    return data


def apply_fix(entry, field, fix, code, errors):
    if entry[field] == fix["from"]:
        entry[field] = fix["to"]
    elif entry[field] != fix["to"]:
        errors.append(f"{code}: iso-codes has {field} '{entry[field]}', the correction expects "
                      f"'{fix['from']}' (or '{fix['to']}' once fixed upstream)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iso-json", required=True, help="iso_3166-2.json from iso-codes")
    parser.add_argument("--arabic", required=True, help="Arabic names keyed by ISO code")
    parser.add_argument("--fixes", required=True, help="corrections to iso-codes")
    parser.add_argument("--output", required=True)
    args = parser.parse_args()

    with open(args.iso_json, encoding="utf-8") as f:
        iso = [e for e in json.load(f)["3166-2"] if e["code"].startswith("MA-")]
    arabic = load_json(args.arabic)
    fixes = load_json(args.fixes)
    errors = []

    subdivisions = []
    for e in iso:
        code = e["code"]
        kind = KINDS.get(e["type"])
        if kind is None:
            errors.append(f"{code}: unknown subdivision type '{e['type']}'")
            continue
        entry = {
            "code": code,
            "kind": kind,
            "parent": f"MA-{e['parent']}" if e.get("parent") else "",
            "name_fr": SUFFIX.sub("", e["name"]),
        }
        if code in fixes.get("parent", {}):
            apply_fix(entry, "parent", fixes["parent"][code], code, errors)
        if code in fixes.get("name_fr", {}):
            apply_fix(entry, "name_fr", fixes["name_fr"][code], code, errors)
        name_ar = arabic.get(code, "").strip()
        if not name_ar:
            errors.append(f"{code} ({entry['name_fr']}): no Arabic name in "
                          f"{os.path.basename(args.arabic)}")
        elif not name_ar.startswith(ARABIC_PREFIX[kind]):
            errors.append(f"{code}: the Arabic name of a {kind} opens with "
                          f"'{ARABIC_PREFIX[kind].strip()}'")
        subdivisions.append({
            "code": code,
            "kind": kind,
            "parent": entry["parent"],
            # ISO's romanised name is also the English one.
            "name": {"fr": entry["name_fr"], "ar": name_ar, "en": entry["name_fr"]},
        })

    codes = {s["code"] for s in subdivisions}
    regions = {s["code"] for s in subdivisions if s["kind"] == "region"}
    for code in sorted(set(arabic) - codes):
        errors.append(f"{code}: Arabic name for a code iso-codes does not have")
    for fixed in ("parent", "name_fr"):
        for code in sorted(set(fixes.get(fixed, {})) - codes):
            errors.append(f"{code}: correction for a code iso-codes does not have")
    for s in subdivisions:
        if s["kind"] == "region" and s["parent"]:
            errors.append(f"{s['code']}: a region has no parent")
        if s["kind"] != "region" and s["parent"] not in regions:
            errors.append(f"{s['code']}: parent '{s['parent']}' is not a region")

    if errors:
        for err in errors:
            print(f"gen_ma_subdivisions: error: {err}", file=sys.stderr)
        return 1
    subdivisions.sort(key=lambda s: s["code"])
    write_atomically(args.output, {"subdivisions": subdivisions})
    return 0


if __name__ == "__main__":
    sys.exit(main())
