// Escape analysis (DESIGN.md section 8), after Go's cmd/compile/internal/escape.
//
// The question: can a value's storage live in its function's frame, or must it go to the
// heap because a pointer to it may outlive the frame? The analysis answers it for every
// variable a pointer can reach (address taken, captured by a closure) and every allocation
// site (new, &T{...}, slice and map literals, make, closures, method values, interface
// boxes, string conversions and concatenations, the `...` slice of a variadic call).
//
// The graph. Each such variable or site is a location; each assignment of a value to a
// location is an edge, weighted by the number of dereferences the assignment applies:
// `p = &x` is an edge from x to p with derefs -1, `p = q` 0, `p = *q` 1, `p = **q` 2. The
// traversal (walk.cpp) builds it from the checked AST: expressions flow into "holes"
// (a destination location plus derefs), so `sink = &x` flows x into the heap with -1.
// There is one heap location (anything that flows there with derefs -1 escapes) and a
// blank one (values dropped).
//
// Solving. From every location taken as a root, a shortest-path walk (derefs can only
// grow along a path, except for the -1 of an address taken at the start) finds each
// location whose value reaches the root and with how few dereferences. If a location's
// *address* reaches a root that outlives it (the heap, a result of its function, a
// variable of an outer loop or of an enclosing function), it escapes, and becomes a root
// itself (what it points to may now escape too). Roots are re-walked until nothing
// changes (walkAll).
//
// Functions. A parameter's leaks (to the heap or to a result, with the least derefs) are
// its function's summary ("tag"): `leaking param: p`, `leaking param content: p` (only what
// p points to leaks), `leaking param: p to result ~r0 level=0`. Calls to a function analysed
// earlier use its tags instead of its body; so functions are analysed bottom-up over the
// call graph, a strongly connected component (recursion) at a time, together with the
// function literals inside them (a batch). Calls whose target is unknown (function values,
// interface methods) send their arguments to the heap, as do natives (functions with no
// Go body) for every pointer parameter.
//
// Loops. A location declared in a loop does not outlive an outer one: an address that
// flows from an inner loop depth to an outer variable escapes, which is what lets the
// compiler give every site one fixed slot in the frame. golite's loop variables are per
// iteration (Go 1.22), so they are declared inside their loop here.
//
// The decisions are recorded on the AST (ast::Expr::stackAlloc, boxStack,
// CallExpr::variadicStack, types::Var::escapes) for the compiler, and with -m printed in
// gc's words and order.
//
// Explanations (-m -m). Every hole, and so every edge, can carry notes: which expression
// or statement made the flow and why ("address-of", "call parameter", "assign",
// "spill"...), innermost first. When the solver finds a location escaping or a parameter
// leaking, it follows the walk's shortest path back from the location to the root (each
// location remembers the edge it was reached by) and prints each step with its notes, as
// gc's explainPath does. The notes print nodes after gc's own rewrites (method calls as
// (*T).M(x), variadic arguments as one `... argument`, the operands of a go/defer call
// as the .autotmp_N temporaries gc's wrapper captures), so the text is gc's.
#include "frontend/escape/escape.h"

#include <algorithm>
#include <functional>

#include "frontend/escape/batch.h"
#include "frontend/syntax/walk.h"

namespace golite::escape {

using namespace types;

namespace {
constexpr int64_t kMaxStackVarSize = 10 * 1024 * 1024;
constexpr int64_t kMaxImplicitStackVarSize = 64 * 1024;
}  // namespace

// ---- type predicates ---------------------------------------------------------------------

bool hasPointers(Type* t) {
  if (!t) return false;
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Basic: {
      auto* b = u->as<Basic>();
      return b->bkind == BasicKind::String || b->bkind == BasicKind::UnsafePointer ||
             b->bkind == BasicKind::UntypedString || b->bkind == BasicKind::UntypedNil;
    }
    case TypeKind::Array: {
      auto* a = u->as<Array>();
      return a->len > 0 && hasPointers(a->elem);
    }
    case TypeKind::Struct:
      for (Var* f : u->as<Struct>()->fields)
        if (hasPointers(f->type)) return true;
      return false;
    case TypeKind::Tuple:
      for (Var* v : u->as<Tuple>()->vars)
        if (hasPointers(v->type)) return true;
      return false;
    default: return true;
  }
}

bool isDirectIface(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Map:
    case TypeKind::Signature: return true;
    case TypeKind::Basic: return u->as<Basic>()->bkind == BasicKind::UnsafePointer;
    case TypeKind::Array: {
      auto* a = u->as<Array>();
      return a->len == 1 && isDirectIface(a->elem);
    }
    case TypeKind::Struct: {
      auto* s = u->as<Struct>();
      return s->fields.size() == 1 && isDirectIface(s->fields[0]->type);
    }
    default: return false;
  }
}

