#!/usr/bin/env python3
"""Tests Kiln as a CMake package: install, find_package(Kiln), a server.

Usage: test-package.py --build-dir BUILD [--json-out FILE] [--keep]

The `package` suite of scripts/run-tests.py. In a temporary directory:
  install     `cmake --install BUILD --prefix P`, then checks the layout:
              P/bin/kilnc, P/lib/kiln/<triple>/ with every link input of
              each musl target, P/include/kiln/*.h, P/lib/cmake/Kiln/*
  <mode>-<triple>  copies examples/hello, configures it against the
              package (mode `install`: -DCMAKE_PREFIX_PATH=P; mode `build`:
              -DKiln_DIR=BUILD) with -DKILN_TARGET=<triple>, builds it and
              checks the server is a statically linked ELF of that machine;
              starts it on a free loopback port (--port 0, the port read
              from its "listening on http://127.0.0.1:PORT" line; other
              architectures under qemu-<arch>), sends GET /kiln and checks
              the JSON body {"hello": "kiln"}, and stops it by its PID.
              install-<host triple> also edits the handler and checks that
              the next build rebuilds the server.
  handler-object-<host triple>  a project of its own, configured with the
              installed musl toolchain file, links the object of
              kiln_add_handler_object into its executable; served and
              checked as above.
The server is stopped (SIGTERM, then SIGKILL after 10 s) even when a step
fails. Targets not in the build's KILN_RUNTIME_TARGETS are skipped, as is
a cross target without qemu. Prints PASS/FAIL/SKIPPED lines and writes
{"passed", "failed", "skipped", "notes"} to --json-out.
"""

import argparse
import http.client
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(REPO_ROOT, "examples", "hello")
TARGETS = ("x86_64-linux-musl", "aarch64-linux-musl")
# What `file` says about an executable of each architecture.
MACHINE_WORDS = {"x86_64": "x86-64", "aarch64": "ARM aarch64"}
# The files of each runtime directory (ServerLinker.cpp's kLinkInputs).
RUNTIME_FILES = ("libkiln-main.a", "libkiln-rt.a", "crt1.o", "crti.o",
                 "crtn.o", "crtbegin.o", "crtend.o", "libc.a",
                 "libclang_rt.builtins.a")
PACKAGE_FILES = ("KilnConfig.cmake", "KilnConfigVersion.cmake", "Kiln.cmake")
LISTENING = re.compile(rb"listening on http://127\.0\.0\.1:(\d+)")
TIMEOUT = 20


class Failure(Exception):
    pass


def run(cmd, log, **kwargs):
    """Runs cmd with its output appended to log; raises Failure on a
    non-zero exit status (with the output's tail)."""
    with open(log, "ab") as out:
        out.write(("$ " + " ".join(cmd) + "\n").encode())
        out.flush()
        status = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT,
                                **kwargs).returncode
    if status != 0:
        with open(log, encoding="utf-8", errors="replace") as f:
            tail = "\n".join("    " + l for l in f.read().splitlines()[-20:])
        raise Failure(f"`{' '.join(cmd)}` exited with status {status}:\n{tail}")


def configured_targets(build_dir):
    try:
        with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("KILN_RUNTIME_TARGETS:"):
                    return [t for t in line.split("=", 1)[1].strip().split(";") if t]
    except OSError:
        pass
    return []


def check_install(prefix, targets):
    expected = [os.path.join("bin", "kilnc"),
                os.path.join("include", "kiln", "Embed.h"),
                os.path.join("include", "kiln", "EntryStyles.def")]
    expected += [os.path.join("lib", "cmake", "Kiln", f) for f in PACKAGE_FILES]
    expected += [os.path.join("lib", "kiln", t, f)
                 for t in targets for f in RUNTIME_FILES]
    missing = [p for p in expected if not os.path.isfile(os.path.join(prefix, p))]
    if missing:
        raise Failure("the install is missing " + ", ".join(missing))


def stop(server):
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def serve_and_get(binary, emulator, log):
    """Starts the server, checks GET /kiln, stops it."""
    errors = log + ".server-stderr"
    with open(errors, "wb") as err:
        command = ([emulator] if emulator else []) + [
            binary, "--host", "127.0.0.1", "--port", "0", "--workers", "1"]
        server = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=err)
    try:
        deadline = time.monotonic() + TIMEOUT
        port = None
        while port is None:
            with open(errors, "rb") as f:
                found = LISTENING.search(f.read())
            if found:
                port = int(found.group(1))
            elif server.poll() is not None:
                raise Failure(f"the server exited with status {server.returncode} "
                              f"before listening; stderr: {open(errors).read()!r}")
            elif time.monotonic() > deadline:
                raise Failure(f"no 'listening on' line within {TIMEOUT} s")
            else:
                time.sleep(0.05)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        try:
            connection.request("GET", "/kiln")
            response = connection.getresponse()
            body = response.read()
            kind = response.getheader("Content-Type", "")
        finally:
            connection.close()
        if response.status != 200:
            raise Failure(f"GET /kiln: expected status 200, got {response.status}")
        if not kind.startswith("application/json"):
            raise Failure(f"GET /kiln: expected an application/json body, got {kind!r}")
        try:
            value = json.loads(body)
        except ValueError:
            raise Failure(f"GET /kiln: the body is not JSON: {body!r}")
        if value != {"hello": "kiln"}:
            raise Failure(f'GET /kiln: expected {{"hello": "kiln"}}, got {body!r}')
    finally:
        stop(server)


