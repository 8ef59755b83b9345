// Parsing: Go source to golite's AST, through the ANTLR-generated parser.
//
// The steps, for a file or a REPL fragment:
//
//  1. checkEncoding: invalid UTF-8, NUL bytes, stray byte order marks.
//  2. Lex everything (GoLexer inserts semicolons and reports malformed tokens).
//  3. Nesting pre-scan: more than kMaxNesting open brackets is an error, reported before
//     ANTLR's recursive descent can run the native stack out. Stack probes at rule entry
//     (GuardedParser) and in prediction (PredictionSimulator) catch the deep nests that
//     need no brackets (`!!!!...x`, `[][][]...int`). The parse runs on a thread with a
//     512 MB stack of its own (onParserStack), so deep valid nesting gets that far.
//  4. Two-stage parse: SLL prediction with a bail-out error strategy (fast, right for
//     nearly every input), and only if that fails, full LL with GoErrorStrategy, which
//     words syntax errors the way Go's parser does.
//  5. Builder walks the parse tree into ast nodes, checking what the grammar leaves
//     loose (see GoLite.g4), and the parse tree is dropped.
//
// Errors are reported as Go's compiler reports them (frontend/syntax/parse_errors.cpp):
// sorted by position, one syntax error per line, at most Diagnostics::kMax.
#include "frontend/syntax/parse.h"

#include <atomic>
#include <pthread.h>

#include <condition_variable>
#include <mutex>

#include <algorithm>
#include <exception>
#include <cstdint>
#include <unordered_set>

#include "GoLiteParser.h"
#include "antlr4-runtime.h"
#include "frontend/syntax/clone.h"
#include "frontend/syntax/lexer.h"
#include "frontend/syntax/parse_errors.h"

namespace golite {

namespace {

using namespace ast;
using namespace parsetree;
using antlr4::Token;
using antlr4::tree::ParseTree;
using GP = grammar::GoLiteParser;

// Deepest nesting accepted, in Go's terms: 10,000 brackets open at once (the pre-scan;
// Go's gc has no limit and go/parser stops at 100,000, but code generation for a literal
// nested that deep is quadratic in gc as here), and 50,000 levels of the AST (the
// builder: a source level is several AST levels, `func() int { return f() }` four).
// Code downstream recurses over the AST, on onLargeStack's stack; this bounds how deep.
// Chains count apart, against a bound of their own (100,000 links): binary operators
// (`a + b + c ...`, a left-deep tree), else-if links and labels in a row, which Go's
// compiler takes in any number.
constexpr int kMaxNesting = 10000;
constexpr int kMaxTreeDepth = 50000;
constexpr int kMaxChain = 100000;

constexpr const char* kTooDeep = "syntax error: nesting too deep";

// ---- the parser, with a guard on the native stack ---------------------------------------

struct TooDeep {
  Pos pos;
};

// Where the native stack may grow down to while parsing: nearly all of the thread's
// stack (the parse runs on a thread of its own with a large one: onParserStack, below),
// and frugal on a stack we cannot measure (a fiber's).
uintptr_t stackLimit() {
  auto sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  size_t budget = size_t{448} << 20;
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr;
    size_t size;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
      auto lo = reinterpret_cast<uintptr_t>(addr);
      if (sp > lo && sp <= lo + size) {
        size_t avail = sp - lo;
        size_t margin = size_t{256} << 10;
        budget = std::min(budget, avail > 2 * margin ? avail - margin : avail / 2);
      } else {
        budget = size_t{128} << 10;
      }
    }
    pthread_attr_destroy(&attr);
  }
  return sp - budget;
}

// ANTLR 4.9's prediction clears its merge cache after every decision, and clearing an
// unordered_map costs its bucket count, which never shrinks: once one slow prediction
// has grown the cache, each of the thousands of cached ones after it pays for a large
// memset (15% of a parse). Handing it a fresh, empty cache instead costs nothing.
//
// Prediction itself recurses too (closure_ follows epsilon edges, one native frame each,
// about 47,000 deep for a qualified type name followed by 8,000 `[]`): closure_ gets the
// same stack probe as rule entry, so exhaustion is the clean "nesting too deep".
//
// One decision is taken without prediction: whether a type name is qualified. After
// `sync` in a type, `. IDENTIFIER` is always the rest of the name (Go's parser reads it
// so), but the grammar also lets a type literal ending in a name be followed by a
// selector (`[]a.b` as `([]a).b`), and SLL prediction, which merges every caller's
// context, then scanned on from `sync.WaitGroup` into the function body for as far as the
// two readings stayed alive: quadratic in what followed (2,000 `func()` in a row took 6 s).
// Taking the qualified reading at once is the choice prediction ends in (the first
// alternative wins an ambiguity).
class PredictionSimulator : public antlr4::atn::ParserATNSimulator {
 public:
  PredictionSimulator(antlr4::Parser* p, const antlr4::atn::ATN& atn,
                      std::vector<antlr4::dfa::DFA>& dfa,
                      antlr4::atn::PredictionContextCache& cache, uintptr_t limit)
      : ParserATNSimulator(p, atn, dfa, cache), limit_(limit) {
    // typeName: IDENTIFIER (DOT IDENTIFIER)? typeArgs?: its first decision is the dot's.
    for (size_t d = 0; d < atn.decisionToState.size(); d++) {
      if (atn.decisionToState[d]->ruleIndex == GP::RuleTypeName) {
        qualifiedName_ = d;
        break;
      }
    }
  }
  size_t adaptivePredict(antlr4::TokenStream* input, size_t decision,
                         antlr4::ParserRuleContext* outer) override {
    if (decision == qualifiedName_ && input->LA(1) == GP::DOT && input->LA(2) == GP::IDENTIFIER)
      return 1;
    size_t alt = ParserATNSimulator::adaptivePredict(input, decision, outer);
    mergeCache = antlr4::atn::PredictionContextMergeCache();
    return alt;
  }

 protected:
  void closure_(Ref<antlr4::atn::ATNConfig> const& config, antlr4::atn::ATNConfigSet* configs,
                antlr4::atn::ATNConfig::Set& closureBusy, bool collectPredicates, bool fullCtx,
                int depth, bool treatEofAsEpsilon) override {
    auto sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    if (sp < limit_) throw TooDeep{posOf(parser->getCurrentToken())};
    ParserATNSimulator::closure_(config, configs, closureBusy, collectPredicates, fullCtx, depth,
                                 treatEofAsEpsilon);
  }

 private:
  uintptr_t limit_;
  size_t qualifiedName_ = SIZE_MAX;
};

// The generated parser, with a probe of the native stack at every rule entry.
class GuardedParser : public GP {
 public:
  GuardedParser(antlr4::TokenStream* input, uintptr_t limit) : GP(input), limit_(limit) {
    auto* sim = getInterpreter<antlr4::atn::ParserATNSimulator>();
    _interpreter = new PredictionSimulator(this, getATN(), sim->decisionToDFA,
                                           sim->getSharedContextCache(), limit);
    delete sim;
  }

  using GP::enterRecursionRule;
  void enterRule(Ctx* ctx, size_t state, size_t rule) override {
    probe();
    GP::enterRule(ctx, state, rule);
  }
  void enterRecursionRule(Ctx* ctx, size_t state, size_t rule, int precedence) override {
    probe();
    GP::enterRecursionRule(ctx, state, rule, precedence);
  }

 private:
  void probe() {
    auto sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    if (sp < limit_) throw TooDeep{posOf(getCurrentToken())};
  }
  uintptr_t limit_;
};

// ---- token kinds -----------------------------------------------------------------------

Tok binaryTok(size_t t) {
  switch (t) {
    case GP::STAR: return Tok::Mul;
    case GP::DIV: return Tok::Quo;
    case GP::MOD: return Tok::Rem;
    case GP::LSHIFT: return Tok::Shl;
    case GP::RSHIFT: return Tok::Shr;
    case GP::AMPERSAND: return Tok::And;
    case GP::BIT_CLEAR: return Tok::AndNot;
    case GP::PLUS: return Tok::Add;
    case GP::MINUS: return Tok::Sub;
    case GP::OR: return Tok::Or;
    case GP::CARET: return Tok::Xor;
    case GP::EQUALS: return Tok::Eql;
    case GP::NOT_EQUALS: return Tok::Neq;
    case GP::LESS: return Tok::Lss;
    case GP::LESS_OR_EQUALS: return Tok::Leq;
    case GP::GREATER: return Tok::Gtr;
    case GP::GREATER_OR_EQUALS: return Tok::Geq;
    case GP::LOGICAL_AND: return Tok::LAnd;
    case GP::LOGICAL_OR: return Tok::LOr;
    default: return Tok::None;
  }
}

