//===- Runtime.h - The kiln_rt_* C ABI ---------------------------*- C -*-===//
//
// The functions through which the bytecode VM and LLVM-generated native code
// perform every JavaScript operation. Each is implemented once, in the
// runtime library; generated code inlines only the fast paths documented in
// Value.h and ObjectLayout.h and calls these otherwise. Conventions:
//   - every value is a KilnValue; the first argument is the worker's
//     KilnRuntime (except for pure functions that cannot throw or allocate);
//   - a function that throws stores the exception in the runtime and returns
//     KILN_VALUE_EXCEPTION; the caller unwinds to its handler and takes the
//     exception with kiln_rt_take_exception;
//   - any function taking a KilnRuntime may allocate and so collect: values
//     the caller needs afterwards must be in a root (root stack or registered
//     range); the arguments themselves are kept alive by the callee.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_RUNTIME_H
#define KILN_RUNTIME_H

#include "kiln/ObjectLayout.h"
#include "kiln/Value.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct KilnRuntime KilnRuntime;

// --- Lifetime and exceptions ------------------------------------------------

/// A runtime with its own heap capped at \p heapLimitBytes (0: the default
/// KILN_DEFAULT_HEAP_LIMIT). One per worker thread; never shared.
KilnRuntime *kiln_rt_create(size_t heapLimitBytes);
void kiln_rt_destroy(KilnRuntime *rt);
/// Whether an exception is pending, and taking it (EMPTY when none).
int kiln_rt_has_exception(KilnRuntime *rt);
KilnValue kiln_rt_take_exception(KilnRuntime *rt);
/// `throw value`: always returns KILN_VALUE_EXCEPTION.
KilnValue kiln_rt_throw(KilnRuntime *rt, KilnValue value);
void kiln_rt_collect(KilnRuntime *rt);
/// Collect before every allocation (slow; finds missing roots). See Config.h.
void kiln_rt_set_gc_stress(KilnRuntime *rt, int on);
/// Root stack: push returns a slot whose address is stable until popped.
KilnValue *kiln_rt_push_root(KilnRuntime *rt, KilnValue v);
size_t kiln_rt_root_depth(KilnRuntime *rt);
void kiln_rt_pop_roots(KilnRuntime *rt, size_t depth);
/// Registers [begin, begin+count) as roots (VM register files, globals).
int kiln_rt_add_root_range(KilnRuntime *rt, KilnValue *begin, size_t count);
void kiln_rt_remove_root_range(KilnRuntime *rt, KilnValue *begin);

// --- Strings ----------------------------------------------------------------

KilnValue kiln_rt_string_from_utf8(KilnRuntime *rt, const char *bytes,
                                   size_t length);
/// The atom (interned string) for UTF-8 text: property keys in code.
KilnValue kiln_rt_atom_from_utf8(KilnRuntime *rt, const char *bytes,
                                 size_t length);
/// UTF-8 bytes a string needs, and writing them (no terminator).
size_t kiln_rt_string_utf8_length(KilnRuntime *rt, KilnValue string);
KilnValue kiln_rt_string_write_utf8(KilnRuntime *rt, KilnValue string,
                                    char *out);

// --- Conversions ------------------------------------------------------------

int kiln_rt_to_boolean(KilnValue v);
KilnValue kiln_rt_to_number(KilnRuntime *rt, KilnValue v);
KilnValue kiln_rt_to_string(KilnRuntime *rt, KilnValue v);
KilnValue kiln_rt_to_int32(KilnRuntime *rt, KilnValue v);
KilnValue kiln_rt_to_uint32(KilnRuntime *rt, KilnValue v);
int32_t kiln_rt_double_to_int32(double d);
/// ToPropertyKey: an array index as a number, else an atom or symbol.
KilnValue kiln_rt_to_property_key(KilnRuntime *rt, KilnValue v);
/// The typeof string.
KilnValue kiln_rt_typeof(KilnRuntime *rt, KilnValue v);

// --- Operators --------------------------------------------------------------

