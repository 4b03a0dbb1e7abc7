// --error-limit=N stops after N errors with one final "too many errors"
// error (without a location); nothing is reported after it, notes of the
// last error included. The default limit is 20; 0 means no limit.
// RUN: %expect-exit 1 %kilnc --syntax-only --script --error-limit=2 %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error:
// CHECK: {{.*}}error-limit.js:[[@LINE+8]]:1: error: unterminated string literal
// CHECK-NEXT: {{^}}"one{{$}}
// CHECK-NEXT: {{^}}^{{$}}
// CHECK-NEXT: {{.*}}error-limit.js:[[@LINE+6]]:1: error: unterminated string literal
// CHECK-NEXT: {{^}}"two{{$}}
// CHECK-NEXT: {{^}}^{{$}}
// CHECK-NEXT: {{^}}kilnc: error: too many errors emitted, stopping now [--error-limit=]{{$}}
// CHECK-NOT: {{.}}
"one
"two
"three
"four
//
// The default: 20 errors, then the final one.
// RUN: python3 -c 'print("let a = ;\n" * 25)' > %t.25.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.25.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=DEFAULT
// DEFAULT-COUNT-20: error: expected expression
// DEFAULT-NEXT: let a = ;
// DEFAULT-NEXT: ^
// DEFAULT-NEXT: kilnc: error: too many errors emitted, stopping now [--error-limit=]
// DEFAULT-NOT: error
// RUN: %expect-exit 1 %kilnc --syntax-only --error-limit=0 %t.25.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=UNLIMITED
// UNLIMITED-COUNT-25: error: expected expression
// UNLIMITED-NOT: error
//
// A note belongs to its error: when the limit stops at the error, its note
// goes too.
// RUN: printf 'class C { constructor() {} constructor() {} }\nlet x = ;\n' > %t.note.js
// RUN: %expect-exit 1 %kilnc --syntax-only --error-limit=1 %t.note.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOTE
// NOTE: note.js:1:28: error: a class may only have one constructor
// NOTE: note.js:1:11: note: previous definition is here
// NOTE: kilnc: error: too many errors emitted, stopping now [--error-limit=]
// NOTE-NOT: {{.}}
// RUN: printf 'let x = ;\nclass C { constructor() {} constructor() {} }\n' > %t.note2.js
// RUN: %expect-exit 1 %kilnc --syntax-only --error-limit=1 %t.note2.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOTE2 --implicit-check-not=note:
// NOTE2: note2.js:1:9: error: expected expression
// NOTE2: kilnc: error: too many errors emitted, stopping now [--error-limit=]
