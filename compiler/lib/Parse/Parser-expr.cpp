//===- Parser-expr.cpp - Expressions --------------------------------------===//
//
// Comma, assignment (where an array / object literal becomes a pattern),
// yield, conditional, binary (precedence climbing), unary, await and postfix
// expressions, with the operator-level early errors: `**` after a unary
// operator, `??` mixed with `&&` / `||` without parentheses, invalid update
// operands, `delete` of identifiers and private fields, private names
// outside `#x in obj`, and arrow functions used as operands.
//
//===----------------------------------------------------------------------===//
#include "ParserImpl.h"

#include "llvm/Support/SaveAndRestore.h"

using namespace kiln;

//===--- Comma and assignment ---------------------------------------------===//

Node *ParserImpl::parseExpression() {
  SourceLoc start = tok_.getLoc();
  Node *first = parseAssignment();
  if (!first || !is(TokenKind::comma))
    return first;
  ListBuilder items(*this);
  items.push(first);
  while (consume(TokenKind::comma)) {
    Node *e = parseAssignment();
    if (!e)
      return nullptr;
    items.push(e);
  }
  auto *seq = make<SequenceExpressionNode>(start);
  seq->expressions = items.finish();
  return seq;
}

static bool getAssignOp(TokenKind k, AssignOp &op) {
  switch (k) {
  case TokenKind::equal:
    op = AssignOp::Assign;
    return true;
  case TokenKind::plus_equal:
    op = AssignOp::Add;
    return true;
  case TokenKind::minus_equal:
    op = AssignOp::Sub;
    return true;
  case TokenKind::star_equal:
    op = AssignOp::Mul;
    return true;
  case TokenKind::slash_equal:
    op = AssignOp::Div;
    return true;
  case TokenKind::percent_equal:
    op = AssignOp::Mod;
    return true;
  case TokenKind::star_star_equal:
    op = AssignOp::Exp;
    return true;
  case TokenKind::less_less_equal:
    op = AssignOp::ShiftLeft;
    return true;
  case TokenKind::greater_greater_equal:
    op = AssignOp::ShiftRight;
    return true;
  case TokenKind::greater_greater_greater_equal:
    op = AssignOp::ShiftRightUnsigned;
    return true;
  case TokenKind::pipe_equal:
    op = AssignOp::BitOr;
    return true;
  case TokenKind::caret_equal:
    op = AssignOp::BitXor;
    return true;
  case TokenKind::amp_equal:
    op = AssignOp::BitAnd;
    return true;
  case TokenKind::amp_amp_equal:
    op = AssignOp::And;
    return true;
  case TokenKind::pipe_pipe_equal:
    op = AssignOp::Or;
    return true;
  case TokenKind::question_question_equal:
    op = AssignOp::Coalesce;
    return true;
  default:
    return false;
  }
}

static bool isLiteralCover(const Node *n) {
  return (llvm::isa<ObjectExpressionNode>(n) ||
          llvm::isa<ArrayExpressionNode>(n)) &&
         !n->isParenthesized();
}

void ParserImpl::reportCoverErrors() {
  if (cover_.initName.isValid())
    error(cover_.initName, DiagID::err_cover_initialized_name);
  if (cover_.dupProto.isValid())
    error(cover_.dupProto, DiagID::err_duplicate_proto);
  cover_ = CoverErrors();
}

Node *ParserImpl::parseAssignment(bool inCover) {
  DepthGuard guard(*this);
  if (guard.exceeded())
    return nullptr;
  if (fn_.yieldIsOperator && isIdent(atoms_.yield))
    return parseYield();

  CoverErrors outer = cover_;
  cover_ = CoverErrors();
  SourceLoc start = tok_.getLoc();
  Node *left = parseConditional();
  AssignOp op;
  if (!left || !getAssignOp(tok_.kind, op)) {
    if (left && inCover && isLiteralCover(left)) {
      // Hand the pattern-only errors to the caller, which decides.
      if (!outer.initName.isValid())
        outer.initName = cover_.initName;
      if (!outer.dupProto.isValid())
        outer.dupProto = cover_.dupProto;
    } else {
      reportCoverErrors();
    }
    cover_ = outer;
    return left;
  }

  Node *target;
  if (op == AssignOp::Assign && isLiteralCover(left)) {
    // The literal is a pattern: its pattern-only errors are not errors.
    cover_ = CoverErrors();
    target = toAssignmentTarget(left, /*simpleOnly=*/false);
  } else {
    reportCoverErrors();
    target = toAssignmentTarget(left, /*simpleOnly=*/op != AssignOp::Assign);
  }
  cover_ = outer;
  advance(); // the operator
  Node *right = parseAssignment();
  if (!right || !target)
    return nullptr;
  auto *n = make<AssignmentExpressionNode>(start);
  n->op = op;
  n->left = target;
  n->right = right;
  return n;
}

