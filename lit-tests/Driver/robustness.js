// Large and degenerate inputs, written at test time: they must be handled
// without a crash or a hang, clean ones with exit status 0 and no output.
// (Nesting limits are in Parse/nesting-limit.js, invalid UTF-8 and NUL
// bytes in Lex/.)
//
// A 50 MB file of short statements.
// RUN: python3 -c 'import sys; sys.stdout.write("let x = 0, y = 1;\n" + "x = y + 1;\n" * (5 * 1024 * 1024 + 1))' > %t.50mb.js
// RUN: %kilnc --syntax-only %t.50mb.js 2>&1 | count 0
//
// A single-line string literal of 1 MB, and the same line with an error
// after it: the echoed line is a window of 160 characters ending at the
// caret's surroundings, not the whole megabyte.
// RUN: python3 -c 'print("let s = \"" + "a" * (1 << 20) + "\";")' > %t.string.js
// RUN: %kilnc --syntax-only %t.string.js 2>&1 | count 0
// RUN: %kilnc --emit=tokens %t.string.js | FileCheck %s --check-prefix=STRING
// STRING: string_literal "\"{{a{59}\.\.\.}}" 1:9 value="{{a+}}"
// STRING-NEXT: semi ";" 1:1048587
// RUN: python3 -c 'print("let s = \"" + "a" * (1 << 20) + "\" +;")' > %t.string-error.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.string-error.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WINDOW --strict-whitespace
// WINDOW: string-error.js:1:1048589: error: expected expression
// WINDOW-NEXT: {{^a{77}" \+;$}}
// WINDOW-NEXT: {{^ {80}\^$}}
//
// A 1 MB template literal and a 1 MB block comment.
// RUN: python3 -c 'print("let t = `" + "b" * (1 << 20) + "`;\n/*" + "c" * (1 << 20) + "*/")' > %t.template.js
// RUN: %kilnc --syntax-only %t.template.js 2>&1 | count 0
//
// An empty file, and files that are only a hashbang (with and without a
// final line break), only a comment, only white space.
// RUN: rm -f %t.empty.js && touch %t.empty.js
// RUN: %kilnc --syntax-only %t.empty.js 2>&1 | count 0
// RUN: %kilnc --emit=ast %t.empty.js | FileCheck %s --check-prefix=EMPTY
// EMPTY: Program script strict
// EMPTY-NOT: {{.}}
// RUN: %kilnc --emit=tokens %t.empty.js | FileCheck %s --check-prefix=EMPTY-TOKENS
// EMPTY-TOKENS: eof "" 1:1
// EMPTY-TOKENS-NOT: {{.}}
// RUN: printf '#!/usr/bin/env kilnc' > %t.hashbang.js
// RUN: %kilnc --syntax-only %t.hashbang.js 2>&1 | count 0
// RUN: %kilnc --emit=ast %t.hashbang.js | FileCheck %s --check-prefix=EMPTY
// RUN: %kilnc --emit=tokens %t.hashbang.js | FileCheck %s --check-prefix=HASHBANG-TOKENS
// HASHBANG-TOKENS: eof "" 1:21
// HASHBANG-TOKENS-NOT: {{.}}
// RUN: printf '#!/usr/bin/env kilnc\n' > %t.hashbang-nl.js
// RUN: %kilnc --syntax-only %t.hashbang-nl.js 2>&1 | count 0
// RUN: printf '/* just a comment */' > %t.comment.js
// RUN: %kilnc --syntax-only %t.comment.js 2>&1 | count 0
// RUN: printf ' \t\n\r\n  \n' > %t.space.js
// RUN: %kilnc --syntax-only %t.space.js 2>&1 | count 0
//
// 100,000 lines of errors stop at the error limit quickly.
// RUN: python3 -c 'print("let = ;\n" * 100000)' > %t.errors.js
// RUN: %expect-exit 1 %kilnc --syntax-only %t.errors.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERRORS
// ERRORS: kilnc: error: too many errors emitted, stopping now [--error-limit=]
