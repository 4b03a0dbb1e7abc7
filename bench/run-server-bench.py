#!/usr/bin/env python3
"""Measures Kiln's HTTP server against node, Bun and Deno serving the same handler.

Every server runs the same Workers-modules-style handler file from
bench/server/ (hello.js: a fixed plain-text body; json.js: Response.json of an
object built from the URL's query). Kiln compiles it with `kilnc build` into a
static executable; node (node:http through bench/server/node-serve.mjs), Bun
(Bun.serve through bench/server/bun-serve.js) and Deno (`deno serve` on the
module itself) load it unchanged. Bun and Deno come from bench/install-peers.sh.

Measured, side by side in one run:
- cold start: from spawning a fresh server process (one worker) to the first
  200 response to `GET /` on 127.0.0.1 (the client retries connect in a
  tight loop, then sends one GET on a raw socket), --runs times per server,
  interleaved; median and 90th percentile;
- throughput and p99 latency: `wrk --latency` against 127.0.0.1 with one worker
  and with --workers workers (default: all CPUs), --rounds times interleaved,
  medians; wrk runs on the same machine and shares its cores with the server;
- memory: RSS of the server's whole process group (sum of VmRSS in
  /proc/PID/status) once idle after start-up and one request, and its maximum
  sampled during the measured wrk run;
- size: the Kiln server executable; for peers, the runtime executable plus the
  handler and adapter scripts.

Before measuring, every server must answer 200 with the expected body. Servers run
in their own process group, are stopped by PID (SIGTERM, then SIGKILL to the
group) and none is left behind on failure or Ctrl-C. Prints markdown tables
for docs/benchmarks.md, each value followed by its ratio to Kiln's (the first
server measured when Kiln is skipped). Exit status 1 when a server failed.
"""

import argparse
import http.client
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
SERVER_DIR = os.path.join(BENCH_DIR, "server")
PEERS_DIR = os.path.join(BENCH_DIR, ".peers", "node_modules")
DEFAULT_BUN = os.path.join(PEERS_DIR, "@oven", "bun-linux-x64", "bin", "bun")
DEFAULT_DENO = os.path.join(PEERS_DIR, "@deno", "linux-x64-glibc", "deno")

# Workload name -> the request path wrk and the body check use.
WORKLOADS = {"hello": "/", "json": "/items?name=kiln&n=42"}

# The body every server must answer with (JSON.stringify of json.js's object).
EXPECTED_BODY = {
    "hello": b"Hello, world!\n",
    "json": json.dumps({"greeting": "Hello, kiln!", "path": "/items", "count": 42,
                        "doubled": 84, "tags": ["kiln", "bench", "kiln"], "ok": True},
                       separators=(",", ":")).encode(),
}

# How each server uses every core ("all workers" mode), for the printed notes.
ALL_WORKERS_MODE = {
    "kiln": "`--workers W`: W event-loop threads in one process, one SO_REUSEPORT listener each",
    "node": "node:cluster, W worker processes (+ the primary, which accepts and "
            "hands connections out round-robin)",
    "bun": "W processes, each `Bun.serve({reusePort: true})` (SO_REUSEPORT)",
    "node-plain": "as node",
    "deno": "`deno serve --parallel` with DENO_JOBS=W: W isolates on threads in one process",
}

READY_TIMEOUT_S = 15.0  # how long a server may take to answer its first request

LIVE_GROUPS = set()  # process groups of servers started and not yet stopped


