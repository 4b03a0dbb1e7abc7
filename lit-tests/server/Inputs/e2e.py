#!/usr/bin/env python3
"""Drives a real Kiln server through the script in a test file's comments.

Usage: e2e.py [--emulator CMD] SERVER TESTFILE

Starts SERVER (under the emulator, e.g. qemu-aarch64, when given) on a free
loopback port (--port 0; the port is read from its "listening on" line),
then runs the directives of TESTFILE, lines of the form `// NAME: args`:

  SERVER-ARGS: ...   more server arguments (before the server starts)
  CONNECT            opens a new connection (the current one stays open)
  USE: n             makes the n-th connection opened (from 1) current
  SEND: text         sends text on the current connection; \\r \\n \\t \\\\
                     and \\xHH are escapes (a connection is opened if none)
  SEND-BODY: N c     sends N bytes of character c
  RECV               reads one response and prints it (see below)
  RECV-CLOSED        expects the server to close the connection
  SIGTERM            sends SIGTERM to the server
  SLEEP: ms          waits
  WAIT-EXIT          waits for the server to exit and prints its status

A response is printed as "< status line", its header fields (Date's value
as <date>), "< [chunked]" when chunked, and the body; a gzip body is
decompressed and printed after "< [gzip]". Finally the server's stdout and
stderr are printed with "stdout: " and "stderr: " before each line, so
FileCheck can check console.log output and the log.
The server is always stopped by its PID (SIGKILL after 10 s of SIGTERM)
and nothing is left running, even when a step fails.
"""

import argparse
import gzip
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

DIRECTIVE = re.compile(r"^\s*//\s*([A-Z][A-Z-]*)(?::\s?(.*))?$")
TIMEOUT = float(os.environ.get("KILN_E2E_TIMEOUT", "20"))


def unescape(text):
    out = bytearray()
    i = 0
    raw = text.encode("utf-8")
    while i < len(raw):
        c = raw[i]
        if c == 0x5C and i + 1 < len(raw):  # backslash
            n = chr(raw[i + 1])
            if n == "x":
                out.append(int(raw[i + 2:i + 4], 16))
                i += 4
                continue
            out += {"r": b"\r", "n": b"\n", "t": b"\t", "\\": b"\\"}.get(
                n, bytes([c, raw[i + 1]]))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


class Connection:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), TIMEOUT)
        self.sock.settimeout(TIMEOUT)
        self.buffer = b""
        self.methods = []

    def fill(self):
        data = self.sock.recv(65536)
        if not data:
            raise EOFError
        self.buffer += data

    def read_until(self, marker):
        while marker not in self.buffer:
            self.fill()
        at = self.buffer.index(marker) + len(marker)
        out, self.buffer = self.buffer[:at], self.buffer[at:]
        return out

    def read_exactly(self, n):
        while len(self.buffer) < n:
            self.fill()
        out, self.buffer = self.buffer[:n], self.buffer[n:]
        return out

    def read_to_close(self):
        try:
            while True:
                self.fill()
        except EOFError:
            pass
        out, self.buffer = self.buffer, b""
        return out

    def response(self):
        head = self.read_until(b"\r\n\r\n").decode("latin-1")
        lines = head[:-4].split("\r\n")
        status = lines[0]
        fields = [tuple(f.split(": ", 1)) for f in lines[1:]]
        names = {n.lower(): v for n, v in fields}
        code = int(status.split()[1])
        chunked = names.get("transfer-encoding", "").lower() == "chunked"
        method = self.methods.pop(0) if self.methods else b"GET"
        if code in (204, 304) or 100 <= code < 200 or method == b"HEAD":
            body = b""
        elif chunked:
            body = b""
            while True:
                size = int(self.read_until(b"\r\n")[:-2].split(b";")[0], 16)
                if size == 0:
                    self.read_until(b"\r\n")
                    break
                body += self.read_exactly(size)
                self.read_exactly(2)
        elif "content-length" in names:
            body = self.read_exactly(int(names["content-length"]))
        else:
            body = self.read_to_close()
        out = [f"< {status}"]
        for name, value in fields:
            if name.lower() == "date":
                value = "<date>"
            out.append(f"< {name}: {value}")
        if chunked:
            out.append("< [chunked]")
        if names.get("content-encoding", "").lower() == "gzip":
            out.append(f"< [gzip {len(body)} bytes]")
            body = gzip.decompress(body)
        out.append(body.decode("utf-8", "replace"))
        return "\n".join(out)



