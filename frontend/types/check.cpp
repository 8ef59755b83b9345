// The type checker's driver: package set-up, object collection, error reporting, the
// expression printer used in messages, unused imports, init order and the `main` check.
//
// Mirrors types2's check.go, resolver.go, errors.go and initorder.go (Go 1.19). The order of
// phases is types2's: collect objects, type declarations first then the other package-level
// objects (lazily, in source order), function bodies, unused imports, init order. Errors
// are gathered in report order; like the gc compiler, the first 10 are kept (then
// "too many errors") and printed sorted by position.
#include "frontend/types/check_impl.h"
#include "frontend/syntax/walk.h"

#include <algorithm>
#include <functional>
#include <unordered_set>
#include <sstream>

namespace golite {

using namespace ty;
using ast::NodeKind;

// ---------------------------------------------------------------------------------------
// small helpers

Pos startPos(ast::Node* n) {
  for (;;) {
    if (!n) return Pos{};
    switch (n->kind) {
      case NodeKind::CompositeLit: {
        auto* c = n->as<ast::CompositeLit>();
        if (c->typeExpr) { n = c->typeExpr; continue; }
        return n->pos;
      }
      case NodeKind::SelectorExpr: n = n->as<ast::SelectorExpr>()->x; continue;
      case NodeKind::IndexExpr: n = n->as<ast::IndexExpr>()->x; continue;
      case NodeKind::SliceExpr: n = n->as<ast::SliceExpr>()->x; continue;
      case NodeKind::TypeAssertExpr: n = n->as<ast::TypeAssertExpr>()->x; continue;
      case NodeKind::BinaryExpr: n = n->as<ast::BinaryExpr>()->x; continue;
      case NodeKind::CallExpr: n = n->as<ast::CallExpr>()->fun; continue;
      case NodeKind::KeyValueExpr: {
        // types2 positions a key:value pair at its colon; for a simple key (gofmt'ed) that
        // is right after the key.
        ast::Expr* k = n->as<ast::KeyValueExpr>()->key;
        Pos p = k->pos;
        if (k->kind == NodeKind::Ident) p.col += int(k->as<ast::Ident>()->name.size());
        else if (k->kind == NodeKind::BasicLit) p.col += int(k->as<ast::BasicLit>()->text.size());
        else p = startPos(k);
        return p;
      }
      case NodeKind::SendStmt: n = n->as<ast::SendStmt>()->chan; continue;
      case NodeKind::AssignStmt: {
        auto* a = n->as<ast::AssignStmt>();
        if (!a->lhs.empty()) { n = a->lhs[0]; continue; }
        return n->pos;
      }
      case NodeKind::IncDecStmt: n = n->as<ast::IncDecStmt>()->x; continue;
      case NodeKind::ExprStmt: n = n->as<ast::ExprStmt>()->x; continue;
      default: return n->pos;
    }
  }
}

Type* deref(Type* t, bool* isPtr) {
  if (t && t->kind == TypeKind::Pointer) {
    if (isPtr) *isPtr = true;
    return t->as<Pointer>()->elem;
  }
  if (isPtr) *isPtr = false;
  return t;
}

bool isTyped(Type* t) { return !isUntyped(t); }

bool isConstType(Type* t) { return isBasic(t, IsConstType); }

bool hasName(Type* t) { return t && (t->kind == TypeKind::Basic || t->kind == TypeKind::Named); }

bool isNonTypeParamInterface(Type* t) { return isInterface(t); }

std::string opString(ast::Tok t) { return ast::tokString(t); }

constant::Op constOp(ast::Tok t) {
  using ast::Tok;
  using constant::Op;
  switch (t) {
    case Tok::Add: return Op::Add;
    case Tok::Sub: return Op::Sub;
    case Tok::Mul: return Op::Mul;
    case Tok::Quo: return Op::Quo;
    case Tok::Rem: return Op::Rem;
    case Tok::And: return Op::And;
    case Tok::Or: return Op::Or;
    case Tok::Xor: return Op::Xor;
    case Tok::AndNot: return Op::AndNot;
    case Tok::Shl: return Op::Shl;
    case Tok::Shr: return Op::Shr;
    case Tok::LAnd: return Op::LAnd;
    case Tok::LOr: return Op::LOr;
    case Tok::Eql: return Op::Eql;
    case Tok::Neq: return Op::Neq;
    case Tok::Lss: return Op::Lss;
    case Tok::Leq: return Op::Leq;
    case Tok::Gtr: return Op::Gtr;
    case Tok::Geq: return Op::Geq;
    case Tok::Not: return Op::Not;
    default: return Op::Add;
  }
}

// ---------------------------------------------------------------------------------------
// Checker

Checker::Impl::Impl(TypeArena& t, ast::Arena& n, Diagnostics& d, Importer imp)
    : ta(t), na(n), diags(d), importer(std::move(imp)) {
  uni = universe(ta);
  emptyIface = ta.make<Interface>();
  complete(emptyIface);
}

Checker::Checker(TypeArena& types, ast::Arena& nodes, Diagnostics& diags, Importer importer)
    : impl_(std::make_unique<Impl>(types, nodes, diags, std::move(importer))) {}

void Checker::allowBodylessFuncs(bool on) { impl_->bodylessOK = on; }
void Checker::setImportError(std::function<std::string(const std::string&)> why) { impl_->importError = std::move(why); }

Checker::~Checker() = default;

bool Checker::checkFragment(Package* pkg, const std::vector<ast::Node*>& decls, const std::vector<ast::Stmt*>& stmts,
                            const std::string& filename) {
  return impl_->checkFragment(pkg, decls, stmts, filename);
}

// REPL input: new package-level declarations, then statements checked as the body of a
// function whose scope lives on between calls. Variables the statements declare become
// package-level variables so that later input (and closures) can reach them.
bool Checker::Impl::checkFragment(Package* p, const std::vector<ast::Node*>& decls,
                                  const std::vector<ast::Stmt*>& stmts, const std::string& filename) {
  size_t before = diags.list.size();
  pkg = p;
  checking = true;
  struct Done {
    bool& b;
    ~Done() { b = false; }
  } done{checking};
  isStd = false;
  if (!replFile) replFile = na.make<ast::File>(Pos{1, 1});
  replFile->filename = filename;
  replFile->decls.clear();
  replFile->imports.clear();
  for (ast::Node* d : decls) {
    replFile->decls.push_back(d);
    if (d->kind == NodeKind::GenDecl && d->as<ast::GenDecl>()->tok == ast::Tok::Import)
      replFile->imports.push_back(d->as<ast::GenDecl>());
  }
  files = {replFile};
  size_t nimports = imports.size();
  // An input with errors declares nothing: the session's scopes as they were.
  struct Saved {
    Scope* s;
    std::unordered_map<std::string, Object*> elems;
    std::vector<Object*> ordered;
  };
  std::vector<Saved> saved;
  for (Scope* s : {pkg->scope, replFileScope})
    if (s) saved.push_back({s, s->elems, s->ordered});
  replReplaces = true;
  collectObjects();
  // Methods this input declares for a type of an earlier input join its method set now
  // (typeDecl attached the methods it knew of then); one of the same name replaces the
  // old one.
  std::unordered_set<Func*> declared;
  std::unordered_map<Named*, std::vector<Func*>> savedMethods;
  for (ast::Node* d : decls)
    if (d->kind == NodeKind::FuncDecl && d->as<ast::FuncDecl>()->name->obj)
      declared.insert(d->as<ast::FuncDecl>()->name->obj->as<Func>());
  for (auto& [base, methods] : methodsByBase) {
    if (!base->type || base->type->kind != TypeKind::Named) continue;  // declared by this input
    Named* named = base->type->as<Named>();
    for (Func* m : methods) {
      if (!declared.count(m)) continue;
      if (!savedMethods.count(named)) savedMethods[named] = named->methods;
      auto old = std::find_if(named->methods.begin(), named->methods.end(),
                              [&](Func* f) { return f->name == m->name; });
      if (old != named->methods.end()) *old = m;
      else named->methods.push_back(m);
    }
  }
  packageObjects();
  processFuncBodies();
  funcBodies.clear();
  // statements
  curFile = replFile;
  curFileIndex = 0;
  if (!replScope) {
    // The statements' top level is the session's file scope: what they declare (session
    // variables, types, constants) is visible to the funcs of later inputs too.
    replScope = replFileScope;
    replSig = ta.make<Signature>();
    replSig->params = ta.make<Tuple>();
    replSig->results = ta.make<Tuple>();
  }
  FuncCtx ctx;
  ctx.sig = replSig;
  ctx.scope = replScope;
  funcs.push_back(ctx);
  scope = replScope;
  inRepl = true;
  auto* body = na.make<ast::BlockStmt>(Pos{1, 1});
  body->stmts = stmts;
  checkBranches(body);
  stmtList(0, stmts);
  inRepl = false;
  replReplaces = false;
  funcs.pop_back();
  scope = nullptr;
  drainInstances();
  recordUntyped();
  // imports made by this fragment count as used: the user may use them on a later line
  for (size_t i = nimports; i < imports.size(); i++) imports[i]->used = true;
  flushErrors();
  if (diags.list.size() == before) return true;
  imports.resize(nimports);
  for (auto& [named, methods] : savedMethods) named->methods = std::move(methods);
  for (Saved& s : saved) {
    s.s->elems = std::move(s.elems);
    s.s->ordered = std::move(s.ordered);
  }
  if (saved.size() == 1 && replFileScope) {
    replFileScope->elems.clear();  // made by this input
    replFileScope->ordered.clear();
  }
  return false;
}

Package* Checker::checkPackage(const std::string& path, const std::vector<ast::File*>& files) {
  return impl_->checkPackage(path, files);
}

// ---------------------------------------------------------------------------------------
// errors

void Checker::Impl::error(Pos p, const std::string& msg, bool soft) {
  if (stopReporting) return;
  if (inTemplate) {  // a generic body checked as such: only what type parameters cannot change
    static const char* const kept[] = {"undefined: ", "declared and not used", "missing return",
                                       "assignment mismatch", "not enough arguments in call",
                                       "too many arguments in call", "not enough return values",
                                       "too many return values"};
    bool keep = false;
    for (const char* k : kept)
      if (msg.rfind(k, 0) == 0) keep = true;
    if (!keep) return;
  }
  if (useErrpos) p = errpos;
  // types2 drops follow-on errors about invalid operands once an error was reported.
  if (!errs.empty() && (msg.find("invalid operand") != std::string::npos ||
                        msg.find("invalid type") != std::string::npos))
    return;
  Err e;
  e.fileIndex = curFileIndex;
  e.file = curFile ? curFile->filename : "";
  e.pos = p;
  e.msg = msg;
  e.soft = soft;
  errs.push_back(std::move(e));
  // The gc compiler stops at the 10th error.
  if (errs.size() >= Diagnostics::kMax) {
    tooMany = true;
    stopReporting = true;
  }
}

void Checker::Impl::errorAt(ast::Node* n, const std::string& msg, bool soft) {
  error(startPos(n), msg, soft);
}

void Checker::Impl::flushErrors() {
  if (errs.empty()) return;
  Err last = errs.back();
  std::vector<Err> sorted = errs;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Err& a, const Err& b) {
    if (a.fileIndex != b.fileIndex) return a.fileIndex < b.fileIndex;
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    return a.pos.col < b.pos.col;
  });
  const Err* prev = nullptr;
  for (auto& e : sorted) {
    // gc drops an error identical (line and text) to the previous one.
    if (prev && prev->file == e.file && prev->pos.line == e.pos.line && prev->msg == e.msg) continue;
    diags.error(e.file, e.pos, e.msg);
    prev = &e;
  }
  if (tooMany) diags.error(last.file, last.pos, "too many errors");
  errs.clear();
  tooMany = false;
  stopReporting = false;
}