def build_hello(work, name, kiln_arg, target, log, check_rebuild):
    source = os.path.join(work, f"src-{name}")
    binary_dir = os.path.join(work, f"build-{name}")
    shutil.copytree(EXAMPLE, source)
    run(["cmake", "-G", "Ninja", "-S", source, "-B", binary_dir, kiln_arg,
         f"-DKILN_TARGET={target}"], log)
    run(["cmake", "--build", binary_dir], log)
    server = os.path.join(binary_dir, "bin", "hello")
    check_static(server, target)
    if check_rebuild:
        before = os.stat(server).st_mtime_ns
        # A new modification time on the handler must rebuild the server.
        handler = os.path.join(source, "handler.js")
        later = time.time() + 2
        os.utime(handler, (later, later))
        run(["cmake", "--build", binary_dir], log)
        if os.stat(server).st_mtime_ns == before:
            raise Failure("editing handler.js did not rebuild the server")
    return server


# A project linking a handler object into an executable of its own.
OBJECT_PROJECT = """cmake_minimum_required(VERSION 3.24)
project(custom C CXX)
find_package(Kiln REQUIRED)
kiln_add_handler_object(handler handler.js TARGET ${KILN_MUSL_TRIPLE})
add_executable(hello stub.c)
target_link_libraries(hello PRIVATE handler)
"""


def build_handler_object(work, prefix, target, log):
    """kiln_add_handler_object from the install, linked by the project's own
    musl toolchain (the installed toolchain file)."""
    source = os.path.join(work, "src-object")
    binary_dir = os.path.join(work, "build-object")
    os.makedirs(source)
    shutil.copy(os.path.join(EXAMPLE, "handler.js"), source)
    with open(os.path.join(source, "CMakeLists.txt"), "w") as f:
        f.write(OBJECT_PROJECT)
    with open(os.path.join(source, "stub.c"), "w") as f:
        f.write("int kiln_test_stub;\n")
    package = os.path.join(prefix, "lib", "cmake", "Kiln")
    run(["cmake", "-G", "Ninja", "-S", source, "-B", binary_dir,
         f"-DKiln_DIR={package}", "-DCMAKE_TOOLCHAIN_FILE=" +
         os.path.join(package, "toolchains", f"{target}.cmake")], log)
    run(["cmake", "--build", binary_dir], log)
    server = os.path.join(binary_dir, "hello")
    check_static(server, target)
    return server


def check_static(server, target):
    kind = subprocess.run(["file", "-b", server], capture_output=True,
                          text=True).stdout.strip()
    arch = target.split("-")[0]
    if ("ELF" not in kind or "statically linked" not in kind
            or MACHINE_WORDS[arch] not in kind):
        raise Failure(f"expected a statically linked {MACHINE_WORDS[arch]} ELF "
                      f"executable, `file` says: {kind}")


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build-dir", required=True)
    p.add_argument("--json-out")
    p.add_argument("--keep", action="store_true",
                   help="keep the temporary directory (printed)")
    args = p.parse_args(argv)
    build_dir = os.path.abspath(args.build_dir)
    result = {"passed": 0, "failed": 0, "skipped": 0, "notes": []}
    host_arch = platform.machine()
    enabled = configured_targets(build_dir)

    work = tempfile.mkdtemp(prefix="kiln-package-")
    log = os.path.join(work, "log.txt")
    prefix = os.path.join(work, "prefix")

    def case(name, body):
        try:
            body()
        except (Failure, OSError, subprocess.SubprocessError,
                http.client.HTTPException) as e:
            print(f"FAIL: {name}: {e}", flush=True)
            result["failed"] += 1
            return False
        print(f"PASS: {name}", flush=True)
        result["passed"] += 1
        return True

    def skip(name, reason):
        print(f"SKIPPED: {name}: {reason}", flush=True)
        result["skipped"] += 1
        result["notes"].append(f"{name} skipped: {reason}")

    try:
        def install():
            run(["cmake", "--install", build_dir, "--prefix", prefix], log)
            check_install(prefix, [t for t in TARGETS if t in enabled])

        installed = case("install", install)
        for mode, kiln_arg in (("install", f"-DCMAKE_PREFIX_PATH={prefix}"),
                               ("build", f"-DKiln_DIR={build_dir}")):
            for target in TARGETS:
                name = f"{mode}-{target}"
                arch = target.split("-")[0]
                if target not in enabled:
                    skip(name, "not in KILN_RUNTIME_TARGETS")
                    continue
                emulator = None
                if arch != host_arch:
                    emulator = shutil.which(f"qemu-{arch}")
                    if not emulator:
                        skip(name, f"qemu-{arch} not found")
                        continue
                if mode == "install" and not installed:
                    skip(name, "the install failed")
                    continue

                def body(mode=mode, kiln_arg=kiln_arg, target=target,
                         emulator=emulator, name=name):
                    server = build_hello(work, name, kiln_arg, target, log,
                                         check_rebuild=(mode == "install"
                                                        and emulator is None))
                    serve_and_get(server, emulator, log)

                case(name, body)

        host_target = f"{host_arch}-linux-musl"
        if host_target not in enabled:
            skip("handler-object", f"{host_target} not in KILN_RUNTIME_TARGETS")
        elif not installed:
            skip("handler-object", "the install failed")
        else:
            case(f"handler-object-{host_target}", lambda: serve_and_get(
                build_handler_object(work, prefix, host_target, log), None, log))
    finally:
        if args.keep or result["failed"]:
            print(f"kept {work} (log: {log})")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump(result, f)
    return 1 if result["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