// ---- the persistent part -----------------------------------------------------------------

namespace {

// Go's own summaries of the functions golite implements natively (gen_native_tags.sh).
struct NativeTags {
  std::string_view name;
  std::vector<std::string_view> params;
};
const std::vector<NativeTags> kNativeTags = {
#include "frontend/escape/native_tags.inc"
};

const std::unordered_map<std::string_view, std::vector<Leaks>>& nativeTags() {
  static const auto* table = [] {
    auto* m = new std::unordered_map<std::string_view, std::vector<Leaks>>;
    for (const NativeTags& t : kNativeTags) {
      std::vector<Leaks> tags;
      for (std::string_view p : t.params) {
        Leaks l;
        size_t i = 0;
        while (i < p.size()) {
          size_t end = p.find(' ', i);
          if (end == std::string_view::npos) end = p.size();
          std::string item(p.substr(i, end - i));
          if (item[0] == 'h') {
            l.add(0, std::stoi(item.substr(1)));
          } else if (item[0] == 'r') {
            size_t colon = item.find(':');
            int r = std::stoi(item.substr(1, colon - 1));
            if (r < kNumEscResults) l.add(1 + r, std::stoi(item.substr(colon + 1)));
          }
          i = end + 1;
        }
        tags.push_back(l);
      }
      (*m)[t.name] = std::move(tags);
    }
    return m;
  }();
  return *table;
}

}  // namespace

std::vector<Leaks> Impl::tagsOf(Func* fn) {
  auto it = funcs.find(fn);
  if (it != funcs.end() && it->second->state == FuncInfo::Tagged) return it->second->tags;
  auto* sig0 = fn->type->as<Signature>();
  if (!fn->nativeName.empty()) {
    auto nt = nativeTags().find(fn->nativeName);
    if (nt != nativeTags().end() && nt->second.size() == sig0->params->vars.size() + (sig0->recv ? 1 : 0))
      return nt->second;
  }
  // No Go body: every pointer parameter leaks (gc assumes the same of external functions),
  // unless the declaration says //go:noescape.
  if (noescape.count(fn)) return std::vector<Leaks>(sig0->params->vars.size() + (sig0->recv ? 1 : 0));
  std::vector<Leaks> tags;
  auto* sig = fn->type->as<Signature>();
  auto add = [&](Var* v) {
    Leaks l;
    if (hasPointers(v->type)) l.add(0, 0);
    tags.push_back(l);
  };
  if (sig->recv) add(sig->recv);
  for (Var* v : sig->params->vars) add(v);
  return tags;
}

void Impl::warn(ast::Pos pos, std::string text) {
  if (out && report > 0) out->push_back(Message{file ? *file : "", pos.line, pos.col, std::move(text)});
}

void Impl::devirtualized(ast::Pos pos, std::string text) {
  if (out && report > 0) devirt.push_back(Message{file ? *file : "", pos.line, pos.col, std::move(text)});
}

std::string shownFileName(const std::string& file) {
  return file.find('/') == std::string::npos ? "./" + file : file;
}

// ---- locations and flows -------------------------------------------------------------------

Location* Batch::newLoc(Site site, ast::Node* n, ast::Pos pos, bool transient) {
  auto loc = std::make_unique<Location>();
  loc->site = site;
  loc->node = n;
  loc->pos = pos;
  loc->curfn = curfn;
  loc->loopDepth = loopDepth;
  loc->transient = transient;
  allLocs.push_back(std::move(loc));
  return allLocs.back().get();
}

Location* Batch::varLoc(Var* v) {
  auto it = varLocs.find(v);
  if (it != varLocs.end()) return it->second;
  FuncInfo* saved = curfn;
  int savedDepth = loopDepth;
  if (FuncInfo* fi = impl->infoFor(v->declFunc)) curfn = fi;
  loopDepth = 1;
  Location* loc = newLoc(Site::Var, nullptr, v->pos, false);
  loc->var = v;
  curfn = saved;
  loopDepth = savedDepth;
  varLocs[v] = loc;
  return loc;
}

void Batch::flow(Hole k, Location* src) {
  if (k.addrtaken) src->addrtaken = true;
  Location* dst = k.dst;
  if (dst == &blankLoc) return;
  if (dst == src && k.derefs >= 0) return;  // x = x, x = *x, ...
  if (dst->escapes && k.derefs < 0) {       // heap = &x
    if (explaining()) {
      impl->warn(src->pos, locString(src) + " escapes to heap:");
      explainFlow(src->pos, dst, src, k.derefs, k.notes);
    }
    src->escapes = true;
    return;
  }
  dst->edges.push_back(Edge{src, k.derefs, k.notes});
}

Hole Batch::note(Hole k, ast::Node* where, const char* why) {
  if (!explaining()) return k;
  return note(k, nodeString(where, impl->pkg, &tempNames), gcPos(where), why);
}

