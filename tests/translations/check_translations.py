#!/usr/bin/env python3
"""Checks that the committed .ts files are complete and consistent with the code.

The committed files are copied to a temporary folder and refreshed there by lupdate, with the
options of the `update_translations` target, so that strings added to the code but not yet in the
.ts files show up. Then, for every language:
  * every message is translated: not type="unfinished", no empty translation or plural form;
  * a plural (%n) message has as many forms as Qt uses for the language (asked of lupdate itself);
  * the translation keeps the source's placeholders (%1..%99, each as many times), its HTML tags,
    and its keyboard accelerator (one & when the source has one); a plural message keeps %n in at
    least one form (a singular or dual form may spell the number out);
  * the committed file lists the same messages as the code (otherwise it is stale).
Prints each problem with its language, context and (shortened) source, then one summary line per
language, and exits 1 if anything is wrong.

--selftest builds broken copies of the real files in a temporary folder (an Arabic message made
unfinished, and a few other faults) and checks that the check fails on each, naming the message.

Python 3 standard library only."""
import argparse
import collections
import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_LANGUAGE = "fr"
UPDATE_HINT = "run `cmake --build build --target update_translations` and translate the new strings"
LUPDATE_OPTIONS = ["-silent", "-locations", "none", "-no-obsolete", "-source-language", SOURCE_LANGUAGE]

PLACEHOLDER = re.compile(r"%L?([1-9][0-9]?)")
NUMERUS = re.compile(r"%L?n")
HTML_TAGS = {"a", "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt",
             "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i", "img",
             "kbd", "li", "nobr", "ol", "p", "pre", "qt", "s", "small", "span", "strong", "sub",
             "sup", "table", "td", "th", "tr", "tt", "u", "ul", "var"}
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?(/?)>")
# An accelerator is & before anything but a space or another & ("&&" is a literal ampersand).
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")
# Arabic letters by how they join (Unicode ArabicShaping.txt): dual-joining letters join both
# neighbours, right-joining ones only the letter before them. Qt 6.4 draws the letter after a
# mnemonic & on its own, so an & between two letters that join breaks the word apart and clips the
# label: in Arabic the & must go before a letter that joins neither neighbour (a word-initial
# ا أ إ آ د ذ ر ز و, or a final letter after one of these).
ARABIC_DUAL_JOINING = set("بتثجحخسشصضطظعغفقكلمنهيئىـ")
ARABIC_RIGHT_JOINING = set("آأؤإاةدذرزوٱ")
ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670]")

# In a right-to-left line, digits in groups ("06 12 34 56 78") or after a + ("+33 6") are laid out
# group by group from the right: the clerk reads "78 56 34 12 06". Such a number in an Arabic
# text must sit in a left-to-right isolate, LRI (U+2066) ... PDI (U+2069).
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
GROUPED_NUMBER = re.compile(r"\+?\d+(?: \d+)+|(?<![\w+])\+\d+")  # not "Ctrl+1"
ISOLATE = re.compile("[\u2066\u2068][^\u2069]*\u2069")  # LRI or FSI ... PDI


def number_reversed_in_arabic(text):
    """True when an Arabic text holds a number in groups outside a left-to-right isolate."""
    return bool(ARABIC_LETTER.search(text)) and bool(GROUPED_NUMBER.search(ISOLATE.sub("", text)))


class Message:
    def __init__(self, context, element):
        self.context = context
        self.source = element.findtext("source") or ""
        self.comment = element.findtext("comment") or ""
        self.numerus = element.get("numerus") == "yes"
        translation = element.find("translation")
        self.type = translation.get("type") if translation is not None else "missing"
        if translation is None:
            self.forms = []
        elif self.numerus:
            self.forms = [form.text or "" for form in translation.findall("numerusform")]
        else:
            self.forms = [translation.text or ""]

    @property
    def key(self):
        return (self.context, self.source, self.comment)

    def label(self, width=70):
        text = self.source.replace("\n", "⏎")
        if len(text) > width:
            text = text[: width - 1] + "…"
        return f"{self.context} «{text}»"


