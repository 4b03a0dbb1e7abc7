// atob/btoa (forgiving-base64 decode, InvalidCharacterError DOMExceptions),
// the DOMException constructor and crypto.randomUUID, checked against what
// Node 20 prints for the same script.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

for (const s of [" YW Jj", "YW\nJj", "YQ", "YQ=", "YQ===", "Y", "YR==", "YQ=a", null, "=YQ", "YQ= =", " ", "!", "Y!", "AAAA", "/+/+"]) {
  try { console.log(JSON.stringify(atob(s))); } catch (e) { console.log(e.name, e.message, e.code, e instanceof DOMException, e instanceof Error); }
}
console.log(btoa("\xff\x00a"), btoa(null), btoa(12), btoa(""), btoa("a"), btoa("ab"), btoa("abc"));
try { btoa("€"); } catch (e) { console.log(String(e), e.code, Object.prototype.toString.call(e)); }
try { atob(); } catch (e) { console.log(e.name, e.message); }
try { btoa(); } catch (e) { console.log(e.name, e.message); }
const d = new DOMException("m", "NotFoundError");
console.log(d.name, d.message, d.code, String(d), Object.keys(d).length);
const d2 = new DOMException();
console.log(JSON.stringify(d2.name), JSON.stringify(d2.message), d2.code, new DOMException("x", "Foo").code);
try { DOMException(); } catch (e) { console.log(e.name, e.message); }
console.log(Object.prototype.toString.call(crypto), typeof crypto.randomUUID());
function isV4(u) {
  if (u.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = u[i];
    if (i === 8 || i === 13 || i === 18 || i === 23) { if (c !== "-") return false; }
    else if ("0123456789abcdef".indexOf(c) < 0) return false;
  }
  return u[14] === "4" && "89ab".indexOf(u[19]) >= 0;
}
let ok = true;
const seen = new Set();
for (let i = 0; i < 200; i++) { const u = crypto.randomUUID(); ok = ok && isV4(u); seen.add(u); }
console.log(ok, seen.size);
let all = "";
for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
console.log(btoa(all).length, atob(btoa(all)) === all);

// CHECK: "abc"
// CHECK-NEXT: "abc"
// CHECK-NEXT: "a"
// CHECK-NEXT: InvalidCharacterError Invalid character 5 true true
// CHECK-NEXT: InvalidCharacterError Invalid character 5 true true
// CHECK-NEXT: InvalidCharacterError The string to be decoded is not correctly encoded. 5 true true
// CHECK-NEXT: "a"
// CHECK-NEXT: InvalidCharacterError Invalid character 5 true true
// CHECK-NEXT: "ée"
// CHECK-NEXT: InvalidCharacterError Invalid character 5 true true
// CHECK-NEXT: "a"
// CHECK-NEXT: ""
// CHECK-NEXT: InvalidCharacterError Invalid character 5 true true
// CHECK-NEXT: InvalidCharacterError Invalid character 5 true true
// CHECK-NEXT: "\u0000\u0000\u0000"
// CHECK-NEXT: "ÿïþ"
// CHECK-NEXT: /wBh bnVsbA== MTI=  YQ== YWI= YWJj
// CHECK-NEXT: InvalidCharacterError: Invalid character 5 [object DOMException]
// CHECK-NEXT: TypeError The "input" argument must be specified
// CHECK-NEXT: TypeError The "input" argument must be specified
// CHECK-NEXT: NotFoundError m 8 NotFoundError: m 0
// CHECK-NEXT: "Error" "" 0 0
// CHECK-NEXT: TypeError Class constructor DOMException cannot be invoked without 'new'
// CHECK-NEXT: [object Crypto] string
// CHECK-NEXT: true 200
// CHECK-NEXT: 344 true
