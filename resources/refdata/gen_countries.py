#!/usr/bin/env python3
"""Writes countries.json (ISO 3166-1 alpha-2, alpha-3, names in French, Arabic and English) from
Debian's iso-codes: the JSON list and its gettext translations. Run at build time by CMake, so
that the list follows the installed iso-codes and no generated copy is committed.

The short name (common_name, e.g. "Bolivia") is preferred to the formal ISO name ("Bolivia,
Plurinational State of") in every language where it is translated. A name iso-codes does not
translate must come from --fixes, otherwise the build fails: an English name in the Arabic list
would go unnoticed until a patient's card shows it.
"""
import argparse
import gettext
import json
import os
import sys
import tempfile

LANGUAGES = ("fr", "ar")


class _Missing(gettext.NullTranslations):
    """Fallback that answers None, so that a missing translation is told from an identical one
    ("France" is French too)."""

    def gettext(self, message):
        return None


def load_translations(locale_dir, language):
    t = gettext.translation("iso_3166-1", localedir=locale_dir, languages=[language])
    t.add_fallback(_Missing())
    return t


def translated(translations, *msgids):
    for msgid in msgids:
        if msgid:
            text = translations.gettext(msgid)
            if text:
                return text
    return None


def write_atomically(path, data):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    os.replace(tmp, path)


EXCLUDED = {"EH"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iso-json", required=True, help="iso_3166-1.json from iso-codes")
    parser.add_argument("--locale-dir", required=True, help="folder holding <lang>/LC_MESSAGES")
    parser.add_argument("--fixes", required=True, help="names iso-codes does not translate")
    parser.add_argument("--output", required=True)
    args = parser.parse_args()

    with open(args.iso_json, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    with open(args.fixes, encoding="utf-8") as f:
        fixes = json.load(f)["names"]
    translations = {lang: load_translations(args.locale_dir, lang) for lang in LANGUAGES}

    countries = []
    errors = []
    used_fixes = set()
    for e in entries:
        alpha2 = e["alpha_2"]
        # Morocco's Southern Provinces are Moroccan territory for the national registry: people
        # born or living there are born or living in Morocco, not in a separate country.
        if alpha2 in EXCLUDED:
            continue
        names = {"en": e.get("common_name") or e["name"]}
        for lang in LANGUAGES:
            text = translated(translations[lang], e.get("common_name"), e["name"])
            fix = fixes.get(alpha2, {}).get(lang)
            if text is None and fix:
                text = fix
                used_fixes.add((alpha2, lang))
            if text is None:
                errors.append(f"{alpha2} ({e['name']}): no '{lang}' name in iso-codes nor in "
                              f"{os.path.basename(args.fixes)}")
            names[lang] = text
        countries.append({"alpha2": alpha2, "alpha3": e["alpha_3"], "name": names})

    for alpha2, by_lang in fixes.items():
        for lang in by_lang:
            if (alpha2, lang) not in used_fixes:
                print(f"gen_countries: note: iso-codes now translates {alpha2} into '{lang}'; "
                      f"the entry in {os.path.basename(args.fixes)} can go", file=sys.stderr)
    if errors:
        for err in errors:
            print(f"gen_countries: error: {err}", file=sys.stderr)
        return 1
    countries.sort(key=lambda c: c["alpha2"])
    write_atomically(args.output, {"countries": countries})
    return 0


if __name__ == "__main__":
    sys.exit(main())
