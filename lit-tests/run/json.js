// JSON.parse (strict grammar, escapes, numbers, errors with positions, deep nesting, reviver) and
// JSON.stringify (toJSON, replacer function and list, indentation, cycles, depth, lone surrogates).
// Expected output verified with node.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines --strict-whitespace
"use strict";
// Parsing: every kind of value, nesting, escapes, numbers.
console.log(JSON.parse('{"a":1,"b":[true,false,null],"c":{"d":"e"}}'));
console.log(JSON.parse(' [1, -0, 2.5, -1e3, 1E+2, 0.000001, 123456789012345678901234567890] '));
console.log(JSON.parse('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"') === "\u00e9\ud83d\ude00\n\t\"\\/\b\f\r");
console.log(JSON.parse('"\\ud800"').length, JSON.parse('"\\ud800"').charCodeAt(0));
console.log(JSON.parse('{"a":1,"a":2,"b":3}'), Object.keys(JSON.parse('{"b":1,"2":2,"a":3,"1":4}')));
console.log(JSON.parse('{"__proto__":1}').__proto__, Object.getPrototypeOf(JSON.parse('{"__proto__":null}')) === Object.prototype);
console.log(JSON.parse("9007199254740993"), JSON.parse("1e400"), JSON.parse("-1e-400"), JSON.parse("4.9e-324"), JSON.parse("0.1"));
console.log(JSON.parse('"\u00ff\u0100 wide"'), JSON.parse('{"\u4e2d":"\u6587"}'));
console.log(JSON.parse("[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]").length, JSON.parse("[]"), JSON.parse("{}"), JSON.parse(" null "));
const deep = JSON.parse("[".repeat(2000) + "]".repeat(2000));
console.log(Array.isArray(deep));
// Errors: SyntaxError with the position.
const bad = ['{"a":1,}', "[1,]", "", "   ", "[1 2]", '{"a" 1}', "01", "-", "1.", "1e", "tru", '"abc', '"\\x"', '"\\u12"', '"a\nb"', "{a:1}", "[1]x", "\ufeff[]", "NaN", "'x'", "[" .repeat(100000)];
for (const text of bad) {
  try {
    JSON.parse(text);
    console.log("accepted", text);
  } catch (e) {
    console.log(e instanceof SyntaxError, e.message.length > 0);
  }
}
try { JSON.parse('{"a":1,}'); } catch (e) { console.log(e.message.includes("position 7")); }
// Reviver.
console.log(JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]}}', function (k, v) { return typeof v === "number" ? v * 10 : v; }));
console.log(JSON.parse('{"a":1,"b":2}', (k, v) => (k === "a" ? undefined : v)));
const order = [];
JSON.parse('{"x":[1,{"y":2}],"z":3}', function (k, v) { order.push(k); return v; });
console.log(order.join(","));
JSON.parse('[1]', function (k, v) { if (k === "") console.log(Object.keys(this), this[""] === v); return v; });
// Stringify: values, nesting, escapes.
console.log(JSON.stringify({ a: 1, b: "two", c: [true, null, undefined, () => 1], d: undefined, e: { f: -0 } }));
console.log(JSON.stringify("\u0001\u0000\u001f\"\\\b\f\n\r\t\u007f\u00e9"), JSON.stringify("\ud800"), JSON.stringify("\udc00\ud83d\ude00"));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(1e21), JSON.stringify(0.1 + 0.2), JSON.stringify(-5), JSON.stringify(2147483648));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(null), JSON.stringify(true), JSON.stringify([]), JSON.stringify({}));
console.log(JSON.stringify({ 2: "b", 1: "a", z: 1, y: 2, [Symbol("s")]: 3 }));
console.log(JSON.stringify([new Number(3), new String("s"), new Boolean(false), Object(Symbol())]));
console.log(JSON.stringify({ toJSON(key) { return "key:" + key; } }), JSON.stringify({ x: { toJSON(key) { return key + "!"; } } }), JSON.stringify([{ toJSON(k) { return k; } }]));
const holes = [1, , 3];
console.log(JSON.stringify(holes));
const withGetter = {};
Object.defineProperty(withGetter, "hidden", { value: 1, enumerable: false });
Object.defineProperty(withGetter, "g", { get() { return "got"; }, enumerable: true });
console.log(JSON.stringify(withGetter));
// Replacer function and property list.
console.log(JSON.stringify({ a: 1, b: "x", c: { a: 2 } }, function (k, v) { return typeof v === "number" ? v + 1 : v; }));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ["a", "c", "a", 1]));
console.log(JSON.stringify({ 1: "one", 2: "two" }, [1, new String("2"), new Number(3), {}]));
JSON.stringify({ k: 1 }, function (k, v) { if (k === "") console.log(Object.keys(this), this[""] === v); return v; });
// Indentation.
console.log(JSON.stringify({ a: [1, { b: 2 }, []], c: {} }, null, 2));
console.log(JSON.stringify([1, [2]], null, "--"));
console.log(JSON.stringify({ a: 1 }, null, 20), JSON.stringify({ a: 1 }, null, "abcdefghijklmnop"), JSON.stringify({ a: 1 }, null, 0), JSON.stringify([1], null, new Number(1)));
// Cycles and depth.
const cyclic = { a: {} };
cyclic.a.back = cyclic;
try { JSON.stringify(cyclic); } catch (e) { console.log(e instanceof TypeError, e.message.startsWith("Converting circular structure to JSON")); }
const arr = [];
arr.push(arr);
try { JSON.stringify(arr); } catch (e) { console.log(e instanceof TypeError); }
const shared = { x: 1 };
console.log(JSON.stringify({ a: shared, b: shared }));
let nested = [];
for (let i = 0; i < 6000; i++) nested = [nested];
try { JSON.stringify(nested); } catch (e) { console.log(e instanceof RangeError); }
// Round trip and the namespace.
const data = { id: 7, name: "kiln \u00e9", tags: ["a", "b"], nested: { ok: true, n: null, f: 1.5 } };
console.log(JSON.stringify(JSON.parse(JSON.stringify(data))) === JSON.stringify(data));
console.log(typeof JSON, JSON[Symbol.toStringTag], JSON.parse.length, JSON.stringify.length, JSON.parse.name);
try { new JSON.parse("1"); } catch (e) { console.log(e instanceof TypeError); }
const big = [];
for (let i = 0; i < 500; i++) big.push({ i, s: "item" + i });
const text = JSON.stringify(big);
console.log(text.length, JSON.parse(text)[499].s);
// CHECK:{ a: 1, b: [ true, false, null ], c: { d: 'e' } }
// CHECK-NEXT:[ 1, -0, 2.5, -1000, 100, 0.000001, 1.2345678901234568e+29 ]
// CHECK-NEXT:true
// CHECK-NEXT:1 55296
// CHECK-NEXT:{ a: 2, b: 3 } [ '1', '2', 'b', 'a' ]
// CHECK-NEXT:1 true
// CHECK-NEXT:9007199254740992 Infinity -0 5e-324 0.1
// CHECK-NEXT:ÿĀ wide { '中': '文' }
// CHECK-NEXT:1 [] {} null
// CHECK-NEXT:true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true
// CHECK-NEXT:{ a: 10, b: { c: 20, d: [ 30, 40 ] } }
// CHECK-NEXT:{ b: 2 }
// CHECK-NEXT:0,y,1,x,z,
// CHECK-NEXT:[ '' ] true
// CHECK-NEXT:{"a":1,"b":"two","c":[true,null,null,null],"e":{"f":0}}
// CHECK-NEXT:"\u0001\u0000\u001f\"\\\b\f\n\r\té" "\ud800" "\udc00😀"
// CHECK-NEXT:null null 1e+21 0.30000000000000004 -5 2147483648
// CHECK-NEXT:undefined undefined null true [] {}
// CHECK-NEXT:{"1":"a","2":"b","z":1,"y":2}
// CHECK-NEXT:[3,"s",false,{}]
// CHECK-NEXT:"key:" {"x":"x!"} ["0"]
// CHECK-NEXT:[1,null,3]
// CHECK-NEXT:{"g":"got"}
// CHECK-NEXT:{"a":2,"b":"x","c":{"a":3}}
// CHECK-NEXT:{"a":1,"c":{"a":3}}
// CHECK-NEXT:{"1":"one","2":"two"}
// CHECK-NEXT:[ '' ] true
// CHECK-NEXT:{
// CHECK-NEXT:  "a": [
// CHECK-NEXT:    1,
// CHECK-NEXT:    {
// CHECK-NEXT:      "b": 2
// CHECK-NEXT:    },
// CHECK-NEXT:    []
// CHECK-NEXT:  ],
// CHECK-NEXT:  "c": {}
// CHECK-NEXT:}
// CHECK-NEXT:[
// CHECK-NEXT:--1,
// CHECK-NEXT:--[
// CHECK-NEXT:----2
// CHECK-NEXT:--]
// CHECK-NEXT:]
// CHECK-NEXT:{
// CHECK-NEXT:          "a": 1
// CHECK-NEXT:} {
// CHECK-NEXT:abcdefghij"a": 1
// CHECK-NEXT:} {"a":1} [
// CHECK-NEXT: 1
// CHECK-NEXT:]
// CHECK-NEXT:true true
// CHECK-NEXT:true
// CHECK-NEXT:{"a":{"x":1},"b":{"x":1}}
// CHECK-NEXT:true
// CHECK-NEXT:true
// CHECK-NEXT:object JSON 2 3 parse
// CHECK-NEXT:true
// CHECK-NEXT:11781 item499