Hole Batch::note(Hole k, std::string where, ast::Pos pos, const char* why) {
  if (!explaining()) return k;
  noteStore.push_back(Note{k.notes, std::move(where), pos, why, impl->file});
  k.notes = &noteStore.back();
  return k;
}

// ---- -m -m: how a value reached where it escapes ------------------------------------------

std::string Batch::locString(Location* l) {
  switch (l->site) {
    case Site::Var: return l->var->name;
    case Site::Result:
    case Site::Temp: return l->name.empty() ? "{temp}" : l->name;
    case Site::DDD: return "... argument";
    case Site::Closure:
    case Site::Wrapper: return "func literal";
    default: return exprString(static_cast<ast::Expr*>(l->node), impl->pkg);
  }
}

std::string Batch::explainLoc(Location* l) {
  if (l == &heapLoc) return "{heap}";
  switch (l->site) {
    case Site::Var:
    case Site::Result:
    case Site::Temp: return locString(l);
    default: return "{storage for " + locString(l) + "}";
  }
}

void Batch::explainPath(Location* root, Location* src) {
  ast::Pos pos = src->pos;
  std::unordered_set<Location*> visited;
  for (;;) {
    if (!visited.insert(src).second) {
      impl->warn(pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
      break;
    }
    Location* dst = src->dst;
    const Edge& edge = dst->edges[src->dstEdgeIdx];
    explainFlow(pos, dst, src, edge.derefs, edge.notes);
    if (dst == root) break;
    src = dst;
  }
}

void Batch::explainFlow(ast::Pos pos, Location* dst, Location* src, int derefs, const Note* notes) {
  std::string ops = derefs < 0 ? "&" : std::string(size_t(derefs), '*');
  impl->warn(pos, "  flow: " + explainLoc(dst) + " = " + ops + explainLoc(src) + ":");
  for (const Note* n = notes; n; n = n->next)
    impl->warn(pos, "    from " + n->where + " (" + n->why + ") at " + shownFileName(n->file ? *n->file : "") + ":" +
                        std::to_string(n->pos.line) + ":" + std::to_string(n->pos.col));
}

Hole Batch::teeHole(const std::vector<Hole>& ks) {
  if (ks.empty()) return discardHole();
  if (ks.size() == 1) return ks[0];
  // A temporary that flows to each hole (none of them takes an address).
  Location* loc = newLoc(Site::Temp, nullptr, {}, true);
  for (const Hole& k : ks) flow(k, loc);
  return Hole{loc};
}

Hole Batch::later(Hole k) {
  Location* loc = newLoc(Site::Temp, nullptr, {}, false);
  flow(k, loc);
  return Hole{loc};
}

Hole Batch::spill(Hole k, Site site, ast::Node* n, ast::Pos pos) {
  Location* loc = newLoc(site, n, pos, true);
  Hole ka = k.addr();
  if (explaining()) {
    // gc's note names the site itself (an implicit conversion by its operand).
    std::string what = locString(loc);
    if (site == Site::DDD || site == Site::Box || site == Site::Wrapper) ka = note(ka, what, pos, "spill");
    else ka = note(ka, n, "spill");
  }
  flow(ka, loc);
  return Hole{loc};
}

Hole Batch::dotType(Hole k, Type* t, ast::Node* where, const char* why) {
  if (!isInterface(t) && !isDirectIface(t)) k = k.shift(1);
  return note(k, where, why);
}

// ---- a batch -------------------------------------------------------------------------------

void Batch::initFunc(FuncInfo* fn) {
  curfn = fn;
  loopDepth = 1;
  fn->state = FuncInfo::Planned;
  fn->params.clear();
  fn->results.clear();
  auto param = [&](Var* v) {
    if (!v || v->name.empty() || v->name == "_") {
      fn->params.push_back(nullptr);
      return;
    }
    Location* loc = varLoc(v);
    loc->isParam = true;
    fn->params.push_back(loc);
  };
  if (fn->sig->recv) param(fn->sig->recv);
  for (Var* v : fn->sig->params->vars) param(v);
  int i = 0;
  for (Var* v : fn->sig->results->vars) {
    Location* loc;
    if (v->name.empty() || v->name == "_") {
      loc = newLoc(Site::Result, nullptr, v->pos, false);
      loc->name = (v->name.empty() ? "~r" : "~b") + std::to_string(i);
    } else {
      loc = varLoc(v);
    }
    loc->resultIndex = i + 1;
    fn->results.push_back(loc);
    i++;
  }
  fn->nparams = int(fn->params.size() + fn->results.size());
  fn->localPos.clear();
  fn->tcUsed = 0;
  int tcTemps = 0;
  if (fn->body) {
    // The function's own locals, in declaration order (gc's Dcl list), and the
    // temporaries its multi-valued calls will need.
    auto tupleSize = [](ast::Expr* e) -> int {
      e = ast::unparen(e);
      if (e->kind != ast::NodeKind::CallExpr || !e->type || e->type->kind != TypeKind::Tuple) return 0;
      return int(e->type->as<Tuple>()->vars.size());
    };
    ast::inspect(fn->body, [&](ast::Node* n) {
      if (n->kind == ast::NodeKind::FuncLit) return false;
      if (n->kind == ast::NodeKind::Ident) {
        auto* id = n->as<ast::Ident>();
        if (id->defines && id->obj && id->obj->kind == ObjKind::Var && id->name != "_") {
          varLoc(id->obj->as<Var>());
          fn->localPos.push_back(id->pos);
        }
      } else if (n->kind == ast::NodeKind::CaseClause) {
        // A type switch clause's own variable is reported at its case's colon.
        auto* cc = n->as<ast::CaseClause>();
        if (Var* v = cc->implicit) {
          varLoc(v)->pos = cc->colon.line ? cc->colon : cc->pos;
          fn->localPos.push_back(cc->pos);
        }
      } else if (n->kind == ast::NodeKind::ReturnStmt) {
        auto* rs = n->as<ast::ReturnStmt>();
        if (rs->results.size() == 1 && fn->sig->results->vars.size() > 1) tcTemps += tupleSize(rs->results[0]);
      } else if (n->kind == ast::NodeKind::CallExpr) {
        auto* c = n->as<ast::CallExpr>();
        if (c->args.size() == 1 && c->callKind == ast::CallKind::Call) tcTemps += tupleSize(c->args[0]);
      }
      return true;
    });
  }
  fn->dcls = fn->nparams + int(fn->localPos.size()) + tcTemps;
}

void Batch::run(const std::vector<FuncInfo*>& fns) {
  for (FuncInfo* fn : fns) initFunc(fn);
  for (FuncInfo* fn : fns)
    if (!fn->outer) walkFunc(fn);
  for (auto& c : closures) flowClosure(c);
  closures.clear();
  // Locations too large for a frame, or of a size known only at run time.
  for (size_t i = 0; i < allLocs.size(); i++) {
    Location* loc = allLocs[i].get();
    std::string why = heapAllocReason(loc);
    if (why.empty()) continue;
    if (loc->curfn) impl->file = &loc->curfn->file;
    Hole k = heapHole().addr();
    if (explaining()) {
      // The note's reason must outlive this loop: keep the two gc uses as literals.
      const char* w = why == "too large for stack" ? "too large for stack" : "non-constant size";
      k = note(k, locString(loc), loc->pos, w);
    }
    flow(k, loc);
  }
  walkAll();
  finish(fns);
}

std::string Batch::heapAllocReason(Location* loc) {
  switch (loc->site) {
    case Site::Var:
      if (loc->isParam || loc->resultIndex) return "";
      if (sizeOf(loc->var->type) > kMaxStackVarSize) return "too large for stack";
      return "";
    case Site::New: {
      auto* call = loc->node->as<ast::CallExpr>();
      Type* t = call->type ? underlying(call->type) : nullptr;
      if (t && t->kind == TypeKind::Pointer && sizeOf(t->as<Pointer>()->elem) > kMaxImplicitStackVarSize)
        return "too large for stack";
      return "";
    }
    case Site::PtrLit: {
      Type* t = underlying(static_cast<ast::Expr*>(loc->node)->type);
      if (t && t->kind == TypeKind::Pointer && sizeOf(t->as<Pointer>()->elem) > kMaxImplicitStackVarSize)
        return "too large for stack";
      return "";
    }
    case Site::MakeSlice: {
      auto* call = loc->node->as<ast::CallExpr>();
      ast::Expr* r = call->args.size() >= 3 ? call->args[2] : call->args.size() >= 2 ? call->args[1] : nullptr;
      int64_t n = 0;
      if (!r || r->mode != ast::Mode::Constant || !constant::int64Val(r->val, &n) || n < 0 ||
          n > 0x7fffffff)
        return "non-constant size";
      Type* elem = underlying(call->type)->as<types::Slice>()->elem;
      int64_t es = sizeOf(elem);
      if (es != 0 && n > kMaxImplicitStackVarSize / es) return "too large for stack";
      return "";
    }
    default: return "";
  }
}

// A literal's captured variables in gc's order (the order of first reference, an
// assignment's values before its destinations), each with that first reference's
// position (where gc places the closure variable). One walk serves a literal and every
// literal nested in it (walking each body apart was quadratic in the nesting): a
// reference is first for the literals around it up to the first that has seen the
// variable already (all literals outside that one have seen it too) or does not capture
// it (it is declared there).
const std::vector<std::pair<Var*, ast::Pos>>& Batch::captureOrder(ast::FuncLit* lit) {
  auto cached = captureOrders.find(lit);
  if (cached != captureOrders.end()) return cached->second;
  struct Open {
    ast::FuncLit* lit;
    std::unordered_set<Var*> caps, seen;
    std::vector<std::pair<Var*, ast::Pos>> order;
  };
  std::vector<std::unique_ptr<Open>> open;
  auto enter = [&](ast::FuncLit* l) {
    auto o = std::make_unique<Open>();
    o->lit = l;
    o->caps.insert(l->captures.begin(), l->captures.end());
    open.push_back(std::move(o));
  };
  auto leave = [&]() {
    Open& o = *open.back();
    for (Var* v : o.lit->captures)
      if (!o.seen.count(v)) o.order.push_back({v, o.lit->pos});
    captureOrders[o.lit] = std::move(o.order);
    open.pop_back();
  };
  std::function<bool(ast::Node*)> visit = [&](ast::Node* n) {
    if (n->kind == ast::NodeKind::AssignStmt) {
      auto* as = n->as<ast::AssignStmt>();
      if (as->tok != ast::Tok::Define) {
        for (ast::Expr* r : as->rhs) ast::inspect(r, visit);
        for (ast::Expr* l : as->lhs) ast::inspect(l, visit);
        return false;
      }
    }
    if (n->kind == ast::NodeKind::FuncLit) {
      enter(n->as<ast::FuncLit>());
      ast::inspect(n->as<ast::FuncLit>()->body, visit);
      leave();
      return false;
    }
    if (n->kind == ast::NodeKind::Ident) {
      auto* id = n->as<ast::Ident>();
      if (id->obj && id->obj->kind == ObjKind::Var) {
        Var* v = id->obj->as<Var>();
        for (size_t k = open.size(); k-- > 0;) {
          Open& o = *open[k];
          if (!o.caps.count(v) || !o.seen.insert(v).second) break;
          o.order.push_back({v, id->pos});
        }
      }
    }
    return true;
  };
  enter(lit);
  ast::inspect(lit->body, visit);
  leave();
  return captureOrders[lit];
}

void Batch::flowClosure(const PendingClosure& c) {
  if (c.wrapper && c.wrapper->curfn) impl->file = &c.wrapper->curfn->file;
  if (c.fn) impl->file = &c.fn->file;
  if (c.wrapper) {
    // A go/defer wrapper captures its temporaries by value.
    for (Location* tmp : c.temps) {
      if (explaining())
        impl->warn(tmp->pos, funcName(tmp->curfn) + " capturing by value: " + tmp->name +
                                 " (addr=false assign=false width=" + std::to_string(tmp->width) + ")");
      flow(note(Hole{c.wrapper}, tmp->name, c.usePos, "captured by a closure"), tmp);
    }
    return;
  }
  auto* lit = c.fn->node->as<ast::FuncLit>();
  for (auto [cv, use] : captureOrder(lit)) {
    Location* loc = varLoc(cv);
    int64_t width = sizeOf(cv->type);
    bool byval = !loc->addrtaken && !loc->reassigned && width <= 128;
    Hole k = c.k;
    if (explaining()) {
      impl->warn(cv->pos, funcName(loc->curfn) + " capturing by " + (byval ? "value" : "ref") + ": " + cv->name +
                              " (addr=" + (loc->addrtaken ? "true" : "false") +
                              " assign=" + (loc->reassigned ? "true" : "false") + " width=" + std::to_string(width) + ")");
      if (!byval) k = note(k.addr(), cv->name, use, "reference");
      k = note(k, cv->name, use, "captured by a closure");
    } else if (!byval) {
      k = k.addr();
    }
    flow(k, loc);
  }
}

void Batch::walkAll() {
  std::vector<Location*> todo;
  todo.reserve(allLocs.size() + 1);
  for (auto& l : allLocs) {
    todo.push_back(l.get());
    l->queued = true;
  }
  todo.push_back(&heapLoc);
  heapLoc.queued = true;
  uint32_t walkgen = 0;
  while (!todo.empty()) {
    Location* root = todo.back();
    todo.pop_back();
    root->queued = false;
    walkOne(root, ++walkgen, todo);
  }
}

void Batch::walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& queue) {
  auto enqueue = [&](Location* l) {
    if (!l->queued) {
      queue.push_back(l);
      l->queued = true;
    }
  };
  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = nullptr;
  std::vector<Location*> todo{root};
  while (!todo.empty()) {
    Location* l = todo.back();
    todo.pop_back();
    int derefs = l->derefs;
    bool addressOf = derefs < 0;
    if (addressOf) {
      derefs = 0;
      if (!root->transient && l->transient) {
        l->transient = false;
        enqueue(l);
      }
    }
    if (outlives(root, l)) {
      if (l->curfn) impl->file = &l->curfn->file;
      if (l->isParam) {
        if (explaining() && !l->escapes) {
          impl->warn(l->pos, "parameter " + l->var->name + " leaks to " + explainLoc(root) +
                                 " with derefs=" + std::to_string(derefs) + ":");
          explainPath(root, l);
        }
        leakTo(l, root, derefs);
      }
      if (addressOf && !l->escapes) {
        if (explaining()) {
          impl->warn(l->pos, locString(l) + " escapes to heap:");
          explainPath(root, l);
        }
        l->escapes = true;
        enqueue(l);
        continue;
      }
    }
    for (size_t i = 0; i < l->edges.size(); i++) {
      Edge& e = l->edges[i];
      if (e.src->escapes) continue;
      int d = derefs + e.derefs;
      if (e.src->walkgen != walkgen || e.src->derefs > d) {
        e.src->walkgen = walkgen;
        e.src->derefs = d;
        e.src->dst = l;
        e.src->dstEdgeIdx = int(i);
        todo.push_back(e.src);
      }
    }
  }
}

