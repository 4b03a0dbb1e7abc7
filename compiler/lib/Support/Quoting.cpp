//===- Quoting.cpp - Quoted strings in compiler dumps ---------------------===//
//
// The one string-quoting routine of the compiler's dumps.
//
//===----------------------------------------------------------------------===//
#include "kiln/Support/Quoting.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace kiln;

void kiln::writeQuoted(llvm::raw_ostream &os, llvm::StringRef s,
                       NonASCIIStyle style) {
  os << '"';
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
    case '"':
      os << "\\\"";
      continue;
    case '\\':
      os << "\\\\";
      continue;
    case '\n':
      os << "\\n";
      continue;
    case '\r':
      os << "\\r";
      continue;
    case '\t':
      os << "\\t";
      continue;
    default:
      break;
    }
    if (c < 0x20 || c == 0x7F ||
        (c >= 0x80 && style == NonASCIIStyle::Escape)) {
      os << "\\x" << llvm::format_hex_no_prefix(c, 2, /*Upper=*/true);
    } else if (c == 0xED && i + 2 < s.size() &&
               (static_cast<unsigned char>(s[i + 1]) & 0xE0) == 0xA0) {
      unsigned cp = ((c & 0x0F) << 12) |
                    ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                    (static_cast<unsigned char>(s[i + 2]) & 0x3F);
      os << "\\u" << llvm::format_hex_no_prefix(cp, 4, /*Upper=*/true);
      i += 2;
    } else {
      os << char(c);
    }
  }
  os << '"';
}
