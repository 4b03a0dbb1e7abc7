// Arrow functions: the parenthesized head must be a valid parameter list,
// 'await' expressions may not appear in parameters (nor 'await' at all in
// an async arrow's), and an unparenthesized arrow ends the expression, so
// no operator may take it as an operand.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = (x + 1) => x;
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:10: error: invalid arrow function parameters
// CHECK-NEXT: {{^}}let a = (x + 1) => x;{{$}}
// CHECK-NEXT: {{^}}         ^~~~~{{$}}
let b = ((x)) => x;
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:11: error: invalid arrow function parameters
// CHECK-NEXT: {{^}}let b = ((x)) => x;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
let c = ({ m() {} }) => 1;
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:12: error: invalid arrow function parameters
// CHECK-NEXT: {{^}}let c = ({ m() {} }) => 1;{{$}}
// CHECK-NEXT: {{^}}           ^~~~~~{{$}}
let d = ([...x = 1]) => 1;
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:11: error: invalid arrow function parameters
// CHECK-NEXT: {{^}}let d = ([...x = 1]) => 1;{{$}}
// CHECK-NEXT: {{^}}          ^~~~~~~~{{$}}
let e = (x += 1) => 1;
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:10: error: invalid arrow function parameters
// CHECK-NEXT: {{^}}let e = (x += 1) => 1;{{$}}
// CHECK-NEXT: {{^}}         ^~~~~~{{$}}
let f = (1) => 1;
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:10: error: invalid arrow function parameters
// CHECK-NEXT: {{^}}let f = (1) => 1;{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
let g = async (x = await) => 1;
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:20: error: 'await' cannot be used in the parameters of an async arrow function
// CHECK-NEXT: {{^}}let g = async (x = await) => 1;{{$}}
// CHECK-NEXT: {{^}}                   ^~~~~{{$}}
let h = async (await) => 1;
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:16: error: 'await' cannot be used in the parameters of an async arrow function
// CHECK-NEXT: {{^}}let h = async (await) => 1;{{$}}
// CHECK-NEXT: {{^}}               ^~~~~{{$}}
async function i() { let j = (x = await 1) => x; }
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:35: error: 'await' expressions are not allowed in formal parameters
// CHECK-NEXT: {{^}}async function i() { let j = (x = await 1) => x; }{{$}}
// CHECK-NEXT: {{^}}                                  ^~~~~{{$}}
async function k(x = await 1) {}
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:22: error: 'await' expressions are not allowed in formal parameters
// CHECK-NEXT: {{^}}async function k(x = await 1) {}{{$}}
// CHECK-NEXT: {{^}}                     ^~~~~{{$}}
let l = async (x = async function () { await 1; }) => 1;
let m = x || () => 1;
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:14: error: arrow function must be parenthesized to be used as an operand
// CHECK-NEXT: {{^}}let m = x || () => 1;{{$}}
// CHECK-NEXT: {{^}}             ^~~~~~~{{$}}
let n = !() => 1;
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:10: error: arrow function must be parenthesized to be used as an operand
// CHECK-NEXT: {{^}}let n = !() => 1;{{$}}
// CHECK-NEXT: {{^}}         ^~~~~~~{{$}}
let o = () => 1 + 2;
let p = () => {} + 1;
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:18: error: expected ';' after variable declaration
// CHECK-NEXT: {{^}}let p = () => {} + 1;{{$}}
// CHECK-NEXT: {{^}}                 ^{{$}}
class Q extends () => {} {}
// CHECK: {{.*}}arrow-functions.js:[[@LINE-1]]:17: error: arrow function must be parenthesized to be used as an operand
// CHECK-NEXT: {{^}}class Q extends () => {} {}{{$}}
// CHECK-NEXT: {{^}}                ^~~~~~~~{{$}}