namespace {
// c is a function literal inside f.
bool containsClosure(FuncInfo* f, FuncInfo* c) {
  if (!f || !c || f == c) return false;
  for (FuncInfo* o = c->outer; o; o = o->outer)
    if (o == f) return true;
  return false;
}
}  // namespace

bool Batch::outlives(Location* l, Location* other) {
  if (l->escapes) return true;
  if (l->resultIndex) {
    // A result of a literal called where it is written does not outlive its caller's
    // locations.
    if (containsClosure(other->curfn, l->curfn) && l->curfn->closureCalled) return false;
    return true;
  }
  if (l == &blankLoc) return false;
  if (l->curfn == other->curfn && l->loopDepth < other->loopDepth) return true;
  if (containsClosure(l->curfn, other->curfn)) return true;
  return false;
}

void Batch::leakTo(Location* l, Location* sink, int derefs) {
  if (!sink->escapes && sink->resultIndex && sink->curfn == l->curfn) {
    int ri = sink->resultIndex - 1;
    if (ri < kNumEscResults) {
      l->paramEsc.add(1 + ri, derefs);
      return;
    }
  }
  l->paramEsc.add(0, derefs);
}

namespace {

std::string varName(Var* v) { return v->name; }

std::string resultName(FuncInfo* fn, int i) {
  Var* v = fn->sig->results->vars[i];
  if (v->name.empty()) return "~r" + std::to_string(i);
  if (v->name == "_") return "~b" + std::to_string(i);
  return v->name;
}

}  // namespace

