// Syntax errors in Go's words: see parse_errors.h. Run with GOLITE_PARSE_DEBUG=1 to see,
// after each message, the ANTLR rule, its parent and the expected tokens it came from.
#include "frontend/syntax/parse_errors.h"

#include <algorithm>
#include <cstdlib>

#include "GoLiteParser.h"

namespace golite {

using antlr4::Token;
using antlr4::tree::ParseTree;
using GP = grammar::GoLiteParser;
using namespace parsetree;

void ErrorList::flush(const std::string& file, Diagnostics& diags) {
  if (list.empty()) list.swap(late);
  late.clear();
  std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) {
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.col < b.pos.col;
  });
  int lastSyntaxLine = -1;
  bool any = false;
  for (auto& e : list) {
    if (diags.full()) break;
    bool syntax = e.msg.rfind("syntax error", 0) == 0;
    if (syntax) {
      if (e.pos.line == lastSyntaxLine) continue;
      if (e.atEOF && any) continue;
      // After an error inside a function, ANTLR's recovery often leaves the body
      // early and finds its remaining statements at top level: Go would not.
      if (lastSyntaxLine >= 0 &&
          e.msg == "syntax error: non-declaration statement outside function body")
        continue;
      lastSyntaxLine = e.pos.line;
    }
    diags.error(file, e.pos, e.msg);
    any = true;
  }
  list.clear();
}

namespace {

bool has(const antlr4::misc::IntervalSet& s, size_t t) { return s.contains(t); }

// How Go's parser names a token it expected.
std::string expectedName(antlr4::Parser* p, size_t t) {
  switch (t) {
    case GP::COMMA: return "comma";
    case GP::SEMI: return "semicolon or newline";
    case GP::IDENTIFIER: return "name";
    case Token::EOF: return "EOF";
    default: break;
  }
  std::string s = p->getVocabulary().getLiteralName(t);
  if (s.size() >= 2 && s.front() == '\'') s = s.substr(1, s.size() - 2);
  return s.empty() ? p->getVocabulary().getSymbolicName(t) : s;
}

bool startsExpression(const antlr4::misc::IntervalSet& s) {
  return has(s, GP::IDENTIFIER) && has(s, GP::INT_LIT) && has(s, GP::L_PAREN);
}

}  // namespace

void GoErrorStrategy::reportError(antlr4::Parser* p, const antlr4::RecognitionException& e) {
  if (inErrorRecoveryMode(p)) return;
  beginErrorCondition(p);
  report(p, e.getOffendingToken(), e.getExpectedTokens());
}

void GoErrorStrategy::reportUnwantedToken(antlr4::Parser* p) {
  if (inErrorRecoveryMode(p)) return;
  beginErrorCondition(p);
  report(p, p->getCurrentToken(), getExpectedTokens(p));
}

void GoErrorStrategy::reportMissingToken(antlr4::Parser* p) {
  if (inErrorRecoveryMode(p)) return;
  beginErrorCondition(p);
  report(p, p->getCurrentToken(), getExpectedTokens(p));
}

