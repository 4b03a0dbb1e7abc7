// --emit=ast for every kind of statement: the directive prologue, blocks,
// declarations, if/else, the loops (for, for-in, for-of, while, do-while),
// switch, try/catch/finally (with and without a catch binding), labels,
// break/continue (with and without labels), throw, return, debugger and
// the empty statement. One node per line, children indented two spaces.
// RUN: %kilnc --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace

"use strict";
// CHECK:Program script strict
// CHECK-NEXT:  Directive [[@LINE-2]]:1 raw="use strict" value="use strict"
'another directive';
// CHECK-NEXT:  Directive [[@LINE-1]]:1 raw="another directive" value="another directive"
var a = 1, b;
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 var
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=a
// CHECK-NEXT:      init: NumericLiteral [[@LINE-4]]:9 value=1
// CHECK-NEXT:    VariableDeclarator [[@LINE-5]]:12
// CHECK-NEXT:      Identifier [[@LINE-6]]:12 name=b
let [c] = [2];
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      ArrayPattern [[@LINE-3]]:5
// CHECK-NEXT:        Identifier [[@LINE-4]]:6 name=c
// CHECK-NEXT:      init: ArrayExpression [[@LINE-5]]:11
// CHECK-NEXT:        NumericLiteral [[@LINE-6]]:12 value=2
const d = 3;
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 const
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:7
// CHECK-NEXT:      Identifier [[@LINE-3]]:7 name=d
// CHECK-NEXT:      init: NumericLiteral [[@LINE-4]]:11 value=3
{ let e; ; }
// CHECK-NEXT:  BlockStatement [[@LINE-1]]:1
// CHECK-NEXT:    VariableDeclaration [[@LINE-2]]:3 let
// CHECK-NEXT:      VariableDeclarator [[@LINE-3]]:7
// CHECK-NEXT:        Identifier [[@LINE-4]]:7 name=e
// CHECK-NEXT:    EmptyStatement [[@LINE-5]]:10
if (a) b = 1; else if (c) b = 2; else { b = 3; }
// CHECK-NEXT:  IfStatement [[@LINE-1]]:1
// CHECK-NEXT:    Identifier [[@LINE-2]]:5 name=a
// CHECK-NEXT:    ExpressionStatement [[@LINE-3]]:8
// CHECK-NEXT:      AssignmentExpression [[@LINE-4]]:8 =
// CHECK-NEXT:        Identifier [[@LINE-5]]:8 name=b
// CHECK-NEXT:        NumericLiteral [[@LINE-6]]:12 value=1
// CHECK-NEXT:    alternate: IfStatement [[@LINE-7]]:20
// CHECK-NEXT:      Identifier [[@LINE-8]]:24 name=c
// CHECK-NEXT:      ExpressionStatement [[@LINE-9]]:27
// CHECK-NEXT:        AssignmentExpression [[@LINE-10]]:27 =
// CHECK-NEXT:          Identifier [[@LINE-11]]:27 name=b
// CHECK-NEXT:          NumericLiteral [[@LINE-12]]:31 value=2
// CHECK-NEXT:      alternate: BlockStatement [[@LINE-13]]:39
// CHECK-NEXT:        ExpressionStatement [[@LINE-14]]:41
// CHECK-NEXT:          AssignmentExpression [[@LINE-15]]:41 =
// CHECK-NEXT:            Identifier [[@LINE-16]]:41 name=b
// CHECK-NEXT:            NumericLiteral [[@LINE-17]]:45 value=3
for (let i = 0; i < 3; i++) continue;
// CHECK-NEXT:  ForStatement [[@LINE-1]]:1
// CHECK-NEXT:    init: VariableDeclaration [[@LINE-2]]:6 let
// CHECK-NEXT:      VariableDeclarator [[@LINE-3]]:10
// CHECK-NEXT:        Identifier [[@LINE-4]]:10 name=i
// CHECK-NEXT:        init: NumericLiteral [[@LINE-5]]:14 value=0
// CHECK-NEXT:    test: BinaryExpression [[@LINE-6]]:17 <
// CHECK-NEXT:      Identifier [[@LINE-7]]:17 name=i
// CHECK-NEXT:      NumericLiteral [[@LINE-8]]:21 value=3
// CHECK-NEXT:    update: UpdateExpression [[@LINE-9]]:24 ++
// CHECK-NEXT:      Identifier [[@LINE-10]]:24 name=i
// CHECK-NEXT:    ContinueStatement [[@LINE-11]]:29
for (;;) break;
// CHECK-NEXT:  ForStatement [[@LINE-1]]:1
// CHECK-NEXT:    BreakStatement [[@LINE-2]]:10
for (const k in o) {}
// CHECK-NEXT:  ForInStatement [[@LINE-1]]:1
// CHECK-NEXT:    VariableDeclaration [[@LINE-2]]:6 const
// CHECK-NEXT:      VariableDeclarator [[@LINE-3]]:12
// CHECK-NEXT:        Identifier [[@LINE-4]]:12 name=k
// CHECK-NEXT:    Identifier [[@LINE-5]]:17 name=o
// CHECK-NEXT:    BlockStatement [[@LINE-6]]:20
for (x of [1]) ;
// CHECK-NEXT:  ForOfStatement [[@LINE-1]]:1
// CHECK-NEXT:    Identifier [[@LINE-2]]:6 name=x
// CHECK-NEXT:    ArrayExpression [[@LINE-3]]:11
// CHECK-NEXT:      NumericLiteral [[@LINE-4]]:12 value=1
// CHECK-NEXT:    EmptyStatement [[@LINE-5]]:16
while (a) a--;
// CHECK-NEXT:  WhileStatement [[@LINE-1]]:1
// CHECK-NEXT:    Identifier [[@LINE-2]]:8 name=a
// CHECK-NEXT:    ExpressionStatement [[@LINE-3]]:11
// CHECK-NEXT:      UpdateExpression [[@LINE-4]]:11 --
// CHECK-NEXT:        Identifier [[@LINE-5]]:11 name=a
do a++; while (a < 3);
// CHECK-NEXT:  DoWhileStatement [[@LINE-1]]:1
// CHECK-NEXT:    ExpressionStatement [[@LINE-2]]:4
// CHECK-NEXT:      UpdateExpression [[@LINE-3]]:4 ++
// CHECK-NEXT:        Identifier [[@LINE-4]]:4 name=a
// CHECK-NEXT:    BinaryExpression [[@LINE-5]]:16 <
// CHECK-NEXT:      Identifier [[@LINE-6]]:16 name=a
// CHECK-NEXT:      NumericLiteral [[@LINE-7]]:20 value=3
switch (a) {
  case 1:
  case 2: b = 1; break;
  default: b = 2;
}
// CHECK-NEXT:  SwitchStatement [[@LINE-5]]:1
// CHECK-NEXT:    Identifier [[@LINE-6]]:9 name=a
// CHECK-NEXT:    SwitchCase [[@LINE-6]]:3
// CHECK-NEXT:      test: NumericLiteral [[@LINE-7]]:8 value=1
// CHECK-NEXT:    SwitchCase [[@LINE-7]]:3
// CHECK-NEXT:      test: NumericLiteral [[@LINE-8]]:8 value=2
// CHECK-NEXT:      ExpressionStatement [[@LINE-9]]:11
// CHECK-NEXT:        AssignmentExpression [[@LINE-10]]:11 =
// CHECK-NEXT:          Identifier [[@LINE-11]]:11 name=b
// CHECK-NEXT:          NumericLiteral [[@LINE-12]]:15 value=1
// CHECK-NEXT:      BreakStatement [[@LINE-13]]:18
// CHECK-NEXT:    SwitchCase [[@LINE-13]]:3
// CHECK-NEXT:      ExpressionStatement [[@LINE-14]]:12
// CHECK-NEXT:        AssignmentExpression [[@LINE-15]]:12 =
// CHECK-NEXT:          Identifier [[@LINE-16]]:12 name=b
// CHECK-NEXT:          NumericLiteral [[@LINE-17]]:16 value=2
try { f(); } catch (err) { g(err); } finally { h(); }
// CHECK-NEXT:  TryStatement [[@LINE-1]]:1
// CHECK-NEXT:    BlockStatement [[@LINE-2]]:5
// CHECK-NEXT:      ExpressionStatement [[@LINE-3]]:7
// CHECK-NEXT:        CallExpression [[@LINE-4]]:7
// CHECK-NEXT:          Identifier [[@LINE-5]]:7 name=f
// CHECK-NEXT:    handler: CatchClause [[@LINE-6]]:14
// CHECK-NEXT:      param: Identifier [[@LINE-7]]:21 name=err
// CHECK-NEXT:      BlockStatement [[@LINE-8]]:26
// CHECK-NEXT:        ExpressionStatement [[@LINE-9]]:28
// CHECK-NEXT:          CallExpression [[@LINE-10]]:28
// CHECK-NEXT:            Identifier [[@LINE-11]]:28 name=g
// CHECK-NEXT:            Identifier [[@LINE-12]]:30 name=err
// CHECK-NEXT:    finalizer: BlockStatement [[@LINE-13]]:46
// CHECK-NEXT:      ExpressionStatement [[@LINE-14]]:48
// CHECK-NEXT:        CallExpression [[@LINE-15]]:48
// CHECK-NEXT:          Identifier [[@LINE-16]]:48 name=h
try {} catch {}
// CHECK-NEXT:  TryStatement [[@LINE-1]]:1
// CHECK-NEXT:    BlockStatement [[@LINE-2]]:5
// CHECK-NEXT:    handler: CatchClause [[@LINE-3]]:8
// CHECK-NEXT:      BlockStatement [[@LINE-4]]:14
outer: for (;;) { inner: while (1) { break outer; continue inner; } }
// CHECK-NEXT:  LabeledStatement [[@LINE-1]]:1
// CHECK-NEXT:    Identifier [[@LINE-2]]:1 name=outer
// CHECK-NEXT:    ForStatement [[@LINE-3]]:8
// CHECK-NEXT:      BlockStatement [[@LINE-4]]:17
// CHECK-NEXT:        LabeledStatement [[@LINE-5]]:19
// CHECK-NEXT:          Identifier [[@LINE-6]]:19 name=inner
// CHECK-NEXT:          WhileStatement [[@LINE-7]]:26
// CHECK-NEXT:            NumericLiteral [[@LINE-8]]:33 value=1
// CHECK-NEXT:            BlockStatement [[@LINE-9]]:36
// CHECK-NEXT:              BreakStatement [[@LINE-10]]:38
// CHECK-NEXT:                label: Identifier [[@LINE-11]]:44 name=outer
// CHECK-NEXT:              ContinueStatement [[@LINE-12]]:51
// CHECK-NEXT:                label: Identifier [[@LINE-13]]:60 name=inner
function fn() { if (a) return; return a, b; }
// CHECK-NEXT:  FunctionDeclaration [[@LINE-1]]:1 hasSimpleParameterList isStrict
// CHECK-NEXT:    id: Identifier [[@LINE-2]]:10 name=fn
// CHECK-NEXT:    BlockStatement [[@LINE-3]]:15
// CHECK-NEXT:      IfStatement [[@LINE-4]]:17
// CHECK-NEXT:        Identifier [[@LINE-5]]:21 name=a
// CHECK-NEXT:        ReturnStatement [[@LINE-6]]:24
// CHECK-NEXT:      ReturnStatement [[@LINE-7]]:32
// CHECK-NEXT:        argument: SequenceExpression [[@LINE-8]]:39
// CHECK-NEXT:          Identifier [[@LINE-9]]:39 name=a
// CHECK-NEXT:          Identifier [[@LINE-10]]:42 name=b
throw new Error("boom");
// CHECK-NEXT:  ThrowStatement [[@LINE-1]]:1
// CHECK-NEXT:    NewExpression [[@LINE-2]]:7
// CHECK-NEXT:      Identifier [[@LINE-3]]:11 name=Error
// CHECK-NEXT:      StringLiteral [[@LINE-4]]:17 value="boom"
debugger;
// CHECK-NEXT:  DebuggerStatement [[@LINE-1]]:1
