// --emit=ast for functions: declarations and expressions (named and
// anonymous), parameters with defaults and rest, hasSimpleParameterList,
// directives in bodies, arrow functions with expression and block bodies,
// and 'new.target'.
// RUN: %kilnc --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace

function f(a, b = a, ...c) { return new.target; }
// CHECK:Program script strict
// CHECK-NEXT:  FunctionDeclaration [[@LINE-2]]:1 isStrict
// CHECK-NEXT:    id: Identifier [[@LINE-3]]:10 name=f
// CHECK-NEXT:    params:
// CHECK-NEXT:      Identifier [[@LINE-5]]:12 name=a
// CHECK-NEXT:      AssignmentPattern [[@LINE-6]]:15
// CHECK-NEXT:        Identifier [[@LINE-7]]:15 name=b
// CHECK-NEXT:        Identifier [[@LINE-8]]:19 name=a
// CHECK-NEXT:      RestElement [[@LINE-9]]:22
// CHECK-NEXT:        Identifier [[@LINE-10]]:25 name=c
// CHECK-NEXT:    BlockStatement [[@LINE-11]]:28
// CHECK-NEXT:      ReturnStatement [[@LINE-12]]:30
// CHECK-NEXT:        argument: MetaProperty [[@LINE-13]]:37
// CHECK-NEXT:          Identifier [[@LINE-14]]:37 name=new
// CHECK-NEXT:          Identifier [[@LINE-15]]:41 name=target
function s(a) { "use strict"; "another"; a; }
// CHECK-NEXT:  FunctionDeclaration [[@LINE-1]]:1 hasSimpleParameterList isStrict
// CHECK-NEXT:    id: Identifier [[@LINE-2]]:10 name=s
// CHECK-NEXT:    params:
// CHECK-NEXT:      Identifier [[@LINE-4]]:12 name=a
// CHECK-NEXT:    Directive [[@LINE-5]]:17 raw="use strict" value="use strict"
// CHECK-NEXT:    Directive [[@LINE-6]]:31 raw="another" value="another"
// CHECK-NEXT:    BlockStatement [[@LINE-7]]:15
// CHECK-NEXT:      ExpressionStatement [[@LINE-8]]:42
// CHECK-NEXT:        Identifier [[@LINE-9]]:42 name=a
let g = function named() {};
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=g
// CHECK-NEXT:      init: FunctionExpression [[@LINE-4]]:9 hasSimpleParameterList isStrict
// CHECK-NEXT:        id: Identifier [[@LINE-5]]:18 name=named
// CHECK-NEXT:        BlockStatement [[@LINE-6]]:26
let h = function () {};
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=h
// CHECK-NEXT:      init: FunctionExpression [[@LINE-4]]:9 hasSimpleParameterList isStrict
// CHECK-NEXT:        BlockStatement [[@LINE-5]]:21
let i = x => x * 2;
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=i
// CHECK-NEXT:      init: ArrowFunctionExpression [[@LINE-4]]:9 isExpressionBody hasSimpleParameterList isStrict
// CHECK-NEXT:        params:
// CHECK-NEXT:          Identifier [[@LINE-6]]:9 name=x
// CHECK-NEXT:        BinaryExpression [[@LINE-7]]:14 *
// CHECK-NEXT:          Identifier [[@LINE-8]]:14 name=x
// CHECK-NEXT:          NumericLiteral [[@LINE-9]]:18 value=2
let j = (x, { y }) => { return x + y; };
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=j
// CHECK-NEXT:      init: ArrowFunctionExpression [[@LINE-4]]:9 isStrict
// CHECK-NEXT:        params:
// CHECK-NEXT:          Identifier [[@LINE-6]]:10 name=x
// CHECK-NEXT:          ObjectPattern [[@LINE-7]]:13
// CHECK-NEXT:            Property [[@LINE-8]]:15 isShorthand
// CHECK-NEXT:              Identifier [[@LINE-9]]:15 name=y
// CHECK-NEXT:              Identifier [[@LINE-10]]:15 name=y
// CHECK-NEXT:        BlockStatement [[@LINE-11]]:23
// CHECK-NEXT:          ReturnStatement [[@LINE-12]]:25
// CHECK-NEXT:            argument: BinaryExpression [[@LINE-13]]:32 +
// CHECK-NEXT:              Identifier [[@LINE-14]]:32 name=x
// CHECK-NEXT:              Identifier [[@LINE-15]]:36 name=y
let k = () => ({ o: 1 });
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=k
// CHECK-NEXT:      init: ArrowFunctionExpression [[@LINE-4]]:9 isExpressionBody hasSimpleParameterList isStrict
// CHECK-NEXT:        ObjectExpression [[@LINE-5]]:16
// CHECK-NEXT:          Property [[@LINE-6]]:18
// CHECK-NEXT:            Identifier [[@LINE-7]]:18 name=o
// CHECK-NEXT:            NumericLiteral [[@LINE-8]]:21 value=1
