#!/usr/bin/env python3
"""Kiln's test262 conformance runner.

Runs the tests listed in test262's selection.txt through `kilnc` and compares
the outcome with what each test's front matter demands. In `--mode=parse`
(the front-end milestone) every test is compiled with `kilnc --syntax-only`:
a test whose front matter says `negative: phase: parse` must be rejected
(exit status 1 and an `error:` diagnostic), every other test must be accepted
(exit status 0). Kiln is strict-mode only, so each test runs once, in strict
mode: `"use strict";` is prepended unless the test is `raw` or a module.
A crash (death by a signal) or a timeout is always a failure.

In `--mode=run` (the bytecode VM) every test is compiled and executed with
`kilnc run`: the harness files (assert.js, sta.js, then the test's
`includes`) are prepended to the test unless it is `raw`. A test passes when
kilnc exits with status 0 and no uncaught exception; a negative test of phase
parse or resolution must fail to compile (exit status 1 with an `error:`
diagnostic and no `Uncaught` line), one of phase runtime must end with
`Uncaught <type>` for the type its front matter names. `async` tests also get
harness/doneprintHandle.js (with `print` defined as console.log and `$DONE`
also set on the global object, which asyncHelpers.js looks for) and pass
only when they print `Test262:AsyncTestComplete` — after kilnc has drained
the microtask queue — and no `Test262:AsyncTestFailure`. An unhandled
rejection that kilnc reports at exit (`Uncaught (in promise) ...`, status 1,
as node does) is not a test262 failure and counts as a clean exit. Every
failure gets a reason whose first word is its
category (unsupported, compile error, uncaught, crash, timeout, exit status);
the run ends with a table of the most common reasons, which is the list of
what to implement next.

Known failures live in expected-failures-<mode>.txt beside this script, one
test path per line with `# reason` after it. The run fails (exit status 1)
only when a test outside that file fails; tests in the file that now pass are
reported so that they can be removed. The complete list of failures of the
run is written to <build-dir>/test262-<mode>-failures.txt. A test listed
with a reason that starts with `flaky:` may pass or fail: either outcome is
accepted and neither is reported.

The test262 checkout is found through KILN_TEST262_DIR (default:
../shared/test262 beside the repository); when it is absent the suite
reports itself skipped.
"""

import argparse
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import expectations  # noqa: E402
from frontmatter import parse_front_matter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
MODES = ("parse", "run")
STRICT_PROLOGUE = b'"use strict";\n'


@dataclass
class Outcome:
    """The result of one test: `reason` is None when it passed."""

    path: str
    reason: str | None
    detail: str = ""

    @property
    def passed(self):
        return self.reason is None


def default_test262_dir():
    env = os.environ.get("KILN_TEST262_DIR")
    if env:
        return env
    return os.path.join(os.path.dirname(REPO_ROOT), "shared", "test262")


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run test262 through kilnc and compare with the "
        "expected-failures list.",
        epilog="PREFIX filters select tests whose path (relative to the "
        "test262 checkout, e.g. test/language/expressions/class) starts "
        "with one of them; the leading 'test/' may be omitted.",
    )
    p.add_argument("prefixes", nargs="*", metavar="PREFIX")
    p.add_argument("--mode", choices=MODES, default="parse")
    p.add_argument("--test262-dir", default=default_test262_dir())
    p.add_argument(
        "--selection", help="list of tests to run (default: selection.txt)"
    )
    p.add_argument(
        "--build-dir",
        default=os.environ.get("KILN_BUILD_DIR", os.path.join(REPO_ROOT, "build")),
    )
    p.add_argument("--kilnc", help="compiler to test (default: BUILD/bin/kilnc)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--timeout", type=float, default=10.0, help="seconds per test")
    p.add_argument(
        "--memory-limit",
        type=int,
        default=4096,
        metavar="MB",
        help="address-space limit of each kilnc (4096; 0 = none, needed "
        "for sanitizer builds)",
    )
    p.add_argument("--expected", help="expected-failures file")
    p.add_argument(
        "--update-expected",
        action="store_true",
        help="rewrite the expected-failures file from this run's failures "
        "(only entries inside the PREFIX filter change)",
    )
    p.add_argument("--failures-out", help="where to write the failure list")
    p.add_argument("--json-out", help="write a machine-readable summary here")
    p.add_argument(
        "--show", type=int, default=40, help="unexpected failures to list (40)"
    )
    p.add_argument(
        "--reasons",
        type=int,
        default=15,
        help="run mode: most common failure reasons to list (15)",
    )
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="print kilnc's output for every failure",
    )
    args = p.parse_args(argv)
    args.kilnc = args.kilnc or os.path.join(args.build_dir, "bin", "kilnc")
    args.expected = args.expected or os.path.join(
        HERE, f"expected-failures-{args.mode}.txt"
    )
    args.failures_out = args.failures_out or os.path.join(
        args.build_dir, f"test262-{args.mode}-failures.txt"
    )
    args.prefixes = [
        pre if pre.startswith("test/") else "test/" + pre.lstrip("/")
        for pre in args.prefixes
    ]
    return args


