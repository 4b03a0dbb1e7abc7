//===- ParserImpl.h - The parser's private state and methods ----*- C++ -*-===//
//
// The recursive-descent parser behind kiln::Parser. Its methods are spread
// over Parser.cpp (tokens, diagnostics, recovery, identifiers, the program),
// Parser-stmt.cpp, Parser-loop.cpp, Parser-expr.cpp (operators),
// Parser-lhs.cpp (member, call, new, super), Parser-primary.cpp,
// Parser-literal.cpp (array and object literals), Parser-func.cpp
// (functions, arrows, classes), Parser-module.cpp and Parser-pattern.cpp
// (binding patterns and the cover grammar that turns expressions into
// patterns).
//
// Conventions: every parse method returns the node it built, or null after
// reporting a syntax error; callers propagate null up to the nearest
// statement list, which skips to a synchronization point and continues.
// Early errors that do not derail the grammar are reported without failing.
// Node ranges run from the first token's start to the end of the last token
// consumed (prevEnd_).
//
//===----------------------------------------------------------------------===//
#ifndef KILN_LIB_PARSE_PARSERIMPL_H
#define KILN_LIB_PARSE_PARSERIMPL_H

#include "kiln/AST/AST.h"
#include "kiln/Lex/Lexer.h"
#include "kiln/Parse/Parser.h"
#include "kiln/Support/Diagnostics.h"

#include "llvm/ADT/SmallPtrSet.h"

#include <vector>

namespace kiln {

/// What the innermost function-like construct allows. Saved and replaced on
/// entry to each function, arrow, class field initializer and static block.
struct FunctionContext {
  /// `return` is allowed.
  bool inFunction = false;
  /// `await` starts an AwaitExpression (async function, module top level).
  bool awaitIsOperator = false;
  /// `await` may not be an identifier (modules, async functions, static
  /// blocks and what they contain up to the next non-arrow function).
  bool awaitReserved = false;
  /// `yield` starts a YieldExpression (generator bodies, which Kiln rejects
  /// once at the `*`).
  bool yieldIsOperator = false;
  /// Directly inside a class static block.
  bool inStaticBlock = false;
  /// `arguments` is an error: class field initializers and static blocks.
  bool argumentsBanned = false;
  /// Parsing the formal parameters of a function whose own await / yield
  /// rules apply (AwaitExpression / YieldExpression there are errors).
  bool inParameters = false;
};

/// Errors that depend on whether an object or array literal ends up as a
/// pattern: `{a = 1}` (CoverInitializedName) and duplicate `__proto__` are
/// errors in an expression and fine in a pattern. Each is the first
/// occurrence not yet resolved, or an invalid range.
struct CoverErrors {
  SourceRange initName;
  SourceRange dupProto;
  bool any() const { return initName.isValid() || dupProto.isValid(); }
};

/// Where to report whether await / yield appeared: tracked between an
/// opening `(` and the `=>` that may turn the contents into parameters.
struct AwaitYieldSeen {
  SourceRange awaitExpr;
  SourceRange awaitIdent;
  SourceRange yieldExpr;
};

class ParserImpl {
public:
  ParserImpl(Lexer &lexer, ASTContext &ctx, DiagnosticEngine &diags,
             ParseOptions options);
  ProgramNode *parseProgram();

  //===--- Tokens (Parser.cpp) --------------------------------------------===//

  bool is(TokenKind k) const { return tok_.kind == k; }
  bool isIdent(Atom a) const { return tok_.isIdent(a); }
  void advance();
  /// Consumes the current token if it is \p k.
  bool consume(TokenKind k) {
    if (tok_.kind != k)
      return false;
    advance();
    return true;
  }
  TokenKind peekKind() { return stopped_ ? TokenKind::eof : lex_.peekKind(); }
  /// Consumes \p k or reports "expected 'k'" and returns false.
  bool expect(TokenKind k);
  /// Consumes \p k or reports "expected 'k' after <what>".
  bool expectAfter(TokenKind k, const char *what);
  /// Consumes the closing \p k of the \p open token at \p openLoc, or
  /// reports "expected ')'" with a note at the opening token.
  bool expectClosing(TokenKind k, TokenKind open, SourceLoc openLoc);
  /// Ends a statement: consumes `;`, or accepts an inserted one before `}`,
  /// end of file or a token on a new line; otherwise reports "expected ';'
  /// after <what>".
  bool consumeSemicolon(const char *what);
  /// The current token starts on a new line or ASI applies before it.
  bool canInsertSemicolon() const {
    return tok_.newlineBefore || is(TokenKind::r_brace) || is(TokenKind::eof);
  }

