// A missing token: "expected 'X'" at the token found instead, "expected 'X'
// after <what>" where the construct so far says what the token was for,
// and a note at the opening bracket when a closing one is missing.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

if x {}
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:4: error: expected '(' after 'if'
// CHECK-NEXT: {{^}}if x {}{{$}}
// CHECK-NEXT: {{^}}   ^{{$}}
while (x {
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:10: error: expected ')'
// CHECK-NEXT: {{^}}while (x {{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
// CHECK: {{.*}}expected-token.js:[[@LINE-4]]:7: note: to match this '('
// CHECK-NEXT: {{^}}while (x {{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
}
for x of y) {}
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:5: error: expected '(' after 'for'
// CHECK-NEXT: {{^}}for x of y) {}{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
do {} (x);
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:7: error: expected 'while' after do/while loop body
// CHECK-NEXT: {{^}}do {} (x);{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
let a = f(1 2);
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:13: error: expected ')'
// CHECK-NEXT: {{^}}let a = f(1 2);{{$}}
// CHECK-NEXT: {{^}}            ^{{$}}
// CHECK: {{.*}}expected-token.js:[[@LINE-4]]:10: note: to match this '('
// CHECK-NEXT: {{^}}let a = f(1 2);{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
let b = [1 2];
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:12: error: expected ']'
// CHECK-NEXT: {{^}}let b = [1 2];{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
// CHECK: {{.*}}expected-token.js:[[@LINE-4]]:9: note: to match this '['
// CHECK-NEXT: {{^}}let b = [1 2];{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
let c = {a: 1 b: 2};
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:15: error: expected '}'
// CHECK-NEXT: {{^}}let c = {a: 1 b: 2};{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
// CHECK: {{.*}}expected-token.js:[[@LINE-4]]:9: note: to match this '{'
// CHECK-NEXT: {{^}}let c = {a: 1 b: 2};{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
let d = x ? y z;
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:15: error: expected ':' after '?' branch
// CHECK-NEXT: {{^}}let d = x ? y z;{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
switch (x) case 1: {}
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:12: error: expected '{' after switch condition
// CHECK-NEXT: {{^}}switch (x) case 1: {}{{$}}
// CHECK-NEXT: {{^}}           ^~~~{{$}}
function f(a {}
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:14: error: expected ')'
// CHECK-NEXT: {{^}}function f(a {}{{$}}
// CHECK-NEXT: {{^}}             ^{{$}}
// CHECK: {{.*}}expected-token.js:[[@LINE-4]]:11: note: to match this '('
// CHECK-NEXT: {{^}}function f(a {}{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
let e = `${a b}`;
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:14: error: expected '}' after template substitution
// CHECK-NEXT: {{^}}let e = `${a b}`;{{$}}
// CHECK-NEXT: {{^}}             ^{{$}}
try {} catch (e {}
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:17: error: expected ')'
// CHECK-NEXT: {{^}}try {} catch (e {}{{$}}
// CHECK-NEXT: {{^}}                ^{{$}}
// CHECK: {{.*}}expected-token.js:[[@LINE-4]]:14: note: to match this '('
// CHECK-NEXT: {{^}}try {} catch (e {}{{$}}
// CHECK-NEXT: {{^}}             ^{{$}}
function g() { x = new.targ; }
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:24: error: expected 'target'
// CHECK-NEXT: {{^}}function g() { x = new.targ; }{{$}}
// CHECK-NEXT: {{^}}                       ^~~~{{$}}
let h = a.b.c 1;
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:15: error: expected ';' after variable declaration
// CHECK-NEXT: {{^}}let h = a.b.c 1;{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
debugger x;
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:10: error: expected ';' after 'debugger'
// CHECK-NEXT: {{^}}debugger x;{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
label: for (;;) break label x;
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:29: error: expected ';' after 'break'
// CHECK-NEXT: {{^}}label: for (;;) break label x;{{$}}
// CHECK-NEXT: {{^}}                            ^{{$}}
switch (x) { foo: }
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:14: error: expected 'case' or 'default'
// CHECK-NEXT: {{^}}switch (x) { foo: }{{$}}
// CHECK-NEXT: {{^}}             ^~~{{$}}
let k = async x;
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:16: error: expected '=>'
// CHECK-NEXT: {{^}}let k = async x;{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}
let m = (a, b,);
// CHECK: {{.*}}expected-token.js:[[@LINE-1]]:16: error: expected '=>'
// CHECK-NEXT: {{^}}let m = (a, b,);{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}
