// String building: concatenation in a loop, template literals, join,
// slicing and character codes.
"use strict";
function build(n) {
  let s = "";
  for (let i = 0; i < n; i++) s += "item" + i + ",";
  return s;
}
function templates(n) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(`<li id="${i}">${"x".repeat(i % 5)}</li>`);
  return parts.join("\n");
}
function scan(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 1000000007;
  return h;
}
let checksum = 0;
for (let round = 0; round < 2; round++) {
  const a = build(100000);
  const b = templates(50000);
  checksum = (checksum + scan(a) + scan(b) + a.length + b.slice(10, 20).length +
              a.indexOf("item99999")) % 1000000007;
}
console.log("strings", checksum);
