// 'eval' and 'arguments' cannot be declared or assigned in strict code, and
// 'arguments' may not appear in class field initializers or static blocks
// (arrow functions there included).
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

var eval = 1;
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:5: error: cannot declare 'eval' in strict mode
// CHECK-NEXT: {{^}}var eval = 1;{{$}}
// CHECK-NEXT: {{^}}    ^~~~{{$}}
let arguments;
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:5: error: cannot declare 'arguments' in strict mode
// CHECK-NEXT: {{^}}let arguments;{{$}}
// CHECK-NEXT: {{^}}    ^~~~~~~~~{{$}}
function f(eval) {}
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:12: error: cannot declare 'eval' in strict mode
// CHECK-NEXT: {{^}}function f(eval) {}{{$}}
// CHECK-NEXT: {{^}}           ^~~~{{$}}
let f2 = function arguments() {};
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:19: error: cannot declare 'arguments' in strict mode
// CHECK-NEXT: {{^}}let f2 = function arguments() {};{{$}}
// CHECK-NEXT: {{^}}                  ^~~~~~~~~{{$}}
let g = (arguments) => 1;
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:10: error: cannot declare 'arguments' in strict mode
// CHECK-NEXT: {{^}}let g = (arguments) => 1;{{$}}
// CHECK-NEXT: {{^}}         ^~~~~~~~~{{$}}
let h = eval => 1;
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:9: error: cannot declare 'eval' in strict mode
// CHECK-NEXT: {{^}}let h = eval => 1;{{$}}
// CHECK-NEXT: {{^}}        ^~~~{{$}}
try {} catch (eval) {}
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:15: error: cannot declare 'eval' in strict mode
// CHECK-NEXT: {{^}}try {} catch (eval) {}{{$}}
// CHECK-NEXT: {{^}}              ^~~~{{$}}
eval = 1;
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:1: error: cannot assign to 'eval' in strict mode
// CHECK-NEXT: {{^}}eval = 1;{{$}}
// CHECK-NEXT: {{^}}^~~~{{$}}
arguments++;
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:1: error: cannot assign to 'arguments' in strict mode
// CHECK-NEXT: {{^}}arguments++;{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~{{$}}
--eval;
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:3: error: cannot assign to 'eval' in strict mode
// CHECK-NEXT: {{^}}--eval;{{$}}
// CHECK-NEXT: {{^}}  ^~~~{{$}}
[eval] = a;
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:2: error: cannot assign to 'eval' in strict mode
// CHECK-NEXT: {{^}}[eval] = a;{{$}}
// CHECK-NEXT: {{^}} ^~~~{{$}}
({ arguments } = a);
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:4: error: cannot assign to 'arguments' in strict mode
// CHECK-NEXT: {{^}}({ arguments } = a);{{$}}
// CHECK-NEXT: {{^}}   ^~~~~~~~~{{$}}
arguments += 1;
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:1: error: cannot assign to 'arguments' in strict mode
// CHECK-NEXT: {{^}}arguments += 1;{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~{{$}}
class C { x = arguments; }
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:15: error: 'arguments' is not allowed in class field initializers or static initialization blocks
// CHECK-NEXT: {{^}}class C { x = arguments; }{{$}}
// CHECK-NEXT: {{^}}              ^~~~~~~~~{{$}}
class D { static { arguments; } }
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:20: error: 'arguments' is not allowed in class field initializers or static initialization blocks
// CHECK-NEXT: {{^}}class D { static { arguments; } }{{$}}
// CHECK-NEXT: {{^}}                   ^~~~~~~~~{{$}}
class E { y = () => arguments; }
// CHECK: {{.*}}eval-arguments.js:[[@LINE-1]]:21: error: 'arguments' is not allowed in class field initializers or static initialization blocks
// CHECK-NEXT: {{^}}class E { y = () => arguments; }{{$}}
// CHECK-NEXT: {{^}}                    ^~~~~~~~~{{$}}
function ok() { return arguments.length + eval("1"); }
