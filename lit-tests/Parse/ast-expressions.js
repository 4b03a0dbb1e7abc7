// --emit=ast for expressions: precedence and associativity of the binary
// operators (** is right-associative, the others left), logical operators,
// the conditional (right-associative), unary / update / delete / typeof /
// void, compound assignment (right-associative), sequences, calls, new
// with and without arguments, member access, spread, and the literals
// (null, booleans, numbers, strings, regular expressions, this, arrays
// with holes, objects with every kind of property).
// RUN: %kilnc --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace

x = 1 + 2 * 3 - 4 / 5 % 6;
// CHECK:Program script strict
// CHECK-NEXT:  ExpressionStatement [[@LINE-2]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-3]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-4]]:1 name=x
// CHECK-NEXT:      BinaryExpression [[@LINE-5]]:5 -
// CHECK-NEXT:        BinaryExpression [[@LINE-6]]:5 +
// CHECK-NEXT:          NumericLiteral [[@LINE-7]]:5 value=1
// CHECK-NEXT:          BinaryExpression [[@LINE-8]]:9 *
// CHECK-NEXT:            NumericLiteral [[@LINE-9]]:9 value=2
// CHECK-NEXT:            NumericLiteral [[@LINE-10]]:13 value=3
// CHECK-NEXT:        BinaryExpression [[@LINE-11]]:17 %
// CHECK-NEXT:          BinaryExpression [[@LINE-12]]:17 /
// CHECK-NEXT:            NumericLiteral [[@LINE-13]]:17 value=4
// CHECK-NEXT:            NumericLiteral [[@LINE-14]]:21 value=5
// CHECK-NEXT:          NumericLiteral [[@LINE-15]]:25 value=6
x = 2 ** 3 ** 2;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=x
// CHECK-NEXT:      BinaryExpression [[@LINE-4]]:5 **
// CHECK-NEXT:        NumericLiteral [[@LINE-5]]:5 value=2
// CHECK-NEXT:        BinaryExpression [[@LINE-6]]:10 **
// CHECK-NEXT:          NumericLiteral [[@LINE-7]]:10 value=3
// CHECK-NEXT:          NumericLiteral [[@LINE-8]]:15 value=2
x = a < b == c > d === e && f | g ^ h & i << j >>> k >> l;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=x
// CHECK-NEXT:      LogicalExpression [[@LINE-4]]:5 &&
// CHECK-NEXT:        BinaryExpression [[@LINE-5]]:5 ===
// CHECK-NEXT:          BinaryExpression [[@LINE-6]]:5 ==
// CHECK-NEXT:            BinaryExpression [[@LINE-7]]:5 <
// CHECK-NEXT:              Identifier [[@LINE-8]]:5 name=a
// CHECK-NEXT:              Identifier [[@LINE-9]]:9 name=b
// CHECK-NEXT:            BinaryExpression [[@LINE-10]]:14 >
// CHECK-NEXT:              Identifier [[@LINE-11]]:14 name=c
// CHECK-NEXT:              Identifier [[@LINE-12]]:18 name=d
// CHECK-NEXT:          Identifier [[@LINE-13]]:24 name=e
// CHECK-NEXT:        BinaryExpression [[@LINE-14]]:29 |
// CHECK-NEXT:          Identifier [[@LINE-15]]:29 name=f
// CHECK-NEXT:          BinaryExpression [[@LINE-16]]:33 ^
// CHECK-NEXT:            Identifier [[@LINE-17]]:33 name=g
// CHECK-NEXT:            BinaryExpression [[@LINE-18]]:37 &
// CHECK-NEXT:              Identifier [[@LINE-19]]:37 name=h
// CHECK-NEXT:              BinaryExpression [[@LINE-20]]:41 >>
// CHECK-NEXT:                BinaryExpression [[@LINE-21]]:41 >>>
// CHECK-NEXT:                  BinaryExpression [[@LINE-22]]:41 <<
// CHECK-NEXT:                    Identifier [[@LINE-23]]:41 name=i
// CHECK-NEXT:                    Identifier [[@LINE-24]]:46 name=j
// CHECK-NEXT:                  Identifier [[@LINE-25]]:52 name=k
// CHECK-NEXT:                Identifier [[@LINE-26]]:57 name=l
x = (a || b && c) ?? d;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=x
// CHECK-NEXT:      LogicalExpression [[@LINE-4]]:5 ??
// CHECK-NEXT:        LogicalExpression [[@LINE-5]]:6 ||
// CHECK-NEXT:          Identifier [[@LINE-6]]:6 name=a
// CHECK-NEXT:          LogicalExpression [[@LINE-7]]:11 &&
// CHECK-NEXT:            Identifier [[@LINE-8]]:11 name=b
// CHECK-NEXT:            Identifier [[@LINE-9]]:16 name=c
// CHECK-NEXT:        Identifier [[@LINE-10]]:22 name=d
x = a ? b : c ? d : e;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=x
// CHECK-NEXT:      ConditionalExpression [[@LINE-4]]:5
// CHECK-NEXT:        Identifier [[@LINE-5]]:5 name=a
// CHECK-NEXT:        Identifier [[@LINE-6]]:9 name=b
// CHECK-NEXT:        ConditionalExpression [[@LINE-7]]:13
// CHECK-NEXT:          Identifier [[@LINE-8]]:13 name=c
// CHECK-NEXT:          Identifier [[@LINE-9]]:17 name=d
// CHECK-NEXT:          Identifier [[@LINE-10]]:21 name=e
x = -a + !b - ~c + +d, typeof e, void 0, delete f.g;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    SequenceExpression [[@LINE-2]]:1
// CHECK-NEXT:      AssignmentExpression [[@LINE-3]]:1 =
// CHECK-NEXT:        Identifier [[@LINE-4]]:1 name=x
// CHECK-NEXT:        BinaryExpression [[@LINE-5]]:5 +
// CHECK-NEXT:          BinaryExpression [[@LINE-6]]:5 -
// CHECK-NEXT:            BinaryExpression [[@LINE-7]]:5 +
// CHECK-NEXT:              UnaryExpression [[@LINE-8]]:5 -
// CHECK-NEXT:                Identifier [[@LINE-9]]:6 name=a
// CHECK-NEXT:              UnaryExpression [[@LINE-10]]:10 !
// CHECK-NEXT:                Identifier [[@LINE-11]]:11 name=b
// CHECK-NEXT:            UnaryExpression [[@LINE-12]]:15 ~
// CHECK-NEXT:              Identifier [[@LINE-13]]:16 name=c
// CHECK-NEXT:          UnaryExpression [[@LINE-14]]:20 +
// CHECK-NEXT:            Identifier [[@LINE-15]]:21 name=d
// CHECK-NEXT:      UnaryExpression [[@LINE-16]]:24 typeof
// CHECK-NEXT:        Identifier [[@LINE-17]]:31 name=e
// CHECK-NEXT:      UnaryExpression [[@LINE-18]]:34 void
// CHECK-NEXT:        NumericLiteral [[@LINE-19]]:39 value=0
// CHECK-NEXT:      UnaryExpression [[@LINE-20]]:42 delete
// CHECK-NEXT:        MemberExpression [[@LINE-21]]:49
// CHECK-NEXT:          Identifier [[@LINE-22]]:49 name=f
// CHECK-NEXT:          Identifier [[@LINE-23]]:51 name=g
x = ++a - b-- + a instanceof B + ("k" in o);
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=x
// CHECK-NEXT:      BinaryExpression [[@LINE-4]]:5 instanceof
// CHECK-NEXT:        BinaryExpression [[@LINE-5]]:5 +
// CHECK-NEXT:          BinaryExpression [[@LINE-6]]:5 -
// CHECK-NEXT:            UpdateExpression [[@LINE-7]]:5 ++ isPrefix
// CHECK-NEXT:              Identifier [[@LINE-8]]:7 name=a
// CHECK-NEXT:            UpdateExpression [[@LINE-9]]:11 --
// CHECK-NEXT:              Identifier [[@LINE-10]]:11 name=b
// CHECK-NEXT:          Identifier [[@LINE-11]]:17 name=a
// CHECK-NEXT:        BinaryExpression [[@LINE-12]]:30 +
// CHECK-NEXT:          Identifier [[@LINE-13]]:30 name=B
// CHECK-NEXT:          BinaryExpression [[@LINE-14]]:35 in
// CHECK-NEXT:            StringLiteral [[@LINE-15]]:35 value="k"
// CHECK-NEXT:            Identifier [[@LINE-16]]:42 name=o
a += b -= c **= d ??= e ||= f &&= g;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 +=
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=a
// CHECK-NEXT:      AssignmentExpression [[@LINE-4]]:6 -=
// CHECK-NEXT:        Identifier [[@LINE-5]]:6 name=b
// CHECK-NEXT:        AssignmentExpression [[@LINE-6]]:11 **=
// CHECK-NEXT:          Identifier [[@LINE-7]]:11 name=c
// CHECK-NEXT:          AssignmentExpression [[@LINE-8]]:17 ??=
// CHECK-NEXT:            Identifier [[@LINE-9]]:17 name=d
// CHECK-NEXT:            AssignmentExpression [[@LINE-10]]:23 ||=
// CHECK-NEXT:              Identifier [[@LINE-11]]:23 name=e
// CHECK-NEXT:              AssignmentExpression [[@LINE-12]]:29 &&=
// CHECK-NEXT:                Identifier [[@LINE-13]]:29 name=f
// CHECK-NEXT:                Identifier [[@LINE-14]]:35 name=g
new A;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    NewExpression [[@LINE-2]]:1
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=A
new A.B(1)(2).c[d];
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    MemberExpression [[@LINE-2]]:1 isComputed
// CHECK-NEXT:      MemberExpression [[@LINE-3]]:1
// CHECK-NEXT:        CallExpression [[@LINE-4]]:1
// CHECK-NEXT:          NewExpression [[@LINE-5]]:1
// CHECK-NEXT:            MemberExpression [[@LINE-6]]:5
// CHECK-NEXT:              Identifier [[@LINE-7]]:5 name=A
// CHECK-NEXT:              Identifier [[@LINE-8]]:7 name=B
// CHECK-NEXT:            NumericLiteral [[@LINE-9]]:9 value=1
// CHECK-NEXT:          NumericLiteral [[@LINE-10]]:12 value=2
// CHECK-NEXT:        Identifier [[@LINE-11]]:15 name=c
// CHECK-NEXT:      Identifier [[@LINE-12]]:17 name=d
f(...args, 1, ...[2]);
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    CallExpression [[@LINE-2]]:1
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=f
// CHECK-NEXT:      SpreadElement [[@LINE-4]]:3
// CHECK-NEXT:        Identifier [[@LINE-5]]:6 name=args
// CHECK-NEXT:      NumericLiteral [[@LINE-6]]:12 value=1
// CHECK-NEXT:      SpreadElement [[@LINE-7]]:15
// CHECK-NEXT:        ArrayExpression [[@LINE-8]]:18
// CHECK-NEXT:          NumericLiteral [[@LINE-9]]:19 value=2
x = [, 1, , ...r];
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=x
// CHECK-NEXT:      ArrayExpression [[@LINE-4]]:5
// CHECK-NEXT:        Hole
// CHECK-NEXT:        NumericLiteral [[@LINE-6]]:8 value=1
// CHECK-NEXT:        Hole
// CHECK-NEXT:        SpreadElement [[@LINE-8]]:13
// CHECK-NEXT:          Identifier [[@LINE-9]]:16 name=r
x = { a: 1, "b": 2, 3: 3, [k]: 4, c, ...s, m() {}, get g() { return 1; }, set g(v) {} };
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=x
// CHECK-NEXT:      ObjectExpression [[@LINE-4]]:5
// CHECK-NEXT:        Property [[@LINE-5]]:7
// CHECK-NEXT:          Identifier [[@LINE-6]]:7 name=a
// CHECK-NEXT:          NumericLiteral [[@LINE-7]]:10 value=1
// CHECK-NEXT:        Property [[@LINE-8]]:13
// CHECK-NEXT:          StringLiteral [[@LINE-9]]:13 value="b"
// CHECK-NEXT:          NumericLiteral [[@LINE-10]]:18 value=2
// CHECK-NEXT:        Property [[@LINE-11]]:21
// CHECK-NEXT:          NumericLiteral [[@LINE-12]]:21 value=3
// CHECK-NEXT:          NumericLiteral [[@LINE-13]]:24 value=3
// CHECK-NEXT:        Property [[@LINE-14]]:27 isComputed
// CHECK-NEXT:          Identifier [[@LINE-15]]:28 name=k
// CHECK-NEXT:          NumericLiteral [[@LINE-16]]:32 value=4
// CHECK-NEXT:        Property [[@LINE-17]]:35 isShorthand
// CHECK-NEXT:          Identifier [[@LINE-18]]:35 name=c
// CHECK-NEXT:          Identifier [[@LINE-19]]:35 name=c
// CHECK-NEXT:        SpreadElement [[@LINE-20]]:38
// CHECK-NEXT:          Identifier [[@LINE-21]]:41 name=s
// CHECK-NEXT:        Property [[@LINE-22]]:44 isMethod
// CHECK-NEXT:          Identifier [[@LINE-23]]:44 name=m
// CHECK-NEXT:          FunctionExpression [[@LINE-24]]:45 method hasSimpleParameterList isStrict
// CHECK-NEXT:            BlockStatement [[@LINE-25]]:48
// CHECK-NEXT:        Property [[@LINE-26]]:52 get
// CHECK-NEXT:          Identifier [[@LINE-27]]:56 name=g
// CHECK-NEXT:          FunctionExpression [[@LINE-28]]:57 getter hasSimpleParameterList isStrict
// CHECK-NEXT:            BlockStatement [[@LINE-29]]:60
// CHECK-NEXT:              ReturnStatement [[@LINE-30]]:62
// CHECK-NEXT:                argument: NumericLiteral [[@LINE-31]]:69 value=1
// CHECK-NEXT:        Property [[@LINE-32]]:75 set
// CHECK-NEXT:          Identifier [[@LINE-33]]:79 name=g
// CHECK-NEXT:          FunctionExpression [[@LINE-34]]:80 setter hasSimpleParameterList isStrict
// CHECK-NEXT:            params:
// CHECK-NEXT:              Identifier [[@LINE-36]]:81 name=v
// CHECK-NEXT:            BlockStatement [[@LINE-37]]:84
x = [null, true, false, 1.5, "s", /re/g, this];
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=x
// CHECK-NEXT:      ArrayExpression [[@LINE-4]]:5
// CHECK-NEXT:        NullLiteral [[@LINE-5]]:6
// CHECK-NEXT:        BooleanLiteral [[@LINE-6]]:12 value=true
// CHECK-NEXT:        BooleanLiteral [[@LINE-7]]:18 value=false
// CHECK-NEXT:        NumericLiteral [[@LINE-8]]:25 value=1.5
// CHECK-NEXT:        StringLiteral [[@LINE-9]]:30 value="s"
// CHECK-NEXT:        RegExpLiteral [[@LINE-10]]:35 pattern="re" flags="g"
// CHECK-NEXT:        ThisExpression [[@LINE-11]]:42
