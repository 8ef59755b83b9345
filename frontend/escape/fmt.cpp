// Expressions in the form gc's -m messages show them (cmd/compile/internal/ir/fmt.go):
// composite literals abbreviated to T{...}, conversions to unnamed types parenthesized
// (([]byte)(s)), constants by value, parentheses only where precedence needs them.
#include "frontend/escape/batch.h"

namespace golite::escape {

using namespace types;
using ast::NodeKind;

std::string typeStr(Type* t, const Package* rel) {
  if (!t) return "?";
  // gc spells the byte and rune aliases as such in messages.
  std::string s = typeString(t, rel);
  return s;
}

namespace {

// A type as its source spells it where that matters to gc's messages (byte and rune stay
// byte and rune); what the source cannot tell falls back to the type's own string.
std::string typeExprStr(ast::Expr* te, Type* t, const Package* rel) {
  if (!te) return typeStr(t, rel);
  te = ast::unparen(te);
  switch (te->kind) {
    case NodeKind::Ident: {
      auto* id = te->as<ast::Ident>();
      if (id->name == "byte" || id->name == "rune") return id->name;
      return typeStr(t ? t : te->type, rel);
    }
    case NodeKind::ArrayType: {
      auto* at = te->as<ast::ArrayType>();
      Type* u = t ? underlying(t) : nullptr;
      Type* elem = nullptr;
      if (u && u->kind == TypeKind::Slice) elem = u->as<types::Slice>()->elem;
      if (u && u->kind == TypeKind::Array) elem = u->as<Array>()->elem;
      if (!u || !elem || (at->len && at->len->kind == NodeKind::Ellipsis) || t->kind == TypeKind::Named)
        return typeStr(t, rel);
      std::string prefix = u->kind == TypeKind::Slice ? "[]" : "[" + std::to_string(u->as<Array>()->len) + "]";
      return prefix + typeExprStr(at->elem, elem, rel);
    }
    case NodeKind::StarExpr: {
      Type* u = t ? underlying(t) : nullptr;
      if (!u || u->kind != TypeKind::Pointer || t->kind == TypeKind::Named) return typeStr(t, rel);
      return "*" + typeExprStr(te->as<ast::StarExpr>()->x, u->as<Pointer>()->elem, rel);
    }
    case NodeKind::MapType: {
      Type* u = t ? underlying(t) : nullptr;
      if (!u || u->kind != TypeKind::Map || t->kind == TypeKind::Named) return typeStr(t, rel);
      auto* mt = te->as<ast::MapType>();
      return "map[" + typeExprStr(mt->key, u->as<Map>()->key, rel) + "]" +
             typeExprStr(mt->value, u->as<Map>()->elem, rel);
    }
    default: return typeStr(t, rel);
  }
}

int precedence(ast::Tok op) {
  switch (op) {
    case ast::Tok::LOr: return 1;
    case ast::Tok::LAnd: return 2;
    case ast::Tok::Eql:
    case ast::Tok::Neq:
    case ast::Tok::Lss:
    case ast::Tok::Leq:
    case ast::Tok::Gtr:
    case ast::Tok::Geq: return 3;
    case ast::Tok::Add:
    case ast::Tok::Sub:
    case ast::Tok::Or:
    case ast::Tok::Xor: return 4;
    default: return 5;
  }
}

struct Printer {
  const Package* rel;
  std::string b;
  bool rewritten = false;  // print calls as gc has them after escape's own rewrites
  // Operands a go/defer wrapper holds in temporaries print as the temporary (.autotmp_N).
  const TempNames* temps = nullptr;

  void constant(ast::Expr* e) {
    if (e->kind == NodeKind::Ident) {  // a named constant keeps its name
      b += e->as<ast::Ident>()->name;
      return;
    }
    if (e->val.kind() == constant::Kind::String) {
      b += constant::quote(constant::stringVal(e->val));
      return;
    }
    if (e->val.kind() == constant::Kind::Unknown && e->kind == NodeKind::BasicLit) {
      b += e->as<ast::BasicLit>()->text;
      return;
    }
    b += constant::toString(e->val);
  }

  void args(const std::vector<ast::Expr*>& as, bool ellipsis) {
    for (size_t i = 0; i < as.size(); i++) {
      if (i) b += ", ";
      expr(as[i], 0);
    }
    if (ellipsis) b += "...";
  }