Node *ParserImpl::parseYield() {
  SourceLoc start = tok_.getLoc();
  if (fn_.inParameters)
    errorAtToken(DiagID::err_await_in_params, {"yield"});
  if (!seen_.yieldExpr.isValid())
    seen_.yieldExpr = tok_.range;
  advance();
  bool delegate = false;
  Node *arg = nullptr;
  if (!tok_.newlineBefore) {
    if (consume(TokenKind::star)) {
      delegate = true;
      if (!(arg = parseAssignment()))
        return nullptr;
    } else {
      switch (tok_.kind) {
      case TokenKind::r_paren:
      case TokenKind::r_square:
      case TokenKind::r_brace:
      case TokenKind::comma:
      case TokenKind::semi:
      case TokenKind::colon:
      case TokenKind::eof:
      case TokenKind::kw_in:
      case TokenKind::question:
        break;
      default:
        if (!(arg = parseAssignment()))
          return nullptr;
      }
    }
  }
  auto *n = make<YieldExpressionNode>(start);
  n->isDelegate = delegate;
  n->argument = arg;
  return n;
}

Node *ParserImpl::parseConditional() {
  SourceLoc start = tok_.getLoc();
  Node *test = parseBinary(1);
  if (!test || isBareArrow(test) || !is(TokenKind::question))
    return test;
  advance();
  Node *consequent;
  {
    llvm::SaveAndRestore<bool> noIn(noIn_, false);
    consequent = parseAssignment();
  }
  if (!consequent || !expectAfter(TokenKind::colon, "'?' branch"))
    return nullptr;
  Node *alternate = parseAssignment();
  if (!alternate)
    return nullptr;
  auto *n = make<ConditionalExpressionNode>(start);
  n->test = test;
  n->consequent = consequent;
  n->alternate = alternate;
  return n;
}

//===--- Binary operators -------------------------------------------------===//

namespace {
/// A binary operator token: its precedence (higher binds tighter; 0 = not
/// a binary operator) and which node it builds.
struct BinaryOpInfo {
  unsigned prec = 0;
  bool logical = false;
  BinaryOp binary = BinaryOp::Add;
  LogicalOp logicalOp = LogicalOp::And;
};

constexpr unsigned kExpPrec = 11;

BinaryOpInfo getBinaryOp(TokenKind k, bool noIn) {
  BinaryOpInfo i;
  auto bin = [&](unsigned prec, BinaryOp op) {
    i.prec = prec;
    i.binary = op;
  };
  auto logical = [&](unsigned prec, LogicalOp op) {
    i.prec = prec;
    i.logical = true;
    i.logicalOp = op;
  };
  switch (k) {
  case TokenKind::question_question:
    logical(1, LogicalOp::Coalesce);
    break;
  case TokenKind::pipe_pipe:
    logical(1, LogicalOp::Or);
    break;
  case TokenKind::amp_amp:
    logical(2, LogicalOp::And);
    break;
  case TokenKind::pipe:
    bin(3, BinaryOp::BitOr);
    break;
  case TokenKind::caret:
    bin(4, BinaryOp::BitXor);
    break;
  case TokenKind::amp:
    bin(5, BinaryOp::BitAnd);
    break;
  case TokenKind::equal_equal:
    bin(6, BinaryOp::Equal);
    break;
  case TokenKind::exclaim_equal:
    bin(6, BinaryOp::NotEqual);
    break;
  case TokenKind::equal_equal_equal:
    bin(6, BinaryOp::StrictEqual);
    break;
  case TokenKind::exclaim_equal_equal:
    bin(6, BinaryOp::StrictNotEqual);
    break;
  case TokenKind::less:
    bin(7, BinaryOp::Less);
    break;
  case TokenKind::less_equal:
    bin(7, BinaryOp::LessEqual);
    break;
  case TokenKind::greater:
    bin(7, BinaryOp::Greater);
    break;
  case TokenKind::greater_equal:
    bin(7, BinaryOp::GreaterEqual);
    break;
  case TokenKind::kw_instanceof:
    bin(7, BinaryOp::Instanceof);
    break;
  case TokenKind::kw_in:
    if (!noIn)
      bin(7, BinaryOp::In);
    break;
  case TokenKind::less_less:
    bin(8, BinaryOp::ShiftLeft);
    break;
  case TokenKind::greater_greater:
    bin(8, BinaryOp::ShiftRight);
    break;
  case TokenKind::greater_greater_greater:
    bin(8, BinaryOp::ShiftRightUnsigned);
    break;
  case TokenKind::plus:
    bin(9, BinaryOp::Add);
    break;
  case TokenKind::minus:
    bin(9, BinaryOp::Sub);
    break;
  case TokenKind::star:
    bin(10, BinaryOp::Mul);
    break;
  case TokenKind::slash:
    bin(10, BinaryOp::Div);
    break;
  case TokenKind::percent:
    bin(10, BinaryOp::Mod);
    break;
  case TokenKind::star_star:
    bin(kExpPrec, BinaryOp::Exp);
    break;
  default:
    break;
  }
  return i;
}

/// An unparenthesized `&&` / `||` (\p wantCoalesce false) or `??` operand.
bool isBareLogical(const Node *n, bool wantCoalesce) {
  auto *l = llvm::dyn_cast<LogicalExpressionNode>(n);
  if (!l || l->isParenthesized())
    return false;
  return (l->op == LogicalOp::Coalesce) == wantCoalesce;
}
} // namespace

