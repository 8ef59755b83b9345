// Deep copies of syntax trees (see clone.h). Only what the parser sets is copied: names,
// operators, literals, positions and structure; the checker's annotations start empty.
#include "frontend/syntax/clone.h"

namespace golite::ast {

namespace {

class Cloner {
 public:
  explicit Cloner(Arena& a) : A(a) {}

  Expr* expr(Expr* e) {
    if (!e) return nullptr;
    switch (e->kind) {
      case NodeKind::Ident: return ident(e->as<Ident>());
      case NodeKind::BasicLit: return basicLit(e->as<BasicLit>());
      case NodeKind::CompositeLit: {
        auto* s = e->as<CompositeLit>();
        auto* d = A.make<CompositeLit>(s->pos);
        d->typeExpr = expr(s->typeExpr);
        for (Expr* x : s->elts) d->elts.push_back(expr(x));
        d->lbrace = s->lbrace;
        d->rbrace = s->rbrace;
        return d;
      }
      case NodeKind::FuncLit: {
        auto* s = e->as<FuncLit>();
        auto* d = A.make<FuncLit>(s->pos);
        d->funcType = static_cast<FuncType*>(expr(s->funcType));
        d->body = block(s->body);
        return d;
      }
      case NodeKind::ParenExpr: {
        auto* d = A.make<ParenExpr>(e->pos);
        d->x = expr(e->as<ParenExpr>()->x);
        return d;
      }
      case NodeKind::SelectorExpr: {
        auto* s = e->as<SelectorExpr>();
        auto* d = A.make<SelectorExpr>(s->pos);
        d->x = expr(s->x);
        d->sel = ident(s->sel);
        d->dot = s->dot;
        return d;
      }
      case NodeKind::IndexExpr: {
        auto* s = e->as<IndexExpr>();
        auto* d = A.make<IndexExpr>(s->pos);
        d->lbrack = s->lbrack;
        d->x = expr(s->x);
        d->index = expr(s->index);
        for (Expr* x : s->extra) d->extra.push_back(expr(x));
        return d;
      }
      case NodeKind::SliceExpr: {
        auto* s = e->as<SliceExpr>();
        auto* d = A.make<SliceExpr>(s->pos);
        d->lbrack = s->lbrack;
        d->x = expr(s->x);
        d->lo = expr(s->lo);
        d->hi = expr(s->hi);
        d->max = expr(s->max);
        d->slice3 = s->slice3;
        return d;
      }
      case NodeKind::TypeAssertExpr: {
        auto* s = e->as<TypeAssertExpr>();
        auto* d = A.make<TypeAssertExpr>(s->pos);
        d->dot = s->dot;
        d->x = expr(s->x);
        d->typeExpr = expr(s->typeExpr);
        return d;
      }
      case NodeKind::CallExpr: {
        auto* s = e->as<CallExpr>();
        auto* d = A.make<CallExpr>(s->pos);
        d->fun = expr(s->fun);
        for (Expr* x : s->args) d->args.push_back(expr(x));
        d->hasEllipsis = s->hasEllipsis;
        d->rparen = s->rparen;
        d->lparen = s->lparen;
        return d;
      }
      case NodeKind::StarExpr: {
        auto* d = A.make<StarExpr>(e->pos);
        d->x = expr(e->as<StarExpr>()->x);
        return d;
      }
      case NodeKind::UnaryExpr: {
        auto* s = e->as<UnaryExpr>();
        auto* d = A.make<UnaryExpr>(s->pos);
        d->op = s->op;
        d->x = expr(s->x);
        return d;
      }
      case NodeKind::BinaryExpr: {
        auto* s = e->as<BinaryExpr>();
        auto* d = A.make<BinaryExpr>(s->pos);
        d->op = s->op;
        d->opPos = s->opPos;
        d->x = expr(s->x);
        d->y = expr(s->y);
        return d;
      }
      case NodeKind::KeyValueExpr: {
        auto* s = e->as<KeyValueExpr>();
        auto* d = A.make<KeyValueExpr>(s->pos);
        d->key = expr(s->key);
        d->value = expr(s->value);
        return d;
      }
      case NodeKind::Ellipsis: {
        auto* d = A.make<Ellipsis>(e->pos);
        d->elt = expr(e->as<Ellipsis>()->elt);
        return d;
      }
      case NodeKind::ArrayType: {
        auto* s = e->as<ArrayType>();
        auto* d = A.make<ArrayType>(s->pos);
        d->len = expr(s->len);
        d->elem = expr(s->elem);
        return d;
      }
      case NodeKind::StructType: {
        auto* d = A.make<StructType>(e->pos);
        d->fields = fields(e->as<StructType>()->fields);
        return d;
      }
      case NodeKind::FuncType: return funcType(e->as<FuncType>());
      case NodeKind::InterfaceType: {
        auto* d = A.make<InterfaceType>(e->pos);
        d->methods = fields(e->as<InterfaceType>()->methods);
        return d;
      }
      case NodeKind::MapType: {
        auto* s = e->as<MapType>();
        auto* d = A.make<MapType>(s->pos);
        d->key = expr(s->key);
        d->value = expr(s->value);
        return d;
      }
      case NodeKind::ChanType: {
        auto* s = e->as<ChanType>();
        auto* d = A.make<ChanType>(s->pos);
        d->dir = s->dir;
        d->elem = expr(s->elem);
        return d;
      }
      default: return A.make<BadExpr>(e->pos);
    }
  }

