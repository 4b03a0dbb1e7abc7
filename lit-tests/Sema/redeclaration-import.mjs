// Imports are lexical declarations of the module: another declaration of the
// same name is an error, and so is a top-level function (lexical in modules)
// declared twice.
// RUN: not %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
import { parse } from "./parser.js";
// CHECK:{{.*}}redeclaration-import.mjs:[[@LINE+1]]:5: error: redeclaration of 'parse'
var parse;
// CHECK-NEXT:var parse;
// CHECK-NEXT:    ^~~~~
// CHECK-NEXT:{{.*}}redeclaration-import.mjs:[[@LINE-5]]:10: note: previous declaration is here
function handler() {}
// CHECK:{{.*}}redeclaration-import.mjs:[[@LINE+1]]:10: error: redeclaration of 'handler'
function handler() {}
