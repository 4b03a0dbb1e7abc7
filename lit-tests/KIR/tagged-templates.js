// A tagged template calls its tag (a member tag with its object as `this`)
// with the site's template object and then the substitution values.
// get_template_object names the module-wide site index (hoisted functions
// are lowered first) and takes the cooked strings (undefined for an invalid
// escape), then the raw strings.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

tag`a${x}b\unicode`;
o.m`x`;
function f() { return tag`y`; }

// CHECK-LABEL: function @0 <script>() params=0 locals=1 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_closure @1, %0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = load_global "tag"
// CHECK-NEXT:   %3 = load_undefined
// CHECK-NEXT:   %4 = load_string "a"
// CHECK-NEXT:   %5 = load_undefined
// CHECK-NEXT:   %6 = load_string "a"
// CHECK-NEXT:   %7 = load_string "b\\unicode"
// CHECK-NEXT:   %8 = get_template_object 1, %4, %5, %6, %7
// CHECK-NEXT:   %9 = load_global "x"
// CHECK-NEXT:   %10 = call %2, %3, %8, %9
// CHECK-NEXT:   %11 = load_global "o"
// CHECK-NEXT:   %12 = get_prop %11, "m"
// CHECK-NEXT:   %13 = load_string "x"
// CHECK-NEXT:   %14 = load_string "x"
// CHECK-NEXT:   %15 = get_template_object 2, %13, %14
// CHECK-NEXT:   %16 = call %12, %11, %15
// CHECK-NEXT:   %17 = load_undefined
// CHECK-NEXT:   return %17
// CHECK-LABEL: function @1 f() params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_global "tag"
// CHECK-NEXT:   %1 = load_undefined
// CHECK-NEXT:   %2 = load_string "y"
// CHECK-NEXT:   %3 = load_string "y"
// CHECK-NEXT:   %4 = get_template_object 0, %2, %3
// CHECK-NEXT:   %5 = call %0, %1, %4
// CHECK-NEXT:   return %5
