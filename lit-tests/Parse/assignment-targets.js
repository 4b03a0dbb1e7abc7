// What may be assigned to: '=' takes identifiers, member expressions and
// (unparenthesized) object / array patterns; compound assignment, '++' /
// '--' and for-in / for-of heads take only identifiers and member
// expressions (for-in/of heads also patterns); pattern elements must be
// targets themselves.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

1 = 2;
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:1: error: invalid assignment target
// CHECK-NEXT: {{^}}1 = 2;{{$}}
// CHECK-NEXT: {{^}}^{{$}}
a + b = 3;
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:1: error: invalid assignment target
// CHECK-NEXT: {{^}}a + b = 3;{{$}}
// CHECK-NEXT: {{^}}^~~~~{{$}}
f() = 4;
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:1: error: invalid assignment target
// CHECK-NEXT: {{^}}f() = 4;{{$}}
// CHECK-NEXT: {{^}}^~~{{$}}
(a, b) += 1;
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:2: error: invalid assignment target
// CHECK-NEXT: {{^}}(a, b) += 1;{{$}}
// CHECK-NEXT: {{^}} ^~~~{{$}}
[a] += 1;
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:1: error: invalid assignment target
// CHECK-NEXT: {{^}}[a] += 1;{{$}}
// CHECK-NEXT: {{^}}^~~{{$}}
x = ([a]) = 1;
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:6: error: invalid assignment target
// CHECK-NEXT: {{^}}x = ([a]) = 1;{{$}}
// CHECK-NEXT: {{^}}     ^~~{{$}}
++f();
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:3: error: invalid operand of '++'
// CHECK-NEXT: {{^}}++f();{{$}}
// CHECK-NEXT: {{^}}  ^~~{{$}}
x = 1++;
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:5: error: invalid operand of '++'
// CHECK-NEXT: {{^}}x = 1++;{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
this--;
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:1: error: invalid operand of '--'
// CHECK-NEXT: {{^}}this--;{{$}}
// CHECK-NEXT: {{^}}^~~~{{$}}
[a + 1] = x;
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:2: error: invalid assignment target
// CHECK-NEXT: {{^}}[a + 1] = x;{{$}}
// CHECK-NEXT: {{^}} ^~~~~{{$}}
({ a: 1 } = x);
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:7: error: invalid assignment target
// CHECK-NEXT: {{^}}({ a: 1 } = x);{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
[(a = 1)] = x;
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:3: error: invalid destructuring target
// CHECK-NEXT: {{^}}[(a = 1)] = x;{{$}}
// CHECK-NEXT: {{^}}  ^~~~~{{$}}
[a += 1] = x;
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:2: error: invalid destructuring target
// CHECK-NEXT: {{^}}[a += 1] = x;{{$}}
// CHECK-NEXT: {{^}} ^~~~~~{{$}}
({ m() {} } = x);
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:4: error: invalid destructuring target
// CHECK-NEXT: {{^}}({ m() {} } = x);{{$}}
// CHECK-NEXT: {{^}}   ^~~~~~{{$}}
for (f() of x) {}
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:6: error: invalid left-hand side in 'for-of' loop
// CHECK-NEXT: {{^}}for (f() of x) {}{{$}}
// CHECK-NEXT: {{^}}     ^~~{{$}}
for (a + b in x) {}
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:6: error: invalid left-hand side in 'for-in' loop
// CHECK-NEXT: {{^}}for (a + b in x) {}{{$}}
// CHECK-NEXT: {{^}}     ^~~~~{{$}}
for ((a, b) of x) {}
// CHECK: {{.*}}assignment-targets.js:[[@LINE-1]]:7: error: invalid left-hand side in 'for-of' loop
// CHECK-NEXT: {{^}}for ((a, b) of x) {}{{$}}
// CHECK-NEXT: {{^}}      ^~~~{{$}}

// Valid targets.
a.b = (c) = d[0] = [e, f.g, ...h] = { i, j: k.l, ...m } = 1;
({a} = 1) => 0;
for ([a, b] of x) {}