  //===--- Diagnostics and recovery (Parser.cpp) --------------------------===//

  void error(SourceRange range, DiagID id,
             std::initializer_list<llvm::StringRef> args = {}) {
    // After stop() everything is an artificial end of file: say nothing.
    if (stopped_)
      return;
    diags_.report(range, id, args);
    if (diags_.hasFatalErrorOccurred())
      stop();
  }
  void errorAtToken(DiagID id,
                    std::initializer_list<llvm::StringRef> args = {}) {
    error(tok_.range, id, args);
  }
  /// Reports the current token as unexpected (with its spelling).
  void errorUnexpected();
  /// Stops parsing: the current token becomes end-of-file for good.
  void stop();
  /// Skips tokens to the start of the next statement after one that failed
  /// and began when brackets_.size() was \p startDepth: past a `;` at that
  /// depth, before the `}` that closes the enclosing block, or before a
  /// statement keyword that begins a line. Brackets the statement left open
  /// count as closed by an outer closer; a `(` or `[` it left open (a missing
  /// `)` or `]`) also ends at a line break after a `}` or before a statement
  /// keyword that cannot start an expression. Always consumes at least one
  /// token unless at `}` or end of file.
  void skipToStatementBoundary(size_t startDepth);
  /// Keeps brackets_ up to date as \p consumed is consumed.
  void trackBrackets(TokenKind consumed);
  /// \p closer (`}`, `)`, `]`, or a template tail) matches \p opener.
  static bool closes(TokenKind closer, TokenKind opener) {
    switch (closer) {
    case TokenKind::r_brace:
      return opener == TokenKind::l_brace || opener == TokenKind::template_head;
    case TokenKind::r_paren:
      return opener == TokenKind::l_paren;
    case TokenKind::r_square:
      return opener == TokenKind::l_square;
    case TokenKind::template_tail:
      return opener == TokenKind::template_head;
    default:
      return false;
    }
  }

  /// Tracks recursion depth; parsing stops beyond kMaxParseDepth.
  class DepthGuard {
  public:
    explicit DepthGuard(ParserImpl &p) : p_(p) { ++p_.depth_; }
    ~DepthGuard() { --p_.depth_; }
    /// True (after reporting once) if the limit is exceeded.
    bool exceeded() { return p_.depth_ > kMaxParseDepth && p_.depthError(); }

  private:
    ParserImpl &p_;
  };
  /// Adds one level per link of a left-deep chain (a.b.c, a + b + c), whose
  /// AST is as deep as the chain is long; removes them when destroyed.
  class ChainDepth {
  public:
    explicit ChainDepth(ParserImpl &p) : p_(p) {}
    ~ChainDepth() { p_.depth_ -= added_; }
    /// Returns false (after reporting) if the limit is exceeded.
    bool step() {
      ++added_;
      ++p_.depth_;
      return p_.depth_ <= kMaxParseDepth || !p_.depthError();
    }

  private:
    ParserImpl &p_;
    unsigned added_ = 0;
  };
  bool depthError();

  /// Builds a NodeList on the shared scratch stack, so that nested lists
  /// need no heap allocation of their own and parse frames stay small.
  class ListBuilder {
  public:
    explicit ListBuilder(ParserImpl &p) : p_(p), start_(p.scratch_.size()) {}
    ~ListBuilder() { p_.scratch_.resize(start_); }
    void push(Node *n) { p_.scratch_.push_back(n); }
    size_t size() const { return p_.scratch_.size() - start_; }
    Node *operator[](size_t i) const { return p_.scratch_[start_ + i]; }
    void set(size_t i, Node *n) { p_.scratch_[start_ + i] = n; }
    template <typename T = Node> NodeList<T> finish() {
      size_t n = size();
      if (n == 0)
        return NodeList<T>();
      T **data =
          static_cast<T **>(p_.ctx_.allocate(n * sizeof(T *), alignof(T *)));
      for (size_t i = 0; i < n; ++i)
        data[i] = static_cast<T *>(p_.scratch_[start_ + i]);
      return NodeList<T>(data, uint32_t(n));
    }

  private:
    ParserImpl &p_;
    size_t start_;
  };

  template <typename T> T *make(SourceLoc start) {
    return ctx_.create<T>(SourceRange(start, prevEnd_));
  }
  template <typename T> T *finish(T *node) {
    node->setEndLoc(prevEnd_);
    return node;
  }

  //===--- Identifiers (Parser.cpp) ---------------------------------------===//

