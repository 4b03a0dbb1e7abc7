// Ill-formed UTF-8 is reported wherever it appears (between tokens, in
// strings, templates, regular expressions and comments), one diagnostic per
// run of bad bytes, and lexing goes on after it. The input is written at
// test time so that this file stays valid UTF-8. In the echoed source line,
// every byte of an ill-formed sequence is shown as '?', and the caret range
// covers the run of bad bytes.
// RUN: python3 -c 'import sys; sys.stdout.buffer.write(b"let a = 1 \xff;\nlet b = \"x\xc3(\";\nlet c = `\xfe\xfe`;\nlet d = /\xff/;\n// comment \xc0\xaf\nlet e = \"\xed\xa0\x80\";\nlet f = 2; \xf8\x88\x80\x80\x80\nlet g = 3; \xe2\x82")' > %t.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.js 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error:
//
// CHECK: {{.*}}.js:1:11: error: invalid UTF-8 byte sequence
// CHECK-NEXT: {{^}}let a = 1 ?;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
// A lead byte followed by a non-continuation byte.
// CHECK: {{.*}}.js:2:11: error: invalid UTF-8 byte sequence
// CHECK-NEXT: {{^}}let b = "x?(";{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
// CHECK: {{.*}}.js:3:10: error: invalid UTF-8 byte sequence
// CHECK-NEXT: {{^}}let c = `??`;{{$}}
// CHECK-NEXT: {{^}}         ^~{{$}}
// CHECK: {{.*}}.js:4:10: error: invalid UTF-8 byte sequence
// CHECK-NEXT: {{^}}let d = /?/;{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
// An overlong encoding of '/', in a comment.
// CHECK: {{.*}}.js:5:12: error: invalid UTF-8 byte sequence
// CHECK-NEXT: {{^}}// comment ??{{$}}
// CHECK-NEXT: {{^}}           ^~{{$}}
// An encoded surrogate (U+D800).
// CHECK: {{.*}}.js:6:10: error: invalid UTF-8 byte sequence
// CHECK-NEXT: {{^}}let e = "???";{{$}}
// CHECK-NEXT: {{^}}         ^~~{{$}}
// A 5-byte form, which UTF-8 does not have.
// CHECK: {{.*}}.js:7:12: error: invalid UTF-8 byte sequence
// CHECK-NEXT: {{^}}let f = 2; ?????{{$}}
// CHECK-NEXT: {{^}}           ^~~~~{{$}}
// A sequence cut short by the end of the file.
// CHECK: {{.*}}.js:8:12: error: invalid UTF-8 byte sequence
// CHECK-NEXT: {{^}}let g = 3; ??{{$}}
// CHECK-NEXT: {{^}}           ^~{{$}}
//
// The bad bytes are dropped from the cooked values but kept in the tokens.
// RUN: not %kilnc --emit=tokens %t.js 2>/dev/null \
// RUN:   | FileCheck %s --check-prefix=TOKENS
// TOKENS: error "\xFF" 1:11
// TOKENS: string_literal "\"x\xC3(\"" 2:9 value="x("
// TOKENS: no_substitution_template "`\xFE\xFE`" 3:9 cooked="" raw="\xFE\xFE"
// TOKENS: regexp_literal "/\xFF/" 4:9 body="\xFF" flags=""
// TOKENS: string_literal "\"\xED\xA0\x80\"" 6:9 value=""
