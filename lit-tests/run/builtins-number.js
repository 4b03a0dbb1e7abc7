// Number, Boolean and the global parseInt/parseFloat/isNaN/isFinite: conversion, radix and fixed/exponential/precision formatting.
// Expected output verified with node.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
"use strict";
console.log(Number("  12.5  "), Number(""), Number("0x1F"), Number(), Number(true), Number(null), Number(undefined));
// CHECK: 12.5 0 31 0 1 0 NaN
console.log(Number.isInteger(5.0), Number.isInteger(5.5), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1), Number.isNaN("x"), isNaN("x"));
// CHECK-NEXT: true false false true false true
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE);
// CHECK-NEXT: 9007199254740991 -9007199254740991 2.220446049250313e-16 1.7976931348623157e+308 5e-324
console.log(parseFloat("3.14abc"), parseFloat("  -.5e3x"), parseFloat("1e"), parseFloat("Infinityx"), parseFloat("abc"), parseFloat("0x10"), parseFloat("-0"));
// CHECK-NEXT: 3.14 -500 1 Infinity NaN 0 -0
console.log(parseInt("42px"), parseInt("0x1f"), parseInt("ff", 16), parseInt("101", 2), parseInt("z", 36), parseInt(""), parseInt("-0"), parseInt("12", 1), parseInt("9007199254740993"));
// CHECK-NEXT: 42 31 255 5 35 NaN -0 NaN 9007199254740992
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(16), (0.1).toString(3));
// CHECK-NEXT: ff 11111111 -73 0.1 3.c 0.0022002200220022002200220022002201
console.log((1.005).toFixed(2), (1234.5678).toFixed(1), (-1.5).toFixed(0), (1e21).toFixed(2), (0).toFixed(2), (-0.0000001).toFixed(2));
// CHECK-NEXT: 1.00 1234.6 -2 1e+21 0.00 -0.00
console.log((123.456).toExponential(2), (0).toExponential(), (123456).toPrecision(2), (0.00001).toPrecision(1), (1.5).toPrecision(3));
// CHECK-NEXT: 1.23e+2 0e+0 1.2e+5 0.00001 1.50
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt, new Number(5).valueOf(), typeof new Number(5), Number.prototype.valueOf());
// CHECK-NEXT: true true 5 object 0
console.log(Boolean(0), Boolean("x"), new Boolean(false).valueOf(), true.toString(), Boolean.prototype.toString(), typeof new Boolean(true));
// CHECK-NEXT: false true false true false object
console.log(isFinite("12"), isFinite(Infinity), Number.isFinite("12"), (25).toString(), 1 + new Number(2));
// CHECK-NEXT: true false false 25 3
