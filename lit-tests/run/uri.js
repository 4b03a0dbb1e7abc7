// The global URI functions: encodeURI/encodeURIComponent (UTF-8 escapes, reserved set), decodeURI/decodeURIComponent (preserved escapes, URIError on malformed input), EvalError.
// Expected output verified with node.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
"use strict";
console.log(encodeURIComponent("a b&c/é😀"), encodeURI("http://x.y/a b?q=1&r=[2]#f"));
console.log(encodeURIComponent(";/?:@&=+$,#"), encodeURI(";/?:@&=+$,#"), encodeURIComponent("-_.!~*'()"));
console.log(encodeURIComponent("\u0000\u007f\u0080\u07ff\u0800\uffff"), encodeURIComponent(12.5), encodeURI("") === "");
console.log(decodeURIComponent("a%20b%26c%2F%C3%A9%F0%9F%98%80"), decodeURI("%23%20%3B%2f%41"), decodeURIComponent("%23%3b%2F"));
console.log(decodeURI(encodeURI("http://ü.com/ä?ö#ß")), decodeURIComponent("%e2%82%ac") === "\u20ac");
var bad = ["%", "%4", "%G0", "%E0%A4%A", "%C0%80", "%E0%80%80", "%ED%A0%80", "%F4%90%80%80", "%FF", "%80", "%C3%28"];
var names = [];
for (var i = 0; i < bad.length; i++) {
  try { decodeURIComponent(bad[i]); names.push("ok"); } catch (e) { names.push(e.name); }
}
console.log(names.join());
try { encodeURI("\uD800"); } catch (e) { console.log(e.name, e.message); }
try { encodeURIComponent("a\uDC00"); } catch (e) { console.log(e.name, e.message); }
console.log(encodeURIComponent("\uD83D\uDE00"), encodeURI.length, decodeURIComponent.name);
var ev = new EvalError("bad eval");
console.log(ev.name, ev.message, ev instanceof EvalError, ev instanceof Error, Object.getPrototypeOf(EvalError) === Error);
console.log(EvalError.length, URIError.name, Object.prototype.toString.call(new URIError("x")));
// CHECK: a%20b%26c%2F%C3%A9%F0%9F%98%80 http://x.y/a%20b?q=1&r=%5B2%5D#f
// CHECK-NEXT: %3B%2F%3F%3A%40%26%3D%2B%24%2C%23 ;/?:@&=+$,# -_.!~*'()
// CHECK-NEXT: %00%7F%C2%80%DF%BF%E0%A0%80%EF%BF%BF 12.5 true
// CHECK-NEXT: a b&c/é😀 %23 %3B%2fA #;/
// CHECK-NEXT: http://ü.com/ä?ö#ß true
// CHECK-NEXT: URIError,URIError,URIError,URIError,URIError,URIError,URIError,URIError,URIError,URIError,URIError
// CHECK-NEXT: URIError URI malformed
// CHECK-NEXT: URIError URI malformed
// CHECK-NEXT: %F0%9F%98%80 1 decodeURIComponent
// CHECK-NEXT: EvalError bad eval true true true
// CHECK-NEXT: 1 URIError [object Error]
