// '#' must be followed directly by an IdentifierName (a private name); a
// lone '#' is reported and skipped.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

class C {
  # x;
// CHECK: {{.*}}private-name-expected.js:[[@LINE-1]]:3: error: expected a private name after '#'
// CHECK-NEXT: {{^}}  # x;{{$}}
// CHECK-NEXT: {{^}}  ^{{$}}
  #y;
  m() { return this.#y; }
}