def select_tests(args):
    selection = args.selection or os.path.join(args.test262_dir, "selection.txt")
    with open(selection, encoding="utf-8") as f:
        paths = [line.strip() for line in f if line.strip() and line[0] != "#"]
    if args.prefixes:
        paths = [p for p in paths if any(p.startswith(x) for x in args.prefixes)]
    return paths


def signal_name(signum):
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


def first_error_line(output):
    """The first `error:` line of kilnc's output, without the file name."""
    for line in output.splitlines():
        at = line.find("error:")
        if at >= 0:
            location = line[:at].rstrip(": ").split(":")
            # Keep "line:col: " when the line starts with "file:line:col:".
            keep = ":".join(location[-2:]) + ": " if len(location) >= 3 else ""
            return keep + line[at:].strip()
    return ""


class ModeRunner:
    """What the runners of every mode share: scratch files and kilnc runs.

    `run(path)` is called from several threads at once; everything it
    touches besides the lock-protected counter is local or read-only.
    """

    def __init__(self, args, scratch_dir):
        self.args = args
        self.scratch_dir = scratch_dir
        self.counter = 0
        self.lock = threading.Lock()

    def _scratch_path(self, path, is_module):
        with self.lock:
            self.counter += 1
            n = self.counter
        base = os.path.splitext(os.path.basename(path))[0]
        if is_module:
            # A module test may import its _FIXTURE files (and itself) by
            # relative paths: it runs under its own name in a directory of
            # its own, beside copies of the fixtures of its directory
            # (copies: kilnc resolves a module's imports from its real
            # path, which for a link would be test262's directory).
            test_dir = os.path.join(self.args.test262_dir, os.path.dirname(path))
            module_dir = os.path.join(self.scratch_dir, f"m{n}")
            os.makedirs(module_dir, exist_ok=True)
            for name in os.listdir(test_dir):
                if "_FIXTURE" in name:
                    shutil.copyfile(os.path.join(test_dir, name),
                                    os.path.join(module_dir, name))
            return os.path.join(module_dir, os.path.basename(path))
        return os.path.join(self.scratch_dir, f"{n}-{base}.js")

    def _run_kilnc(self, cmd, scratch, source, merge_stderr):
        """Writes `source` to `scratch` and runs `cmd` on it.

        Returns the CompletedProcess, or None on a timeout.
        """
        with open(scratch, "wb") as f:
            f.write(source)
        try:
            # kilnc may be being relinked by a build in the same tree (it is
            # briefly not executable then): retry a few times before
            # counting the test as failed.
            for attempt in range(5):
                try:
                    return subprocess.run(
                        cmd,
                        stdin=subprocess.DEVNULL,
                        stdout=subprocess.PIPE,
                        stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
                        timeout=self.args.timeout,
                    )
                except OSError as error:
                    if attempt == 4:
                        said = f"error: cannot run kilnc: {error}\n".encode()
                        return subprocess.CompletedProcess(
                            cmd, 127, said if merge_stderr else b"",
                            b"" if merge_stderr else said)
                    time.sleep(1 + attempt)
        except subprocess.TimeoutExpired:
            return None
        finally:
            try:
                if os.path.dirname(scratch) != self.scratch_dir:
                    shutil.rmtree(os.path.dirname(scratch))
                else:
                    os.unlink(scratch)
            except OSError:
                pass


