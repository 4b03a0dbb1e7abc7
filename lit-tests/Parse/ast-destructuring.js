// --emit=ast for destructuring: binding patterns in declarations,
// parameters and catch clauses (nested, with defaults, holes, rest,
// computed keys), and assignment patterns converted from object / array
// literals (members as targets, defaults from shorthand initializers).
// RUN: %kilnc --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace

let { a, b: { c = 1 }, ["d" + 1]: e, ...f } = o;
// CHECK:Program script strict
// CHECK-NEXT:  VariableDeclaration [[@LINE-2]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-3]]:5
// CHECK-NEXT:      ObjectPattern [[@LINE-4]]:5
// CHECK-NEXT:        Property [[@LINE-5]]:7 isShorthand
// CHECK-NEXT:          Identifier [[@LINE-6]]:7 name=a
// CHECK-NEXT:          Identifier [[@LINE-7]]:7 name=a
// CHECK-NEXT:        Property [[@LINE-8]]:10
// CHECK-NEXT:          Identifier [[@LINE-9]]:10 name=b
// CHECK-NEXT:          ObjectPattern [[@LINE-10]]:13
// CHECK-NEXT:            Property [[@LINE-11]]:15 isShorthand
// CHECK-NEXT:              Identifier [[@LINE-12]]:15 name=c
// CHECK-NEXT:              AssignmentPattern [[@LINE-13]]:15
// CHECK-NEXT:                Identifier [[@LINE-14]]:15 name=c
// CHECK-NEXT:                NumericLiteral [[@LINE-15]]:19 value=1
// CHECK-NEXT:        Property [[@LINE-16]]:24 isComputed
// CHECK-NEXT:          BinaryExpression [[@LINE-17]]:25 +
// CHECK-NEXT:            StringLiteral [[@LINE-18]]:25 value="d"
// CHECK-NEXT:            NumericLiteral [[@LINE-19]]:31 value=1
// CHECK-NEXT:          Identifier [[@LINE-20]]:35 name=e
// CHECK-NEXT:        RestElement [[@LINE-21]]:38
// CHECK-NEXT:          Identifier [[@LINE-22]]:41 name=f
// CHECK-NEXT:      init: Identifier [[@LINE-23]]:47 name=o
const [g, , [h] = [], ...{ length }] = arr;
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 const
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:7
// CHECK-NEXT:      ArrayPattern [[@LINE-3]]:7
// CHECK-NEXT:        Identifier [[@LINE-4]]:8 name=g
// CHECK-NEXT:        Hole
// CHECK-NEXT:        AssignmentPattern [[@LINE-6]]:13
// CHECK-NEXT:          ArrayPattern [[@LINE-7]]:13
// CHECK-NEXT:            Identifier [[@LINE-8]]:14 name=h
// CHECK-NEXT:          ArrayExpression [[@LINE-9]]:19
// CHECK-NEXT:        RestElement [[@LINE-10]]:23
// CHECK-NEXT:          ObjectPattern [[@LINE-11]]:26
// CHECK-NEXT:            Property [[@LINE-12]]:28 isShorthand
// CHECK-NEXT:              Identifier [[@LINE-13]]:28 name=length
// CHECK-NEXT:              Identifier [[@LINE-14]]:28 name=length
// CHECK-NEXT:      init: Identifier [[@LINE-15]]:40 name=arr
function fn({ p = 2 }, [q, ...r], ...[s]) {}
// CHECK-NEXT:  FunctionDeclaration [[@LINE-1]]:1 isStrict
// CHECK-NEXT:    id: Identifier [[@LINE-2]]:10 name=fn
// CHECK-NEXT:    params:
// CHECK-NEXT:      ObjectPattern [[@LINE-4]]:13
// CHECK-NEXT:        Property [[@LINE-5]]:15 isShorthand
// CHECK-NEXT:          Identifier [[@LINE-6]]:15 name=p
// CHECK-NEXT:          AssignmentPattern [[@LINE-7]]:15
// CHECK-NEXT:            Identifier [[@LINE-8]]:15 name=p
// CHECK-NEXT:            NumericLiteral [[@LINE-9]]:19 value=2
// CHECK-NEXT:      ArrayPattern [[@LINE-10]]:24
// CHECK-NEXT:        Identifier [[@LINE-11]]:25 name=q
// CHECK-NEXT:        RestElement [[@LINE-12]]:28
// CHECK-NEXT:          Identifier [[@LINE-13]]:31 name=r
// CHECK-NEXT:      RestElement [[@LINE-14]]:35
// CHECK-NEXT:        ArrayPattern [[@LINE-15]]:38
// CHECK-NEXT:          Identifier [[@LINE-16]]:39 name=s
// CHECK-NEXT:    BlockStatement [[@LINE-17]]:43
try {} catch ({ message }) {}
// CHECK-NEXT:  TryStatement [[@LINE-1]]:1
// CHECK-NEXT:    BlockStatement [[@LINE-2]]:5
// CHECK-NEXT:    handler: CatchClause [[@LINE-3]]:8
// CHECK-NEXT:      param: ObjectPattern [[@LINE-4]]:15
// CHECK-NEXT:        Property [[@LINE-5]]:17 isShorthand
// CHECK-NEXT:          Identifier [[@LINE-6]]:17 name=message
// CHECK-NEXT:          Identifier [[@LINE-7]]:17 name=message
// CHECK-NEXT:      BlockStatement [[@LINE-8]]:28
({ x, y: o.y, z = 3, ...o.rest } = src);
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:2 =
// CHECK-NEXT:      ObjectPattern [[@LINE-3]]:2
// CHECK-NEXT:        Property [[@LINE-4]]:4 isShorthand
// CHECK-NEXT:          Identifier [[@LINE-5]]:4 name=x
// CHECK-NEXT:          Identifier [[@LINE-6]]:4 name=x
// CHECK-NEXT:        Property [[@LINE-7]]:7
// CHECK-NEXT:          Identifier [[@LINE-8]]:7 name=y
// CHECK-NEXT:          MemberExpression [[@LINE-9]]:10
// CHECK-NEXT:            Identifier [[@LINE-10]]:10 name=o
// CHECK-NEXT:            Identifier [[@LINE-11]]:12 name=y
// CHECK-NEXT:        Property [[@LINE-12]]:15 isShorthand
// CHECK-NEXT:          Identifier [[@LINE-13]]:15 name=z
// CHECK-NEXT:          AssignmentPattern [[@LINE-14]]:15
// CHECK-NEXT:            Identifier [[@LINE-15]]:15 name=z
// CHECK-NEXT:            NumericLiteral [[@LINE-16]]:19 value=3
// CHECK-NEXT:        RestElement [[@LINE-17]]:22
// CHECK-NEXT:          MemberExpression [[@LINE-18]]:25
// CHECK-NEXT:            Identifier [[@LINE-19]]:25 name=o
// CHECK-NEXT:            Identifier [[@LINE-20]]:27 name=rest
// CHECK-NEXT:      Identifier [[@LINE-21]]:36 name=src
[a, , b.c, [d] = [], ...e[0]] = list;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      ArrayPattern [[@LINE-3]]:1
// CHECK-NEXT:        Identifier [[@LINE-4]]:2 name=a
// CHECK-NEXT:        Hole
// CHECK-NEXT:        MemberExpression [[@LINE-6]]:7
// CHECK-NEXT:          Identifier [[@LINE-7]]:7 name=b
// CHECK-NEXT:          Identifier [[@LINE-8]]:9 name=c
// CHECK-NEXT:        AssignmentPattern [[@LINE-9]]:12
// CHECK-NEXT:          ArrayPattern [[@LINE-10]]:12
// CHECK-NEXT:            Identifier [[@LINE-11]]:13 name=d
// CHECK-NEXT:          ArrayExpression [[@LINE-12]]:18
// CHECK-NEXT:        RestElement [[@LINE-13]]:22
// CHECK-NEXT:          MemberExpression [[@LINE-14]]:25 isComputed
// CHECK-NEXT:            Identifier [[@LINE-15]]:25 name=e
// CHECK-NEXT:            NumericLiteral [[@LINE-16]]:27 value=0
// CHECK-NEXT:      Identifier [[@LINE-17]]:33 name=list
for (const [k, v] of pairs) {}
// CHECK-NEXT:  ForOfStatement [[@LINE-1]]:1
// CHECK-NEXT:    VariableDeclaration [[@LINE-2]]:6 const
// CHECK-NEXT:      VariableDeclarator [[@LINE-3]]:12
// CHECK-NEXT:        ArrayPattern [[@LINE-4]]:12
// CHECK-NEXT:          Identifier [[@LINE-5]]:13 name=k
// CHECK-NEXT:          Identifier [[@LINE-6]]:16 name=v
// CHECK-NEXT:    Identifier [[@LINE-7]]:22 name=pairs
// CHECK-NEXT:    BlockStatement [[@LINE-8]]:29
for ({ k } of items) {}
// CHECK-NEXT:  ForOfStatement [[@LINE-1]]:1
// CHECK-NEXT:    ObjectPattern [[@LINE-2]]:6
// CHECK-NEXT:      Property [[@LINE-3]]:8 isShorthand
// CHECK-NEXT:        Identifier [[@LINE-4]]:8 name=k
// CHECK-NEXT:        Identifier [[@LINE-5]]:8 name=k
// CHECK-NEXT:    Identifier [[@LINE-6]]:15 name=items
// CHECK-NEXT:    BlockStatement [[@LINE-7]]:22
