// Re-exports: `export * from` (never the default; a name two star exports
// provide differently is left out), `export {a as b} from`, `export * as
// ns from`, and an import exported again. All stay live.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
import * as all from "./Inputs/stars/stars.js";
import { x, y as why, inner, d, change, changing, "dup from two" as dft } from "./Inputs/stars/stars.js";
console.log(Object.keys(all).join());
console.log(x, why, inner.k, d, dft, "default" in all, "dup" in all);
console.log(all.inner === inner, Object.keys(inner).join());
change();
console.log(changing, all.changing, inner.changing);
export { x as ex } from "./Inputs/stars/one.js";
// CHECK: change,changing,d,dup from two,inner,k,x,y
// CHECK-NEXT: 1 K K 4 two false false
// CHECK-NEXT: true change,changing,d,dup,k
// CHECK-NEXT: 1 1 1