class ParseModeRunner(ModeRunner):
    """Runs `kilnc --syntax-only` on one test at a time (thread-safe)."""

    def run(self, path):
        with open(os.path.join(self.args.test262_dir, path), "rb") as f:
            source = f.read()
        meta = parse_front_matter(source)
        if not meta.is_raw and not meta.is_module:
            source = STRICT_PROLOGUE + source
        scratch = self._scratch_path(path, meta.is_module)
        cmd = [
            self.args.kilnc,
            "--syntax-only",
            "--module" if meta.is_module else "--script",
            scratch,
        ]
        proc = self._run_kilnc(cmd, scratch, source, merge_stderr=True)
        if proc is None:
            return Outcome(path, f"timeout after {self.args.timeout:g} s")
        # Diagnostics name the test, not its scratch copy (whose line numbers
        # are one higher when the strict prologue was prepended).
        output = proc.stdout.decode("utf-8", "replace").replace(scratch, path)
        return Outcome(path, self._judge(meta, proc.returncode, output), output)

    @staticmethod
    def _judge(meta, status, output):
        """Returns why the test failed, or None when it passed."""
        if status < 0:
            return f"crash: {signal_name(-status)}"
        if meta.expects_parse_error:
            if status == 0:
                return f"accepted, but must be rejected ({meta.negative_type})"
            if status != 1:
                return f"exit status {status} (expected 1)"
            if "error:" not in output:
                return "exit status 1 without an 'error:' diagnostic"
            return None
        if status == 1:
            return "rejected: " + (first_error_line(output) or "(no diagnostic)")
        if status != 0:
            said = first_error_line(output) or output.strip().split("\n")[0]
            return f"exit status {status}" + (f": {said}" if said else "")
        return None


# kilnc's messages for constructs that parse but that the code generators
# cannot lower yet: failures with them are "unsupported", not bugs.
UNSUPPORTED_MARKERS = (
    "is not yet supported by the KIR generator",
    "no bytecode for KIR instruction",
)
# The harness files every non-raw test starts with (INTERPRETING.md).
DEFAULT_HARNESS = ("assert.js", "sta.js")
# Async tests report through $DONE (doneprintHandle.js), which calls `print`.
# asyncHelpers.js checks for an own `$DONE` of the global object, which a
# script-level function declaration does not create in Kiln (its top-level
# declarations are not global object properties), so the shim adds one.
ASYNC_HARNESS = "doneprintHandle.js"
PRINT_SHIM = (b"function print(message) { console.log(message); } "
              b"globalThis.$DONE = (error) => $DONE(error);\n")
ASYNC_COMPLETE = "Test262:AsyncTestComplete"
ASYNC_FAILURE = "Test262:AsyncTestFailure:"


def uncaught_line(stderr):
    """The `Uncaught ...` line kilnc prints for an uncaught exception, or ""."""
    for line in stderr.splitlines():
        if line.startswith("Uncaught"):
            return line.strip()
    return ""


def error_message(output):
    """The message of kilnc's first `error:` diagnostic, or ""."""
    for line in output.splitlines():
        at = line.find("error:")
        if at >= 0:
            return line[at + len("error:"):].strip()
    return ""


