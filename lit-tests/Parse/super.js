// 'super' must be followed by arguments or a member access ('super' alone,
// as a tag, or after 'new' without a property is an error), and private
// names cannot be reached through it. Where super calls and properties may
// appear is Sema's business.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

class A extends B {
  m() { return super; }
// CHECK: {{.*}}super.js:[[@LINE-1]]:16: error: 'super' must be followed by an argument list or a member access
// CHECK-NEXT: {{^}}  m() { return super; }{{$}}
// CHECK-NEXT: {{^}}               ^~~~~{{$}}
  n() { return super`x`; }
// CHECK: {{.*}}super.js:[[@LINE-1]]:16: error: 'super' must be followed by an argument list or a member access
// CHECK-NEXT: {{^}}  n() { return super`x`; }{{$}}
// CHECK-NEXT: {{^}}               ^~~~~{{$}}
  o() { return new super(); }
// CHECK: {{.*}}super.js:[[@LINE-1]]:20: error: 'super' must be followed by an argument list or a member access
// CHECK-NEXT: {{^}}  o() { return new super(); }{{$}}
// CHECK-NEXT: {{^}}                   ^~~~~{{$}}
  #p;
  q() { return super.#p; }
// CHECK: {{.*}}super.js:[[@LINE-1]]:22: error: private names cannot be accessed through 'super'
// CHECK-NEXT: {{^}}  q() { return super.#p; }{{$}}
// CHECK-NEXT: {{^}}                     ^~{{$}}
  ok() { return super.m() + super["n"] + new super.C(); }
  constructor() { super(); }
}
