// An arrow's `this` and new.target are its enclosing function's: a
// function whose arrows use them stores them in its environment on entry
// (load_this / load_new_target + store_env) and the arrows read them with
// load_env. `arguments` is a binding that create_arguments initializes on
// entry; an arrow using it captures it like any variable.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

function F() {
  const g = () => () => this.x + new.target;
  return this;
}

function count() {
  return arguments.length;
}

function first() {
  return () => arguments[0];
}

const top = () => this;

// CHECK-LABEL: function @0 <script>() params=0 locals=4 env=1
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_env %0, 1
// CHECK-NEXT:   %2 = load_this
// CHECK-NEXT:   store_env %1, 0, 0, %2
// CHECK-NEXT:   %3 = create_closure @1, %1
// CHECK-NEXT:   store_local 0, %3
// CHECK-NEXT:   %4 = create_closure @4, %1
// CHECK-NEXT:   store_local 1, %4
// CHECK-NEXT:   %5 = create_closure @5, %1
// CHECK-NEXT:   store_local 2, %5
// CHECK-NEXT:   %6 = create_closure @7, %1
// CHECK-NEXT:   store_local 3, %6
// CHECK-NEXT:   %7 = load_undefined
// CHECK-NEXT:   return %7
// CHECK-LABEL: function @1 F() params=0 locals=1 env=2 parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_env %0, 2
// CHECK-NEXT:   %2 = load_this
// CHECK-NEXT:   store_env %1, 0, 0, %2
// CHECK-NEXT:   %3 = load_new_target
// CHECK-NEXT:   store_env %1, 0, 1, %3
// CHECK-NEXT:   %4 = create_closure @2, %1
// CHECK-NEXT:   store_local 0, %4
// CHECK-NEXT:   %5 = load_this
// CHECK-NEXT:   return %5
// CHECK-LABEL: function @2 g() params=0 locals=0 env=none parent=@1
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_closure @3, %0
// CHECK-NEXT:   return %1
// CHECK-LABEL: function @3 () params=0 locals=0 env=none parent=@2
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_env %0, 0, 0
// CHECK-NEXT:   %2 = get_prop %1, "x"
// CHECK-NEXT:   %3 = load_env %0, 0, 1
// CHECK-NEXT:   %4 = add %2, %3
// CHECK-NEXT:   return %4
// CHECK-LABEL: function @4 count() params=0 locals=1 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = create_arguments
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_local 0
// CHECK-NEXT:   %2 = get_prop %1, "length"
// CHECK-NEXT:   return %2
// CHECK-LABEL: function @5 first() params=0 locals=0 env=1 parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_env %0, 1
// CHECK-NEXT:   %2 = create_arguments
// CHECK-NEXT:   store_env %1, 0, 0, %2
// CHECK-NEXT:   %3 = create_closure @6, %1
// CHECK-NEXT:   return %3
// CHECK-LABEL: function @6 () params=0 locals=0 env=none parent=@5
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_env %0, 0, 0
// CHECK-NEXT:   %2 = load_number 0
// CHECK-NEXT:   %3 = get_elem %1, %2
// CHECK-NEXT:   return %3
// CHECK-LABEL: function @7 top() params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_env %0, 0, 0
// CHECK-NEXT:   return %1