Tok assignTok(size_t t) {
  switch (t) {
    case GP::ASSIGN: return Tok::Assign;
    case GP::DECLARE_ASSIGN: return Tok::Define;
    case GP::PLUS_ASSIGN: return Tok::AddAssign;
    case GP::MINUS_ASSIGN: return Tok::SubAssign;
    case GP::STAR_ASSIGN: return Tok::MulAssign;
    case GP::DIV_ASSIGN: return Tok::QuoAssign;
    case GP::MOD_ASSIGN: return Tok::RemAssign;
    case GP::AND_ASSIGN: return Tok::AndAssign;
    case GP::OR_ASSIGN: return Tok::OrAssign;
    case GP::XOR_ASSIGN: return Tok::XorAssign;
    case GP::LSHIFT_ASSIGN: return Tok::ShlAssign;
    case GP::RSHIFT_ASSIGN: return Tok::ShrAssign;
    case GP::BIT_CLEAR_ASSIGN: return Tok::AndNotAssign;
    default: return Tok::None;
  }
}

void appendUTF8(std::string& out, uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

// The value of an import path literal (escapes were checked by the lexer).
std::string unquote(const std::string& lit) {
  if (lit.size() < 2) return {};
  std::string body = lit.substr(1, lit.size() - 2);
  if (lit[0] == '`') return body;
  std::string out;
  for (size_t i = 0; i < body.size(); i++) {
    if (body[i] != '\\' || i + 1 >= body.size()) {
      out += body[i];
      continue;
    }
    char c = body[++i];
    auto hex = [&](int n) {
      uint32_t v = 0;
      for (int k = 0; k < n && i + 1 < body.size(); k++) {
        char d = body[++i];
        v = v * 16 + (d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
      }
      return v;
    };
    switch (c) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case 'x': out += static_cast<char>(hex(2)); break;
      case 'u': appendUTF8(out, hex(4)); break;
      case 'U': appendUTF8(out, hex(8)); break;
      default:
        if (c >= '0' && c <= '7') {
          uint32_t v = c - '0';
          for (int k = 0; k < 2 && i + 1 < body.size(); k++) v = v * 8 + (body[++i] - '0');
          out += static_cast<char>(v);
        } else {
          out += c;  // \\ \" \'
        }
    }
  }
  return out;
}

// ---- the builder: parse tree to AST ----------------------------------------------------

struct BuildAbort {};

class Builder {
 public:
  Builder(Arena& arena, std::string_view src, antlr4::TokenStream* tokens, uintptr_t stackLimit)
      : A(arena), src_(src), tokens_(tokens), stackLimit_(stackLimit) {}

  ErrorList errors;

  File* file(Ctx* c);
  void fragment(Ctx* c, std::vector<Node*>& decls, std::vector<Stmt*>& stmts);

 private:
  // Counts AST nesting while building; past kMaxTreeDepth the build stops with an error.
  struct Depth {
    Depth(Builder* b, ParseTree* at, int n = 1, bool chain = false) : b_(b), n_(n), chain_(chain) {
      (chain ? b->chainDepth_ : b->depth_) += n;
      auto sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
      if (b->depth_ > kMaxTreeDepth || b->chainDepth_ > kMaxChain || sp < b->stackLimit_) b->tooDeep(at);
    }
    ~Depth() { (chain_ ? b_->chainDepth_ : b_->depth_) -= n_; }
    Builder* b_;
    int n_;
    bool chain_;
  };

  [[noreturn]] void tooDeep(ParseTree* at) {
    errors.add(pos(at), kTooDeep);
    throw BuildAbort{};
  }
  void error(Pos p, std::string msg) { errors.add(p, std::move(msg)); }
  void lateError(Pos p, std::string msg) { errors.addLate(p, std::move(msg)); }

  Pos pos(Token* t) { return posOf(t); }
  Pos pos(ParseTree* t) {
    if (Ctx* c = R(t)) return posOf(c->getStart());
    return posOf(T(t));
  }
  std::string text(Ctx* c) {
    size_t a = c->getStart()->getStartIndex(), b = c->getStop()->getStopIndex();
    return b >= a && b < src_.size() ? std::string(src_.substr(a, b - a + 1)) : std::string();
  }
  Token* tokenAfter(Ctx* c) { return tokens_->get(c->getStop()->getTokenIndex() + 1); }

  Ident* ident(Token* t) {
    auto* id = A.make<Ident>(pos(t));
    id->name = t->getText();
    return id;
  }

  // declarations
  Node* topLevelDecl(Ctx* c);
  GenDecl* genDecl(Ctx* c);
  ImportSpec* importSpec(Ctx* c);
  ValueSpec* valueSpec(Ctx* c);
  TypeSpec* typeSpec(Ctx* c);
  FuncDecl* funcDecl(Ctx* c);
  std::vector<Field> typeParameters(Ctx* c);
  Expr* typeElem(Ctx* c);

  // types
  Expr* type(Ctx* c);
  Expr* anyType(Ctx* c);
  Expr* typeName(Ctx* c);
  ArrayType* arrayType(Ctx* c);
  StructType* structType(Ctx* c);
  InterfaceType* interfaceType(Ctx* c);
  ChanType* chanType(Ctx* c);
  FuncType* signature(Ctx* c, size_t from, Pos p);
  std::vector<Field> parameters(Ctx* c);

  // statements
  void statementList(Ctx* c, std::vector<Stmt*>& out);
  Stmt* statement(Ctx* c);
  BlockStmt* block(Ctx* c);
  Stmt* simpleStmt(Ctx* c, bool rangeOk);
  Stmt* callStmt(Ctx* c);
  Stmt* ifStmt(Ctx* c, bool link = false);
  Stmt* switchStmt(Ctx* c);
  Stmt* selectStmt(Ctx* c);
  Stmt* forStmt(Ctx* c);
  Expr* condition(Ctx* stmtCtx, Stmt* s);
  CaseClause* caseClause(Ctx* c);

  // expressions
  std::vector<Expr*> exprList(Ctx* c);
  Expr* expr(Ctx* c);
  Expr* unary(Ctx* c);
  Expr* primary(Ctx* c);
  Expr* suffix(Expr* x, Ctx* c);
  Expr* operand(Ctx* c);
  BasicLit* basicLit(Token* t);
  CompositeLit* literalValue(Ctx* c, Expr* typ);
  Expr* element(Ctx* c);
  Expr* typeLitExpr(Ctx* c);

  Arena& A;
  std::string_view src_;
  antlr4::TokenStream* tokens_;
  uintptr_t stackLimit_;
  int depth_ = 0;
  int chainDepth_ = 0;  // binary operators in the chains being built
  // x.(type) expressions not (yet) claimed by a type switch.
  std::unordered_set<TypeAssertExpr*> guards_;

  void checkGuards() {
    for (TypeAssertExpr* g : guards_)
      lateError(g->pos, "invalid AST: use of .(type) outside type switch");
    guards_.clear();
  }
};

// ---- declarations ----

File* Builder::file(Ctx* c) {
  auto* f = A.make<File>(pos(c));
  for (ParseTree* ch : c->children) {
    switch (rid(ch)) {
      case GP::RulePackageClause: f->pkgName = ident(T(ch->children[1])); break;
      case GP::RuleImportDecl: {
        GenDecl* d = genDecl(R(ch));
        f->imports.push_back(d);
        f->decls.push_back(d);
        break;
      }
      case GP::RuleTopLevelDecl: f->decls.push_back(topLevelDecl(R(ch))); break;
      default: break;
    }
  }
  checkGuards();
  return f;
}

void Builder::fragment(Ctx* c, std::vector<Node*>& decls, std::vector<Stmt*>& stmts) {
  for (ParseTree* ch : c->children) {
    if (rid(ch) != GP::RuleReplItem) continue;
    Ctx* item = R(ch->children[0]);
    switch (item->getRuleIndex()) {
      case GP::RuleImportDecl: decls.push_back(genDecl(item)); break;
      case GP::RuleFuncDecl: decls.push_back(funcDecl(item)); break;
      default: {
        Ctx* k = R(item->children[0]);
        if (k->getRuleIndex() == GP::RuleDeclaration) {
          decls.push_back(genDecl(R(k->children[0])));
        } else {
          stmts.push_back(statement(item));
        }
      }
    }
  }
  checkGuards();
}

Node* Builder::topLevelDecl(Ctx* c) {
  Ctx* k = R(c->children[0]);
  if (k->getRuleIndex() == GP::RuleFuncDecl) return funcDecl(k);
  return genDecl(R(k->children[0]));  // declaration -> const/type/var
}

GenDecl* Builder::genDecl(Ctx* c) {
  Token* kw = T(c->children[0]);
  auto* d = A.make<GenDecl>(pos(kw));
  switch (kw->getType()) {
    case GP::IMPORT: d->tok = Tok::Import; break;
    case GP::CONST: d->tok = Tok::Const; break;
    case GP::TYPE: d->tok = Tok::Type; break;
    default: d->tok = Tok::Var; break;
  }
  int iota = 0;
  ValueSpec* last = nullptr;  // the const spec whose type and values repeat
  for (ParseTree* ch : c->children) {
    Ctx* s = R(ch);
    if (!s) continue;
    switch (s->getRuleIndex()) {
      case GP::RuleImportSpec: d->specs.push_back(importSpec(s)); break;
      case GP::RuleTypeSpec: d->specs.push_back(typeSpec(s)); break;
      case GP::RuleVarSpec: d->specs.push_back(valueSpec(s)); break;
      case GP::RuleConstSpec: {
        ValueSpec* v = valueSpec(s);
        v->iota = iota++;
        if (v->typeExpr || !v->values.empty()) {
          last = v;
        } else if (last) {
          // Go's implicit repetition: each repetition gets its own copy of the
          // expressions, so the checker can annotate them with this spec's iota.
          v->implicit = true;
          v->typeExpr = cloneExpr(A, last->typeExpr);
          for (Expr* e : last->values) v->values.push_back(cloneExpr(A, e));
        }
        d->specs.push_back(v);
        break;
      }
      default: break;
    }
  }
  return d;
}

ImportSpec* Builder::importSpec(Ctx* c) {
  auto* s = A.make<ImportSpec>(pos(c));
  for (ParseTree* ch : c->children) {
    Token* t = T(ch);
    switch (t->getType()) {
      case GP::DOT:
      case GP::IDENTIFIER: s->name = ident(t); break;
      default:
        s->path = unquote(t->getText());
        s->pathPos = pos(t);
        break;
    }
  }
  return s;
}

// constSpec: identifierList type_? (= expressionList)?; varSpec likewise.
ValueSpec* Builder::valueSpec(Ctx* c) {
  auto* s = A.make<ValueSpec>(pos(c));
  for (ParseTree* ch : c->children) {
    switch (rid(ch)) {
      case GP::RuleIdentifierList:
        for (ParseTree* n : ch->children) {
          if (ttype(n) == GP::IDENTIFIER) s->names.push_back(ident(T(n)));
        }
        break;
      case GP::RuleType_: s->typeExpr = type(R(ch)); break;
      case GP::RuleExpressionList: s->values = exprList(R(ch)); break;
      default: break;
    }
  }
  return s;
}

TypeSpec* Builder::typeSpec(Ctx* c) {  // IDENTIFIER typeParameters? =? type_
  auto* s = A.make<TypeSpec>(pos(c));
  s->name = ident(T(c->children[0]));
  size_t i = 1;
  if (rid(c->children[i]) == GP::RuleTypeParameters) s->typeParams = typeParameters(R(c->children[i++]));
  s->alias = ttype(c->children[i]) == GP::ASSIGN;
  if (s->alias && !s->typeParams.empty()) error(pos(c->children[i]), "syntax error: generic type cannot be alias");
  s->typeExpr = type(R(c->children.back()));
  return s;
}

// [ P1, P2 C1, P3 C2 ]: names sharing the constraint that follows them.
std::vector<Field> Builder::typeParameters(Ctx* c) {
  std::vector<Field> out;
  for (ParseTree* ch : c->children) {
    if (rid(ch) != GP::RuleTypeParamDecl) continue;
    Field f;
    f.pos = pos(ch);
    for (ParseTree* n : ch->children[0]->children)
      if (ttype(n) == GP::IDENTIFIER) f.names.push_back(ident(T(n)));
    f.typeExpr = typeElem(R(ch->children[1]));
    out.push_back(std::move(f));
  }
  return out;
}

// typeTerm (| typeTerm)*, each term ~? type_: a union is a left-deep chain of Or.
Expr* Builder::typeElem(Ctx* c) {
  Depth g(this, c);
  Expr* x = nullptr;
  for (ParseTree* ch : c->children) {
    if (rid(ch) != GP::RuleTypeTerm) continue;
    Expr* t = type(R(ch->children.back()));
    if (ch->children.size() == 2) {
      auto* u = A.make<UnaryExpr>(pos(ch));
      u->op = Tok::Tilde;
      u->x = t;
      t = u;
    }
    if (!x) {
      x = t;
      continue;
    }
    auto* b = A.make<BinaryExpr>(x->pos);
    b->op = Tok::Or;
    b->opPos = t->pos;
    b->x = x;
    b->y = t;
    x = b;
  }
  return x ? x : A.make<BadExpr>(pos(c));
}

// FUNC parameters? IDENTIFIER parameters result? block?
FuncDecl* Builder::funcDecl(Ctx* c) {
  Token* kw = T(c->children[0]);
  auto* d = A.make<FuncDecl>(pos(kw));
  // Directives: `//go:name` comment lines (blank lines allowed) just above the func.
  for (size_t end = kw->getStartIndex(); end > 0;) {
    size_t lineStart = src_.rfind('\n', end - 1);
    if (lineStart == std::string_view::npos) break;
    size_t prevEnd = lineStart;  // the previous line is [prevStart, prevEnd)
    size_t prevStart = prevEnd == 0 ? 0 : src_.rfind('\n', prevEnd - 1);
    prevStart = prevStart == std::string_view::npos ? 0 : prevStart + 1;
    std::string_view line = src_.substr(prevStart, prevEnd - prevStart);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line.rfind("//go:linkname ", 0) == 0) {
      d->directives.emplace_back(line.substr(2));  // whole: its names matter (ast.h)
    } else if (line.rfind("//go:", 0) == 0) {
      size_t sp = line.find_first_of(" \t");
      d->directives.emplace_back(line.substr(2, sp == std::string_view::npos ? std::string_view::npos : sp - 2));
    } else if (!line.empty() && line.rfind("//", 0) != 0) {
      break;
    }
    if (prevStart == 0) break;
    end = prevStart;
  }
  size_t i = 1;
  if (rid(c->children[1]) == GP::RuleParameters) {
    Ctx* rc = R(c->children[1]);
    std::vector<Field> recv = parameters(rc);
    size_t n = 0;
    for (Field& f : recv) n += f.names.empty() ? 1 : f.names.size();
    Pos namePos = pos(tokenAfter(rc));
    if (n == 0) {
      error(namePos, "method has no receiver");
    } else if (n > 1) {
      error(namePos, "method has multiple receivers");
    } else {
      d->recv = A.makeField();
      *d->recv = std::move(recv[0]);
    }
    i = 2;
  }
  d->name = ident(T(c->children[i]));
  if (rid(c->children[i + 1]) == GP::RuleTypeParameters) {
    d->typeParams = typeParameters(R(c->children[i + 1]));
    if (d->recv) error(pos(c->children[i + 1]), "syntax error: method must have no type parameters");
    d->generic = true;
    i++;
  }
  if (d->recv) {  // a method of a generic type names the type's parameters: (l *List[T])
    Expr* rt = unparen(d->recv->typeExpr);
    if (rt && rt->kind == NodeKind::StarExpr) rt = unparen(rt->as<StarExpr>()->x);
    if (rt && rt->kind == NodeKind::IndexExpr) d->generic = true;
  }
  d->funcType = signature(c, i + 1, pos(kw));
  if (rid(c->children.back()) == GP::RuleBlock) d->body = block(R(c->children.back()));
  return d;
}