  enum class IdentUse { Reference, Binding, Label };
  /// Reports if \p name (from a token with \p hasEscape) cannot be an
  /// identifier of kind \p use here. Returns false if it reported.
  bool checkIdentifier(Atom name, bool hasEscape, SourceRange range,
                       IdentUse use);
  /// Parses an identifier used as \p use; null (reported) if the current
  /// token is not one.
  IdentifierNode *parseIdentifier(IdentUse use);
  /// Any IdentifierName, reserved words included (property names).
  IdentifierNode *parseIdentifierName();
  /// The current token is a keyword or an identifier (an IdentifierName).
  bool isIdentifierName() const {
    return is(TokenKind::identifier) || isKeyword(tok_.kind);
  }
  IdentifierNode *makeIdentifier(Atom name, SourceRange range) {
    auto *id = ctx_.create<IdentifierNode>(range);
    id->name = name;
    return id;
  }
  /// \p a is spelled like a ReservedWord (a keyword token's spelling).
  bool isKeywordName(Atom a) const;
  /// Reports eval / arguments as a binding name or assignment target.
  void checkStrictBindingName(IdentifierNode *id, bool isAssignment);

  //===--- Statements (Parser-stmt.cpp) -----------------------------------===//

  /// Parses statements until `}` (or, with \p topLevel, end of file). With
  /// \p directives, the leading directive prologue goes there instead.
  NodeList<Node> parseStatementList(NodeList<DirectiveNode> *directives,
                                    bool topLevel);
  /// The directive that \p stmt is, if it is a lone string literal.
  DirectiveNode *asDirective(Node *stmt);
  Node *parseStatementListItem();
  /// \p single: a sub-statement (of if, loops, labels) where declarations
  /// are not allowed.
  Node *parseStatement(bool single);
  BlockStatementNode *parseBlock();
  VariableDeclarationNode *parseVariableDeclaration(VarKind kind,
                                                    bool inForHead);
  Node *parseIfStatement();
  Node *parseForStatement();
  /// Parses the rest of a for-in / for-of loop from the `in` / `of`; \p open
  /// is the head's `(`.
  Node *parseForInOfRest(SourceLoc start, SourceLoc open, Node *left, bool isOf,
                         bool isAwait);
  Node *parseWhileStatement();
  Node *parseDoWhileStatement();
  Node *parseReturnStatement();
  Node *parseBreakContinue(bool isBreak);
  Node *parseThrowStatement();
  Node *parseTryStatement();
  Node *parseSwitchStatement();
  Node *parseWithStatement();
  Node *parseExpressionOrLabeledStatement(bool single);
  /// Parses `( expression )` after if / while / switch / with.
  Node *parseParenthesizedCondition(const char *what);

  //===--- Expressions (Parser-expr.cpp) ----------------------------------===//

  Node *parseExpression();
  /// \p inCover: the result may still become a pattern (an element of an
  /// array/object literal, the contents of parentheses, async arguments), so
  /// pattern-only errors are handed to the caller in cover_.
  Node *parseAssignment(bool inCover = false);
  Node *parseConditional();
  Node *parseBinary(unsigned minPrec);
  Node *parseUnary();
  Node *parsePostfix();
  /// LeftHandSideExpression: new / super / primary with subscripts.
  Node *parseLeftHandSide();
  /// A LeftHandSideExpression outside any assignment expression (class
  /// heritage, decorators): pattern-only errors in it are reported.
  Node *parseStandaloneLeftHandSide();
  Node *parseYield();
  Node *parseAwait();
  /// Member accesses, calls, optional chains and tagged templates after
  /// \p expr; \p allowCalls is false for the callee of `new`.
  Node *parseSubscripts(Node *expr, SourceLoc start, bool allowCalls);
  Node *parseNewExpression();
  Node *parseSuper(bool allowCall);
  Node *parsePrimary();
  Node *parseArrayLiteral();
  Node *parseObjectLiteral();
  Node *parseObjectMember(bool &sawProto);
  Node *parseParenthesized();
  Node *parseAsyncPrimary();
  Node *parseTemplateLiteral(bool tagged);
  Node *parseRegExpLiteral();
  Node *parseImportExpressionOrMeta();
  Node *parseNumericLiteral();
  StringLiteralNode *parseStringLiteral();
  /// Parses `( args )` into \p out; \p cover as for parseAssignment.
  bool parseArguments(ListBuilder &out, bool cover, SourceLoc *trailingComma);
  /// A property name of an object literal or class: IdentifierName, string,
  /// number, `[computed]`, or (classes) a PrivateName.
  Node *parsePropertyName(bool &computed, bool allowPrivate);
  /// Reports cover_'s errors (the literal did not become a pattern).
  void reportCoverErrors();
  /// \p node is an arrow function without parentheses around it, which
  /// ends the expression: no operator may apply to it.
  bool isBareArrow(Node *node) const {
    return node && llvm::isa<ArrowFunctionExpressionNode>(node) &&
           !node->isParenthesized();
  }

