// String, String.fromCharCode and the String.prototype methods: search, slicing, case mapping, trimming, split, padding and wrappers.
// Expected output verified with node.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
"use strict";
var s = "Hello, World";
console.log(String(42), String(true), String(null), typeof new String("x"));
console.log(s.charAt(1), s.charAt(99) === "", s.charCodeAt(0), isNaN(s.charCodeAt(-1)));
console.log("\ud83d\ude00".codePointAt(0), "abc".codePointAt(5));
console.log(s.indexOf("o"), s.indexOf("o", 5), s.lastIndexOf("o"), s.lastIndexOf("o", 5), s.indexOf("zz"));
console.log(s.includes("World"), s.startsWith("Hell"), s.startsWith("World", 7), s.endsWith("World"), s.endsWith("Hello", 5));
console.log(s.slice(7), s.slice(-5, -1), s.substring(7, 0), s.substring(3));
console.log(s.toUpperCase(), s.toLowerCase(), "straße ÿ é".toUpperCase(), "ÀÉÎ".toLowerCase());
console.log("[" + "  x y \t\n".trim() + "]", "[" + "  x ".trimStart() + "]", "[" + "  x ".trimEnd() + "]");
console.log("a,b,,c".split(",").length, "a,b,,c".split(",", 2).join("|"), "abc".split("").join("|"), "abc".split().length);
console.log("ab".repeat(3), "x".repeat(0) === "", "5".padStart(3, "0"), "5".padEnd(4, "ab"), "abc".padStart(2));
console.log("a".concat("b", 1, null), "abc".at(-1), "abc".at(5));
console.log(String.fromCharCode(72, 105, 0x263A), new String("w").toString(), new String("v").valueOf());
console.log("abc".length, "abc"[1], String.prototype.slice.length, String.prototype.padStart.name);
try { String.prototype.trim.call(null); } catch (e) { console.log(e instanceof TypeError); }
try { "a".repeat(-1); } catch (e) { console.log(e instanceof RangeError); }
console.log("" + new String("wrapped"), new String("q") + "!");
// replace/replaceAll with string patterns, String.raw/fromCodePoint, well-formedness, String wrapper objects.
console.log("a-b-c".replace("-", "+"), "a-b-c".replaceAll("-", "+"), "abc".replace("b", "[$&|$`|$'|$$|$1|$<n>|$]"));
console.log("aaa".replaceAll("", "_"), "abc".replace("b", function (m, p, s) { return m.toUpperCase() + p + s; }), "xyz".replace("q", "!"));
console.log("1.2.3".replaceAll(".", function (m, p) { return "<" + p + ">"; }), "aaaa".replaceAll("aa", "b"));
console.log(String.raw({ raw: ["a", "b", "c"] }, 1, 2, 3), String.raw({ raw: "xyz" }, "-", "+"), String.raw({ raw: [] }) === "");
console.log(String.fromCodePoint(72, 105, 0x1F600).length, String.fromCodePoint().length, String.fromCodePoint(0x10FFFF).codePointAt(0));
try { String.fromCodePoint(0x110000); } catch (e) { console.log(e.name, e.message); }
try { String.fromCodePoint(-1); } catch (e) { console.log(e.name, e.message); }
console.log("ab\uD800".isWellFormed(), "ab\uD83D\uDE00".isWellFormed(), "a\uDC00b".toWellFormed() === "a\uFFFDb");
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "abc".normalize(), "abc".normalize("NFKD"));
try { "a".normalize("nfc"); } catch (e) { console.log(e.name, e.message); }
console.log("Straße".toLocaleUpperCase(), "ÀB".toLocaleLowerCase());
console.log("a,b,,c".split(",").length, "abc".split("").join("|"), "a b c".split(" ", 2).join("|"));
var w = new String("hey");
console.log(w.length, w[0], w[3], 1 in w, Object.keys(w).join(), Object.getOwnPropertyNames(w).join());
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(w, "length")), JSON.stringify(Object.getOwnPropertyDescriptor(w, "2")));
try { w[0] = "x"; } catch (e) { console.log(e.name); }
try { w.length = 1; } catch (e) { console.log(e.name); }
try { delete w[1]; } catch (e) { console.log(e.name); }
w[7] = "extra";
console.log(Object.keys(w).join(), w.hasOwnProperty("length"), String.prototype.length);
// CHECK: 42 true null object
// CHECK-NEXT: e true 72 true
// CHECK-NEXT: 128512 undefined
// CHECK-NEXT: 4 8 8 4 -1
// CHECK-NEXT: true true true true true
// CHECK-NEXT: World Worl Hello,  lo, World
// CHECK-NEXT: HELLO, WORLD hello, world STRASSE Ÿ É àéî
// CHECK-NEXT: [x y] [x ] [  x]
// CHECK-NEXT: 4 a|b a|b|c 1
// CHECK-NEXT: ababab true 005 5aba abc
// CHECK-NEXT: ab1null c undefined
// CHECK-NEXT: Hi☺ w v
// CHECK-NEXT: 3 b 2 padStart
// CHECK-NEXT: true
// CHECK-NEXT: true
// CHECK-NEXT: wrapped q!
// CHECK-NEXT: a+b-c a+b+c a[b|a|c|$|$1|$<n>|$]c
// CHECK-NEXT: _a_a_a_ aB1abcc xyz
// CHECK-NEXT: 1<1>2<3>3 bb
// CHECK-NEXT: a1b2c x-y+z true
// CHECK-NEXT: 4 0 1114111
// CHECK-NEXT: RangeError Invalid code point 1114112
// CHECK-NEXT: RangeError Invalid code point -1
// CHECK-NEXT: false true true
// CHECK-NEXT: -1 1 0 abc abc
// CHECK-NEXT: RangeError The normalization form should be one of NFC, NFD, NFKC, NFKD.
// CHECK-NEXT: STRASSE àb
// CHECK-NEXT: 4 a|b|c a|b
// CHECK-NEXT: 3 h undefined true 0,1,2 0,1,2,length
// CHECK-NEXT: {"value":3,"writable":false,"enumerable":false,"configurable":false} {"value":"y","writable":false,"enumerable":true,"configurable":false}
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: 0,1,2,7 true 0