// ---- types ----

Expr* Builder::type(Ctx* c) {  // type_
  Depth g(this, c);
  if (ttype(c->children[0]) == GP::L_PAREN) {
    auto* p = A.make<ParenExpr>(pos(c));
    p->x = type(R(c->children[1]));
    return p;
  }
  return anyType(R(R(c->children[0])->children[0]));  // nonParenType -> alternative
}

// A typeName, arrayType, structType, pointerType, functionType, interfaceType, mapType
// or channelType context.
Expr* Builder::anyType(Ctx* c) {
  switch (c->getRuleIndex()) {
    case GP::RuleTypeName: return typeName(c);
    case GP::RuleArrayType: return arrayType(c);
    case GP::RuleStructType: return structType(c);
    case GP::RulePointerType: {
      auto* s = A.make<StarExpr>(pos(c));
      s->x = type(R(c->children[1]));
      return s;
    }
    case GP::RuleFunctionType: return signature(c, 1, pos(c));
    case GP::RuleInterfaceType: return interfaceType(c);
    case GP::RuleMapType: {
      auto* m = A.make<MapType>(pos(c));
      m->key = type(R(c->children[2]));
      m->value = type(R(c->children[4]));
      return m;
    }
    case GP::RuleChannelType: return chanType(c);
    case GP::RuleNonParenType: return anyType(R(c->children[0]));
    case GP::RuleType_: return type(c);
    default: return A.make<BadExpr>(pos(c));
  }
}

