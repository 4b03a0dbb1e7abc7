#!/usr/bin/env python3
"""Checks that every error and warning Kiln can emit is tested by lit.

For every DIAG(Name, Severity, Text) entry of severity Error or Warning in
the diagnostic tables (compiler/include/kiln/**/Diagnostic*Kinds.def), the
message must appear in some FileCheck directive line (CHECK:, CHECK-NEXT:,
MODULE:, ... but not a -NOT: line) of a test under lit-tests/, as the whole
text after "error: " (or "warning: ") on that line. The message is matched
as a pattern in which each %N argument is a wildcard, so "redeclaration of
'%0'" is covered by a check of "redeclaration of 'x'" (or of
"redeclaration of '[[NAME]]'"). A checked message that several patterns
match counts for the most specific one (the most literal text): "unexpected
token '}'" covers "unexpected token '%0'", not "unexpected %0". Notes are
not checked: each belongs to an error whose test shows it.

Two kinds of entries cannot be covered and are listed apart instead of
failing the check:
  - never reported: the name is not used as DiagID::<name> anywhere under
    compiler/ (a dead table entry);
  - unreachable: used in code that cannot run; listed in UNREACHABLE below
    with the reason. Remove an entry there when it becomes reachable.
With --strict, both count as missing too.

Usage: check-diag-coverage.py [--stage Lex,Parse,Support,...] [--strict]
                              [--json-out FILE] [-v]
A stage is the directory of its table under compiler/include/kiln/ (Support,
Lex, Parse, Sema, ...); by default every stage that has a table is checked.
Exit status: 0 when every checked diagnostic is covered, 1 otherwise, 2 on
a usage error. run-tests.py runs it as the `diag-coverage` suite.
"""

import argparse
import glob
import json
import os
import re
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE_DIR = os.path.join(REPO_ROOT, "compiler", "include", "kiln")
COMPILER_DIR = os.path.join(REPO_ROOT, "compiler")
LIT_DIR = os.path.join(REPO_ROOT, "lit-tests")

# Diagnostics whose only uses cannot be reached, with the reason.
UNREACHABLE = {
    "err_unexpected": "ParserImpl::errorUnexpected() is only called for a "
                      "stray '}', which it reports as err_unexpected_token",
}

DIAG_RE = re.compile(
    r'^\s*DIAG\(\s*(\w+)\s*,\s*(\w+)\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)',
    re.MULTILINE)
STRING_RE = re.compile(r'"((?:[^"\\]|\\.)*)"')
# A FileCheck directive in a test: a comment, then PREFIX[-SUFFIX]: text.
DIRECTIVE_RE = re.compile(
    r"//\s*([A-Z][A-Z0-9_-]*?)(-NEXT|-SAME|-DAG|-COUNT-\d+|-NOT|-EMPTY|"
    r"-LABEL)?:(.*)$")
NOT_FILECHECK = {"RUN", "REQUIRES", "UNSUPPORTED", "XFAIL", "ALLOW_RETRIES",
                 "END"}


