// Tagged templates: the template object (frozen cooked strings, undefined
// for an invalid escape, and a frozen non-enumerable `raw` array), its
// identity per site across evaluations, `this` of member and super tags,
// evaluation order, and String.raw.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

function tag(strings, ...values) {
  return JSON.stringify({ cooked: [...strings], raw: strings.raw, values });
}
console.log(tag`a${1}b${"x"}c`);
// CHECK: {"cooked":["a","b","c"],"raw":["a","b","c"],"values":[1,"x"]}
console.log(tag``);
// CHECK-NEXT: {"cooked":[""],"raw":[""],"values":[]}
console.log(tag`\n\t${2}\u0041`);
// CHECK-NEXT: {"cooked":["\n\t","A"],"raw":["\\n\\t","\\u0041"],"values":[2]}
console.log(tag`\unicode and \u{55} \x4`);
// CHECK-NEXT: {"cooked":[null],"raw":["\\unicode and \\u{55} \\x4"],"values":[]}
console.log(((s) => s[0] === undefined && s.raw[0] === "\\xg")`\xg`);
// CHECK-NEXT: true
console.log(String.raw`a\nb${1 + 1}\u0041`);
// CHECK-NEXT: a\nb2\u0041
console.log(String.raw`line1
line2`.length);
// CHECK-NEXT: 11

function first(s) { return s; }
const sites = [];
for (let i = 0; i < 3; i++) sites.push(first`same ${i}`);
console.log(sites[0] === sites[1], sites[1] === sites[2]);
// CHECK-NEXT: true true
console.log(first`same ${0}` === sites[0]);
// CHECK-NEXT: false
function twice() { return first`t`; }
console.log(twice() === twice());
// CHECK-NEXT: true
console.log(Object.isFrozen(sites[0]), Object.isFrozen(sites[0].raw), Array.isArray(sites[0]));
// CHECK-NEXT: true true true
const d = Object.getOwnPropertyDescriptor(sites[0], "raw");
console.log(d.writable, d.enumerable, d.configurable);
// CHECK-NEXT: false false false
console.log(Object.keys(sites[0]).join(","), sites[0].length);
// CHECK-NEXT: 0,1 2

const obj = {
  name: "obj",
  m(strings, v) { return this.name + ":" + strings[0] + v; },
};
console.log(obj.m`hi ${42}`);
// CHECK-NEXT: obj:hi 42
console.log(obj["m"]`yo ${7}`);
// CHECK-NEXT: obj:yo 7
const arr = [function (s) { return this === arr; }];
console.log(arr[0]`x`);
// CHECK-NEXT: true
function plain() { "use strict"; return this; }
console.log(plain`x`);
// CHECK-NEXT: undefined

class Base { greet(s, n) { return s[0] + n; } }
class Derived extends Base { run() { return super.greet`hello ${5}`; } }
console.log(new Derived().run());
// CHECK-NEXT: hello 5

const order = [];
function trace(name, v) { order.push(name); return v; }
(trace("tag", (s, a, b) => a + b))`${trace("a", 1)}${trace("b", 2)}`;
console.log(order.join(","));
// CHECK-NEXT: tag,a,b

try {
  undefined`x`;
} catch (e) {
  console.log(e instanceof TypeError);
// CHECK-NEXT: true
}
const nested = first`outer ${first`inner`}`;
console.log(nested.raw[0], nested.length);
// CHECK-NEXT: outer  2
console.log(((s) => s.raw.join("|"))`a\`b${0}c\\d`);
// CHECK-NEXT: a\`b|c\\d

class Private {
  #tag(s, v) { return this instanceof Private && s[0] + v; }
  run() { return this.#tag`p${1}`; }
}
console.log(new Private().run());
// CHECK-NEXT: p1
