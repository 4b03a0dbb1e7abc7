#!/usr/bin/env python3
"""Runs every Kiln test suite and prints one closing summary line.

This is what `make test` (and so CI) runs after building. The suites, in
order:
  lit         lit-tests/ through LLVM 19's lit (FileCheck tests per stage)
  diag-coverage  scripts/check-diag-coverage.py: every error and warning of
              every stage's diagnostic table is checked by some lit test
  unit        every <build>/bin/*-unittests GoogleTest binary
  test262     conformance/test262/run.py --mode=parse
  test262-run conformance/test262/run.py --mode=run: every selected test
              compiled to bytecode and run on the VM with its harness
  json        conformance/json/run.py: JSONTestSuite's y_/n_/i_ files through
              JSON.parse (must accept / must throw SyntaxError / either, never
              a crash), normally and under --gc-stress
  smoke       the runtime smoke program on the host and on each musl target
  e2e         lit-tests/server once per musl target: static servers built
              with `kilnc build`, driven over loopback (aarch64 under qemu)
              (aarch64 under qemu-aarch64), output against expected-output.txt
  package     scripts/test-package.py: cmake --install into a temporary
              prefix, examples/hello built with find_package(Kiln) from the
              install and the build tree, each server started and asked
              GET /kiln (docs/cmake.md)
  fuzz        builds build-fuzz/, fuzzes the front end (~60 s), the
              bytecode reader (~20 s), the HTTP request parser (~20 s),
              the URL parser (~20 s) and the UTF-8 conversions (~20 s)
Each suite prints its own output and then one line `<suite>: N passed,
N failed`; the last line of all is `N passed, N failed` summed over the
suites, with `, N skipped` appended when anything was skipped.

Counting: each suite's line counts known failures (test262's
expected-failures file, lit's XFAIL) as failed, because they are failing
tests. They do not make the run fail, so the closing line counts as failed
only the unexpected failures and adds the known ones to the skipped count;
the exit status is 1 exactly when some test failed unexpectedly. A suite
whose data is absent (no test262 checkout) is skipped, not failed.
"""

import argparse
import glob
import json
import difflib
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIT = "/usr/lib/llvm-19/build/utils/lit/lit.py"
SUITES = ("lit", "diag-coverage", "unit", "test262", "test262-run", "json",
          "smoke", "e2e", "package", "fuzz")
# Cross targets of the runtime (runtime/CMakeLists.txt, KILN_RUNTIME_TARGETS).
RUNTIME_TARGETS = ("x86_64-linux-musl", "aarch64-linux-musl")

# lit result codes, by how they count.
LIT_PASSED = {"PASS", "FLAKYPASS"}
LIT_KNOWN_FAILURES = {"XFAIL"}
LIT_SKIPPED = {"UNSUPPORTED", "SKIPPED", "EXCLUDED"}


@dataclass
class SuiteResult:
    name: str
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    # Failures that make the run fail (not known/expected ones).
    unexpected: int = 0
    notes: list = field(default_factory=list)

    def line(self):
        text = f"{self.name}: {self.passed} passed, {self.failed} failed"
        if self.skipped:
            text += f", {self.skipped} skipped"
        if self.notes:
            text += " (" + "; ".join(self.notes) + ")"
        return text


def banner(title):
    print(f"\n===== {title} =====", flush=True)


def run_lit(args):
    return lit_suite(args, "lit", os.path.join(REPO_ROOT, "lit-tests"), [])


def run_e2e(args):
    """lit-tests/server once per musl target: real servers built with
    `kilnc build`, x86_64 natively and aarch64 under qemu-aarch64."""
    total = SuiteResult("e2e")
    for target in RUNTIME_TARGETS:
        banner(f"e2e: {target}")
        one = lit_suite(args, f"e2e-{target}",
                        os.path.join(REPO_ROOT, "lit-tests", "server"),
                        [f"--param=kiln_server_target={target}"])
        total.passed += one.passed
        total.failed += one.failed
        total.skipped += one.skipped
        total.unexpected += one.unexpected
        total.notes.append(f"{target}: {one.passed} passed, "
                           f"{one.failed} failed")
    return total