// types2's TypeString for messages: "interface{M()}", "struct{a int; b string}",
// "func(x int) string"; named types of other packages qualified by package name.
static void writeType(std::string& b, Type* t, const Package* pkg, Universe* uni, int depth);

static void writeTuple(std::string& b, Tuple* tup, bool variadic, const Package* pkg, Universe* uni, int depth) {
  b += '(';
  if (tup) {
    for (size_t i = 0; i < tup->vars.size(); i++) {
      Var* v = tup->vars[i];
      if (i) b += ", ";
      if (!v->name.empty()) {
        b += v->name;
        b += ' ';
      }
      Type* t = v->type;
      if (variadic && i + 1 == tup->vars.size() && t && t->kind == TypeKind::Slice) {
        b += "...";
        t = t->as<Slice>()->elem;
      }
      writeType(b, t, pkg, uni, depth + 1);
    }
  }
  b += ')';
}

static void writeSignature(std::string& b, Signature* sig, const Package* pkg, Universe* uni, int depth) {
  writeTuple(b, sig->params, sig->variadic, pkg, uni, depth);
  size_t n = sig->results ? sig->results->vars.size() : 0;
  if (n == 0) return;
  b += ' ';
  if (n == 1 && sig->results->vars[0]->name.empty()) {
    writeType(b, sig->results->vars[0]->type, pkg, uni, depth + 1);
    return;
  }
  writeTuple(b, sig->results, false, pkg, uni, depth);
}

