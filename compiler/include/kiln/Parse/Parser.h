//===- Parser.h - ECMAScript parser -----------------------------*- C++ -*-===//
//
// A recursive-descent parser for strict-mode ECMAScript 2025 scripts and
// modules. It pulls tokens from a Lexer, builds the AST in an ASTContext and
// reports syntax errors and the early errors that need only local syntax
// (invalid assignment targets, reserved words, misplaced `super`,
// duplicate `__proto__`, ...). Scoping rules (redeclarations, labels,
// break/continue targets, private names, import/export bindings) are left to
// Sema. After an error the parser resynchronizes at the next statement and
// keeps going, so one run reports several independent errors; it stops at
// the DiagnosticEngine's error limit and at its nesting limit.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_PARSE_PARSER_H
#define KILN_PARSE_PARSER_H

#include <memory>

namespace kiln {

class ASTContext;
class DiagnosticEngine;
class Lexer;
class ProgramNode;
class ParserImpl;

struct ParseOptions {
  /// Parse as an ES module (import/export, `await` reserved, top-level
  /// await) instead of a classic script.
  bool isModule = false;
};

/// Deepest nesting of statements, expressions and patterns the parser
/// accepts; deeper input gets err_nesting_too_deep and parsing stops. Every
/// AST it returns is at most about this deep, so recursive walks over the
/// AST are bounded too.
constexpr unsigned kMaxParseDepth = 1000;

class Parser {
public:
  Parser(Lexer &lexer, ASTContext &ctx, DiagnosticEngine &diags,
         ParseOptions options);
  ~Parser();

  /// Parses the whole file. Always returns a Program; when errors were
  /// reported, statements that failed to parse are left out of it.
  ProgramNode *parseProgram();

private:
  std::unique_ptr<ParserImpl> impl_;
};

} // namespace kiln

#endif
