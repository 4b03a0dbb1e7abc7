// --emit=ast for classes: declarations and expressions, extends, the
// constructor (plain and derived), methods, getters / setters, static
// members, computed keys, fields with and without initializers, private
// fields and methods, static blocks, super calls and properties, #x in o.
// RUN: %kilnc --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace

class A {}
// CHECK:Program script strict
// CHECK-NEXT:  ClassDeclaration [[@LINE-2]]:1
// CHECK-NEXT:    id: Identifier [[@LINE-3]]:7 name=A
// CHECK-NEXT:    ClassBody [[@LINE-4]]:9
class B extends A {
  constructor(x) { super(x); this.#p = x; }
  #p;
  q = 1;
  static r;
  ["s" + 1]() { return super.s(); }
  get t() { return this.#p; }
  set t(v) {}
  static #u() {}
  static { B.r = 2; }
  has(o) { return #p in o; }
}
// CHECK-NEXT:  ClassDeclaration [[@LINE-12]]:1
// CHECK-NEXT:    id: Identifier [[@LINE-13]]:7 name=B
// CHECK-NEXT:    superClass: Identifier [[@LINE-14]]:17 name=A
// CHECK-NEXT:    ClassBody [[@LINE-15]]:19
// CHECK-NEXT:      MethodDefinition [[@LINE-15]]:3 constructor
// CHECK-NEXT:        Identifier [[@LINE-16]]:3 name=constructor
// CHECK-NEXT:        FunctionExpression [[@LINE-17]]:14 derived-constructor hasSimpleParameterList isStrict
// CHECK-NEXT:          params:
// CHECK-NEXT:            Identifier [[@LINE-19]]:15 name=x
// CHECK-NEXT:          BlockStatement [[@LINE-20]]:18
// CHECK-NEXT:            ExpressionStatement [[@LINE-21]]:20
// CHECK-NEXT:              CallExpression [[@LINE-22]]:20
// CHECK-NEXT:                Super [[@LINE-23]]:20
// CHECK-NEXT:                Identifier [[@LINE-24]]:26 name=x
// CHECK-NEXT:            ExpressionStatement [[@LINE-25]]:30
// CHECK-NEXT:              AssignmentExpression [[@LINE-26]]:30 =
// CHECK-NEXT:                MemberExpression [[@LINE-27]]:30
// CHECK-NEXT:                  ThisExpression [[@LINE-28]]:30
// CHECK-NEXT:                  PrivateName [[@LINE-29]]:35 name=p
// CHECK-NEXT:                Identifier [[@LINE-30]]:40 name=x
// CHECK-NEXT:      PropertyDefinition [[@LINE-30]]:3
// CHECK-NEXT:        PrivateName [[@LINE-31]]:3 name=p
// CHECK-NEXT:      PropertyDefinition [[@LINE-31]]:3
// CHECK-NEXT:        Identifier [[@LINE-32]]:3 name=q
// CHECK-NEXT:        value: NumericLiteral [[@LINE-33]]:7 value=1
// CHECK-NEXT:      PropertyDefinition [[@LINE-33]]:3 isStatic
// CHECK-NEXT:        Identifier [[@LINE-34]]:10 name=r
// CHECK-NEXT:      MethodDefinition [[@LINE-34]]:3 method isComputed
// CHECK-NEXT:        BinaryExpression [[@LINE-35]]:4 +
// CHECK-NEXT:          StringLiteral [[@LINE-36]]:4 value="s"
// CHECK-NEXT:          NumericLiteral [[@LINE-37]]:10 value=1
// CHECK-NEXT:        FunctionExpression [[@LINE-38]]:12 method hasSimpleParameterList isStrict
// CHECK-NEXT:          BlockStatement [[@LINE-39]]:15
// CHECK-NEXT:            ReturnStatement [[@LINE-40]]:17
// CHECK-NEXT:              argument: CallExpression [[@LINE-41]]:24
// CHECK-NEXT:                MemberExpression [[@LINE-42]]:24
// CHECK-NEXT:                  Super [[@LINE-43]]:24
// CHECK-NEXT:                  Identifier [[@LINE-44]]:30 name=s
// CHECK-NEXT:      MethodDefinition [[@LINE-44]]:3 get
// CHECK-NEXT:        Identifier [[@LINE-45]]:7 name=t
// CHECK-NEXT:        FunctionExpression [[@LINE-46]]:8 getter hasSimpleParameterList isStrict
// CHECK-NEXT:          BlockStatement [[@LINE-47]]:11
// CHECK-NEXT:            ReturnStatement [[@LINE-48]]:13
// CHECK-NEXT:              argument: MemberExpression [[@LINE-49]]:20
// CHECK-NEXT:                ThisExpression [[@LINE-50]]:20
// CHECK-NEXT:                PrivateName [[@LINE-51]]:25 name=p
// CHECK-NEXT:      MethodDefinition [[@LINE-51]]:3 set
// CHECK-NEXT:        Identifier [[@LINE-52]]:7 name=t
// CHECK-NEXT:        FunctionExpression [[@LINE-53]]:8 setter hasSimpleParameterList isStrict
// CHECK-NEXT:          params:
// CHECK-NEXT:            Identifier [[@LINE-55]]:9 name=v
// CHECK-NEXT:          BlockStatement [[@LINE-56]]:12
// CHECK-NEXT:      MethodDefinition [[@LINE-56]]:3 method isStatic
// CHECK-NEXT:        PrivateName [[@LINE-57]]:10 name=u
// CHECK-NEXT:        FunctionExpression [[@LINE-58]]:12 method hasSimpleParameterList isStrict
// CHECK-NEXT:          BlockStatement [[@LINE-59]]:15
// CHECK-NEXT:      StaticBlock [[@LINE-59]]:3
// CHECK-NEXT:        ExpressionStatement [[@LINE-60]]:12
// CHECK-NEXT:          AssignmentExpression [[@LINE-61]]:12 =
// CHECK-NEXT:            MemberExpression [[@LINE-62]]:12
// CHECK-NEXT:              Identifier [[@LINE-63]]:12 name=B
// CHECK-NEXT:              Identifier [[@LINE-64]]:14 name=r
// CHECK-NEXT:            NumericLiteral [[@LINE-65]]:18 value=2
// CHECK-NEXT:      MethodDefinition [[@LINE-65]]:3 method
// CHECK-NEXT:        Identifier [[@LINE-66]]:3 name=has
// CHECK-NEXT:        FunctionExpression [[@LINE-67]]:6 method hasSimpleParameterList isStrict
// CHECK-NEXT:          params:
// CHECK-NEXT:            Identifier [[@LINE-69]]:7 name=o
// CHECK-NEXT:          BlockStatement [[@LINE-70]]:10
// CHECK-NEXT:            ReturnStatement [[@LINE-71]]:12
// CHECK-NEXT:              argument: BinaryExpression [[@LINE-72]]:19 in
// CHECK-NEXT:                PrivateName [[@LINE-73]]:19 name=p
// CHECK-NEXT:                Identifier [[@LINE-74]]:25 name=o
let C = class Named extends (0, A) {};
// CHECK-NEXT:  VariableDeclaration [[@LINE-1]]:1 let
// CHECK-NEXT:    VariableDeclarator [[@LINE-2]]:5
// CHECK-NEXT:      Identifier [[@LINE-3]]:5 name=C
// CHECK-NEXT:      init: ClassExpression [[@LINE-4]]:9
// CHECK-NEXT:        id: Identifier [[@LINE-5]]:15 name=Named
// CHECK-NEXT:        superClass: SequenceExpression [[@LINE-6]]:30
// CHECK-NEXT:          NumericLiteral [[@LINE-7]]:30 value=0
// CHECK-NEXT:          Identifier [[@LINE-8]]:33 name=A
// CHECK-NEXT:        ClassBody [[@LINE-9]]:36
