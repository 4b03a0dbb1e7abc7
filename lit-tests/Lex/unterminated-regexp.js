// A regular expression literal ends at its line: a line break (also after a
// backslash) before the closing slash is reported at the opening slash. A
// slash inside a class [...] does not end it.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = /abc
// CHECK: {{.*}}unterminated-regexp.js:[[@LINE-1]]:9: error: unterminated regular expression literal
// CHECK-NEXT: {{^}}let a = /abc{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
let b = /ab\
// CHECK: {{.*}}unterminated-regexp.js:[[@LINE-1]]:9: error: unterminated regular expression literal
// CHECK-NEXT: {{^}}let b = /ab\{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
let c = 1;
let d = /[/]/;
let e = /a\/b/;
