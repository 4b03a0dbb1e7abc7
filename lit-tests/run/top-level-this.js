// A classic script's top-level `this` is the global object (arrows at the
// top level see it too); a module's is undefined (top-level-this.mjs).
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --module %s | FileCheck %s --check-prefix=MODULE --match-full-lines

console.log(this === globalThis, typeof this);
// CHECK: true object
// MODULE: false undefined
const arrow = () => this;
console.log(arrow() === globalThis);
// CHECK-NEXT: true
// MODULE-NEXT: false
function inner() {
  return this;
}
console.log(inner());
// CHECK-NEXT: undefined
// MODULE-NEXT: undefined
