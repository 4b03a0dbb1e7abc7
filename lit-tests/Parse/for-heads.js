// The head of a for-in / for-of loop declares one variable, without an
// initializer, and a for-of head may not start with the identifier 'async'.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

for (let a, b of x) {}
// CHECK: {{.*}}for-heads.js:[[@LINE-1]]:6: error: only one variable can be declared in the head of a 'for-of' loop
// CHECK-NEXT: {{^}}for (let a, b of x) {}{{$}}
// CHECK-NEXT: {{^}}     ^~~~~~~~{{$}}
for (var a, b in x) {}
// CHECK: {{.*}}for-heads.js:[[@LINE-1]]:6: error: only one variable can be declared in the head of a 'for-in' loop
// CHECK-NEXT: {{^}}for (var a, b in x) {}{{$}}
// CHECK-NEXT: {{^}}     ^~~~~~~~{{$}}
for (const [a] = [], b of x) {}
// CHECK: {{.*}}for-heads.js:[[@LINE-1]]:6: error: only one variable can be declared in the head of a 'for-of' loop
// CHECK-NEXT: {{^}}for (const [a] = [], b of x) {}{{$}}
// CHECK-NEXT: {{^}}     ^~~~~~~~~~~~~~~~~{{$}}
for (let a = 1 of x) {}
// CHECK: {{.*}}for-heads.js:[[@LINE-1]]:10: error: 'for-of' loop variable declaration may not have an initializer
// CHECK-NEXT: {{^}}for (let a = 1 of x) {}{{$}}
// CHECK-NEXT: {{^}}         ^~~~~{{$}}
for (var a = 1 in x) {}
// CHECK: {{.*}}for-heads.js:[[@LINE-1]]:10: error: 'for-in' loop variable declaration may not have an initializer
// CHECK-NEXT: {{^}}for (var a = 1 in x) {}{{$}}
// CHECK-NEXT: {{^}}         ^~~~~{{$}}
for (const { a } = o in x) {}
// CHECK: {{.*}}for-heads.js:[[@LINE-1]]:12: error: 'for-in' loop variable declaration may not have an initializer
// CHECK-NEXT: {{^}}for (const { a } = o in x) {}{{$}}
// CHECK-NEXT: {{^}}           ^~~~~~~~~{{$}}
for (async of x) {}
// CHECK: {{.*}}for-heads.js:[[@LINE-1]]:6: error: the left-hand side of a 'for-of' loop may not be 'async'
// CHECK-NEXT: {{^}}for (async of x) {}{{$}}
// CHECK-NEXT: {{^}}     ^~~~~{{$}}

// Valid: 'async' as a for-in target, an arrow named async in a for(;;),
// 'let' / 'of' as names where they are names.
for (async in x) {}
for (async of => {}; ;) break;
for (let of of x) {}