  //===--- Functions and classes (Parser-func.cpp) ------------------------===//

  /// Parses `function [*] name? (params) { body }`; the current token is
  /// `function`. \p isDecl: a declaration (name required unless
  /// \p nameOptional).
  FunctionLikeNode *parseFunction(SourceLoc start, bool isAsync, bool isDecl,
                                  bool nameOptional);
  /// Parses parameters and body of a function whose kind is set in \p fn;
  /// the current token is `(`.
  bool parseFunctionRest(FunctionLikeNode *fn, bool isAsync, bool isGenerator,
                         FunctionContext outer);
  bool parseFormalParameters(FunctionLikeNode *fn);
  /// Parses `{ directives statements }` into fn->directives / fn->body.
  bool parseFunctionBody(FunctionLikeNode *fn);
  /// Builds an arrow function from \p params (already converted) and parses
  /// its body; the current token is `=>`.
  Node *parseArrowRest(SourceLoc start, NodeList<Node> params, bool isAsync);
  /// Parses a method's parameters and body (object literal or class).
  FunctionExpressionNode *parseMethod(SourceLoc start, FunctionKind kind,
                                      bool isAsync, bool isGenerator);
  void checkAccessorParams(FunctionExpressionNode *fn, FunctionKind kind);
  /// Parses a class, after reporting and skipping any decorators before it.
  ClassLikeNode *parseClass(SourceLoc start, bool isDecl, bool nameOptional);
  Node *parseClassElement(bool isDerived, SourceRange &ctorRange);
  /// Reports and skips `@decorator` expressions; false (reported) if one of
  /// them failed to parse.
  bool skipDecorators();
  void setHasSimpleParams(FunctionLikeNode *fn);

  //===--- Modules (Parser-module.cpp) ------------------------------------===//

  Node *parseImportDeclaration();
  Node *parseExportDeclaration();
  /// IdentifierName or string (ES2022 arbitrary module namespace names).
  Node *parseModuleExportName();
  bool parseImportAttributes(NodeList<ImportAttributeNode> &out);
  StringLiteralNode *parseFromClause();

  //===--- Patterns (Parser-pattern.cpp) ----------------------------------===//

  /// BindingIdentifier or ObjectBindingPattern / ArrayBindingPattern.
  Node *parseBindingTarget();
  /// A binding target with an optional `= default`.
  Node *parseBindingElement();
  Node *parseObjectBindingPattern();
  Node *parseArrayBindingPattern();
  /// Turns an expression into the target of `=` (patterns allowed) or, with
  /// \p simpleOnly, of a compound assignment / update / for-in-of; reports
  /// and returns null if it cannot be one.
  Node *toAssignmentTarget(Node *expr, bool simpleOnly);
  /// An element of an object/array assignment pattern.
  Node *toPatternElement(Node *expr);
  Node *toObjectPattern(ObjectExpressionNode *obj);
  Node *toArrayPattern(ArrayExpressionNode *arr);
  /// Turns a parenthesized expression / async arguments into arrow
  /// parameters; reports and returns false if they cannot be.
  bool toArrowParams(ListBuilder &items, bool isAsync);
  Node *toBindingElement(Node *expr, bool isAsync);
  Node *toBindingTarget(Node *expr, bool isAsync);
  /// Reports await / yield found in arrow parameters.
  void checkArrowParamsAwaitYield(const AwaitYieldSeen &seen, bool isAsync);

  //===--- State ----------------------------------------------------------===//

  Lexer &lex_;
  ASTContext &ctx_;
  DiagnosticEngine &diags_;
  AtomTable &atoms_;
  ParseOptions options_;
  /// The current token (a copy of the lexer's, so that stop() can turn it
  /// into end-of-file).
  Token tok_;
  /// End of the last consumed token.
  SourceLoc prevEnd_;
  bool stopped_ = false;
  bool depthReported_ = false;
  unsigned depth_ = 0;
  std::vector<Node *> scratch_;
  /// The brackets (and template substitutions) open at the current token,
  /// innermost last; recovery uses them to skip a failed statement whole.
  llvm::SmallVector<TokenKind, 64> brackets_;

  FunctionContext fn_;
  /// `in` is not a binary operator here (the init of a for statement).
  bool noIn_ = false;
  CoverErrors cover_;
  /// Spread elements directly followed by a trailing comma (`[...a,]`),
  /// which may not become rest elements.
  llvm::SmallPtrSet<Node *, 4> trailingCommaSpreads_;
  AwaitYieldSeen seen_;
};

} // namespace kiln

#endif