void Batch::finish(const std::vector<FuncInfo*>& fns) {
  bool diagnose = impl->report > 0;
  for (FuncInfo* fn : fns) {
    impl->file = &fn->file;
    fn->state = FuncInfo::Tagged;
    fn->tags.clear();
    std::vector<Var*> vars;
    if (fn->sig->recv) vars.push_back(fn->sig->recv);
    for (Var* v : fn->sig->params->vars) vars.push_back(v);
    for (size_t i = 0; i < vars.size(); i++) {
      Leaks esc;
      if (!fn->body) {
        // External: every pointer parameter leaks, unless //go:noescape says none does.
        bool named = !vars[i]->name.empty();
        auto& dirs = fn->node->as<ast::FuncDecl>()->directives;
        bool noescape = std::find(dirs.begin(), dirs.end(), "go:noescape") != dirs.end();
        Type* u = underlying(vars[i]->type);
        if (u->kind == TypeKind::Basic && u->as<Basic>()->bkind == BasicKind::Uintptr) {
          if (diagnose && named) impl->warn(vars[i]->pos, "assuming " + vars[i]->name + " is unsafe uintptr");
        } else if (hasPointers(vars[i]->type)) {
          if (noescape) {
            if (diagnose && named) impl->warn(vars[i]->pos, vars[i]->name + " does not escape");
          } else {
            if (diagnose && named) impl->warn(vars[i]->pos, "leaking param: " + vars[i]->name);
            esc.add(0, 0);
          }
        }
        fn->tags.push_back(esc);
        continue;
      }
      Location* loc = i < fn->params.size() ? fn->params[i] : nullptr;
      if (hasPointers(vars[i]->type) && loc) {
        esc = loc->paramEsc;
        esc.optimize();
        if (diagnose && !loc->escapes) {
          const std::string name = varName(vars[i]);
          if (esc.empty()) impl->warn(vars[i]->pos, name + " does not escape");
          if (int x = esc.heap(); x >= 0)
            impl->warn(vars[i]->pos, (x == 0 ? "leaking param: " : "leaking param content: ") + name);
          for (int r = 0; r < kNumEscResults && r < int(fn->sig->results->vars.size()); r++)
            if (int x = esc.result(r); x >= 0)
              impl->warn(vars[i]->pos, "leaking param: " + name + " to result " + resultName(fn, r) +
                                           " level=" + std::to_string(x));
        }
      }
      fn->tags.push_back(esc);
    }
  }

  // Closures that escape force the cells of the variables they capture to the heap:
  // the compiler shares a captured variable's cell with the closure.
  auto closureEscapes = [&](Var* v) {
    auto it = capturedBy.find(v);
    if (it == capturedBy.end()) return false;
    for (Location* c : it->second)
      if (c->escapes) return true;
    return false;
  };
  for (auto& up : allLocs) {
    Location* loc = up.get();
    if (loc->curfn) impl->file = &loc->curfn->file;
    const types::Package* rel = impl->pkg;
    switch (loc->site) {
      case Site::Temp:
      case Site::Result:
      case Site::Wrapper: continue;
      case Site::Var:
        if (loc->var->declFunc) loc->var->escapes = loc->escapes || closureEscapes(loc->var);
        if (diagnose && loc->escapes) impl->warn(loc->pos, "moved to heap: " + loc->var->name);
        continue;
      default: break;
    }
    bool stack = !loc->escapes;
    auto* e = static_cast<ast::Expr*>(loc->node);
    switch (loc->site) {
      case Site::Box: e->boxStack = stack && !impl->heapNodes.count(e); break;
      case Site::DDD: e->as<ast::CallExpr>()->variadicStack = stack && !impl->heapNodes.count(e); break;
      default: e->stackAlloc = stack && !impl->heapNodes.count(e); break;
    }
    if (!stack) impl->heapNodes.insert(e);
    if (diagnose) {
      std::string what;
      switch (loc->site) {
        case Site::DDD: what = "... argument"; break;
        case Site::Closure: what = "func literal"; break;
        default: what = exprString(e, rel); break;
      }
      impl->warn(loc->pos, what + (stack ? " does not escape" : " escapes to heap"));
    }
  }
}

