// Optional chains: a tagged template may not appear in one (neither right
// after '?.' nor later in the chain), and 'new' without arguments may not
// be followed by '?.'.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

a?.`x`;
// CHECK: {{.*}}optional-chaining.js:[[@LINE-1]]:4: error: tagged template cannot be used in an optional chain
// CHECK-NEXT: {{^}}a?.`x`;{{$}}
// CHECK-NEXT: {{^}}   ^~~{{$}}
a?.b`x`;
// CHECK: {{.*}}optional-chaining.js:[[@LINE-1]]:5: error: tagged template cannot be used in an optional chain
// CHECK-NEXT: {{^}}a?.b`x`;{{$}}
// CHECK-NEXT: {{^}}    ^~~{{$}}
a?.b.c`x${1}`;
// CHECK: {{.*}}optional-chaining.js:[[@LINE-1]]:7: error: tagged template cannot be used in an optional chain
// CHECK-NEXT: {{^}}a?.b.c`x${1}`;{{$}}
// CHECK-NEXT: {{^}}      ^~~~{{$}}
new a?.b;
// CHECK: {{.*}}optional-chaining.js:[[@LINE-1]]:6: error: optional chain cannot follow a 'new' expression without arguments
// CHECK-NEXT: {{^}}new a?.b;{{$}}
// CHECK-NEXT: {{^}}     ^~{{$}}
new a?.();
// CHECK: {{.*}}optional-chaining.js:[[@LINE-1]]:6: error: optional chain cannot follow a 'new' expression without arguments
// CHECK-NEXT: {{^}}new a?.();{{$}}
// CHECK-NEXT: {{^}}     ^~{{$}}
new C?.x;
// CHECK: {{.*}}optional-chaining.js:[[@LINE-1]]:6: error: optional chain cannot follow a 'new' expression without arguments
// CHECK-NEXT: {{^}}new C?.x;{{$}}
// CHECK-NEXT: {{^}}     ^~{{$}}

// Valid: every link kind, a chain in parentheses tagged, 'new' with
// arguments followed by '?.'.
x = a?.b?.[c]?.(d).e[f](g)?.#h;
(a?.b)`x`;
new C()?.x;
x = a ?.5 : 1;
