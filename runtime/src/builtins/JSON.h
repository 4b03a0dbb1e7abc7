//===- JSON.h - JSON parsing and serialization for the runtime --*- C++ -*-===//
//
// The JSON object's two algorithms as internal entry points (parser in
// JSONParse.cpp, serializer in JSONStringify.cpp, the JSON object's
// functions in JSON.cpp), so that other parts of the runtime (the Fetch API's
// `Request.json()` and `Response.json()`) share the exact code behind
// `JSON.parse` and `JSON.stringify`. The parser is a strict RFC 8259 / ECMA-404
// parser with an explicit container stack (no C recursion, so nesting depth is
// bounded only by the heap); serialization recurses and stops at kJSONMaxDepth
// with node's "Maximum call stack size exceeded" RangeError.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BUILTINS_JSON_H
#define KILN_BUILTINS_JSON_H

#include "core/Runtime.h"
#include "gc/Heap.h"
#include "string/String.h"

namespace kiln {

/// Deepest nesting JSON.stringify and JSON.parse's reviver walk handle
/// (each level is a C++ call); deeper raises a RangeError.
constexpr uint32_t kJSONMaxDepth = 5000;

/// JSON.parse(text) without a reviver: the value, or EXCEPTION after a
/// SyntaxError naming the position ("Unexpected token } in JSON at
/// position 9").
KilnValue parseJSON(Runtime &rt, StringCell *text);

/// JSON.stringify(value) with no replacer and no indentation: a string,
/// undefined when \p value is not serializable, or EXCEPTION.
KilnValue stringifyJSON(Runtime &rt, KilnValue value);

/// The serializer with JSON.stringify's arguments already processed:
/// \p replacer is callable or undefined, \p propertyList holds the
/// replacer array's keys as atoms (or is null), \p gap is a flat string of
/// at most ten code units (empty: compact output).
KilnValue serializeJSON(Runtime &rt, KilnValue value, KilnValue replacer,
                        ValueArray *propertyList, StringCell *gap);

} // namespace kiln

#endif // KILN_BUILTINS_JSON_H
