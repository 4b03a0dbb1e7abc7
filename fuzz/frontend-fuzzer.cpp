//===- frontend-fuzzer.cpp - libFuzzer target for Kiln's front end --------===//
//
// Feeds arbitrary bytes through the same front end kilnc runs — the
// SourceManager, Lexer, Parser and Sema of a FrontendSession, then the AST
// dumper — with diagnostics recorded but not printed. The property under
// test is the front end's contract: any input, however malformed (invalid
// UTF-8, NUL bytes, deep nesting, huge literals), is answered with
// diagnostics; nothing crashes, hangs, leaks or trips a sanitizer, and every
// diagnostic points into the file.
//
// The first byte of an input is a control byte and the rest is the source:
//   bit 0  parse as an ES module (otherwise a classic script)
//   bit 1  no error limit (otherwise kilnc's default of 20), which drives
//          error recovery much further
//   bit 2  also run the standalone lexer of --emit=tokens
// Seed files written by fuzz/run-fuzzer.py start with 0x00 (script) or
// 0x01 (module).
//
//===----------------------------------------------------------------------===//
#include "kiln/AST/ASTDumper.h"
#include "kiln/Driver/FrontendSession.h"
#include "kiln/Driver/TokenDump.h"

#include "llvm/Support/raw_ostream.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace kiln;

namespace {

enum ControlBits : uint8_t {
  ParseAsModule = 1 << 0,
  NoErrorLimit = 1 << 1,
  DumpTokens = 1 << 2,
};

/// Stops the fuzzer with a report when a front-end invariant is broken.
void check(bool condition) {
  if (!condition)
    __builtin_trap();
}

/// Every located diagnostic must point into \p file, with an ordered range.
void checkDiagnostics(const SourceFile &file, const DiagnosticEngine &diags) {
  for (const Diagnostic &d : diags.getDiagnostics()) {
    if (!d.range.begin.isValid())
      continue;
    check(file.contains(d.range.begin));
    if (d.range.end.isValid()) {
      check(file.contains(d.range.end));
      check(!(d.range.end < d.range.begin));
    }
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  uint8_t control = data[0];
  std::string text(reinterpret_cast<const char *>(data + 1), size - 1);

  FrontendSession session(llvm::nulls());
  DiagnosticEngine &diags = session.getDiagnostics();
  diags.setPrinting(false);
  if (control & NoErrorLimit)
    diags.setErrorLimit(0);

  std::string error;
  const char *name = (control & ParseAsModule) ? "fuzz.mjs" : "fuzz.js";
  SourceFile *file =
      session.getSourceManager().addFile(name, std::move(text), &error);
  check(file != nullptr);

  if (control & DumpTokens) {
    DiagnosticEngine tokenDiags(session.getSourceManager(), llvm::nulls());
    tokenDiags.setPrinting(false);
    dumpTokens(*file, session.getAtoms(), tokenDiags, llvm::nulls());
    checkDiagnostics(*file, tokenDiags);
  }

  SourceKind kind =
      (control & ParseAsModule) ? SourceKind::Module : SourceKind::Script;
  auto *program = session.parse(*file, kind);
  // Only a parse that reported errors may give up without a tree.
  check(program != nullptr || diags.hasErrors());
  session.analyze(program);
  if (program)
    dumpAST(program, llvm::nulls(), session.getSourceManager());
  checkDiagnostics(*file, diags);
  return 0;
}
