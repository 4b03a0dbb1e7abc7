// Strict mode forbids deleting a plain identifier (parenthesized or not);
// private fields can never be deleted (nor through an optional chain).
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

delete x;
// CHECK: {{.*}}delete.js:[[@LINE-1]]:1: error: cannot delete an unqualified identifier in strict mode
// CHECK-NEXT: {{^}}delete x;{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~{{$}}
delete (x);
// CHECK: {{.*}}delete.js:[[@LINE-1]]:1: error: cannot delete an unqualified identifier in strict mode
// CHECK-NEXT: {{^}}delete (x);{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~~{{$}}
delete ((x));
// CHECK: {{.*}}delete.js:[[@LINE-1]]:1: error: cannot delete an unqualified identifier in strict mode
// CHECK-NEXT: {{^}}delete ((x));{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~~~~{{$}}
class C {
  #f;
  m() { delete this.#f; }
// CHECK: {{.*}}delete.js:[[@LINE-1]]:9: error: private fields cannot be deleted
// CHECK-NEXT: {{^}}  m() { delete this.#f; }{{$}}
// CHECK-NEXT: {{^}}        ^~~~~~~~~~~~~~{{$}}
  n() { delete this?.#f; }
// CHECK: {{.*}}delete.js:[[@LINE-1]]:9: error: private fields cannot be deleted
// CHECK-NEXT: {{^}}  n() { delete this?.#f; }{{$}}
// CHECK-NEXT: {{^}}        ^~~~~~~~~~~~~~~{{$}}
  ok() { delete this.f; delete this[0]; delete this?.g; delete f(); }
}
