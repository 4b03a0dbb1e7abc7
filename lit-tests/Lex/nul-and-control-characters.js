// A NUL byte between tokens is reported and skipped; inside strings,
// templates and comments it is an ordinary character (the file's text is
// NUL-terminated in memory, but every scan stops at the real end, not at the
// first NUL). Other ASCII control characters between tokens are unexpected
// characters. The echoed source line shows control characters as spaces.
// RUN: python3 -c 'import sys; sys.stdout.buffer.write(b"let a = 1;\x00let b = 2;\nlet c = \"x\x00y\";\n// a \x00 in a comment\nlet d = `\x00`;\nlet e = 3 \x01;\nlet f = \x7f 4;\nlet g\x00= 5;\n")' > %t.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.js 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error:
//
// CHECK: {{.*}}.js:1:11: error: NUL character in source text
// CHECK-NEXT: {{^}}let a = 1; let b = 2;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
// CHECK: {{.*}}.js:5:11: error: unexpected character 'U+0001'
// CHECK-NEXT: {{^}}let e = 3  ;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
// CHECK: {{.*}}.js:6:9: error: unexpected character 'U+007F'
// CHECK-NEXT: {{^}}let f =   4;{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
// CHECK: {{.*}}.js:7:6: error: NUL character in source text
// CHECK-NEXT: {{^}}let g = 5;{{$}}
// CHECK-NEXT: {{^}}     ^{{$}}
//
// The NULs in the literals are part of their values.
// RUN: not %kilnc --emit=tokens %t.js 2>/dev/null \
// RUN:   | FileCheck %s --check-prefix=TOKENS
// TOKENS: string_literal "\"x\x00y\"" 2:9 value="x\x00y"
// TOKENS: no_substitution_template "`\x00`" 4:9 cooked="\x00" raw="\x00"
// TOKENS: error "\x01" 5:11
// TOKENS: error "\x7F" 6:9
