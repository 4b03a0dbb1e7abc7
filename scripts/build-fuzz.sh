#!/usr/bin/env bash
# Configures and builds Kiln's libFuzzer targets in their own build tree.
#
# Usage: scripts/build-fuzz.sh [BUILD_DIR]   (default: build-fuzz)
#
# The whole tree is compiled with -fsanitize=fuzzer-no-link,address,undefined
# (so the stage libraries carry coverage instrumentation and sanitizer checks)
# and only the fuzz targets link libFuzzer itself; see fuzz/CMakeLists.txt.
# Assertions stay on (KILN_ASSERTIONS is ON by default).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${1:-build-fuzz}
sanitize="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=vptr,function"
sanitize+=" -fno-sanitize-recover=all -fno-omit-frame-pointer"

if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -G Ninja -S . -B "$build_dir" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKILN_FUZZ=ON \
    -DCMAKE_C_FLAGS="$sanitize" \
    -DCMAKE_CXX_FLAGS="$sanitize" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
fi
ninja -C "$build_dir" kiln-frontend-fuzzer kiln-bytecode-fuzzer kiln-bytecode-seeds \
  kiln-http-fuzzer kiln-url-fuzzer kiln-utf8-fuzzer
