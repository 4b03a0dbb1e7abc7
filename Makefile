# Kiln's developer entry points (CI runs `make test` through .ci/run).
#
#   make build    configure build/ (CMake, Ninja, Release) and build kilnc
#   make test     build, then run every suite and print one closing line
#                 "N passed, N failed[, N skipped]" (see docs/testing.md)
#   make fuzz     build the libFuzzer target in build-fuzz/ and fuzz the
#                 front end for FUZZ_SECONDS (default 600)
#   make bench    build, then run the parse benchmark and the VM benchmark
#                 against node --jitless and node (bench/README.md)
#   make bench-server  build, then the HTTP server against node, Bun, Deno
#   make serve    build examples/hello/handler.js (or HANDLER=path) into a
#                 static x86_64 musl server and run it on 127.0.0.1:8080
#                 (PORT overrides)
#   make clean    remove the build trees
#
# Every target but clean and help first runs scripts/install-deps.sh, which
# returns at once when all packages are present. Variables: BUILD_DIR,
# FUZZ_BUILD_DIR, FUZZ_SECONDS, BENCH_ARGS, VM_BENCH_ARGS, SERVER_BENCH_ARGS,
# CMAKE_ARGS (used when build/ is first configured), HANDLER and PORT (make
# serve), PYTHON.

BUILD_DIR ?= build
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS ?= 600
BENCH_ARGS ?=
VM_BENCH_ARGS ?=
SERVER_BENCH_ARGS ?=
HANDLER ?= examples/hello/handler.js
PORT ?= 8080
CMAKE_ARGS ?=
PYTHON ?= python3

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

.PHONY: build test fuzz fuzz-build bench bench-server serve clean deps help

deps:
	@scripts/install-deps.sh

build: deps
	@if [ ! -f "$(BUILD_DIR)/build.ninja" ]; then \
	  cmake -G Ninja -S . -B "$(BUILD_DIR)" -DCMAKE_BUILD_TYPE=Release $(CMAKE_ARGS); \
	fi
	ninja -C "$(BUILD_DIR)"

test: build
	$(PYTHON) scripts/run-tests.py --build-dir "$(BUILD_DIR)" \
	  --fuzz-build-dir "$(FUZZ_BUILD_DIR)"

fuzz-build: deps
	scripts/build-fuzz.sh "$(FUZZ_BUILD_DIR)"

fuzz: fuzz-build
	$(PYTHON) fuzz/run-fuzzer.py --build-dir "$(FUZZ_BUILD_DIR)" \
	  --seconds "$(FUZZ_SECONDS)"

bench: build
	"$(BUILD_DIR)/bin/kiln-parse-bench" $(BENCH_ARGS)
	$(PYTHON) bench/run-vm-bench.py --kilnc "$(BUILD_DIR)/bin/kilnc" $(VM_BENCH_ARGS)

bench-server: build
	bench/install-peers.sh
	$(PYTHON) bench/run-server-bench.py --kilnc "$(BUILD_DIR)/bin/kilnc" $(SERVER_BENCH_ARGS)

serve: build
	@mkdir -p "$(BUILD_DIR)/serve"
	"$(BUILD_DIR)/bin/kilnc" build --target=x86_64-linux-musl "$(HANDLER)" \
	  -o "$(BUILD_DIR)/serve/server"
	@file "$(BUILD_DIR)/serve/server"
	@ls -l "$(BUILD_DIR)/serve/server"
	PORT="$(PORT)" exec "$(BUILD_DIR)/serve/server" --host 127.0.0.1

clean:
	rm -rf "$(BUILD_DIR)" "$(FUZZ_BUILD_DIR)"

help:
	@sed -n '3,17p' Makefile | sed 's/^# \{0,1\}//'
