// Numbers in dumps use the shortest digits that round-trip, laid out as
// ECMAScript's Number::toString lays them out.
// RUN: %kilnc --emit=tokens %s | FileCheck %s
1000;
// CHECK: numeric_literal "1000" [[@LINE-1]]:1 value=1000 newline{{$}}
1e21;
// CHECK: numeric_literal "1e21" [[@LINE-1]]:1 value=1e+21 newline{{$}}
123456789012345678901;
// CHECK: numeric_literal "123456789012345678901" [[@LINE-1]]:1 value=123456789012345680000 newline{{$}}
0.000001;
// CHECK: numeric_literal "0.000001" [[@LINE-1]]:1 value=0.000001 newline{{$}}
1e-7;
// CHECK: numeric_literal "1e-7" [[@LINE-1]]:1 value=1e-7 newline{{$}}
0.1;
// CHECK: numeric_literal "0.1" [[@LINE-1]]:1 value=0.1 newline{{$}}
123.456;
// CHECK: numeric_literal "123.456" [[@LINE-1]]:1 value=123.456 newline{{$}}
1.5e-10;
// CHECK: numeric_literal "1.5e-10" [[@LINE-1]]:1 value=1.5e-10 newline{{$}}
5e-324;
// CHECK: numeric_literal "5e-324" [[@LINE-1]]:1 value=5e-324 newline{{$}}
1.7976931348623157e308;
// CHECK: numeric_literal "1.7976931348623157e308" [[@LINE-1]]:1 value=1.7976931348623157e+308 newline{{$}}
0x10;
// CHECK: numeric_literal "0x10" [[@LINE-1]]:1 value=16 newline{{$}}
