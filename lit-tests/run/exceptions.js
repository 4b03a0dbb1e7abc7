// try/catch/finally, rethrow, errors raised by the runtime and by `new`.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

function f() {
  try {
    return "try";
  } finally {
    console.log("finally runs");
  }
}
console.log(f());
// CHECK: finally runs
// CHECK-NEXT: try
try {
  try {
    throw 1;
  } finally {
    console.log("inner finally");
  }
} catch (e) {
  console.log("outer caught", e);
}
// CHECK-NEXT: inner finally
// CHECK-NEXT: outer caught 1
try {
  null.x;
} catch (e) {
  console.log(e.name, "|", e.message, e instanceof TypeError);
}
// CHECK-NEXT: TypeError | Cannot read properties of null (reading 'x') true
try {
  missing;
} catch (e) {
  console.log(e.name, "|", e.message);
}
// CHECK-NEXT: ReferenceError | missing is not defined
function thrower() { throw new RangeError("out of range"); }
try {
  thrower();
} catch (e) {
  console.log(e.message, e instanceof Error, typeof e.stack);
}
// CHECK-NEXT: out of range true string
try {
  (void 0)();
} catch (e) {
  console.log(e.name);
}
// CHECK-NEXT: TypeError
