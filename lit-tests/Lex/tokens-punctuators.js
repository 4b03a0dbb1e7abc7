// --emit=tokens: every punctuator, longest match first (`>>>=` is one token,
// `?.5` is `?` then the number .5), each with its kind, text and position.
// RUN: %kilnc --emit=tokens %s | FileCheck %s --match-full-lines

{ } ( ) [ ] ; , : ? ?. ?? ??= ... . @
// CHECK: l_brace "{" [[@LINE-1]]:1 newline
// CHECK-NEXT: r_brace "}" [[@LINE-2]]:3
// CHECK-NEXT: l_paren "(" [[@LINE-3]]:5
// CHECK-NEXT: r_paren ")" [[@LINE-4]]:7
// CHECK-NEXT: l_square "[" [[@LINE-5]]:9
// CHECK-NEXT: r_square "]" [[@LINE-6]]:11
// CHECK-NEXT: semi ";" [[@LINE-7]]:13
// CHECK-NEXT: comma "," [[@LINE-8]]:15
// CHECK-NEXT: colon ":" [[@LINE-9]]:17
// CHECK-NEXT: question "?" [[@LINE-10]]:19
// CHECK-NEXT: question_period "?." [[@LINE-11]]:21
// CHECK-NEXT: question_question "??" [[@LINE-12]]:24
// CHECK-NEXT: question_question_equal "??=" [[@LINE-13]]:27
// CHECK-NEXT: ellipsis "..." [[@LINE-14]]:31
// CHECK-NEXT: period "." [[@LINE-15]]:35
// CHECK-NEXT: at "@" [[@LINE-16]]:37
a < b > c <= d >= e == f != g === h !== i;
// CHECK-NEXT: identifier "a" [[@LINE-1]]:1 value="a" newline
// CHECK-NEXT: less "<" [[@LINE-2]]:3
// CHECK-NEXT: identifier "b" [[@LINE-3]]:5 value="b"
// CHECK-NEXT: greater ">" [[@LINE-4]]:7
// CHECK-NEXT: identifier "c" [[@LINE-5]]:9 value="c"
// CHECK-NEXT: less_equal "<=" [[@LINE-6]]:11
// CHECK-NEXT: identifier "d" [[@LINE-7]]:14 value="d"
// CHECK-NEXT: greater_equal ">=" [[@LINE-8]]:16
// CHECK-NEXT: identifier "e" [[@LINE-9]]:19 value="e"
// CHECK-NEXT: equal_equal "==" [[@LINE-10]]:21
// CHECK-NEXT: identifier "f" [[@LINE-11]]:24 value="f"
// CHECK-NEXT: exclaim_equal "!=" [[@LINE-12]]:26
// CHECK-NEXT: identifier "g" [[@LINE-13]]:29 value="g"
// CHECK-NEXT: equal_equal_equal "===" [[@LINE-14]]:31
// CHECK-NEXT: identifier "h" [[@LINE-15]]:35 value="h"
// CHECK-NEXT: exclaim_equal_equal "!==" [[@LINE-16]]:37
// CHECK-NEXT: identifier "i" [[@LINE-17]]:41 value="i"
// CHECK-NEXT: semi ";" [[@LINE-18]]:42
a + b - c * d / e % f ** g;
// CHECK-NEXT: identifier "a" [[@LINE-1]]:1 value="a" newline
// CHECK-NEXT: plus "+" [[@LINE-2]]:3
// CHECK-NEXT: identifier "b" [[@LINE-3]]:5 value="b"
// CHECK-NEXT: minus "-" [[@LINE-4]]:7
// CHECK-NEXT: identifier "c" [[@LINE-5]]:9 value="c"
// CHECK-NEXT: star "*" [[@LINE-6]]:11
// CHECK-NEXT: identifier "d" [[@LINE-7]]:13 value="d"
// CHECK-NEXT: slash "/" [[@LINE-8]]:15
// CHECK-NEXT: identifier "e" [[@LINE-9]]:17 value="e"
// CHECK-NEXT: percent "%" [[@LINE-10]]:19
// CHECK-NEXT: identifier "f" [[@LINE-11]]:21 value="f"
// CHECK-NEXT: star_star "**" [[@LINE-12]]:23
// CHECK-NEXT: identifier "g" [[@LINE-13]]:26 value="g"
// CHECK-NEXT: semi ";" [[@LINE-14]]:27
a++; b--; ++c; --d;
// CHECK-NEXT: identifier "a" [[@LINE-1]]:1 value="a" newline
// CHECK-NEXT: plus_plus "++" [[@LINE-2]]:2
// CHECK-NEXT: semi ";" [[@LINE-3]]:4
// CHECK-NEXT: identifier "b" [[@LINE-4]]:6 value="b"
// CHECK-NEXT: minus_minus "--" [[@LINE-5]]:7
// CHECK-NEXT: semi ";" [[@LINE-6]]:9
// CHECK-NEXT: plus_plus "++" [[@LINE-7]]:11
// CHECK-NEXT: identifier "c" [[@LINE-8]]:13 value="c"
// CHECK-NEXT: semi ";" [[@LINE-9]]:14
// CHECK-NEXT: minus_minus "--" [[@LINE-10]]:16
// CHECK-NEXT: identifier "d" [[@LINE-11]]:18 value="d"
// CHECK-NEXT: semi ";" [[@LINE-12]]:19
a << b >> c >>> d & e | f ^ g;
// CHECK-NEXT: identifier "a" [[@LINE-1]]:1 value="a" newline
// CHECK-NEXT: less_less "<<" [[@LINE-2]]:3
// CHECK-NEXT: identifier "b" [[@LINE-3]]:6 value="b"
// CHECK-NEXT: greater_greater ">>" [[@LINE-4]]:8
// CHECK-NEXT: identifier "c" [[@LINE-5]]:11 value="c"
// CHECK-NEXT: greater_greater_greater ">>>" [[@LINE-6]]:13
// CHECK-NEXT: identifier "d" [[@LINE-7]]:17 value="d"
// CHECK-NEXT: amp "&" [[@LINE-8]]:19
// CHECK-NEXT: identifier "e" [[@LINE-9]]:21 value="e"
// CHECK-NEXT: pipe "|" [[@LINE-10]]:23
// CHECK-NEXT: identifier "f" [[@LINE-11]]:25 value="f"
// CHECK-NEXT: caret "^" [[@LINE-12]]:27
// CHECK-NEXT: identifier "g" [[@LINE-13]]:29 value="g"
// CHECK-NEXT: semi ";" [[@LINE-14]]:30
!a; ~b; a && b || c;
// CHECK-NEXT: exclaim "!" [[@LINE-1]]:1 newline
// CHECK-NEXT: identifier "a" [[@LINE-2]]:2 value="a"
// CHECK-NEXT: semi ";" [[@LINE-3]]:3
// CHECK-NEXT: tilde "~" [[@LINE-4]]:5
// CHECK-NEXT: identifier "b" [[@LINE-5]]:6 value="b"
// CHECK-NEXT: semi ";" [[@LINE-6]]:7
// CHECK-NEXT: identifier "a" [[@LINE-7]]:9 value="a"
// CHECK-NEXT: amp_amp "&&" [[@LINE-8]]:11
// CHECK-NEXT: identifier "b" [[@LINE-9]]:14 value="b"
// CHECK-NEXT: pipe_pipe "||" [[@LINE-10]]:16
// CHECK-NEXT: identifier "c" [[@LINE-11]]:19 value="c"
// CHECK-NEXT: semi ";" [[@LINE-12]]:20
a = b += c -= d *= e /= f %= g **= h;
// CHECK-NEXT: identifier "a" [[@LINE-1]]:1 value="a" newline
// CHECK-NEXT: equal "=" [[@LINE-2]]:3
// CHECK-NEXT: identifier "b" [[@LINE-3]]:5 value="b"
// CHECK-NEXT: plus_equal "+=" [[@LINE-4]]:7
// CHECK-NEXT: identifier "c" [[@LINE-5]]:10 value="c"
// CHECK-NEXT: minus_equal "-=" [[@LINE-6]]:12
// CHECK-NEXT: identifier "d" [[@LINE-7]]:15 value="d"
// CHECK-NEXT: star_equal "*=" [[@LINE-8]]:17
// CHECK-NEXT: identifier "e" [[@LINE-9]]:20 value="e"
// CHECK-NEXT: slash_equal "/=" [[@LINE-10]]:22
// CHECK-NEXT: identifier "f" [[@LINE-11]]:25 value="f"
// CHECK-NEXT: percent_equal "%=" [[@LINE-12]]:27
// CHECK-NEXT: identifier "g" [[@LINE-13]]:30 value="g"
// CHECK-NEXT: star_star_equal "**=" [[@LINE-14]]:32
// CHECK-NEXT: identifier "h" [[@LINE-15]]:36 value="h"
// CHECK-NEXT: semi ";" [[@LINE-16]]:37
a <<= b >>= c >>>= d &= e |= f ^= g;
// CHECK-NEXT: identifier "a" [[@LINE-1]]:1 value="a" newline
// CHECK-NEXT: less_less_equal "<<=" [[@LINE-2]]:3
// CHECK-NEXT: identifier "b" [[@LINE-3]]:7 value="b"
// CHECK-NEXT: greater_greater_equal ">>=" [[@LINE-4]]:9
// CHECK-NEXT: identifier "c" [[@LINE-5]]:13 value="c"
// CHECK-NEXT: greater_greater_greater_equal ">>>=" [[@LINE-6]]:15
// CHECK-NEXT: identifier "d" [[@LINE-7]]:20 value="d"
// CHECK-NEXT: amp_equal "&=" [[@LINE-8]]:22
// CHECK-NEXT: identifier "e" [[@LINE-9]]:25 value="e"
// CHECK-NEXT: pipe_equal "|=" [[@LINE-10]]:27
// CHECK-NEXT: identifier "f" [[@LINE-11]]:30 value="f"
// CHECK-NEXT: caret_equal "^=" [[@LINE-12]]:32
// CHECK-NEXT: identifier "g" [[@LINE-13]]:35 value="g"
// CHECK-NEXT: semi ";" [[@LINE-14]]:36
a &&= b ||= c ??= d;
// CHECK-NEXT: identifier "a" [[@LINE-1]]:1 value="a" newline
// CHECK-NEXT: amp_amp_equal "&&=" [[@LINE-2]]:3
// CHECK-NEXT: identifier "b" [[@LINE-3]]:7 value="b"
// CHECK-NEXT: pipe_pipe_equal "||=" [[@LINE-4]]:9
// CHECK-NEXT: identifier "c" [[@LINE-5]]:13 value="c"
// CHECK-NEXT: question_question_equal "??=" [[@LINE-6]]:15
// CHECK-NEXT: identifier "d" [[@LINE-7]]:19 value="d"
// CHECK-NEXT: semi ";" [[@LINE-8]]:20
x => x;
// CHECK-NEXT: identifier "x" [[@LINE-1]]:1 value="x" newline
// CHECK-NEXT: arrow "=>" [[@LINE-2]]:3
// CHECK-NEXT: identifier "x" [[@LINE-3]]:6 value="x"
// CHECK-NEXT: semi ";" [[@LINE-4]]:7
a ?.5 : .5;
// CHECK-NEXT: identifier "a" [[@LINE-1]]:1 value="a" newline
// CHECK-NEXT: question "?" [[@LINE-2]]:3
// CHECK-NEXT: numeric_literal ".5" [[@LINE-3]]:4 value=0.5
// CHECK-NEXT: colon ":" [[@LINE-4]]:7
// CHECK-NEXT: numeric_literal ".5" [[@LINE-5]]:9 value=0.5
// CHECK-NEXT: semi ";" [[@LINE-6]]:11
// CHECK-NEXT: eof "" [[@LINE+1]]:1 newline
