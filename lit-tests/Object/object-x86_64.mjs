// `kilnc -c --target=x86_64-linux-musl` writes an x86-64 ELF relocatable
// object that defines the symbols of kiln/Embed.h: the bytecode (in
// .rodata.kiln.bytecode, exactly the bytes --emit=bytecode-binary writes,
// starting with the format magic), its size, and kiln_handler_info
// {abi_version 1, entry_style, module_name}.
//
// RUN: rm -rf %t && mkdir %t
// RUN: %kilnc -c --target=x86_64-linux-musl %S/Inputs/default-object.mjs -o %t/handler.o
// RUN: llvm-readelf -h -S -s %t/handler.o | FileCheck %s
// CHECK: Class: ELF64
// CHECK: Type: REL (Relocatable file)
// CHECK: Machine: Advanced Micro Devices X86-64
// CHECK: .rodata.kiln.bytecode PROGBITS {{[0-9a-f]+}} {{[0-9a-f]+}} [[SIZE:[0-9a-f]+]] 00 A 0 0 16
// CHECK-DAG: OBJECT GLOBAL DEFAULT {{[0-9]+}} kiln_handler_bytecode{{$}}
// CHECK-DAG: 8 OBJECT GLOBAL DEFAULT {{[0-9]+}} kiln_handler_bytecode_size
// CHECK-DAG: 16 OBJECT GLOBAL DEFAULT {{[0-9]+}} kiln_handler_info
//
// The embedded bytes are the verified module, byte for byte.
// RUN: llvm-objcopy -O binary --only-section=.rodata.kiln.bytecode %t/handler.o %t/embedded.bin
// RUN: %kilnc --emit=bytecode-binary %S/Inputs/default-object.mjs -o %t/expected.bin
// RUN: cmp %t/embedded.bin %t/expected.bin
// RUN: od -A n -c -N 6 %t/embedded.bin | FileCheck %s --check-prefix=MAGIC
// MAGIC: K I L N B C
//
// The size symbol holds the section's size; the info record is ABI
// version 1, entry style 1 (default-object-fetch), then a relocated
// pointer to the module name.
// RUN: llvm-readelf -x .rodata -x .data.rel.ro -p .rodata.str1.1 -r %t/handler.o \
// RUN:   | FileCheck %s --check-prefix=DATA
// DATA: R_X86_64_64 {{.*}} .rodata.str1.1 + 0
// DATA: String dump of section '.rodata.str1.1':
// DATA-NEXT: default-object.mjs
// DATA: Hex dump of section '.rodata':
// DATA-NEXT: 0x00000000 {{[0-9a-f]+}} 00000000
// DATA: Hex dump of section '.data.rel.ro':
// DATA-NEXT: 0x00000000 01000000 01000000 00000000 00000000
