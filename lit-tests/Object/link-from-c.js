// A handler object links with C code that reads it through kiln/Embed.h
// (a plain C header): the info record's pointer is relocated, the size
// matches --emit=bytecode-binary's output, the bytes start with the magic.
// Host target only (the program runs here).
//
// RUN: rm -rf %t && mkdir %t
// RUN: printf 'export function handler(request) { return request; }\n' > %t/named.mjs
// RUN: %kilnc -c %t/named.mjs -o %t/named.o
// RUN: %kilnc --emit=bytecode-binary %t/named.mjs -o %t/named.kbc
// RUN: clang-19 -std=c11 -Wall -Wextra -Werror -I %S/../../runtime/include -c %S/Inputs/embed-check.c -o %t/check.o
// RUN: clang-19 %t/check.o %t/named.o -o %t/check
// RUN: %t/check > %t/out.txt
// RUN: wc -c < %t/named.kbc >> %t/out.txt
// RUN: FileCheck %s < %t/out.txt
// CHECK: abi=1 style=3 name=named.mjs size=[[SIZE:[0-9]+]] magic=KILNBC
// CHECK-NEXT: {{^ *}}[[SIZE]]{{$}}
