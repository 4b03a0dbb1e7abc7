// TextEncoder (encode, encodeInto's read/written, lone surrogates as
// U+FFFD) and TextDecoder (UTF-8 labels, BOM handling, one U+FFFD per
// maximal ill-formed subpart, fatal mode's TypeError, BufferSource
// inputs, streaming decodes that keep split sequences and the BOM check
// between calls); checked against Node 20.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

"use strict";
const e = new TextEncoder();
console.log(e.encoding, e.encode("h\u00e9\ud83d\ude00").join(), e.encode(), e.encode(""));
console.log(e.encode("\ud800x\udc00").join(), e.encode(12), e.encode(null));
const u = new Uint8Array(5);
console.log(e.encodeInto("a\u00e9\ud83d\ude00", u), u);
const u2 = new Uint8Array(8);
console.log(e.encodeInto("\ud83d\ude00\ud800z", u2), u2.join());
console.log(e.encodeInto("", new Uint8Array(0)), e.encodeInto("abc", new Uint8Array(0)));
for (const bad of [[], new Uint16Array(2), new ArrayBuffer(2)]) {
  try { e.encodeInto("a", bad); } catch (x) { console.log(x.name); }
}
const d = new TextDecoder();
console.log(d.encoding, d.fatal, d.ignoreBOM);
const cases = [
  [0xEF, 0xBB, 0xBF, 0x41],
  [0x41, 0xC3, 0x28],
  [0xE2, 0x82, 0x41],
  [0xF0, 0x9F, 0x98, 0x80],
  [0xF0, 0x9F, 0x98],
  [0xFF, 0xFE, 0x80],
  [0xC0, 0xAF],
  [0xED, 0xA0, 0x80],
  [0xF4, 0x90, 0x80, 0x80],
  [0xE0, 0x80, 0xAF],
  [0xEF, 0xBF, 0xBD],
  [0xC3, 0xA9, 0xE2, 0x82, 0xAC],
];
for (const c of cases) {
  const s = d.decode(new Uint8Array(c));
  let fatal;
  try { fatal = JSON.stringify(new TextDecoder("utf-8", {fatal: true}).decode(new Uint8Array(c))); } catch (x) { fatal = x.name; }
  console.log(JSON.stringify(s), s.length, fatal);
}
console.log(JSON.stringify(new TextDecoder("utf-8", {ignoreBOM: true}).decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x41]))));
const fd = new TextDecoder("UTF-8", {fatal: 1, ignoreBOM: "yes"});
console.log(fd.encoding, fd.fatal, fd.ignoreBOM);
for (const label of [" utf8\n", "UTF-8", "\tUtf-8 ", "utf8", "unicode-1-1-utf8x", "latin9x", "", "utf-16x"]) {
  try { console.log(JSON.stringify(label), new TextDecoder(label).encoding); } catch (x) { console.log(JSON.stringify(label), x.name); }
}
try { d.decode("abc"); } catch (x) { console.log(x.name); }
try { d.decode([1, 2]); } catch (x) { console.log(x.name); }
console.log(JSON.stringify(d.decode()), d.decode(new Uint8Array([104, 105]).buffer), d.decode(new Uint16Array([0x6968])));
console.log(d.decode(new Uint8Array([0, 104, 105, 0]).subarray(1, 3)), d.decode(e.encode("r\u00f6und trip \u{1F600}")));
console.log(Object.prototype.toString.call(d), Object.prototype.toString.call(e));
try { TextDecoder(); } catch (x) { console.log(x.name); }
try { TextEncoder.prototype.encode.call({}, "a"); } catch (x) { console.log(x.name); }
try { Object.getOwnPropertyDescriptor(TextDecoder.prototype, "encoding").get.call({}); } catch (x) { console.log(x.name); }
console.log(d.decode(new Uint8Array([0x61, 0x62]), {stream: true}));
{
const d = new TextDecoder();
const b = new TextEncoder().encode("a\u00e9\u20ac\u{1F600}z");
let out = [];
for (let i = 0; i < b.length; i++) out.push(JSON.stringify(d.decode(b.subarray(i, i + 1), {stream: true})));
out.push(JSON.stringify(d.decode()));
console.log(out.join(" "));
console.log(JSON.stringify(d.decode(new Uint8Array([0xE2, 0x82]), {stream: true})), JSON.stringify(d.decode(new Uint8Array([0x41]))));
console.log(JSON.stringify(d.decode(new Uint8Array([0xEF]), {stream: true})), JSON.stringify(d.decode(new Uint8Array([0xBB]), {stream: true})), JSON.stringify(d.decode(new Uint8Array([0xBF, 0x41]), {stream: true})), JSON.stringify(d.decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x42]))));
console.log(JSON.stringify(d.decode(new Uint8Array([0xF0, 0x9F]), {stream: true})), JSON.stringify(d.decode()));
console.log(JSON.stringify(d.decode(new Uint8Array([0xEF, 0xBB]), {stream: true})), JSON.stringify(d.decode(new Uint8Array([0x43]), {stream: true})), JSON.stringify(d.decode()));
console.log(JSON.stringify(d.decode(new Uint8Array([0x41, 0xED, 0xA0]), {stream: true})), JSON.stringify(d.decode(new Uint8Array([0xF4, 0x8F, 0xBF]), {stream: true})), JSON.stringify(d.decode(new Uint8Array([0xBF]))));
const f = new TextDecoder("utf-8", {fatal: true});
console.log(JSON.stringify(f.decode(new Uint8Array([0xC3]), {stream: true})), JSON.stringify(f.decode(new Uint8Array([0xA9]))));
try { f.decode(new Uint8Array([0xC3]), {stream: true}); f.decode(); } catch (e) { console.log(e.name); }
console.log(JSON.stringify(f.decode(new Uint8Array([0x41]))));
}