class RunModeRunner(ModeRunner):
    """Runs `kilnc run` on one test and its harness at a time (thread-safe)."""

    def __init__(self, args, scratch_dir):
        super().__init__(args, scratch_dir)
        # Harness file name -> bytes (always newline-terminated); filled
        # lazily under the lock.
        self.harness = {}

    def _harness_file(self, name):
        with self.lock:
            text = self.harness.get(name)
            if text is None:
                with open(os.path.join(self.args.test262_dir, "harness", name),
                          "rb") as f:
                    text = f.read()
                if not text.endswith(b"\n"):
                    text += b"\n"
                self.harness[name] = text
            return text

    def _assemble(self, path, source, meta):
        """Returns the program to run and its segments: (first line, name)
        pairs that map the program's lines back to the files they came from.
        """
        if meta.is_raw:
            return source, [(1, path)]
        parts, segments, line = [], [], 1
        if not meta.is_module:
            parts.append(STRICT_PROLOGUE)
            line += 1
        names = DEFAULT_HARNESS + tuple(
            n for n in meta.includes if n not in DEFAULT_HARNESS)
        if meta.is_async:
            parts.append(PRINT_SHIM)
            segments.append((line, "<print shim>"))
            line += 1
            if ASYNC_HARNESS not in names:
                names += (ASYNC_HARNESS,)
        for name in names:
            text = self._harness_file(name)
            parts.append(text)
            segments.append((line, "harness/" + name))
            line += text.count(b"\n")
        parts.append(source)
        segments.append((line, path))
        return b"".join(parts), segments

    @staticmethod
    def _relocate(output, scratch, segments):
        """Rewrites `scratch:line:col` in kilnc's output to the harness file
        or the test that the line came from."""
        def where(match):
            n = int(match.group(1))
            first, name = segments[0]
            for seg_first, seg_name in segments:
                if seg_first <= n:
                    first, name = seg_first, seg_name
            return f"{name}:{n - first + 1}"
        pattern = re.compile(re.escape(scratch) + r":(\d+)")
        return pattern.sub(where, output)

    def run(self, path):
        with open(os.path.join(self.args.test262_dir, path), "rb") as f:
            source = f.read()
        meta = parse_front_matter(source)
        program, segments = self._assemble(path, source, meta)
        scratch = self._scratch_path(path, meta.is_module)
        cmd = [
            self.args.kilnc,
            "run",
            "--module" if meta.is_module else "--script",
            scratch,
        ]
        proc = self._run_kilnc(cmd, scratch, program, merge_stderr=False)
        if proc is None:
            return Outcome(path, f"timeout after {self.args.timeout:g} s")
        stdout = proc.stdout.decode("utf-8", "replace")
        stderr = self._relocate(proc.stderr.decode("utf-8", "replace"),
                                scratch, segments)
        detail = stderr + (("--- stdout:\n" + stdout) if stdout.strip() else "")
        status, stderr = self._forgive_unhandled_rejection(proc.returncode,
                                                           stderr)
        reason = self._judge(meta, status, stderr)
        if meta.is_async and reason is None and not meta.negative_phase:
            reason = self._judge_async(stdout)
        return Outcome(path, reason, detail)

    @staticmethod
    def _forgive_unhandled_rejection(status, stderr):
        """test262 leaves unhandled rejections to the host (they are not
        failures), while kilnc, like node, exits with status 1 after
        reporting one: such a report alone counts as a clean exit."""
        uncaught = uncaught_line(stderr)
        if status != 1 or not uncaught.startswith("Uncaught (in promise)"):
            return status, stderr
        kept, skipping = [], False
        for line in stderr.splitlines():
            if line.startswith("Uncaught (in promise)"):
                skipping = True
                continue
            if skipping and line.startswith("    at "):
                continue
            skipping = False
            kept.append(line)
        return 0, "\n".join(kept)

    @staticmethod
    def _judge_async(stdout):
        """Why an async test that exited cleanly failed, or None."""
        for line in stdout.splitlines():
            if line.startswith(ASYNC_FAILURE):
                return "async failure: " + line[len(ASYNC_FAILURE):].strip()
        if ASYNC_COMPLETE in stdout.splitlines():
            return None
        return "async test did not complete ($DONE was not called)"

    @staticmethod
    def _why(status, stderr):
        """Names what went wrong when kilnc did not exit cleanly."""
        if status < 0:
            return f"crash: {signal_name(-status)}"
        uncaught = uncaught_line(stderr)
        if uncaught:
            return "uncaught" + uncaught[len("Uncaught"):]
        message = error_message(stderr)
        if status == 1 and message:
            if any(m in message for m in UNSUPPORTED_MARKERS):
                return "unsupported: " + message
            return "compile error: " + message
        said = message or (stderr.strip().split("\n")[0] if stderr.strip() else "")
        return f"exit status {status}" + (f": {said}" if said else "")

    @classmethod
    def _judge(cls, meta, status, stderr):
        """Returns why the test failed, or None when it passed."""
        uncaught = uncaught_line(stderr)
        if meta.negative_phase in ("parse", "resolution"):
            if (status == 1 and not uncaught and "error:" in stderr):
                return None
            if status == 0:
                return (f"ran, but must fail to compile "
                        f"({meta.negative_type})")
            return cls._why(status, stderr)
        if meta.negative_phase == "runtime":
            want = f"Uncaught {meta.negative_type}"
            # An Error prints as `Uncaught Name: message`, another object
            # (test262's Test262Error) as `Uncaught Name { ... }`.
            if status == 1 and (uncaught == want or
                                uncaught.startswith((want + ":", want + " "))):
                return None
            if status == 0:
                return f"completed, but must throw {meta.negative_type}"
            return cls._why(status, stderr)
        if status == 0 and not uncaught:
            return None
        return cls._why(status, stderr)