def start_server(argv, stdout_file, stderr_file):
    server = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                              stdout=stdout_file, stderr=stderr_file,
                              start_new_session=True)
    deadline = time.monotonic() + TIMEOUT * 3
    while time.monotonic() < deadline:
        with open(stderr_file.name, encoding="utf-8", errors="replace") as f:
            m = re.search(r"listening on http://[^:]+:(\d+)", f.read())
        if m:
            return server, int(m.group(1))
        if server.poll() is not None:
            return server, None
        time.sleep(0.02)
    return server, None


def stop(server):
    if server.poll() is None:
        try:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(10)
        except (subprocess.TimeoutExpired, ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--emulator", default="")
    p.add_argument("server")
    p.add_argument("testfile")
    args = p.parse_args()
    steps = []
    with open(args.testfile, encoding="utf-8") as f:
        for line in f:
            m = DIRECTIVE.match(line.rstrip("\n"))
            if m and m.group(1) not in ("RUN", "CHECK", "CHECK-NEXT",
                                        "CHECK-NOT", "CHECK-SAME",
                                        "CHECK-EMPTY", "CHECK-DAG",
                                        "REQUIRES", "UNSUPPORTED"):
                steps.append((m.group(1), m.group(2) or ""))
    server_args = []
    for name, arg in steps:
        if name == "SERVER-ARGS":
            server_args += arg.split()
    argv = (args.emulator.split() if args.emulator else []) + [
        args.server, "--port", "0"] + server_args
    stdout_file = tempfile.NamedTemporaryFile(prefix="kiln-e2e-", delete=False)
    stderr_file = tempfile.NamedTemporaryFile(prefix="kiln-e2e-", delete=False)
    server, port = start_server(argv, stdout_file, stderr_file)
    status = 0
    try:
        if port is None:
            print("error: the server did not start listening")
            status = 1
            steps = []
        conn = None
        opened = []  # every connection stays open until the end
        for name, arg in steps:
            if name == "CONNECT":
                conn = Connection(port)
                opened.append(conn)
            elif name == "USE":
                conn = opened[int(arg) - 1]
            elif name == "SEND":
                if conn is None:
                    conn = Connection(port)
                    opened.append(conn)
                data = unescape(arg)
                # The methods of the requests sent, for HEAD's bodiless
                # responses (a request starts the data or follows a blank
                # line).
                conn.methods += re.findall(rb"(?:^|\r\n\r\n)([A-Z]+) /",
                                           data)
                conn.sock.sendall(data)
            elif name == "SEND-BODY":
                count, char = arg.split()
                conn.sock.sendall(char.encode() * int(count))
            elif name == "RECV":
                print(conn.response())
            elif name == "RECV-CLOSED":
                rest = conn.read_to_close()
                print("< [closed]" if not rest else
                      f"< [closed after {len(rest)} more bytes]")
            elif name == "SIGTERM":
                os.kill(server.pid, signal.SIGTERM)
            elif name == "SLEEP":
                time.sleep(int(arg) / 1000)
            elif name == "WAIT-EXIT":
                print(f"exit status {server.wait(TIMEOUT * 3)}")
            sys.stdout.flush()
    except (EOFError, ConnectionError, socket.timeout, OSError) as e:
        print(f"error: {type(e).__name__}: {e}")
        status = 1
    finally:
        stop(server)
        for label, log in (("stdout", stdout_file), ("stderr", stderr_file)):
            with open(log.name, encoding="utf-8", errors="replace") as f:
                for line in f.read().splitlines():
                    print(f"{label}: {line}")
            os.unlink(log.name)
    sys.exit(status)


if __name__ == "__main__":
    main()
