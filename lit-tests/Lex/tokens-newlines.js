// --emit=tokens: the "newline" flag marks a token with a line terminator
// before it (what ASI and the restricted productions look at): a line
// break, a line comment's end, or a block comment that contains a line
// break; a one-line block comment does not count.
// RUN: %kilnc --emit=tokens %s | FileCheck %s --match-full-lines
//
// CR, CRLF, U+2028 and U+2029 are line terminators too (and start new lines
// for the line:column positions); inside a template both CR and CRLF read
// as LF in the cooked and raw values. Written at test time to keep the
// line breaks exact.
// RUN: python3 -c 'import sys; sys.stdout.buffer.write("a\rb\r\nc\u2028d\u2029e /* \r\n */ f\n`x\r\ny\rz`;".encode())' > %t.js
// RUN: %kilnc --emit=tokens %t.js | FileCheck %s --check-prefix=TERMINATORS --match-full-lines
// TERMINATORS:      identifier "a" 1:1 value="a"
// TERMINATORS-NEXT: identifier "b" 2:1 value="b" newline
// TERMINATORS-NEXT: identifier "c" 3:1 value="c" newline
// TERMINATORS-NEXT: identifier "d" 4:1 value="d" newline
// TERMINATORS-NEXT: identifier "e" 5:1 value="e" newline
// TERMINATORS-NEXT: identifier "f" 6:5 value="f" newline
// TERMINATORS-NEXT: no_substitution_template "`x\r\ny\rz`" 7:1 cooked="x\ny\nz" raw="x\ny\nz" newline
// TERMINATORS-NEXT: semi ";" 9:3
// TERMINATORS-NEXT: eof "" 9:4

a b /* no line break */ c /* a line
// CHECK: identifier "a" [[@LINE-1]]:1 value="a" newline
// CHECK-NEXT: identifier "b" [[@LINE-2]]:3 value="b"
// CHECK-NEXT: identifier "c" [[@LINE-3]]:25 value="c"
break */ d // a line comment
// CHECK-NEXT: identifier "d" [[@LINE-1]]:10 value="d" newline
e
// CHECK-NEXT: identifier "e" [[@LINE-1]]:1 value="e" newline
  /**/ f;
// CHECK-NEXT: identifier "f" [[@LINE-1]]:8 value="f" newline
// CHECK-NEXT: semi ";" [[@LINE-2]]:9
// CHECK-NEXT: eof "" [[@LINE+1]]:1 newline
