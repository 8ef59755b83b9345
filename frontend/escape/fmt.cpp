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
          if (named) {
            b += typeStr(t, rel);
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
        expr(c->fun, 8);
        b += "(";
        args(c->args, c->hasEllipsis);
        b += ")";
        break;
      }
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

std::string exprString(ast::Expr* e, const Package* rel) {
  Printer p{rel, ""};
  p.expr(e, 0);
  return p.b;
}

}  // namespace golite::escape