static void writeType(std::string& b, Type* t, const Package* pkg, Universe* uni, int depth) {
  if (!t) {
    b += "<nil>";
    return;
  }
  if (depth > 50) {
    b += "...";
    return;
  }
  switch (t->kind) {
    case TypeKind::Basic: b += t->as<Basic>()->name; return;
    case TypeKind::Array:
      b += "[" + std::to_string(t->as<Array>()->len) + "]";
      writeType(b, t->as<Array>()->elem, pkg, uni, depth + 1);
      return;
    case TypeKind::Slice: b += "[]"; writeType(b, t->as<Slice>()->elem, pkg, uni, depth + 1); return;
    case TypeKind::Struct: {
      auto* st = t->as<Struct>();
      b += "struct{";
      for (size_t i = 0; i < st->fields.size(); i++) {
        if (i) b += "; ";
        Var* f = st->fields[i];
        if (!f->embedded) {
          b += f->name;
          b += ' ';
        }
        writeType(b, f->type, pkg, uni, depth + 1);
        if (i < st->tags.size() && !st->tags[i].empty()) b += " " + constant::quote(st->tags[i]);
      }
      b += "}";
      return;
    }
    case TypeKind::Pointer: b += "*"; writeType(b, t->as<Pointer>()->elem, pkg, uni, depth + 1); return;
    case TypeKind::Tuple: writeTuple(b, t->as<Tuple>(), false, pkg, uni, depth); return;
    case TypeKind::Signature: b += "func"; writeSignature(b, t->as<Signature>(), pkg, uni, depth); return;
    case TypeKind::Interface: {
      auto* it = t->as<Interface>();
      if (it == uni->emptyInterface) {
        b += "any";
        return;
      }
      auto terms = [&](const std::vector<Interface::Term>& u) {
        for (size_t i = 0; i < u.size(); i++) {
          if (i) b += " | ";
          if (u[i].tilde) b += "~";
          writeType(b, u[i].type, pkg, uni, depth + 1);
        }
      };
      if (it->implicit && it->unions.size() == 1) {  // [T ~int | string]: the terms alone
        terms(it->unions[0]);
        return;
      }
      b += "interface{";
      bool first = true;
      for (Func* m : it->methods) {
        if (!first) b += "; ";
        first = false;
        b += m->name;
        if (m->type && m->type->kind == TypeKind::Signature) writeSignature(b, m->type->as<Signature>(), pkg, uni, depth + 1);
      }
      for (Type* e : it->embeddeds) {
        if (!first) b += "; ";
        first = false;
        writeType(b, e, pkg, uni, depth + 1);
      }
      for (auto& u : it->unions) {
        if (!first) b += "; ";
        first = false;
        terms(u);
      }
      b += "}";
      return;
    }
    case TypeKind::Map:
      b += "map[";
      writeType(b, t->as<Map>()->key, pkg, uni, depth + 1);
      b += "]";
      writeType(b, t->as<Map>()->elem, pkg, uni, depth + 1);
      return;
    case TypeKind::Chan: {
      auto* c = t->as<Chan>();
      bool parens = false;
      switch (c->dir) {
        case ast::ChanDir::Both:
          b += "chan ";
          parens = c->elem && c->elem->kind == TypeKind::Chan && c->elem->as<Chan>()->dir == ast::ChanDir::Recv;
          break;
        case ast::ChanDir::Send: b += "chan<- "; break;
        case ast::ChanDir::Recv: b += "<-chan "; break;
      }
      if (parens) b += "(";
      writeType(b, c->elem, pkg, uni, depth + 1);
      if (parens) b += ")";
      return;
    }
    case TypeKind::Named: {
      auto* n = t->as<Named>();
      if (n->obj && n->obj->pkg && n->obj->pkg != pkg) b += n->obj->pkg->name + ".";
      b += n->obj ? n->obj->name : "?";
      if (!n->targs.empty()) {
        b += "[";
        for (size_t i = 0; i < n->targs.size(); i++) {
          if (i) b += ", ";
          writeType(b, n->targs[i], pkg, uni, depth + 1);
        }
        b += "]";
      }
      return;
    }
    case TypeKind::TypeParam: b += t->as<TypeParam>()->obj->name; return;
  }
}

std::string Checker::Impl::qualify(Type* t) {
  std::string b;
  writeType(b, t, pkg, uni, 0);
  return b;
}

std::string Checker::Impl::signatureString(Func* f) {
  std::string b = f->name;
  if (f->type && f->type->kind == TypeKind::Signature) writeSignature(b, f->type->as<Signature>(), pkg, uni, 0);
  return b;
}

std::string Checker::Impl::objString(Object* o) {
  // types2's ObjectString, enough for messages: "var x int", "func f()", "type T ...".
  std::string s;
  switch (o->kind) {
    case ObjKind::Var: s = o->as<Var>()->isField ? "field " : "var "; break;
    case ObjKind::Const: s = "const "; break;
    case ObjKind::TypeName: s = "type "; break;
    case ObjKind::Func: s = "func "; break;
    case ObjKind::PkgName: return "package " + o->name;
    default: break;
  }
  s += o->name;
  if (o->type && o->kind != ObjKind::TypeName && o->kind != ObjKind::Func) s += " " + qualify(o->type);
  return s;
}

static const char* modeString(OpMode m) {
  switch (m) {
    case OpMode::Invalid: return "invalid operand";
    case OpMode::NoValue: return "no value";
    case OpMode::Builtin: return "built-in";
    case OpMode::TypeExpr: return "type";
    case OpMode::Constant: return "constant";
    case OpMode::Variable: return "variable";
    case OpMode::MapIndex: return "map index expression";
    case OpMode::Value: return "value";
    case OpMode::NilValue: return "nil";
    case OpMode::CommaOk: return "comma, ok expression";
    case OpMode::CommaErr: return "comma, error expression";
  }
  return "";
}

