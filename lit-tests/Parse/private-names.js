// A private name is valid only after '.' / '?.' or as the left operand of
// 'in' (#x in obj); anywhere else it is an error.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

class C {
  #x;
  a() { return #x; }
// CHECK: {{.*}}private-names.js:[[@LINE-1]]:16: error: private name '#x' is only valid in a member access or before 'in'
// CHECK-NEXT: {{^}}  a() { return #x; }{{$}}
// CHECK-NEXT: {{^}}               ^~{{$}}
  b() { return #x + 1; }
// CHECK: {{.*}}private-names.js:[[@LINE-1]]:16: error: private name '#x' is only valid in a member access or before 'in'
// CHECK-NEXT: {{^}}  b() { return #x + 1; }{{$}}
// CHECK-NEXT: {{^}}               ^~{{$}}
  c() { return 1 + #x; }
// CHECK: {{.*}}private-names.js:[[@LINE-1]]:20: error: private name '#x' is only valid in a member access or before 'in'
// CHECK-NEXT: {{^}}  c() { return 1 + #x; }{{$}}
// CHECK-NEXT: {{^}}                   ^~{{$}}
  d() { return -#x; }
// CHECK: {{.*}}private-names.js:[[@LINE-1]]:17: error: private name '#x' is only valid in a member access or before 'in'
// CHECK-NEXT: {{^}}  d() { return -#x; }{{$}}
// CHECK-NEXT: {{^}}                ^~{{$}}
  e() { return #x in #x in this; }
// CHECK: {{.*}}private-names.js:[[@LINE-1]]:22: error: private name '#x' is only valid in a member access or before 'in'
// CHECK-NEXT: {{^}}  e() { return #x in #x in this; }{{$}}
// CHECK-NEXT: {{^}}                     ^~{{$}}
  f() { return [#x]; }
// CHECK: {{.*}}private-names.js:[[@LINE-1]]:17: error: private name '#x' is only valid in a member access or before 'in'
// CHECK-NEXT: {{^}}  f() { return [#x]; }{{$}}
// CHECK-NEXT: {{^}}                ^~{{$}}
  ok(o) { return #x in o && o.#x && this?.#x; }
}
let o = { #y: 1 };
// CHECK: {{.*}}private-names.js:[[@LINE-1]]:11: error: expected property name
// CHECK-NEXT: {{^}}let o = { #y: 1 };{{$}}
// CHECK-NEXT: {{^}}          ^~{{$}}
