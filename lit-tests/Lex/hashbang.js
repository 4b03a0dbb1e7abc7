#!/usr/bin/env kilnc
// A hashbang line is a comment only at the very start of the file (this
// file's first line); "#!" anywhere else is an error, reported once, with
// the rest of its line skipped.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:
//
// The hashbang produced no token: the first one is `let` on line 18.
// RUN: not %kilnc --emit=tokens %s 2>/dev/null | FileCheck %s --check-prefix=TOKENS
// TOKENS-NOT: {{ 1:[0-9]+}}
// TOKENS: {{^}}identifier "let" 18:1 value="let" newline{{$}}
//
// After a UTF-8 byte order mark, a hashbang is still at the start.
// RUN: printf '\357\273\277#!/usr/bin/env kilnc\nlet a = 1;\n' > %t.bom.js
// RUN: %kilnc --syntax-only %t.bom.js 2>&1 | count 0

let a = 1;
  #!/not/at/start
// CHECK: {{.*}}hashbang.js:[[@LINE-1]]:3: error: '#!' is only allowed at the start of the file
// CHECK-NEXT: {{^}}  #!/not/at/start{{$}}
// CHECK-NEXT: {{^}}  ^~{{$}}
let b = 2; #! nor here
// CHECK: {{.*}}hashbang.js:[[@LINE-1]]:12: error: '#!' is only allowed at the start of the file
// CHECK-NEXT: {{^}}let b = 2; #! nor here{{$}}
// CHECK-NEXT: {{^}}           ^~{{$}}
