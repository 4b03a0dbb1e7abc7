// Restricted productions: no line break between arrow parameters and '=>',
// nor between 'throw' and its expression. (A line break before '++' or
// after 'return' just ends the statement: no error.)
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let f = x
  => x;
// CHECK: {{.*}}restricted-productions.js:[[@LINE-1]]:3: error: line terminator not permitted before '=>'
// CHECK-NEXT: {{^}}  => x;{{$}}
// CHECK-NEXT: {{^}}  ^~{{$}}
let g = (a, b)
  => a;
// CHECK: {{.*}}restricted-productions.js:[[@LINE-1]]:3: error: line terminator not permitted before '=>'
// CHECK-NEXT: {{^}}  => a;{{$}}
// CHECK-NEXT: {{^}}  ^~{{$}}
let h = async (a)
  => a;
// CHECK: {{.*}}restricted-productions.js:[[@LINE-1]]:3: error: line terminator not permitted before '=>'
// CHECK-NEXT: {{^}}  => a;{{$}}
// CHECK-NEXT: {{^}}  ^~{{$}}
let i = async x
  => x;
// CHECK: {{.*}}restricted-productions.js:[[@LINE-1]]:3: error: line terminator not permitted before '=>'
// CHECK-NEXT: {{^}}  => x;{{$}}
// CHECK-NEXT: {{^}}  ^~{{$}}
function t() {
  throw
    new Error("x");
// CHECK: {{.*}}restricted-productions.js:[[@LINE-1]]:5: error: line terminator not permitted after 'throw'
// CHECK-NEXT: {{^}}    new Error("x");{{$}}
// CHECK-NEXT: {{^}}    ^~~{{$}}
}
a
++b;
