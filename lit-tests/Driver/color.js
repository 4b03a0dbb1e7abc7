// Diagnostics are coloured only when stderr is a terminal, unless --color
// (LLVM's option) forces colour on (--color) or off (--color=false). With
// colour, the location is bold, "error:" bold red and the caret line bold
// green; the text is the same.
// RUN: printf 'let s = "abc\n' > %t.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PLAIN --implicit-check-not={{.}}[
// RUN: %expect-exit 1 %kilnc --syntax-only --color=false %t.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PLAIN --implicit-check-not={{.}}[
// RUN: %expect-exit 1 %kilnc --syntax-only --color %t.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=COLOR --strict-whitespace
//
// PLAIN: {{^}}{{.*}}.js:1:9: error: unterminated string literal{{$}}
// PLAIN-NEXT: {{^}}let s = "abc{{$}}
// PLAIN-NEXT: {{^}}        ^{{$}}
//
// \x1b is matched with {{.}}: ESC [ 1 m is bold, ESC [ 0 ; 1 ; 31 m bold
// red, ESC [ 0 ; 1 ; 32 m bold green, ESC [ 0 m resets.
// COLOR: {{^}}{{.}}[1m{{.*}}.js:1:9: {{.}}[0;1;31merror: {{.}}[1munterminated string literal{{$}}
// COLOR-NEXT: {{^}}{{.}}[0mlet s = "abc{{$}}
// COLOR-NEXT: {{^}}{{.}}[0;1;32m        ^{{$}}
// COLOR-NEXT: {{^}}{{.}}[0m{{$}}
