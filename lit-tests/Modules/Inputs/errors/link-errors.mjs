import { dup } from "./stars.js";
import { nope } from "./one.js";
import dflt from "./two.js";
export { missing } from "./one.js";
