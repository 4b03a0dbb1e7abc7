//===- StringBuilder.h - Building a string in linear time -------*- C++ -*-===//
//
// StringBuilder accumulates code units outside the GC heap (a realloc'd
// buffer that doubles) and makes one flat string at the end, so producing a
// string of n code units costs O(n) whatever the number of appends. It
// starts one-byte (Latin-1) and widens to UTF-16 the first time a code unit
// above 0xFF arrives, so the result is a one-byte string whenever possible.
// Appends never fail visibly: running out of memory (or past
// kMaxStringLength) sets a flag that finish() reports as the runtime's
// out-of-memory exception or RangeError. Nothing here is GC-managed, so the
// builder needs no rooting.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_STRING_STRINGBUILDER_H
#define KILN_STRING_STRINGBUILDER_H

#include "core/Runtime.h"
#include "string/String.h"

#include <stdlib.h>
#include <string.h>

namespace kiln {

class StringBuilder {
public:
  StringBuilder() = default;
  ~StringBuilder() { free(data_); }
  StringBuilder(const StringBuilder &) = delete;
  StringBuilder &operator=(const StringBuilder &) = delete;

  /// Code units appended so far.
  size_t length() const { return length_; }
  bool isOneByte() const { return !wide_; }
  /// True once an append failed (out of memory or too long).
  bool failed() const { return failed_; }

  /// Ensures room for \p extra more code units; false after failing.
  bool reserve(size_t extra) {
    if (capacity_ - length_ >= extra)
      return true;
    return grow(extra);
  }

  /// Appends one code unit.
  void append(uint16_t unit) {
    if (unit > 0xFF && !wide_ && !widen())
      return;
    if (length_ == capacity_ && !grow(1))
      return;
    if (wide_)
      static_cast<uint16_t *>(data_)[length_++] = unit;
    else
      static_cast<uint8_t *>(data_)[length_++] = uint8_t(unit);
  }
  /// Appends Latin-1 (or ASCII) bytes.
  void appendLatin1(const uint8_t *chars, size_t n) {
    if (!reserve(n))
      return;
    if (wide_) {
      uint16_t *out = static_cast<uint16_t *>(data_) + length_;
      for (size_t i = 0; i < n; ++i)
        out[i] = chars[i];
    } else {
      memcpy(static_cast<uint8_t *>(data_) + length_, chars, n);
    }
    length_ += n;
  }
  void appendAscii(const char *text, size_t n) {
    appendLatin1(reinterpret_cast<const uint8_t *>(text), n);
  }
  void appendAscii(const char *text) { appendAscii(text, strlen(text)); }
  /// Appends UTF-16 code units.
  void appendUtf16(const uint16_t *units, size_t n) {
    if (!wide_) {
      size_t i = 0;
      while (i < n && units[i] <= 0xFF)
        ++i;
      if (i == n) {
        if (!reserve(n))
          return;
        uint8_t *out = static_cast<uint8_t *>(data_) + length_;
        for (size_t j = 0; j < n; ++j)
          out[j] = uint8_t(units[j]);
        length_ += n;
        return;
      }
      if (!widen())
        return;
    }
    if (!reserve(n))
      return;
    memcpy(static_cast<uint16_t *>(data_) + length_, units, n * 2);
    length_ += n;
  }
  /// Appends the code units of a flat string's view.
  void appendView(StringView view) {
    if (view.oneByte)
      appendLatin1(view.bytes(), view.length);
    else
      appendUtf16(view.units(), view.length);
  }
  /// Appends a string (flattening a rope); false after raising OOM.
  bool appendString(Runtime &rt, StringCell *s) {
    StringCell *flat = flattenString(rt, s);
    if (!flat)
      return false;
    appendView(viewFlat(flat));
    return true;
  }

  /// Raw access for tight loops: after reserve(n) succeeded, one-byte
  /// builders may write n bytes at oneByteTail() and then commit(n).
  uint8_t *oneByteTail() { return static_cast<uint8_t *>(data_) + length_; }
  uint16_t *twoByteTail() { return static_cast<uint16_t *>(data_) + length_; }
  void commit(size_t n) { length_ += n; }

  /// The string built so far; null after raising (OOM, or a RangeError
  /// "Invalid string length" past kMaxStringLength).
  StringCell *finish(Runtime &rt) {
    if (failed_ || length_ > kMaxStringLength) {
      if (tooLong_ || length_ > kMaxStringLength)
        rt.raise(ErrorKind::RangeError, "Invalid string length");
      else
        rt.raiseOutOfMemory();
      return nullptr;
    }
    if (length_ == 0)
      return rt.emptyString();
    if (!wide_)
      return newStringFromLatin1(rt, static_cast<uint8_t *>(data_),
                                 uint32_t(length_));
    TwoByteString *s = newTwoByteString(rt, uint32_t(length_));
    if (s)
      memcpy(s->chars, data_, length_ * 2);
    return s;
  }

private:
  bool grow(size_t extra) {
    if (failed_)
      return false;
    size_t needed = length_ + extra;
    if (needed > kMaxStringLength) {
      failed_ = tooLong_ = true;
      return false;
    }
    size_t capacity = capacity_ ? capacity_ * 2 : 64;
    if (capacity < needed)
      capacity = needed;
    void *grown = realloc(data_, capacity * (wide_ ? 2 : 1));
    if (!grown) {
      failed_ = true;
      return false;
    }
    data_ = grown;
    capacity_ = capacity;
    return true;
  }
  bool widen() {
    if (failed_)
      return false;
    size_t capacity = capacity_ < 64 ? 64 : capacity_;
    uint16_t *wide = static_cast<uint16_t *>(malloc(capacity * 2));
    if (!wide) {
      failed_ = true;
      return false;
    }
    const uint8_t *narrow = static_cast<const uint8_t *>(data_);
    for (size_t i = 0; i < length_; ++i)
      wide[i] = narrow[i];
    free(data_);
    data_ = wide;
    capacity_ = capacity;
    wide_ = true;
    return true;
  }

  void *data_ = nullptr;
  size_t length_ = 0;
  size_t capacity_ = 0;
  bool wide_ = false;
  bool failed_ = false;
  bool tooLong_ = false;
};

} // namespace kiln

#endif // KILN_STRING_STRINGBUILDER_H
