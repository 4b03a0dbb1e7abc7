// --emit=tokens: identifiers and private names. Non-ASCII letters (ID_Start /
// ID_Continue, plus $, _, ZWNJ and ZWJ inside) are identifier characters;
// \u escapes are decoded into the value and flag the token "escaped"; an
// escaped reserved word is an identifier (valid only as a property name);
// a private name's value is its name without '#'.
// RUN: %kilnc --emit=tokens %s | FileCheck %s --match-full-lines

$ _ $_a1 café ünïcödé π ℮x x‍y;
// CHECK: identifier "$" [[@LINE-1]]:1 value="$" newline
// CHECK-NEXT: identifier "_" [[@LINE-2]]:3 value="_"
// CHECK-NEXT: identifier "$_a1" [[@LINE-3]]:5 value="$_a1"
// CHECK-NEXT: identifier "caf\xC3\xA9" [[@LINE-4]]:10 value="caf\xC3\xA9"
// CHECK-NEXT: identifier "\xC3\xBCn\xC3\xAFc\xC3\xB6d\xC3\xA9" [[@LINE-5]]:16 value="\xC3\xBCn\xC3\xAFc\xC3\xB6d\xC3\xA9"
// CHECK-NEXT: identifier "\xCF\x80" [[@LINE-6]]:28 value="\xCF\x80"
// CHECK-NEXT: identifier "\xE2\x84\xAEx" [[@LINE-7]]:31 value="\xE2\x84\xAEx"
// CHECK-NEXT: identifier "x\xE2\x80\x8Dy" [[@LINE-8]]:36 value="x\xE2\x80\x8Dy"
// CHECK-NEXT: semi ";" [[@LINE-9]]:41
\u0061bc a\u{62}c \u{1D400}x \u0062reak;
// CHECK-NEXT: identifier "\\u0061bc" [[@LINE-1]]:1 value="abc" newline escaped
// CHECK-NEXT: identifier "a\\u{62}c" [[@LINE-2]]:10 value="abc" escaped
// CHECK-NEXT: identifier "\\u{1D400}x" [[@LINE-3]]:19 value="\xF0\x9D\x90\x80x" escaped
// CHECK-NEXT: identifier "\\u0062reak" [[@LINE-4]]:30 value="break" escaped
// CHECK-NEXT: semi ";" [[@LINE-5]]:40
class C { #p; #\u0071; m() { return this.#p + #p in this; } }
// CHECK-NEXT: kw_class "class" [[@LINE-1]]:1 newline
// CHECK-NEXT: identifier "C" [[@LINE-2]]:7 value="C"
// CHECK-NEXT: l_brace "{" [[@LINE-3]]:9
// CHECK-NEXT: private_name "#p" [[@LINE-4]]:11 value="p"
// CHECK-NEXT: semi ";" [[@LINE-5]]:13
// CHECK-NEXT: private_name "#\\u0071" [[@LINE-6]]:15 value="q" escaped
// CHECK-NEXT: semi ";" [[@LINE-7]]:22
// CHECK-NEXT: identifier "m" [[@LINE-8]]:24 value="m"
// CHECK-NEXT: l_paren "(" [[@LINE-9]]:25
// CHECK-NEXT: r_paren ")" [[@LINE-10]]:26
// CHECK-NEXT: l_brace "{" [[@LINE-11]]:28
// CHECK-NEXT: kw_return "return" [[@LINE-12]]:30
// CHECK-NEXT: kw_this "this" [[@LINE-13]]:37
// CHECK-NEXT: period "." [[@LINE-14]]:41
// CHECK-NEXT: private_name "#p" [[@LINE-15]]:42 value="p"
// CHECK-NEXT: plus "+" [[@LINE-16]]:45
// CHECK-NEXT: private_name "#p" [[@LINE-17]]:47 value="p"
// CHECK-NEXT: kw_in "in" [[@LINE-18]]:50
// CHECK-NEXT: kw_this "this" [[@LINE-19]]:53
// CHECK-NEXT: semi ";" [[@LINE-20]]:57
// CHECK-NEXT: r_brace "}" [[@LINE-21]]:59
// CHECK-NEXT: r_brace "}" [[@LINE-22]]:61
// CHECK-NEXT: eof "" [[@LINE+1]]:1 newline
