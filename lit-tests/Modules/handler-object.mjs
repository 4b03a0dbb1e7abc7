// `kilnc -c` puts the whole graph into the one handler object, and the
// entry style is detected through imports and re-exports (second word of
// kiln_handler_info: 1 default object with fetch, 3 exported handler, 4
// default-exported function).
// RUN: rm -rf %t && mkdir %t
// RUN: %kilnc -c --target=x86_64-linux-musl %S/Inputs/handler/main.mjs -o %t/main.o
// RUN: llvm-readelf -x .data.rel.ro %t/main.o | FileCheck %s --check-prefix=OBJECT
// RUN: llvm-objcopy -O binary --only-section=.rodata.kiln.bytecode %t/main.o %t/embedded.bin
// RUN: %kilnc --emit=bytecode-binary %S/Inputs/handler/main.mjs -o %t/expected.bin
// RUN: cmp %t/embedded.bin %t/expected.bin
// RUN: %kilnc run %S/Inputs/handler/main.mjs | FileCheck %s --check-prefix=OUT
// RUN: %kilnc -c --target=x86_64-linux-musl %S/Inputs/handler/reexport-default.mjs -o %t/reexport-default.o
// RUN: llvm-readelf -x .data.rel.ro %t/reexport-default.o | FileCheck %s --check-prefix=OBJECT
// RUN: %kilnc -c --target=x86_64-linux-musl %S/Inputs/handler/reexport-handler.mjs -o %t/reexport-handler.o
// RUN: llvm-readelf -x .data.rel.ro %t/reexport-handler.o | FileCheck %s --check-prefix=NAMED
// RUN: %kilnc -c --target=x86_64-linux-musl %S/Inputs/handler/import-function.mjs -o %t/import-function.o
// RUN: llvm-readelf -x .data.rel.ro %t/import-function.o | FileCheck %s --check-prefix=FUNCTION
// RUN: %expect-exit 1 %kilnc -c --target=x86_64-linux-musl %S/Inputs/handler/no-export.mjs -o %t/no-export.o 2>&1 | FileCheck %s --check-prefix=NONE
// OBJECT: 0x00000000 01000000 01000000
// NAMED: 0x00000000 01000000 03000000
// FUNCTION: 0x00000000 01000000 04000000
// OUT: main hello hello
// NONE: error: no HTTP handler found
