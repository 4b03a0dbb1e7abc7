// Regular-expression flags: only d, g, i, m, s, u, v and y, each at most
// once. One diagnostic per literal.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = /abc/gz;
// CHECK: {{.*}}regexp-flags.js:[[@LINE-1]]:15: error: invalid regular expression flag 'z'
// CHECK-NEXT: {{^}}let a = /abc/gz;{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
let b = /abc/gig;
// CHECK: {{.*}}regexp-flags.js:[[@LINE-1]]:16: error: duplicate regular expression flag 'g'
// CHECK-NEXT: {{^}}let b = /abc/gig;{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}
let c = /abc/\u0067;
// CHECK: {{.*}}regexp-flags.js:[[@LINE-1]]:14: error: invalid regular expression flag '\'
// CHECK-NEXT: {{^}}let c = /abc/\u0067;{{$}}
// CHECK-NEXT: {{^}}             ^{{$}}
let d = /abc/é;
// CHECK: {{.*}}regexp-flags.js:[[@LINE-1]]:14: error: invalid regular expression flag 'é'
// CHECK-NEXT: {{^}}let d = /abc/é;{{$}}
// CHECK-NEXT: {{^}}             ^{{$}}
let e = /abc/qq;
// CHECK: {{.*}}regexp-flags.js:[[@LINE-1]]:14: error: invalid regular expression flag 'q'
// CHECK-NEXT: {{^}}let e = /abc/qq;{{$}}
// CHECK-NEXT: {{^}}             ^{{$}}

// Every valid flag once.
let ok = /x/dgimsy;
let ok2 = /x/v;
