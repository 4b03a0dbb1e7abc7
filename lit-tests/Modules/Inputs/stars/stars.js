export * from "./one.js";
export * from "./two.js";
export { k as y, change } from "./two.js";
export * as inner from "./two.js";
import { dup } from "./two.js";
export { dup as "dup from two" };
