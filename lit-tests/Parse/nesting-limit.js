// Input nested deeper than the parser's limit (1000 levels of statements,
// expressions and patterns) gets one "nesting too deep" error and parsing
// stops: no crash, no stack overflow, no cascade of errors, exit status 1.
// The inputs (100,000 levels each) are written at test time. The echoed
// line is a 160-character window around the caret.
//
// RUN: python3 -c 'print("(" * 100000)' > %t.paren.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.paren.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PAREN --implicit-check-not=error:
// PAREN: paren.js:1:1000: error: nesting too deep: the parser's limit is 1000 levels
// PAREN-NEXT: {{^}}{{\(+}}{{$}}
// PAREN-NEXT: {{^ +\^$}}
//
// RUN: python3 -c 'print("[" * 100000)' > %t.square.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.square.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SQUARE --implicit-check-not=error:
// SQUARE: square.js:1:1000: error: nesting too deep: the parser's limit is 1000 levels
// SQUARE-NEXT: {{^}}{{\[+}}{{$}}
//
// RUN: python3 -c 'print("{" * 100000)' > %t.brace.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.brace.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BRACE --implicit-check-not=error:
// BRACE: brace.js:1:1001: error: nesting too deep: the parser's limit is 1000 levels
// BRACE-NEXT: {{^}}{{\{+}}{{$}}
//
// Balanced, but still too deep.
// RUN: python3 -c 'print("x = " + "(" * 100000 + "1" + ")" * 100000 + ";")' > %t.balanced.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.balanced.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BALANCED --implicit-check-not=error:
// BALANCED: balanced.js:1:1003: error: nesting too deep
//
// Other ways to nest: unary operators, right-associative operators, long
// left-deep chains (whose AST is as deep as they are long), functions,
// arrows, templates, binding patterns, if statements.
// RUN: python3 -c 'print("x = " + "!" * 100000 + "y;")' > %t.unary.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.unary.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OTHER --implicit-check-not=error:
// RUN: python3 -c 'print("x = " + "a = " * 100000 + "1;")' > %t.assign.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.assign.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OTHER --implicit-check-not=error:
// RUN: python3 -c 'print("x = a" + ".b" * 100000 + ";")' > %t.member.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.member.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OTHER --implicit-check-not=error:
// RUN: python3 -c 'print("x = a" + " + a" * 100000 + ";")' > %t.binary.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.binary.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OTHER --implicit-check-not=error:
// RUN: python3 -c 'print("x = " + "function () { return " * 100000)' > %t.function.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.function.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OTHER --implicit-check-not=error:
// RUN: python3 -c 'print("x = " + "() => " * 100000 + "1;")' > %t.arrow.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.arrow.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OTHER --implicit-check-not=error:
// RUN: python3 -c 'print("x = " + "`${" * 100000)' > %t.template.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.template.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OTHER --implicit-check-not=error:
// RUN: python3 -c 'print("let " + "{a:" * 100000)' > %t.pattern.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.pattern.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OTHER --implicit-check-not=error:
// RUN: python3 -c 'print("if (x) " * 100000 + ";")' > %t.if.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.if.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OTHER --implicit-check-not=error:
// OTHER: error: nesting too deep: the parser's limit is 1000 levels
//
// Just under the limit is fine, and the AST dump of it works.
// RUN: python3 -c 'print("x = " + "[" * 900 + "]" * 900 + ";")' > %t.ok.js
// RUN: %kilnc --syntax-only %t.ok.js 2>&1 | count 0
// RUN: %kilnc --emit=ast %t.ok.js | FileCheck %s --check-prefix=OK
// OK: {{^}}    ArrayExpression 1:5{{$}}
// OK: {{^ +}}ArrayExpression 1:904{{$}}
// OK-NOT: {{.}}