def kill_group(pgid, sig):
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def kill_all_live():
    for pgid in list(LIVE_GROUPS):
        kill_group(pgid, signal.SIGKILL)
        LIVE_GROUPS.discard(pgid)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(port, path, timeout=5.0):
    """(status, body bytes) of one GET on a fresh connection."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Connection": "close"})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def group_pids(pgid):
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # state, ppid, pgrp
            pids.append(int(entry))
    return pids


def rss_kib(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total


class ServerSpec:
    """How to start one kind of server: `argv(handler, port, workers)`, env."""

    def __init__(self, name, label, argv, binary, scripts, version, env=None):
        self.name, self.label, self.argv = name, label, argv
        self.binary, self.scripts, self.version = binary, scripts, version
        self.env = env or {}
        self.failed = None  # reason, once the server is excluded


class Server:
    """One running server process group; a context manager that always stops it."""

    def __init__(self, spec, workload, workers, logdir):
        self.spec, self.workload, self.workers = spec, workload, workers
        self.port = free_port()
        self.log_path = os.path.join(logdir, f"{spec.name}-{workload}-{workers}.log")
        self.proc = None

    def start(self):
        env = dict(os.environ, PORT=str(self.port), **self.spec.env(self.workers))
        log = open(self.log_path, "ab")
        try:
            self.proc = subprocess.Popen(
                self.spec.argv(self.workload, self.port, self.workers),
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                env=env, cwd=REPO_ROOT, start_new_session=True)
        finally:
            log.close()
        LIVE_GROUPS.add(self.proc.pid)

    def wait_ready(self, path, deadline_s=READY_TIMEOUT_S):
        """Polls connect + GET until a 200 and returns its body."""
        end = time.perf_counter() + deadline_s
        while time.perf_counter() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"exited with status {self.proc.returncode}: "
                                   f"{self.log_tail()}")
            try:
                status, body = http_get(self.port, path, timeout=deadline_s)
                if status == 200:
                    return body
                raise RuntimeError(f"GET {path} answered {status}: {body[:200]!r}")
            except (ConnectionRefusedError, ConnectionResetError,
                    http.client.RemoteDisconnected, BrokenPipeError):
                time.sleep(0.0005)
            except (OSError, http.client.HTTPException) as e:
                raise RuntimeError(f"GET {path} failed: {e!r}") from None
        raise RuntimeError(f"no 200 within {deadline_s:.0f} s: {self.log_tail()}")

    def wait_first_response(self, deadline_s=READY_TIMEOUT_S):
        """The cold-start client: connects in a tight loop (no sleep, so the
        figure is the server's, not the poll interval's), sends one GET / and
        reads until the server closes; raises unless the status is 200."""
        request = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        end = time.perf_counter() + deadline_s
        while time.perf_counter() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"exited with status {self.proc.returncode}: "
                                   f"{self.log_tail()}")
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                sock.connect(("127.0.0.1", self.port))
            except (ConnectionRefusedError, ConnectionResetError):
                sock.close()
                continue
            try:
                sock.settimeout(deadline_s)
                sock.sendall(request)
                data = b""
                while True:
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    data += chunk
            except (ConnectionResetError, BrokenPipeError):
                continue
            finally:
                sock.close()
            if not data.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(f"GET / answered {data[:100]!r}")
            return
        raise RuntimeError(f"no 200 within {deadline_s:.0f} s: {self.log_tail()}")

    def log_tail(self):
        try:
            with open(self.log_path, "rb") as f:
                return f.read()[-600:].decode("utf-8", "replace").strip() or "(no output)"
        except OSError:
            return "(no log)"

    def stop(self):
        if self.proc is None:
            return
        pgid = self.proc.pid
        kill_group(pgid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        kill_group(pgid, signal.SIGKILL)  # stragglers (children of a dead primary)
        self.proc.wait()
        LIVE_GROUPS.discard(pgid)
        self.proc = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()


UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def parse_wrk(text):
    """{'rps', 'p99_ms', 'errors'} from `wrk --latency` output."""
    rps = re.search(r"^Requests/sec:\s*([\d.]+)", text, re.M)
    p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s)\b", text, re.M)
    if not rps or not p99:
        raise RuntimeError(f"cannot parse wrk output: {text[-400:]!r}")
    errors = 0
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if sock:
        errors += sum(int(g) for g in sock.groups())
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if non2xx:
        errors += int(non2xx.group(1))
    return {"rps": float(rps.group(1)),
            "p99_ms": float(p99.group(1)) * UNIT_MS[p99.group(2)], "errors": errors}


def run_wrk(args, port, path, seconds, pgid=None):
    """Runs wrk; with pgid, also samples the group's RSS. (wrk result, max RSS KiB)."""
    cmd = [args.wrk, f"-t{args.threads}", f"-c{args.connections}", f"-d{seconds}s",
           "--latency", f"http://127.0.0.1:{port}{path}"]
    peak = [0]
    done = threading.Event()

    def sample():
        pids = group_pids(pgid)
        while not done.wait(0.1):
            peak[0] = max(peak[0], rss_kib(pids))

    sampler = threading.Thread(target=sample, daemon=True) if pgid else None
    if sampler:
        sampler.start()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 30)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"wrk did not finish within {seconds + 30} s") from None
    finally:
        done.set()
        if sampler:
            sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"wrk exited {proc.returncode}: {proc.stderr.strip()}")
    return parse_wrk(proc.stdout), peak[0]


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def tool_version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30).stdout
        return out.strip().splitlines()[0] if out.strip() else "?"
    except (OSError, subprocess.TimeoutExpired):
        return "?"