Expr* Builder::typeName(Ctx* c) {  // IDENTIFIER (. IDENTIFIER)? typeArgs?
  Expr* x = ident(T(c->children[0]));
  if (c->children.size() >= 3 && ttype(c->children[1]) == GP::DOT) {
    auto* s = A.make<SelectorExpr>(x->pos);
    s->x = x;
    s->sel = ident(T(c->children[2]));
    x = s;
  }
  if (rid(c->children.back()) != GP::RuleTypeArgs) return x;
  Ctx* args = R(c->children.back());  // [ type_ (, type_)* ,? ]
  auto* ix = A.make<IndexExpr>(x->pos);
  ix->lbrack = pos(args);
  ix->x = x;
  for (ParseTree* a : args->children) {
    if (rid(a) != GP::RuleType_) continue;
    Expr* t = type(R(a));
    if (!ix->index) ix->index = t;
    else ix->extra.push_back(t);
  }
  return ix;
}

ArrayType* Builder::arrayType(Ctx* c) {  // [ (expression | ...)? ] type_
  auto* a = A.make<ArrayType>(pos(c));
  ParseTree* len = c->children[1];
  if (ttype(len) == GP::ELLIPSIS) {
    a->len = A.make<Ellipsis>(pos(len));
  } else if (rid(len) == GP::RuleExpression) {
    a->len = expr(R(len));
  }
  a->elem = type(R(c->children.back()));
  return a;
}

StructType* Builder::structType(Ctx* c) {
  Depth g(this, c);
  auto* st = A.make<StructType>(pos(c));
  for (ParseTree* ch : c->children) {
    if (rid(ch) != GP::RuleFieldDecl) continue;
    Field f;
    f.pos = pos(ch);
    ParseTree* first = ch->children[0];
    size_t i = 0;
    if (rid(first) == GP::RuleIdentifierList) {
      for (ParseTree* n : first->children) {
        if (ttype(n) == GP::IDENTIFIER) f.names.push_back(ident(T(n)));
      }
      f.typeExpr = type(R(ch->children[1]));
      i = 2;
    } else if (ttype(first) == GP::STAR) {
      auto* s = A.make<StarExpr>(pos(first));
      s->x = typeName(R(ch->children[1]));
      f.typeExpr = s;
      i = 2;
    } else {
      f.typeExpr = typeName(R(first));
      i = 1;
    }
    if (i < ch->children.size()) f.tag = basicLit(T(ch->children[i]));
    st->fields.push_back(std::move(f));
  }
  return st;
}

InterfaceType* Builder::interfaceType(Ctx* c) {
  Depth g(this, c);
  auto* it = A.make<InterfaceType>(pos(c));
  for (ParseTree* ch : c->children) {
    if (rid(ch) != GP::RuleInterfaceElem) continue;
    Field f;
    f.pos = pos(ch);
    if (ttype(ch->children[0]) == GP::IDENTIFIER) {  // method: IDENTIFIER parameters result?
      Ident* name = ident(T(ch->children[0]));
      f.names.push_back(name);
      f.typeExpr = signature(R(ch), 1, name->pos);
    } else {
      f.typeExpr = typeElem(R(ch->children[0]));
    }
    it->methods.push_back(std::move(f));
  }
  return it;
}

ChanType* Builder::chanType(Ctx* c) {  // chan<- T | chan T | <-chan T
  auto* ct = A.make<ChanType>(pos(c));
  if (ttype(c->children[0]) == GP::RECEIVE) {
    ct->dir = ChanDir::Recv;
  } else if (ttype(c->children[1]) == GP::RECEIVE) {
    ct->dir = ChanDir::Send;
  }
  ct->elem = type(R(c->children.back()));
  return ct;
}

// The `parameters result?` found among c's children from index `from` on.
FuncType* Builder::signature(Ctx* c, size_t from, Pos p) {
  Depth g(this, c);
  auto* ft = A.make<FuncType>(p);
  ft->params = parameters(R(c->children[from]));
  if (from + 1 < c->children.size() && rid(c->children[from + 1]) == GP::RuleResult) {
    Ctx* res = R(R(c->children[from + 1])->children[0]);
    if (res->getRuleIndex() == GP::RuleParameters) {
      ft->results = parameters(res);
    } else {
      Field f;
      f.pos = pos(res);
      f.typeExpr = anyType(res);
      ft->results.push_back(std::move(f));
    }
  }
  return ft;
}

// Go's parameter grouping: if any entry has a name, entries that are a bare name
// are names sharing the type of the next entry with a type (`a, b int`); otherwise
// every entry is a type.
std::vector<Field> Builder::parameters(Ctx* c) {
  struct Entry {
    Token* name = nullptr;  // explicit name
    Token* bare = nullptr;  // the entry is a bare identifier (name or type)
    Expr* typ = nullptr;    // with ... applied
    Pos pos;
  };
  std::vector<Entry> entries;
  bool named = false;
  for (ParseTree* ch : c->children) {
    if (rid(ch) != GP::RuleParameterDecl) continue;
    Entry e;
    e.pos = pos(ch);
    Token* dots = nullptr;
    Ctx* typeCtx = nullptr;
    for (ParseTree* k : ch->children) {
      if (ttype(k) == GP::IDENTIFIER)
        e.name = T(k);
      else if (ttype(k) == GP::ELLIPSIS)
        dots = T(k);
      else
        typeCtx = R(k);
    }
    if (e.name) named = true;
    if (!e.name && !dots) {  // type_ -> nonParenType -> typeName with one name?
      Ctx* np = R(typeCtx->children[0]);
      if (np && np->getRuleIndex() == GP::RuleNonParenType) {
        Ctx* tn = R(np->children[0]);
        if (tn->getRuleIndex() == GP::RuleTypeName && tn->children.size() == 1)
          e.bare = T(tn->children[0]);
      }
    }
    Expr* t = type(typeCtx);
    if (dots) {
      auto* el = A.make<Ellipsis>(pos(dots));
      el->elt = t;
      t = el;
    }
    e.typ = t;
    entries.push_back(e);
  }

  std::vector<Field> out;
  if (!named) {
    for (Entry& e : entries) {
      Field f;
      f.pos = e.pos;
      f.typeExpr = e.typ;
      out.push_back(std::move(f));
    }
    return out;
  }
  // Some are named: every entry needs a name, and every name a type to its right.
  bool mixed = false;
  Pos errPos;
  Expr* typ = nullptr;
  for (size_t i = entries.size(); i-- > 0;) {
    Entry& e = entries[i];
    if (e.name) {
      typ = e.typ;
    } else if (e.bare && typ) {
      e.typ = nullptr;  // a name sharing typ
    } else {
      mixed = true;
      errPos = e.pos;
    }
  }
  if (mixed) {
    error(errPos, "syntax error: mixed named and unnamed parameters");
    return out;
  }
  Field cur;
  for (Entry& e : entries) {
    if (cur.names.empty()) cur.pos = e.pos;
    cur.names.push_back(ident(e.name ? e.name : e.bare));
    if (e.name) {
      cur.typeExpr = e.typ;
      out.push_back(std::move(cur));
      cur = Field();
    }
  }
  return out;
}

// ---- statements ----

void Builder::statementList(Ctx* c, std::vector<Stmt*>& out) {
  for (ParseTree* ch : c->children) {
    if (rid(ch) == GP::RuleStatement) out.push_back(statement(R(ch)));
  }
}

BlockStmt* Builder::block(Ctx* c) {  // { statementList }
  Depth g(this, c);
  auto* b = A.make<BlockStmt>(pos(c));
  statementList(R(c->children[1]), b->stmts);
  b->rbrace = pos(c->children[2]);
  return b;
}

