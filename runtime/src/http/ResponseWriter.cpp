//===- ResponseWriter.cpp - HTTP/1.1 response serialization ---------------===//
//
// The status line with its reason phrase from StatusCodes.def, validated
// header fields, Content-Length or chunked framing, and the IMF-fixdate
// `Date` value computed from the epoch seconds without the C library's
// locale- or time-zone-dependent formatting.
//
//===----------------------------------------------------------------------===//
#include "http/ResponseWriter.h"

#include <string.h>

namespace kiln::http {

const char *statusReason(int status) {
  switch (status) {
#define KILN_HTTP_STATUS(Code, Reason)                                         \
  case Code:                                                                   \
    return Reason;
#include "http/StatusCodes.def"
  default:
    return "";
  }
}

void formatHttpDate(time_t now, char *out) {
  static const char kDays[] = "ThuFriSatSunMonTueWed"; // 1970-01-01: Thu
  static const char kMonths[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  int64_t seconds = int64_t(now);
  int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  int64_t secondOfDay = seconds - days * 86400;
  int weekday = int(((days % 7) + 7) % 7);
  // Civil date from days since the epoch (proleptic Gregorian calendar).
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t dayOfEra = z - era * 146097;
  int64_t yearOfEra =
      (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
  int64_t dayOfYear =
      dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
  int64_t mp = (5 * dayOfYear + 2) / 153;
  int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
  int month = int(mp < 10 ? mp + 3 : mp - 9);
  int64_t year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0)
    year = 0;
  if (year > 9999)
    year = 9999;
  int hour = int(secondOfDay / 3600), minute = int(secondOfDay / 60 % 60),
      second = int(secondOfDay % 60);
  char *p = out;
  memcpy(p, kDays + 3 * weekday, 3);
  p += 3;
  *p++ = ',';
  *p++ = ' ';
  *p++ = char('0' + day / 10);
  *p++ = char('0' + day % 10);
  *p++ = ' ';
  memcpy(p, kMonths + 3 * (month - 1), 3);
  p += 3;
  *p++ = ' ';
  *p++ = char('0' + year / 1000);
  *p++ = char('0' + year / 100 % 10);
  *p++ = char('0' + year / 10 % 10);
  *p++ = char('0' + year % 10);
  *p++ = ' ';
  *p++ = char('0' + hour / 10);
  *p++ = char('0' + hour % 10);
  *p++ = ':';
  *p++ = char('0' + minute / 10);
  *p++ = char('0' + minute % 10);
  *p++ = ':';
  *p++ = char('0' + second / 10);
  *p++ = char('0' + second % 10);
  memcpy(p, " GMT", 5);
}

const char *DateCache::format(time_t now) {
  if (now != second_) {
    formatHttpDate(now, text_);
    second_ = now;
  }
  return text_;
}

bool ResponseWriter::fits(size_t length) {
  if (overflowed_ || length > capacity_ - size_) {
    overflowed_ = true;
    return false;
  }
  return true;
}

bool ResponseWriter::append(const void *data, size_t length) {
  if (!fits(length))
    return false;
  if (length)
    memcpy(buffer_ + size_, data, length);
  size_ += length;
  return true;
}

namespace {

/// Decimal digits of `n` into the end of `out[0, 20)`; returns the start.
char *formatDecimal(uint64_t n, char *end) {
  do {
    *--end = char('0' + n % 10);
    n /= 10;
  } while (n);
  return end;
}

bool isTokenChar(uint8_t c) {
  if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
    return true;
  return c != 0 && strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

} // namespace

bool ResponseWriter::statusLine(int status) {
  if (status < 100 || status > 999)
    return false;
  const char *reason = statusReason(status);
  size_t reasonLength = strlen(reason);
  char line[16] = {'H',
                   'T',
                   'T',
                   'P',
                   '/',
                   '1',
                   '.',
                   '1',
                   ' ',
                   char('0' + status / 100),
                   char('0' + status / 10 % 10),
                   char('0' + status % 10),
                   ' '};
  if (!fits(13 + reasonLength + 2))
    return false;
  append(line, 13);
  append(reason, reasonLength);
  return append("\r\n", 2);
}

bool ResponseWriter::header(const char *name, size_t nameLength,
                            const char *value, size_t valueLength) {
  if (nameLength == 0)
    return false;
  for (size_t i = 0; i < nameLength; ++i)
    if (!isTokenChar(uint8_t(name[i])))
      return false;
  for (size_t i = 0; i < valueLength; ++i)
    if (value[i] == '\r' || value[i] == '\n' || value[i] == 0)
      return false;
  if (!fits(nameLength + 2 + valueLength + 2))
    return false;
  append(name, nameLength);
  append(": ", 2);
  append(value, valueLength);
  return append("\r\n", 2);
}

bool ResponseWriter::header(const char *name, const char *value) {
  return header(name, strlen(name), value, strlen(value));
}

bool ResponseWriter::contentLength(uint64_t length) {
  char digits[20];
  char *begin = formatDecimal(length, digits + 20);
  return header("Content-Length", 14, begin, size_t(digits + 20 - begin));
}

bool ResponseWriter::chunkedEncoding() {
  return header("Transfer-Encoding", 17, "chunked", 7);
}

bool ResponseWriter::date(DateCache &cache, time_t now) {
  return header("Date", 4, cache.format(now), DateCache::kLength);
}

bool ResponseWriter::endHead() { return append("\r\n", 2); }

bool ResponseWriter::body(const void *data, size_t length) {
  return append(data, length);
}

bool ResponseWriter::chunk(const void *data, size_t length) {
  if (length == 0)
    return !overflowed_;
  char size[20];
  int n = 0;
  for (size_t rest = length; rest; rest >>= 4)
    ++n;
  for (int i = n - 1, k = 0; i >= 0; --i, ++k)
    size[k] = "0123456789abcdef"[(length >> (4 * i)) & 15];
  if (!fits(size_t(n) + 2 + length + 2))
    return false;
  append(size, size_t(n));
  append("\r\n", 2);
  append(data, length);
  return append("\r\n", 2);
}

bool ResponseWriter::lastChunk() { return append("0\r\n\r\n", 5); }

} // namespace kiln::http