def kiln_version(kilnc):
    """'kilnc 0.1.0, tree abc1234 (+ local changes)' for the printed header."""
    words = tool_version([kilnc, "--version"]).split()
    text = "kilnc " + (words[-1] if words else "?")
    head = tool_version(["git", "-C", REPO_ROOT, "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", REPO_ROOT, "status", "--porcelain",
                            "--untracked-files=no"], capture_output=True, text=True).stdout
    return f"{text}, tree {head}" + (" + local changes" if dirty.strip() else "")


def build_kiln(args, workdir):
    """{workload: executable} built with `kilnc build`, or None with a reason."""
    if not os.access(args.kilnc, os.X_OK):
        return None, f"{args.kilnc} does not exist (make build)"
    binaries = {}
    for workload in args.workloads:
        out = os.path.join(workdir, f"kiln-{workload}")
        cmd = [args.kilnc, "build", os.path.join(SERVER_DIR, f"{workload}.js"), "-o", out]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0 or not os.access(out, os.X_OK):
            detail = (proc.stderr or proc.stdout).strip().splitlines()
            return None, (f"`{' '.join(cmd)}` failed (status {proc.returncode}): "
                          + (detail[-1] if detail else "no output"))
        binaries[workload] = out
    return binaries, None


def make_specs(args, kiln_binaries):
    handler = lambda w: os.path.join(SERVER_DIR, f"{w}.js")
    none = lambda workers: {}
    specs = []
    if kiln_binaries:
        specs.append(ServerSpec(
            "kiln", "Kiln",
            lambda w, port, n: [kiln_binaries[w], "--host", "127.0.0.1",
                                "--port", str(port), "--workers", str(n)],
            kiln_binaries, [], kiln_version(args.kilnc), none))
    if "node" in args.peers:
        specs.append(ServerSpec(
            "node", "node:http",
            lambda w, port, n: [args.node, os.path.join(SERVER_DIR, "node-serve.mjs"),
                                handler(w), "--host", "127.0.0.1", "--port", str(port),
                                "--workers", str(n)],
            args.node, ["node-serve.mjs"], "node " + tool_version([args.node, "--version"]),
            none))
    if "node-plain" in args.peers:
        specs.append(ServerSpec(
            "node-plain", "node:http, no Fetch objects",
            lambda w, port, n: [args.node, os.path.join(SERVER_DIR, "node-plain.mjs"),
                                w, "--host", "127.0.0.1", "--port", str(port),
                                "--workers", str(n)],
            args.node, ["node-plain.mjs"], "node " + tool_version([args.node, "--version"]),
            none))
    if "bun" in args.peers:
        specs.append(ServerSpec(
            "bun", "Bun.serve",
            lambda w, port, n: [args.bun, os.path.join(SERVER_DIR, "bun-serve.js"),
                                handler(w), "--host", "127.0.0.1", "--port", str(port),
                                "--workers", str(n)],
            args.bun, ["bun-serve.js"], "bun " + tool_version([args.bun, "--version"]),
            none))
    if "deno" in args.peers:
        deno_dir = os.path.join(BENCH_DIR, ".peers", "deno-dir")
        specs.append(ServerSpec(
            "deno", "deno serve",
            lambda w, port, n: [args.deno, "serve", "--quiet", "--host", "127.0.0.1",
                                "--port", str(port)] + (["--parallel"] if n > 1 else [])
                               + [handler(w)],
            args.deno, [], " ".join(tool_version([args.deno, "--version"]).split()[:2]),
            lambda n: {"DENO_JOBS": str(n), "DENO_NO_UPDATE_CHECK": "1",
                       "DENO_DIR": deno_dir}))
    return specs