KilnValue kiln_rt_add(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_sub(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_mul(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_div(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_mod(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_exp(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_bitand(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_bitor(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_bitxor(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_shl(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_shr(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_ushr(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_neg(KilnRuntime *rt, KilnValue a);
KilnValue kiln_rt_bitnot(KilnRuntime *rt, KilnValue a);
KilnValue kiln_rt_less_than(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_less_equal(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_greater_than(KilnRuntime *rt, KilnValue a, KilnValue b);
KilnValue kiln_rt_greater_equal(KilnRuntime *rt, KilnValue a, KilnValue b);
/// ===, SameValue, SameValueZero: pure, never throw.
KilnValue kiln_rt_strict_equals(KilnValue a, KilnValue b);
KilnValue kiln_rt_same_value(KilnValue a, KilnValue b);
KilnValue kiln_rt_same_value_zero(KilnValue a, KilnValue b);
/// ==
KilnValue kiln_rt_loose_equals(KilnRuntime *rt, KilnValue a, KilnValue b);

// --- Objects ----------------------------------------------------------------

KilnValue kiln_rt_new_object(KilnRuntime *rt);
KilnValue kiln_rt_new_array(KilnRuntime *rt, uint32_t capacity);
/// object.key where \p key is an atom (or symbol) value, through \p cache.
KilnValue kiln_rt_get_prop_ic(KilnRuntime *rt, KilnValue object, KilnValue key,
                              KilnPropertyCache *cache);
/// object.key = value (strict mode); returns value or EXCEPTION.
KilnValue kiln_rt_put_prop_ic(KilnRuntime *rt, KilnValue object, KilnValue key,
                              KilnValue value, KilnPropertyCache *cache);
/// object[key] with any key value.
KilnValue kiln_rt_get_elem(KilnRuntime *rt, KilnValue object, KilnValue key);
KilnValue kiln_rt_put_elem(KilnRuntime *rt, KilnValue object, KilnValue key,
                           KilnValue value);
/// delete object[key] (strict mode): TRUE or EXCEPTION.
KilnValue kiln_rt_delete_elem(KilnRuntime *rt, KilnValue object, KilnValue key);
/// kiln_rt_load_global through \p cache (a LoadGlobal site's).
KilnValue kiln_rt_load_global_ic(KilnRuntime *rt, KilnValue name,
                                 KilnPropertyCache *cache);

// --- Operations of KIR instructions -----------------------------------------

/// A new environment record of \p slots uninitialized (EMPTY) bindings whose
/// parent is \p parent (an environment or undefined).
KilnValue kiln_rt_create_env(KilnRuntime *rt, KilnValue parent, uint32_t slots);
/// Global bindings by atom: ReferenceError when the name is not defined.
KilnValue kiln_rt_load_global(KilnRuntime *rt, KilnValue name);
KilnValue kiln_rt_store_global(KilnRuntime *rt, KilnValue name,
                               KilnValue value);
KilnValue kiln_rt_typeof_global(KilnRuntime *rt, KilnValue name);
/// Always EXCEPTION: the ReferenceError / TypeError naming the binding.
KilnValue kiln_rt_throw_tdz(KilnRuntime *rt, KilnValue name);
KilnValue kiln_rt_throw_const_assign(KilnRuntime *rt, KilnValue name);
KilnValue kiln_rt_not(KilnValue v);
KilnValue kiln_rt_to_numeric(KilnRuntime *rt, KilnValue v);
KilnValue kiln_rt_inc(KilnRuntime *rt, KilnValue v);
KilnValue kiln_rt_dec(KilnRuntime *rt, KilnValue v);
/// `key in object`, `value instanceof target`.
KilnValue kiln_rt_in(KilnRuntime *rt, KilnValue key, KilnValue object);
KilnValue kiln_rt_instanceof(KilnRuntime *rt, KilnValue value,
                             KilnValue target);
/// Own data properties of literals (no setters run).
KilnValue kiln_rt_define_prop(KilnRuntime *rt, KilnValue object, KilnValue name,
                              KilnValue value);
KilnValue kiln_rt_define_elem(KilnRuntime *rt, KilnValue object, KilnValue key,
                              KilnValue value);
KilnValue kiln_rt_define_index(KilnRuntime *rt, KilnValue array, uint32_t index,
                               KilnValue value);
KilnValue kiln_rt_array_append(KilnRuntime *rt, KilnValue array,
                               KilnValue value);
KilnValue kiln_rt_array_append_hole(KilnRuntime *rt, KilnValue array);
/// Appends every value the iterable yields (see kiln_rt_get_iterator).
KilnValue kiln_rt_array_append_spread(KilnRuntime *rt, KilnValue array,
                                      KilnValue iterable);
KilnValue kiln_rt_copy_data_properties(KilnRuntime *rt, KilnValue target,
                                       KilnValue source);
KilnValue kiln_rt_delete_prop(KilnRuntime *rt, KilnValue object,
                              KilnValue name);
/// Calls and `new` from native code (the VM runs bytecode callees).
KilnValue kiln_rt_call(KilnRuntime *rt, KilnValue callee, KilnValue thisValue,
                       const KilnValue *args, uint32_t argc);
KilnValue kiln_rt_construct(KilnRuntime *rt, KilnValue callee,
                            const KilnValue *args, uint32_t argc);
/// A copy of an environment record (a fresh per-iteration binding set).
KilnValue kiln_rt_copy_env(KilnRuntime *rt, KilnValue env);
/// TypeError for undefined and null (destructuring); else TRUE.
KilnValue kiln_rt_require_object_coercible(KilnRuntime *rt, KilnValue v);
/// Object rest: copies enumerable own properties whose keys are not among
/// the elements of the array \p excluded.
KilnValue kiln_rt_copy_data_properties_except(KilnRuntime *rt, KilnValue target,
                                              KilnValue source,
                                              KilnValue excluded);
/// The arguments of the running call as an array.
KilnValue kiln_rt_create_arguments(KilnRuntime *rt, const KilnValue *args,
                                   uint32_t argc);
/// Iteration (for-of): a record; step is TRUE when done, else FALSE with
/// the value kept for iterator_value.
KilnValue kiln_rt_get_iterator(KilnRuntime *rt, KilnValue iterable);
KilnValue kiln_rt_iterator_step(KilnRuntime *rt, KilnValue iter);
KilnValue kiln_rt_iterator_value(KilnRuntime *rt, KilnValue iter);
KilnValue kiln_rt_iterator_close(KilnRuntime *rt, KilnValue iter);
KilnValue kiln_rt_iterator_close_abrupt(KilnRuntime *rt, KilnValue iter);
/// for-in: an enumerator, then each key still present (undefined at end).
KilnValue kiln_rt_for_in_keys(KilnRuntime *rt, KilnValue object);
KilnValue kiln_rt_for_in_next(KilnRuntime *rt, KilnValue enumerator);
/// A new array of args[from..argc).
KilnValue kiln_rt_rest_params(KilnRuntime *rt, const KilnValue *args,
                              uint32_t argc, uint32_t from);

// --- Classes, methods and private names (ClassDefinitionEvaluation) ---------

/// Makes the closure \p constructor a class constructor: its prototype
/// object (inheriting from \p heritage's `prototype`, or Object.prototype
/// when \p heritage is EMPTY, or null), its [[Prototype]] (\p heritage or
/// Function.prototype) and home object. Returns \p constructor.
KilnValue kiln_rt_define_class(KilnRuntime *rt, KilnValue constructor,
                               KilnValue heritage);
/// A method of \p object under \p key (enumerable for object literals);
/// \p fn's home object becomes \p object and an unnamed \p fn is named
/// after the key. TRUE or EXCEPTION.
KilnValue kiln_rt_define_method(KilnRuntime *rt, KilnValue object,
                                KilnValue key, KilnValue fn,
                                uint32_t enumerable);
/// The getter (kind bit 0 clear) or setter (bit 0 set) half of an accessor,
/// enumerable when kind bit 1 is set. TRUE or EXCEPTION.
KilnValue kiln_rt_define_accessor(KilnRuntime *rt, KilnValue object,
                                  KilnValue key, KilnValue fn, uint32_t kind);
void kiln_rt_set_home_object(KilnRuntime *rt, KilnValue fn, KilnValue home);
void kiln_rt_set_field_initializer(KilnRuntime *rt, KilnValue constructor,
                                   KilnValue fn);
/// InitializeInstanceElements: runs \p constructor's field initializer on
/// \p thisValue. TRUE or EXCEPTION.
KilnValue kiln_rt_init_fields(KilnRuntime *rt, KilnValue constructor,
                              KilnValue thisValue);
/// CreateDataPropertyOrThrow for a public field. TRUE or EXCEPTION.
KilnValue kiln_rt_define_field(KilnRuntime *rt, KilnValue object, KilnValue key,
                               KilnValue value);
/// super(...args): constructs the [[Prototype]] of \p activeFunction with
/// \p newTarget; the new `this` or EXCEPTION.
KilnValue kiln_rt_super_call(KilnRuntime *rt, KilnValue activeFunction,
                             KilnValue newTarget, const KilnValue *args,
                             uint32_t argc);
KilnValue kiln_rt_super_call_with_array(KilnRuntime *rt,
                                        KilnValue activeFunction,
                                        KilnValue newTarget, KilnValue args);
/// ReferenceError unless \p thisValue is EMPTY (super() called twice).
KilnValue kiln_rt_check_this_unbound(KilnRuntime *rt, KilnValue thisValue);
/// The value a derived constructor returns \p value with.
KilnValue kiln_rt_derived_ctor_result(KilnRuntime *rt, KilnValue value,
                                      KilnValue thisValue);
/// super[key] with receiver \p thisValue, where \p home is the running
/// method's home object; put returns TRUE or EXCEPTION.
KilnValue kiln_rt_get_super(KilnRuntime *rt, KilnValue home, KilnValue key,
                            KilnValue thisValue);
KilnValue kiln_rt_put_super(KilnRuntime *rt, KilnValue home, KilnValue key,
                            KilnValue thisValue, KilnValue value);
/// A new Private Name described by the atom \p description (without '#').
KilnValue kiln_rt_create_private_name(KilnRuntime *rt, KilnValue description);
KilnValue kiln_rt_get_private(KilnRuntime *rt, KilnValue object,
                              KilnValue name);
KilnValue kiln_rt_put_private(KilnRuntime *rt, KilnValue object, KilnValue name,
                              KilnValue value);
KilnValue kiln_rt_define_private_field(KilnRuntime *rt, KilnValue object,
                                       KilnValue name, KilnValue value);
/// Attaches a private method (kind 0), getter (1) or setter (2) to \p name.
KilnValue kiln_rt_set_private_method(KilnRuntime *rt, KilnValue name,
                                     KilnValue fn, uint32_t kind);
/// Gives \p object the private method or accessor of \p name.
KilnValue kiln_rt_add_private_methods(KilnRuntime *rt, KilnValue object,
                                      KilnValue name);
/// `#name in object`.
KilnValue kiln_rt_private_in(KilnRuntime *rt, KilnValue name, KilnValue object);
/// `__proto__: value` in an object literal.
void kiln_rt_set_literal_proto(KilnRuntime *rt, KilnValue object,
                               KilnValue value);
/// Names the anonymous function \p fn after the property key \p key.
/// TRUE or EXCEPTION.
KilnValue kiln_rt_set_function_name(KilnRuntime *rt, KilnValue fn,
                                    KilnValue key);
/// The ReferenceError of `delete super.x`: always EXCEPTION.
KilnValue kiln_rt_throw_delete_super(KilnRuntime *rt);

/// Tagged templates: GetTemplateObject. \p strings holds the site's \p count
/// cooked strings (undefined for an invalid escape), then its \p count raw
/// strings. The first call fills the rooted slot \p site (undefined before)
/// with the frozen template object; every call returns the slot's object.
/// EXCEPTION only when out of memory.
KilnValue kiln_rt_get_template_object(KilnRuntime *rt, KilnValue *site,
                                      const KilnValue *strings, uint32_t count);

#ifdef __cplusplus
}
#endif

#endif // KILN_RUNTIME_H
