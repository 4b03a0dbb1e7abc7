// `kilnc run` evaluates a module with exports (and a handler file) like any
// other: the namespace it builds is ignored. Exported bindings behave as
// ordinary module bindings; anonymous defaults are named "default".
// RUN: %kilnc run %s | FileCheck %s

export default class { static hi() { return "hi"; } }
export let counter = 0;
const f = () => 1, g = function () {};
export { f as "kebab-name", g };
export const [p, { q = 3 }] = [1, {}];
export function handler() { return counter; }
counter++;
console.log(f.name, g.name, p, q, counter, handler());
// CHECK: f g 1 3 1 1

export async function later() { return 2; }
later().then((v) => console.log("later", v));
// CHECK-NEXT: later 2
