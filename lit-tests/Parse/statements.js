// Statement-level errors: try without catch or finally, a second default
// label, return outside a function, and declarations where only a single
// statement may appear (if / else / loop bodies and labels).
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

try {} let x = 1;
// CHECK: {{.*}}statements.js:[[@LINE-1]]:8: error: expected 'catch' or 'finally' after try block
// CHECK-NEXT: {{^}}try {} let x = 1;{{$}}
// CHECK-NEXT: {{^}}       ^~~{{$}}
switch (x) { case 1: default: break; default: }
// CHECK: {{.*}}statements.js:[[@LINE-1]]:38: error: multiple 'default' labels in one switch
// CHECK-NEXT: {{^}}switch (x) { case 1: default: break; default: }{{$}}
// CHECK-NEXT: {{^}}                                     ^~~~~~~{{$}}
return 1;
// CHECK: {{.*}}statements.js:[[@LINE-1]]:1: error: 'return' outside of a function
// CHECK-NEXT: {{^}}return 1;{{$}}
// CHECK-NEXT: {{^}}^~~~~~{{$}}
if (x) function f() {}
// CHECK: {{.*}}statements.js:[[@LINE-1]]:8: error: function declarations cannot appear in a single-statement context
// CHECK-NEXT: {{^}}if (x) function f() {}{{$}}
// CHECK-NEXT: {{^}}       ^~~~~~~~{{$}}
if (x) ; else class C {}
// CHECK: {{.*}}statements.js:[[@LINE-1]]:15: error: class declarations cannot appear in a single-statement context
// CHECK-NEXT: {{^}}if (x) ; else class C {}{{$}}
// CHECK-NEXT: {{^}}              ^~~~~{{$}}
while (x) const c = 1;
// CHECK: {{.*}}statements.js:[[@LINE-1]]:11: error: lexical declarations cannot appear in a single-statement context
// CHECK-NEXT: {{^}}while (x) const c = 1;{{$}}
// CHECK-NEXT: {{^}}          ^~~~~{{$}}
for (;;) let y = 2;
// CHECK: {{.*}}statements.js:[[@LINE-1]]:10: error: lexical declarations cannot appear in a single-statement context
// CHECK-NEXT: {{^}}for (;;) let y = 2;{{$}}
// CHECK-NEXT: {{^}}         ^~~{{$}}
do async function g() {} while (x);
// CHECK: {{.*}}statements.js:[[@LINE-1]]:4: error: async function declarations cannot appear in a single-statement context
// CHECK-NEXT: {{^}}do async function g() {} while (x);{{$}}
// CHECK-NEXT: {{^}}   ^~~~~~~~~~~~~~~~~~~~~{{$}}
label: function h() {}
// CHECK: {{.*}}statements.js:[[@LINE-1]]:8: error: labeled function declarations cannot appear in a single-statement context
// CHECK-NEXT: {{^}}label: function h() {}{{$}}
// CHECK-NEXT: {{^}}       ^~~~~~~~{{$}}
function ok() { if (x) return; }
