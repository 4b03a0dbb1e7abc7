// Programs that the scope rules allow: no output, exit status 0.
// RUN: %kilnc --syntax-only --script %s 2>&1 | count 0
var v; var v;
function f() {} function f() {}
var g; function g() {}
let shadowed = 1;
{ let shadowed = 2; }
{ let late; } var late;
function params(x) { var x; function x() {} }
function withDefaults(x = 1) { var x; }
try {} catch (e) { var e; }
try {} catch (e) { for (var e in {}) ; }
try {} catch (e) { { let e; } }
for (let i = 0; ; ) { let i; break; }
for (const k of []) { let k; }
switch (0) { case 1: let s; break; default: s; }
(function named() { var named; });
(function named(named) {});
again: ;
again: ;
outer: for (;;) { inner: for (;;) { continue outer; } }
block: { break block; }
a: b: while (true) continue a;
class Base {}
class Derived extends Base {
  #secret = 1;
  get #pair() { return 0; }
  set #pair(v) {}
  static #count = 0;
  constructor() { const init = () => super(); init(); new.target; }
  method() { return super.toString() + this.#secret + Derived.#count; }
  field = () => super.valueOf() + new.target;
  static { var local; let other; super.valueOf(); }
  has(o) { return #secret in o; }
  nested() { return class { m(o) { return o.#secret; } }; }
}
const object = { method() { return super.toString(); }, get value() { return super.x; } };