RUNNERS = {"parse": ParseModeRunner, "run": RunModeRunner}


def run_all(args, paths):
    """Runs every test in parallel; returns Outcomes in selection order."""
    scratch_dir = tempfile.mkdtemp(prefix="kiln-test262-")
    runner = RUNNERS[args.mode](args, scratch_dir)
    outcomes = []
    show_progress = sys.stderr.isatty()
    try:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for i, outcome in enumerate(pool.map(runner.run, paths), 1):
                outcomes.append(outcome)
                if show_progress and (i % 100 == 0 or i == len(paths)):
                    print(f"\r[{i}/{len(paths)}]", end="", file=sys.stderr)
    finally:
        if show_progress:
            print("\r" + " " * 24 + "\r", end="", file=sys.stderr)
        shutil.rmtree(scratch_dir, ignore_errors=True)
    return outcomes


def reason_key(reason):
    """A failure reason with its numbers replaced by N, so that failures with
    the same cause count together; names stay, since they say which builtin
    or construct is missing."""
    reason = re.sub(r"\b\d+(\.\d+)?\b", "N", reason)
    return reason if len(reason) <= 100 else reason[:97] + "..."


def reason_category(reason):
    """The category of a failure reason: its text before the first colon,
    and for an uncaught exception `uncaught <constructor name>`."""
    if reason.startswith("uncaught "):
        name = re.match(r"[A-Za-z_$][\w$]*", reason[len("uncaught "):])
        return "uncaught " + (name.group(0) if name else "non-object value")
    return reason.split(":")[0]


def print_reason_table(failures, count):
    """Prints the failure categories and the `count` most common reasons."""
    categories = Counter(reason_category(o.reason) for o in failures)
    print("failures by category: " + ", ".join(
        f"{name} {n}" for name, n in categories.most_common()))
    reasons = Counter(reason_key(o.reason) for o in failures)
    print(f"top {min(count, len(reasons))} of {len(reasons)} failure reasons:")
    for reason, n in reasons.most_common(count):
        print(f"  {n:6d}  {reason}")