  void expr(ast::Expr* e, int prec) {
    if (!e) return;
    // A constant shows as its source (gc keeps the original expression), a literal or
    // a named constant as such.
    if (e->mode == ast::Mode::Constant &&
        (e->kind == NodeKind::BasicLit || e->kind == NodeKind::Ident ||
         (e->kind == NodeKind::SelectorExpr && !e->as<ast::SelectorExpr>()->selection))) {
      if (e->kind == NodeKind::SelectorExpr) {
        b += e->as<ast::SelectorExpr>()->sel->name;
        return;
      }
      constant(e);
      return;
    }
    if (e->mode == ast::Mode::TypeExpr && e->kind != NodeKind::Ident) {
      b += typeExprStr(e, e->type, rel);
      return;
    }
    switch (e->kind) {
      case NodeKind::Ident: b += e->as<ast::Ident>()->name; break;
      case NodeKind::BasicLit: b += e->as<ast::BasicLit>()->text; break;
      case NodeKind::ParenExpr: expr(e->as<ast::ParenExpr>()->x, prec); break;
      case NodeKind::FuncLit: b += "func literal"; break;
      case NodeKind::CompositeLit: {
        auto* lit = e->as<ast::CompositeLit>();
        Type* t = e->type;
        if (t && underlying(t)->kind == TypeKind::Pointer && !lit->typeExpr) {
          b += "&";
          t = underlying(t)->as<Pointer>()->elem;
        }
        b += typeExprStr(lit->typeExpr, t, rel);
        b += lit->elts.empty() ? "{}" : "{...}";
        break;
      }
      case NodeKind::SelectorExpr: {
        auto* s = e->as<ast::SelectorExpr>();
        expr(s->x, 8);
        b += ".";
        b += s->sel->name;
        break;
      }
      case NodeKind::IndexExpr: {
        auto* ix = e->as<ast::IndexExpr>();
        expr(ix->x, 8);
        b += "[";
        expr(ix->index, 0);
        b += "]";
        break;
      }
      case NodeKind::SliceExpr: {
        auto* s = e->as<ast::SliceExpr>();
        expr(s->x, 8);
        b += "[";
        if (s->lo) expr(s->lo, 0);
        b += ":";
        if (s->hi) expr(s->hi, 0);
        if (s->slice3) {
          b += ":";
          if (s->max) expr(s->max, 0);
        }
        b += "]";
        break;
      }
      case NodeKind::TypeAssertExpr: {
        auto* ta = e->as<ast::TypeAssertExpr>();
        expr(ta->x, 8);
        b += ".(";
        b += typeStr(e->type, rel);
        b += ")";
        break;
      }
      case NodeKind::StarExpr:
        if (prec > 7) b += "(";
        b += "*";
        expr(e->as<ast::StarExpr>()->x, 8);
        if (prec > 7) b += ")";
        break;
      case NodeKind::UnaryExpr: {
        auto* u = e->as<ast::UnaryExpr>();
        // &T{...} is a node of its own to gc, with no precedence: parenthesized in any
        // operand position.
        if (u->op == ast::Tok::And && ast::unparen(u->x)->kind == NodeKind::CompositeLit && prec > 0) {
          b += "(";
          expr(e, 0);
          b += ")";
          break;
        }
        if (prec > 7) b += "(";
        b += ast::tokString(u->op);
        expr(u->x, 8);
        if (prec > 7) b += ")";
        break;
      }
      case NodeKind::BinaryExpr: {
        auto* be = e->as<ast::BinaryExpr>();
        int p = precedence(be->op);
        if (p < prec) b += "(";
        expr(be->x, p);
        b += " ";
        b += ast::tokString(be->op);
        b += " ";
        expr(be->y, p + 1);
        if (p < prec) b += ")";
        break;
      }
      case NodeKind::CallExpr: {
        auto* c = e->as<ast::CallExpr>();
        if (c->callKind == ast::CallKind::Conversion) {
          Type* t = e->type;
          bool named = t && (t->kind == TypeKind::Named || t->kind == TypeKind::Basic);
          ast::Expr* f = ast::unparen(c->fun);
          if (f->kind == NodeKind::Ident && f->as<ast::Ident>()->name == "any") {
            b += "any";  // the alias keeps its name
          } else if (named) {
            b += typeExprStr(c->fun, t, rel);  // byte and rune keep their names
          } else {
            b += "(";
            b += typeExprStr(c->fun, t, rel);
            b += ")";
          }
          b += "(";
          args(c->args, false);
          b += ")";
          break;
        }
        if (c->callKind == ast::CallKind::Builtin &&
            (BuiltinId(c->builtinId) == BuiltinId::New || BuiltinId(c->builtinId) == BuiltinId::Make)) {
          b += BuiltinId(c->builtinId) == BuiltinId::New ? "new(" : "make(";
          for (size_t i = 0; i < c->args.size(); i++) {
            if (i) b += ", ";
            if (i == 0) b += typeExprStr(c->args[0], c->args[0]->type, rel);
            else expr(c->args[i], 0);
          }
          b += ")";
          break;
        }
        if (rewritten && c->callKind == ast::CallKind::Call) {
          gcCall(c);
          break;
        }
        expr(c->fun, 8);
        b += "(";
        args(c->args, c->hasEllipsis);
        b += ")";
        break;
      }
      default: b += "?"; break;
    }
  }

