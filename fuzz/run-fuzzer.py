#!/usr/bin/env python3
"""Runs one of Kiln's fuzzers for a bounded time.

--target=frontend (the default) fuzzes lexer, parser and Sema: the seed
corpus is built on first use (a few hundred test262 files plus a few
generated stress inputs; nothing of it is checked in) and the JavaScript
dictionary fuzz/js.dict guides mutation. --target=bytecode fuzzes the
runtime's bytecode module reader and verifier, seeded with modules that
kiln-bytecode-seeds writes with the compiler's ModuleWriter. --target=http
fuzzes the runtime's HTTP/1.1 request parser, seeded with the requests in
HTTP_SEEDS below and guided by fuzz/http.dict. --target=url fuzzes the WHATWG
URL parser of the Web APIs, seeded with URL_SEEDS below. --target=utf8
fuzzes the UTF-8 conversions behind TextDecoder/TextEncoder, seeded with
UTF8_SEEDS below.

New interesting inputs accumulate in <build>/fuzz-corpus[-<target>], so later
runs start where earlier ones stopped; crashing inputs land in
<build>/fuzz-artifacts[-<target>] with the command that reproduces them.

Seed files begin with the fuzzer's control byte (0x00 script, 0x01 module;
see frontend-fuzzer.cpp) followed by the source text.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO_ROOT, "conformance", "test262"))
from frontmatter import parse_front_matter  # noqa: E402

# How many test262 files seed the corpus, by kind.
SEED_SELECTED = 250  # accepted tests from selection.txt
SEED_NEGATIVE = 120  # tests that must be rejected at parse time
SEED_OUTSIDE = 80  # language tests outside the selection (generators, ...)
MAX_SEED_BYTES = 16 * 1024


def default_test262_dir():
    return os.environ.get("KILN_TEST262_DIR") or os.path.join(
        os.path.dirname(REPO_ROOT), "shared", "test262"
    )


def spread(items, count):
    """`count` items spaced evenly through `items` (deterministic)."""
    if len(items) <= count:
        return list(items)
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def generated_seeds():
    """Stress inputs the test262 files do not cover."""
    return {
        "deep-parens": b"\x00" + b"(" * 3000 + b"1" + b")" * 3000 + b";",
        "deep-arrays": b"\x00x = " + b"[" * 3000 + b"]" * 3000 + b";",
        "deep-blocks": b"\x00" + b"{" * 3000 + b"}" * 3000,
        "deep-templates": b"\x00" + b"`${" * 500 + b"1" + b"}`" * 500 + b";",
        "deep-unary": b"\x00x = " + b"-!~" * 2000 + b"y;",
        "unclosed": b"\x00function f(a, [b, {c = `${(",
        "invalid-utf8": b"\x00let s = '\xff\xfe\xc0\x80\xed\xa0\x80';\n",
        "nul-bytes": b"\x00let a\x00 = 1;\x00\n",
        "regexp": b"\x00x = /[/]\\//giu.test(a) / 2 / /=/;\n",
        "unsupported": b"\x00function* g() { yield 1; } with (o) {} 1n;\n",
        "module": b"\x01import x, { y as z } from './m.js';\n"
        b"export default class { static #p = 1; }\nexport * from 'n';\n",
        "escapes": b"\x00var \\u{62}reak, a\\u0062c = '\\u{1F600}\\x41\\0';\n",
    }


def build_seeds(seed_dir, test262_dir):
    os.makedirs(seed_dir, exist_ok=True)
    count = 0
    for name, data in generated_seeds().items():
        with open(os.path.join(seed_dir, name), "wb") as f:
            f.write(data)
        count += 1
    selection = os.path.join(test262_dir, "selection.txt")
    if not os.path.isfile(selection):
        print(f"fuzz: no test262 at {test262_dir}; seeding with generated "
              "inputs only", file=sys.stderr)
        return count
    with open(selection, encoding="utf-8") as f:
        selected = [line.strip() for line in f if line.strip()]
    negative, positive = [], []
    for path in selected:
        with open(os.path.join(test262_dir, path), "rb") as f:
            head = f.read(4096)
        (negative if b"phase: parse" in head else positive).append(path)
    outside = []
    selected_set = set(selected)
    language = os.path.join(test262_dir, "test", "language")
    for root, _, files in os.walk(language):
        for name in files:
            path = os.path.relpath(os.path.join(root, name), test262_dir)
            if name.endswith(".js") and path not in selected_set:
                outside.append(path)
    outside.sort()
    chosen = (spread(positive, SEED_SELECTED) + spread(negative, SEED_NEGATIVE)
              + spread(outside, SEED_OUTSIDE))
    for path in chosen:
        with open(os.path.join(test262_dir, path), "rb") as f:
            source = f.read()
        if len(source) > MAX_SEED_BYTES:
            continue
        control = b"\x01" if parse_front_matter(source).is_module else b"\x00"
        name = path.replace("/", "_")
        with open(os.path.join(seed_dir, name), "wb") as f:
            f.write(control + source)
        count += 1
    return count


# Seeds of the HTTP request parser: a control byte (http-fuzzer.cpp: piece
# size and limits) followed by the bytes a client sends.
HTTP_SEEDS = [
    b"\x00GET / HTTP/1.1\r\nHost: a\r\n\r\n",
    b"\x03POST /p?q=1 HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
    b"GET /next HTTP/1.1\r\nConnection: close\r\n\r\n",
    b"\x05POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"3;a=\"b\\\"c\"\r\nabc\r\n0\r\nTrailer: t\r\n\r\n",
    b"\x81GET /0123456789abcdef HTTP/1.0\r\nConnection: keep-alive\r\n"
    b"X: \xff\t v \r\n\r\n",
    b"\x02\r\nPUT / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx",
]


# Seeds of the URL parser: a control byte (url-fuzzer.cpp: how bytes become
# code units) followed by a URL, optionally a zero unit and a base.
URL_SEEDS = [
    b"\x00https://user:pw@example.com:8080/a/./b/../c?q=1&r=%41#frag",
    b"\x00../x?y#z\x00http://h/p/q",
    b"\x00http://[::1]:80/\x00",
    b"\x00http://0x7f.1/%zz",
    b"\x00file:///C:/dir/../f.txt",
    b"\x00mailto:someone@example.org",
]


# Seeds of the UTF-8 conversions: the first byte also picks the capacity
# utf8-fuzzer.cpp gives writeUtf8Prefix.
UTF8_SEEDS = [
    b"\x05plain ascii",
    b"\x07h\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80",
    b"\x03\xc3\x28\xe2\x82\xf0\x9f\x98\xff\xfe",
    b"\x02\xed\xa0\x80\xc0\xaf\xf4\x90\x80\x80\xef\xbf\xbd",
    b"\xef\xbb\xbf\xef\xbb\xbfBOM",
]


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build-dir", default=os.path.join(REPO_ROOT, "build-fuzz"))
    p.add_argument("--seconds", type=int, default=600)
    p.add_argument("--target",
                   choices=("frontend", "bytecode", "http", "url", "utf8"),
                   default="frontend")
    p.add_argument("--test262-dir", default=default_test262_dir())
    p.add_argument("--refresh-seeds", action="store_true",
                   help="rebuild the seed corpus from test262")
    p.add_argument("--log", help="write the fuzzer's output here instead of "
                   "the terminal (its last lines are printed on failure)")
    p.add_argument("--json-out", help="write a machine-readable summary here")
    p.add_argument("--seed", type=int, default=0,
                   help="libFuzzer's random seed (0: a new one each run)")
    p.add_argument("extra", nargs="*", help="more libFuzzer flags (after --)")
    return p.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    build_dir = os.path.abspath(args.build_dir)
    fuzzer = os.path.join(build_dir, "bin", f"kiln-{args.target}-fuzzer")
    if not os.access(fuzzer, os.X_OK):
        print(f"fuzz: {fuzzer} is missing; run scripts/build-fuzz.sh",
              file=sys.stderr)
        return 2
    suffix = "" if args.target == "frontend" else f"-{args.target}"
    seed_dir = os.path.join(build_dir, f"fuzz-seeds{suffix}")
    corpus_dir = os.path.join(build_dir, f"fuzz-corpus{suffix}")
    artifact_dir = os.path.join(build_dir, f"fuzz-artifacts{suffix}")
    if args.refresh_seeds or not os.path.isdir(seed_dir):
        if args.target == "frontend":
            n = build_seeds(seed_dir, args.test262_dir)
        elif args.target in ("http", "url", "utf8"):
            os.makedirs(seed_dir, exist_ok=True)
            seeds = {"http": HTTP_SEEDS, "url": URL_SEEDS,
                     "utf8": UTF8_SEEDS}[args.target]
            for i, seed in enumerate(seeds):
                with open(os.path.join(seed_dir, f"seed-{i}"), "wb") as f:
                    f.write(seed)
            n = len(seeds)
        else:
            os.makedirs(seed_dir, exist_ok=True)
            subprocess.run([os.path.join(build_dir, "bin", "kiln-bytecode-seeds"),
                            seed_dir], check=True)
            n = len(os.listdir(seed_dir))
        print(f"fuzz: {n} seed inputs in {seed_dir}")
    os.makedirs(corpus_dir, exist_ok=True)
    os.makedirs(artifact_dir, exist_ok=True)
    dictionaries = {"frontend": "js.dict", "http": "http.dict"}
    dictionary = ([f"-dict={os.path.join(HERE, dictionaries[args.target])}"]
                  if args.target in dictionaries else [])

    cmd = [
        fuzzer,
        f"-max_total_time={args.seconds}",
        "-timeout=10",
        "-rss_limit_mb=2048",
        "-print_final_stats=1",
        f"-seed={args.seed}",
        *dictionary,
        f"-artifact_prefix={artifact_dir}/",
        *args.extra,
        corpus_dir,
        seed_dir,
    ]
    print(f"fuzz: running for {args.seconds} s: {' '.join(cmd)}", flush=True)
    start = time.monotonic()
    if args.log:
        with open(args.log, "wb") as log:
            status = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT).returncode
        with open(args.log, encoding="utf-8", errors="replace") as f:
            output = f.read()
    else:
        status = subprocess.run(cmd).returncode
        output = ""
    seconds = time.monotonic() - start

    runs = re.search(r"stat::number_of_executed_units:\s*(\d+)", output)
    crash = re.search(r"Test unit written to (\S+)", output)
    result = {
        "suite": f"fuzz-{args.target}",
        "passed": int(status == 0),
        "failed": int(status != 0),
        "seconds": round(seconds, 1),
        "runs": int(runs.group(1)) if runs else None,
        "artifact": crash.group(1) if crash else None,
    }
    if status != 0:
        if args.log:
            tail = output.rstrip().splitlines()[-40:]
            print("\n".join("    " + line for line in tail))
        if crash:
            print(f"fuzz: reproduce with: {fuzzer} {crash.group(1)}")
        print(f"fuzz: FAILED (exit status {status}); log: {args.log or 'above'}")
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
    return 0 if status == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