Stmt* Builder::statement(Ctx* c) {
  Ctx* k = R(c->children[0]);
  switch (k->getRuleIndex()) {
    case GP::RuleDeclaration: {
      GenDecl* d = genDecl(R(k->children[0]));
      auto* s = A.make<DeclStmt>(d->pos);
      s->decl = d;
      return s;
    }
    case GP::RuleLabeledStmt: {  // IDENTIFIER : statement?
      Depth g(this, k, 1, true);  // a run of labels is a chain, not nesting
      auto* s = A.make<LabeledStmt>(pos(k));
      s->label = ident(T(k->children[0]));
      if (k->children.size() > 2) {
        s->stmt = statement(R(k->children[2]));
      } else {
        Token* colon = T(k->children[1]);
        s->stmt = A.make<EmptyStmt>(pos(tokens_->get(colon->getTokenIndex() + 1)));
      }
      return s;
    }
    case GP::RuleSimpleStmt: return simpleStmt(k, false);
    case GP::RuleGoStmt:
    case GP::RuleDeferStmt: return callStmt(k);
    case GP::RuleReturnStmt: {
      auto* s = A.make<ReturnStmt>(pos(k));
      if (k->children.size() > 1) s->results = exprList(R(k->children[1]));
      return s;
    }
    case GP::RuleBreakStmt:
    case GP::RuleContinueStmt:
    case GP::RuleGotoStmt:
    case GP::RuleFallthroughStmt: {
      auto* s = A.make<BranchStmt>(pos(k));
      switch (ttype(k->children[0])) {
        case GP::BREAK: s->tok = Tok::Break; break;
        case GP::CONTINUE: s->tok = Tok::Continue; break;
        case GP::GOTO: s->tok = Tok::Goto; break;
        default: s->tok = Tok::Fallthrough; break;
      }
      if (k->children.size() > 1) s->label = ident(T(k->children[1]));
      return s;
    }
    case GP::RuleBlock: return block(k);
    case GP::RuleIfStmt: return ifStmt(k);
    case GP::RuleSwitchStmt: return switchStmt(k);
    case GP::RuleSelectStmt: return selectStmt(k);
    case GP::RuleForStmt: return forStmt(k);
    default: return A.make<BadStmt>(pos(k));
  }
}

// simpleStmt or simpleStmtH. A range clause comes back as a RangeStmt without body;
// only a for header accepts one (rangeOk).
Stmt* Builder::simpleStmt(Ctx* c, bool rangeOk) {
  auto& ch = c->children;
  auto rangeClause = [&](ParseTree* rangeTok, std::vector<Expr*> lhs, Tok tok, Ctx* x) -> Stmt* {
    auto* r = A.make<RangeStmt>(lhs.empty() ? pos(rangeTok) : lhs[0]->pos);
    if (!rangeOk) error(pos(rangeTok), "syntax error: unexpected range, expecting expression");
    if (lhs.size() > 2)
      lateError(lhs[2]->pos, "range clause permits at most two iteration variables");
    if (!lhs.empty()) r->key = lhs[0];
    if (lhs.size() > 1) r->value = lhs[1];
    r->tok = tok;
    r->x = expr(x);
    r->rangePos = pos(rangeTok);
    return r;
  };
  if (ttype(ch[0]) == GP::RANGE) return rangeClause(ch[0], {}, Tok::None, R(ch[1]));

  std::vector<Expr*> lhs = exprList(R(ch[0]));
  Pos p = lhs[0]->pos;
  // Only = and := take lists; Go's message names the token after the list.
  auto single = [&](Token* at) {
    if (lhs.size() > 1) {
      error(pos(at),
            "syntax error: unexpected " + describeToken(*at) + ", expecting := or = or comma");
    }
  };
  if (ch.size() == 1) {
    single(tokenAfter(R(ch[0])));
    auto* s = A.make<ExprStmt>(p);
    s->x = lhs[0];
    return s;
  }
  size_t op = ttype(ch[1]);
  if (op == GP::INC || op == GP::DEC) {
    single(T(ch[1]));
    auto* s = A.make<IncDecStmt>(p);
    s->x = lhs[0];
    s->opPos = pos(ch[1]);
    s->inc = op == GP::INC;
    return s;
  }
  if (op == GP::RECEIVE) {
    single(T(ch[1]));
    auto* s = A.make<SendStmt>(p);
    s->chan = lhs[0];
    s->arrow = pos(ch[1]);
    s->value = expr(R(ch[2]));
    return s;
  }
  Token* opTok = op == GP::DECLARE_ASSIGN ? T(ch[1]) : T(R(ch[1])->children[0]);
  Tok tok = assignTok(opTok->getType());
  if (ttype(ch[2]) == GP::RANGE) {
    if (tok != Tok::Assign && tok != Tok::Define) {
      error(pos(ch[2]), "syntax error: unexpected range, expecting expression");
    }
    return rangeClause(ch[2], std::move(lhs), tok, R(ch[3]));
  }
  if (tok != Tok::Assign && tok != Tok::Define) single(opTok);
  auto* s = A.make<AssignStmt>(p);
  s->lhs = std::move(lhs);
  s->tok = tok;
  s->opPos = posOf(opTok);
  s->rhs = exprList(R(ch[2]));
  return s;
}

Stmt* Builder::callStmt(Ctx* c) {  // go/defer expression
  Token* kw = T(c->children[0]);
  bool isGo = kw->getType() == GP::GO;
  Expr* x = expr(R(c->children[1]));
  const char* what = isGo ? "go" : "defer";
  if (x->kind == NodeKind::ParenExpr) {
    error(x->pos, std::string("expression in ") + what + " must not be parenthesized");
    x = unparen(x);
  }
  CallExpr* call = nullptr;
  if (x->kind == NodeKind::CallExpr) {
    call = x->as<CallExpr>();
  } else {
    error(x->pos, std::string("expression in ") + what + " must be function call");
  }
  if (isGo) {
    auto* s = A.make<GoStmt>(pos(kw));
    s->call = call;
    return s;
  }
  auto* s = A.make<DeferStmt>(pos(kw));
  s->call = call;
  return s;
}

// Where Go reports a simple statement: at its operator (syntax.AssignStmt's position).
Pos opPos(Ctx* stmtCtx) {
  if (stmtCtx->children.size() > 1) {
    ParseTree* op = stmtCtx->children[1];
    if (Ctx* oc = R(op)) return posOf(oc->getStart());
    return posOf(T(op));
  }
  return posOf(stmtCtx->getStart());
}

// The condition of an if or for header: an expression statement, else Go's error.
Expr* Builder::condition(Ctx* stmtCtx, Stmt* s) {
  if (s->kind == NodeKind::ExprStmt) return s->as<ExprStmt>()->x;
  std::string str;
  if (s->kind == NodeKind::AssignStmt && s->as<AssignStmt>()->tok == Tok::Assign) {
    str = "assignment (" + text(R(stmtCtx->children[0])) + ") = (" + text(R(stmtCtx->children[2])) +
          ")";
  } else {
    str = text(stmtCtx);
  }
  error(opPos(stmtCtx), "syntax error: cannot use " + str + " as value");
  return A.make<BadExpr>(s->pos);
}

// The parts of an if/switch header: two simple statements around an optional `;`.
struct HeaderParts {
  Ctx* init = nullptr;
  Token* semi = nullptr;
  Ctx* cond = nullptr;
};

HeaderParts splitHeader(Ctx* h) {
  HeaderParts parts;
  bool afterSemi = false;
  for (ParseTree* ch : h->children) {
    if (ttype(ch) == GP::SEMI) {
      parts.semi = T(ch);
      afterSemi = true;
    } else if (afterSemi) {
      parts.cond = R(ch);
    } else {
      parts.init = R(ch);
    }
  }
  if (!parts.semi) std::swap(parts.init, parts.cond);  // the only part is the condition
  return parts;
}

// IF header? block (ELSE (ifStmt | block))?
Stmt* Builder::ifStmt(Ctx* c, bool link) {
  Depth g(this, c, 1, link);  // an else-if chain counts as a chain, not as nesting
  auto* s = A.make<IfStmt>(pos(c));
  size_t i = 1;
  HeaderParts h;
  if (rid(c->children[1]) == GP::RuleHeader) h = splitHeader(R(c->children[i++]));
  Ctx* bodyCtx = R(c->children[i++]);
  if (h.init) s->init = simpleStmt(h.init, false);
  if (h.cond) {
    s->cond = condition(h.cond, simpleStmt(h.cond, false));
  } else if (h.semi) {
    if (h.semi->getText() == ";") {
      error(pos(h.semi), "syntax error: missing condition in if statement");
    } else {
      error(pos(h.semi),
            "syntax error: unexpected " + h.semi->getText() + ", expecting { after if clause");
    }
  } else {
    error(pos(bodyCtx), "syntax error: missing condition in if statement");
  }
  s->body = block(bodyCtx);
  if (i + 1 < c->children.size()) {
    Ctx* e = R(c->children[i + 1]);
    s->els = e->getRuleIndex() == GP::RuleIfStmt ? ifStmt(e, true) : block(e);
  }
  return s;
}

