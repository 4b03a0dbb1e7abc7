//===- Token.cpp - Token kind names and spellings -------------------------===//
//
// Tables generated from TokenKinds.def.
//
//===----------------------------------------------------------------------===//
#include "kiln/Lex/Token.h"

using namespace kiln;

static const char *const kSpellings[] = {
#define TOK(Name, Spelling) Spelling,
#include "kiln/Lex/TokenKinds.def"
};

static const char *const kNames[] = {
#define TOK(Name, Spelling) #Name,
#include "kiln/Lex/TokenKinds.def"
};

const char *kiln::getTokenSpelling(TokenKind kind) {
  return kSpellings[unsigned(kind)];
}

const char *kiln::getTokenName(TokenKind kind) {
  return kNames[unsigned(kind)];
}

bool kiln::isKeyword(TokenKind kind) {
  switch (kind) {
#define KEYWORD(Name, Spelling) case TokenKind::kw_##Name:
#include "kiln/Lex/TokenKinds.def"
    return true;
  default:
    return false;
  }
}
