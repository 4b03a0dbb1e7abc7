// Error.prototype.toString: "name: message", an empty part left out; a
// TypeError for a non-object receiver.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines

const e = new TypeError("bad");
console.log(String(e), e.toString(), `${new Error()}`, Error.prototype.toString.call({ name: "X", message: "" }));
console.log(Object.getOwnPropertyNames(Error.prototype).sort().join(), Error.prototype.toString.length, Error.prototype.propertyIsEnumerable("toString"));
class HttpError extends Error { constructor(m) { super(m); this.name = "HttpError"; } }
console.log("" + new HttpError("nope"));
try { Error.prototype.toString.call(1); } catch (x) { console.log(x instanceof TypeError); }
// CHECK: TypeError: bad TypeError: bad Error X
// CHECK-NEXT: constructor,message,name,toString 0 false
// CHECK-NEXT: HttpError: nope
// CHECK-NEXT: true