// SWITCH header? { caseClause* }
Stmt* Builder::switchStmt(Ctx* c) {
  Depth g(this, c);
  Pos p = pos(c);
  HeaderParts h;
  if (rid(c->children[1]) == GP::RuleHeader) h = splitHeader(R(c->children[1]));
  Stmt* init = h.init ? simpleStmt(h.init, false) : nullptr;
  Stmt* tagStmt = h.cond ? simpleStmt(h.cond, false) : nullptr;

  // A type switch guard: x.(type) or v := x.(type).
  auto guard = [&](Expr* e) -> TypeAssertExpr* {
    if (e && e->kind == NodeKind::TypeAssertExpr && guards_.count(e->as<TypeAssertExpr>())) {
      return e->as<TypeAssertExpr>();
    }
    return nullptr;
  };
  TypeAssertExpr* ta = nullptr;
  Ident* binding = nullptr;
  if (tagStmt && tagStmt->kind == NodeKind::ExprStmt) {
    ta = guard(tagStmt->as<ExprStmt>()->x);
  } else if (tagStmt && tagStmt->kind == NodeKind::AssignStmt) {
    auto* as = tagStmt->as<AssignStmt>();
    if (as->tok == Tok::Define && as->lhs.size() == 1 && as->rhs.size() == 1 &&
        as->lhs[0]->kind == NodeKind::Ident) {
      ta = guard(as->rhs[0]);
      if (ta) binding = as->lhs[0]->as<Ident>();
    }
  }

  std::vector<CaseClause*> clauses;
  for (ParseTree* ch : c->children) {
    if (rid(ch) == GP::RuleCaseClause) clauses.push_back(caseClause(R(ch)));
  }
  if (ta) {
    guards_.erase(ta);
    auto* s = A.make<TypeSwitchStmt>(p);
    s->init = init;
    s->binding = binding;
    s->x = ta->x;
    s->clauses = std::move(clauses);
    return s;
  }
  auto* s = A.make<SwitchStmt>(p);
  s->init = init;
  if (tagStmt) s->tag = condition(h.cond, tagStmt);
  s->clauses = std::move(clauses);
  return s;
}

CaseClause* Builder::caseClause(Ctx* c) {  // (CASE expressionList | DEFAULT) : statementList
  auto* cc = A.make<CaseClause>(pos(c));
  for (ParseTree* ch : c->children) {
    switch (rid(ch)) {
      case GP::RuleExpressionList: cc->list = exprList(R(ch)); break;
      case GP::RuleStatementList: statementList(R(ch), cc->body); break;
      default:
        if (ttype(ch) == GP::DEFAULT) cc->isDefault = true;
        if (ttype(ch) == GP::COLON) cc->colon = pos(ch);
        break;
    }
  }
  return cc;
}

// SELECT { commClause* }, each (CASE simpleStmt | DEFAULT) : statementList
Stmt* Builder::selectStmt(Ctx* c) {
  Depth g(this, c);
  auto* s = A.make<SelectStmt>(pos(c));
  auto isRecv = [](Expr* e) {
    e = unparen(e);
    return e && e->kind == NodeKind::UnaryExpr && e->as<UnaryExpr>()->op == Tok::Arrow;
  };
  for (ParseTree* ch : c->children) {
    if (rid(ch) != GP::RuleCommClause) continue;
    auto* cc = A.make<CommClause>(pos(ch));
    for (ParseTree* k : ch->children) {
      if (rid(k) == GP::RuleSimpleStmt) {
        Stmt* comm = simpleStmt(R(k), false);
        bool ok = false;
        switch (comm->kind) {
          case NodeKind::SendStmt: ok = true; break;
          case NodeKind::ExprStmt: ok = isRecv(comm->as<ExprStmt>()->x); break;
          case NodeKind::AssignStmt: {
            auto* as = comm->as<AssignStmt>();
            ok = (as->tok == Tok::Assign || as->tok == Tok::Define) && as->lhs.size() <= 2 &&
                 as->rhs.size() == 1 && isRecv(as->rhs[0]);
            break;
          }
          default: break;
        }
        if (!ok)
          lateError(opPos(R(k)), "select case must be send or receive (possibly with assignment)");
        cc->comm = comm;
      } else if (rid(k) == GP::RuleStatementList) {
        statementList(R(k), cc->body);
      }
    }
    s->clauses.push_back(cc);
  }
  return s;
}

// FOR forHeader? block
Stmt* Builder::forStmt(Ctx* c) {
  Depth g(this, c);
  Pos p = pos(c);
  Ctx* bodyCtx = R(c->children.back());
  Ctx* h = c->children.size() == 3 ? R(c->children[1]) : nullptr;
  if (h && h->children.size() == 1) {
    Ctx* only = R(h->children[0]);
    Stmt* st = simpleStmt(only, true);
    if (st->kind == NodeKind::RangeStmt) {
      auto* r = st->as<RangeStmt>();
      r->pos = p;
      r->body = block(bodyCtx);
      return r;
    }
    auto* f = A.make<ForStmt>(p);
    f->cond = condition(only, st);
    f->body = block(bodyCtx);
    return f;
  }
  auto* f = A.make<ForStmt>(p);
  if (h) {
    int part = 0;
    for (ParseTree* ch : h->children) {
      if (ttype(ch) == GP::SEMI) {
        part++;
        continue;
      }
      Ctx* sc = R(ch);
      Stmt* st = simpleStmt(sc, false);
      if (part == 0) {
        f->init = st;
      } else if (part == 1) {
        f->cond = condition(sc, st);
      } else {
        if (st->kind == NodeKind::AssignStmt && st->as<AssignStmt>()->tok == Tok::Define) {
          error(opPos(sc), "syntax error: cannot declare in post statement of for loop");
        }
        f->post = st;
      }
    }
  }
  f->body = block(bodyCtx);
  return f;
}

// ---- expressions ----

std::vector<Expr*> Builder::exprList(Ctx* c) {
  std::vector<Expr*> out;
  for (ParseTree* ch : c->children) {
    if (Ctx* e = R(ch)) out.push_back(expr(e));
  }
  return out;
}

// expression / expressionH. Binary chains (`a + b + c ...`) nest to the left in the parse
// tree; they are walked with a loop, so only the AST's own depth counts.
Expr* Builder::expr(Ctx* c) {
  Depth g(this, c);
  auto& ch = c->children;
  if (ch.size() == 1) return primary(R(ch[0]));
  if (ch.size() == 2) return unary(c);
  std::vector<Ctx*> spine;
  Ctx* cur = c;
  while (cur->children.size() == 3) {
    spine.push_back(cur);
    cur = R(cur->children[0]);
  }
  Depth chain(this, c, static_cast<int>(spine.size()), true);
  Expr* x = expr(cur);
  for (auto it = spine.rbegin(); it != spine.rend(); ++it) {
    Token* op = T((*it)->children[1]);
    auto* b = A.make<BinaryExpr>(x->pos);
    b->op = binaryTok(op->getType());
    b->opPos = pos(op);
    b->x = x;
    b->y = expr(R((*it)->children[2]));
    x = b;
  }
  return x;
}

Expr* Builder::unary(Ctx* c) {  // op expression
  Token* op = T(c->children[0]);
  Expr* x = expr(R(c->children[1]));
  Pos p = pos(op);
  switch (op->getType()) {
    case GP::STAR: {
      auto* s = A.make<StarExpr>(p);
      s->x = x;
      return s;
    }
    case GP::RECEIVE:
      if (x->kind == NodeKind::ChanType) {
        // <-chan T is a channel type, not a receive: move the arrow onto the channel
        // types, leftmost first (go/parser's re-association).
        auto* typ = x->as<ChanType>();
        ChanDir dir = ChanDir::Send;
        while (typ && dir == ChanDir::Send) {
          if (typ->dir == ChanDir::Recv)
            error(typ->pos, "syntax error: unexpected <-, expecting chan");
          dir = typ->dir;
          typ->dir = ChanDir::Recv;
          std::swap(typ->pos, p);
          typ = typ->elem && typ->elem->kind == NodeKind::ChanType ? typ->elem->as<ChanType>()
                                                                   : nullptr;
        }
        if (dir == ChanDir::Send) error(p, "syntax error: unexpected <-, expecting chan");
        x->pos = pos(op);
        return x;
      }
      break;
    default: break;
  }
  auto* u = A.make<UnaryExpr>(p);
  switch (op->getType()) {
    case GP::PLUS: u->op = Tok::Add; break;
    case GP::MINUS: u->op = Tok::Sub; break;
    case GP::EXCLAMATION: u->op = Tok::Not; break;
    case GP::CARET: u->op = Tok::Xor; break;
    case GP::AMPERSAND: u->op = Tok::And; break;
    default: u->op = Tok::Arrow; break;
  }
  u->x = x;
  return u;
}

