// "-" reads the source from standard input (diagnostics then name
// <stdin>, and module detection looks at the text); -o writes the dump to a
// file instead of standard output.
// RUN: printf 'let a = ;\n' | %expect-exit 1 %kilnc --syntax-only - 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STDIN --strict-whitespace
// STDIN: {{^}}<stdin>:1:9: error: expected expression{{$}}
// STDIN-NEXT: {{^}}let a = ;{{$}}
// STDIN-NEXT: {{^}}        ^{{$}}
// RUN: printf 'export let a = 1;\n' | %kilnc --emit=ast - | FileCheck %s --check-prefix=STDIN-MODULE
// STDIN-MODULE: Program module strict
//
// RUN: rm -f %t.out
// RUN: printf 'let a = 1;\n' > %t.js
// RUN: %kilnc --emit=ast %t.js -o %t.out | count 0
// RUN: FileCheck %s --check-prefix=OUT --input-file=%t.out
// OUT: Program script strict
// OUT-NEXT: VariableDeclaration 1:1 let