def lit_suite(args, name, path, params):
    result = SuiteResult(name)
    out = os.path.join(args.build_dir, f"{name}-results.json")
    if os.path.exists(out):
        os.unlink(out)
    cmd = [sys.executable, LIT, "-sv", "-o", out,
           f"--param=kiln_build_dir={args.build_dir}"] + params + [path]
    status = subprocess.run(cmd).returncode
    if not os.path.exists(out):
        result.failed = result.unexpected = 1
        result.notes.append(f"lit did not run (exit status {status})")
        return result
    with open(out, encoding="utf-8") as f:
        tests = json.load(f)["tests"]
    for test in tests:
        code = test["code"]
        if code in LIT_PASSED:
            result.passed += 1
        elif code in LIT_SKIPPED:
            result.skipped += 1
        elif code in LIT_KNOWN_FAILURES:
            result.failed += 1
        else:
            result.failed += 1
            result.unexpected += 1
    known = result.failed - result.unexpected
    if known:
        result.notes.append(f"{known} XFAIL")
    return result


def run_diag_coverage(args):
    result = SuiteResult("diag-coverage")
    out = os.path.join(args.build_dir, "diag-coverage.json")
    if os.path.exists(out):
        os.unlink(out)
    # Every stage (the checker's default): a diagnostic that no lit test
    # checks fails the suite.
    cmd = [sys.executable,
           os.path.join(REPO_ROOT, "scripts", "check-diag-coverage.py"),
           f"--json-out={out}"]
    status = subprocess.run(cmd).returncode
    if not os.path.exists(out):
        result.failed = result.unexpected = 1
        result.notes.append(f"checker failed (exit status {status})")
        return result
    with open(out, encoding="utf-8") as f:
        report = json.load(f)
    result.passed = len(report["covered"])
    result.failed = result.unexpected = len(report["missing"])
    uncoverable = len(report["never_reported"]) + len(report["unreachable"])
    if uncoverable:
        result.notes.append(f"{uncoverable} never reported or unreachable")
    return result


def run_unit(args):
    result = SuiteResult("unit")
    binaries = sorted(glob.glob(os.path.join(args.build_dir, "bin", "*-unittests")))
    if not binaries:
        result.notes.append("no *-unittests binaries built")
        return result
    for binary in binaries:
        out = os.path.join(args.build_dir, os.path.basename(binary) + ".json")
        if os.path.exists(out):
            os.unlink(out)
        status = subprocess.run([binary, "--gtest_brief=1",
                                 f"--gtest_output=json:{out}"]).returncode
        if not os.path.exists(out):
            result.failed += 1
            result.unexpected += 1
            result.notes.append(f"{os.path.basename(binary)} exited {status}")
            continue
        with open(out, encoding="utf-8") as f:
            report = json.load(f)
        failures = 0
        for suite in report.get("testsuites", []):
            for test in suite.get("testsuite", []):
                if test.get("failures"):
                    failures += 1
                elif test.get("status") == "NOTRUN" or test.get("result") == "SKIPPED":
                    result.skipped += 1
                else:
                    result.passed += 1
        if status != 0 and failures == 0:
            failures = 1
            result.notes.append(f"{os.path.basename(binary)} exited {status}")
        result.failed += failures
        result.unexpected += failures
    return result


def run_test262(args, mode="parse"):
    result = SuiteResult(f"test262 {mode}")
    out = os.path.join(args.build_dir, f"test262-{mode}.json")
    if os.path.exists(out):
        os.unlink(out)
    cmd = [sys.executable,
           os.path.join(REPO_ROOT, "conformance", "test262", "run.py"),
           f"--mode={mode}", f"--build-dir={args.build_dir}", f"--json-out={out}"]
    status = subprocess.run(cmd).returncode
    if not os.path.exists(out):
        result.failed = result.unexpected = 1
        result.notes.append(f"runner failed (exit status {status})")
        return result
    with open(out, encoding="utf-8") as f:
        report = json.load(f)
    if report.get("skipped"):
        result.skipped = 1
        result.notes.append("skipped: " + report["reason"])
        return result
    result.passed = report["passed"]
    result.failed = report["failed"]
    result.unexpected = report["unexpected"]
    result.notes.append(f"{report['expected']} expected")
    if report.get("now_passing"):
        result.notes.append(f"{report['now_passing']} listed as expected now pass")
    return result


def run_test262_run(args):
    return run_test262(args, mode="run")


