// --emit=tokens: every reserved word is its own keyword kind; contextual
// words (let, static, yield, await, async, of, get, set, as, from, target,
// meta, ...) and words that merely contain or extend a keyword are
// identifiers with their name as value.
// RUN: %kilnc --emit=tokens %s | FileCheck %s --match-full-lines

break case catch class const continue debugger default delete do else
// CHECK: kw_break "break" [[@LINE-1]]:1 newline
// CHECK-NEXT: kw_case "case" [[@LINE-2]]:7
// CHECK-NEXT: kw_catch "catch" [[@LINE-3]]:12
// CHECK-NEXT: kw_class "class" [[@LINE-4]]:18
// CHECK-NEXT: kw_const "const" [[@LINE-5]]:24
// CHECK-NEXT: kw_continue "continue" [[@LINE-6]]:30
// CHECK-NEXT: kw_debugger "debugger" [[@LINE-7]]:39
// CHECK-NEXT: kw_default "default" [[@LINE-8]]:48
// CHECK-NEXT: kw_delete "delete" [[@LINE-9]]:56
// CHECK-NEXT: kw_do "do" [[@LINE-10]]:63
// CHECK-NEXT: kw_else "else" [[@LINE-11]]:66
enum export extends false finally for function if import in instanceof
// CHECK-NEXT: kw_enum "enum" [[@LINE-1]]:1 newline
// CHECK-NEXT: kw_export "export" [[@LINE-2]]:6
// CHECK-NEXT: kw_extends "extends" [[@LINE-3]]:13
// CHECK-NEXT: kw_false "false" [[@LINE-4]]:21
// CHECK-NEXT: kw_finally "finally" [[@LINE-5]]:27
// CHECK-NEXT: kw_for "for" [[@LINE-6]]:35
// CHECK-NEXT: kw_function "function" [[@LINE-7]]:39
// CHECK-NEXT: kw_if "if" [[@LINE-8]]:48
// CHECK-NEXT: kw_import "import" [[@LINE-9]]:51
// CHECK-NEXT: kw_in "in" [[@LINE-10]]:58
// CHECK-NEXT: kw_instanceof "instanceof" [[@LINE-11]]:61
new null return super switch this throw true try typeof var void while
// CHECK-NEXT: kw_new "new" [[@LINE-1]]:1 newline
// CHECK-NEXT: kw_null "null" [[@LINE-2]]:5
// CHECK-NEXT: kw_return "return" [[@LINE-3]]:10
// CHECK-NEXT: kw_super "super" [[@LINE-4]]:17
// CHECK-NEXT: kw_switch "switch" [[@LINE-5]]:23
// CHECK-NEXT: kw_this "this" [[@LINE-6]]:30
// CHECK-NEXT: kw_throw "throw" [[@LINE-7]]:35
// CHECK-NEXT: kw_true "true" [[@LINE-8]]:41
// CHECK-NEXT: kw_try "try" [[@LINE-9]]:46
// CHECK-NEXT: kw_typeof "typeof" [[@LINE-10]]:50
// CHECK-NEXT: kw_var "var" [[@LINE-11]]:57
// CHECK-NEXT: kw_void "void" [[@LINE-12]]:61
// CHECK-NEXT: kw_while "while" [[@LINE-13]]:66
with
// CHECK-NEXT: kw_with "with" [[@LINE-1]]:1 newline
let static yield await async of get set as from target meta
// CHECK-NEXT: identifier "let" [[@LINE-1]]:1 value="let" newline
// CHECK-NEXT: identifier "static" [[@LINE-2]]:5 value="static"
// CHECK-NEXT: identifier "yield" [[@LINE-3]]:12 value="yield"
// CHECK-NEXT: identifier "await" [[@LINE-4]]:18 value="await"
// CHECK-NEXT: identifier "async" [[@LINE-5]]:24 value="async"
// CHECK-NEXT: identifier "of" [[@LINE-6]]:30 value="of"
// CHECK-NEXT: identifier "get" [[@LINE-7]]:33 value="get"
// CHECK-NEXT: identifier "set" [[@LINE-8]]:37 value="set"
// CHECK-NEXT: identifier "as" [[@LINE-9]]:41 value="as"
// CHECK-NEXT: identifier "from" [[@LINE-10]]:44 value="from"
// CHECK-NEXT: identifier "target" [[@LINE-11]]:49 value="target"
// CHECK-NEXT: identifier "meta" [[@LINE-12]]:56 value="meta"
implements interface package private protected public
// CHECK-NEXT: identifier "implements" [[@LINE-1]]:1 value="implements" newline
// CHECK-NEXT: identifier "interface" [[@LINE-2]]:12 value="interface"
// CHECK-NEXT: identifier "package" [[@LINE-3]]:22 value="package"
// CHECK-NEXT: identifier "private" [[@LINE-4]]:30 value="private"
// CHECK-NEXT: identifier "protected" [[@LINE-5]]:38 value="protected"
// CHECK-NEXT: identifier "public" [[@LINE-6]]:48 value="public"
constructor prototype undefined NaN eval arguments
// CHECK-NEXT: identifier "constructor" [[@LINE-1]]:1 value="constructor" newline
// CHECK-NEXT: identifier "prototype" [[@LINE-2]]:13 value="prototype"
// CHECK-NEXT: identifier "undefined" [[@LINE-3]]:23 value="undefined"
// CHECK-NEXT: identifier "NaN" [[@LINE-4]]:33 value="NaN"
// CHECK-NEXT: identifier "eval" [[@LINE-5]]:37 value="eval"
// CHECK-NEXT: identifier "arguments" [[@LINE-6]]:42 value="arguments"
iff functions instanceOf Break in_ $do _if
// CHECK-NEXT: identifier "iff" [[@LINE-1]]:1 value="iff" newline
// CHECK-NEXT: identifier "functions" [[@LINE-2]]:5 value="functions"
// CHECK-NEXT: identifier "instanceOf" [[@LINE-3]]:15 value="instanceOf"
// CHECK-NEXT: identifier "Break" [[@LINE-4]]:26 value="Break"
// CHECK-NEXT: identifier "in_" [[@LINE-5]]:32 value="in_"
// CHECK-NEXT: identifier "$do" [[@LINE-6]]:36 value="$do"
// CHECK-NEXT: identifier "_if" [[@LINE-7]]:40 value="_if"
// CHECK-NEXT: eof "" [[@LINE+1]]:1 newline
