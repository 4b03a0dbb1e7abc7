// kilnc build: a fully static server for each musl target from the
// runtime of the build tree, and its usage errors (exit status 2).
//
// REQUIRES: runtime-x86_64-linux-musl, runtime-aarch64-linux-musl
// RUN: rm -rf %t && mkdir -p %t
// RUN: printf 'export default { fetch() { return new Response("hi"); } };\n' > %t/app.mjs
// RUN: %kilnc build --target=x86_64-linux-musl %t/app.mjs -o %t/server-x86
// RUN: llvm-readelf -h -l %t/server-x86 | FileCheck %s --check-prefix=X86
// X86: Type: EXEC (Executable file)
// X86: Machine: Advanced Micro Devices X86-64
// X86-NOT: INTERP
// X86-NOT: DYNAMIC
// RUN: %kilnc build --target=aarch64-linux-musl %t/app.mjs -o %t/server-arm --keep-symbols
// RUN: llvm-readelf -h -l -s %t/server-arm | FileCheck %s --check-prefix=ARM
// ARM: Machine: AArch64
// ARM-NOT: INTERP
// ARM: kiln_handler_bytecode
// The default output is the input's name without its extension.
// RUN: cd %t && %kilnc build --target=x86_64-linux-musl app.mjs && test -x %t/app
//
// RUN: %expect-exit 2 %kilnc build -c %t/app.mjs 2>&1 | FileCheck %s --check-prefix=COMBINE
// COMBINE: kilnc: error: build and -c cannot be combined
// RUN: %expect-exit 2 %kilnc build --target=x86_64-linux-gnu %t/app.mjs -o %t/x 2>&1 | FileCheck %s --check-prefix=GLIBC
// GLIBC: kilnc: error: kilnc build links static musl servers: use --target=x86_64-linux-musl or --target=aarch64-linux-musl (or -c for an object to link yourself)
// RUN: %expect-exit 2 %kilnc build --runtime-dir=%t/none %t/app.mjs -o %t/x 2>&1 | FileCheck %s --check-prefix=NORUNTIME
// NORUNTIME: kilnc: error: no Kiln runtime for {{x86_64|aarch64}}-linux-musl (looked for libkiln-rt.a in {{.*}}none); build it (the runtime targets of the Kiln build) or pass --runtime-dir
// RUN: mkdir -p %t/partial && touch %t/partial/libkiln-rt.a
// RUN: %expect-exit 2 %kilnc build --runtime-dir=%t/partial %t/app.mjs -o %t/x 2>&1 | FileCheck %s --check-prefix=PARTIAL
// PARTIAL: kilnc: error: the runtime in {{.*}}partial is incomplete: crt1.o is missing (rebuild the runtime)
// RUN: %expect-exit 2 %kilnc --keep-symbols %t/app.mjs 2>&1 | FileCheck %s --check-prefix=BUILDONLY
// BUILDONLY: kilnc: error: --runtime-dir and --keep-symbols apply to build only
// RUN: %expect-exit 2 %kilnc build - < %t/app.mjs 2>&1 | FileCheck %s --check-prefix=STDIN
// STDIN: kilnc: error: build with standard input needs -o <file>
// A handler without an entry style is a source error (exit status 1) and
// leaves no output behind.
// RUN: printf 'console.log(1);\n' > %t/none.js
// RUN: %expect-exit 1 %kilnc build --target=x86_64-linux-musl %t/none.js -o %t/none 2>&1 | FileCheck %s --check-prefix=NOENTRY
// NOENTRY: error: no HTTP handler found
// RUN: not test -e %t/none
