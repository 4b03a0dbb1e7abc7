import { value } from "./dep.js";
console.log("sync module sees", value);