def read_ts(path):
    root = ET.parse(path).getroot()
    if root.tag != "TS":
        raise ValueError(f"{path}: not a Qt .ts file")
    language = root.get("language") or ""
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        messages.extend(Message(name, m) for m in context.iter("message"))
    return language, messages


def language_of(path):
    language, _ = read_ts(path)
    if language:
        return language.split("_")[0]
    match = re.search(r"_([a-z]{2,3})\.ts$", os.path.basename(path))
    if not match:
        raise ValueError(f"{path}: no language attribute and none in the file name")
    return match.group(1)


def run_lupdate(lupdate, language, sources, ts_path):
    command = [lupdate, *LUPDATE_OPTIONS, "-target-language", language, *sources, "-ts", ts_path]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"lupdate failed ({done.returncode}): {' '.join(command)}\n"
                           f"{done.stdout}{done.stderr}")


_plural_forms_cache = {}


def plural_forms(lupdate, language):
    """How many plural forms Qt uses for a language: what lupdate writes for a new %n message."""
    if language not in _plural_forms_cache:
        with tempfile.TemporaryDirectory(prefix="sijil-tr-probe-") as tmp:
            with open(os.path.join(tmp, "probe.cpp"), "w", encoding="utf-8") as out:
                out.write('const QString s = QObject::tr("%n probe", nullptr, 2);\n')
            ts = os.path.join(tmp, "probe.ts")
            run_lupdate(lupdate, language, [tmp], ts)
            _, messages = read_ts(ts)
            if len(messages) != 1 or not messages[0].numerus:
                raise RuntimeError(f"lupdate did not produce the probe plural message for {language}")
            _plural_forms_cache[language] = len(messages[0].forms)
    return _plural_forms_cache[language]


def tag_list(text):
    return sorted(f"<{close}{name.lower()}{selfclose}>" for close, name, selfclose in TAG.findall(text)
                  if name.lower() in HTML_TAGS)


def accelerators(text):
    """How many keyboard accelerators a string has (none in rich text, where & starts entities)."""
    if tag_list(text):
        return 0
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def accelerator_splits_arabic_word(text):
    """True when the & accelerator sits inside an Arabic word between letters that join."""
    text = ARABIC_MARKS.sub("", text.replace("&&", ""))
    for match in ACCELERATOR.finditer(text):
        i = match.start()
        before = text[i - 1] if i > 0 else ""
        letter = text[i + 1] if i + 1 < len(text) else ""
        after = text[i + 2] if i + 2 < len(text) else ""
        joins_before = before in ARABIC_DUAL_JOINING and (
            letter in ARABIC_DUAL_JOINING or letter in ARABIC_RIGHT_JOINING)
        joins_after = letter in ARABIC_DUAL_JOINING and (
            after in ARABIC_DUAL_JOINING or after in ARABIC_RIGHT_JOINING)
        if joins_before or joins_after:
            return True
    return False


def _show(placeholders):
    return " ".join(" ".join([f"%{k}"] * v) for k, v in sorted(placeholders.items())) or "none"


def content_problems(message):
    """Problems of one message of a refreshed file; each a short sentence."""
    if message.type in ("unfinished", "missing"):
        return ["not translated (unfinished)"]
    if message.type in ("obsolete", "vanished"):
        return []
    problems = []
    if message.numerus:
        empty = [str(i) for i, form in enumerate(message.forms) if not form.strip()]
        if empty:
            problems.append(f"empty plural form(s) {', '.join(empty)}")
        if not any(NUMERUS.search(form) for form in message.forms):
            problems.append("no plural form contains %n")
    elif not message.forms[0].strip():
        problems.append("empty translation")
    wanted = collections.Counter(PLACEHOLDER.findall(message.source))
    wanted_tags = tag_list(message.source)
    wanted_accelerators = accelerators(message.source)
    for i, form in enumerate(message.forms):
        if not form.strip():
            continue
        where = f" in plural form {i}" if message.numerus else ""
        got = collections.Counter(PLACEHOLDER.findall(form))
        if got != wanted:
            problems.append(f"placeholders differ{where}: source has {_show(wanted)}, "
                            f"translation has {_show(got)}")
        if tag_list(form) != wanted_tags:
            problems.append(f"HTML tags differ{where}")
        found = accelerators(form)
        if wanted_accelerators == 1 and found != 1:
            problems.append(f"the source has one & accelerator, the translation{where} has {found}")
        elif wanted_accelerators == 0 and found:
            problems.append(f"the translation{where} has an & accelerator the source has not "
                            f"(write && for a literal &)")
        if number_reversed_in_arabic(form):
            problems.append(f"a number in groups{where} shows its groups in reverse order in Arabic: "
                            f"put it between LRI (U+2066) and PDI (U+2069)")
        if found and accelerator_splits_arabic_word(form):
            problems.append(f"the & accelerator{where} splits joined Arabic letters (Qt then draws the "
                            f"word broken and clipped): put it before a word-initial ا أ إ د ذ ر ز و, "
                            f"or before a final letter that follows one of them")
    return problems


