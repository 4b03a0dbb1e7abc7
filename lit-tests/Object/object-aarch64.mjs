// The same handler object for aarch64: the machine and the relocation of
// the module-name pointer differ, the embedded bytecode does not.
//
// RUN: rm -rf %t && mkdir %t
// RUN: %kilnc -c --target=aarch64-linux-musl %S/Inputs/default-object.mjs -o %t/handler.o
// RUN: llvm-readelf -h -s -r %t/handler.o | FileCheck %s
// CHECK: Class: ELF64
// CHECK: Type: REL (Relocatable file)
// CHECK: Machine: AArch64
// CHECK: R_AARCH64_ABS64 {{.*}} .rodata.str1.1 + 0
// CHECK-DAG: OBJECT GLOBAL DEFAULT {{[0-9]+}} kiln_handler_bytecode{{$}}
// CHECK-DAG: 8 OBJECT GLOBAL DEFAULT {{[0-9]+}} kiln_handler_bytecode_size
// CHECK-DAG: 16 OBJECT GLOBAL DEFAULT {{[0-9]+}} kiln_handler_info
// RUN: llvm-objcopy -O binary --only-section=.rodata.kiln.bytecode %t/handler.o %t/embedded.bin
// RUN: %kilnc --emit=bytecode-binary %S/Inputs/default-object.mjs -o %t/expected.bin
// RUN: cmp %t/embedded.bin %t/expected.bin
//
// Without --target: the host's triple; without -o: the input's name with .o
// in the current directory.
// RUN: cd %t && %kilnc -c %S/Inputs/default-object.mjs
// RUN: llvm-readelf -h %t/default-object.o | FileCheck %s --check-prefix=HOST
// HOST: Type: REL (Relocatable file)
