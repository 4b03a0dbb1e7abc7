// Loops, break/continue, labels and switch.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines

let sum = 0;
for (let i = 0; i < 10; i++) {
  if (i === 5) continue;
  sum += i;
}
let k = 0;
while (true) if (++k > 3) break;
do k--; while (k > 0);
console.log(sum, k);
// CHECK: 40 0
outer: for (let i = 0; i < 3; i++)
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log(i, j);
  }
// CHECK-NEXT: 0 0
// CHECK-NEXT: 1 0
function kind(x) {
  switch (x) {
  case 1:
    return "one";
  case "a":
  case "b":
    return "letter";
  default:
    return "other";
  }
}
console.log(kind(1), kind("b"), kind(null));
// CHECK-NEXT: one letter other
let fall = "";
switch (2) {
case 1: fall += "1";
case 2: fall += "2";
case 3: fall += "3"; break;
case 4: fall += "4";
}
console.log(fall);
// CHECK-NEXT: 23
