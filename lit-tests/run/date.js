// Date: construction, Date.UTC/parse, getters, setters, string forms, toJSON, @@toPrimitive and
// console output, on fixed timestamps. Kiln's local time zone is UTC; expected output is node's
// under TZ=UTC.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
"use strict";
// Kiln's local time zone is UTC; node's output here comes from TZ=UTC.
const d = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
console.log(d.getTime(), d.valueOf(), +d, typeof Date.now(), Date.now() > 1.7e12);
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getTimezoneOffset());
console.log(d.toISOString(), d.toJSON(), JSON.stringify({ d }));
console.log(d.toString());
console.log(d.toUTCString(), "|", d.toDateString(), "|", d.toTimeString());
console.log(d.toLocaleString(), "|", d.toLocaleDateString(), "|", d.toLocaleTimeString(), "|", new Date(Date.UTC(2024, 5, 15, 13, 0, 0)).toLocaleString(), "|", new Date(0).toLocaleTimeString());
console.log(d, [d], { d }, new Date(NaN));
console.log(String(d) === d.toString(), `${d}` === d.toString(), d + 1 === d.toString() + "1", d - 6 === 1704164645000);
// Constructor forms.
console.log(new Date(0).toISOString(), new Date(-1).toISOString(), new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString());
console.log(new Date(8.64e15 + 1).getTime(), new Date(1.5).getTime(), new Date(d).getTime(), new Date("2024-01-02T03:04:05.006Z").getTime());
console.log(new Date(2024, 1, 29).toISOString(), new Date(2024, 0, 31, 25, 61, 61, 1001).toISOString(), new Date(99, 11).toISOString(), new Date(2024, 12).toISOString(), new Date(2024, -1).toISOString());
console.log(new Date(true).getTime(), new Date(null).getTime(), new Date(undefined).getTime(), new Date("garbage").getTime(), new Date(NaN).getTime());
console.log(typeof Date(), Date().length > 20, new Date(2020, 0) instanceof Date, Object.prototype.toString.call(d));
// Date.UTC and Date.parse.
console.log(Date.UTC(2020), Date.UTC(), Date.UTC(1970, 0, 1), Date.UTC(2000, 1, 29, 12, 30, 15, 500), Date.UTC(275760, 8, 13, 0, 0, 0, 1));
console.log(Date.parse("2024-01-02"), Date.parse("2024-01"), Date.parse("2024"), Date.parse("2024-01-02T03:04"), Date.parse("2024-01-02T03:04:05"), Date.parse("2024-01-02T03:04:05.1Z"));
console.log(Date.parse("2024-01-02T03:04:05+05:30"), Date.parse("2024-01-02T03:04:05-08:00"), Date.parse("+275760-09-13T00:00:00.000Z"), Date.parse("-000001-01-01T00:00:00Z"), Date.parse("-000000-01-01T00:00:00Z"));
console.log(Date.parse("2024-13-01"), Date.parse("2024-01-32"), Date.parse("2024-01-01T25:00"), Date.parse("2020-01-01T24:00:00Z"), Date.parse("2024-01-02 03:04:05"));
console.log(Date.parse(d.toString()), Date.parse(d.toUTCString()), Date.parse("Jan 2, 2024"), Date.parse("1/2/2024"), Date.parse("Thu, 01 Jan 1970 00:00:00 GMT+0100"));
// Years outside 0-9999.
console.log(new Date(-62198755200000).toISOString(), new Date(-62198755200000).toString(), new Date(-62198755200000).toUTCString());
console.log(new Date(253402300800000).toISOString(), new Date(-1e14).toISOString(), new Date(-1e14).getDay());
// Setters.
const s = new Date(Date.UTC(2020, 0, 31));
console.log(s.setMonth(1), s.toISOString());
console.log(s.setDate(0), s.toISOString(), s.setFullYear(2021, 5, 6), s.toISOString());
console.log(s.setHours(23, 59, 59, 999), s.toISOString(), s.setMinutes(0), s.setSeconds(30, 5), s.setMilliseconds(7), s.toISOString());
console.log(s.setUTCHours(1), s.setUTCDate(15), s.setUTCMonth(0), s.setUTCFullYear(1999), s.toISOString(), s.setTime(0), s.toISOString());
const invalid = new Date(NaN);
console.log(invalid.setMonth(1), invalid.setFullYear(2000), invalid.toISOString(), new Date(0).setTime("x"));
console.log(new Date(0).setMonth(), new Date(0).setHours(1e20));
// Invalid dates and errors.
console.log(String(new Date(NaN)), new Date(NaN).toUTCString(), new Date(NaN).toJSON(), new Date(NaN).getFullYear(), JSON.stringify(new Date(NaN)));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e instanceof RangeError, e.message); }
try { Date.prototype.getTime.call({}); } catch (e) { console.log(e instanceof TypeError, e.message); }
try { Date.prototype.toISOString.call(1); } catch (e) { console.log(e instanceof TypeError); }
console.log(Date.prototype.toJSON.call({ toISOString() { return "custom"; } }), Date.prototype.toJSON.call({ valueOf() { return Infinity; }, toISOString() { return "no"; } }));
console.log(d[Symbol.toPrimitive]("number"), d[Symbol.toPrimitive]("default") === d.toString(), d[Symbol.toPrimitive]("string") === d.toString());
try { d[Symbol.toPrimitive]("other"); } catch (e) { console.log(e instanceof TypeError); }
console.log(Date.length, Date.name, Date.UTC.length, Date.prototype.setHours.length, Date.prototype.toGMTString === Date.prototype.toUTCString, Date.prototype.constructor === Date);
console.log(d > new Date(0), d < new Date(0), new Date(5) - new Date(2), Math.max(new Date(3), new Date(4)));
// CHECK: 1704164645006 1704164645006 1704164645006 number true
// CHECK-NEXT: 2024 0 2 2 3 4 5 6
// CHECK-NEXT: 2024 0 2 2 3 4 5 6 0
// CHECK-NEXT: 2024-01-02T03:04:05.006Z 2024-01-02T03:04:05.006Z {"d":"2024-01-02T03:04:05.006Z"}
// CHECK-NEXT: Tue Jan 02 2024 03:04:05 GMT+0000 (Coordinated Universal Time)
// CHECK-NEXT: Tue, 02 Jan 2024 03:04:05 GMT | Tue Jan 02 2024 | 03:04:05 GMT+0000 (Coordinated Universal Time)
// CHECK-NEXT: 1/2/2024, 3:04:05 AM | 1/2/2024 | 3:04:05 AM | 6/15/2024, 1:00:00 PM | 12:00:00 AM
// CHECK-NEXT: 2024-01-02T03:04:05.006Z [ 2024-01-02T03:04:05.006Z ] { d: 2024-01-02T03:04:05.006Z } Invalid Date
// CHECK-NEXT: true true true true
// CHECK-NEXT: 1970-01-01T00:00:00.000Z 1969-12-31T23:59:59.999Z +275760-09-13T00:00:00.000Z -271821-04-20T00:00:00.000Z
// CHECK-NEXT: NaN 1 1704164645006 1704164645006
// CHECK-NEXT: 2024-02-29T00:00:00.000Z 2024-02-01T02:02:02.001Z 1999-12-01T00:00:00.000Z 2025-01-01T00:00:00.000Z 2023-12-01T00:00:00.000Z
// CHECK-NEXT: 1 0 NaN NaN NaN
// CHECK-NEXT: string true true [object Date]
// CHECK-NEXT: 1577836800000 NaN 0 951827415500 NaN
// CHECK-NEXT: 1704153600000 1704067200000 1704067200000 1704164640000 1704164645000 1704164645100
// CHECK-NEXT: 1704144845000 1704193445000 8640000000000000 -62198755200000 NaN
// CHECK-NEXT: NaN NaN NaN 1577923200000 1704164645000
// CHECK-NEXT: 1704164645000 1704164645000 1704153600000 1704153600000 -3600000
// CHECK-NEXT: -000001-01-01T00:00:00.000Z Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time) Fri, 01 Jan -0001 00:00:00 GMT
// CHECK-NEXT: +010000-01-01T00:00:00.000Z -001199-02-15T14:13:20.000Z 4
// CHECK-NEXT: 1583107200000 2020-03-02T00:00:00.000Z
// CHECK-NEXT: 1582934400000 2020-02-29T00:00:00.000Z 1622937600000 2021-06-06T00:00:00.000Z
// CHECK-NEXT: 1623023999999 2021-06-06T23:59:59.999Z 1623020459999 1623020430005 1623020430007 2021-06-06T23:00:30.007Z
// CHECK-NEXT: 1622941230007 1623718830007 1610672430007 916362030007 1999-01-15T01:00:30.007Z 0 1970-01-01T00:00:00.000Z
// CHECK-NEXT: NaN 946684800000 2000-01-01T00:00:00.000Z NaN
// CHECK-NEXT: NaN NaN
// CHECK-NEXT: Invalid Date Invalid Date null NaN null
// CHECK-NEXT: true Invalid time value
// CHECK-NEXT: true this is not a Date object.
// CHECK-NEXT: true
// CHECK-NEXT: custom null
// CHECK-NEXT: 1704164645006 true true
// CHECK-NEXT: true
// CHECK-NEXT: 7 Date 7 4 true true
// CHECK-NEXT: true false 3 4
