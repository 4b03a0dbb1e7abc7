//===- Diagnostics.h - Clang-style diagnostics ------------------*- C++ -*-===//
//
// The DiagnosticEngine formats and prints diagnostics as
//   file:line:col: error: message
//     <source line>
//         ^~~~~
// with colour only when the stream is a terminal. Every diagnostic Kiln can
// emit is listed once in DiagnosticKinds.def. The engine counts errors and,
// once the error limit is reached, prints one final "too many errors" error
// and swallows everything after it; stages poll hasFatalErrorOccurred() to
// stop early.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SUPPORT_DIAGNOSTICS_H
#define KILN_SUPPORT_DIAGNOSTICS_H

#include "kiln/Support/SourceManager.h"

#include "llvm/ADT/StringRef.h"

#include <initializer_list>
#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
}

namespace kiln {

enum class DiagID : unsigned {
#define DIAG(Name, Severity, Text) Name,
#include "kiln/Support/DiagnosticKinds.def"
#undef DIAG
  NumDiagnostics
};

enum class DiagSeverity : unsigned char { Note, Warning, Error };

DiagSeverity getDiagSeverity(DiagID id);
/// The unformatted text of \p id, with %N placeholders.
llvm::StringRef getDiagText(DiagID id);
/// The enumerator's name, e.g. "err_unexpected_token" (for tests and tools).
llvm::StringRef getDiagName(DiagID id);

/// One diagnostic after formatting; kept so tools can inspect what was said.
struct Diagnostic {
  DiagID id;
  DiagSeverity severity;
  SourceRange range;
  std::string message;
};

class DiagnosticEngine {
public:
  DiagnosticEngine(const SourceManager &sm, llvm::raw_ostream &os);

  /// 0 means unlimited.
  void setErrorLimit(unsigned limit) { errorLimit_ = limit; }
  void setShowColors(bool colors) { showColors_ = colors; }
  /// When false, diagnostics are recorded but not printed.
  void setPrinting(bool print) { printing_ = print; }

  /// Reports \p id at \p range, substituting \p args for %0, %1, ...
  void report(SourceRange range, DiagID id,
              std::initializer_list<llvm::StringRef> args = {});
  void report(SourceLoc loc, DiagID id,
              std::initializer_list<llvm::StringRef> args = {}) {
    report(SourceRange(loc), id, args);
  }

  unsigned getNumErrors() const { return numErrors_; }
  unsigned getNumWarnings() const { return numWarnings_; }
  bool hasErrors() const { return numErrors_ != 0; }
  /// True once the error limit has been hit; later reports are dropped.
  bool hasFatalErrorOccurred() const { return fatal_; }
  /// Every diagnostic reported and not dropped, in order.
  const std::vector<Diagnostic> &getDiagnostics() const { return diags_; }

  /// Formats \p id's text with \p args (exposed for tests).
  static std::string format(DiagID id,
                            std::initializer_list<llvm::StringRef> args);

private:
  void print(const Diagnostic &d);

  const SourceManager &sm_;
  llvm::raw_ostream &os_;
  std::vector<Diagnostic> diags_;
  unsigned errorLimit_ = 20;
  unsigned numErrors_ = 0;
  unsigned numWarnings_ = 0;
  bool fatal_ = false;
  bool showColors_ = false;
  bool printing_ = true;
  /// Notes attach to the previous diagnostic: dropped when it was dropped.
  bool lastDropped_ = false;
};

} // namespace kiln

#endif
