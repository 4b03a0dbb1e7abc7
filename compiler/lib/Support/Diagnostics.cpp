//===- Diagnostics.cpp - Clang-style diagnostics --------------------------===//
//
// Formatting and printing of diagnostics: the location line, the source line
// made safe for a terminal (control bytes and invalid UTF-8 shown as spaces or
// '?'), and a caret line whose columns count characters, not bytes, so the
// caret lines up under multi-byte UTF-8 text.
//
//===----------------------------------------------------------------------===//
#include "kiln/Support/Diagnostics.h"

#include "llvm/Support/raw_ostream.h"

using namespace kiln;

namespace {
struct DiagInfo {
  DiagSeverity severity;
  const char *text;
  const char *name;
};
const DiagInfo kDiagInfos[] = {
#define DIAG(Name, Severity, Text) {DiagSeverity::Severity, Text, #Name},
#include "kiln/Support/DiagnosticKinds.def"
#undef DIAG
};

/// Longest source line printed in full; longer lines are windowed around the
/// caret so a minified 50 MB line does not flood the terminal.
constexpr unsigned kMaxPrintedLine = 160;
} // namespace

DiagSeverity kiln::getDiagSeverity(DiagID id) {
  return kDiagInfos[unsigned(id)].severity;
}
llvm::StringRef kiln::getDiagText(DiagID id) {
  return kDiagInfos[unsigned(id)].text;
}
llvm::StringRef kiln::getDiagName(DiagID id) {
  return kDiagInfos[unsigned(id)].name;
}

DiagnosticEngine::DiagnosticEngine(const SourceManager &sm,
                                   llvm::raw_ostream &os)
    : sm_(sm), os_(os) {}

std::string
DiagnosticEngine::format(DiagID id,
                         std::initializer_list<llvm::StringRef> args) {
  llvm::StringRef text = getDiagText(id);
  std::string out;
  out.reserve(text.size() + 16);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '0' &&
        text[i + 1] <= '9') {
      size_t n = size_t(text[i + 1] - '0');
      if (n < args.size())
        out += args.begin()[n].str();
      ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

void DiagnosticEngine::report(SourceRange range, DiagID id,
                              std::initializer_list<llvm::StringRef> args) {
  DiagSeverity sev = getDiagSeverity(id);
  if (fatal_ || (sev == DiagSeverity::Note && lastDropped_))
    return;
  lastDropped_ = false;
  if (sev == DiagSeverity::Error && errorLimit_ != 0 &&
      numErrors_ >= errorLimit_) {
    fatal_ = true;
    lastDropped_ = true;
    Diagnostic d{DiagID::err_too_many_errors, DiagSeverity::Error,
                 SourceRange(), format(DiagID::err_too_many_errors, {})};
    diags_.push_back(d);
    if (printing_)
      print(d);
    return;
  }
  if (sev == DiagSeverity::Error)
    ++numErrors_;
  else if (sev == DiagSeverity::Warning)
    ++numWarnings_;
  Diagnostic d{id, sev, range, format(id, args)};
  diags_.push_back(d);
  if (printing_)
    print(diags_.back());
}

/// Length of the well-formed UTF-8 sequence at \p i of \p s (1 for ASCII),
/// or 0 if the bytes there are not well-formed UTF-8 (RFC 3629: no overlong
/// forms, no surrogates, nothing above U+10FFFF).
static unsigned validUTF8SequenceLength(llvm::StringRef s, unsigned i) {
  auto byte = [&](unsigned k) -> unsigned {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  unsigned c = byte(0);
  if (c < 0x80)
    return 1;
  auto cont = [&](unsigned k) { return (byte(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF)
    return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return byte(1) >= lo && byte(1) <= hi && cont(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return byte(1) >= lo && byte(1) <= hi && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

void DiagnosticEngine::print(const Diagnostic &d) {
  using llvm::raw_ostream;
  const SourceFile *file = sm_.getFile(d.range.begin);
  unsigned line = 0, col = 0;
  if (file) {
    file->getLineAndColumn(file->getOffset(d.range.begin), line, col);
    if (showColors_)
      os_.changeColor(raw_ostream::SAVEDCOLOR, /*bold=*/true);
    os_ << file->getName() << ':' << line << ':' << col << ": ";
  } else {
    if (showColors_)
      os_.changeColor(raw_ostream::SAVEDCOLOR, /*bold=*/true);
    os_ << "kilnc: ";
  }
  switch (d.severity) {
  case DiagSeverity::Error:
    if (showColors_)
      os_.changeColor(raw_ostream::RED, true);
    os_ << "error: ";
    break;
  case DiagSeverity::Warning:
    if (showColors_)
      os_.changeColor(raw_ostream::MAGENTA, true);
    os_ << "warning: ";
    break;
  case DiagSeverity::Note:
    if (showColors_)
      os_.changeColor(raw_ostream::BLACK, true);
    os_ << "note: ";
    break;
  }
  if (showColors_)
    os_.changeColor(raw_ostream::SAVEDCOLOR, true);
  os_ << d.message << '\n';
  if (showColors_)
    os_.resetColor();
  if (!file)
    return;

  llvm::StringRef text = file->getLineText(line);
  unsigned caretByte = col - 1;
  if (caretByte > text.size())
    caretByte = unsigned(text.size());
  // Range end on this line (exclusive), at least one past the caret.
  unsigned endByte = caretByte + 1;
  if (d.range.end.isValid() && file->contains(d.range.end) &&
      d.range.end.getRaw() > d.range.begin.getRaw()) {
    uint64_t len = d.range.end.getRaw() - d.range.begin.getRaw();
    endByte = unsigned(std::min<uint64_t>(caretByte + len, text.size()));
    if (endByte <= caretByte)
      endByte = caretByte + 1;
  }
  // Window very long lines around the caret.
  unsigned from = 0;
  if (text.size() > kMaxPrintedLine) {
    from =
        caretByte > kMaxPrintedLine / 2 ? caretByte - kMaxPrintedLine / 2 : 0;
    while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80)
      --from;
    unsigned to = std::min<unsigned>(from + kMaxPrintedLine, text.size());
    while (to < text.size() &&
           (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80)
      ++to;
    text = text.slice(0, to);
  }
  std::string shown, caret;
  for (unsigned i = from; i < text.size();) {
    unsigned char c = text[i];
    unsigned len = validUTF8SequenceLength(text, i);
    if (c == '\t')
      shown += '\t';
    else if (c < 0x20 || c == 0x7F)
      shown += ' ';
    else if (len == 0)
      shown += '?';
    else
      shown.append(text.data() + i, len);
    // One display column per character (or per invalid byte).
    unsigned width = len == 0 ? 1 : len;
    char mark = ' ';
    if (i <= caretByte && caretByte < i + width)
      mark = '^';
    else if (i > caretByte && i < endByte)
      mark = '~';
    caret += (c == '\t' && mark == ' ') ? '\t' : mark;
    i += width;
  }
  if (caretByte >= text.size())
    caret += '^';
  while (!caret.empty() && caret.back() == ' ')
    caret.pop_back();
  os_ << shown << '\n';
  if (showColors_)
    os_.changeColor(raw_ostream::GREEN, true);
  os_ << caret << '\n';
  if (showColors_)
    os_.resetColor();
}
