// --emit=tokens: regular-expression literals, with body and flags. With no
// parser to ask, the token dump decides whether `/` starts a regular
// expression from the token before it: after an operand (identifier,
// literal, `)`, `]`, `}` of an object literal, postfix ++/--, this) it
// divides; elsewhere (after operators, `(`, `,`, keywords such as return,
// at the start of a statement, after a block's `}`) it starts a regular
// expression. Classes and escapes may contain `/`.
// RUN: %kilnc --emit=tokens %s | FileCheck %s --match-full-lines

x = /ab+c/gi;
// CHECK: identifier "x" [[@LINE-1]]:1 value="x" newline
// CHECK-NEXT: equal "=" [[@LINE-2]]:3
// CHECK-NEXT: regexp_literal "/ab+c/gi" [[@LINE-3]]:5 body="ab+c" flags="gi"
// CHECK-NEXT: semi ";" [[@LINE-4]]:13
y = a / b / c;
// CHECK-NEXT: identifier "y" [[@LINE-1]]:1 value="y" newline
// CHECK-NEXT: equal "=" [[@LINE-2]]:3
// CHECK-NEXT: identifier "a" [[@LINE-3]]:5 value="a"
// CHECK-NEXT: slash "/" [[@LINE-4]]:7
// CHECK-NEXT: identifier "b" [[@LINE-5]]:9 value="b"
// CHECK-NEXT: slash "/" [[@LINE-6]]:11
// CHECK-NEXT: identifier "c" [[@LINE-7]]:13 value="c"
// CHECK-NEXT: semi ";" [[@LINE-8]]:14
z = (a) / 2 + [1] / 3 + this / 4 + a++ / 5 + {} / 6;
// CHECK-NEXT: identifier "z" [[@LINE-1]]:1 value="z" newline
// CHECK-NEXT: equal "=" [[@LINE-2]]:3
// CHECK-NEXT: l_paren "(" [[@LINE-3]]:5
// CHECK-NEXT: identifier "a" [[@LINE-4]]:6 value="a"
// CHECK-NEXT: r_paren ")" [[@LINE-5]]:7
// CHECK-NEXT: slash "/" [[@LINE-6]]:9
// CHECK-NEXT: numeric_literal "2" [[@LINE-7]]:11 value=2
// CHECK-NEXT: plus "+" [[@LINE-8]]:13
// CHECK-NEXT: l_square "[" [[@LINE-9]]:15
// CHECK-NEXT: numeric_literal "1" [[@LINE-10]]:16 value=1
// CHECK-NEXT: r_square "]" [[@LINE-11]]:17
// CHECK-NEXT: slash "/" [[@LINE-12]]:19
// CHECK-NEXT: numeric_literal "3" [[@LINE-13]]:21 value=3
// CHECK-NEXT: plus "+" [[@LINE-14]]:23
// CHECK-NEXT: kw_this "this" [[@LINE-15]]:25
// CHECK-NEXT: slash "/" [[@LINE-16]]:30
// CHECK-NEXT: numeric_literal "4" [[@LINE-17]]:32 value=4
// CHECK-NEXT: plus "+" [[@LINE-18]]:34
// CHECK-NEXT: identifier "a" [[@LINE-19]]:36 value="a"
// CHECK-NEXT: plus_plus "++" [[@LINE-20]]:37
// CHECK-NEXT: slash "/" [[@LINE-21]]:40
// CHECK-NEXT: numeric_literal "5" [[@LINE-22]]:42 value=5
// CHECK-NEXT: plus "+" [[@LINE-23]]:44
// CHECK-NEXT: l_brace "{" [[@LINE-24]]:46
// CHECK-NEXT: r_brace "}" [[@LINE-25]]:47
// CHECK-NEXT: slash "/" [[@LINE-26]]:49
// CHECK-NEXT: numeric_literal "6" [[@LINE-27]]:51 value=6
// CHECK-NEXT: semi ";" [[@LINE-28]]:52
/[/\]]+\/x/u.test(s);
// CHECK-NEXT: regexp_literal "/[/\\]]+\\/x/u" [[@LINE-1]]:1 body="[/\\]]+\\/x" flags="u" newline
// CHECK-NEXT: period "." [[@LINE-2]]:13
// CHECK-NEXT: identifier "test" [[@LINE-3]]:14 value="test"
// CHECK-NEXT: l_paren "(" [[@LINE-4]]:18
// CHECK-NEXT: identifier "s" [[@LINE-5]]:19 value="s"
// CHECK-NEXT: r_paren ")" [[@LINE-6]]:20
// CHECK-NEXT: semi ";" [[@LINE-7]]:21
f(/=/, /=/g);
// CHECK-NEXT: identifier "f" [[@LINE-1]]:1 value="f" newline
// CHECK-NEXT: l_paren "(" [[@LINE-2]]:2
// CHECK-NEXT: regexp_literal "/=/" [[@LINE-3]]:3 body="=" flags=""
// CHECK-NEXT: comma "," [[@LINE-4]]:6
// CHECK-NEXT: regexp_literal "/=/g" [[@LINE-5]]:8 body="=" flags="g"
// CHECK-NEXT: r_paren ")" [[@LINE-6]]:12
// CHECK-NEXT: semi ";" [[@LINE-7]]:13
{} /re/;
// CHECK-NEXT: l_brace "{" [[@LINE-1]]:1 newline
// CHECK-NEXT: r_brace "}" [[@LINE-2]]:2
// CHECK-NEXT: regexp_literal "/re/" [[@LINE-3]]:4 body="re" flags=""
// CHECK-NEXT: semi ";" [[@LINE-4]]:8
// CHECK-NEXT: eof "" [[@LINE+1]]:1 newline
