// Errors of a module graph, each at the import that causes it: a bare
// specifier, a file that cannot be read, a name the module does not export
// (a link error, the spec's SyntaxError), an ambiguous star export, and the
// errors of a dependency's own source.
// RUN: %expect-exit 1 %kilnc run %S/Inputs/errors/load-errors.mjs 2>&1 | FileCheck %s --strict-whitespace --check-prefix=LOAD --implicit-check-not=error:
// LOAD: load-errors.mjs:1:15: error: cannot import 'lodash': only relative imports are supported (a specifier starting with './' or '../')
// LOAD-NEXT: {{^}}import x from "lodash";{{$}}
// LOAD-NEXT: {{^}}              ^~~~~~~~{{$}}
// LOAD: load-errors.mjs:2:15: error: cannot load module './no-such-file.js' (resolved to '{{.*}}no-such-file.js'): {{.*}}
// LOAD: load-errors.mjs:3:8: error: cannot load module './dir' (resolved to '{{.*}}dir'): is a directory
// RUN: %expect-exit 1 %kilnc run %S/Inputs/errors/link-errors.mjs 2>&1 | FileCheck %s --strict-whitespace --check-prefix=LINK --implicit-check-not=error:
// LINK: link-errors.mjs:1:10: error: export 'dup' of module './stars.js' is ambiguous: several 'export *' declarations provide it
// LINK: stars.js:1:1: note: one of them is this 'export *'
// LINK: stars.js:2:1: note: one of them is this 'export *'
// LINK: link-errors.mjs:2:10: error: module './one.js' does not provide an export named 'nope'
// LINK-NEXT: {{^}}import { nope } from "./one.js";{{$}}
// LINK-NEXT: {{^}}         ^~~~{{$}}
// LINK: link-errors.mjs:3:8: error: module './two.js' does not provide an export named 'default'
// LINK: link-errors.mjs:4:10: error: module './one.js' does not provide an export named 'missing'
// RUN: %expect-exit 1 %kilnc -c --target=x86_64-linux-musl %S/Inputs/errors/link-errors.mjs -o %t.o 2>&1 | FileCheck %s --strict-whitespace --check-prefix=LINK --implicit-check-not=error:
// RUN: %expect-exit 1 %kilnc run %S/Inputs/errors/bad-dependency.mjs 2>&1 | FileCheck %s --check-prefix=DEP
// DEP: syntax-error.js:1:14: error: expected identifier or destructuring pattern
// RUN: not test -e %t.o