def size_of(spec, workload):
    if spec.name == "kiln":
        return os.path.getsize(spec.binary[workload]), 0
    scripts = [] if spec.name == "node-plain" else [os.path.join(SERVER_DIR, f"{workload}.js")]
    scripts += [os.path.join(SERVER_DIR, s) for s in spec.scripts]
    return os.path.getsize(os.path.realpath(spec.binary)), sum(map(os.path.getsize, scripts))


def check_bodies(specs, args, logdir):
    """Starts every server once per workload; excludes any whose body is wrong."""
    for workload in args.workloads:
        for spec in specs:
            if spec.failed:
                continue
            try:
                with Server(spec, workload, 1, logdir) as server:
                    body = server.wait_ready(WORKLOADS[workload])
            except RuntimeError as e:
                spec.failed = f"{workload}: {e}"
                continue
            if body != EXPECTED_BODY[workload]:
                spec.failed = (f"{workload}: body {body[:160]!r}, expected "
                               f"{EXPECTED_BODY[workload][:160]!r}")


def measure_cold_start(specs, args, logdir):
    times = {s.name: [] for s in specs}
    for run in range(args.runs):
        for spec in specs:
            if spec.failed:
                continue
            server = Server(spec, "hello", 1, logdir)
            try:
                start = time.perf_counter()
                server.start()
                server.wait_first_response()
                times[spec.name].append(time.perf_counter() - start)
            except RuntimeError as e:
                spec.failed = f"cold start: {e}"
            finally:
                server.stop()
        print(f"cold start run {run + 1}/{args.runs} done", file=sys.stderr, flush=True)
    return times


def measure_load(specs, args, logdir):
    """results[(server, workload, workers)] = list of per-round dicts."""
    results = {}
    for round_ in range(args.rounds):
        for workload in args.workloads:
            path = WORKLOADS[workload]
            for workers in (1, args.workers):
                for spec in specs:
                    if spec.failed:
                        continue
                    try:
                        with Server(spec, workload, workers, logdir) as server:
                            server.wait_ready(path)
                            time.sleep(0.3)
                            idle = rss_kib(group_pids(server.proc.pid))
                            if args.warmup > 0:
                                run_wrk(args, server.port, path, args.warmup)
                            wrk, peak = run_wrk(args, server.port, path, args.duration,
                                                server.proc.pid)
                            if server.proc.poll() is not None:
                                raise RuntimeError("exited during the run: "
                                                   + server.log_tail())
                    except RuntimeError as e:
                        spec.failed = f"{workload}, {workers} workers: {e}"
                        continue
                    wrk.update(idle_kib=idle, peak_kib=peak)
                    results.setdefault((spec.name, workload, workers), []).append(wrk)
        print(f"load round {round_ + 1}/{args.rounds} done", file=sys.stderr, flush=True)
    return results


def cell(value, base, fmt):
    """`value` formatted, with its ratio to `base` when there is one."""
    if value is None:
        return "–"
    text = fmt.format(value)
    return text if not base else f"{text} ({value / base:.2f}×)"


