//===- FrontendSession.cpp - One run of the front end ---------------------===//
//
// Glue between the stages: module detection, then Lexer -> Parser -> Sema
// over one SourceFile, all reporting into the session's DiagnosticEngine.
//
//===----------------------------------------------------------------------===//
#include "kiln/Driver/FrontendSession.h"

#include "kiln/KIR/Verifier.h"
#include "kiln/KIRGen/KIRGen.h"
#include "kiln/Lex/Lexer.h"
#include "kiln/Parse/Parser.h"
#include "kiln/Sema/Sema.h"

#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace kiln;

FrontendSession::FrontendSession(llvm::raw_ostream &diagStream)
    : diagStream_(diagStream), diags_(sm_, diagStream) {}

SourceKind FrontendSession::resolveKind(const SourceFile &file,
                                        SourceKind requested) {
  if (requested != SourceKind::Auto)
    return requested;
  if (file.getName().ends_with(".mjs"))
    return SourceKind::Module;
  // Scan tokens without reporting anything: the real parse reports errors.
  DiagnosticEngine quiet(sm_, llvm::nulls());
  quiet.setPrinting(false);
  quiet.setErrorLimit(0);
  Lexer lex(file, atoms_, quiet);
  lex.setStandaloneMode(true);
  for (const Token *t = &lex.advance(); t->isNot(TokenKind::eof);
       t = &lex.advance()) {
    if (t->is(TokenKind::kw_export))
      return SourceKind::Module;
    if (t->is(TokenKind::kw_import)) {
      TokenKind next = lex.peekKind();
      if (next != TokenKind::l_paren && next != TokenKind::period)
        return SourceKind::Module;
    }
  }
  return SourceKind::Script;
}

Program *FrontendSession::parse(const SourceFile &file, SourceKind kind) {
  Lexer lex(file, atoms_, diags_);
  ParseOptions opts;
  opts.isModule = resolveKind(file, kind) == SourceKind::Module;
  Parser parser(lex, ast_, diags_, opts);
  return parser.parseProgram();
}

void FrontendSession::analyze(Program *program) {
  if (!program || diags_.hasFatalErrorOccurred())
    return;
  Sema sema(ast_, atoms_, diags_);
  sema.run(program);
}

std::unique_ptr<kir::Module> FrontendSession::generateIR(Program *program) {
  if (!program || diags_.hasErrors())
    return nullptr;
  return verifyIR(generateKIR(program, atoms_, diags_));
}

std::unique_ptr<kir::Module> FrontendSession::generateIR(ModuleGraph &graph) {
  if (diags_.hasErrors())
    return nullptr;
  return verifyIR(generateKIR(graph, atoms_, diags_));
}

std::unique_ptr<kir::Module>
FrontendSession::verifyIR(std::unique_ptr<kir::Module> module) {
  if (module && !kir::verifyModule(*module, diagStream_)) {
    llvm::WithColor::error(diagStream_, "kilnc")
        << "internal error: the generated KIR failed verification\n";
    return nullptr;
  }
  return module;
}