void GoErrorStrategy::report(antlr4::Parser* p, Token* tok,
                             const antlr4::misc::IntervalSet& expected) {
  if (!tok) tok = p->getCurrentToken();
  auto* tokens = p->getTokenStream();
  Token* prev = tok->getTokenIndex() > 0 ? tokens->get(tok->getTokenIndex() - 1) : nullptr;
  size_t tt = tok->getType();
  size_t pt = prev ? prev->getType() : Token::INVALID_TYPE;
  size_t rule = p->getContext() ? p->getContext()->getRuleIndex() : GP::RuleSourceFile;
  std::string unexpected = "syntax error: unexpected " + describeToken(*tok);
  bool afterElement = pt != GP::L_PAREN && pt != GP::COMMA && pt != GP::L_CURLY &&
                      pt != GP::L_BRACKET && pt != GP::SEMI && pt != GP::COLON;
  std::string msg;
  size_t parent = p->getContext() && p->getContext()->parent
                      ? static_cast<Ctx*>(p->getContext()->parent)->getRuleIndex()
                      : SIZE_MAX;

  if (pt == GP::FUNC && tt != GP::L_PAREN) {  // `func 1()`, or a named function in a body
    const char* want = rule == GP::RuleFuncDecl ? ", expecting name or (" : ", expecting (";
    out_.add(posOf(tok), unexpected + want, tt == Token::EOF);
    return;
  }
  if (tt == GP::COMMA && (rule == GP::RuleOperand || rule == GP::RuleOperandH ||
                          rule == GP::RuleArrayType || rule == GP::RuleTypeLitExpr)) {
    out_.add(posOf(tok), "syntax error: unexpected comma; expecting ]");  // [1, 2]
    return;
  }
  if (tt == GP::VAR && (pt == GP::IF || pt == GP::SWITCH || pt == GP::FOR)) {
    out_.add(posOf(tok),
             "syntax error: var declaration not allowed in " + prev->getText() + " initializer");
    return;
  }
  if (rule == GP::RuleBlock && expected.size() == 1 && has(expected, GP::L_CURLY)) {
    // Go's header() asks for `{` when the header is not followed by one or by `;`;
    // after a complete header, the statement asks for `{ after if clause`.
    std::string after;
    if (parent == GP::RuleIfStmt || parent == GP::RuleForStmt) {
      Ctx* stmt = static_cast<Ctx*>(p->getContext()->parent);
      bool semi = tt == GP::SEMI;
      for (ParseTree* ch : stmt->children) {
        if (Ctx* h = R(ch)) {
          for (ParseTree* k : h->children) semi = semi || ttype(k) == GP::SEMI;
        }
      }
      if (semi) after = parent == GP::RuleIfStmt ? " after if clause" : " after for clause";
    }
    out_.add(posOf(tok), unexpected + ", expecting {" + after, tt == Token::EOF);
    return;
  }
  if (rule == GP::RuleForHeader && tt == GP::L_CURLY) {
    // `for x := range y` ends the header in Go's parser: the `;` is what is wrong.
    bool range = false;
    if (Ctx* first =
            R(p->getContext()->children.empty() ? nullptr : p->getContext()->children[0])) {
      for (ParseTree* k : first->children) range = range || ttype(k) == GP::RANGE;
    }
    if (range && pt == GP::SEMI) {
      out_.add(posOf(prev), "syntax error: unexpected " + describeToken(*prev) +
                                ", expecting { after for clause");
    } else {
      out_.add(posOf(tok), unexpected + ", expecting for loop condition");
    }
    return;
  }
  if (((rule == GP::RuleType_ || rule == GP::RuleNonParenType) &&
       (parent == GP::RuleChannelType || parent == GP::RuleTypeLitExpr)) ||
      ((rule == GP::RuleChannelType || rule == GP::RuleTypeLitExpr) &&
       (pt == GP::CHAN || pt == GP::RECEIVE))) {
    out_.add(posOf(tok), "syntax error: missing channel element type");
    return;
  }

  switch (rule) {
    case GP::RuleSourceFile:
    case GP::RulePackageClause:
      if (!prev) {
        msg = "syntax error: package statement must be first";
      } else if (rule == GP::RulePackageClause) {
        msg = unexpected + ", expecting name";
      } else if (has(expected, GP::SEMI)) {
        msg = unexpected + " after top level declaration";
      } else if (tt == GP::IMPORT) {
        msg = "syntax error: imports must appear before other declarations";
      } else if (tt == GP::L_CURLY && pt == GP::SEMI && prev->getText() != ";") {
        msg = "syntax error: unexpected semicolon or newline before {";
      } else {
        msg = "syntax error: non-declaration statement outside function body";
      }
      break;
    case GP::RuleReplInput: msg = unexpected + (afterElement ? " at end of statement" : ""); break;
    case GP::RuleBlock:
    case GP::RuleStatementList:
    case GP::RuleCaseClause:
    case GP::RuleCommClause:
    case GP::RuleSwitchStmt:
    case GP::RuleSelectStmt:
      if ((rule == GP::RuleSwitchStmt || rule == GP::RuleSelectStmt) &&
          has(expected, GP::L_CURLY) && !has(expected, GP::CASE)) {
        bool semi = tt == GP::SEMI;
        for (ParseTree* ch : p->getContext()->children) {
          if (Ctx* h = R(ch)) {
            for (ParseTree* k : h->children) semi = semi || ttype(k) == GP::SEMI;
          }
        }
        if (!semi) {
          msg = unexpected + ", expecting {";
        } else {
          msg = rule == GP::RuleSwitchStmt ? "syntax error: missing { after switch clause"
                                           : "syntax error: missing { after select clause";
        }
      } else if ((rule == GP::RuleCaseClause || rule == GP::RuleCommClause) &&
                 has(expected, GP::COLON)) {
        msg = unexpected + ", expecting :";
      } else if (afterElement && pt != Token::INVALID_TYPE) {
        if (tt == GP::COMMA) {
          // Go's parser takes the comma into the list and then misses an expression.
          Token* next = tokens->get(tok->getTokenIndex() + 1);
          out_.add(posOf(next),
                   "syntax error: unexpected " + describeToken(*next) + ", expecting expression",
                   next->getType() == Token::EOF);
          return;
        }
        msg = unexpected + " at end of statement";
      } else if (has(expected, GP::CASE)) {
        msg = unexpected + ", expecting case or default or }";
      } else {
        msg = unexpected + ", expecting }";
      }
      break;
    case GP::RuleIfStmt:
    case GP::RuleForStmt:
      if (pt == GP::ELSE) {
        msg = "syntax error: else must be followed by if or statement block";
      } else if (has(expected, GP::L_CURLY)) {
        msg = unexpected + (rule == GP::RuleIfStmt ? ", expecting { after if clause"
                                                   : ", expecting { after for clause");
      }
      break;
    case GP::RulePrimaryExpr:
    case GP::RulePrimaryExprH:
      if (has(expected, GP::R_PAREN) && !has(expected, GP::TYPE)) {
        msg = unexpected + (afterElement ? " in argument list; possibly missing comma or )"
                                         : ", expecting expression");
      } else if (has(expected, GP::R_BRACKET) && has(expected, GP::COLON)) {
        msg = unexpected + ", expecting comma, : or ]";
      } else if (pt == GP::DOT) {
        msg = unexpected + ", expecting name or (";
      }
      break;
    case GP::RuleLiteralValue:
    case GP::RuleKeyedElement:
      msg = unexpected + (afterElement ? " in composite literal; possibly missing comma or }"
                                       : ", expecting expression");
      break;
    case GP::RuleParameters:
      msg = unexpected +
            (afterElement ? " in parameter list; possibly missing comma or )" : ", expecting )");
      break;
    case GP::RuleConstDecl:
    case GP::RuleVarDecl:
    case GP::RuleTypeDecl:
    case GP::RuleImportDecl:
      if (has(expected, GP::R_PAREN) && afterElement) {
        msg = unexpected + " in grouped declaration; possibly missing semicolon or newline or )";
      } else if (rule == GP::RuleImportDecl) {
        msg = tt == GP::INT_LIT || tt == GP::FLOAT_LIT || tt == GP::IMAGINARY_LIT ||
                      tt == GP::RUNE_LIT
                  ? "syntax error: import path must be a string"
                  : "syntax error: missing import path";
      }
      break;
    case GP::RuleImportSpec:
      msg =
          tt == GP::INT_LIT || tt == GP::FLOAT_LIT || tt == GP::IMAGINARY_LIT || tt == GP::RUNE_LIT
              ? "syntax error: import path must be a string"
              : "syntax error: missing import path";
      break;
    case GP::RuleStructType:
      if (afterElement)
        msg = unexpected + " in struct type; possibly missing semicolon or newline or }";
      break;
    case GP::RuleInterfaceType:
      if (afterElement)
        msg = unexpected + " in interface type; possibly missing semicolon or newline or }";
      break;
    case GP::RuleVarSpec: msg = unexpected + ", expecting type"; break;
    case GP::RuleTypeSpec: msg = unexpected + " in type declaration"; break;
    case GP::RuleFieldDecl: msg = unexpected + ", expecting field name or embedded type"; break;
    case GP::RuleType_:
    case GP::RuleNonParenType:
    case GP::RuleTypeName:
    case GP::RuleMapType:
    case GP::RuleChannelType:
    case GP::RulePointerType: msg = unexpected + ", expecting type"; break;
    default: break;
  }
  if (msg.empty()) {
    if (startsExpression(expected)) {
      msg = unexpected + ", expecting expression";
    } else if (expected.size() == 1) {
      msg = unexpected + ", expecting " + expectedName(p, expected.getMinElement());
    } else if (expected.size() == 2 && has(expected, GP::COMMA)) {
      size_t other = expected.getMinElement() == GP::COMMA ? expected.getMaxElement()
                                                           : expected.getMinElement();
      msg = unexpected + ", expecting comma or " + expectedName(p, other);
    } else {
      msg = unexpected;
    }
  }
  // For whoever adds the next case above: what ANTLR knew at the error.
  if (getenv("GOLITE_PARSE_DEBUG"))
    msg += " [rule=" + p->getRuleNames()[rule] +
           " parent=" + (parent == SIZE_MAX ? std::string("-") : p->getRuleNames()[parent]) +
           " exp=" + expected.toString(p->getVocabulary()) + "]";
  out_.add(posOf(tok), msg, tt == Token::EOF);
}

}  // namespace golite
