#!/usr/bin/env python3
"""Times Kiln's bytecode VM against node on the workloads in bench/vm/.

Each workload (bench/vm/*.js) is a plain script that does a fixed amount of
work and prints a checksum. It runs under `kilnc run` (compile to bytecode,
then run on the VM: kilnc's own compile time is included in its figure and
also measured alone, with `kilnc --emit=bytecode`), `node --jitless` (V8's
Ignition interpreter, the fair comparison for an interpreter) and `node`
(with its JIT). The runs are interleaved: round 1 runs every workload on
every engine, then round 2, ..., so a slow spell of a shared machine hits
all engines alike. Every engine's output must equal node's, or the
workload is reported as failed.

Prints a markdown table of the median wall-clock times (and, with
--metric=cpu, of user+system CPU time instead) with the ratios
Kiln / node --jitless and Kiln / node (below 1.00 means Kiln is faster).
Exit status 1 when outputs disagree or a run fails.
"""

import argparse
import glob
import os
import resource
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)


def run_once(cmd):
    """(wall seconds, cpu seconds, stdout, exit status) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        return 0.0, 0.0, f"cannot run {cmd[0]}: {e}", -1
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout.decode("utf-8", "replace"), proc.returncode


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--kilnc", default=os.path.join(REPO_ROOT, "build", "bin", "kilnc"),
                   help="kilnc of a Release build (default: build/bin/kilnc)")
    p.add_argument("--node", default="node")
    p.add_argument("-n", "--runs", type=int, default=5,
                   help="runs per workload and engine (default 5)")
    p.add_argument("--metric", choices=("wall", "cpu"), default="wall")
    p.add_argument("workloads", nargs="*",
                   help="names of bench/vm workloads (default: all)")
    args = p.parse_args(argv)
    args.kilnc = os.path.abspath(args.kilnc)

    files = sorted(glob.glob(os.path.join(BENCH_DIR, "vm", "*.js")))
    if args.workloads:
        files = [f for f in files
                 if os.path.splitext(os.path.basename(f))[0] in args.workloads]
    if not files:
        print("no workloads selected", file=sys.stderr)
        return 1
    if not os.access(args.kilnc, os.X_OK):
        print(f"{args.kilnc} does not exist; build it first (make build)",
              file=sys.stderr)
        return 1
    engines = {
        "kiln": lambda f: [args.kilnc, "run", f],
        "node --jitless": lambda f: [args.node, "--jitless", f],
        "node": lambda f: [args.node, f],
        "compile": lambda f: [args.kilnc, "--emit=bytecode", f],
    }
    node_version = subprocess.run([args.node, "--version"], capture_output=True,
                                  text=True).stdout.strip()
    print(f"kilnc: {args.kilnc}; node {node_version}; {args.runs} runs each, "
          f"interleaved; metric: {args.metric} time, median", flush=True)

    times = {(f, e): [] for f in files for e in engines}
    outputs = {}
    problems = []
    for round_ in range(args.runs):
        for f in files:
            for engine, command in engines.items():
                wall, cpu, out, status = run_once(command(f))
                name = os.path.basename(f)
                if status != 0:
                    problems.append(f"{name}: {engine} exited {status}")
                times[(f, engine)].append(cpu if args.metric == "cpu" else wall)
                if engine == "compile":
                    continue
                reference = outputs.setdefault(f, out)
                if out != reference:
                    problems.append(f"{name}: {engine} printed {out.strip()!r}, "
                                    f"expected {reference.strip()!r}")
        print(f"round {round_ + 1}/{args.runs} done", file=sys.stderr, flush=True)

    print()
    print("| workload | Kiln (s) | node --jitless (s) | node (s) | "
          "Kiln / jitless | Kiln / node | kilnc compile (ms) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for f in files:
        med = {e: statistics.median(times[(f, e)]) for e in engines}
        name = os.path.splitext(os.path.basename(f))[0]
        print(f"| {name} | {med['kiln']:.3f} | {med['node --jitless']:.3f} | "
              f"{med['node']:.3f} | {med['kiln'] / med['node --jitless']:.2f} | "
              f"{med['kiln'] / med['node']:.2f} | {med['compile'] * 1000:.0f} |")
    for line in dict.fromkeys(problems):
        print("FAIL " + line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
