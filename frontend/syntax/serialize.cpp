// A parsed file as bytes and back (see serialize.h).
//
// One walk serves both directions: Codec<false> reads each field of the tree and writes
// it, Codec<true> reads it back and builds the node, field by field in the same order, so
// the two cannot disagree about the layout. The fields are those clone.cpp copies (what
// the parser sets); ImportSpecs, ValueSpecs and the rest travel as nodes with their kind.
//
// A node is its kind + 1 (0 for a nil pointer), its position, then its fields; integers
// and positions are varints; a string is its length and bytes; a list its length and
// elements. The decoder checks every kind against what the field may hold and every
// length against the bytes left, and throws Corrupt on anything else.
#include "frontend/syntax/serialize.h"

#include <cstdint>
#include <type_traits>

namespace golite::ast {

namespace {

struct Corrupt {};

template <bool Decode>
class Codec {
 public:
  // Encoding
  explicit Codec(std::string& out) requires(!Decode) : out_(&out) {}
  // Decoding
  Codec(Arena& arena, std::string_view in) requires(Decode) : A(&arena), p_(in.data()), end_(in.data() + in.size()) {}

  bool atEnd() const { return p_ == end_; }

  void file(File*& f) {
    if constexpr (Decode) f = A->make<File>(Pos{});
    pos(f->pos);
    expect<Ident>(f->pkgName, NodeKind::Ident);
    list(f->decls, [&](Node*& d) { decl(d); });
    if constexpr (Decode) {
      if (!f->pkgName) throw Corrupt{};
      for (Node* d : f->decls)
        if (d->kind == NodeKind::GenDecl && d->as<GenDecl>()->tok == Tok::Import) f->imports.push_back(d->as<GenDecl>());
    }
  }

 private:
  // ---- primitives ----

  void byte(uint8_t& b) {
    if constexpr (Decode) {
      if (p_ == end_) throw Corrupt{};
      b = uint8_t(*p_++);
    } else {
      out_->push_back(char(b));
    }
  }
  void varint(uint64_t& v) {
    if constexpr (Decode) {
      v = 0;
      for (int shift = 0;; shift += 7) {
        uint8_t b;
        byte(b);
        if (shift > 63) throw Corrupt{};
        v |= uint64_t(b & 0x7F) << shift;
        if (!(b & 0x80)) break;
      }
    } else {
      uint64_t x = v;
      while (x >= 0x80) {
        out_->push_back(char(uint8_t(x) | 0x80));
        x >>= 7;
      }
      out_->push_back(char(x));
    }
  }
  // A non-negative int (line, column, iota).
  void num(int& n) {
    uint64_t v = uint64_t(n);
    varint(v);
    if constexpr (Decode) {
      if (v > uint64_t(INT32_MAX)) throw Corrupt{};
      n = int(v);
    }
  }
  void flag(bool& b) {
    uint8_t v = b ? 1 : 0;
    byte(v);
    if constexpr (Decode) {
      if (v > 1) throw Corrupt{};
      b = v == 1;
    }
  }
  template <class E>
  void enumeration(E& e, E last) {
    uint8_t v = uint8_t(e);
    byte(v);
    if constexpr (Decode) {
      if (v > uint8_t(last)) throw Corrupt{};
      e = E(v);
    }
  }
  void str(std::string& s) {
    uint64_t n = s.size();
    varint(n);
    if constexpr (Decode) {
      if (n > uint64_t(end_ - p_)) throw Corrupt{};
      s.assign(p_, size_t(n));
      p_ += n;
    } else {
      out_->append(s);
    }
  }
  void pos(Pos& p) {
    num(p.line);
    num(p.col);
  }
  // A list: its length, then each element by f. Every element takes at least a byte, so a
  // length past the bytes left is corrupt (and no huge allocation happens).
  template <class T, class F>
  void list(std::vector<T>& v, F f) {
    uint64_t n = v.size();
    varint(n);
    if constexpr (Decode) {
      if (n > uint64_t(end_ - p_)) throw Corrupt{};
      v.resize(size_t(n));
    }
    for (T& x : v) f(x);
  }

  // ---- nodes ----

