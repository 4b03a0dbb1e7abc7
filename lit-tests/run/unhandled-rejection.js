// A promise rejected without a handler that still has none once the
// microtask queue is empty: exit status 1 and "Uncaught (in promise)" with
// the error's name, message and stack on stderr. Rejections handled later
// in the same drain are not reported, and only the first unhandled one is.
// An exception escaping a queueMicrotask callback is an ordinary uncaught
// exception that ends the run.
// RUN: %expect-exit 1 %kilnc run %s > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: %expect-exit 1 %kilnc run --gc-stress %s 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: %expect-exit 1 %kilnc run %S/Inputs/microtask-throws.js > %t2.out 2> %t2.err
// RUN: FileCheck %s --check-prefix=MICRO-OUT < %t2.out
// RUN: FileCheck %s --check-prefix=MICRO-ERR < %t2.err
// RUN: %expect-exit 1 %kilnc run %S/Inputs/reject-value.js 2>&1 | FileCheck %s --check-prefix=VALUE

const handledLater = Promise.reject(new Error("handled later"));
Promise.resolve().then(() => {
  handledLater.catch((e) => console.log("caught", e.message));
});

async function fetchData() {
  await null;
  throw new TypeError("async failure");
}
fetchData();
Promise.resolve()
  .then(() => {})
  .then(() => {
    Promise.reject(new RangeError("later unhandled"));
  });
console.log("script done");

// OUT: script done
// OUT-NEXT: caught handled later
// ERR: Uncaught (in promise) TypeError: async failure
// ERR-NEXT: at fetchData ({{.*}}unhandled-rejection.js:[[@LINE-13]]:{{[0-9]+}})
// ERR-NOT: later unhandled
// MICRO-OUT: first
// MICRO-OUT-NOT: not reached
// MICRO-ERR: Uncaught RangeError: in a microtask
// VALUE: Uncaught (in promise) { code: 7 }