// primaryExpr / primaryExprH: an operand and its suffixes, walked with a loop.
Expr* Builder::primary(Ctx* c) {
  std::vector<Ctx*> spine;
  while (c->children.size() > 1) {
    spine.push_back(c);
    c = R(c->children[0]);
  }
  Depth g(this, c, static_cast<int>(spine.size()));
  Expr* x = operand(R(c->children[0]));
  for (auto it = spine.rbegin(); it != spine.rend(); ++it) x = suffix(x, *it);
  return x;
}

Expr* Builder::suffix(Expr* x, Ctx* c) {
  auto& ch = c->children;
  switch (ttype(ch[1])) {
    case GP::DOT:
      if (ch.size() == 3) {  // . IDENTIFIER
        auto* s = A.make<SelectorExpr>(x->pos);
        s->x = x;
        s->sel = ident(T(ch[2]));
        s->dot = pos(ch[1]);
        return s;
      } else {  // . ( type_ | TYPE )
        auto* t = A.make<TypeAssertExpr>(x->pos);
        t->x = x;
        t->dot = pos(ch[1]);
        if (ttype(ch[3]) == GP::TYPE) {
          guards_.insert(t);
        } else {
          t->typeExpr = type(R(ch[3]));
        }
        return t;
      }
    case GP::L_BRACKET: {  // [ expression? (: expression? (: expression?)? | (, expression)+ ,? | ,)? ] literalValue?
      Expr* parts[3] = {nullptr, nullptr, nullptr};
      Token* colons[2] = {nullptr, nullptr};
      int ncolon = 0;
      std::vector<Expr*> more;  // F[A, B, C]: the type arguments after the first
      // A generic type's composite literal: List[int]{...} (see literalType in GoLite.g4).
      Ctx* lit = rid(ch.back()) == GP::RuleLiteralValue ? R(ch.back()) : nullptr;
      size_t end = lit ? ch.size() - 1 : ch.size();
      for (size_t i = 2; i + 1 < end; i++) {
        if (ttype(ch[i]) == GP::COLON) {
          colons[ncolon++] = T(ch[i]);
        } else if (ttype(ch[i]) == GP::COMMA) {
          continue;
        } else if (parts[0] && ncolon == 0) {
          more.push_back(expr(R(ch[i])));
        } else {
          parts[ncolon] = expr(R(ch[i]));
        }
      }
      Token* rbrack = T(ch[end - 1]);
      if (ncolon == 0) {
        if (!parts[0]) error(pos(rbrack), "syntax error: unexpected ], expecting operand");
        auto* ix = A.make<IndexExpr>(x->pos);
        ix->lbrack = pos(ch[1]);
        ix->x = x;
        ix->index = parts[0];
        ix->extra = std::move(more);
        if (lit) return literalValue(lit, ix);
        return ix;
      }
      if (lit) error(pos(lit), "syntax error: unexpected { at end of statement");
      auto* s = A.make<SliceExpr>(x->pos);
      s->lbrack = pos(ch[1]);
      s->x = x;
      s->lo = parts[0];
      s->hi = parts[1];
      s->max = parts[2];
      s->slice3 = ncolon == 2;
      if (s->slice3) {
        if (!s->hi) lateError(pos(colons[1]), "middle index required in 3-index slice");
        if (!s->max) lateError(pos(rbrack), "final index required in 3-index slice");
      }
      return s;
    }
    default: {  // ( (expressionList ...? ,?)? )
      auto* call = A.make<CallExpr>(x->pos);
      call->fun = x;
      call->lparen = pos(ch[1]);
      for (size_t i = 2; i < ch.size(); i++) {
        switch (rid(ch[i])) {
          case GP::RuleExpressionList: call->args = exprList(R(ch[i])); break;
          default:
            if (ttype(ch[i]) == GP::ELLIPSIS) call->hasEllipsis = true;
            if (ttype(ch[i]) == GP::R_PAREN) call->rparen = pos(ch[i]);
            break;
        }
      }
      return call;
    }
  }
}

Expr* Builder::operand(Ctx* c) {  // operand / operandH
  ParseTree* k = c->children[0];
  if (Token* t = T(k)) {
    if (t->getType() == GP::IDENTIFIER) return ident(t);
    auto* p = A.make<ParenExpr>(pos(t));  // ( expression )
    p->x = expr(R(c->children[1]));
    return p;
  }
  Ctx* kc = R(k);
  switch (kc->getRuleIndex()) {
    case GP::RuleBasicLit: return basicLit(T(kc->children[0]));
    case GP::RuleCompositeLit:
    case GP::RuleCompositeLitH: {  // literalType literalValue
      Ctx* lt = R(kc->children[0]);
      Expr* typ = nullptr;
      if (Token* name = T(lt->children[0])) {  // IDENTIFIER (. IDENTIFIER)?
        typ = ident(name);
        if (lt->children.size() == 3) {
          auto* sel = A.make<SelectorExpr>(typ->pos);
          sel->x = typ;
          sel->dot = pos(lt->children[1]);
          sel->sel = ident(T(lt->children[2]));
          typ = sel;
        }
      } else {
        typ = anyType(R(lt->children[0]));
      }
      return literalValue(R(kc->children[1]), typ);
    }
    case GP::RuleFuncLit: {  // FUNC parameters result? block
      auto* f = A.make<FuncLit>(pos(kc));
      f->funcType = signature(kc, 1, f->pos);
      f->body = block(R(kc->children.back()));
      return f;
    }
    case GP::RuleTypeLitExpr: return typeLitExpr(kc);
    default: return A.make<BadExpr>(pos(kc));
  }
}

BasicLit* Builder::basicLit(Token* t) {
  auto* b = A.make<BasicLit>(pos(t));
  switch (t->getType()) {
    case GP::INT_LIT: b->litKind = LitKind::Int; break;
    case GP::FLOAT_LIT: b->litKind = LitKind::Float; break;
    case GP::IMAGINARY_LIT: b->litKind = LitKind::Imag; break;
    case GP::RUNE_LIT: b->litKind = LitKind::Char; break;
    default: b->litKind = LitKind::String; break;
  }
  b->text = t->getText();
  return b;
}

// { (keyedElement (, keyedElement)* ,?)? }; typ is nil for an elided inner literal.
CompositeLit* Builder::literalValue(Ctx* c, Expr* typ) {
  Depth g(this, c);
  auto* lit = A.make<CompositeLit>(typ ? typ->pos : pos(c));
  lit->lbrace = pos(c);
  lit->typeExpr = typ;
  for (ParseTree* ch : c->children) {
    if (rid(ch) == GP::RuleKeyedElement) {
      Expr* key = element(R(ch->children[0]));
      if (ch->children.size() == 3) {
        auto* kv = A.make<KeyValueExpr>(key->pos);
        kv->key = key;
        kv->value = element(R(ch->children[2]));
        lit->elts.push_back(kv);
      } else {
        lit->elts.push_back(key);
      }
    } else if (ttype(ch) == GP::R_CURLY) {
      lit->rbrace = pos(ch);
    }
  }
  return lit;
}

Expr* Builder::element(Ctx* c) {  // expression | literalValue
  Ctx* k = R(c->children[0]);
  if (k->getRuleIndex() == GP::RuleLiteralValue) return literalValue(k, nullptr);
  return expr(k);
}

Expr* Builder::typeLitExpr(Ctx* c) {
  if (ttype(c->children[0]) == GP::CHAN) {  // CHAN RECEIVE? type_
    auto* ct = A.make<ChanType>(pos(c));
    ct->dir = ttype(c->children[1]) == GP::RECEIVE ? ChanDir::Send : ChanDir::Both;
    ct->elem = type(R(c->children.back()));
    return ct;
  }
  return anyType(R(c->children[0]));
}

// ---- one parse: lexing, checks, the two-stage parse ------------------------------------

