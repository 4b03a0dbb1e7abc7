export const dup = "two", k = "K", d = 4;
export let changing = 0;
export function change() { changing++; }