// ---- packages ------------------------------------------------------------------------------

struct Analyzer::Impl : escape::Impl {};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;

namespace {

// The call graph's strongly connected components, callees first (Tarjan), over the
// package's functions in source order (Go's ir.VisitFuncsBottomUp).
struct BottomUp {
  Impl& impl;
  std::unordered_map<FuncInfo*, uint32_t> id;
  std::vector<FuncInfo*> stack;
  uint32_t next = 0;
  std::function<void(std::vector<FuncInfo*>)> analyze;

  uint32_t visit(FuncInfo* fn) {
    if (auto it = id.find(fn); it != id.end()) return it->second;
    uint32_t myId = ++next;
    id[fn] = myId;
    uint32_t min = myId;
    stack.push_back(fn);
    auto visitRef = [&](FuncInfo* callee) {
      if (!callee || callee->state == FuncInfo::Tagged) return;
      uint32_t m = visit(callee);
      if (m < min) min = m;
    };
    if (fn->body) ast::inspect(fn->body, [&](ast::Node* n) {
      switch (n->kind) {
        case ast::NodeKind::Ident: {
          auto* id = n->as<ast::Ident>();
          if (id->obj && id->obj->kind == ObjKind::Func) {
            auto it = impl.funcs.find(id->obj->as<Func>());
            if (it != impl.funcs.end()) visitRef(it->second);
          }
          break;
        }
        case ast::NodeKind::SelectorExpr: {
          auto* s = n->as<ast::SelectorExpr>();
          if (s->selection && s->selection->obj && s->selection->obj->kind == ObjKind::Func) {
            auto it = impl.funcs.find(s->selection->obj->as<Func>());
            if (it != impl.funcs.end()) visitRef(it->second);
          }
          break;
        }
        default: break;
      }
      return true;  // function literals are part of their function
    });
    if (min == myId) {
      size_t i = stack.size();
      while (i > 0 && stack[i - 1] != fn) i--;
      i--;
      std::vector<FuncInfo*> block(stack.begin() + i, stack.end());
      stack.resize(i);
      for (FuncInfo* f : block) id[f] = UINT32_MAX;
      // The literals inside each function join its batch.
      std::vector<FuncInfo*> fns;
      for (FuncInfo* f : block) {
        fns.push_back(f);
        for (FuncInfo* c : f->closures) fns.push_back(c);
      }
      analyze(std::move(fns));
      return UINT32_MAX;
    }
    return min;
  }
};

}  // namespace

