// Getters take no parameters; setters take exactly one, which cannot be a
// rest parameter.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let o = {
  get a(x) {},
// CHECK: {{.*}}accessors.js:[[@LINE-1]]:9: error: getter must not have parameters
// CHECK-NEXT: {{^}}  get a(x) {},{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
  set b() {},
// CHECK: {{.*}}accessors.js:[[@LINE-1]]:8: error: setter must have exactly one parameter
// CHECK-NEXT: {{^}}  set b() {},{{$}}
// CHECK-NEXT: {{^}}       ^{{$}}
  set c(x, y) {},
// CHECK: {{.*}}accessors.js:[[@LINE-1]]:12: error: setter must have exactly one parameter
// CHECK-NEXT: {{^}}  set c(x, y) {},{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
  set d(...x) {},
// CHECK: {{.*}}accessors.js:[[@LINE-1]]:9: error: setter parameter cannot be a rest parameter
// CHECK-NEXT: {{^}}  set d(...x) {},{{$}}
// CHECK-NEXT: {{^}}        ^~~~{{$}}
};
class C {
  get e(x) {}
// CHECK: {{.*}}accessors.js:[[@LINE-1]]:9: error: getter must not have parameters
// CHECK-NEXT: {{^}}  get e(x) {}{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
  static set f() {}
// CHECK: {{.*}}accessors.js:[[@LINE-1]]:15: error: setter must have exactly one parameter
// CHECK-NEXT: {{^}}  static set f() {}{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
  set g(x = 1) {}
  get h() { return 1; }
}