def check(lupdate, ts_files, sources, out=sys.stdout):
    """Returns True when every file passes. Prints problems and a summary line per language."""
    ok = True
    summaries = []
    with tempfile.TemporaryDirectory(prefix="sijil-tr-check-") as tmp:
        for committed_path in ts_files:
            language = language_of(committed_path)
            forms_wanted = plural_forms(lupdate, language)
            _, committed = read_ts(committed_path)
            refreshed_path = os.path.join(tmp, os.path.basename(committed_path))
            shutil.copyfile(committed_path, refreshed_path)
            run_lupdate(lupdate, language, sources, refreshed_path)
            _, refreshed = read_ts(refreshed_path)

            bad = 0

            def report(message, text):
                nonlocal bad
                bad += 1
                print(f"{language}: {message.label()}: {text}", file=out)

            # lupdate pads or keeps plural forms, so count them in the committed file.
            for message in committed:
                if message.numerus and message.type not in ("unfinished", "obsolete", "vanished") \
                        and len(message.forms) != forms_wanted:
                    report(message, f"{len(message.forms)} plural forms, Qt uses {forms_wanted} "
                                    f"for «{language}»")
            for message in refreshed:
                for problem in content_problems(message):
                    report(message, problem)

            committed_keys = collections.Counter(m.key for m in committed
                                                 if m.type not in ("obsolete", "vanished"))
            refreshed_keys = collections.Counter(m.key for m in refreshed)
            added = [m for m in refreshed if m.key not in committed_keys]
            removed = [m for m in committed if m.key not in refreshed_keys]
            if added or removed or committed_keys != refreshed_keys:
                bad += 1
                print(f"{language}: {os.path.basename(committed_path)} is stale: "
                      f"{len(added)} message(s) in the code are missing from it, "
                      f"{len(removed)} in it are no longer in the code; {UPDATE_HINT}.", file=out)
                for m in added[:10]:
                    print(f"{language}:   missing: {m.label(110)}", file=out)
                for m in removed[:10]:
                    print(f"{language}:   no longer in the code: {m.label(110)}", file=out)

            count = len(refreshed)
            if bad:
                ok = False
                summaries.append(f"{language}: {count} messages, {bad} problem(s)")
            else:
                summaries.append(f"{language}: {count} messages, all translated")
    for line in summaries:
        print(line, file=out)
    return ok


# --- self-test --------------------------------------------------------------------------------

def _mutate(path, mutate):
    """Applies mutate(root) to a .ts file; returns what it reports (the message it changed)."""
    tree = ET.parse(path)
    changed = mutate(tree.getroot())
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return changed


def _contexts(root):
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def _make_unfinished(root):
    for context, message in _contexts(root):
        translation = message.find("translation")
        if message.get("numerus") != "yes" and translation.get("type") is None:
            translation.set("type", "unfinished")
            translation.text = ""
            return Message(context, message)
    raise RuntimeError("no finished singular message to break")


def _drop_placeholder(root):
    for context, message in _contexts(root):
        translation = message.find("translation")
        if message.get("numerus") != "yes" and "%1" in (translation.text or ""):
            translation.text = translation.text.replace("%1", "")
            return Message(context, message)
    raise RuntimeError("no message with %1 to break")