// Whether any lexer or parser was made: their ATNs are deserialized at the first (see
// grammar/lazy_init.cmake), and a run whose files all came from the parse cache has none.
static std::atomic<bool> grammarUsed{false};

class Session {
 public:
  Session(const std::string& filename, std::string_view src)
      : src_(withoutBOM(src)),
        stream_(src_, filename),
        lexer_(&stream_),
        tokens_(&lexer_),
        limit_(stackLimit()),
        parser_(&tokens_, limit_) {
    parser_.removeErrorListeners();
    grammarUsed.store(true, std::memory_order_relaxed);
  }

  // Lexes, checks and parses with the start rule; nil after errors (in errors).
  Ctx* run(Ctx* (*start)(GP&)) {
    checkEncoding(src_, encodingErrors_);
    errors.add(encodingErrors_);
    tokens_.fill();
    errors.add(lexer_.errors);
    if (!nestingOK()) return nullptr;

    Ctx* tree = nullptr;
    try {
      tree = twoStage(start);
    } catch (TooDeep& e) {
      errors.add(e.pos, kTooDeep);
      return nullptr;
    }
    if (!errors.list.empty()) return nullptr;
    return tree;
  }

  std::string_view src() const { return src_; }
  antlr4::TokenStream* tokens() { return &tokens_; }
  uintptr_t limit() const { return limit_; }
  ErrorList errors;

 private:
  // A leading byte order mark is ignored, as Go's scanner does; blanking it keeps
  // byte columns the same.
  std::string_view withoutBOM(std::string_view src) {
    if (src.substr(0, 3) != "\xEF\xBB\xBF") return src;
    copy_ = std::string(src);
    copy_.replace(0, 3, "   ");
    return copy_;
  }

  bool nestingOK() {
    int depth = 0;
    for (Token* t : tokens_.getTokens()) {
      switch (t->getType()) {
        case GP::L_PAREN:
        case GP::L_BRACKET:
        case GP::L_CURLY:
          if (++depth > kMaxNesting) {
            errors.add(posOf(t), kTooDeep);
            return false;
          }
          break;
        case GP::R_PAREN:
        case GP::R_BRACKET:
        case GP::R_CURLY: depth--; break;
        default: break;
      }
    }
    return true;
  }

  Ctx* twoStage(Ctx* (*start)(GP&)) {
    auto* sim = parser_.getInterpreter<antlr4::atn::ParserATNSimulator>();
    sim->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser_.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    try {
      return start(parser_);
    } catch (antlr4::ParseCancellationException&) {
    }
    tokens_.seek(0);
    parser_.reset();
    sim->setPredictionMode(antlr4::atn::PredictionMode::LL);
    parser_.setErrorHandler(std::make_shared<GoErrorStrategy>(errors));
    return start(parser_);
  }

  std::string copy_;
  std::string_view src_;
  std::vector<LexError> encodingErrors_;
  ByteStream stream_;
  GoLexer lexer_;
  antlr4::CommonTokenStream tokens_;
  uintptr_t limit_;
  GuardedParser parser_;
};

}  // namespace

static ast::File* parseFileHere(ast::Arena& arena, const std::string& filename,
                                std::string_view src, Diagnostics& diags);
static bool parseFragmentHere(ast::Arena& arena, const std::string& filename, std::string_view src,
                       std::vector<ast::Node*>& decls, std::vector<ast::Stmt*>& stmts,
                       Diagnostics& diags);

// Runs fn on a thread with a large native stack (its pages are only touched as deep as
// the parse goes), so that deep but valid nesting parses where the main thread's 8 MB
// would run out; the stack probes still turn exhaustion into a diagnostic. The thread is
// started once and kept (a REPL session parses and compiles on it input after input, and
// what it caches per thread, such as the allocator's mcache, is made once). Callers take
// turns and wait: parsing stays sequential.
thread_local bool onLargeStackNow = false;

class LargeStackThread {
 public:
  // Runs job there; false when no such thread could be started.
  bool run(const std::function<void()>& job) {
    std::lock_guard<std::mutex> turn(turn_);
    std::unique_lock<std::mutex> lock(mu_);
    if (!started_ && !start()) return false;
    job_ = &job;
    done_ = false;
    cv_.notify_all();
    cv_.wait(lock, [&] { return done_; });
    return true;
  }

 private:
  bool start() {
    constexpr size_t kStack = size_t{512} << 20;
    pthread_attr_t attr;
    pthread_t thread;
    bool ok = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, kStack) == 0 &&
              pthread_create(&thread, &attr, [](void* self) -> void* {
                static_cast<LargeStackThread*>(self)->loop();
                return nullptr;
              }, this) == 0;
    pthread_attr_destroy(&attr);
    if (ok) pthread_detach(thread);
    return started_ = ok;
  }
  void loop() {
    onLargeStackNow = true;
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      cv_.wait(lock, [&] { return job_ != nullptr; });
      const std::function<void()>* job = job_;
      lock.unlock();
      (*job)();  // jobs catch their own exceptions
      lock.lock();
      job_ = nullptr;
      done_ = true;
      cv_.notify_all();
    }
  }
  std::mutex turn_, mu_;
  std::condition_variable cv_;
  const std::function<void()>* job_ = nullptr;
  bool done_ = false;
  bool started_ = false;
};

template <class F>
auto onParserStack(F fn) -> decltype(fn()) {
  using R = decltype(fn());
  if (onLargeStackNow) return fn();
  static LargeStackThread* thread = new LargeStackThread;  // kept until exit
  R result{};
  std::exception_ptr error;
  std::function<void()> job = [&] {
    try {
      result = fn();
    } catch (...) {
      error = std::current_exception();
    }
  };
  if (!thread->run(job)) return fn();  // no thread to be had: run here, within this stack's limits
  if (error) std::rethrow_exception(error);
  return result;
}

void onLargeStack(const std::function<void()>& fn) {
  onParserStack([&] {
    fn();
    return 0;
  });
}

ast::File* parseFile(ast::Arena& arena, const std::string& filename, std::string_view src,
                     Diagnostics& diags) {
  return onParserStack([&] { return parseFileHere(arena, filename, src, diags); });
}

bool parseFragment(ast::Arena& arena, const std::string& filename, std::string_view src,
                   std::vector<ast::Node*>& decls, std::vector<ast::Stmt*>& stmts,
                   Diagnostics& diags) {
  return onParserStack([&] { return parseFragmentHere(arena, filename, src, decls, stmts, diags); });
}

static ast::File* parseFileHere(ast::Arena& arena, const std::string& filename,
                                std::string_view src, Diagnostics& diags) {
  Session s(filename, src);
  Ctx* tree = s.run([](GP& p) -> Ctx* { return p.sourceFile(); });
  if (!tree) {
    s.errors.flush(filename, diags);
    return nullptr;
  }
  Builder b(arena, s.src(), s.tokens(), s.limit());
  ast::File* f = nullptr;
  try {
    f = b.file(tree);
  } catch (BuildAbort&) {
  }
  if (!b.errors.empty()) {
    b.errors.flush(filename, diags);
    return nullptr;
  }
  f->filename = filename;
  return f;
}

static bool parseFragmentHere(ast::Arena& arena, const std::string& filename, std::string_view src,
                       std::vector<ast::Node*>& decls, std::vector<ast::Stmt*>& stmts,
                       Diagnostics& diags) {
  Session s(filename, src);
  Ctx* tree = s.run([](GP& p) -> Ctx* { return p.replInput(); });
  if (!tree) {
    s.errors.flush(filename, diags);
    return false;
  }
  Builder b(arena, s.src(), s.tokens(), s.limit());
  std::vector<ast::Node*> d;
  std::vector<ast::Stmt*> st;
  try {
    b.fragment(tree, d, st);
  } catch (BuildAbort&) {
  }
  if (!b.errors.empty()) {
    b.errors.flush(filename, diags);
    return false;
  }
  decls.insert(decls.end(), d.begin(), d.end());
  stmts.insert(stmts.end(), st.begin(), st.end());
  return true;
}

}  // namespace golite

namespace golite {

void releaseParseCaches() {
  if (!grammarUsed.load(std::memory_order_relaxed)) return;  // nothing learned, nothing to free
  ByteStream in(std::string_view(), "");
  GoLexer lexer(&in);
  antlr4::CommonTokenStream tokens(&lexer);
  grammar::GoLiteParser parser(&tokens);
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->clearDFA();
  lexer.getInterpreter<antlr4::atn::LexerATNSimulator>()->clearDFA();
}

}  // namespace golite