Node *ParserImpl::parseBinary(unsigned minPrec) {
  SourceLoc start = tok_.getLoc();
  Node *left = parseUnary();
  if (!left)
    return nullptr;
  ChainDepth chain(*this);
  for (;;) {
    if (isBareArrow(left))
      return left;
    BinaryOpInfo info = getBinaryOp(tok_.kind, noIn_);
    if (info.prec == 0 || info.prec < minPrec)
      break;
    SourceRange opRange = tok_.range;
    if (!info.logical && info.binary == BinaryOp::Exp &&
        !left->isParenthesized() &&
        (llvm::isa<UnaryExpressionNode>(left) ||
         llvm::isa<AwaitExpressionNode>(left)))
      error(SourceRange(left->getStartLoc(), opRange.end),
            DiagID::err_exponent_unary);
    if (llvm::isa<PrivateNameNode>(left) &&
        (info.logical || info.binary != BinaryOp::In))
      error(left->getSourceRange(), DiagID::err_private_name_unexpected,
            {llvm::cast<PrivateNameNode>(left)->name.str()});
    advance();
    Node *right;
    if (info.prec == kExpPrec) {
      // Right-associative: recursion, so it counts against the limit.
      DepthGuard guard(*this);
      if (guard.exceeded())
        return nullptr;
      right = parseBinary(info.prec);
    } else {
      right = parseBinary(info.prec + 1);
    }
    if (!right)
      return nullptr;
    if (isBareArrow(right))
      error(right->getSourceRange(), DiagID::err_arrow_operand);
    if (auto *pn = llvm::dyn_cast<PrivateNameNode>(right))
      error(pn->getSourceRange(), DiagID::err_private_name_unexpected,
            {pn->name.str()});
    if (info.logical) {
      bool coalesce = info.logicalOp == LogicalOp::Coalesce;
      for (Node *operand : {left, right})
        if (isBareLogical(operand, !coalesce))
          error(opRange, DiagID::err_mixed_coalesce,
                {coalesce ? getSpelling(
                                llvm::cast<LogicalExpressionNode>(operand)->op)
                          : getSpelling(info.logicalOp)});
      auto *n = make<LogicalExpressionNode>(start);
      n->op = info.logicalOp;
      n->left = left;
      n->right = right;
      left = n;
    } else {
      auto *n = make<BinaryExpressionNode>(start);
      n->op = info.binary;
      n->left = left;
      n->right = right;
      left = n;
    }
    if (!chain.step())
      return nullptr;
  }
  if (minPrec == 1)
    if (auto *pn = llvm::dyn_cast<PrivateNameNode>(left))
      error(pn->getSourceRange(), DiagID::err_private_name_unexpected,
            {pn->name.str()});
  return left;
}

//===--- Unary and postfix ------------------------------------------------===//

/// An Identifier or MemberExpression, parenthesized or not: the only targets
/// of compound assignment and `++` / `--`.
static bool isSimpleTarget(const Node *n) {
  return llvm::isa<IdentifierNode>(n) || llvm::isa<MemberExpressionNode>(n);
}

