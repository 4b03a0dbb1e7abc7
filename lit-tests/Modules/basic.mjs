// Relative imports: kilnc compiles the whole module graph into one bytecode
// module. Each module is evaluated once, dependencies first in the order of
// the import declarations (a file reached by two spellings is one module);
// imported bindings are live and read-only; a namespace object has a null
// prototype, sorted keys, @@toStringTag "Module" and is not extensible.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
import def, { count, inc as increment, "string name" as sn } from "./Inputs/basic/lib/counter.js";
import * as ns from "./Inputs/basic/lib/counter.js";
import "./Inputs/basic/side-effect.js";
import { again } from "./Inputs/basic/lib/../lib/counter.js";

console.log("main", count, def(), def.name, sn, again);
increment();
increment();
console.log("live", count, ns.count);
try {
  count = 5;
} catch (e) {
  console.log(e.constructor.name, count);
}
console.log(Object.keys(ns).join(), Object.getPrototypeOf(ns), Object.isExtensible(ns));
console.log(ns[Symbol.toStringTag], Object.prototype.toString.call(ns));
try {
  ns.count = 1;
} catch (e) {
  console.log("namespace write:", e.constructor.name);
}
try {
  ns.added = 1;
} catch (e) {
  console.log("namespace add:", e.constructor.name);
}
try {
  delete ns.count;
} catch (e) {
  console.log("namespace delete:", e.constructor.name);
}
function later() { return count; }
console.log("closure", later());

// CHECK: counter evaluated
// CHECK-NEXT: side effect sees count 0
// CHECK-NEXT: main 0 anonymous default default S again
// CHECK-NEXT: live 2 2
// CHECK-NEXT: TypeError 2
// CHECK-NEXT: again,count,default,inc,string name null false
// CHECK-NEXT: Module [object Module]
// CHECK-NEXT: namespace write: TypeError
// CHECK-NEXT: namespace add: TypeError
// CHECK-NEXT: namespace delete: TypeError
// CHECK-NEXT: closure 2
