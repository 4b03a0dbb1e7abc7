import { count } from "./lib/counter.js";
console.log("side effect sees count", count);
