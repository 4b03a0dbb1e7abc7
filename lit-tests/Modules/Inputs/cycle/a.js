import { b, fromB } from "./b.js";
console.log("a runs; b is", b, "and b's hoisted function says", fromB());
export let a = "A";
export function readB() { return b; }
