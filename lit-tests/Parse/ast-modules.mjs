// --emit=ast for modules: every import form (default, namespace, named
// with and without 'as', string names, bare, with attributes) and every
// export form (declarations, default expression / function / class, named
// lists with renames and string names, re-exports, export * as).
// RUN: %kilnc --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace

import def from "./a.js";
// CHECK:Program module strict
// CHECK-NEXT:  ImportDeclaration [[@LINE-2]]:1
// CHECK-NEXT:    ImportDefaultSpecifier [[@LINE-3]]:8
// CHECK-NEXT:      Identifier [[@LINE-4]]:8 name=def
// CHECK-NEXT:    StringLiteral [[@LINE-5]]:17 value="./a.js"
import * as ns from "./b.js";
// CHECK-NEXT:  ImportDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    ImportNamespaceSpecifier [[@LINE-2]]:8
// CHECK-NEXT:      Identifier [[@LINE-3]]:13 name=ns
// CHECK-NEXT:    StringLiteral [[@LINE-4]]:21 value="./b.js"
import { x, y as z, "string name" as s, default as d2 } from "./c.js";
// CHECK-NEXT:  ImportDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    ImportSpecifier [[@LINE-2]]:10
// CHECK-NEXT:      Identifier [[@LINE-3]]:10 name=x
// CHECK-NEXT:      Identifier [[@LINE-4]]:10 name=x
// CHECK-NEXT:    ImportSpecifier [[@LINE-5]]:13
// CHECK-NEXT:      Identifier [[@LINE-6]]:13 name=y
// CHECK-NEXT:      Identifier [[@LINE-7]]:18 name=z
// CHECK-NEXT:    ImportSpecifier [[@LINE-8]]:21
// CHECK-NEXT:      StringLiteral [[@LINE-9]]:21 value="string name"
// CHECK-NEXT:      Identifier [[@LINE-10]]:38 name=s
// CHECK-NEXT:    ImportSpecifier [[@LINE-11]]:41
// CHECK-NEXT:      Identifier [[@LINE-12]]:41 name=default
// CHECK-NEXT:      Identifier [[@LINE-13]]:52 name=d2
// CHECK-NEXT:    StringLiteral [[@LINE-14]]:62 value="./c.js"
import def2, { w } from "./d.js";
// CHECK-NEXT:  ImportDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    ImportDefaultSpecifier [[@LINE-2]]:8
// CHECK-NEXT:      Identifier [[@LINE-3]]:8 name=def2
// CHECK-NEXT:    ImportSpecifier [[@LINE-4]]:16
// CHECK-NEXT:      Identifier [[@LINE-5]]:16 name=w
// CHECK-NEXT:      Identifier [[@LINE-6]]:16 name=w
// CHECK-NEXT:    StringLiteral [[@LINE-7]]:25 value="./d.js"
import "./side-effect.js";
// CHECK-NEXT:  ImportDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    StringLiteral [[@LINE-2]]:8 value="./side-effect.js"
import data from "./e.json" with { type: "json" };
// CHECK-NEXT:  ImportDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    ImportDefaultSpecifier [[@LINE-2]]:8
// CHECK-NEXT:      Identifier [[@LINE-3]]:8 name=data
// CHECK-NEXT:    StringLiteral [[@LINE-4]]:18 value="./e.json"
// CHECK-NEXT:    ImportAttribute [[@LINE-5]]:36
// CHECK-NEXT:      Identifier [[@LINE-6]]:36 name=type
// CHECK-NEXT:      StringLiteral [[@LINE-7]]:42 value="json"
export const c1 = 1, c2 = 2;
// CHECK-NEXT:  ExportNamedDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    declaration: VariableDeclaration [[@LINE-2]]:8 const
// CHECK-NEXT:      VariableDeclarator [[@LINE-3]]:14
// CHECK-NEXT:        Identifier [[@LINE-4]]:14 name=c1
// CHECK-NEXT:        init: NumericLiteral [[@LINE-5]]:19 value=1
// CHECK-NEXT:      VariableDeclarator [[@LINE-6]]:22
// CHECK-NEXT:        Identifier [[@LINE-7]]:22 name=c2
// CHECK-NEXT:        init: NumericLiteral [[@LINE-8]]:27 value=2
export function f() {}
// CHECK-NEXT:  ExportNamedDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    declaration: FunctionDeclaration [[@LINE-2]]:8 hasSimpleParameterList isStrict
// CHECK-NEXT:      id: Identifier [[@LINE-3]]:17 name=f
// CHECK-NEXT:      BlockStatement [[@LINE-4]]:21
export async function af() {}
// CHECK-NEXT:  ExportNamedDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    declaration: FunctionDeclaration [[@LINE-2]]:8 isAsync hasSimpleParameterList isStrict
// CHECK-NEXT:      id: Identifier [[@LINE-3]]:23 name=af
// CHECK-NEXT:      BlockStatement [[@LINE-4]]:28
export class K {}
// CHECK-NEXT:  ExportNamedDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    declaration: ClassDeclaration [[@LINE-2]]:8
// CHECK-NEXT:      id: Identifier [[@LINE-3]]:14 name=K
// CHECK-NEXT:      ClassBody [[@LINE-4]]:16
export { c1 as renamed, f as "string export" };
// CHECK-NEXT:  ExportNamedDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    ExportSpecifier [[@LINE-2]]:10
// CHECK-NEXT:      Identifier [[@LINE-3]]:10 name=c1
// CHECK-NEXT:      Identifier [[@LINE-4]]:16 name=renamed
// CHECK-NEXT:    ExportSpecifier [[@LINE-5]]:25
// CHECK-NEXT:      Identifier [[@LINE-6]]:25 name=f
// CHECK-NEXT:      StringLiteral [[@LINE-7]]:30 value="string export"
export { p as q } from "./f.js";
// CHECK-NEXT:  ExportNamedDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    ExportSpecifier [[@LINE-2]]:10
// CHECK-NEXT:      Identifier [[@LINE-3]]:10 name=p
// CHECK-NEXT:      Identifier [[@LINE-4]]:15 name=q
// CHECK-NEXT:    source: StringLiteral [[@LINE-5]]:24 value="./f.js"
export * from "./g.js";
// CHECK-NEXT:  ExportAllDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    StringLiteral [[@LINE-2]]:15 value="./g.js"
export * as all from "./h.js";
// CHECK-NEXT:  ExportAllDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    exported: Identifier [[@LINE-2]]:13 name=all
// CHECK-NEXT:    StringLiteral [[@LINE-3]]:22 value="./h.js"
export default function () {}
// CHECK-NEXT:  ExportDefaultDeclaration [[@LINE-1]]:1
// CHECK-NEXT:    FunctionDeclaration [[@LINE-2]]:16 hasSimpleParameterList isStrict
// CHECK-NEXT:      BlockStatement [[@LINE-3]]:28