def _drop_plural_form(root):
    for context, message in _contexts(root):
        if message.get("numerus") == "yes":
            translation = message.find("translation")
            translation.remove(translation.findall("numerusform")[-1])
            return Message(context, message)
    raise RuntimeError("no plural message to break")


def _split_arabic_word(root):
    for context, message in _contexts(root):
        translation = message.find("translation")
        text = translation.text or ""
        if message.get("numerus") != "yes" and "&" in text and text.replace("&", "").startswith("ال"):
            translation.text = "ال&" + text.replace("&", "")[2:]
            return Message(context, message)
    raise RuntimeError("no Arabic accelerator on a word starting with ال to break")


def _unisolate_number(root):
    for context, message in _contexts(root):
        translation = message.find("translation")
        text = translation.text or ""
        isolated = re.findall("\u2066([^\u2069]*)\u2069", text)
        if message.get("numerus") != "yes" and any(GROUPED_NUMBER.search(i) for i in isolated):
            translation.text = text.replace("\u2066", "").replace("\u2069", "")
            return Message(context, message)
    raise RuntimeError("no Arabic message with an isolated number to break")


def _remove_message(root):
    for context in root.iter("context"):
        for message in context.findall("message"):
            context.remove(message)
            return Message(context.findtext("name"), message)
    raise RuntimeError("no message to remove")


def selftest(lupdate, ts_files, sources):
    by_language = {language_of(p): p for p in ts_files}
    for needed in ("ar", "en", "fr"):
        if needed not in by_language:
            print(f"selftest: no {needed} .ts file among {ts_files}")
            return False
    cases = [
        ("an unfinished Arabic message", "ar", _make_unfinished, "not translated (unfinished)"),
        ("an English message missing %1", "en", _drop_placeholder, "placeholders differ"),
        ("an Arabic plural message with 5 forms", "ar", _drop_plural_form, "5 plural forms, Qt uses 6"),
        ("an Arabic accelerator splitting a word", "ar", _split_arabic_word, "splits joined Arabic"),
        ("an Arabic phone number not isolated", "ar", _unisolate_number, "reverse order"),
        ("a French file missing a message of the code", "fr", _remove_message, "missing: "),
    ]
    all_ok = True
    for title, language, mutate, expected in cases:
        with tempfile.TemporaryDirectory(prefix="sijil-tr-selftest-") as tmp:
            copies = []
            for path in ts_files:
                copy = os.path.join(tmp, os.path.basename(path))
                shutil.copyfile(path, copy)
                copies.append(copy)
            broken = _mutate(os.path.join(tmp, os.path.basename(by_language[language])), mutate)
            output = io.StringIO()
            with contextlib.redirect_stdout(output):
                passed = check(lupdate, copies, sources, out=output)
            lines = output.getvalue().splitlines()
            named = [l for l in lines if l.startswith(f"{language}: ") and expected in l
                     and (broken.label() in l or broken.label(110) in l)]
            if passed:
                print(f"selftest FAILED: {title}: the check passed")
                all_ok = False
            elif not named:
                print(f"selftest FAILED: {title}: no line names {language} {broken.label()} "
                      f"with «{expected}»; the check printed:")
                print("\n".join("    " + l for l in lines))
                all_ok = False
            else:
                print(f"selftest ok: {title}: {named[0]}")
    return all_ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lupdate", required=True, help="path of Qt's lupdate")
    parser.add_argument("--ts", nargs="+", required=True, help="the committed .ts files")
    parser.add_argument("--sources", nargs="+", required=True, help="folders holding tr() strings")
    parser.add_argument("--selftest", action="store_true",
                        help="check that the check fails on broken copies of the .ts files")
    args = parser.parse_args()
    for path in args.ts:
        if not os.path.isfile(path):
            print(f"no such .ts file: {path}")
            return 1
    for path in args.sources:
        if not os.path.isdir(path):
            print(f"no such source folder: {path}")
            return 1
    try:
        if args.selftest:
            return 0 if selftest(args.lupdate, args.ts, args.sources) else 1
        return 0 if check(args.lupdate, args.ts, args.sources) else 1
    except (OSError, RuntimeError, ValueError, ET.ParseError) as error:
        print(f"error: {error}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