static const char* builtinName(BuiltinId id) {
  static const char* names[] = {"append", "cap", "clear", "close", "complex", "copy", "delete",
                                "imag", "len", "make", "max", "min", "new", "panic", "print",
                                "println", "real", "recover"};
  return names[int(id)];
}

std::string Checker::Impl::operandString(const Operand& x) {
  if (x.mode == OpMode::NilValue) {
    if (!x.type || (x.type->kind == TypeKind::Basic && x.type->as<Basic>()->bkind == BasicKind::Invalid))
      return "nil (with invalid type)";
    if (x.type == uni->basic[int(BasicKind::UntypedNil)]) return "nil";
    return "nil (of type " + qualify(x.type) + ")";
  }
  std::string buf, expr;
  if (x.expr) {
    expr = exprString(x.expr);
  } else {
    switch (x.mode) {
      case OpMode::Builtin: expr = builtinName(x.id); break;
      case OpMode::TypeExpr: expr = qualify(x.type); break;
      case OpMode::Constant: expr = constant::toString(x.val); break;
      default: break;
    }
  }
  if (!expr.empty()) buf = expr + " (";
  bool hasType = false;
  switch (x.mode) {
    case OpMode::Invalid: case OpMode::NoValue: case OpMode::Builtin: case OpMode::TypeExpr: break;
    default:
      if (x.type) {
        if (isUntyped(x.type)) {
          buf += x.type->as<Basic>()->name;
          buf += ' ';
          break;
        }
        hasType = true;
      }
  }
  buf += modeString(x.mode);
  if (x.mode == OpMode::Constant) {
    std::string s = constant::toString(x.val);
    if (s != expr) buf += " " + s;
  }
  if (hasType) {
    if (!(x.type->kind == TypeKind::Basic && x.type->as<Basic>()->bkind == BasicKind::Invalid))
      buf += " of type " + qualify(x.type);
    else
      buf += " with invalid type";
  }
  if (!expr.empty()) buf += ")";
  return buf;
}

// ---- the expression printer (syntax.String in ShortForm) ----

static void printExpr(std::string& b, ast::Expr* e);

static void printFieldsParams(std::string& b, const std::vector<ast::Field>& list) {
  b += '(';
  bool first = true;
  for (size_t i = 0; i < list.size(); i++) {
    const auto& f = list[i];
    if (f.names.empty()) {
      if (!first) b += ", ";
      first = false;
      printExpr(b, ast::unparen(f.typeExpr));
      continue;
    }
    for (size_t j = 0; j < f.names.size(); j++) {
      if (!first) b += ", ";
      first = false;
      b += f.names[j]->name;
    }
    b += ' ';
    printExpr(b, ast::unparen(f.typeExpr));
  }
  b += ')';
}

static void printSignature(std::string& b, ast::FuncType* ft) {
  printFieldsParams(b, ft->params);
  if (!ft->results.empty()) {
    b += ' ';
    if (ft->results.size() == 1 && ft->results[0].names.empty())
      printExpr(b, ft->results[0].typeExpr);
    else
      printFieldsParams(b, ft->results);
  }
}

static void printExprList(std::string& b, const std::vector<ast::Expr*>& l) {
  for (size_t i = 0; i < l.size(); i++) {
    if (i) b += ", ";
    printExpr(b, l[i]);
  }
}

static void printExpr(std::string& b, ast::Expr* e) {
  using namespace ast;
  if (!e) return;
  switch (e->kind) {
    case NodeKind::BadExpr: b += "<bad expr>"; break;
    case NodeKind::Ident: b += e->as<Ident>()->name; break;
    case NodeKind::BasicLit: b += e->as<BasicLit>()->text; break;
    case NodeKind::FuncLit: {
      auto* f = e->as<FuncLit>();
      b += "func";
      printSignature(b, f->funcType);
      b += " {";
      if (f->body && !f->body->stmts.empty()) b += "…";
      b += "}";
      break;
    }
    case NodeKind::CompositeLit: {
      auto* c = e->as<CompositeLit>();
      if (c->typeExpr) printExpr(b, c->typeExpr);
      b += "{";
      if (!c->elts.empty()) b += "…";
      b += "}";
      break;
    }
    case NodeKind::ParenExpr: b += "("; printExpr(b, e->as<ParenExpr>()->x); b += ")"; break;
    case NodeKind::SelectorExpr:
      printExpr(b, e->as<SelectorExpr>()->x);
      b += ".";
      b += e->as<SelectorExpr>()->sel->name;
      break;
    case NodeKind::IndexExpr:
      printExpr(b, e->as<IndexExpr>()->x);
      b += "[";
      printExpr(b, e->as<IndexExpr>()->index);
      b += "]";
      break;
    case NodeKind::SliceExpr: {
      auto* s = e->as<SliceExpr>();
      printExpr(b, s->x);
      b += "[";
      if (s->lo) printExpr(b, s->lo);
      b += ":";
      if (s->hi) printExpr(b, s->hi);
      if (s->max) { b += ":"; printExpr(b, s->max); }
      b += "]";
      break;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = e->as<TypeAssertExpr>();
      printExpr(b, t->x);
      b += ".(";
      if (t->typeExpr) printExpr(b, t->typeExpr); else b += "type";
      b += ")";
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = e->as<CallExpr>();
      printExpr(b, c->fun);
      b += "(";
      printExprList(b, c->args);
      if (c->hasEllipsis) b += "...";
      b += ")";
      break;
    }
    case NodeKind::StarExpr: b += "*"; printExpr(b, e->as<StarExpr>()->x); break;
    case NodeKind::UnaryExpr:
      b += tokString(e->as<UnaryExpr>()->op);
      printExpr(b, e->as<UnaryExpr>()->x);
      break;
    case NodeKind::BinaryExpr: {
      auto* x = e->as<BinaryExpr>();
      printExpr(b, x->x);
      b += " ";
      b += tokString(x->op);
      b += " ";
      printExpr(b, x->y);
      break;
    }
    case NodeKind::KeyValueExpr:
      printExpr(b, e->as<KeyValueExpr>()->key);
      b += ": ";
      printExpr(b, e->as<KeyValueExpr>()->value);
      break;
    case NodeKind::Ellipsis: b += "..."; printExpr(b, e->as<Ellipsis>()->elt); break;
    case NodeKind::ArrayType: {
      auto* a = e->as<ArrayType>();
      b += "[";
      if (a->len) {
        if (a->len->kind == NodeKind::Ellipsis) b += "..."; else printExpr(b, a->len);
      }
      b += "]";
      printExpr(b, a->elem);
      break;
    }
    case NodeKind::StructType: {
      auto* s = e->as<StructType>();
      b += "struct{";
      for (size_t i = 0; i < s->fields.size(); i++) {
        if (i) b += "; ";
        auto& f = s->fields[i];
        for (size_t j = 0; j < f.names.size(); j++) {
          if (j) b += ", ";
          b += f.names[j]->name;
        }
        if (!f.names.empty()) b += " ";
        printExpr(b, f.typeExpr);
        if (f.tag) { b += " "; b += f.tag->text; }
      }
      b += "}";
      break;
    }
    case NodeKind::FuncType: b += "func"; printSignature(b, e->as<FuncType>()); break;
    case NodeKind::InterfaceType: {
      auto* it = e->as<InterfaceType>();
      b += "interface{";
      for (size_t i = 0; i < it->methods.size(); i++) {
        if (i) b += "; ";
        auto& m = it->methods[i];
        if (!m.names.empty()) {
          b += m.names[0]->name;
          if (m.typeExpr && m.typeExpr->kind == NodeKind::FuncType) printSignature(b, m.typeExpr->as<FuncType>());
        } else {
          printExpr(b, m.typeExpr);
        }
      }
      b += "}";
      break;
    }
    case NodeKind::MapType:
      b += "map[";
      printExpr(b, e->as<MapType>()->key);
      b += "]";
      printExpr(b, e->as<MapType>()->value);
      break;
    case NodeKind::ChanType: {
      auto* c = e->as<ChanType>();
      if (c->dir == ChanDir::Recv) b += "<-";
      b += "chan";
      if (c->dir == ChanDir::Send) b += "<-";
      b += " ";
      if (c->dir == ChanDir::Both && c->elem && c->elem->kind == NodeKind::ChanType &&
          c->elem->as<ChanType>()->dir == ChanDir::Recv) {
        b += "(";
        printExpr(b, c->elem);
        b += ")";
      } else {
        printExpr(b, c->elem);
      }
      break;
    }
    default: b += "?"; break;
  }
}

