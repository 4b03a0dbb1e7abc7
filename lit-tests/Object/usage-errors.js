// Usage errors of -c (exit status 2, no source location).
//
// RUN: printf 'export default (r) => r;\n' > %t.mjs
// RUN: %expect-exit 2 %kilnc -c --backend=native %t.mjs -o %t.o 2>&1 | FileCheck %s --check-prefix=NATIVE
// NATIVE: kilnc: error: the native backend is not available yet; use --backend=bytecode (the default)
// RUN: %expect-exit 2 %kilnc -c --target=riscv64-linux-musl %t.mjs -o %t.o 2>&1 | FileCheck %s --check-prefix=ARCH
// ARCH: kilnc: error: unsupported target 'riscv64-linux-musl': kilnc targets x86_64 and aarch64
// RUN: %expect-exit 2 %kilnc -c --target=x86_64-apple-darwin %t.mjs -o %t.o 2>&1 | FileCheck %s --check-prefix=FORMAT
// FORMAT: kilnc: error: unsupported target 'x86_64-apple-darwin': kilnc emits ELF objects only
// RUN: %expect-exit 2 %kilnc --target=x86_64-linux-musl --emit=ir %t.mjs 2>&1 | FileCheck %s --check-prefix=NOC
// NOC: kilnc: error: --target and --backend apply to -c and build only
// RUN: %expect-exit 2 %kilnc -c --emit=ir %t.mjs 2>&1 | FileCheck %s --check-prefix=COMBINE
// COMBINE: kilnc: error: -c cannot be combined with run, --emit or --syntax-only
// RUN: %expect-exit 0 %kilnc -c --backend=bytecode --target=x86_64-linux-musl %t.mjs -o %t.o
// RUN: %expect-exit 2 %kilnc -c - < %t.mjs 2>&1 | FileCheck %s --check-prefix=STDIN
// STDIN: kilnc: error: -c with standard input needs -o <file>
// RUN: %kilnc -c --target=aarch64-linux-musl - -o %t.stdin.o < %t.mjs
// RUN: llvm-readelf -h -p .rodata.str1.1 %t.stdin.o | FileCheck %s --check-prefix=STDINOBJ
// STDINOBJ: Machine: AArch64
// STDINOBJ: <stdin>
