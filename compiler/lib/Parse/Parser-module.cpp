//===- Parser-module.cpp - Import and export declarations -----------------===//
//
// Every form of `import` and `export` declaration, module export names
// (identifiers or strings), `from` clauses and import attributes
// (`with { type: "json" }`). Whether a name is exported twice or exports an
// undeclared binding is Sema's business.
//
//===----------------------------------------------------------------------===//
#include "ParserImpl.h"

using namespace kiln;

/// True if WTF-8 text \p s encodes a lone surrogate.
static bool hasLoneSurrogate(llvm::StringRef s) {
  for (size_t i = 0; i + 1 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xED &&
        (static_cast<unsigned char>(s[i + 1]) & 0xE0) == 0xA0)
      return true;
  return false;
}

Node *ParserImpl::parseModuleExportName() {
  if (is(TokenKind::string_literal)) {
    if (hasLoneSurrogate(tok_.value.str()))
      errorAtToken(DiagID::err_module_name_not_wellformed);
    return parseStringLiteral();
  }
  return parseIdentifierName();
}

StringLiteralNode *ParserImpl::parseFromClause() {
  if (!isIdent(atoms_.from)) {
    errorAtToken(DiagID::err_expected_token, {"from"});
    return nullptr;
  }
  advance();
  if (!is(TokenKind::string_literal)) {
    errorAtToken(DiagID::err_expected, {"module specifier string"});
    return nullptr;
  }
  return parseStringLiteral();
}

bool ParserImpl::parseImportAttributes(NodeList<ImportAttributeNode> &out) {
  if (!is(TokenKind::kw_with))
    return true;
  advance();
  SourceLoc open = tok_.getLoc();
  if (!expectAfter(TokenKind::l_brace, "'with'"))
    return false;
  ListBuilder attrs(*this);
  while (!is(TokenKind::r_brace)) {
    SourceLoc start = tok_.getLoc();
    Node *key;
    Atom name;
    if (is(TokenKind::string_literal)) {
      name = tok_.value;
      key = parseStringLiteral();
    } else if (isIdentifierName()) {
      name = tok_.value;
      key = parseIdentifierName();
    } else {
      errorAtToken(DiagID::err_expected, {"attribute key"});
      return false;
    }
    for (size_t i = 0; i < attrs.size(); ++i) {
      Node *other = llvm::cast<ImportAttributeNode>(attrs[i])->key;
      Atom otherName = llvm::isa<IdentifierNode>(other)
                           ? llvm::cast<IdentifierNode>(other)->name
                           : llvm::cast<StringLiteralNode>(other)->value;
      if (otherName == name)
        error(key->getSourceRange(), DiagID::err_duplicate_import_attribute,
              {name.str()});
    }
    if (!expectAfter(TokenKind::colon, "attribute key"))
      return false;
    if (!is(TokenKind::string_literal)) {
      errorAtToken(DiagID::err_expected, {"string"});
      return false;
    }
    auto *attr = ctx_.create<ImportAttributeNode>(SourceRange(start));
    attr->key = key;
    attr->value = parseStringLiteral();
    attrs.push(finish(attr));
    if (is(TokenKind::r_brace))
      break;
    if (!is(TokenKind::comma)) {
      expectClosing(TokenKind::r_brace, TokenKind::l_brace, open);
      return false;
    }
    advance();
  }
  advance(); // }
  out = attrs.finish<ImportAttributeNode>();
  return true;
}