std::string Checker::Impl::exprString(ast::Expr* e) {
  std::string b;
  printExpr(b, e);
  return b;
}

// ---------------------------------------------------------------------------------------
// scopes

Scope* Checker::Impl::newScope(Scope* parent, const std::string& comment) {
  return ta.newScope(parent, comment);
}

void Checker::Impl::enterFile(ast::File* f) {
  curFile = f;
  curFileIndex = int(std::find(files.begin(), files.end(), f) - files.begin());
}

// Positions inside messages are written as the gc compiler writes them: "./x.go:3:5".
static std::string posString(const std::string& file, Pos p) {
  std::string f = file.find('/') == std::string::npos ? "./" + file : file;
  return f + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

void Checker::Impl::declare(Scope* s, ast::Ident* id, Object* obj) {
  if (id) {
    id->defines = true;
    id->obj = obj->name == "_" ? nullptr : obj;
  }
  if (obj->name == "_") return;
  if (replReplaces && (s == pkg->scope || s == replFileScope)) {
    // The session's newer declaration wins: out of the scope the old one goes, and a
    // package-level one no longer hides behind a session variable of the same name.
    for (Scope* sc : {pkg->scope, replFileScope}) {
      auto it = sc ? sc->elems.find(obj->name) : decltype(s->elems.end()){};
      if (!sc || it == sc->elems.end() || it->second->kind == ObjKind::PkgName) continue;
      sc->ordered.erase(std::find(sc->ordered.begin(), sc->ordered.end(), it->second));
      sc->elems.erase(it);
    }
  }
  if (Object* alt = s->insert(obj)) {
    // The other declaration may be in another file of the package.
    const ast::File* altFile = curFile;
    if (auto d = objMap.find(alt); d != objMap.end() && d->second->file) altFile = d->second->file;
    std::string where = alt->pos.line ? posString(altFile ? altFile->filename : "", alt->pos) : "";
    std::string msg = obj->name + " redeclared in this block";
    if (!where.empty()) msg += "\n\t" + where + ": other declaration of " + obj->name;
    error(obj->pos, msg);
    return;
  }
  obj->parent = s;
}

Object* Checker::Impl::lookup(const std::string& name) {
  return scope ? scope->lookupParent(name) : nullptr;
}

void Checker::Impl::addDeclDep(Object* o) {
  if (!decl) return;
  if (objMap.count(o) == 0) return;  // not a package-level object of this package
  decl->addDep(o);
}

// ---------------------------------------------------------------------------------------
// the package

Package* Checker::Impl::checkPackage(const std::string& path, const std::vector<ast::File*>& fs) {
  pkg = ta.make<Package>();
  pkg->path = path;
  pkg->files = fs;
  files = fs;
  pkg->name = fs.empty() || !fs[0]->pkgName ? path : fs[0]->pkgName->name;
  pkg->scope = newScope(uni->scope, "package " + pkg->name);
  isStd = path != "main" && path.find('.') == std::string::npos && path.find("golite_user") == std::string::npos;
  if (path == "main") isStd = false;
  objMap.clear();
  color.clear();
  untyped.clear();
  funcBodies.clear();
  imports.clear();
  checking = true;

  collectObjects();
  packageObjects();
  processFuncBodies();
  checkUninstantiated();
  unusedImports();
  recordUntyped();
  initOrder();
  checkMain();
  recordUntyped();
  curFile = files.empty() ? nullptr : files[0];
  curFileIndex = 0;
  flushErrors();
  checking = false;
  pkg->checked = true;
  return pkg;
}

void Checker::Impl::collectObjects() {
  for (size_t fi = 0; fi < files.size(); fi++) {
    ast::File* f = files[fi];
    curFile = f;
    curFileIndex = int(fi);
    Scope* fileScope;
    if (f == replFile) {
      if (!replFileScope) replFileScope = newScope(pkg->scope, "file <repl>");
      fileScope = replFileScope;
    } else {
      fileScope = newScope(pkg->scope, "file " + f->filename);
    }
    int lastIota = 0;
    ast::ValueSpec* lastConst = nullptr;
    (void)lastIota;
    for (ast::Node* dn : f->decls) {
      if (dn->kind == NodeKind::FuncDecl) {
        auto* fd = dn->as<ast::FuncDecl>();
        auto* fn = ta.make<Func>();
        fn->name = fd->name->name;
        fn->pos = fd->name->pos;
        fn->pkg = pkg;
        fn->decl = fd;
        auto d = std::make_unique<DeclInfo>();
        d->file = f;
        d->fileScope = fileScope;
        d->fdecl = fd;
        fd->name->obj = fn;
        fd->name->defines = true;
        if (!fd->recv) {
          if (fn->name == "init" || (fn->name == "main" && pkg->name == "main")) {
            if (!fd->funcType->params.empty() || !fd->funcType->results.empty())
              error(fd->name->pos, "func " + fn->name + " must have no arguments and no return values");
          }
          if (fn->name == "init") {
            fn->parent = pkg->scope;
            pkg->initFuncs.push_back(fd);
            if (!fd->body && !bodylessOK) error(fd->name->pos, "missing function body");
          } else {
            declare(pkg->scope, nullptr, fn);
          }
        }
        objOrder[fn] = int(objOrder.size());
        objMap[fn] = d.get();
        declInfos.push_back(std::move(d));
        continue;
      }
      auto* gd = dn->as<ast::GenDecl>();
      if (gd->tok == ast::Tok::Import) {
        for (ast::Node* sn : gd->specs) {
          auto* is = sn->as<ast::ImportSpec>();
          Package* imp = is->path == "unsafe" ? universe(ta)->unsafePkg
                                              : importer ? importer(is->path) : nullptr;
          if (!imp) {
            std::string why = importError ? importError(is->path) : "";
            if (why.empty()) why = "package " + is->path + " is not in GOROOT (/usr/lib/go-1.19/src/" + is->path + ")";
            error(is->pathPos, why);
            continue;
          }
          pkg->imports.push_back(imp);
          std::string name = imp->name;
          if (is->name) {
            name = is->name->name;
            if (name == "init") {
              error(is->name->pos, "cannot import package as init - init must be a func");
              continue;
            }
          }
          if (name == ".") {
            for (Object* o : imp->scope->ordered)
              if (o->exported()) fileScope->insert(o);
            continue;
          }
          auto* pn = ta.make<PkgName>();
          pn->name = name;
          pn->pos = is->name ? is->name->pos : is->pathPos;
          pn->pkg = pkg;
          pn->imported = imp;
          pn->type = uni->basic[0];
          if (is->name) { is->name->obj = pn; is->name->defines = true; }
          if (name == "_") continue;
          if (replReplaces && fileScope == replFileScope) {
            // The session imports a package again (a line, a file given to :load): the
            // same package is already there; another of the same name replaces it.
            auto it = fileScope->elems.find(name);
            if (it != fileScope->elems.end() && it->second->kind == ObjKind::PkgName) {
              if (it->second->as<PkgName>()->imported == imp) {
                if (is->name) is->name->obj = it->second;
                continue;
              }
              fileScope->ordered.erase(std::find(fileScope->ordered.begin(), fileScope->ordered.end(), it->second));
              fileScope->elems.erase(it);
            }
          }
          if (Object* alt = fileScope->insert(pn)) {
            (void)alt;
            error(pn->pos, name + " redeclared in this block");
            continue;
          }
          pn->parent = fileScope;
          imports.push_back(pn);
          importSpecs[pn] = is;
        }
        continue;
      }
      for (ast::Node* sn : gd->specs) {
        if (gd->tok == ast::Tok::Const || gd->tok == ast::Tok::Var) {
          auto* vs = sn->as<ast::ValueSpec>();
          bool isConst = gd->tok == ast::Tok::Const;
          ast::Expr* vtype = vs->typeExpr;
          const std::vector<ast::Expr*>* values = &vs->values;
          bool inherited = false;
          if (isConst) {
            if (vs->values.empty() && !vs->typeExpr && lastConst) {
              vtype = lastConst->typeExpr;
              values = &lastConst->values;
              inherited = true;
            } else if (!vs->implicit) {
              lastConst = vs;
            }
            if (vs->implicit) inherited = true;
          }
          std::vector<Var*> lhsVars;
          for (size_t i = 0; i < vs->names.size(); i++) {
            ast::Ident* id = vs->names[i];
            auto d = std::make_unique<DeclInfo>();
            d->file = f;
            d->fileScope = fileScope;
            d->vtype = vtype;
            d->iota = vs->iota;
            d->inherited = inherited;
            Object* obj;
            if (isConst) {
              auto* c = ta.make<Const>();
              c->val = constant::makeInt64(vs->iota);
              obj = c;
              if (i < values->size()) d->init = (*values)[i];
            } else {
              auto* v = ta.make<Var>();
              v->isGlobal = true;
              obj = v;
              lhsVars.push_back(v);
              if (values->size() == vs->names.size()) d->init = (*values)[i];
              else if (values->size() == 1) d->init = (*values)[0];
            }
            obj->name = id->name;
            obj->pos = id->pos;
            obj->pkg = pkg;
            declare(pkg->scope, id, obj);
            if (id->name == "_") obj->parent = pkg->scope;
            objOrder[obj] = int(objOrder.size());
            objMap[obj] = d.get();
            declInfos.push_back(std::move(d));
          }
          if (!isConst) {
            if (vs->values.size() == 1 && vs->names.size() > 1) {
              for (Var* v : lhsVars) objMap[v]->lhs = lhsVars;
            }
            if (!vs->values.empty() && vs->values.size() != vs->names.size() && vs->values.size() != 1) {
              // report now (types2 reports at the first extra/missing value)
              std::vector<ast::Expr*> rhs = vs->values;
              if (vs->names.size() < rhs.size()) {
                errorAt(rhs[vs->names.size()], "extra init expr");
              } else {
                error(vs->names[rhs.size()]->pos, "assignment mismatch: " + std::to_string(vs->names.size()) +
                                                  " variable" + (vs->names.size() != 1 ? "s" : "") + " but " +
                                                  std::to_string(rhs.size()) + " value" + (rhs.size() != 1 ? "s" : ""));
              }
              for (Var* v : lhsVars) { objMap[v]->init = nullptr; v->used = true; }
            }
          } else {
            if (values->size() > vs->names.size()) {
              errorAt((*values)[vs->names.size()], "extra init expr");
            } else if (values->size() < vs->names.size() && !values->empty()) {
              error(vs->names[values->size()]->pos, "missing init expr for " + vs->names[values->size()]->name);
            } else if (values->empty() && !vs->typeExpr) {
              error(vs->names[0]->pos, "missing init expr for " + vs->names[0]->name);
            }
          }
        } else if (gd->tok == ast::Tok::Type) {
          auto* ts = sn->as<ast::TypeSpec>();
          auto* tn = ta.make<TypeName>();
          tn->name = ts->name->name;
          tn->pos = ts->name->pos;
          tn->pkg = pkg;
          tn->isAlias = ts->alias;
          declare(pkg->scope, ts->name, tn);
          auto d = std::make_unique<DeclInfo>();
          d->file = f;
          d->fileScope = fileScope;
          d->tdecl = ts;
          objOrder[tn] = int(objOrder.size());
          objMap[tn] = d.get();
          declInfos.push_back(std::move(d));
        }
      }
    }
  }
  // Imported names must not clash with package-level names.
  for (PkgName* pn : imports) {
    if (Object* alt = pkg->scope->lookup(pn->name)) {
      curFile = nullptr;
      for (auto& [o, d] : objMap) if (o == alt) { curFile = d->file; }
      error(alt->pos, alt->name + " already declared through import of package " + pn->name);
    }
  }
  collectMethods();
}

// Associates each method with its receiver's base type name (types2's resolveBaseTypeName);
// typeDecl attaches them to the Named type.
void Checker::Impl::collectMethods() {
  std::vector<std::pair<int, Func*>> methods;
  for (auto& [obj, d] : objMap)
    if (d->fdecl && d->fdecl->recv) methods.push_back({objOrder[obj], obj->as<Func>()});
  std::sort(methods.begin(), methods.end());
  for (auto& [ord, fn] : methods) {
    DeclInfo* d = objMap[fn];
    ast::Expr* rt = ast::unparen(d->fdecl->recv->typeExpr);
    if (rt && rt->kind == NodeKind::StarExpr) {
      rt = ast::unparen(rt->as<ast::StarExpr>()->x);
      fn->ptrRecv = true;
    }
    if (rt && rt->kind == NodeKind::IndexExpr) {  // (l *List[T]): a generic type's method
      ast::Expr* b = ast::unparen(rt->as<ast::IndexExpr>()->x);
      Object* o = b && b->kind == NodeKind::Ident ? pkg->scope->lookup(b->as<ast::Ident>()->name) : nullptr;
      if (o && o->kind == ObjKind::TypeName) {
        genericMethodsByBase[o->as<TypeName>()].push_back(d->fdecl);
        // the REPL: a method for a generic type of an earlier input joins it and its instances
        if (o->type && o->type->kind == TypeKind::Named && o->type->as<Named>()->generic) {
          Generic* g = o->type->as<Named>()->generic;
          g->methods.push_back(d->fdecl);
          for (auto& inst : std::vector<Generic::Instance>(g->instances))
            if (!anyTypeParam(inst.targs)) instanceMethod(inst.obj->type->as<Named>(), d->fdecl);
        }
      }
      continue;
    }
    // An alias (of an alias...) of a type declared here names that type.
    Object* base = nullptr;
    for (int hops = 0; hops < 100 && rt && rt->kind == NodeKind::Ident; hops++) {
      Object* o = pkg->scope->lookup(rt->as<ast::Ident>()->name);
      if (!o || o->kind != ObjKind::TypeName) break;
      auto it = objMap.find(o);
      if (it == objMap.end() || !it->second->tdecl) break;
      if (!it->second->tdecl->alias) {
        base = o;
        break;
      }
      rt = ast::unparen(it->second->tdecl->typeExpr);
      if (rt && rt->kind == NodeKind::StarExpr && !fn->ptrRecv) {
        rt = ast::unparen(rt->as<ast::StarExpr>()->x);
        fn->ptrRecv = true;
      }
    }
    if (!base) continue;
    methodsByBase[base->as<TypeName>()].push_back(fn);
  }
}

void Checker::Impl::packageObjects() {
  std::vector<Object*> objs;
  for (auto& [o, d] : objMap) objs.push_back(o);
  std::sort(objs.begin(), objs.end(), [&](Object* a, Object* b) { return objOrder[a] < objOrder[b]; });
  // Type declarations first (non-alias, then alias), then the rest: types2's order.
  for (int pass = 0; pass < 3; pass++) {
    for (Object* o : objs) {
      bool isType = o->kind == ObjKind::TypeName;
      bool isAlias = isType && o->as<TypeName>()->isAlias;
      if (pass == 0 && !(isType && !isAlias)) continue;
      if (pass == 1 && !isAlias) continue;
      if (pass == 2 && isType) continue;
      objDecl(o);
    }
    if (pass == 1) {
      resolvePendingUnderlying();
      for (Interface* it : pendingIfaces) complete(it);
      pendingIfaces.clear();
      // Method signatures next, so that method sets are complete before any lookup.
      for (Object* o : objs)
        if (o->kind == ObjKind::Func && objMap[o]->fdecl->recv) objDecl(o);
    }
  }
  for (Interface* it : pendingIfaces) complete(it);
  pendingIfaces.clear();
  checkMapKeys();
}

void Checker::Impl::checkMapKeys() {
  auto pending = std::move(pendingMapKeys);
  pendingMapKeys.clear();
  for (auto& [e, m] : pending)
    if (!comparable(m->key) && !anyTypeParam({m->key})) errorAt(e, "invalid map key type " + qualify(m->key));
}

void Checker::Impl::processFuncBodies() {
  for (size_t i = 0; i < funcBodies.size(); i++) {
    auto [fd, fn] = funcBodies[i];
    DeclInfo* d = objMap[fn];
    enterFile(d->file);
    decl = d;
    auto* sig = fn->type->as<Signature>();
    Scope* fscope = nullptr;
    // The signature's scope was built by funcType and kept in the side table.
    fscope = sigScopes_[fn];
    funcBody(fd, nullptr, sig, fd->body, fscope);
    decl = nullptr;
  }
  drainInstances();
}

void Checker::Impl::unusedImports() {
  // Generic declarations are checked only in their instances: an import used by one that
  // is never instantiated is still used (pkg.Name in its text, under the file's scope).
  auto markUses = [&](ast::Node* root, Scope* fileScope) {
    ast::inspect(root, [&](ast::Node* n) {
      if (n->kind != NodeKind::SelectorExpr) return true;
      ast::Expr* x = n->as<ast::SelectorExpr>()->x;
      if (x->kind != NodeKind::Ident) return true;
      if (Object* o = fileScope->lookup(x->as<ast::Ident>()->name); o && o->kind == ObjKind::PkgName)
        o->as<PkgName>()->used = true;
      return true;
    });
  };
  for (auto& [obj, d] : objMap) {
    if (d->fdecl && d->fdecl->generic) markUses(d->fdecl, d->fileScope);
    if (d->tdecl && !d->tdecl->typeParams.empty()) markUses(d->tdecl, d->fileScope);
  }
  for (PkgName* pn : imports) {
    if (!pn->used) {
      auto* is = importSpecs[pn];
      curFile = nullptr;
      for (size_t fi = 0; fi < files.size(); fi++)
        for (auto* g : files[fi]->imports)
          for (auto* s : g->specs)
            if (s == is) { curFile = files[fi]; curFileIndex = int(fi); }
      std::string msg = "\"" + is->path + "\" imported and not used";
      if (is->name && is->name->name != pn->imported->name) msg = "\"" + is->path + "\" imported as " + pn->name + " and not used";
      error(is->pathPos, msg);
    }
  }
}

void Checker::Impl::recordUntyped() {
  for (auto& [e, info] : untyped) {
    Basic* t = info.type;
    if (t->bkind != BasicKind::UntypedNil) t = defaultType(t)->as<Basic>();
    e->type = t;
    if (info.mode == OpMode::Constant) e->mode = ast::Mode::Constant;
    if (info.hasVal) {
      Operand x;
      x.mode = OpMode::Constant;
      x.type = info.type;
      x.val = info.val;
      constant::Value v = info.val;
      if (representation(x, t, &v) != 0) v = info.val;
      e->val = v;
    }
  }
  untyped.clear();
}

void Checker::Impl::checkMain() {
  if (pkg->name != "main" || isStd) return;
  Object* m = pkg->scope->lookup("main");
  if (!m || m->kind != ObjKind::Func) {
    curFile = files.empty() ? nullptr : files[0];
    curFileIndex = 0;
    // go reports this from the linker side of the compiler, without position
    error(Pos{}, "function main is undeclared in the main package");
  }
}

// ---- init order (types2 initorder.go) ----

void Checker::Impl::initOrder() {
  struct GNode {
    Object* obj;
    std::set<GNode*> pred, succ;
    int ndeps = 0;
  };
  // What an object's initialization refers to. The variables of `var a, b = f()` share
  // their initializer, whose references were recorded on whichever of them was checked
  // first: each of them depends on all of them (types2 gives them one declInfo).
  auto depsOf = [&](Object* o) {
    DeclInfo* d = objMap[o];
    if (d->lhs.empty()) return d->deps;
    std::vector<Object*> all;
    for (Var* v : d->lhs)
      for (Object* dep : objMap[v]->deps)
        if (std::find(all.begin(), all.end(), dep) == all.end()) all.push_back(dep);
    return all;
  };
  std::map<Object*, std::unique_ptr<GNode>> M;
  for (auto& [o, d] : objMap)
    if (o->kind == ObjKind::Var || o->kind == ObjKind::Const || o->kind == ObjKind::Func)
      M[o] = std::make_unique<GNode>(GNode{o, {}, {}, 0});
  for (auto& [o, n] : M) {
    for (Object* dep : depsOf(o)) {
      auto it = M.find(dep);
      if (it == M.end()) continue;
      n->succ.insert(it->second.get());
      it->second->pred.insert(n.get());
    }
  }
  std::vector<GNode*> G, funcG;
  for (auto& [o, n] : M) (o->kind == ObjKind::Func ? funcG : G).push_back(n.get());
  std::stable_sort(funcG.begin(), funcG.end(), [](GNode* a, GNode* b) {
    return a->pred.size() * a->succ.size() < b->pred.size() * b->succ.size();
  });
  for (GNode* n : funcG) {
    for (GNode* p : n->pred) {
      if (p == n) continue;
      for (GNode* s : n->succ) {
        if (s == n) continue;
        p->succ.insert(s);
        s->pred.insert(p);
      }
      p->succ.erase(n);
    }
    for (GNode* s : n->succ) s->pred.erase(n);
  }
  for (GNode* n : G) n->ndeps = int(n->succ.size());
  std::set<DeclInfo*> emitted;
  auto less = [&](GNode* a, GNode* b) {
    return a->ndeps < b->ndeps || (a->ndeps == b->ndeps && objOrder[a->obj] < objOrder[b->obj]);
  };
  std::vector<GNode*> pq = G;
  std::function<bool(Object*, Object*, std::set<Object*>&, std::vector<Object*>&)> findPath =
      [&](Object* from, Object* to, std::set<Object*>& seen, std::vector<Object*>& path) -> bool {
    if (seen.count(from)) return false;
    seen.insert(from);
    for (Object* d : depsOf(from)) {
      if (d == to) { path.push_back(d); return true; }
      if (objMap.count(d) && findPath(d, to, seen, path)) { path.push_back(d); return true; }
    }
    return false;
  };
  while (!pq.empty()) {
    auto it = std::min_element(pq.begin(), pq.end(), less);
    GNode* n = *it;
    pq.erase(it);
    if (n->ndeps > 0) {
      std::set<Object*> seen;
      std::vector<Object*> cycle;
      if (findPath(n->obj, n->obj, seen, cycle) && !cycle.empty()) {
        Object* obj = cycle[0];
        DeclInfo* d = objMap[obj];
        curFile = d->file;
        std::string msg = "initialization loop for " + obj->name;
        std::string file = curFile ? curFile->filename : "";
        for (int i = int(cycle.size()) - 1; i >= 0; i--) {
          msg += "\n\t" + posString(file, obj->pos) + ": " + obj->name + " refers to";
          obj = cycle[i];
        }
        msg += "\n\t" + posString(file, obj->pos) + ": " + obj->name;
        error(cycle[0]->pos, msg);
      }
    }
    for (GNode* p : n->pred) p->ndeps--;
    if (n->obj->kind != ObjKind::Var) continue;
    DeclInfo* info = objMap[n->obj];
    if (!info->init) continue;
    if (emitted.count(info)) continue;
    bool dup = false;
    for (auto* e : emitted) if (!info->lhs.empty() && e->init == info->init) dup = true;
    if (dup) continue;
    emitted.insert(info);
    Package::InitEntry entry;
    if (info->lhs.empty()) {
      entry.lhs.push_back(n->obj->name == "_" ? nullptr : n->obj->as<Var>());
    } else {
      for (Var* v : info->lhs) entry.lhs.push_back(v->name == "_" ? nullptr : v);
    }
    entry.rhs = info->init;
    pkg->initOrder.push_back(entry);
  }
}

}  // namespace golite