  // A node pointer's tag: 0 for nil, else its kind + 1. Decoding returns the kind read
  // (or nullopt for nil); encoding, the node's own.
  bool tag(Node* n, NodeKind& k) {
    uint8_t t = n ? uint8_t(n->kind) + 1 : 0;
    byte(t);
    if constexpr (Decode) {
      if (t == 0) return false;
      if (t - 1 > uint8_t(NodeKind::File)) throw Corrupt{};
      k = NodeKind(t - 1);
      return true;
    } else {
      if (n) k = n->kind;
      return n != nullptr;
    }
  }
  // The node of type T at slot: made (decoding) or the one there (encoding); its
  // position follows.
  template <class T, class B>
  T* node(B*& slot) {
    T* n;
    if constexpr (Decode) {
      n = A->make<T>(Pos{});
      slot = n;
    } else {
      n = static_cast<T*>(slot);
    }
    pos(n->pos);
    return n;
  }
  // A pointer field of one node type (an Ident, a BlockStmt ...).
  template <class T>
  void expect(T*& slot, NodeKind want) {
    if constexpr (std::is_base_of_v<Expr, T>) {
      Expr* e = slot;
      expr(e);
      if constexpr (Decode) {
        if (e && e->kind != want) throw Corrupt{};
        slot = static_cast<T*>(e);
      }
    } else {
      Stmt* s = slot;
      stmt(s);
      if constexpr (Decode) {
        if (s && s->kind != want) throw Corrupt{};
        slot = static_cast<T*>(s);
      }
    }
  }
  void exprs(std::vector<Expr*>& v) {
    list(v, [&](Expr*& e) { expr(e); });
  }
  void stmts(std::vector<Stmt*>& v) {
    list(v, [&](Stmt*& s) { stmt(s); });
  }
  void field(Field& f) {
    pos(f.pos);
    list(f.names, [&](Ident*& id) { expect(id, NodeKind::Ident); });
    expr(f.typeExpr);
    expect(f.tag, NodeKind::BasicLit);
  }
  void fields(std::vector<Field>& v) {
    list(v, [&](Field& f) { field(f); });
  }

  void expr(Expr*& e) {
    NodeKind k{};
    if (!tag(e, k)) {
      if constexpr (Decode) e = nullptr;
      return;
    }
    switch (k) {
      case NodeKind::BadExpr: node<BadExpr>(e); break;
      case NodeKind::Ident: {
        auto* n = node<Ident>(e);
        str(n->name);
        break;
      }
      case NodeKind::BasicLit: {
        auto* n = node<BasicLit>(e);
        enumeration(n->litKind, LitKind::String);
        str(n->text);
        break;
      }
      case NodeKind::CompositeLit: {
        auto* n = node<CompositeLit>(e);
        expr(n->typeExpr);
        exprs(n->elts);
        pos(n->lbrace);
        pos(n->rbrace);
        break;
      }
      case NodeKind::FuncLit: {
        auto* n = node<FuncLit>(e);
        expect(n->funcType, NodeKind::FuncType);
        expect(n->body, NodeKind::BlockStmt);
        if constexpr (Decode) {
          if (!n->funcType) throw Corrupt{};
        }
        break;
      }
      case NodeKind::ParenExpr: expr(node<ParenExpr>(e)->x); break;
      case NodeKind::SelectorExpr: {
        auto* n = node<SelectorExpr>(e);
        expr(n->x);
        expect(n->sel, NodeKind::Ident);
        pos(n->dot);
        break;
      }
      case NodeKind::IndexExpr: {
        auto* n = node<IndexExpr>(e);
        pos(n->lbrack);
        expr(n->x);
        expr(n->index);
        exprs(n->extra);
        break;
      }
      case NodeKind::SliceExpr: {
        auto* n = node<SliceExpr>(e);
        pos(n->lbrack);
        expr(n->x);
        expr(n->lo);
        expr(n->hi);
        expr(n->max);
        flag(n->slice3);
        break;
      }
      case NodeKind::TypeAssertExpr: {
        auto* n = node<TypeAssertExpr>(e);
        expr(n->x);
        expr(n->typeExpr);
        pos(n->dot);
        break;
      }
      case NodeKind::CallExpr: call(e); break;
      case NodeKind::StarExpr: expr(node<StarExpr>(e)->x); break;
      case NodeKind::UnaryExpr: {
        auto* n = node<UnaryExpr>(e);
        enumeration(n->op, Tok::Tilde);
        expr(n->x);
        break;
      }
      case NodeKind::BinaryExpr: {
        auto* n = node<BinaryExpr>(e);
        enumeration(n->op, Tok::Tilde);
        pos(n->opPos);
        expr(n->x);
        expr(n->y);
        break;
      }
      case NodeKind::KeyValueExpr: {
        auto* n = node<KeyValueExpr>(e);
        expr(n->key);
        expr(n->value);
        break;
      }
      case NodeKind::Ellipsis: expr(node<Ellipsis>(e)->elt); break;
      case NodeKind::ArrayType: {
        auto* n = node<ArrayType>(e);
        expr(n->len);
        expr(n->elem);
        break;
      }
      case NodeKind::StructType: fields(node<StructType>(e)->fields); break;
      case NodeKind::FuncType: {
        auto* n = node<FuncType>(e);
        fields(n->params);
        fields(n->results);
        break;
      }
      case NodeKind::InterfaceType: fields(node<InterfaceType>(e)->methods); break;
      case NodeKind::MapType: {
        auto* n = node<MapType>(e);
        expr(n->key);
        expr(n->value);
        break;
      }
      case NodeKind::ChanType: {
        auto* n = node<ChanType>(e);
        enumeration(n->dir, ChanDir::Recv);
        expr(n->elem);
        break;
      }
      default: throw Corrupt{};  // a statement or declaration where an expression goes
    }
  }

