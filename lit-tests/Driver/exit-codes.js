// kilnc's exit status: 0 when the input is clean, 1 when it has errors
// (whatever stage found them, and for --emit dumps too), 2 for usage and
// I/O errors, which print a `kilnc: error:` line and no source location.
//
// RUN: printf 'let a = 1;\n' > %t.ok.js
// RUN: printf 'let a = ;\n' > %t.bad.js
// RUN: %expect-exit 0 %kilnc --syntax-only %t.ok.js
// RUN: %expect-exit 0 %kilnc --emit=tokens %t.ok.js
// RUN: %expect-exit 0 %kilnc --emit=ast %t.ok.js
// RUN: %expect-exit 0 %kilnc --emit=scopes %t.ok.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.bad.js 2>/dev/null
// RUN: %expect-exit 1 %kilnc --emit=ast %t.bad.js 2>/dev/null
// RUN: %expect-exit 1 %kilnc --emit=scopes %t.bad.js 2>/dev/null
// A lexical error fails the token dump too; a syntax error does not (the
// token dump does not parse).
// RUN: printf 'let a = "x;\n' > %t.lexbad.js
// RUN: %expect-exit 1 %kilnc --emit=tokens %t.lexbad.js 2>/dev/null
// RUN: %expect-exit 0 %kilnc --emit=tokens %t.bad.js
//
// A Sema error (an early error found after parsing) is exit status 1 too.
// RUN: printf 'let a;\nlet a;\n' > %t.redecl.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.redecl.js 2>/dev/null
//
// Usage and I/O errors: exit status 2.
// RUN: rm -rf %t.missing %t.dir && mkdir %t.dir
// RUN: %expect-exit 2 %kilnc --syntax-only %t.missing 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MISSING -DFILE=%t.missing
// MISSING: kilnc: error: cannot open '[[FILE]]': {{[Nn]o such file or directory}}
// RUN: %expect-exit 2 %kilnc --syntax-only %t.dir 2>&1 \
// RUN:   | FileCheck %s --check-prefix=DIR -DFILE=%t.dir
// DIR: kilnc: error: cannot open '[[FILE]]': {{[Ii]s a directory}}
// RUN: %expect-exit 2 %kilnc --emit=ast %t.ok.js -o %t.dir/no/such/out.txt 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OUTPUT
// OUTPUT: kilnc: error: cannot open output '{{.*}}out.txt': {{.+}}
// RUN: %expect-exit 2 %kilnc 2>&1 | FileCheck %s --check-prefix=NO-INPUT
// NO-INPUT: kilnc: error: no input file
// RUN: %expect-exit 2 %kilnc --syntax-only %t.ok.js %t.bad.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TWO-INPUTS
// TWO-INPUTS: Too many positional arguments specified!
// RUN: %expect-exit 2 %kilnc --error-limit=many %t.ok.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD-NUMBER
// BAD-NUMBER: for the --error-limit option: 'many' value invalid for uint argument!
// RUN: %expect-exit 2 %kilnc --color=sometimes %t.ok.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD-COLOR
// BAD-COLOR: for the --color option: 'sometimes' is invalid value for boolean argument!
