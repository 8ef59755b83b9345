// The AST walker (see walk.h): the one place that knows every node kind's children.
#include "frontend/syntax/walk.h"

namespace golite::ast {

namespace {

struct Children {
  const std::function<void(Node*)>& f;
  void operator()(Node* n) const {
    if (n) f(n);
  }
  template <class T> void list(const std::vector<T*>& v) const {
    for (T* n : v) (*this)(n);
  }
  void fields(const std::vector<Field>& v) const {
    for (const Field& fd : v) {
      list(fd.names);
      (*this)(fd.typeExpr);
      (*this)(fd.tag);
    }
  }
};

}  // namespace

void forEachChild(Node* n, const std::function<void(Node*)>& f) {
  Children c{f};
  switch (n->kind) {
    case NodeKind::BadExpr:
    case NodeKind::Ident:
    case NodeKind::BasicLit:
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
    case NodeKind::ImportSpec:
      return;
    case NodeKind::CompositeLit: {
      auto* x = n->as<CompositeLit>();
      c(x->typeExpr);
      c.list(x->elts);
      return;
    }
    case NodeKind::FuncLit: {
      auto* x = n->as<FuncLit>();
      c(x->funcType);
      c(x->body);
      return;
    }
    case NodeKind::ParenExpr: c(n->as<ParenExpr>()->x); return;
    case NodeKind::SelectorExpr: {
      auto* x = n->as<SelectorExpr>();
      c(x->x);
      c(x->sel);
      return;
    }
    case NodeKind::IndexExpr: {
      auto* x = n->as<IndexExpr>();
      c(x->x);
      c(x->index);
      for (Expr* e : x->extra) c(e);
      return;
    }
    case NodeKind::SliceExpr: {
      auto* x = n->as<SliceExpr>();
      c(x->x);
      c(x->lo);
      c(x->hi);
      c(x->max);
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* x = n->as<TypeAssertExpr>();
      c(x->x);
      c(x->typeExpr);
      return;
    }
    case NodeKind::CallExpr: {
      auto* x = n->as<CallExpr>();
      c(x->fun);
      c.list(x->args);
      return;
    }
    case NodeKind::StarExpr: c(n->as<StarExpr>()->x); return;
    case NodeKind::UnaryExpr: c(n->as<UnaryExpr>()->x); return;
    case NodeKind::BinaryExpr: {
      auto* x = n->as<BinaryExpr>();
      c(x->x);
      c(x->y);
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* x = n->as<KeyValueExpr>();
      c(x->key);
      c(x->value);
      return;
    }
    case NodeKind::Ellipsis: c(n->as<Ellipsis>()->elt); return;
    case NodeKind::ArrayType: {
      auto* x = n->as<ArrayType>();
      c(x->len);
      c(x->elem);
      return;
    }
    case NodeKind::StructType: c.fields(n->as<StructType>()->fields); return;
    case NodeKind::FuncType: {
      auto* x = n->as<FuncType>();
      c.fields(x->params);
      c.fields(x->results);
      return;
    }
    case NodeKind::InterfaceType: c.fields(n->as<InterfaceType>()->methods); return;
    case NodeKind::MapType: {
      auto* x = n->as<MapType>();
      c(x->key);
      c(x->value);
      return;
    }
    case NodeKind::ChanType: c(n->as<ChanType>()->elem); return;

    case NodeKind::DeclStmt: c(n->as<DeclStmt>()->decl); return;
    case NodeKind::LabeledStmt: {
      auto* s = n->as<LabeledStmt>();
      c(s->label);
      c(s->stmt);
      return;
    }
    case NodeKind::ExprStmt: c(n->as<ExprStmt>()->x); return;
    case NodeKind::SendStmt: {
      auto* s = n->as<SendStmt>();
      c(s->chan);
      c(s->value);
      return;
    }
    case NodeKind::IncDecStmt: c(n->as<IncDecStmt>()->x); return;
    case NodeKind::AssignStmt: {
      auto* s = n->as<AssignStmt>();
      c.list(s->lhs);
      c.list(s->rhs);
      return;
    }
    case NodeKind::GoStmt: c(n->as<GoStmt>()->call); return;
    case NodeKind::DeferStmt: c(n->as<DeferStmt>()->call); return;
    case NodeKind::ReturnStmt: c.list(n->as<ReturnStmt>()->results); return;
    case NodeKind::BranchStmt: c(n->as<BranchStmt>()->label); return;
    case NodeKind::BlockStmt: c.list(n->as<BlockStmt>()->stmts); return;
    case NodeKind::IfStmt: {
      auto* s = n->as<IfStmt>();
      c(s->init);
      c(s->cond);
      c(s->body);
      c(s->els);
      return;
    }
    case NodeKind::CaseClause: {
      auto* s = n->as<CaseClause>();
      c.list(s->list);
      c.list(s->body);
      return;
    }
    case NodeKind::SwitchStmt: {
      auto* s = n->as<SwitchStmt>();
      c(s->init);
      c(s->tag);
      c.list(s->clauses);
      return;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* s = n->as<TypeSwitchStmt>();
      c(s->init);
      c(s->binding);
      c(s->x);
      c.list(s->clauses);
      return;
    }
    case NodeKind::CommClause: {
      auto* s = n->as<CommClause>();
      c(s->comm);
      c.list(s->body);
      return;
    }
    case NodeKind::SelectStmt: c.list(n->as<SelectStmt>()->clauses); return;
    case NodeKind::ForStmt: {
      auto* s = n->as<ForStmt>();
      c(s->init);
      c(s->cond);
      c(s->post);
      c(s->body);
      return;
    }
    case NodeKind::RangeStmt: {
      auto* s = n->as<RangeStmt>();
      c(s->key);
      c(s->value);
      c(s->x);
      c(s->body);
      return;
    }

    case NodeKind::ValueSpec: {
      auto* s = n->as<ValueSpec>();
      c.list(s->names);
      c(s->typeExpr);
      c.list(s->values);
      return;
    }
    case NodeKind::TypeSpec: {
      auto* s = n->as<TypeSpec>();
      c(s->name);
      c(s->typeExpr);
      return;
    }
    case NodeKind::GenDecl: c.list(n->as<GenDecl>()->specs); return;
    case NodeKind::FuncDecl: {
      auto* d = n->as<FuncDecl>();
      if (d->recv) {
        c.list(d->recv->names);
        c(d->recv->typeExpr);
      }
      c(d->name);
      c(d->funcType);
      c(d->body);
      return;
    }
    case NodeKind::File: {
      auto* f = n->as<File>();
      c(f->pkgName);
      c.list(f->decls);  // imports are among the declarations
      return;
    }
  }
}

void inspect(Node* n, const std::function<bool(Node*)>& f) {
  if (!n || !f(n)) return;
  forEachChild(n, [&](Node* child) { inspect(child, f); });
}

}  // namespace golite::ast
