// A function whose parameters are not all plain identifiers may not have a
// "use strict" directive.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
function f(a, b = 1) {
// CHECK:{{.*}}use-strict-non-simple.js:[[@LINE+1]]:3: error: 'use strict' directive is not allowed in a function with a non-simple parameter list
  "use strict";
// CHECK-NEXT:  "use strict";
// CHECK-NEXT:  ^~~~~~~~~~~~{{~?}}
// CHECK-NEXT:{{.*}}use-strict-non-simple.js:[[@LINE-5]]:15: note: non-simple parameter is here
}