def run_json(args):
    result = SuiteResult("json")
    out = os.path.join(args.build_dir, "json-conformance.json")
    if os.path.exists(out):
        os.unlink(out)
    cmd = [sys.executable, os.path.join(REPO_ROOT, "conformance", "json", "run.py"),
           f"--build-dir={args.build_dir}", f"--json-out={out}"]
    status = subprocess.run(cmd).returncode
    if not os.path.exists(out):
        result.failed = result.unexpected = 1
        result.notes.append(f"runner failed (exit status {status})")
        return result
    with open(out, encoding="utf-8") as f:
        report = json.load(f)
    if report.get("skipped"):
        result.skipped = 1
        result.notes.append("skipped: " + report["reason"])
        return result
    result.passed = report["passed"]
    result.failed = report["failed"]
    result.unexpected = report["unexpected"]
    return result


def run_fuzz(args):
    result = SuiteResult("fuzz")
    os.makedirs(args.fuzz_build_dir, exist_ok=True)
    build_log = os.path.join(args.fuzz_build_dir, "build.log")
    with open(build_log, "wb") as log:
        status = subprocess.run(
            [os.path.join(REPO_ROOT, "scripts", "build-fuzz.sh"), args.fuzz_build_dir],
            stdout=log, stderr=subprocess.STDOUT).returncode
    if status != 0:
        with open(build_log, encoding="utf-8", errors="replace") as f:
            tail = f.read().rstrip().splitlines()[-30:]
        print("\n".join("    " + line for line in tail))
        result.failed = result.unexpected = 1
        result.notes.append(f"fuzz build failed, see {build_log}")
        return result
    # The front end gets the suite's full time, the bytecode reader and the
    # HTTP request parser a third of it each (their inputs are small and
    # they run millions a second).
    for target, seconds in (("frontend", args.fuzz_seconds),
                            ("bytecode", max(1, args.fuzz_seconds // 3)),
                            ("http", max(1, args.fuzz_seconds // 3)),
                            ("url", max(1, args.fuzz_seconds // 3)),
                            ("utf8", max(1, args.fuzz_seconds // 3))):
        out = os.path.join(args.fuzz_build_dir, f"fuzz-test-{target}.json")
        log = os.path.join(args.fuzz_build_dir, f"fuzz-test-{target}.log")
        cmd = [sys.executable, os.path.join(REPO_ROOT, "fuzz", "run-fuzzer.py"),
               f"--build-dir={args.fuzz_build_dir}", f"--target={target}",
               f"--seconds={seconds}",
               # A fixed seed keeps CI's short run repeatable from a fresh tree.
               "--seed=1", f"--log={log}", f"--json-out={out}"]
        status = subprocess.run(cmd).returncode
        if status != 0 or not os.path.exists(out):
            result.failed += 1
            result.unexpected += 1
            result.notes.append(f"{target}: the fuzzer found a failure" if status == 1
                                else f"{target}: fuzz runner exit status {status}")
            continue
        with open(out, encoding="utf-8") as f:
            report = json.load(f)
        result.passed += 1
        result.notes.append(
            f"{target}: {report['runs']} inputs in {report['seconds']:.0f} s")
    return result


def configured_runtime_targets(build_dir):
    """KILN_RUNTIME_TARGETS from the build's CMake cache, or None."""
    try:
        with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("KILN_RUNTIME_TARGETS:"):
                    value = line.split("=", 1)[1].strip()
                    return [t for t in value.split(";") if t]
    except OSError:
        pass
    return None


def run_smoke(args):
    """Runs kiln-rt-smoke for the host and each musl target: exit status 0,
    output equal to runtime/tests/musl-smoke/expected-output.txt, and for
    musl a fully static executable. One test per target."""
    result = SuiteResult("smoke")
    smoke_dir = os.path.join(REPO_ROOT, "runtime", "tests", "musl-smoke")
    with open(os.path.join(smoke_dir, "expected-output.txt"), encoding="utf-8") as f:
        expected = f.read()
    enabled = configured_runtime_targets(args.build_dir)
    if enabled is None:
        enabled = list(RUNTIME_TARGETS)
    cases = [("host", os.path.join(args.build_dir, "bin", "kiln-rt-smoke"))]
    cases += [(t, os.path.join(args.build_dir, "runtime", t, "bin", "kiln-rt-smoke"))
              for t in RUNTIME_TARGETS]
    for name, binary in cases:
        def fail(reason):
            print(f"FAIL: {name}: {reason}")
            result.failed += 1
            result.unexpected += 1

        def skip(reason):
            print(f"SKIPPED: {name}: {reason}")
            result.skipped += 1
            result.notes.append(f"{name} skipped: {reason}")

        command = [binary]
        if name != "host":
            if name not in enabled:
                skip("not in KILN_RUNTIME_TARGETS")
                continue
            arch = name.split("-")[0]
            if arch != platform.machine():
                emulator = shutil.which(f"qemu-{arch}")
                if not emulator:
                    skip(f"qemu-{arch} not found (install qemu-user)")
                    continue
                command = [emulator, binary]
        if not os.path.exists(binary):
            fail(f"{binary} was not built")
            continue
        if name != "host":
            kind = subprocess.run(["file", "-b", binary], capture_output=True,
                                  text=True).stdout.strip()
            if "statically linked" not in kind:
                fail(f"expected a statically linked executable, `file` says: {kind}")
                continue
        try:
            run = subprocess.run(command, capture_output=True, text=True,
                                 timeout=300)
        except subprocess.TimeoutExpired:
            fail("timed out after 300 s")
            continue
        if run.returncode != 0 or run.stdout != expected:
            diff = difflib.unified_diff(expected.splitlines(), run.stdout.splitlines(),
                                        "expected-output.txt", "actual output",
                                        lineterm="")
            fail(f"exit status {run.returncode}, output differs from expected:")
            print("\n".join("    " + line for line in diff))
            if run.stderr:
                print("    stderr: " + run.stderr.strip())
            continue
        print(f"PASS: {name} ({' '.join(os.path.basename(c) for c in command)})")
        result.passed += 1
    return result


def run_package(args):
    """scripts/test-package.py: Kiln as a CMake package (docs/cmake.md)."""
    result = SuiteResult("package")
    out = os.path.join(args.build_dir, "package-results.json")
    if os.path.exists(out):
        os.unlink(out)
    status = subprocess.run(
        [sys.executable, os.path.join(REPO_ROOT, "scripts", "test-package.py"),
         f"--build-dir={args.build_dir}", f"--json-out={out}"]).returncode
    if not os.path.exists(out):
        result.failed = result.unexpected = 1
        result.notes.append(f"test-package.py failed (exit status {status})")
        return result
    with open(out, encoding="utf-8") as f:
        report = json.load(f)
    result.passed = report["passed"]
    result.failed = result.unexpected = report["failed"]
    result.skipped = report["skipped"]
    result.notes += report["notes"]
    return result


RUNNERS = {"lit": run_lit, "e2e": run_e2e, "diag-coverage": run_diag_coverage,
           "unit": run_unit, "test262": run_test262,
           "test262-run": run_test262_run, "json": run_json,
           "smoke": run_smoke, "package": run_package, "fuzz": run_fuzz}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build-dir", default=os.path.join(REPO_ROOT, "build"))
    p.add_argument("--fuzz-build-dir", default=os.path.join(REPO_ROOT, "build-fuzz"))
    p.add_argument("--fuzz-seconds", type=int,
                   default=int(os.environ.get("KILN_TEST_FUZZ_SECONDS", "60")))
    p.add_argument("--suites", default=",".join(SUITES),
                   help=f"comma-separated subset of {','.join(SUITES)}")
    args = p.parse_args(argv)
    args.build_dir = os.path.abspath(args.build_dir)
    args.fuzz_build_dir = os.path.abspath(args.fuzz_build_dir)
    args.suites = [s for s in args.suites.split(",") if s]
    for s in args.suites:
        if s not in RUNNERS:
            p.error(f"unknown suite '{s}'")
    return args


def main(argv):
    args = parse_args(argv)
    results = []
    for name in args.suites:
        banner(name)
        start = time.monotonic()
        result = RUNNERS[name](args)
        result.notes.append(f"{time.monotonic() - start:.0f} s")
        print(result.line(), flush=True)
        results.append(result)

    banner("summary")
    for r in results:
        print("  " + r.line())
    passed = sum(r.passed for r in results)
    failed = sum(r.failed for r in results)
    skipped = sum(r.skipped for r in results)
    unexpected = sum(r.unexpected for r in results)
    if unexpected:
        print(f"  FAILED: {unexpected} unexpected failures")
    # Known failures do not fail the run, so the closing line counts them
    # with the skipped tests; each suite's own line above names them.
    known = failed - unexpected
    closing = f"{passed} passed, {unexpected} failed"
    if skipped + known:
        closing += f", {skipped + known} skipped"
    print(closing, flush=True)
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
