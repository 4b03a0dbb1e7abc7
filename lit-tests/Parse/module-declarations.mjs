// import / export declarations: only at the top level of a module; a
// string local name needs 'from'; string export names must be well-formed
// Unicode; import attribute keys are unique; and the grammar's own
// "expected ..." errors.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

function f() { import x from "m"; }
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:16: error: 'import' declarations may only appear at the top level of a module
// CHECK-NEXT: {{^}}function f() { import x from "m"; }{{$}}
// CHECK-NEXT: {{^}}               ^~~~~~{{$}}
{ export let y = 1; }
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:3: error: 'export' declarations may only appear at the top level of a module
// CHECK-NEXT: {{^}}{ export let y = 1; }{{$}}
// CHECK-NEXT: {{^}}  ^~~~~~{{$}}
export { "a b" };
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:10: error: a string export name needs a 'from' clause
// CHECK-NEXT: {{^}}export { "a b" };{{$}}
// CHECK-NEXT: {{^}}         ^~~~~{{$}}
export { "\uD800" as z } from "m";
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:10: error: module export name must not contain lone surrogates
// CHECK-NEXT: {{^}}export { "\uD800" as z } from "m";{{$}}
// CHECK-NEXT: {{^}}         ^~~~~~~~{{$}}
import { "\uDC00" as w } from "m";
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:10: error: module export name must not contain lone surrogates
// CHECK-NEXT: {{^}}import { "\uDC00" as w } from "m";{{$}}
// CHECK-NEXT: {{^}}         ^~~~~~~~{{$}}
import a from "m" with { type: "json", "type": "css" };
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:40: error: duplicate import attribute 'type'
// CHECK-NEXT: {{^}}import a from "m" with { type: "json", "type": "css" };{{$}}
// CHECK-NEXT: {{^}}                                       ^~~~~~{{$}}
import * from "m";
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:10: error: expected 'as'
// CHECK-NEXT: {{^}}import * from "m";{{$}}
// CHECK-NEXT: {{^}}         ^~~~{{$}}
import * as from "m";
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:18: error: expected 'from'
// CHECK-NEXT: {{^}}import * as from "m";{{$}}
// CHECK-NEXT: {{^}}                 ^~~{{$}}
import b "m";
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:10: error: expected 'from'
// CHECK-NEXT: {{^}}import b "m";{{$}}
// CHECK-NEXT: {{^}}         ^~~{{$}}
import c from m;
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:15: error: expected module specifier string
// CHECK-NEXT: {{^}}import c from m;{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
import 1 from "m";
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:8: error: expected import specifier
// CHECK-NEXT: {{^}}import 1 from "m";{{$}}
// CHECK-NEXT: {{^}}       ^{{$}}
import { d as } from "m";
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:15: error: expected identifier
// CHECK-NEXT: {{^}}import { d as } from "m";{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
import { "s" } from "m";
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:10: error: expected 'as' after imported name
// CHECK-NEXT: {{^}}import { "s" } from "m";{{$}}
// CHECK-NEXT: {{^}}         ^~~{{$}}
import "m" with { 1: "x" };
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:19: error: expected attribute key
// CHECK-NEXT: {{^}}import "m" with { 1: "x" };{{$}}
// CHECK-NEXT: {{^}}                  ^{{$}}
import e from "m" with { type: 1 };
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:32: error: expected string
// CHECK-NEXT: {{^}}import e from "m" with { type: 1 };{{$}}
// CHECK-NEXT: {{^}}                               ^{{$}}
export 1;
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:8: error: expected declaration or '{' after 'export'
// CHECK-NEXT: {{^}}export 1;{{$}}
// CHECK-NEXT: {{^}}       ^{{$}}
export async
function g() {}
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:1: error: unexpected token 'function'
// CHECK-NEXT: {{^}}function g() {}{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~{{$}}
export default @dec function h() {}
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-1]]:16: error: decorators are not supported by Kiln
// CHECK-NEXT: {{^}}export default @dec function h() {}{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}
// CHECK: {{.*}}module-declarations.mjs:[[@LINE-4]]:21: error: expected 'class'
// CHECK-NEXT: {{^}}export default @dec function h() {}{{$}}
// CHECK-NEXT: {{^}}                    ^~~~~~~~{{$}}
