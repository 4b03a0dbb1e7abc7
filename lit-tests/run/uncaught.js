// An exception that escapes the script: exit status 1, "Uncaught" with the
// error's name, message and stack (file:line:column) on stderr; what was
// printed before it stays on stdout.
// RUN: %expect-exit 1 %kilnc run %s > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: %expect-exit 1 %kilnc run %S/Inputs/throw-value.js 2>&1 | FileCheck %s --check-prefix=VALUE

console.log("before");
// OUT: before
function inner() {
  throw new TypeError("boom");
}
function outer() {
  inner();
}
outer();
// ERR: Uncaught TypeError: boom
// ERR-NEXT: at inner ({{.*}}uncaught.js:[[@LINE-7]]:{{[0-9]+}})
// ERR-NEXT: at outer ({{.*}}uncaught.js:[[@LINE-5]]:{{[0-9]+}})
// ERR-NEXT: at <script> ({{.*}}uncaught.js:[[@LINE-4]]:{{[0-9]+}})
// VALUE: Uncaught { code: 42 }