  void call(Expr*& e) {
    auto* n = node<CallExpr>(e);
    expr(n->fun);
    exprs(n->args);
    flag(n->hasEllipsis);
    pos(n->lparen);
    pos(n->rparen);
    if constexpr (Decode) {
      if (!n->fun) throw Corrupt{};
    }
  }
  // go and defer's call.
  void callField(CallExpr*& c) {
    expect(c, NodeKind::CallExpr);
    if constexpr (Decode) {
      if (!c) throw Corrupt{};
    }
  }

  void stmt(Stmt*& s) {
    NodeKind k{};
    if (!tag(s, k)) {
      if constexpr (Decode) s = nullptr;
      return;
    }
    switch (k) {
      case NodeKind::BadStmt: node<BadStmt>(s); break;
      case NodeKind::DeclStmt: {
        auto* n = node<DeclStmt>(s);
        Node* d = n->decl;
        decl(d);
        if constexpr (Decode) {
          if (!d || d->kind != NodeKind::GenDecl) throw Corrupt{};
          n->decl = d->as<GenDecl>();
        }
        break;
      }
      case NodeKind::EmptyStmt: node<EmptyStmt>(s); break;
      case NodeKind::LabeledStmt: {
        auto* n = node<LabeledStmt>(s);
        expect(n->label, NodeKind::Ident);
        stmt(n->stmt);
        break;
      }
      case NodeKind::ExprStmt: expr(node<ExprStmt>(s)->x); break;
      case NodeKind::SendStmt: {
        auto* n = node<SendStmt>(s);
        expr(n->chan);
        expr(n->value);
        pos(n->arrow);
        break;
      }
      case NodeKind::IncDecStmt: {
        auto* n = node<IncDecStmt>(s);
        expr(n->x);
        flag(n->inc);
        pos(n->opPos);
        break;
      }
      case NodeKind::AssignStmt: {
        auto* n = node<AssignStmt>(s);
        exprs(n->lhs);
        enumeration(n->tok, Tok::Tilde);
        exprs(n->rhs);
        pos(n->opPos);
        break;
      }
      case NodeKind::GoStmt: callField(node<GoStmt>(s)->call); break;
      case NodeKind::DeferStmt: callField(node<DeferStmt>(s)->call); break;
      case NodeKind::ReturnStmt: exprs(node<ReturnStmt>(s)->results); break;
      case NodeKind::BranchStmt: {
        auto* n = node<BranchStmt>(s);
        enumeration(n->tok, Tok::Tilde);
        expect(n->label, NodeKind::Ident);
        break;
      }
      case NodeKind::BlockStmt: {
        auto* n = node<BlockStmt>(s);
        stmts(n->stmts);
        pos(n->rbrace);
        break;
      }
      case NodeKind::IfStmt: {
        auto* n = node<IfStmt>(s);
        stmt(n->init);
        expr(n->cond);
        expect(n->body, NodeKind::BlockStmt);
        stmt(n->els);
        break;
      }
      case NodeKind::CaseClause: {
        auto* n = node<CaseClause>(s);
        exprs(n->list);
        flag(n->isDefault);
        stmts(n->body);
        pos(n->colon);
        break;
      }
      case NodeKind::SwitchStmt: {
        auto* n = node<SwitchStmt>(s);
        stmt(n->init);
        expr(n->tag);
        clauses(n->clauses, NodeKind::CaseClause);
        break;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* n = node<TypeSwitchStmt>(s);
        stmt(n->init);
        expect(n->binding, NodeKind::Ident);
        expr(n->x);
        clauses(n->clauses, NodeKind::CaseClause);
        break;
      }
      case NodeKind::CommClause: {
        auto* n = node<CommClause>(s);
        stmt(n->comm);
        stmts(n->body);
        break;
      }
      case NodeKind::SelectStmt: clauses(node<SelectStmt>(s)->clauses, NodeKind::CommClause); break;
      case NodeKind::ForStmt: {
        auto* n = node<ForStmt>(s);
        stmt(n->init);
        expr(n->cond);
        stmt(n->post);
        expect(n->body, NodeKind::BlockStmt);
        break;
      }
      case NodeKind::RangeStmt: {
        auto* n = node<RangeStmt>(s);
        expr(n->key);
        expr(n->value);
        enumeration(n->tok, Tok::Tilde);
        expr(n->x);
        expect(n->body, NodeKind::BlockStmt);
        pos(n->rangePos);
        break;
      }
      default: throw Corrupt{};  // an expression or declaration where a statement goes
    }
  }
  // A switch's or select's clauses, none nil.
  template <class C>
  void clauses(std::vector<C*>& v, NodeKind k) {
    list(v, [&](C*& c) {
      expect(c, k);
      if constexpr (Decode) {
        if (!c) throw Corrupt{};
      }
    });
  }

