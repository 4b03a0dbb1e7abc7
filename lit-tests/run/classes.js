// Classes: constructors, methods, accessors, static members, fields and
// computed keys, private elements, inheritance with super (also from
// arrows), new.target, extending built-ins (an Error subclass's stack is
// formatted from the name it has when first read) and null, and the errors
// of misuse, printed as node prints them.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  get length() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  set length(v) { this.x = v; this.y = 0; }
  add(other) { return new Point(this.x + other.x, this.y + other.y); }
  toString() { return `(${this.x}, ${this.y})`; }
  static origin() { return new Point(0, 0); }
}
const p = new Point(3, 4);
console.log(p, p.length, String(p.add(Point.origin())));
p.length = 2;
console.log(p.x, p.y, p instanceof Point, typeof Point);
console.log(Object.keys(p), Object.getOwnPropertyNames(Point.prototype));
console.log(Point.name, Point.length, Point.prototype.constructor === Point);

class Counter {
  count = 0;
  #step = 1;
  static instances = 0;
  static #secret = "s";
  constructor(step) {
    if (step) this.#step = step;
    Counter.instances++;
  }
  #bump() { this.count += this.#step; return this; }
  get #double() { return this.count * 2; }
  tick() { return this.#bump(); }
  step() { return this.#step; }
  doubled() { return this.#double; }
  static hasCounter(o) { return #step in o; }
  static secret() { return Counter.#secret; }
}
const c = new Counter(5);
c.tick().tick();
console.log(c, c.doubled(), Counter.instances, Counter.secret());
console.log(Counter.hasCounter(c), Counter.hasCounter({}), JSON.stringify(c));
console.log(Object.keys(c));

class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  get kind() { return "animal"; }
  static create(name) { return new this(name); }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() { return `${super.speak()} (woof)`; }
  get kind() { return "dog, a kind of " + super.kind; }
}
const d = new Dog("Rex", "lab");
console.log(d.speak(), "|", d.kind);
console.log(d instanceof Dog, d instanceof Animal, Object.getPrototypeOf(Dog) === Animal);
console.log(d, Dog.create("Fido"));
class Puppy extends Dog {}
const pup = new Puppy("Bit", "pug");
console.log(pup.speak(), pup instanceof Animal, pup.constructor.name);

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.name = "HttpError";
    this.status = status;
  }
}
try {
  throw new HttpError(404, "not found");
} catch (e) {
  console.log(e instanceof HttpError, e instanceof Error, e.name, e.message, e.status);
  console.log(`${e.name}: ${e.message}`, Object.keys(e));
  console.log(e.stack.split("\n")[0]);
}
class ValidationError extends Error {}
ValidationError.prototype.name = "ValidationError";
const ve = new ValidationError("bad input");
console.log(ve.stack.split("\n")[0], ve instanceof ValidationError, ve.name);

class Nothing extends null {
  constructor() { return Object.create(Nothing.prototype); }
}
console.log(Object.getPrototypeOf(Nothing.prototype), new Nothing() instanceof Nothing);

try {
  Point(1, 2);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  new p.add();
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
try {
  const arrow = () => 1;
  new arrow();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
class Bad extends Animal {
  constructor() { this.x = 1; super(); }
}
try {
  new Bad();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  c.step.call({});
} catch (e) {
  console.log(e.name + ": " + e.message);
}

const Expr = class Named {
  static who() { return Named.name; }
};
console.log(Expr.who(), typeof Named);

const key = "dyn";
class Computed {
  [key + "Method"]() { return 1; }
  static [`${key}Static`] = 2;
  get [key]() { return 3; }
}
console.log(new Computed().dynMethod(), Computed.dynStatic, new Computed().dyn);
console.log(Computed.prototype.dynMethod.name);

class Base {
  constructor() { this.kind = new.target.name; }
}
class Derived extends Base {}
console.log(new Derived().kind, new Base().kind);

class WithArrow {
  constructor() { this.v = 7; }
  getter() { return () => this.v; }
}
console.log(new WithArrow().getter()());

class Static {
  static base() { return "A.base"; }
  static #count = 0;
  static inc() { return ++Static.#count; }
}
class Static2 extends Static {
  static base() { return super.base() + "+B"; }
}
console.log(Static2.base(), Static.inc(), Static.inc(), Static2.inc());

class Fields {
  x = 1;
  y = this.x + 1;
  arrow = () => this.y;
  #p = 5;
  readP = () => this.#p;
}
class MoreFields extends Fields {
  z = this.y * 10;
  constructor() {
    super();
    this.w = 4;
  }
}
const mf = new MoreFields();
console.log(Object.keys(mf), mf.z, mf.arrow(), mf.readP());

function makeClass() {
  return class { #v = 1; static has(o) { return #v in o; } };
}
const C1 = makeClass(), C2 = makeClass();
console.log(C1.has(new C1()), C1.has(new C2()), C1.name);

class Replaced extends Object {
  constructor() { super(); return { replaced: true }; }
}
console.log(new Replaced());
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), s instanceof Stack, Array.isArray(s));

class G { constructor() { return 1; } }
class I extends G { constructor() { super(); return 1; } }
try { new I(); } catch (e) { console.log(e.name + ": " + e.message); }
class J extends G { constructor() { super(); super(); } }
try { new J(); } catch (e) { console.log(e.name + ": " + e.message); }
class K extends G {
  constructor() {
    try { return 0; } catch { super(); }
  }
}
try { new K(); } catch (e) { console.log(e.name + ": " + e.message); }
class M extends null {}
try { new M(); } catch (e) { console.log(e.name + ": " + e.message); }
try { class N extends 42 {} } catch (e) { console.log(e.name + ": " + e.message); }
console.log(typeof class {}, (class {}).name, (class Named {}).name);
const Anon = class {};
console.log(Anon.name, [Point, Dog, M, Anon]);
class Self { static selfName = Self.name; static self = this; }
console.log(Self.selfName, Self.self === Self);

class ArrowSuper extends Animal {
  constructor() {
    const init = (v) => super(v);
    init("arrow");
    try { init("again"); } catch (e) { console.log(e.name + ": " + e.message); }
  }
}
console.log(new ArrowSuper().speak());

let n = 0;
const prefix = "f";
class ComputedFields {
  [prefix + ++n] = n;
  [`g${++n}`] = () => 1;
  static [prefix] = function () {};
}
console.log(new ComputedFields(), ComputedFields.f.name, n);

// CHECK: Point { x: 3, y: 4 } 5 (3, 4)
// CHECK-NEXT: 2 0 true function
// CHECK-NEXT: [ 'x', 'y' ] [ 'constructor', 'length', 'add', 'toString' ]
// CHECK-NEXT: Point 2 true
// CHECK-NEXT: Counter { count: 10 } 20 1 s
// CHECK-NEXT: true false {"count":10}
// CHECK-NEXT: [ 'count' ]
// CHECK-NEXT: Rex makes a sound (woof) | dog, a kind of animal
// CHECK-NEXT: true true true
// CHECK-NEXT: Dog { name: 'Rex', breed: 'lab' } Dog { name: 'Fido', breed: undefined }
// CHECK-NEXT: Bit makes a sound (woof) true Puppy
// CHECK-NEXT: true true HttpError not found 404
// CHECK-NEXT: HttpError: not found [ 'name', 'status' ]
// CHECK-NEXT: HttpError: not found
// CHECK-NEXT: ValidationError: bad input true ValidationError
// CHECK-NEXT: null true
// CHECK-NEXT: TypeError: Class constructor Point cannot be invoked without 'new'
// CHECK-NEXT: TypeError true
// CHECK-NEXT: TypeError: arrow is not a constructor
// CHECK-NEXT: ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
// CHECK-NEXT: TypeError: Cannot read private member #step from an object whose class did not declare it
// CHECK-NEXT: Named undefined
// CHECK-NEXT: 1 2 3
// CHECK-NEXT: dynMethod
// CHECK-NEXT: Derived Base
// CHECK-NEXT: 7
// CHECK-NEXT: A.base+B 1 2 3
// CHECK-NEXT: [ 'x', 'y', 'arrow', 'readP', 'z', 'w' ] 20 2 5
// CHECK-NEXT: true false 
// CHECK-NEXT: { replaced: true }
// CHECK-NEXT: 3 3 true true
// CHECK-NEXT: TypeError: Derived constructors may only return object or undefined
// CHECK-NEXT: ReferenceError: Super constructor may only be called once
// CHECK-NEXT: TypeError: Derived constructors may only return object or undefined
// CHECK-NEXT: TypeError: Super constructor null of M is not a constructor
// CHECK-NEXT: TypeError: Class extends value 42 is not a constructor or null
// CHECK-NEXT: function  Named
// CHECK-NEXT: Anon [ [class Point], [class Dog extends Animal], [class M], [class Anon] ]
// CHECK-NEXT: Self true
// CHECK-NEXT: ReferenceError: Super constructor may only be called once
// CHECK-NEXT: arrow makes a sound
// CHECK-NEXT: ComputedFields { f1: 2, g2: [Function: g2] } f 2