Node *ParserImpl::parseImportDeclaration() {
  SourceLoc start = tok_.getLoc();
  advance(); // import
  ListBuilder specs(*this);
  StringLiteralNode *source = nullptr;
  if (is(TokenKind::string_literal)) {
    source = parseStringLiteral();
  } else {
    bool needMore = true;
    if (is(TokenKind::identifier)) {
      SourceLoc sstart = tok_.getLoc();
      IdentifierNode *local = parseIdentifier(IdentUse::Binding);
      if (!local)
        return nullptr;
      auto *s = make<ImportDefaultSpecifierNode>(sstart);
      s->local = local;
      specs.push(s);
      needMore = consume(TokenKind::comma);
    }
    if (needMore) {
      SourceLoc sstart = tok_.getLoc();
      if (consume(TokenKind::star)) {
        if (!isIdent(atoms_.as)) {
          errorAtToken(DiagID::err_expected_token, {"as"});
          return nullptr;
        }
        advance();
        IdentifierNode *local = parseIdentifier(IdentUse::Binding);
        if (!local)
          return nullptr;
        auto *s = make<ImportNamespaceSpecifierNode>(sstart);
        s->local = local;
        specs.push(s);
      } else if (is(TokenKind::l_brace)) {
        SourceLoc open = tok_.getLoc();
        advance();
        while (!is(TokenKind::r_brace)) {
          SourceLoc istart = tok_.getLoc();
          Token nameTok = tok_;
          Node *imported = parseModuleExportName();
          if (!imported)
            return nullptr;
          IdentifierNode *local;
          if (isIdent(atoms_.as)) {
            advance();
            if (!(local = parseIdentifier(IdentUse::Binding)))
              return nullptr;
          } else {
            if (nameTok.kind != TokenKind::identifier) {
              error(nameTok.range, DiagID::err_expected_after,
                    {"as", "imported name"});
              return nullptr;
            }
            checkIdentifier(nameTok.value, nameTok.hasEscape, nameTok.range,
                            IdentUse::Binding);
            local = makeIdentifier(nameTok.value, nameTok.range);
          }
          auto *s = make<ImportSpecifierNode>(istart);
          s->imported = imported;
          s->local = local;
          specs.push(s);
          if (is(TokenKind::r_brace))
            break;
          if (!is(TokenKind::comma)) {
            expectClosing(TokenKind::r_brace, TokenKind::l_brace, open);
            return nullptr;
          }
          advance();
        }
        advance(); // }
      } else {
        errorAtToken(DiagID::err_expected, {"import specifier"});
        return nullptr;
      }
    }
    if (!(source = parseFromClause()))
      return nullptr;
  }
  auto *n = ctx_.create<ImportDeclarationNode>(SourceRange(start));
  n->specifiers = specs.finish();
  n->source = source;
  if (!parseImportAttributes(n->attributes) ||
      !consumeSemicolon("import declaration"))
    return nullptr;
  return finish(n);
}

