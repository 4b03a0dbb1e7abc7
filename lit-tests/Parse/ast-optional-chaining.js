// --emit=ast for optional chains: a chain of member accesses, computed
// accesses and calls with '?.' links is wrapped in one ChainExpression;
// isOptional marks the links after a '?.'; parentheses end a chain.
// RUN: %kilnc --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace

a?.b;
// CHECK:Program script strict
// CHECK-NEXT:  ExpressionStatement [[@LINE-2]]:1
// CHECK-NEXT:    ChainExpression [[@LINE-3]]:1
// CHECK-NEXT:      MemberExpression [[@LINE-4]]:1 isOptional
// CHECK-NEXT:        Identifier [[@LINE-5]]:1 name=a
// CHECK-NEXT:        Identifier [[@LINE-6]]:4 name=b
a?.[0]?.(1).c;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    ChainExpression [[@LINE-2]]:1
// CHECK-NEXT:      MemberExpression [[@LINE-3]]:1
// CHECK-NEXT:        CallExpression [[@LINE-4]]:1 isOptional
// CHECK-NEXT:          MemberExpression [[@LINE-5]]:1 isComputed isOptional
// CHECK-NEXT:            Identifier [[@LINE-6]]:1 name=a
// CHECK-NEXT:            NumericLiteral [[@LINE-7]]:5 value=0
// CHECK-NEXT:          NumericLiteral [[@LINE-8]]:10 value=1
// CHECK-NEXT:        Identifier [[@LINE-9]]:13 name=c
a.b?.c.d(e)?.f;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    ChainExpression [[@LINE-2]]:1
// CHECK-NEXT:      MemberExpression [[@LINE-3]]:1 isOptional
// CHECK-NEXT:        CallExpression [[@LINE-4]]:1
// CHECK-NEXT:          MemberExpression [[@LINE-5]]:1
// CHECK-NEXT:            MemberExpression [[@LINE-6]]:1 isOptional
// CHECK-NEXT:              MemberExpression [[@LINE-7]]:1
// CHECK-NEXT:                Identifier [[@LINE-8]]:1 name=a
// CHECK-NEXT:                Identifier [[@LINE-9]]:3 name=b
// CHECK-NEXT:              Identifier [[@LINE-10]]:6 name=c
// CHECK-NEXT:            Identifier [[@LINE-11]]:8 name=d
// CHECK-NEXT:          Identifier [[@LINE-12]]:10 name=e
// CHECK-NEXT:        Identifier [[@LINE-13]]:14 name=f
(a?.b).c;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    MemberExpression [[@LINE-2]]:1
// CHECK-NEXT:      ChainExpression [[@LINE-3]]:2
// CHECK-NEXT:        MemberExpression [[@LINE-4]]:2 isOptional
// CHECK-NEXT:          Identifier [[@LINE-5]]:2 name=a
// CHECK-NEXT:          Identifier [[@LINE-6]]:5 name=b
// CHECK-NEXT:      Identifier [[@LINE-7]]:8 name=c
class P { #p; m(a) { return a?.b.#p; } }
// CHECK-NEXT:  ClassDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    id: Identifier [[@LINE-2]]:7 name=P
// CHECK-NEXT:    ClassBody [[@LINE-3]]:9
// CHECK-NEXT:      PropertyDefinition [[@LINE-4]]:11
// CHECK-NEXT:        PrivateName [[@LINE-5]]:11 name=p
// CHECK-NEXT:      MethodDefinition [[@LINE-6]]:15 method
// CHECK-NEXT:        Identifier [[@LINE-7]]:15 name=m
// CHECK-NEXT:        FunctionExpression [[@LINE-8]]:16 method hasSimpleParameterList isStrict
// CHECK-NEXT:          params:
// CHECK-NEXT:            Identifier [[@LINE-10]]:17 name=a
// CHECK-NEXT:          BlockStatement [[@LINE-11]]:20
// CHECK-NEXT:            ReturnStatement [[@LINE-12]]:22
// CHECK-NEXT:              argument: ChainExpression [[@LINE-13]]:29
// CHECK-NEXT:                MemberExpression [[@LINE-14]]:29
// CHECK-NEXT:                  MemberExpression [[@LINE-15]]:29 isOptional
// CHECK-NEXT:                    Identifier [[@LINE-16]]:29 name=a
// CHECK-NEXT:                    Identifier [[@LINE-17]]:32 name=b
// CHECK-NEXT:                  PrivateName [[@LINE-18]]:34 name=p
delete a?.b;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    UnaryExpression [[@LINE-2]]:1 delete
// CHECK-NEXT:      ChainExpression [[@LINE-3]]:8
// CHECK-NEXT:        MemberExpression [[@LINE-4]]:8 isOptional
// CHECK-NEXT:          Identifier [[@LINE-5]]:8 name=a
// CHECK-NEXT:          Identifier [[@LINE-6]]:11 name=b
x ?? y?.z;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    LogicalExpression [[@LINE-2]]:1 ??
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=x
// CHECK-NEXT:      ChainExpression [[@LINE-4]]:6
// CHECK-NEXT:        MemberExpression [[@LINE-5]]:6 isOptional
// CHECK-NEXT:          Identifier [[@LINE-6]]:6 name=y
// CHECK-NEXT:          Identifier [[@LINE-7]]:9 name=z