void Analyzer::analyzePackage(Package* pkg, int report, std::vector<Message>& out) {
  escape::Impl& m = *impl_;
  m.pkg = pkg;
  m.report = report;
  m.out = &out;
  m.file = nullptr;

  // Every function and literal of the package.
  std::vector<FuncInfo*> decls;
  // The package's functions, then the instances of its generic ones (copies of their
  // declarations, checked for their type arguments).
  std::vector<std::pair<ast::FuncDecl*, const std::string*>> all;
  for (ast::File* f : pkg->files)
    for (ast::Node* d : f->decls)
      if (d->kind == ast::NodeKind::FuncDecl) all.push_back({d->as<ast::FuncDecl>(), &f->filename});
  for (auto& inst : pkg->instances) all.push_back({inst.decl, &inst.file});
  {
    for (auto& [fd, filename] : all) {
      if (!fd->name->obj || fd->name->obj->kind != ObjKind::Func || fd->generic) continue;
      // Declared without a body (golite build, as go tool compile): reported as external.
      if (!fd->body && report == 0) {
        if (std::find(fd->directives.begin(), fd->directives.end(), "go:noescape") != fd->directives.end())
          m.noescape.insert(fd->name->obj->as<Func>());
        continue;
      }
      auto info = std::make_unique<FuncInfo>();
      FuncInfo* fi = info.get();
      m.owned.push_back(std::move(info));
      fi->node = fd;
      fi->obj = fd->name->obj->as<Func>();
      fi->sig = fi->obj->type->as<Signature>();
      fi->ftype = fd->funcType;
      fi->body = fd->body;
      fi->file = *filename;
      m.funcs[fi->obj] = fi;
      m.byNode[fd] = fi;
      decls.push_back(fi);
      // Literals, each with the innermost function around it.
      std::vector<FuncInfo*> nest{fi};
      std::function<void(ast::Node*)> scan = [&](ast::Node* root) {
        ast::inspect(root, [&](ast::Node* n) {
          if (n == root || n->kind != ast::NodeKind::FuncLit) return true;
          auto* lit = n->as<ast::FuncLit>();
          auto li = std::make_unique<FuncInfo>();
          FuncInfo* l = li.get();
          m.owned.push_back(std::move(li));
          l->node = lit;
          l->sig = lit->type ? underlying(lit->type)->as<Signature>() : nullptr;
          l->ftype = lit->funcType;
          l->body = lit->body;
          l->file = fi->file;
          l->outer = nest.back();
          m.lits[lit] = l;
          m.byNode[lit] = l;
          fi->closures.push_back(l);
          nest.push_back(l);
          scan(lit->body);
          nest.pop_back();
          return false;
        });
      };
      if (fd->body) scan(fd->body);
    }
  }
  // Variables assigned after their definition (or address-taken) have no static value.
  auto markAssigned = [&](ast::Expr* e) {
    e = ast::unparen(e);
    if (e && e->kind == ast::NodeKind::Ident) {
      auto* id = e->as<ast::Ident>();
      if (id->obj && id->obj->kind == ObjKind::Var) m.reassignedVars.insert(id->obj->as<Var>());
    }
  };
  for (FuncInfo* fi : decls) {
    if (fi->body) ast::inspect(fi->body, [&](ast::Node* n) {
      switch (n->kind) {
        case ast::NodeKind::AssignStmt: {
          auto* as = n->as<ast::AssignStmt>();
          for (size_t i = 0; i < as->lhs.size(); i++) {
            auto* l = ast::unparen(as->lhs[i]);
            bool defines = as->tok == ast::Tok::Define && l->kind == ast::NodeKind::Ident &&
                           l->as<ast::Ident>()->defines;
            if (!defines) {
              markAssigned(l);
            } else if (as->lhs.size() == as->rhs.size() && l->as<ast::Ident>()->obj) {
              m.staticInit[l->as<ast::Ident>()->obj->as<Var>()] = as->rhs[i];
            }
          }
          break;
        }
        case ast::NodeKind::ValueSpec: {
          auto* vs = n->as<ast::ValueSpec>();
          if (vs->names.size() == vs->values.size())
            for (size_t i = 0; i < vs->names.size(); i++)
              if (vs->names[i]->obj && vs->names[i]->obj->kind == ObjKind::Var)
                m.staticInit[vs->names[i]->obj->as<Var>()] = vs->values[i];
          break;
        }
        case ast::NodeKind::IncDecStmt: markAssigned(n->as<ast::IncDecStmt>()->x); break;
        case ast::NodeKind::RangeStmt: {
          auto* rs = n->as<ast::RangeStmt>();
          if (rs->tok != ast::Tok::Define) {
            if (rs->key) markAssigned(rs->key);
            if (rs->value) markAssigned(rs->value);
          }
          break;
        }
        default: break;
      }
      return true;
    });
  }

  size_t first = out.size();
  m.devirt.clear();
  BottomUp bu{m};
  bu.analyze = [&](std::vector<FuncInfo*> fns) {
    Batch b(&m);
    b.run(fns);
  };
  for (FuncInfo* fi : decls) bu.visit(fi);
  std::stable_sort(m.devirt.begin(), m.devirt.end(), [](const Message& a, const Message& b) {
    return a.line != b.line ? a.line < b.line : a.col < b.col;
  });
  out.insert(out.begin() + long(first), m.devirt.begin(), m.devirt.end());
  m.devirt.clear();
  m.out = nullptr;
}


}  // namespace golite::escape
