//===- smoke.cpp - Proof that libkiln-rt.a links and runs freestanding ----===//
//
// A small program linked against libkiln-rt.a with no C++ standard library
// (-nostdlib++), built for the host and, fully static, for every musl target
// (the aarch64 build runs under qemu-aarch64). It exercises the runtime code
// that exists and the third-party code folded into the archive: NaN-boxed
// values, the garbage-collected heap (reclaiming garbage, keeping rooted data,
// GC-stress mode), strings (ropes built in linear time, UTF-8), JavaScript
// operations through the kiln_rt_* C ABI that generated code calls, the C++
// support symbols the runtime provides (operator new/delete, virtual calls,
// static locals without guards), shortest round-trip number formatting and
// strtod from double-conversion, and deflate/inflate, gzip and CRC-32 from
// zlib. Every line it prints is target-independent: scripts/run-tests.py
// compares the output of each target with expected-output.txt, and the exit
// status is 0 only if every check held.
//
//===----------------------------------------------------------------------===//
#include "core/Runtime.h"
#include "gc/Heap.h"
#include "kiln/Runtime.h"
#include "kiln/Value.h"
#include "string/String.h"

#include "double-conversion/double-to-string.h"
#include "double-conversion/strtod.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

using namespace kiln;

namespace {

int failures = 0;

/// Records a failed expectation as "FAIL <what>: expected <e>, got <g>".
void expectEq(const char *what, const char *expected, const char *got) {
  if (strcmp(expected, got) != 0) {
    printf("FAIL %s: expected \"%s\", got \"%s\"\n", what, expected, got);
    ++failures;
  }
}
void expectEq(const char *what, unsigned long long expected,
              unsigned long long got) {
  if (expected != got) {
    printf("FAIL %s: expected %llu, got %llu\n", what, expected, got);
    ++failures;
  }
}
void expectTrue(const char *what, bool cond) {
  if (!cond) {
    printf("FAIL %s\n", what);
    ++failures;
  }
}

// --- NaN-boxed values ------------------------------------------------------

void checkValues() {
  KilnValue sum = makeNumber(0.1 + 0.2);
  expectTrue("0.1+0.2 is boxed as a double", isDouble(sum) && isNumber(sum));
  expectTrue("42.0 is boxed as an int32", isInt32(makeNumber(42.0)));
  expectTrue("-0 stays a double", isDouble(makeNumber(-0.0)));
  expectTrue("NaN is canonical", makeDouble(0.0 / 0.0) == KILN_CANONICAL_NAN);
  expectEq("int32 round trip", 0xFFFFFFF9ull,
           (unsigned long long)(uint32_t)asInt32(makeInt32(-7)));
  expectTrue("null and undefined are nullish", isNullish(makeNull()) &&
                                                   isNullish(makeUndefined()) &&
                                                   !isNullish(makeBool(false)));
  printf("values: 0.1+0.2 double, 42 int32, -0 double, NaN canonical\n");
}

// --- The garbage-collected heap --------------------------------------------

/// A rooted singly linked chain of two-slot arrays holding 0..n-1.
ValueArray *buildChain(Heap &heap, RootScope &scope, int n) {
  ValueArray *head = nullptr;
  for (int i = 0; i < n; ++i) {
    ValueArray *node = scope.keep(ValueArray::create(heap, 2));
    if (!node)
      return nullptr;
    node->values[0] = head ? makePointer(KILN_TAG_CELL, head) : makeNull();
    node->values[1] = makeInt32(i);
    head = node;
  }
  return head;
}

/// Sums the chain's payloads, or -1 if the chain is damaged.
long long sumChain(ValueArray *head) {
  long long sum = 0;
  for (ValueArray *n = head; n;) {
    if (!isInt32(n->values[1]))
      return -1;
    sum += asInt32(n->values[1]);
    n = isNull(n->values[0])
            ? nullptr
            : reinterpret_cast<ValueArray *>(asCell(n->values[0]));
  }
  return sum;
}

void checkHeap() {
  Heap heap;
  RootScope scope(heap);
  ValueArray *chain = buildChain(heap, scope, 1000);
  for (int i = 0; i < 100000; ++i)
    ValueArray::create(heap, uint32_t(i % 16));
  heap.collect();
  expectEq("live cells after collecting", 1000, heap.stats().allocatedCells);
  expectEq("chain sum", 499500, sumChain(chain));
  printf("gc: 100000 garbage arrays reclaimed, 1000 rooted survive, sum %lld\n",
         sumChain(chain));

  HeapConfig stress;
  stress.gcStress = true;
  Heap stressed(stress);
  RootScope stressScope(stressed);
  ValueArray *survivor = buildChain(stressed, stressScope, 300);
  expectTrue("gc stress collects on every allocation",
             stressed.stats().collections >= 300);
  expectEq("chain sum under gc stress", 44850, sumChain(survivor));
  printf("gc stress: 300 allocations, chain sum %lld\n", sumChain(survivor));
}

// --- Strings ----------------------------------------------------------------

/// The UTF-8 encoding of \p s in \p out (NUL-terminated), or "" on failure.
const char *toUtf8(Runtime &rt, StringCell *s, char *out, size_t size) {
  StringCell *flat = flattenString(rt, s);
  if (!flat || utf8Length(flat) >= size)
    return "";
  writeUtf8(flat, out);
  out[utf8Length(flat)] = 0;
  return out;
}

void checkStrings() {
  Runtime rt;
  RootScope scope(rt.heap);
  KilnValue *acc = scope.keep(stringValue(rt.emptyString()));
  StringCell *piece = scope.keep(newStringFromAscii(rt, "ab"));
  const uint32_t appends = 100000;
  for (uint32_t i = 0; i < appends && piece; ++i) {
    StringCell *next = concatStrings(rt, asString(*acc), piece);
    if (!next)
      break;
    *acc = stringValue(next);
  }
  StringCell *flat = flattenString(rt, asString(*acc));
  expectTrue("appended string flattens", flat != nullptr);
  if (flat) {
    expectEq("appended length", 2 * appends, flat->length);
    expectTrue("Latin-1 stays one-byte", flat->isOneByte());
    StringView view = viewFlat(flat);
    expectTrue("appended contents",
               view.at(0) == 'a' && view.at(2 * appends - 1) == 'b');
  }
  expectTrue("appending is linear",
             rt.stringStats.codeUnitsCopied <= 2ull * appends + 1000);

  static const char text[] = "h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x94\xA5";
  StringCell *decoded = newStringFromUtf8(rt, text, sizeof text - 1);
  char out[64];
  expectTrue("UTF-8 decodes", decoded != nullptr);
  if (decoded) {
    // h é l l o, space, €, space, U+1F525 (a surrogate pair): 10 code units.
    expectEq("UTF-16 length", 10, decoded->length);
    expectEq("UTF-8 round trip", text, toUtf8(rt, decoded, out, sizeof out));
  }
  printf("strings: %u appends -> %u one-byte chars in linear time, utf-8 "
         "round trip\n",
         appends, flat ? flat->length : 0);
}

// --- JavaScript operations through the C ABI --------------------------------

/// kiln_rt_to_string(v) as UTF-8 in \p out, or "<exception>".
const char *jsString(KilnRuntime *rt, KilnValue v, char *out, size_t size) {
  size_t depth = kiln_rt_root_depth(rt);
  KilnValue *s = kiln_rt_push_root(rt, kiln_rt_to_string(rt, v));
  const char *result = "<exception>";
  if (!isException(*s) && kiln_rt_string_utf8_length(rt, *s) < size) {
    size_t length = kiln_rt_string_utf8_length(rt, *s);
    kiln_rt_string_write_utf8(rt, *s, out);
    out[length] = 0;
    result = out;
  }
  kiln_rt_pop_roots(rt, depth);
  return result;
}

KilnValue jsText(KilnRuntime *rt, const char *text) {
  return kiln_rt_string_from_utf8(rt, text, strlen(text));
}

void checkAbi() {
  KilnRuntime *rt = kiln_rt_create(0);
  expectTrue("kiln_rt_create", rt != nullptr);
  if (!rt)
    return;
  char buf[128];
  volatile double a = 0.1, b = 0.2;
  KilnValue sum = kiln_rt_add(rt, makeDouble(a), makeDouble(b));
  const char *sumText = jsString(rt, sum, buf, sizeof buf);
  expectEq("String(0.1 + 0.2)", "0.30000000000000004", sumText);
  printf("abi: 0.1 + 0.2 = %s\n", sumText);

  KilnValue *text = kiln_rt_push_root(rt, jsText(rt, "kiln "));
  KilnValue *joined =
      kiln_rt_push_root(rt, kiln_rt_add(rt, *text, makeInt32(2025)));
  expectEq("\"kiln \" + 2025", "kiln 2025", jsString(rt, *joined, buf, 64));
  KilnValue *padded = kiln_rt_push_root(rt, jsText(rt, " 42 "));
  expectTrue("\" 42 \" == 42",
             kiln_rt_loose_equals(rt, *padded, makeInt32(42)) ==
                 KILN_VALUE_TRUE);
  expectTrue("\" 42 \" !== 42",
             kiln_rt_strict_equals(*padded, makeInt32(42)) == KILN_VALUE_FALSE);
  expectEq("typeof null", "object",
           jsString(rt, kiln_rt_typeof(rt, makeNull()), buf, 64));
  expectEq("String(1e21)", "1e+21", jsString(rt, makeDouble(1e21), buf, 64));

  // o.count = 0; o.count += 1 five times, through one inline cache.
  KilnValue *object = kiln_rt_push_root(rt, kiln_rt_new_object(rt));
  KilnValue *key =
      kiln_rt_push_root(rt, kiln_rt_atom_from_utf8(rt, "count", 5));
  KilnPropertyCache getCache = {}, putCache = {};
  kiln_rt_put_prop_ic(rt, *object, *key, makeInt32(0), &putCache);
  for (int i = 0; i < 5; ++i) {
    KilnValue count = kiln_rt_get_prop_ic(rt, *object, *key, &getCache);
    kiln_rt_put_prop_ic(rt, *object, *key, kiln_rt_add(rt, count, makeInt32(1)),
                        &putCache);
  }
  kiln_rt_collect(rt);
  KilnValue count = kiln_rt_get_prop_ic(rt, *object, *key, &getCache);
  expectEq("o.count after 5 increments", "5", jsString(rt, count, buf, 64));
  expectTrue("inline cache filled", getCache.entries[0].shape != nullptr);

  // undefined.x throws a TypeError, which is pending until taken.
  KilnValue thrown = kiln_rt_get_prop_ic(rt, makeUndefined(), *key, &getCache);
  expectTrue("undefined.count throws",
             isException(thrown) && kiln_rt_has_exception(rt));
  KilnValue exception = kiln_rt_take_exception(rt);
  expectTrue("exception taken",
             !isEmpty(exception) && !kiln_rt_has_exception(rt));
  printf("abi: \"kiln \" + 2025, \" 42 \" == 42, o.count = %s via inline "
         "cache, undefined.count throws\n",
         jsString(rt, count, buf, 64));
  kiln_rt_destroy(rt);
}

// --- C++ support provided by the runtime ------------------------------------

struct Shape {
  virtual ~Shape() = default;
  virtual int area() const = 0;
};
struct Square final : Shape {
  explicit Square(int side) : side(side) {}
  int area() const override { return side * side; }
  int side;
};

int constructed = 0;
struct Counter {
  Counter() { ++constructed; }
};
int touchStatic() {
  static Counter counter; // no __cxa_guard_* under -fno-threadsafe-statics
  (void)counter;
  return constructed;
}

void checkCxxSupport() {
  Shape *shape = new Square(7);
  int area = shape->area();
  delete shape;
  int *numbers = new int[64];
  for (int i = 0; i < 64; ++i)
    numbers[i] = i;
  int last = numbers[63];
  delete[] numbers;
  touchStatic();
  expectEq("virtual call", 49, area);
  expectEq("new[]", 63, last);
  expectEq("static local constructed once", 1, touchStatic());
  printf("c++: new/delete, virtual call 49, static local once\n");
}

// --- double-conversion ------------------------------------------------------

/// ECMAScript Number::toString of \p d, shortest round-trip.
const char *shortest(double d, char *buffer, int size) {
  double_conversion::StringBuilder builder(buffer, size);
  double_conversion::DoubleToStringConverter::EcmaScriptConverter().ToShortest(
      d, &builder);
  return builder.Finalize();
}

void checkNumberFormatting() {
  char buf[64];
  volatile double a = 0.1, b = 0.2; // computed at run time, on the target
  const char *sum = shortest(a + b, buf, sizeof buf);
  expectEq("0.1+0.2", "0.30000000000000004", sum);
  printf("dtoa: 0.1+0.2 = %s\n", sum);

  static const struct {
    double value;
    const char *text;
  } cases[] = {{1e21, "1e+21"},
               {123456789012345680000.0, "123456789012345680000"},
               {-0.0, "0"},
               {5e-324, "5e-324"},
               {1.0 / 3, "0.3333333333333333"},
               {1e-7, "1e-7"},
               {-1.5e300, "-1.5e+300"}};
  for (const auto &c : cases)
    expectEq("shortest", c.text, shortest(c.value, buf, sizeof buf));

  double_conversion::StringBuilder fixed(buf, sizeof buf);
  double_conversion::DoubleToStringConverter::EcmaScriptConverter().ToFixed(
      1.005, 2, &fixed);
  expectEq("(1.005).toFixed(2)", "1.00", fixed.Finalize());

  double parsed = double_conversion::Strtod(
      double_conversion::Vector<const char>("30000000000000004", 17), -17);
  expectTrue("strtod(0.30000000000000004) == 0.1+0.2", parsed == a + b);
  char tiny[32];
  printf("dtoa: 1e21 = %s, 5e-324 = %s, (1.005).toFixed(2) = 1.00, strtod "
         "round-trips\n",
         shortest(1e21, buf, sizeof buf), shortest(5e-324, tiny, sizeof tiny));
}

// --- zlib -------------------------------------------------------------------

void checkZlib() {
  static const char check[] = "123456789";
  unsigned long crc = crc32(0, reinterpret_cast<const Bytef *>(check), 9);
  expectEq("crc32(\"123456789\")", 0xCBF43926ul, crc);

  // 64 KiB of compressible text.
  static unsigned char input[65536], packed[70000], unpacked[65536];
  for (size_t i = 0; i < sizeof input; ++i)
    input[i] = "kiln runtime smoke "[i % 19] + (i / 4096 % 3);
  unsigned long inputCrc = crc32(0, input, sizeof input);

  // zlib format with compress2/uncompress.
  uLongf packedLen = sizeof packed, unpackedLen = sizeof unpacked;
  int status = compress2(packed, &packedLen, input, sizeof input, 9);
  expectEq("compress2 status", Z_OK, status);
  expectTrue("deflate shrinks repetitive text", packedLen < sizeof input / 10);
  status = uncompress(unpacked, &unpackedLen, packed, packedLen);
  expectEq("uncompress status", Z_OK, status);
  expectEq("inflated length", sizeof input, unpackedLen);
  expectEq("crc32 after round trip", inputCrc,
           crc32(0, unpacked, unsigned(unpackedLen)));

  // gzip format (what Content-Encoding: gzip sends) with the stream API.
  z_stream out;
  memset(&out, 0, sizeof out);
  deflateInit2(&out, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8,
               Z_DEFAULT_STRATEGY);
  out.next_in = input;
  out.avail_in = sizeof input;
  out.next_out = packed;
  out.avail_out = sizeof packed;
  status = deflate(&out, Z_FINISH);
  size_t gzipLen = out.total_out;
  deflateEnd(&out);
  expectEq("gzip deflate status", Z_STREAM_END, status);
  expectTrue("gzip magic", packed[0] == 0x1f && packed[1] == 0x8b);

  z_stream in;
  memset(&in, 0, sizeof in);
  inflateInit2(&in, 15 + 32); // detect zlib or gzip
  in.next_in = packed;
  in.avail_in = unsigned(gzipLen);
  in.next_out = unpacked;
  in.avail_out = sizeof unpacked;
  status = inflate(&in, Z_FINISH);
  size_t gunzipLen = in.total_out;
  inflateEnd(&in);
  expectEq("gzip inflate status", Z_STREAM_END, status);
  expectEq("gunzipped crc32", inputCrc,
           crc32(0, unpacked, unsigned(gunzipLen)));
  printf("zlib: crc32(123456789) = %08lx, deflate and gzip round-trip 65536 "
         "bytes\n",
         crc);
}

} // namespace

int main() {
  printf("kiln-rt smoke\n");
  checkValues();
  checkHeap();
  checkStrings();
  checkAbi();
  checkCxxSupport();
  checkNumberFormatting();
  checkZlib();
  if (failures) {
    printf("%d checks failed\n", failures);
    return 1;
  }
  printf("all checks passed\n");
  return 0;
}
