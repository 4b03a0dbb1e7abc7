// new.target: the property must be 'target', spelled without escapes.
// (Where new.target may appear is Sema's business; import.meta is in
// unsupported.js.)
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

function f() {
  let a = new.targ;
// CHECK: {{.*}}meta-properties.js:[[@LINE-1]]:15: error: expected 'target'
// CHECK-NEXT: {{^}}  let a = new.targ;{{$}}
// CHECK-NEXT: {{^}}              ^~~~{{$}}
  let b = new.t\u0061rget;
// CHECK: {{.*}}meta-properties.js:[[@LINE-1]]:15: error: 'new.target' must not contain escaped characters
// CHECK-NEXT: {{^}}  let b = new.t\u0061rget;{{$}}
// CHECK-NEXT: {{^}}              ^~~~~~~~~~~{{$}}
  let c = new.target;
}
