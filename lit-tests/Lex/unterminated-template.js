// A template literal may span lines; one that reaches the end of the file is
// reported at its opening backquote (or at the `}` that resumed it after a
// substitution). The CHECK lines come first because the template runs to
// the end of this file.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:
// RUN: printf 'let t = `a${b}c' > %t.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=RESUMED --strict-whitespace

// RESUMED: {{.*}}.js:1:14: error: unterminated template literal
// RESUMED-NEXT: {{^}}let t = `a${b}c{{$}}
// RESUMED-NEXT: {{^}}             ^{{$}}

let ok = `spans
two lines`;
// CHECK: {{.*}}unterminated-template.js:[[@LINE+3]]:9: error: unterminated template literal
// CHECK-NEXT: {{^}}let t = `never closed{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
let t = `never closed