  // A call as escape analysis leaves it (typecheck.FixMethodCall, FixVariadicCall): a
  // method call on a concrete type becomes T.M(x, args) or (*T).M(x, args), and a variadic
  // call's extra arguments one slice, `... argument` (nil when there are none).
  void gcCall(ast::CallExpr* c) {
    ast::Expr* fun = ast::unparen(c->fun);
    std::vector<std::string> as;
    // An operand held in a temporary prints as the temporary.
    auto str = [&](ast::Expr* x) {
      if (temps)
        if (auto it = temps->find(x); it != temps->end()) return it->second;
      Printer p{rel, "", true, temps};
      p.expr(x, 0);
      return p.b;
    };
    auto* sel = fun->kind == NodeKind::SelectorExpr ? fun->as<ast::SelectorExpr>() : nullptr;
    Func* m = sel && sel->selection && sel->selection->kind == SelectionKind::MethodVal
                  ? sel->selection->obj->as<Func>()
                  : nullptr;
    if (m && !m->iface) {
      auto* msig = m->type->as<Signature>();
      Type* rt = msig->recv ? msig->recv->type : nullptr;
      bool ptr = rt && rt->kind == TypeKind::Pointer;
      if (ptr) rt = rt->as<Pointer>()->elem;
      std::string tn = typeStr(rt, rel);
      b += ptr ? "(*" + tn + ")" : tn;
      b += "." + sel->sel->name;
      as.push_back(str(sel->x));
    } else if (temps && temps->count(c->fun)) {
      b += temps->at(c->fun);
    } else if (fun->kind == NodeKind::FuncLit) {
      b += "(func literal)";
    } else if (sel && sel->selection && temps && temps->count(sel->x)) {
      b += temps->at(sel->x) + "." + sel->sel->name;  // an interface method's receiver
    } else {
      expr(c->fun, 8);
    }
    Type* ft = fun->type ? underlying(fun->type) : nullptr;
    auto* sig = ft && ft->kind == TypeKind::Signature ? ft->as<Signature>() : nullptr;
    bool variadic = sig && sig->variadic && !c->hasEllipsis;
    size_t nfixed = variadic ? sig->params->vars.size() - 1 : c->args.size();
    for (size_t i = 0; i < c->args.size() && i < nfixed; i++) as.push_back(str(c->args[i]));
    if (variadic) as.push_back(c->args.size() > nfixed ? "... argument" : "nil");
    b += "(";
    for (size_t i = 0; i < as.size(); i++) b += (i ? ", " : "") + as[i];
    if (variadic || c->hasEllipsis) b += "...";
    b += ")";
  }

  void list(const std::vector<ast::Expr*>& l) {
    for (size_t i = 0; i < l.size(); i++) {
      if (i) b += ", ";
      expr(l[i], 0);
    }
  }

