#!/usr/bin/env bash
# Installs the peer runtimes of the HTTP server benchmark (bench/run-server-bench.py)
# into bench/.peers: Bun and Deno as their official prebuilt Linux x86_64 binaries,
# which the npm registry ships inside platform packages. The versions are pinned so
# that figures in docs/benchmarks.md can be reproduced. Install scripts are not run:
# each package is just a tarball holding the executable, made executable here.
# Node is not installed: the benchmark uses the system's node (Node 20).
set -euo pipefail

BUN_VERSION=1.4.5
DENO_VERSION=2.9.6

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix="$here/.peers"
mkdir -p "$prefix"

bun="$prefix/node_modules/@oven/bun-linux-x64/bin/bun"
deno="$prefix/node_modules/@deno/linux-x64-glibc/deno"
if [[ -x "$bun" && -x "$deno" ]] &&
   [[ "$("$bun" --version)" == "$BUN_VERSION" ]] &&
   [[ "$("$deno" --version | head -1)" == "deno $DENO_VERSION"* ]]; then
  echo "peers already installed: bun $BUN_VERSION, deno $DENO_VERSION ($prefix)"
  exit 0
fi

npm install --ignore-scripts --no-save --no-audit --no-fund --prefix "$prefix" \
  "@oven/bun-linux-x64@$BUN_VERSION" "@deno/linux-x64-glibc@$DENO_VERSION"
chmod +x "$bun" "$deno"
echo "bun:  $bun ($("$bun" --version))"
echo "deno: $deno ($("$deno" --version | head -1))"