static bool getUnaryOp(TokenKind k, UnaryOp &op) {
  switch (k) {
  case TokenKind::minus:
    op = UnaryOp::Minus;
    return true;
  case TokenKind::plus:
    op = UnaryOp::Plus;
    return true;
  case TokenKind::exclaim:
    op = UnaryOp::Not;
    return true;
  case TokenKind::tilde:
    op = UnaryOp::BitNot;
    return true;
  case TokenKind::kw_typeof:
    op = UnaryOp::Typeof;
    return true;
  case TokenKind::kw_void:
    op = UnaryOp::Void;
    return true;
  case TokenKind::kw_delete:
    op = UnaryOp::Delete;
    return true;
  default:
    return false;
  }
}

/// Checks the operand of `++` / `--`; returns false after reporting.
static bool checkUpdateOperand(ParserImpl &p, Node *arg, const char *op) {
  if (!isSimpleTarget(arg)) {
    p.error(arg->getSourceRange(), DiagID::err_invalid_update_target, {op});
    return false;
  }
  if (auto *id = llvm::dyn_cast<IdentifierNode>(arg))
    p.checkStrictBindingName(id, /*isAssignment=*/true);
  return true;
}

Node *ParserImpl::parseUnary() {
  SourceLoc start = tok_.getLoc();
  UnaryOp uop;
  if (getUnaryOp(tok_.kind, uop)) {
    DepthGuard guard(*this);
    if (guard.exceeded())
      return nullptr;
    advance();
    Node *arg = parseUnary();
    if (!arg)
      return nullptr;
    if (isBareArrow(arg))
      error(arg->getSourceRange(), DiagID::err_arrow_operand);
    if (auto *pn = llvm::dyn_cast<PrivateNameNode>(arg))
      error(pn->getSourceRange(), DiagID::err_private_name_unexpected,
            {pn->name.str()});
    if (uop == UnaryOp::Delete) {
      Node *target = arg;
      if (auto *chain = llvm::dyn_cast<ChainExpressionNode>(target))
        target = chain->expression;
      if (llvm::isa<IdentifierNode>(target))
        error(SourceRange(start, prevEnd_), DiagID::err_delete_identifier);
      else if (auto *m = llvm::dyn_cast<MemberExpressionNode>(target);
               m && llvm::isa<PrivateNameNode>(m->property))
        error(SourceRange(start, prevEnd_), DiagID::err_delete_private);
    }
    auto *n = make<UnaryExpressionNode>(start);
    n->op = uop;
    n->argument = arg;
    return n;
  }
  if (is(TokenKind::plus_plus) || is(TokenKind::minus_minus)) {
    DepthGuard guard(*this);
    if (guard.exceeded())
      return nullptr;
    bool inc = is(TokenKind::plus_plus);
    advance();
    Node *arg = parseUnary();
    if (!arg)
      return nullptr;
    if (!checkUpdateOperand(*this, arg, inc ? "++" : "--"))
      return nullptr;
    auto *n = make<UpdateExpressionNode>(start);
    n->op = inc ? UpdateOp::Increment : UpdateOp::Decrement;
    n->isPrefix = true;
    n->argument = arg;
    return n;
  }
  if (fn_.awaitIsOperator && isIdent(atoms_.await))
    return parseAwait();
  return parsePostfix();
}

Node *ParserImpl::parseAwait() {
  DepthGuard guard(*this);
  if (guard.exceeded())
    return nullptr;
  SourceLoc start = tok_.getLoc();
  if (fn_.inParameters)
    errorAtToken(DiagID::err_await_in_params, {"await"});
  if (!seen_.awaitExpr.isValid())
    seen_.awaitExpr = tok_.range;
  advance();
  Node *arg = parseUnary();
  if (!arg)
    return nullptr;
  if (isBareArrow(arg))
    error(arg->getSourceRange(), DiagID::err_arrow_operand);
  auto *n = make<AwaitExpressionNode>(start);
  n->argument = arg;
  return n;
}

Node *ParserImpl::parsePostfix() {
  SourceLoc start = tok_.getLoc();
  Node *expr = parseLeftHandSide();
  if (!expr || isBareArrow(expr))
    return expr;
  if ((is(TokenKind::plus_plus) || is(TokenKind::minus_minus)) &&
      !tok_.newlineBefore) {
    bool inc = is(TokenKind::plus_plus);
    if (!checkUpdateOperand(*this, expr, inc ? "++" : "--"))
      return nullptr;
    advance();
    auto *n = make<UpdateExpressionNode>(start);
    n->op = inc ? UpdateOp::Increment : UpdateOp::Decrement;
    n->argument = expr;
    return n;
  }
  return expr;
}
