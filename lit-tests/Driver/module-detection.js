// Without --module / --script, a file is parsed as a module when its name
// ends in .mjs or its tokens include `export`, or an `import` that is not
// `import(` or `import.`; otherwise as a script. Words in comments and
// strings do not count. --module / --script override the guess.
//
// RUN: printf 'let a = 1;\n' > %t.plain.js
// RUN: %kilnc --emit=ast %t.plain.js | FileCheck %s --check-prefix=SCRIPT
// RUN: cp %t.plain.js %t.plain.mjs
// RUN: %kilnc --emit=ast %t.plain.mjs | FileCheck %s --check-prefix=MODULE
// RUN: %kilnc --emit=ast --module %t.plain.js | FileCheck %s --check-prefix=MODULE
// RUN: %kilnc --emit=ast --script %t.plain.mjs | FileCheck %s --check-prefix=SCRIPT
//
// RUN: printf 'let a = 1;\nexport { a };\n' > %t.export.js
// RUN: %kilnc --emit=ast %t.export.js | FileCheck %s --check-prefix=MODULE
// RUN: printf 'import a from "./a.js";\na;\n' > %t.import.js
// RUN: %kilnc --emit=ast %t.import.js | FileCheck %s --check-prefix=MODULE
// RUN: printf 'import {} from "./a.js";\n' > %t.import-braces.js
// RUN: %kilnc --emit=ast %t.import-braces.js | FileCheck %s --check-prefix=MODULE
//
// import() and import.meta are expressions: still a script (and reported
// as unsupported).
// RUN: printf 'let m = import("./m.js");\n' > %t.dynamic.js
// RUN: not %kilnc --emit=ast %t.dynamic.js 2>/dev/null | FileCheck %s --check-prefix=SCRIPT
// RUN: printf 'let u = import.meta.url;\n' > %t.meta.js
// RUN: not %kilnc --emit=ast %t.meta.js 2>/dev/null | FileCheck %s --check-prefix=SCRIPT
//
// Comments and strings are not tokens.
// RUN: printf '// export\n/* import x from "y"; */\nlet s = "export default 1";\nlet t = `import ${s}`;\n' > %t.words.js
// RUN: %kilnc --emit=ast %t.words.js | FileCheck %s --check-prefix=SCRIPT
//
// Forcing a script onto module syntax reports it.
// RUN: %expect-exit 1 %kilnc --syntax-only --script %t.export.js 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FORCED
// FORCED: export.js:2:1: error: 'export' declarations may only appear in a module
//
// SCRIPT: {{^}}Program script strict{{$}}
// MODULE: {{^}}Program module strict{{$}}