  // Statements as gc's stmtFmt prints them (loops and switches by name only).
  void stmt(ast::Node* s) {
    switch (s->kind) {
      case NodeKind::AssignStmt: {
        auto* as = s->as<ast::AssignStmt>();
        list(as->lhs);
        b += " " + std::string(ast::tokString(as->tok)) + " ";
        list(as->rhs);
        break;
      }
      case NodeKind::IncDecStmt: {
        auto* ids = s->as<ast::IncDecStmt>();
        expr(ids->x, 0);
        b += ids->inc ? "++" : "--";
        break;
      }
      case NodeKind::ValueSpec: {  // var x = e: an assignment to gc
        auto* vs = s->as<ast::ValueSpec>();
        for (size_t i = 0; i < vs->names.size(); i++) b += (i ? ", " : "") + vs->names[i]->name;
        b += " = ";
        list(vs->values);
        break;
      }
      case NodeKind::ReturnStmt:
        b += "return ";
        list(s->as<ast::ReturnStmt>()->results);
        break;
      case NodeKind::SendStmt: {
        auto* ss = s->as<ast::SendStmt>();
        expr(ss->chan, 3);
        b += " <- ";
        expr(ss->value, 3);
        break;
      }
      case NodeKind::ForStmt:
      case NodeKind::RangeStmt: b += "for loop"; break;
      case NodeKind::SwitchStmt:
      case NodeKind::TypeSwitchStmt: b += "switch statement"; break;
      case NodeKind::SelectStmt: b += "select statement"; break;
      case NodeKind::CaseClause: {
        auto* cc = s->as<ast::CaseClause>();
        if (cc->list.empty()) {
          b += "default";
        } else {
          b += "case ";
          list(cc->list);
        }
        b += ": ";
        for (size_t i = 0; i < cc->body.size(); i++) {
          if (i) b += "; ";
          stmt(cc->body[i]);
        }
        break;
      }
      case NodeKind::GoStmt:
        b += "go ";
        expr(s->as<ast::GoStmt>()->call, 0);
        break;
      case NodeKind::DeferStmt:
        b += "defer ";
        expr(s->as<ast::DeferStmt>()->call, 0);
        break;
      case NodeKind::ExprStmt: expr(s->as<ast::ExprStmt>()->x, 0); break;
      default: b += "?"; break;
    }
  }
};

}  // namespace

std::string funcName(FuncInfo* fn) {
  if (fn->outer) {
    // gc numbers literals per outermost function, in source order: f.func1, f.func2.
    FuncInfo* top = fn;
    while (top->outer) top = top->outer;
    int n = 0;
    for (FuncInfo* c : top->closures) {
      n++;
      if (c == fn) break;
    }
    return funcName(top) + ".func" + std::to_string(n);
  }
  if (!fn->obj) return "?";
  auto* sig = fn->obj->type->as<Signature>();
  if (sig->recv) {
    Type* rt = sig->recv->type;
    bool ptr = rt->kind == TypeKind::Pointer;
    if (ptr) rt = rt->as<Pointer>()->elem;
    std::string tn = rt->kind == TypeKind::Named ? rt->as<Named>()->obj->name : typeString(rt, nullptr);
    return (ptr ? "(*" + tn + ")" : tn) + "." + fn->obj->name;
  }
  return fn->obj->name;
}

std::string nodeString(ast::Node* n, const Package* rel, const TempNames* temps) {
  Printer p{rel, "", true, temps};
  if (n->kind <= NodeKind::ChanType) p.expr(static_cast<ast::Expr*>(n), 0);
  else p.stmt(n);
  return p.b;
}

ast::Pos gcPos(ast::Node* n) {
  switch (n->kind) {
    case NodeKind::ParenExpr: return gcPos(ast::unparen(static_cast<ast::Expr*>(n)));
    case NodeKind::BinaryExpr: return n->as<ast::BinaryExpr>()->opPos;
    case NodeKind::CallExpr: return n->as<ast::CallExpr>()->lparen;
    case NodeKind::SelectorExpr: return n->as<ast::SelectorExpr>()->dot;
    case NodeKind::CompositeLit: return n->as<ast::CompositeLit>()->lbrace;
    case NodeKind::IndexExpr: return n->as<ast::IndexExpr>()->lbrack;
    case NodeKind::SliceExpr: return n->as<ast::SliceExpr>()->lbrack;
    case NodeKind::TypeAssertExpr: {
      auto* ta = n->as<ast::TypeAssertExpr>();
      return ta->dot.line ? ta->dot : ta->pos;
    }
    case NodeKind::AssignStmt: {
      auto* as = n->as<ast::AssignStmt>();
      return as->opPos.line ? as->opPos : as->pos;
    }
    case NodeKind::IncDecStmt: {
      auto* s = n->as<ast::IncDecStmt>();
      return s->opPos.line ? s->opPos : s->pos;
    }
    case NodeKind::SendStmt: {
      auto* s = n->as<ast::SendStmt>();
      return s->arrow.line ? s->arrow : s->pos;
    }
    default: return n->pos;
  }
}

std::string exprString(ast::Expr* e, const Package* rel) {
  Printer p{rel, ""};
  p.expr(e, 0);
  return p.b;
}

}  // namespace golite::escape