// CHECK: utf-8 104,195,169,240,159,152,128 Uint8Array(0) [] Uint8Array(0) []
// CHECK-NEXT: 239,191,189,120,239,191,189 Uint8Array(2) [ 49, 50 ] Uint8Array(4) [ 110, 117, 108, 108 ]
// CHECK-NEXT: { read: 2, written: 3 } Uint8Array(5) [ 97, 195, 169, 0, 0 ]
// CHECK-NEXT: { read: 4, written: 8 } 240,159,152,128,239,191,189,122
// CHECK-NEXT: { read: 0, written: 0 } { read: 0, written: 0 }
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: utf-8 false false
// CHECK-NEXT: "A" 1 "A"
// CHECK-NEXT: "A�(" 3 TypeError
// CHECK-NEXT: "�A" 2 TypeError
// CHECK-NEXT: "😀" 2 "😀"
// CHECK-NEXT: "�" 1 TypeError
// CHECK-NEXT: "���" 3 TypeError
// CHECK-NEXT: "��" 2 TypeError
// CHECK-NEXT: "���" 3 TypeError
// CHECK-NEXT: "����" 4 TypeError
// CHECK-NEXT: "���" 3 TypeError
// CHECK-NEXT: "�" 1 "�"
// CHECK-NEXT: "é€" 2 "é€"
// CHECK-NEXT: "﻿A"
// CHECK-NEXT: utf-8 true true
// CHECK-NEXT: " utf8\n" utf-8
// CHECK-NEXT: "UTF-8" utf-8
// CHECK-NEXT: "\tUtf-8 " utf-8
// CHECK-NEXT: "utf8" utf-8
// CHECK-NEXT: "unicode-1-1-utf8x" RangeError
// CHECK-NEXT: "latin9x" RangeError
// CHECK-NEXT: "" RangeError
// CHECK-NEXT: "utf-16x" RangeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: "" hi hi
// CHECK-NEXT: hi röund trip 😀
// CHECK-NEXT: [object TextDecoder] [object TextEncoder]
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: ab
// CHECK-NEXT: "a" "" "é" "" "" "€" "" "" "" "😀" "z" ""
// CHECK-NEXT: "" "�A"
// CHECK-NEXT: "" "" "A" "﻿B"
// CHECK-NEXT: "" "�"
// CHECK-NEXT: "" "�C" ""
// CHECK-NEXT: "A��" "" "􏿿"
// CHECK-NEXT: "" "é"
// CHECK-NEXT: TypeError
// CHECK-NEXT: "A"
