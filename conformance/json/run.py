#!/usr/bin/env python3
"""Runs JSONTestSuite's parsing tests through Kiln's JSON.parse.

The data is nst/JSONTestSuite's test_parsing/ folder in the shared corpus
($KILN_CORPUS_DIR/json, default ../shared/corpus/json next to the
repository; see its README). Each file's bytes are decoded as UTF-8 the way
TextDecoder (and so Request.json()) decodes them: a leading byte order mark
is dropped and ill-formed sequences become U+FFFD. The texts are embedded in
generated scripts, in batches, that call JSON.parse on each inside a
try/catch and print one verdict line per file; `kilnc run` runs them on the
bytecode VM, once normally and once with --gc-stress.

  y_*  must parse
  n_*  must throw a SyntaxError
  i_*  may do either (implementation-defined)
and nothing may crash, hang or throw anything but a SyntaxError. A batch
whose process dies is rerun one file per process to name the culprit.

Prints every failure, then `json: N passed, N failed`; --json-out writes the
counts for scripts/run-tests.py. A missing corpus is reported as skipped.
Exit status 1 when any test failed.
"""

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
BATCH = 40
TIMEOUT = 60

# The program run for each batch: CASES is a list of [name, text].
PROGRAM = """"use strict";
const CASES = %s;
for (let i = 0; i < CASES.length; i++) {
  let verdict;
  try {
    JSON.parse(CASES[i][1]);
    verdict = "accepted";
  } catch (e) {
    verdict = e instanceof SyntaxError ? "rejected"
                                       : "threw " + String(e).split("\\n")[0];
  }
  console.log(CASES[i][0] + " " + verdict);
}
"""


def corpus_dir():
    base = os.environ.get("KILN_CORPUS_DIR") or os.path.join(
        REPO_ROOT, "..", "shared", "corpus")
    return os.path.join(os.path.abspath(base), "json", "test_parsing")


def decode(data):
    """TextDecoder('utf-8').decode(data): BOM dropped, U+FFFD for errors."""
    return data.decode("utf-8-sig", errors="replace")


def run_batch(kilnc, cases, gc_stress, workdir):
    """{name: verdict line} for the batch; None when the process died."""
    fd, path = tempfile.mkstemp(suffix=".js", dir=workdir)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(PROGRAM % json.dumps(cases, ensure_ascii=True))
    cmd = [kilnc, "run"] + (["--gc-stress"] if gc_stress else []) + [path]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "timed out"
    finally:
        os.unlink(path)
    verdicts = {}
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        name, _, verdict = line.partition(" ")
        verdicts[name] = verdict
    if proc.returncode != 0 or len(verdicts) != len(cases):
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, f"exit status {proc.returncode}" + (
            f": {err[-1]}" if err else "")
    return verdicts, None


def judge(name, verdict):
    """An error message, or None when the verdict is right for the file."""
    if verdict.startswith("threw"):
        return verdict
    if name.startswith("y_") and verdict != "accepted":
        return "valid JSON was rejected"
    if name.startswith("n_") and verdict != "rejected":
        return "invalid JSON was accepted"
    return None


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build-dir", default=os.path.join(REPO_ROOT, "build"))
    p.add_argument("-j", "--jobs", type=int, default=2)
    p.add_argument("--no-gc-stress", action="store_true",
                   help="skip the second pass under --gc-stress")
    p.add_argument("--json-out", help="write the counts here as JSON")
    args = p.parse_args(argv)
    kilnc = os.path.join(os.path.abspath(args.build_dir), "bin", "kilnc")

    def report(data):
        if args.json_out:
            with open(args.json_out, "w", encoding="utf-8") as f:
                json.dump(data, f)

    folder = corpus_dir()
    if not os.path.isdir(folder):
        reason = f"{folder} is missing (set KILN_CORPUS_DIR)"
        print(f"json: skipped: {reason}")
        report({"skipped": True, "reason": reason})
        return 0
    cases = []
    for entry in sorted(os.listdir(folder)):
        if entry.endswith(".json") and entry[:2] in ("y_", "n_", "i_"):
            with open(os.path.join(folder, entry), "rb") as f:
                cases.append([entry, decode(f.read())])

    passes = [False] if args.no_gc_stress else [False, True]
    failures = []
    passed = 0
    with tempfile.TemporaryDirectory() as workdir, \
            concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for gc_stress in passes:
            mode = " (--gc-stress)" if gc_stress else ""
            batches = [cases[i:i + BATCH] for i in range(0, len(cases), BATCH)]
            results = list(pool.map(
                lambda b: run_batch(kilnc, b, gc_stress, workdir), batches))
            for batch, (verdicts, error) in zip(batches, results):
                if verdicts is None:
                    # Find the file that kills the process.
                    verdicts = {}
                    for case in batch:
                        single, error = run_batch(kilnc, [case], gc_stress,
                                                  workdir)
                        verdicts[case[0]] = (single or {}).get(
                            case[0], f"threw (process died: {error})")
                for name, _ in batch:
                    problem = judge(name, verdicts[name])
                    if problem:
                        failures.append(f"{name}{mode}: {problem}")
                    else:
                        passed += 1
    for line in failures:
        print("FAIL " + line)
    print(f"json: {passed} passed, {len(failures)} failed")
    report({"passed": passed, "failed": len(failures),
            "unexpected": len(failures)})
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