def unescape_c(text):
    """The value of the contents of a C string literal (simple escapes)."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def stage_of(path):
    """The stage a .def file belongs to: its directory under kiln/."""
    return os.path.basename(os.path.dirname(path))


def table_paths():
    return sorted(glob.glob(os.path.join(INCLUDE_DIR, "**", "Diagnostic*Kinds.def"),
                            recursive=True))


def read_diagnostics():
    """[(stage, name, severity, text)] of every table, in file order."""
    diags = []
    for path in table_paths():
        with open(path, encoding="utf-8") as f:
            source = f.read()
        for m in DIAG_RE.finditer(source):
            text = "".join(unescape_c(s) for s in STRING_RE.findall(m[3]))
            diags.append((stage_of(path), m[1], m[2], text))
    return diags


def message_pattern(text):
    """A regex matching exactly \\p text, each %N standing for anything."""
    parts = re.split(r"%\d", text)
    return re.compile(".*".join(re.escape(p) for p in parts) + r"\Z")


def specificity(text):
    """How much of \\p text is literal (not an argument)."""
    return len(re.sub(r"%\d", "", text))


CHECKED_MESSAGE_RE = re.compile(r"\b(?:error|warning): (.*?)\s*(?:\{\{\$\}\})?\s*$")


def read_check_lines():
    """[(path, line number, checked message)] of the lit tests' checks of
    an error or warning."""
    lines = []
    for root, _, files in os.walk(LIT_DIR):
        for name in sorted(files):
            if not name.endswith((".js", ".mjs")):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, 1):
                    m = DIRECTIVE_RE.search(line)
                    if (not m or m[1] in NOT_FILECHECK or m[2] == "-NOT"
                            or m[1].endswith("-")):
                        continue
                    checked = CHECKED_MESSAGE_RE.search(m[3])
                    if checked:
                        lines.append((path, number, checked[1]))
    return lines


def referenced_names():
    """Diagnostic names used as DiagID::<name> in the compiler's sources."""
    names = set()
    use = re.compile(r"DiagID::(\w+)")
    for root, _, files in os.walk(COMPILER_DIR):
        for name in files:
            if name.endswith((".cpp", ".h")):
                with open(os.path.join(root, name), encoding="utf-8",
                          errors="replace") as f:
                    names.update(use.findall(f.read()))
    return names


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    stages = sorted({stage_of(path) for path in table_paths()})
    p.add_argument("--stage", default=",".join(stages),
                   help="comma-separated stages to check (default: all: "
                        f"{','.join(stages)})")
    p.add_argument("--strict", action="store_true",
                   help="count never-reported and unreachable diagnostics "
                        "as missing")
    p.add_argument("--json-out", help="write the counts and lists as JSON")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="also show where each diagnostic is checked")
    args = p.parse_args(argv)
    args.stage = [s for s in args.stage.split(",") if s]
    for s in args.stage:
        if s not in stages:
            p.error(f"unknown stage '{s}' (stages: {', '.join(stages)})")
    return args


def main(argv):
    args = parse_args(argv)
    checks = read_check_lines()
    used = referenced_names()
    diags = [d for d in read_diagnostics() if d[2] in ("Error", "Warning")]
    # Each checked message counts for the most specific patterns it matches.
    patterns = {name: message_pattern(text) for _, name, _, text in diags}
    first_check = {}
    for path, number, message in checks:
        matching = [(specificity(text), name) for _, name, _, text in diags
                    if patterns[name].match(message)]
        if not matching:
            continue
        best = max(score for score, _ in matching)
        for score, name in matching:
            if score == best:
                first_check.setdefault(name, (path, number))

    covered, missing, dead, unreachable = [], [], [], []
    for stage, name, severity, text in diags:
        if stage not in args.stage:
            continue
        where = first_check.get(name)
        entry = {"stage": stage, "name": name, "text": text}
        if where:
            entry["checked_at"] = f"{os.path.relpath(where[0], REPO_ROOT)}:{where[1]}"
            covered.append(entry)
        elif name not in used and not args.strict:
            dead.append(entry)
        elif name in UNREACHABLE and not args.strict:
            entry["reason"] = UNREACHABLE[name]
            unreachable.append(entry)
        else:
            missing.append(entry)

    if args.verbose:
        for e in covered:
            print(f"covered  {e['name']}: {e['checked_at']}")
    for e in dead:
        print(f"never reported (no DiagID::{e['name']} under compiler/): "
              f"{e['stage']} {e['name']} \"{e['text']}\"")
    for e in unreachable:
        print(f"unreachable: {e['stage']} {e['name']} \"{e['text']}\" "
              f"({e['reason']})")
    for e in missing:
        print(f"missing: {e['stage']} {e['name']} \"{e['text']}\"")
    total = len(covered) + len(missing)
    print(f"diagnostic coverage ({','.join(args.stage)}): {len(covered)} of "
          f"{total} checked by lit tests, {len(missing)} missing"
          + (f", {len(dead)} never reported" if dead else "")
          + (f", {len(unreachable)} unreachable" if unreachable else ""))
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump({"stages": args.stage, "covered": covered,
                       "missing": missing, "never_reported": dead,
                       "unreachable": unreachable}, f, indent=1)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
