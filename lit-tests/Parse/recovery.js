// After a syntax error the parser skips to the next statement (past a `;`,
// to the `}` closing the block, or to a statement keyword starting a line;
// a missing `)` or `]` ends at a line break after a `}` or before such a
// keyword), so independent errors are all reported in one run, and nothing
// else is.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

// Three independent errors, each reported.
let a = 1 +;
// CHECK: {{.*}}recovery.js:[[@LINE-1]]:12: error: expected expression
// CHECK-NEXT: {{^}}let a = 1 +;{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
function f() {
  let b = [1, 2;
// CHECK: {{.*}}recovery.js:[[@LINE-1]]:16: error: expected ']'
// CHECK-NEXT: {{^}}  let b = [1, 2;{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}
// CHECK: {{.*}}recovery.js:[[@LINE-4]]:11: note: to match this '['
// CHECK-NEXT: {{^}}  let b = [1, 2;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
  return b;
}
if (a {
// CHECK: {{.*}}recovery.js:[[@LINE-1]]:7: error: expected ')'
// CHECK-NEXT: {{^}}if (a {{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
// CHECK: {{.*}}recovery.js:[[@LINE-4]]:4: note: to match this '('
// CHECK-NEXT: {{^}}if (a {{{$}}
// CHECK-NEXT: {{^}}   ^{{$}}
  f();
}
let ok1 = 1;

// Inside classes, switches and templates.
class C {
  m() { return 1 2; }
// CHECK: {{.*}}recovery.js:[[@LINE-1]]:18: error: expected ';' after return statement
// CHECK-NEXT: {{^}}  m() { return 1 2; }{{$}}
// CHECK-NEXT: {{^}}                 ^{{$}}
  n() {}
  p q;
// CHECK: {{.*}}recovery.js:[[@LINE-1]]:5: error: expected ';' after class field
// CHECK-NEXT: {{^}}  p q;{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
  get r() { return 3; }
}
switch (a) {
  case 1: a = ; break;
// CHECK: {{.*}}recovery.js:[[@LINE-1]]:15: error: expected expression
// CHECK-NEXT: {{^}}  case 1: a = ; break;{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
  default: f();
}
let t = `${a b} and ${ok1}`;
// CHECK: {{.*}}recovery.js:[[@LINE-1]]:14: error: expected '}' after template substitution
// CHECK-NEXT: {{^}}let t = `${a b} and ${ok1}`;{{$}}
// CHECK-NEXT: {{^}}             ^{{$}}

// A missing `)` with the next statement on the following line.
let c = f(1, 2
const d = 4;
// CHECK: {{.*}}recovery.js:[[@LINE-1]]:1: error: expected ')'
// CHECK-NEXT: {{^}}const d = 4;{{$}}
// CHECK-NEXT: {{^}}^~~~~{{$}}
// CHECK: {{.*}}recovery.js:[[@LINE-5]]:10: note: to match this '('
// CHECK-NEXT: {{^}}let c = f(1, 2{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
let e = (d +
if (d) {}
// CHECK: {{.*}}recovery.js:[[@LINE-1]]:1: error: expected expression
// CHECK-NEXT: {{^}}if (d) {}{{$}}
// CHECK-NEXT: {{^}}^~{{$}}
