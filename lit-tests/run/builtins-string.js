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