Node *ParserImpl::parseExportDeclaration() {
  SourceLoc start = tok_.getLoc();
  advance(); // export

  if (consume(TokenKind::star)) {
    Node *exported = nullptr;
    if (isIdent(atoms_.as)) {
      advance();
      if (!(exported = parseModuleExportName()))
        return nullptr;
    }
    StringLiteralNode *source = parseFromClause();
    if (!source)
      return nullptr;
    auto *n = ctx_.create<ExportAllDeclarationNode>(SourceRange(start));
    n->exported = exported;
    n->source = source;
    if (!parseImportAttributes(n->attributes) ||
        !consumeSemicolon("export declaration"))
      return nullptr;
    return finish(n);
  }

  if (is(TokenKind::kw_default)) {
    advance();
    SourceLoc dstart = tok_.getLoc();
    Node *decl;
    if (is(TokenKind::kw_function)) {
      decl = parseFunction(dstart, false, /*isDecl=*/true,
                           /*nameOptional=*/true);
    } else if (isIdent(atoms_.async) && peekKind() == TokenKind::kw_function) {
      Token asyncTok = tok_;
      advance();
      if (!tok_.newlineBefore) {
        decl = parseFunction(dstart, true, /*isDecl=*/true,
                             /*nameOptional=*/true);
      } else {
        decl = makeIdentifier(asyncTok.value, asyncTok.range);
      }
    } else if (is(TokenKind::kw_class) || is(TokenKind::at)) {
      decl = parseClass(dstart, /*isDecl=*/true, /*nameOptional=*/true);
    } else {
      decl = parseAssignment();
      if (decl && !consumeSemicolon("export default expression"))
        return nullptr;
    }
    if (!decl)
      return nullptr;
    auto *n = make<ExportDefaultDeclarationNode>(start);
    n->declaration = decl;
    return n;
  }

  if (is(TokenKind::l_brace)) {
    SourceLoc open = tok_.getLoc();
    advance();
    ListBuilder specs(*this);
    while (!is(TokenKind::r_brace)) {
      SourceLoc sstart = tok_.getLoc();
      Node *local = parseModuleExportName();
      if (!local)
        return nullptr;
      Node *exported = local;
      if (isIdent(atoms_.as)) {
        advance();
        if (!(exported = parseModuleExportName()))
          return nullptr;
      } else if (auto *id = llvm::dyn_cast<IdentifierNode>(local)) {
        exported = makeIdentifier(id->name, id->getSourceRange());
      }
      auto *s = make<ExportSpecifierNode>(sstart);
      s->local = local;
      s->exported = exported;
      specs.push(s);
      if (is(TokenKind::r_brace))
        break;
      if (!is(TokenKind::comma)) {
        expectClosing(TokenKind::r_brace, TokenKind::l_brace, open);
        return nullptr;
      }
      advance();
    }
    advance(); // }
    auto *n = ctx_.create<ExportNamedDeclarationNode>(SourceRange(start));
    n->specifiers = specs.finish<ExportSpecifierNode>();
    if (isIdent(atoms_.from)) {
      if (!(n->source = parseFromClause()) ||
          !parseImportAttributes(n->attributes))
        return nullptr;
    } else {
      // Without `from`, each local name is a reference to a binding here.
      for (ExportSpecifierNode *s : n->specifiers) {
        if (auto *id = llvm::dyn_cast<IdentifierNode>(s->local)) {
          llvm::StringRef text = lex_.getFile().getText().slice(
              lex_.getFile().getOffset(id->getStartLoc()),
              lex_.getFile().getOffset(id->getEndLoc()));
          bool escaped = text != id->name.str();
          if (!escaped && isKeywordName(id->name))
            error(id->getSourceRange(), DiagID::err_reserved_word,
                  {id->name.str()});
          else
            checkIdentifier(id->name, escaped, id->getSourceRange(),
                            IdentUse::Reference);
        } else {
          error(s->local->getSourceRange(), DiagID::err_export_string_local);
        }
      }
    }
    if (!consumeSemicolon("export declaration"))
      return nullptr;
    return finish(n);
  }

  Node *decl = nullptr;
  SourceLoc dstart = tok_.getLoc();
  if (is(TokenKind::kw_var) || is(TokenKind::kw_const) || isIdent(atoms_.let)) {
    VarKind kind = is(TokenKind::kw_var)     ? VarKind::Var
                   : is(TokenKind::kw_const) ? VarKind::Const
                                             : VarKind::Let;
    decl = parseVariableDeclaration(kind, false);
    if (decl && !consumeSemicolon("variable declaration"))
      return nullptr;
    if (decl)
      finish(decl);
  } else if (is(TokenKind::kw_function)) {
    decl = parseFunction(dstart, false, true, false);
  } else if (isIdent(atoms_.async) && peekKind() == TokenKind::kw_function) {
    advance();
    if (tok_.newlineBefore) {
      errorAtToken(DiagID::err_unexpected_token, {"function"});
      return nullptr;
    }
    decl = parseFunction(dstart, true, true, false);
  } else if (is(TokenKind::kw_class) || is(TokenKind::at)) {
    decl = parseClass(dstart, /*isDecl=*/true, /*nameOptional=*/false);
  } else {
    errorAtToken(DiagID::err_expected, {"declaration or '{' after 'export'"});
    return nullptr;
  }
  if (!decl)
    return nullptr;
  auto *n = make<ExportNamedDeclarationNode>(start);
  n->declaration = decl;
  return n;
}
