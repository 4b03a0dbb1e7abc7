// --emit=ast for async code: async function declarations and expressions,
// async arrows (with and without parentheses), async methods in objects and
// classes, await in its contexts, and 'async' / 'await' as plain
// identifiers where they are not keywords.
// RUN: %kilnc --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace

async function f() { await g(); return await (a ?? b); }
// CHECK:Program script strict
// CHECK-NEXT:  FunctionDeclaration [[@LINE-2]]:1 isAsync hasSimpleParameterList isStrict
// CHECK-NEXT:    id: Identifier [[@LINE-3]]:16 name=f
// CHECK-NEXT:    BlockStatement [[@LINE-4]]:20
// CHECK-NEXT:      ExpressionStatement [[@LINE-5]]:22
// CHECK-NEXT:        AwaitExpression [[@LINE-6]]:22
// CHECK-NEXT:          CallExpression [[@LINE-7]]:28
// CHECK-NEXT:            Identifier [[@LINE-8]]:28 name=g
// CHECK-NEXT:      ReturnStatement [[@LINE-9]]:33
// CHECK-NEXT:        argument: AwaitExpression [[@LINE-10]]:40
// CHECK-NEXT:          LogicalExpression [[@LINE-11]]:47 ??
// CHECK-NEXT:            Identifier [[@LINE-12]]:47 name=a
// CHECK-NEXT:            Identifier [[@LINE-13]]:52 name=b
let h = async function () { for (const x of await xs) await x; };
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=h
// CHECK-NEXT:      init: FunctionExpression [[@LINE-4]]:9 isAsync hasSimpleParameterList isStrict
// CHECK-NEXT:        BlockStatement [[@LINE-5]]:27
// CHECK-NEXT:          ForOfStatement [[@LINE-6]]:29
// CHECK-NEXT:            VariableDeclaration [[@LINE-7]]:34 const
// CHECK-NEXT:              VariableDeclarator [[@LINE-8]]:40
// CHECK-NEXT:                Identifier [[@LINE-9]]:40 name=x
// CHECK-NEXT:            AwaitExpression [[@LINE-10]]:45
// CHECK-NEXT:              Identifier [[@LINE-11]]:51 name=xs
// CHECK-NEXT:            ExpressionStatement [[@LINE-12]]:55
// CHECK-NEXT:              AwaitExpression [[@LINE-13]]:55
// CHECK-NEXT:                Identifier [[@LINE-14]]:61 name=x
let i = async x => await x;
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=i
// CHECK-NEXT:      init: ArrowFunctionExpression [[@LINE-4]]:9 isAsync isExpressionBody hasSimpleParameterList isStrict
// CHECK-NEXT:        params:
// CHECK-NEXT:          Identifier [[@LINE-6]]:15 name=x
// CHECK-NEXT:        AwaitExpression [[@LINE-7]]:20
// CHECK-NEXT:          Identifier [[@LINE-8]]:26 name=x
let j = async (a, b) => { await a; };
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=j
// CHECK-NEXT:      init: ArrowFunctionExpression [[@LINE-4]]:9 isAsync hasSimpleParameterList isStrict
// CHECK-NEXT:        params:
// CHECK-NEXT:          Identifier [[@LINE-6]]:16 name=a
// CHECK-NEXT:          Identifier [[@LINE-7]]:19 name=b
// CHECK-NEXT:        BlockStatement [[@LINE-8]]:25
// CHECK-NEXT:          ExpressionStatement [[@LINE-9]]:27
// CHECK-NEXT:            AwaitExpression [[@LINE-10]]:27
// CHECK-NEXT:              Identifier [[@LINE-11]]:33 name=a
let o = { async m() { await 1; }, async: 1, async() {} };
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=o
// CHECK-NEXT:      init: ObjectExpression [[@LINE-4]]:9
// CHECK-NEXT:        Property [[@LINE-5]]:11 isMethod
// CHECK-NEXT:          Identifier [[@LINE-6]]:17 name=m
// CHECK-NEXT:          FunctionExpression [[@LINE-7]]:18 method isAsync hasSimpleParameterList isStrict
// CHECK-NEXT:            BlockStatement [[@LINE-8]]:21
// CHECK-NEXT:              ExpressionStatement [[@LINE-9]]:23
// CHECK-NEXT:                AwaitExpression [[@LINE-10]]:23
// CHECK-NEXT:                  NumericLiteral [[@LINE-11]]:29 value=1
// CHECK-NEXT:        Property [[@LINE-12]]:35
// CHECK-NEXT:          Identifier [[@LINE-13]]:35 name=async
// CHECK-NEXT:          NumericLiteral [[@LINE-14]]:42 value=1
// CHECK-NEXT:        Property [[@LINE-15]]:45 isMethod
// CHECK-NEXT:          Identifier [[@LINE-16]]:45 name=async
// CHECK-NEXT:          FunctionExpression [[@LINE-17]]:50 method hasSimpleParameterList isStrict
// CHECK-NEXT:            BlockStatement [[@LINE-18]]:53
class C { async m() {} static async n() { await this; } }
// CHECK-NEXT:  ClassDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    id: Identifier [[@LINE-2]]:7 name=C
// CHECK-NEXT:    ClassBody [[@LINE-3]]:9
// CHECK-NEXT:      MethodDefinition [[@LINE-4]]:11 method
// CHECK-NEXT:        Identifier [[@LINE-5]]:17 name=m
// CHECK-NEXT:        FunctionExpression [[@LINE-6]]:18 method isAsync hasSimpleParameterList isStrict
// CHECK-NEXT:          BlockStatement [[@LINE-7]]:21
// CHECK-NEXT:      MethodDefinition [[@LINE-8]]:24 method isStatic
// CHECK-NEXT:        Identifier [[@LINE-9]]:37 name=n
// CHECK-NEXT:        FunctionExpression [[@LINE-10]]:38 method isAsync hasSimpleParameterList isStrict
// CHECK-NEXT:          BlockStatement [[@LINE-11]]:41
// CHECK-NEXT:            ExpressionStatement [[@LINE-12]]:43
// CHECK-NEXT:              AwaitExpression [[@LINE-13]]:43
// CHECK-NEXT:                ThisExpression [[@LINE-14]]:49
let await = async(1);
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=await
// CHECK-NEXT:      init: CallExpression [[@LINE-4]]:13
// CHECK-NEXT:        Identifier [[@LINE-5]]:13 name=async
// CHECK-NEXT:        NumericLiteral [[@LINE-6]]:19 value=1