  // A top-level declaration (GenDecl or FuncDecl), a DeclStmt's GenDecl, or a GenDecl's
  // spec (ImportSpec, ValueSpec, TypeSpec).
  void decl(Node*& d) {
    NodeKind k{};
    if (!tag(d, k)) {
      if constexpr (Decode) throw Corrupt{};  // no nil declarations or specs
      return;
    }
    switch (k) {
      case NodeKind::GenDecl: {
        auto* n = node<GenDecl>(d);
        enumeration(n->tok, Tok::Tilde);
        list(n->specs, [&](Node*& sp) { decl(sp); });
        break;
      }
      case NodeKind::FuncDecl: {
        auto* n = node<FuncDecl>(d);
        bool hasRecv = n->recv != nullptr;
        flag(hasRecv);
        if (hasRecv) {
          if constexpr (Decode) n->recv = A->makeField();
          field(*n->recv);
        }
        expect(n->name, NodeKind::Ident);
        expect(n->funcType, NodeKind::FuncType);
        expect(n->body, NodeKind::BlockStmt);
        list(n->directives, [&](std::string& s) { str(s); });
        fields(n->typeParams);
        flag(n->generic);
        if constexpr (Decode) {
          if (!n->name || !n->funcType) throw Corrupt{};
        }
        break;
      }
      case NodeKind::ImportSpec: {
        auto* n = node<ImportSpec>(d);
        expect(n->name, NodeKind::Ident);
        str(n->path);
        pos(n->pathPos);
        break;
      }
      case NodeKind::ValueSpec: {
        auto* n = node<ValueSpec>(d);
        list(n->names, [&](Ident*& id) { expect(id, NodeKind::Ident); });
        expr(n->typeExpr);
        exprs(n->values);
        num(n->iota);
        flag(n->implicit);
        break;
      }
      case NodeKind::TypeSpec: {
        auto* n = node<TypeSpec>(d);
        expect(n->name, NodeKind::Ident);
        flag(n->alias);
        expr(n->typeExpr);
        fields(n->typeParams);
        if constexpr (Decode) {
          if (!n->name) throw Corrupt{};
        }
        break;
      }
      default: throw Corrupt{};
    }
  }

  std::string* out_ = nullptr;
  Arena* A = nullptr;
  const char* p_ = nullptr;
  const char* end_ = nullptr;
};

}  // namespace

std::string encodeFile(const File* f) {
  std::string out;
  Codec<false> c(out);
  File* file = const_cast<File*>(f);  // the encoder only reads
  c.file(file);
  return out;
}

File* decodeFile(Arena& arena, std::string_view bytes, const std::string& filename) {
  try {
    Codec<true> c(arena, bytes);
    File* f = nullptr;
    c.file(f);
    if (!c.atEnd()) return nullptr;
    f->filename = filename;
    return f;
  } catch (Corrupt&) {
    return nullptr;
  }
}

}  // namespace golite::ast
