// Class element rules: the constructor is a plain method (not an accessor,
// generator or async method), there is at most one, no static member is
// named 'prototype', no field is named 'constructor' and no private name
// is '#constructor'.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

class A { get constructor() {} }
// CHECK: {{.*}}classes.js:[[@LINE-1]]:15: error: class constructor cannot be a getter
// CHECK-NEXT: {{^}}class A { get constructor() {} }{{$}}
// CHECK-NEXT: {{^}}              ^~~~~~~~~~~{{$}}
class B { set constructor(v) {} }
// CHECK: {{.*}}classes.js:[[@LINE-1]]:15: error: class constructor cannot be a setter
// CHECK-NEXT: {{^}}class B { set constructor(v) {} }{{$}}
// CHECK-NEXT: {{^}}              ^~~~~~~~~~~{{$}}
class C { async constructor() {} }
// CHECK: {{.*}}classes.js:[[@LINE-1]]:17: error: class constructor cannot be an async method
// CHECK-NEXT: {{^}}class C { async constructor() {} }{{$}}
// CHECK-NEXT: {{^}}                ^~~~~~~~~~~{{$}}
class D {
  constructor() {}
  m() {}
  constructor(a) {}
// CHECK: {{.*}}classes.js:[[@LINE-1]]:3: error: a class may only have one constructor
// CHECK-NEXT: {{^}}  constructor(a) {}{{$}}
// CHECK-NEXT: {{^}}  ^~~~~~~~~~~{{$}}
// CHECK: {{.*}}classes.js:[[@LINE-6]]:3: note: previous definition is here
// CHECK-NEXT: {{^}}  constructor() {}{{$}}
// CHECK-NEXT: {{^}}  ^~~~~~~~~~~{{$}}
}
class E { static prototype() {} }
// CHECK: {{.*}}classes.js:[[@LINE-1]]:18: error: classes may not have a static member named 'prototype'
// CHECK-NEXT: {{^}}class E { static prototype() {} }{{$}}
// CHECK-NEXT: {{^}}                 ^~~~~~~~~{{$}}
class F { static prototype = 1; }
// CHECK: {{.*}}classes.js:[[@LINE-1]]:18: error: classes may not have a static member named 'prototype'
// CHECK-NEXT: {{^}}class F { static prototype = 1; }{{$}}
// CHECK-NEXT: {{^}}                 ^~~~~~~~~{{$}}
class G { static get ["prototype"]() {} static "prototype"() {} }
// CHECK: {{.*}}classes.js:[[@LINE-1]]:48: error: classes may not have a static member named 'prototype'
// CHECK-NEXT: {{^}}class G { static get ["prototype"]() {} static "prototype"() {} }{{$}}
// CHECK-NEXT: {{^}}                                               ^~~~~~~~~~~{{$}}
class H { constructor = 1; }
// CHECK: {{.*}}classes.js:[[@LINE-1]]:11: error: classes may not have a field named 'constructor'
// CHECK-NEXT: {{^}}class H { constructor = 1; }{{$}}
// CHECK-NEXT: {{^}}          ^~~~~~~~~~~{{$}}
class I { "constructor"; }
// CHECK: {{.*}}classes.js:[[@LINE-1]]:11: error: classes may not have a field named 'constructor'
// CHECK-NEXT: {{^}}class I { "constructor"; }{{$}}
// CHECK-NEXT: {{^}}          ^~~~~~~~~~~~~{{$}}
class J { #constructor; }
// CHECK: {{.*}}classes.js:[[@LINE-1]]:11: error: '#constructor' is not a valid private name
// CHECK-NEXT: {{^}}class J { #constructor; }{{$}}
// CHECK-NEXT: {{^}}          ^~~~~~~~~~~~{{$}}
class K { #constructor() {} }
// CHECK: {{.*}}classes.js:[[@LINE-1]]:11: error: '#constructor' is not a valid private name
// CHECK-NEXT: {{^}}class K { #constructor() {} }{{$}}
// CHECK-NEXT: {{^}}          ^~~~~~~~~~~~{{$}}

// Valid: static constructor, computed constructor, prototype as a
// non-static name.
class L { static constructor() {} ["constructor"]() {} prototype() {} }
