// Strings: concatenation, templates, comparison and console formatting.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const name = "kiln";
console.log("hello " + name, `${name}:${1 + 1}`, "a" + 1 + 2, 1 + 2 + "a");
// CHECK: hello kiln kiln:2 a12 3a
let s = "";
for (let i = 0; i < 5; i++) s += i;
console.log(s, s.length, "é€".length, "abc" < "abd");
// CHECK-NEXT: 01234 5 2 true
console.log(["x", "it's"], { s: "q" });
// CHECK-NEXT: [ 'x', "it's" ] { s: 'q' }
