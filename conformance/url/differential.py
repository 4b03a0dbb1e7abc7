#!/usr/bin/env python3
"""Differential test of Kiln's URL parser against Node's.

Builds a few thousand URL strings (and relative references against bases)
from combinations of schemes, userinfo, hosts (domains, IPv4 in numeric
forms, IPv6, invalid ones), ports, paths with dot segments and characters
of every percent-encode set, queries and fragments; runs one script that
prints every component of each parse (or the failure) under `node` and
under `kilnc run`, and reports the inputs whose lines differ.

Usage: differential.py [--kilnc build/bin/kilnc] [--limit N]
Exit status 0 when every line agrees. Non-ASCII domains are left out:
Kiln has no IDNA (docs/runtime.md, "Web APIs").
"""
import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile

SCHEMES = ["http://", "HTTPS://", "ws://", "wss://", "ftp://", "file://",
           "foo://", "foo:", "mailto:", ""]
USERINFO = ["", "user@", "u:p@", "u%40:p:q@", "@"]
HOSTS = ["example.com", "EXAMPLE.com.", "127.0.0.1", "0x7f.0.0.1", "017700000001",
         "1.2.3", "256.0.0.1", "[::1]", "[1:0:0:0:0:0:0:1]", "[::ffff:1.2.3.4]",
         "[1::2::3]", "a%20b", "a b", "xn--nxasmq6b", "", "localhost", "a..b",
         "%41.com", "0x100000000"]
PORTS = ["", ":80", ":443", ":8080", ":", ":99999", ":0x50"]
PATHS = ["", "/", "/a/b/../c", "/./x/.%2E/y", "/%zz/é/`{}", "\\back\\slash",
         "/C:/x", "/a b/\"q\"", "//double"]
QUERIES = ["", "?", "?a=1&b=é", "?q='<>\"`#x", "?%41"]
FRAGMENTS = ["", "#", "#f g`<>", "#é"]
BASES = ["http://h/a/b/c?q#f", "file:///d/e", "foo://h/p", "mailto:x"]
RELATIVES = ["", "..", "../../x", "./y?z", "?only", "#only", "//h2/p",
             "/abs", "C:/win", "x:y", "\\\\srv\\share"]


def inputs(limit):
    out = []
    for s, u, h, p, path in itertools.product(SCHEMES, USERINFO, HOSTS, PORTS,
                                              PATHS):
        out.append(([s + u + h + p + path], None))
    for path, q, f in itertools.product(PATHS, QUERIES, FRAGMENTS):
        out.append((["http://h" + path + q + f], None))
        out.append((["foo:" + path + q + f], None))
    for rel, base in itertools.product(RELATIVES, BASES):
        out.append(([rel], base))
    return out[:limit]


SCRIPT = """
const cases = %s;
for (const [u, b] of cases) {
  let line;
  try {
    const x = b === null ? new URL(u) : new URL(u, b);
    line = JSON.stringify([x.href, x.origin, x.protocol, x.username,
      x.password, x.host, x.hostname, x.port, x.pathname, x.search, x.hash]);
  } catch (e) { line = e.name; }
  console.log(line);
}
"""


BATCH = 2000


# Inputs where Kiln follows the URL standard and Node 20 does not: "..".
# against foo://h/p leaves the path [""] (href "foo://h/") by the path
# state's double-dot rule; Node 20 prints "foo://h".
KNOWN_DIVERGENCES = {("..", "foo://h/p")}


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True,
                          check=False).stdout.splitlines()


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--kilnc", default=os.path.join(
        here, "..", "..", "build", "bin", "kilnc"))
    ap.add_argument("--limit", type=int, default=100000)
    args = ap.parse_args()
    cases = [[c[0][0], c[1]] for c in inputs(args.limit)]
    want, got = [], []
    with tempfile.TemporaryDirectory() as tmp:
        # Scripts of a bounded size, one per batch.
        for start in range(0, len(cases), BATCH):
            path = os.path.join(tmp, "urls%d.js" % start)
            with open(path, "w") as f:
                f.write(SCRIPT % json.dumps(cases[start:start + BATCH]))
            w = run(["node", path])
            g = run([args.kilnc, "run", path])
            n = min(BATCH, len(cases) - start)
            want += (w + ["<missing>"] * n)[:n]
            got += (g + ["<missing>"] * n)[:n]
    bad = 0
    for i, case in enumerate(cases):
        w = want[i] if i < len(want) else "<missing>"
        g = got[i] if i < len(got) else "<missing>"
        if w != g and (case[0], case[1]) not in KNOWN_DIVERGENCES:
            bad += 1
            if bad <= 20:
                print("input %r base %r\n  node: %s\n  kiln: %s" %
                      (case[0], case[1], w, g))
    print("%d URLs, %d differ" % (len(cases), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
