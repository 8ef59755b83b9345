// Type strings, in the exact form the gc compiler gives the runtime and fmt's %T prints
// (cmd/compile/internal/types/fmt.go in its fmtTypeIDName mode, which reflect shows):
//
//   []int  [3]string  map[string][]int  *main.T  chan<- int  chan (<-chan int)
//   func(int, ...string) (int, error)   struct { a int; B string "tag" }   struct {}
//   interface {}   interface { M(); N() int; main.m() }
//
// Parameter and result names are dropped, embedded fields show only their type, interface
// methods are listed flattened and sorted (exported first), non-exported interface method
// names are qualified by their package name, byte and rune print as uint8 and int32.
//
// Named types (and non-exported interface methods) are qualified by their package's name
// unless that package is `relativeTo`: %T wants "main.T", while the checker's messages
// about the package being checked want "T".
#include "frontend/types/types.h"

namespace golite::types {

namespace {

struct TypeWriter {
  std::string& b;
  const Package* rel;
  int depth = 0;

  void qualifier(const Package* pkg) {
    if (pkg && pkg != rel) {
      b += pkg->name;
      b += '.';
    }
  }

  void tuple(Tuple* t, bool variadic) {
    b += '(';
    size_t n = t ? t->vars.size() : 0;
    for (size_t i = 0; i < n; i++) {
      if (i > 0) b += ", ";
      Type* vt = t->vars[i]->type;
      if (variadic && i + 1 == n && vt && vt->kind == TypeKind::Slice) {
        b += "...";
        type(vt->as<Slice>()->elem);
      } else {
        type(vt);
      }
    }
    b += ')';
  }

  // A signature without the leading "func".
  void signature(Signature* s) {
    tuple(s->params, s->variadic);
    size_t n = s->results ? s->results->vars.size() : 0;
    if (n == 1) {
      b += ' ';
      type(s->results->vars[0]->type);
    } else if (n > 1) {
      b += ' ';
      tuple(s->results, false);
    }
  }

  void type(Type* t) {
    if (!t) {
      b += "<nil>";
      return;
    }
    // Valid types nest as deep as their source (at most the parser's 50,000 levels); only
    // an invalid, self-containing unnamed type goes deeper.
    if (depth > 100000) {
      b += "...";
      return;
    }
    depth++;
    write(t);
    depth--;
  }

  void write(Type* t) {
    switch (t->kind) {
      case TypeKind::Basic:
        b += t->as<Basic>()->name;
        return;
      case TypeKind::Named: {
        TypeName* obj = t->as<Named>()->obj;
        if (!obj) {
          b += "<Named>";
          return;
        }
        qualifier(obj->pkg);
        b += obj->name;
        if (auto& targs = t->as<Named>()->targs; !targs.empty()) {  // an instance: List[int]
          b += '[';
          for (size_t i = 0; i < targs.size(); i++) {
            if (i) b += ',';
            type(targs[i]);
          }
          b += ']';
        }
        return;
      }
      case TypeKind::TypeParam:
        b += t->as<TypeParam>()->obj->name;
        return;
      case TypeKind::Pointer:
        b += '*';
        type(t->as<Pointer>()->elem);
        return;
      case TypeKind::Slice:
        b += "[]";
        type(t->as<Slice>()->elem);
        return;
      case TypeKind::Array:
        b += '[';
        b += std::to_string(t->as<Array>()->len);
        b += ']';
        type(t->as<Array>()->elem);
        return;
      case TypeKind::Map:
        b += "map[";
        type(t->as<Map>()->key);
        b += ']';
        type(t->as<Map>()->elem);
        return;
      case TypeKind::Chan: {
        auto* c = t->as<Chan>();
        switch (c->dir) {
          case ast::ChanDir::Recv:
            b += "<-chan ";
            type(c->elem);
            return;
          case ast::ChanDir::Send:
            b += "chan<- ";
            type(c->elem);
            return;
          case ast::ChanDir::Both:
            b += "chan ";
            // chan (<-chan int): without the parentheses it would read chan<- (chan int).
            if (c->elem && c->elem->kind == TypeKind::Chan && c->elem->as<Chan>()->dir == ast::ChanDir::Recv) {
              b += '(';
              type(c->elem);
              b += ')';
            } else {
              type(c->elem);
            }
            return;
        }
        return;
      }
      case TypeKind::Struct: {
        auto* s = t->as<Struct>();
        if (s->fields.empty()) {
          b += "struct {}";
          return;
        }
        b += "struct {";
        for (size_t i = 0; i < s->fields.size(); i++) {
          if (i > 0) b += ';';
          b += ' ';
          Var* f = s->fields[i];
          if (!f->embedded) {
            b += f->name;
            b += ' ';
          }
          type(f->type);
          if (i < s->tags.size() && !s->tags[i].empty()) {
            b += ' ';
            b += constant::quote(s->tags[i]);
          }
        }
        b += " }";
        return;
      }
      case TypeKind::Tuple:
        tuple(t->as<Tuple>(), false);
        return;
      case TypeKind::Signature:
        b += "func";
        signature(t->as<Signature>());
        return;
      case TypeKind::Interface: {
        auto* it = t->as<Interface>();
        complete(it);
        if (it->allMethods.empty()) {
          b += it->isComparableBuiltin ? "comparable" : "interface {}";
          return;
        }
        b += "interface {";
        for (size_t i = 0; i < it->allMethods.size(); i++) {
          if (i > 0) b += ';';
          b += ' ';
          Func* m = it->allMethods[i];
          if (!m->exported()) qualifier(m->pkg);
          b += m->name;
          if (m->type && m->type->kind == TypeKind::Signature) signature(m->type->as<Signature>());
        }
        b += " }";
        return;
      }
    }
  }
};

}  // namespace

std::string typeString(Type* t, const Package* relativeTo) {
  std::string b;
  TypeWriter{b, relativeTo}.type(t);
  return b;
}

}  // namespace golite::types
