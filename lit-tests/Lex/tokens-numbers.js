// --emit=tokens: numeric literals of every form, with the value each
// denotes (printed in shortest round-trip form): decimal integers,
// fractions, exponents, leading-dot fractions, separators, hexadecimal,
// octal and binary (either letter case), values beyond 2^53 (rounded to the
// nearest double, ties to even) and beyond the double range (Infinity).
// RUN: %kilnc --emit=tokens %s | FileCheck %s --match-full-lines

0 7 1234 1.5 .25 5. 0.0015 1e21 1.2345e4 12E-2 125e-1;
// CHECK: numeric_literal "0" [[@LINE-1]]:1 value=0 newline
// CHECK-NEXT: numeric_literal "7" [[@LINE-2]]:3 value=7
// CHECK-NEXT: numeric_literal "1234" [[@LINE-3]]:5 value=1234
// CHECK-NEXT: numeric_literal "1.5" [[@LINE-4]]:10 value=1.5
// CHECK-NEXT: numeric_literal ".25" [[@LINE-5]]:14 value=0.25
// CHECK-NEXT: numeric_literal "5." [[@LINE-6]]:18 value=5
// CHECK-NEXT: numeric_literal "0.0015" [[@LINE-7]]:21 value=0.0015
// CHECK-NEXT: numeric_literal "1e21" [[@LINE-8]]:28 value=1e+21
// CHECK-NEXT: numeric_literal "1.2345e4" [[@LINE-9]]:33 value=12345
// CHECK-NEXT: numeric_literal "12E-2" [[@LINE-10]]:42 value=0.12
// CHECK-NEXT: numeric_literal "125e-1" [[@LINE-11]]:48 value=12.5
// CHECK-NEXT: semi ";" [[@LINE-12]]:54
1_234 1_000.5 0.000_1 2_5e-1;
// CHECK-NEXT: numeric_literal "1_234" [[@LINE-1]]:1 value=1234 newline
// CHECK-NEXT: numeric_literal "1_000.5" [[@LINE-2]]:7 value=1000.5
// CHECK-NEXT: numeric_literal "0.000_1" [[@LINE-3]]:15 value=0.0001
// CHECK-NEXT: numeric_literal "2_5e-1" [[@LINE-4]]:23 value=2.5
// CHECK-NEXT: semi ";" [[@LINE-5]]:29
0x1F 0XfF 0x7FFFFFFF 0o17 0O777 0b101 0B1_0 0xA_b;
// CHECK-NEXT: numeric_literal "0x1F" [[@LINE-1]]:1 value=31 newline
// CHECK-NEXT: numeric_literal "0XfF" [[@LINE-2]]:6 value=255
// CHECK-NEXT: numeric_literal "0x7FFFFFFF" [[@LINE-3]]:11 value=2147483647
// CHECK-NEXT: numeric_literal "0o17" [[@LINE-4]]:22 value=15
// CHECK-NEXT: numeric_literal "0O777" [[@LINE-5]]:27 value=511
// CHECK-NEXT: numeric_literal "0b101" [[@LINE-6]]:33 value=5
// CHECK-NEXT: numeric_literal "0B1_0" [[@LINE-7]]:39 value=2
// CHECK-NEXT: numeric_literal "0xA_b" [[@LINE-8]]:45 value=171
// CHECK-NEXT: semi ";" [[@LINE-9]]:50
9007199254740993 0x20000000000001 0x20000000000003 0o400000000000000001;
// CHECK-NEXT: numeric_literal "9007199254740993" [[@LINE-1]]:1 value=9007199254740992 newline
// CHECK-NEXT: numeric_literal "0x20000000000001" [[@LINE-2]]:18 value=9007199254740992
// CHECK-NEXT: numeric_literal "0x20000000000003" [[@LINE-3]]:35 value=9007199254740996
// CHECK-NEXT: numeric_literal "0o400000000000000001" [[@LINE-4]]:52 value=9007199254740992
// CHECK-NEXT: semi ";" [[@LINE-5]]:72
1.7976931348623157e308 5e-324 1e400 0.1e-400;
// CHECK-NEXT: numeric_literal "1.7976931348623157e308" [[@LINE-1]]:1 value=1.7976931348623157e+308 newline
// CHECK-NEXT: numeric_literal "5e-324" [[@LINE-2]]:24 value=5e-324
// CHECK-NEXT: numeric_literal "1e400" [[@LINE-3]]:31 value=Infinity
// CHECK-NEXT: numeric_literal "0.1e-400" [[@LINE-4]]:37 value=0
// CHECK-NEXT: semi ";" [[@LINE-5]]:45
// CHECK-NEXT: eof "" [[@LINE+1]]:1 newline