def print_tables(specs, args, cold, load, problems):
    measured = [s for s in specs
                if cold.get(s.name) or any(k[0] == s.name for k in load)]
    if not measured:
        return
    base = measured[0]
    mib = lambda kib: kib / 1024.0
    median_of = lambda rs, key: statistics.median(r[key] for r in rs) if rs else None
    print()
    print(f"Ratios in parentheses: the value divided by {base.label}'s.")

    if cold:
        rows = {}
        for spec in measured:
            ts = cold.get(spec.name) or []
            idle = median_of(load.get((spec.name, "hello", 1)), "idle_kib")
            exe, scripts = size_of(spec, "hello")
            rows[spec.name] = {
                "med": statistics.median(ts) * 1000 if ts else None,
                "p90": percentile(ts, 0.9) * 1000 if ts else None,
                "idle": mib(idle) if idle is not None else None,
                "exe": exe / 1e6, "scripts": scripts / 1000}
        print()
        print("| server | cold start, median (ms) | p90 (ms) | idle RSS, 1 worker (MiB) | "
              "executable (MB) | + scripts (KB) |")
        print("|---|---:|---:|---:|---:|---:|")
        ref = rows[base.name]
        for spec in measured:
            row = rows[spec.name]
            r = lambda k: None if spec is base else ref[k]
            print(f"| {spec.label} | {cell(row['med'], r('med'), '{:.1f}')} | "
                  f"{cell(row['p90'], r('p90'), '{:.1f}')} | "
                  f"{cell(row['idle'], r('idle'), '{:.1f}')} | "
                  f"{cell(row['exe'], r('exe'), '{:.2f}')} | {row['scripts']:.1f} |")

    modes = (1, args.workers)
    for workload in args.workloads:
        if not any(k[1] == workload for k in load):
            continue
        print()
        print(f"`{workload}` (GET {WORKLOADS[workload]}), wrk -t{args.threads} "
              f"-c{args.connections} -d{args.duration}s, median of {args.rounds} rounds:")
        print()
        head = []
        for w in modes:
            tag = "1 worker" if w == 1 else f"{w} workers"
            head += [f"req/s, {tag}", f"p99 ms, {tag}", f"peak RSS MiB, {tag}"]
        print("| server | " + " | ".join(head) + " |")
        print("|---|" + "---:|" * len(head))
        rows = {}
        for spec in measured:
            for w in modes:
                rs = load.get((spec.name, workload, w), [])
                peak = median_of(rs, "peak_kib")
                rows[(spec.name, w)] = {"rps": median_of(rs, "rps"),
                                        "p99": median_of(rs, "p99_ms"),
                                        "rss": mib(peak) if peak is not None else None}
                errors = sum(r["errors"] for r in rs)
                if errors:
                    problems.append(f"{spec.name}: {workload}, {w} workers: "
                                    f"{errors} wrk errors or non-2xx responses")
        for spec in measured:
            cells = []
            for w in modes:
                row, ref = rows[(spec.name, w)], rows[(base.name, w)]
                r = lambda k: None if spec is base else ref[k]
                cells += [cell(row["rps"], r("rps"), "{:,.0f}"),
                          cell(row["p99"], r("p99"), "{:.2f}"),
                          cell(row["rss"], r("rss"), "{:.1f}")]
            print(f"| {spec.label} | " + " | ".join(cells) + " |")
    print()
    for spec in measured:
        print(f"- {spec.label} ({spec.version}), all workers: {ALL_WORKERS_MODE[spec.name]}")


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--kilnc", default=os.path.join(REPO_ROOT, "build", "bin", "kilnc"),
                   help="kilnc with `build` (default: build/bin/kilnc); Kiln is "
                        "skipped with a message when it cannot build the handlers")
    p.add_argument("--peers", default="node,bun,deno",
                   help="comma-separated peers (default: node,bun,deno; also "
                        "node-plain: the workloads hand-written on node:http "
                        "without Fetch objects, for context)")
    p.add_argument("--workloads", default="hello,json",
                   help="comma-separated workloads of bench/server (default: hello,json)")
    p.add_argument("--runs", type=int, default=20, help="cold starts per server (20)")
    p.add_argument("--rounds", type=int, default=3,
                   help="interleaved wrk rounds per server and mode (3)")
    p.add_argument("--duration", type=int, default=5, help="seconds per wrk run (5)")
    p.add_argument("--warmup", type=int, default=1,
                   help="seconds of unmeasured wrk before each run (1; 0: none)")
    p.add_argument("--connections", type=int, default=50, help="wrk -c (50)")
    p.add_argument("--threads", type=int, default=1, help="wrk -t (1)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="workers in 'all workers' mode (default: CPUs)")
    p.add_argument("--skip-cold-start", action="store_true")
    p.add_argument("--skip-load", action="store_true")
    p.add_argument("--node", default=shutil.which("node") or "/usr/bin/node")
    p.add_argument("--bun", default=DEFAULT_BUN)
    p.add_argument("--deno", default=DEFAULT_DENO)
    p.add_argument("--wrk", default=shutil.which("wrk") or "wrk")
    args = p.parse_args(argv)
    args.kilnc = os.path.abspath(args.kilnc)
    args.peers = [x for x in args.peers.split(",") if x]
    args.workloads = [x for x in args.workloads.split(",") if x]
    for name in args.peers:
        if name not in ("node", "node-plain", "bun", "deno"):
            p.error(f"unknown peer {name!r} (node, node-plain, bun, deno)")
    for name in args.workloads:
        if name not in WORKLOADS:
            p.error(f"unknown workload {name!r} ({', '.join(WORKLOADS)})")
    if not args.skip_load and not os.access(args.wrk, os.X_OK):
        p.error(f"wrk not found ({args.wrk})")
    for name in ("bun", "deno"):
        if name in args.peers and not os.access(getattr(args, name), os.X_OK):
            print(f"skipping {name}: {getattr(args, name)} missing "
                  f"(run bench/install-peers.sh)", file=sys.stderr)
            args.peers.remove(name)

    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    workdir = tempfile.mkdtemp(prefix="kiln-server-bench-")
    problems = []
    try:
        kiln, why = build_kiln(args, workdir)
        if why:
            print(f"skipping Kiln: {why}", file=sys.stderr)
        specs = make_specs(args, kiln)
        if not specs:
            print("no servers to measure", file=sys.stderr)
            return 1
        cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                    if l.startswith("model name")), platform.machine())
        print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
              f"{os.cpu_count()} × {cpu}; {platform.system()} {platform.release()}; "
              f"{tool_version([args.wrk, '--version']).split(' [')[0]} on the same machine")
        print("servers: " + "; ".join(f"{s.label} ({s.version})" for s in specs))
        print(f"cold start: {args.runs} runs; load: {args.rounds} rounds × "
              f"{args.duration} s after {args.warmup} s warm-up, wrk -t{args.threads} "
              f"-c{args.connections}; all workers = {args.workers}", flush=True)
        start_load = "/".join(f"{x:.1f}" for x in os.getloadavg())
        check_bodies(specs, args, workdir)
        # One unmeasured start each so that every executable is in the page cache.
        cold = {}
        if not args.skip_cold_start:
            for spec in specs:
                if not spec.failed:
                    with Server(spec, "hello", 1, workdir) as server:
                        try:
                            server.wait_ready("/")
                        except RuntimeError as e:
                            spec.failed = f"start: {e}"
            cold = measure_cold_start(specs, args, workdir)
        load = {} if args.skip_load else measure_load(specs, args, workdir)
        for spec in specs:
            if spec.failed and not any(spec.failed in x for x in problems):
                problems.append(f"{spec.name}: {spec.failed}")
        print_tables(specs, args, cold, load, problems)
        print(f"\nload average: {start_load} at the start, "
              f"{'/'.join(f'{x:.1f}' for x in os.getloadavg())} at the end (1/5/15 min)")
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        kill_all_live()
        shutil.rmtree(workdir, ignore_errors=True)
    for line in dict.fromkeys(problems):
        print("FAIL " + line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