def write_failures(path, failures):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for o in failures:
            f.write(f"{o.path}\t{o.reason}\n")


def report(args, suite, paths, outcomes, expected, seconds):
    """Prints the summary; returns the JSON-able result."""
    in_scope = set(paths)
    failures = [o for o in outcomes if not o.passed]
    unexpected = [o for o in failures if o.path not in expected]
    known = [o for o in failures if o.path in expected]
    failed_paths = {o.path for o in failures}
    flaky = expectations.flaky(expected)
    now_passing = sorted(p for p in expected if p in in_scope
                         and p not in failed_paths and p not in flaky)
    passed = len(outcomes) - len(failures)
    write_failures(args.failures_out, failures)

    if args.verbose:
        for o in failures:
            print(f"FAIL {o.path}: {o.reason}")
            for line in o.detail.rstrip().splitlines():
                print("    " + line)
    if args.mode == "run" and failures:
        print_reason_table(failures, args.reasons)
    if unexpected:
        print(f"{len(unexpected)} unexpected failures:")
        for o in unexpected[: args.show]:
            print(f"  {o.path}: {o.reason}")
        if len(unexpected) > args.show:
            print(f"  ... and {len(unexpected) - args.show} more")
        print(f"  (all failures: {args.failures_out})")
    if now_passing and not args.update_expected:
        name = os.path.basename(args.expected)
        print(f"{len(now_passing)} tests in {name} now pass; remove them:")
        for p in now_passing[: args.show]:
            print(f"  {p}")
        if len(now_passing) > args.show:
            print(f"  ... and {len(now_passing) - args.show} more")
    stale = sorted(p for p in expected if p not in in_scope) if not args.prefixes else []
    if stale and not args.update_expected:
        print(f"{len(stale)} entries of {os.path.basename(args.expected)} "
              "are not in the selection (remove them): " + ", ".join(stale[:5]))
    print(f"{suite}: {passed} passed, {len(failures)} failed "
          f"({len(known)} expected) in {seconds:.1f} s")
    return {
        "suite": suite,
        "skipped": False,
        "passed": passed,
        "failed": len(failures),
        "expected": len(known),
        "unexpected": len(unexpected),
        "now_passing": len(now_passing),
        "seconds": round(seconds, 2),
    }


def write_json(path, result):
    if path:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)


def main(argv):
    args = parse_args(argv)
    suite = f"test262 {args.mode}"
    if not os.path.isdir(args.test262_dir):
        reason = (f"{args.test262_dir} is not a directory; set KILN_TEST262_DIR "
                  "to a test262 checkout")
        print(f"{suite}: skipped: {reason}")
        write_json(args.json_out, {"suite": suite, "skipped": True, "reason": reason})
        return 0
    if not os.access(args.kilnc, os.X_OK):
        print(f"{suite}: error: {args.kilnc} is not an executable "
              "(build it with 'make build' or pass --kilnc)", file=sys.stderr)
        return 2

    paths = select_tests(args)
    if not paths:
        print(f"{suite}: error: no test matches {' '.join(args.prefixes)}",
              file=sys.stderr)
        return 2
    expected = expectations.load(args.expected)
    if args.memory_limit > 0:
        # Inherited by every kilnc: runaway allocation becomes a crash (a
        # failure) instead of exhausting the machine.
        limit = args.memory_limit << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    start = time.monotonic()
    outcomes = run_all(args, paths)
    seconds = time.monotonic() - start
    result = report(args, suite, paths, outcomes, expected, seconds)
    write_json(args.json_out, result)

    if args.update_expected:
        count = expectations.update(args.expected, expected, paths, outcomes,
                                    whole_selection=not args.prefixes,
                                    mode=args.mode,
                                    # A run-mode reason is where the test
                                    # stops today; it moves as the VM grows.
                                    keep_reasons=args.mode != "run")
        print(f"wrote {args.expected}: {count} expected failures")
        return 0
    return 1 if result["unexpected"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
