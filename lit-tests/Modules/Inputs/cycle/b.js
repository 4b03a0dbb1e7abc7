import { a, readB } from "./a.js";
import * as nsA from "./a.js";
console.log("b runs first");
try {
  console.log(a);
} catch (e) {
  console.log("a:", e.constructor.name + ":", e.message);
}
try {
  console.log(nsA.a);
} catch (e) {
  console.log("nsA.a:", e.constructor.name);
}
console.log("a's keys", Object.keys(nsA).join());
try {
  readB();
} catch (e) {
  console.log("readB:", e.constructor.name);
}
export let b = "B";
export function fromB() { return "hoisted"; }