  Stmt* stmt(Stmt* s) {
    if (!s) return nullptr;
    switch (s->kind) {
      case NodeKind::DeclStmt: {
        auto* d = A.make<DeclStmt>(s->pos);
        d->decl = genDecl(s->as<DeclStmt>()->decl);
        return d;
      }
      case NodeKind::EmptyStmt: return A.make<EmptyStmt>(s->pos);
      case NodeKind::LabeledStmt: {
        auto* o = s->as<LabeledStmt>();
        auto* d = A.make<LabeledStmt>(o->pos);
        d->label = ident(o->label);
        d->stmt = stmt(o->stmt);
        return d;
      }
      case NodeKind::ExprStmt: {
        auto* d = A.make<ExprStmt>(s->pos);
        d->x = expr(s->as<ExprStmt>()->x);
        return d;
      }
      case NodeKind::SendStmt: {
        auto* o = s->as<SendStmt>();
        auto* d = A.make<SendStmt>(o->pos);
        d->chan = expr(o->chan);
        d->value = expr(o->value);
        d->arrow = o->arrow;
        return d;
      }
      case NodeKind::IncDecStmt: {
        auto* o = s->as<IncDecStmt>();
        auto* d = A.make<IncDecStmt>(o->pos);
        d->x = expr(o->x);
        d->inc = o->inc;
        d->opPos = o->opPos;
        return d;
      }
      case NodeKind::AssignStmt: {
        auto* o = s->as<AssignStmt>();
        auto* d = A.make<AssignStmt>(o->pos);
        d->lhs = exprs(o->lhs);
        d->tok = o->tok;
        d->rhs = exprs(o->rhs);
        d->opPos = o->opPos;
        return d;
      }
      case NodeKind::GoStmt: {
        auto* d = A.make<GoStmt>(s->pos);
        d->call = static_cast<CallExpr*>(expr(s->as<GoStmt>()->call));
        return d;
      }
      case NodeKind::DeferStmt: {
        auto* d = A.make<DeferStmt>(s->pos);
        d->call = static_cast<CallExpr*>(expr(s->as<DeferStmt>()->call));
        return d;
      }
      case NodeKind::ReturnStmt: {
        auto* d = A.make<ReturnStmt>(s->pos);
        d->results = exprs(s->as<ReturnStmt>()->results);
        return d;
      }
      case NodeKind::BranchStmt: {
        auto* o = s->as<BranchStmt>();
        auto* d = A.make<BranchStmt>(o->pos);
        d->tok = o->tok;
        d->label = ident(o->label);
        return d;
      }
      case NodeKind::BlockStmt: return block(s->as<BlockStmt>());
      case NodeKind::IfStmt: {
        auto* o = s->as<IfStmt>();
        auto* d = A.make<IfStmt>(o->pos);
        d->init = stmt(o->init);
        d->cond = expr(o->cond);
        d->body = block(o->body);
        d->els = stmt(o->els);
        return d;
      }
      case NodeKind::CaseClause: return caseClause(s->as<CaseClause>());
      case NodeKind::SwitchStmt: {
        auto* o = s->as<SwitchStmt>();
        auto* d = A.make<SwitchStmt>(o->pos);
        d->init = stmt(o->init);
        d->tag = expr(o->tag);
        for (CaseClause* c : o->clauses) d->clauses.push_back(caseClause(c));
        return d;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* o = s->as<TypeSwitchStmt>();
        auto* d = A.make<TypeSwitchStmt>(o->pos);
        d->init = stmt(o->init);
        d->binding = ident(o->binding);
        d->x = expr(o->x);
        for (CaseClause* c : o->clauses) d->clauses.push_back(caseClause(c));
        return d;
      }
      case NodeKind::CommClause: {
        auto* o = s->as<CommClause>();
        auto* d = A.make<CommClause>(o->pos);
        d->comm = stmt(o->comm);
        d->body = stmts(o->body);
        return d;
      }
      case NodeKind::SelectStmt: {
        auto* d = A.make<SelectStmt>(s->pos);
        for (CommClause* c : s->as<SelectStmt>()->clauses) d->clauses.push_back(static_cast<CommClause*>(stmt(c)));
        return d;
      }
      case NodeKind::ForStmt: {
        auto* o = s->as<ForStmt>();
        auto* d = A.make<ForStmt>(o->pos);
        d->init = stmt(o->init);
        d->cond = expr(o->cond);
        d->post = stmt(o->post);
        d->body = block(o->body);
        return d;
      }
      case NodeKind::RangeStmt: {
        auto* o = s->as<RangeStmt>();
        auto* d = A.make<RangeStmt>(o->pos);
        d->key = expr(o->key);
        d->value = expr(o->value);
        d->tok = o->tok;
        d->x = expr(o->x);
        d->body = block(o->body);
        d->rangePos = o->rangePos;
        return d;
      }
      default: return A.make<BadStmt>(s->pos);
    }
  }

