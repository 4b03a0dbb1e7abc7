console.log("counter evaluated");
export let count = 0;
export function inc() { count++; }
export default function () { return "anonymous default"; }
const s = "S";
export { s as "string name" };
export const again = "again";