  FuncDecl* funcDecl(FuncDecl* s) {
    auto* d = A.make<FuncDecl>(s->pos);
    if (s->recv) {
      d->recv = A.makeField();
      *d->recv = field(*s->recv);
    }
    d->name = ident(s->name);
    d->funcType = funcType(s->funcType);
    d->body = block(s->body);
    d->directives = s->directives;
    d->typeParams = fields(s->typeParams);
    d->generic = s->generic;
    return d;
  }

 private:
  Ident* ident(Ident* s) {
    if (!s) return nullptr;
    auto* d = A.make<Ident>(s->pos);
    d->name = s->name;
    return d;
  }
  BasicLit* basicLit(BasicLit* s) {
    if (!s) return nullptr;
    auto* d = A.make<BasicLit>(s->pos);
    d->litKind = s->litKind;
    d->text = s->text;
    return d;
  }
  FuncType* funcType(FuncType* s) {
    if (!s) return nullptr;
    auto* d = A.make<FuncType>(s->pos);
    d->params = fields(s->params);
    d->results = fields(s->results);
    return d;
  }
  Field field(const Field& f) {
    Field g;
    g.pos = f.pos;
    for (Ident* n : f.names) g.names.push_back(ident(n));
    g.typeExpr = expr(f.typeExpr);
    g.tag = basicLit(f.tag);
    return g;
  }
  std::vector<Field> fields(const std::vector<Field>& src) {
    std::vector<Field> out;
    for (const Field& f : src) out.push_back(field(f));
    return out;
  }
  std::vector<Expr*> exprs(const std::vector<Expr*>& src) {
    std::vector<Expr*> out;
    for (Expr* e : src) out.push_back(expr(e));
    return out;
  }
  std::vector<Stmt*> stmts(const std::vector<Stmt*>& src) {
    std::vector<Stmt*> out;
    for (Stmt* s : src) out.push_back(stmt(s));
    return out;
  }
  BlockStmt* block(BlockStmt* s) {
    if (!s) return nullptr;
    auto* d = A.make<BlockStmt>(s->pos);
    d->stmts = stmts(s->stmts);
    d->rbrace = s->rbrace;
    return d;
  }
  CaseClause* caseClause(CaseClause* s) {
    auto* d = A.make<CaseClause>(s->pos);
    d->list = exprs(s->list);
    d->isDefault = s->isDefault;
    d->body = stmts(s->body);
    d->colon = s->colon;
    return d;
  }
  GenDecl* genDecl(GenDecl* s) {
    auto* d = A.make<GenDecl>(s->pos);
    d->tok = s->tok;
    for (Node* n : s->specs) {
      switch (n->kind) {
        case NodeKind::ValueSpec: {
          auto* o = n->as<ValueSpec>();
          auto* v = A.make<ValueSpec>(o->pos);
          for (Ident* id : o->names) v->names.push_back(ident(id));
          v->typeExpr = expr(o->typeExpr);
          v->values = exprs(o->values);
          v->iota = o->iota;
          v->implicit = o->implicit;
          d->specs.push_back(v);
          break;
        }
        case NodeKind::TypeSpec: {
          auto* o = n->as<TypeSpec>();
          auto* t = A.make<TypeSpec>(o->pos);
          t->name = ident(o->name);
          t->alias = o->alias;
          t->typeExpr = expr(o->typeExpr);
          t->typeParams = fields(o->typeParams);
          d->specs.push_back(t);
          break;
        }
        default: {
          auto* o = n->as<ImportSpec>();
          auto* i = A.make<ImportSpec>(o->pos);
          i->name = ident(o->name);
          i->path = o->path;
          i->pathPos = o->pathPos;
          d->specs.push_back(i);
          break;
        }
      }
    }
    return d;
  }

  Arena& A;
};

}  // namespace

Expr* cloneExpr(Arena& arena, Expr* e) { return Cloner(arena).expr(e); }

FuncDecl* cloneFuncDecl(Arena& arena, FuncDecl* d) { return Cloner(arena).funcDecl(d); }

}  // namespace golite::ast
