// The bytecode compiler, part 1: the program, functions, emission and register
// allocation. Statements are in compile_stmt.cpp, expressions in compile_expr.cpp, calls
// and builtins in compile_call.cpp, runtime type descriptors in rtype.cpp.
//
// Register allocation is stack-like. A function's frame holds, from R[0]: the parameters,
// then variables as their declarations are reached (a block's variables are released at
// its end), then temporaries, which are released at the end of each statement. A call
// places its arguments at the top of the frame; the callee's frame starts there, so
// arguments are passed without copying and results come back in the same place.
#include <algorithm>
#include <cstring>
#include <functional>
#include <set>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "frontend/compile/codegen.h"
#include "vm/liveness.h"
#include "frontend/syntax/walk.h"

namespace golite {

using namespace types;
using vm::Op;

// A compile-time limitation (something the checker accepted that the compiler does not
// do yet). Reported as a compile error.
struct CompileError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

int words(Type* t) { return int(vm::regWords(sizeOf(t))); }
bool indirect(Type* t) { return sizeOf(t) > vm::kIndirectBytes; }

bool isPointerShaped(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
      return true;
    case TypeKind::Basic:
      return u->as<Basic>()->bkind == BasicKind::UnsafePointer;
    default:
      return false;
  }
}

Program::Program() : impl_(std::make_unique<Impl>()) {}
Program::~Program() = default;

const std::vector<std::unique_ptr<vm::Proto>>& Program::protos() const { return impl_->protos; }

vm::Proto* Program::Impl::newProto(const std::string& name) {
  protos.push_back(std::make_unique<vm::Proto>());
  vm::Proto* p = protos.back().get();
  p->name = name;
  p->file = file;
  return p;
}

// Go's names in tracebacks: main.F, main.(*T).M, and for instances main.F[...] and
// main.(*List[...]).Push.
std::string Program::Impl::funcName(Func* f) {
  std::string pkgName = f->pkg ? f->pkg->name : "";
  if (f->pkg && f->pkg->path != f->pkg->name) pkgName = f->pkg->path;
  auto* sig = f->type->as<Signature>();
  if (sig->recv) {
    Type* rt = sig->recv->type;
    bool ptr = rt->kind == TypeKind::Pointer;
    if (ptr) rt = rt->as<Pointer>()->elem;
    std::string tn = rt->kind == TypeKind::Named ? rt->as<Named>()->obj->name : "?";
    if (rt->kind == TypeKind::Named && !rt->as<Named>()->targs.empty()) tn += "[...]";
    return pkgName + "." + (ptr ? "(*" + tn + ")" : tn) + "." + f->name;
  }
  return pkgName + "." + f->name + (f->origin ? "[...]" : "");
}

// The instances of generic functions and methods made since the last call, in every
// package compiled so far (a REPL input may instantiate a package's generics long after
// the package was compiled).
void Program::Impl::compileInstances() {
  for (Package* p : packages) {
    size_t& done = instancesDone[p];
    for (; done < p->instances.size(); done++) {
      auto& inst = p->instances[done];
      std::string saved = file;
      file = inst.file;
      compileFunc(protoFor(inst.fn), inst.decl->funcType, inst.fn->type->as<Signature>(), inst.decl->body,
                  inst.decl, nullptr);
      file = saved;
      // a REPL input's method for a generic type joins instances whose method tables exist
      if (Var* recv = inst.fn->type->as<Signature>()->recv) {
        Type* base = recv->type->kind == TypeKind::Pointer ? recv->type->as<Pointer>()->elem : recv->type;
        if (base->kind == TypeKind::Named) refreshMethods(base->as<Named>());
      }
    }
  }
}

// The function a declaration without a body is linked to by //go:linkname, in a package
// it imports (its import list holds every package it could name), or null.
static Func* linkedFunc(Func* f) {
  if (!f->decl || f->decl->body || !f->pkg) return nullptr;
  std::string target = f->decl->linkTarget();
  if (target.empty()) return nullptr;
  size_t dot = target.rfind('.');
  std::string path = target.substr(0, dot), name = target.substr(dot + 1);
  for (types::Package* p : f->pkg->imports) {
    if (p->path != path || !p->scope) continue;
    Object* o = p->scope->lookup(name);
    if (o && o->kind == ObjKind::Func && o->as<Func>()->decl && o->as<Func>()->decl->body &&
        identical(o->type, f->type))
      return o->as<Func>();
  }
  return nullptr;
}

vm::Proto* Program::Impl::protoFor(Func* f) {
  if (!f->proto)
    if (Func* t = linkedFunc(f)) f->proto = protoFor(t);
  if (!f->proto) {
    vm::Proto* p = newProto(funcName(f));
    p->line = f->pos.line;
    if (!f->decl || !f->decl->body) {
      std::string key = f->nativeName.empty() ? p->name : f->nativeName;
      p->native = vm::findNative(key);
      p->nativeKey = key;
      p->nativeNoStackPointers = vm::nativeHasNoStackPointers(key);
      auto* sig = f->type->as<Signature>();
      int pw = 0, rw = 0;
      if (sig->recv) pw += words(sig->recv->type);
      for (Var* v : sig->params->vars) pw += words(v->type);
      for (Var* v : sig->results->vars) rw += words(v->type);
      p->paramWords = pw;
      p->resultWords = rw;
      std::vector<Type*> ins, outs;
      if (sig->recv) ins.push_back(sig->recv->type);
      for (Var* v : sig->params->vars) ins.push_back(v->type);
      for (Var* v : sig->results->vars) outs.push_back(v->type);
      setSignaturePtrs(p, ins, outs);
      p->frameSize = std::max(pw, rw) + 4;
      if (!p->native) {
        // Reported when called, so programs that never call it still run.
        p->native = unimplementedNative;
        p->nativeKey = kUnimplementedNative;
      }
    }
    vm::giveStaticClosure(p);
    f->proto = p;
  }
  return static_cast<vm::Proto*>(f->proto);
}

void Program::Impl::setLine(const ast::Node* n) {
  if (n && n->pos.line > 0) {
    fs->line = n->pos.line;
    lastPos = n->pos;
  }
}

size_t Program::Impl::emit(vm::Instr ins) {
  vm::Proto* p = fs->proto;
  p->code.push_back(ins);
  p->lines.push_back(fs->line);
  return p->code.size() - 1;
}

size_t Program::Impl::emitJump(Op op, int a) { return emit(vm::makeABx(op, a, 0)); }

void Program::Impl::patchJump(size_t at, size_t target) {
  int32_t off = int32_t(int64_t(target) - int64_t(at) - 1);
  vm::Instr& ins = fs->proto->code[at];
  ins.b = uint16_t(uint32_t(off) & 0xffff);
  ins.c = uint16_t(uint32_t(off) >> 16);
}

void Program::Impl::emitLoop(size_t target) {
  size_t at = emit(vm::makeABx(Op::LOOP, 0, 0));
  patchJump(at, target);
}

uint32_t Program::Impl::constant(uint64_t v) {
  auto& k = fs->proto->consts;
  const auto& r = fs->proto->relocs;
  for (size_t i = 0; i < k.size() && i < 64; i++)
    if (k[i] == v && std::find(r.begin(), r.end(), uint32_t(i)) == r.end()) return uint32_t(i);
  k.push_back(v);
  if (k.size() > 65535) throw CompileError("function too large: more than 65535 constants");
  return uint32_t(k.size() - 1);
}

uint32_t Program::Impl::constPtr(const void* p) {
  auto& k = fs->proto->consts;
  auto& r = fs->proto->relocs;
  uint64_t v = reinterpret_cast<uint64_t>(p);
  for (size_t j = 0; j < r.size() && j < 64; j++)
    if (k[r[j]] == v) return r[j];
  k.push_back(v);
  if (k.size() > 65535) throw CompileError("function too large: more than 65535 constants");
  r.push_back(uint32_t(k.size() - 1));
  return uint32_t(k.size() - 1);
}

void* Program::Impl::globalCell(Type* t) {
  size_t size = size_t(std::max<int64_t>(sizeOf(t), 1));
  void* cell = vm::newGlobalCell(rtype(t), size);
  globals.push_back(cell);
  globalTypes.push_back({rtype(t), size});
  return cell;
}

uint64_t Program::Impl::mapExt(Type* t) {
  uint64_t x = constPtr(rtype(t));
  if (indirect(underlying(t)->as<types::Map>()->key)) x |= vm::kMapKeyIndirect;
  return x;
}

uint32_t Program::Impl::constString(const std::string& s) {
  auto& k = fs->proto->consts;
  auto str = std::make_unique<std::string>(s);
  uint32_t idx = uint32_t(k.size());
  k.push_back(reinterpret_cast<uint64_t>(str->data()));
  k.push_back(s.size());
  fs->proto->relocs.push_back(idx);
  fs->proto->strings.push_back(std::move(str));
  return idx;
}

namespace {

// The pointer bits (bit i: word i) of values of types ts held in registers one after
// another, each from a word boundary; *n is set to their words. A null type is one word
// that may hold a pointer.
std::vector<uint64_t> registerPtrs(const std::vector<Type*>& ts, uint32_t* n) {
  std::vector<bool> bits;
  int64_t word = 0;
  for (Type* t : ts) {
    if (!t) {
      bits.resize(size_t(word) + 1);
      bits[size_t(word)] = true;
      word++;
      continue;
    }
    if (indirect(t)) {  // one word: the address of its copy
      bits.resize(size_t(word) + 1);
      bits[size_t(word)] = true;
    } else {
      pointerWords(t, word * 8, bits);
    }
    word += words(t);
  }
  *n = uint32_t(word);
  std::vector<uint64_t> out(size_t(word + 63) / 64, 0);
  for (size_t w = 0; w < bits.size() && w < size_t(word); w++)
    if (bits[w]) out[w / 64] |= uint64_t(1) << (w % 64);
  return out;
}

}  // namespace

void Program::Impl::noteDefPtrs(size_t pc, const std::vector<Type*>& ts) {
  vm::Proto* p = fs->proto;
  uint32_t n = 0;
  std::vector<uint64_t> bits = registerPtrs(ts, &n);
  if (!p->defPtrs.empty() && p->defPtrs.back().pc >= pc)
    throw CompileError("internal error: pointer map notes out of order");
  p->defPtrs.push_back({uint32_t(pc), n, uint32_t(p->defPtrBits.size())});
  p->defPtrBits.insert(p->defPtrBits.end(), bits.begin(), bits.end());
}

void Program::Impl::setSignaturePtrs(vm::Proto* p, const std::vector<Type*>& params,
                                     const std::vector<Type*>& results) {
  uint32_t n = 0;
  p->paramPtrs = registerPtrs(params, &n);
  p->resultPtrs = registerPtrs(results, &n);
}

int Program::Impl::alloc(int n) {
  int r = fs->top;
  fs->top += n;
  if (fs->top > 65000) throw CompileError("function too large: " + fs->proto->name + "'s frame exceeds 65000 words");
  if (uint32_t(fs->top) > fs->proto->frameSize) fs->proto->frameSize = fs->top;
  return r;
}

void Program::Impl::error(const ast::Node* n, const std::string& msg) {
  // Without a node, the error is placed at the expression being compiled.
  ast::Pos at = n ? n->pos : lastPos;
  std::string where = file + ":" + std::to_string(at.line) + ":" + std::to_string(at.col) + ": ";
  throw CompileError(where + msg);
}

// ---- variables -------------------------------------------------------------------------

bool Program::Impl::boxed(Var* v) {
  if (v->captured || v->addrTaken) return true;
  // Arrays are indexed through addresses, and big values would bloat frames: keep them
  // in the heap (escape analysis will move what it can back to the stack).
  Type* u = underlying(v->type);
  if (u->kind == TypeKind::Array) return true;
  if (u->kind == TypeKind::Struct) {
    for (Var* f : u->as<Struct>()->fields)
      if (underlying(f->type)->kind == TypeKind::Array || underlying(f->type)->kind == TypeKind::Struct)
        return true;
  }
  return sizeOf(v->type) > 128;
}

// ---- frame objects ---------------------------------------------------------------------

int Program::Impl::frameSlot(int64_t bytes, const runtime::Type* rt) {
  vm::Proto* p = fs->proto;
  bytes = std::max<int64_t>((bytes + 7) & ~int64_t(7), 8);  // new(struct{}) is not nil
  if (bytes > int64_t(vm::kMaxFrameObjBytes) || p->fobjBytes + bytes > vm::kMaxFrameObjBytes) return -1;
  uint32_t off = p->fobjBytes;
  p->fobjBytes += uint32_t(bytes);
  p->fobjPtrs.resize((p->fobjBytes / 8 + 63) / 64);
  bool typed = rt != nullptr && rt->size % 8 == 0 && int64_t(rt->size) <= bytes &&
               rt->gcdata.size() * 8 >= rt->ptrdata / 8;
  for (uint64_t w = 0; w < uint64_t(bytes) / 8; w++) {
    if (rt != nullptr && rt->ptrdata == 0) break;
    // An array's elements repeat its element type's map; the slot's tail past rt->size
    // holds nothing.
    bool ptr = !typed || (rt->size && w < rt->size / 8 && w < rt->ptrdata / 8 && (rt->gcdata[w / 8] >> (w % 8) & 1));
    if (ptr) p->fobjPtrs[(off / 8 + w) / 64] |= uint64_t(1) << ((off / 8 + w) % 64);
  }
  return int(off);
}

void Program::Impl::emitNew(int r, Type* t, bool onStack) {
  if (onStack) {
    int64_t size = sizeOf(t);
    int off = frameSlot(size, rtype(t));
    if (off >= 0) {
      emitABC(Op::FRAMENEW, r, off / 8, int((std::max<int64_t>(size, 1) + 7) / 8));
      return;
    }
  }
  emitABx(Op::NEW, r, constPtr(rtype(t)));
}

int Program::Impl::stringBuf(bool onStack, int64_t bytes) {
  if (!onStack) return 0;
  Type*& t = stringBufTypes[bytes];  // [bytes]uint8: one type a size, not one a site
  if (!t) t = ownType(new Array(universe->basic[int(BasicKind::Uint8)], bytes));
  int off = frameSlot(bytes, rtype(t));
  if (off < 0) return 0;
  int r = alloc(1);
  emitABC(Op::FRAMENEW, r, off / 8, int(bytes / 8));
  return r + 1;
}

void Program::Impl::makeMap(Type* t, int dst, bool onStack, int64_t constHint) {
  const runtime::Type* mt = rtype(t);
  int hoff = onStack ? frameSlot(int64_t(runtime::hmapSize()), runtime::hmapLayout()) : -1;
  if (hoff < 0) {
    emitABx(Op::MAKEMAP, dst, constPtr(mt));
    return;
  }
  int h = alloc(1);
  emitABC(Op::FRAMENEW, h, hoff / 8, int(runtime::hmapSize() / 8));
  int bucket = 0;
  // A map made for at most 8 entries gets its one bucket in the frame too (Go's walk).
  if (constHint >= 0 && constHint <= 8) {
    const runtime::Type* bt = runtime::mapBucketType(mt);
    int boff = frameSlot(int64_t(bt->size), bt);
    if (boff >= 0) {
      bucket = alloc(1) + 1;
      emitABC(Op::FRAMENEW, bucket - 1, boff / 8, int((bt->size + 7) / 8));
    }
  }
  emitABx(Op::MAKEMAPF, dst, constPtr(mt));
  emitExt(vm::Instr{vm::Op(0), uint16_t(h), uint16_t(bucket), 0}.raw());
}

void Program::Impl::varCell(int r, Var* v) {
  if (v->escapes) {
    emitABx(Op::NEW, r, constPtr(rtype(v->type)));
    return;
  }
  auto it = fs->varSlots.find(v);
  int off = it != fs->varSlots.end() ? it->second : frameSlot(sizeOf(v->type), rtype(v->type));
  fs->varSlots[v] = off;
  if (off < 0) {
    emitABx(Op::NEW, r, constPtr(rtype(v->type)));
    return;
  }
  emitABC(Op::FRAMENEW, r, off / 8, int((std::max<int64_t>(sizeOf(v->type), 1) + 7) / 8));
}

// ---- variables (continued) -------------------------------------------------------------

int Program::Impl::declareVar(Var* v) {
  if (v->isGlobal) {
    // A REPL session variable: a global cell, zeroed, from its declaration on (a
    // redeclared name is a new variable with a cell of its own).
    globalAddr[v] = globalCell(v->type);
    return -1;
  }
  if (boxed(v)) {
    int r = alloc(1);
    varCell(r, v);
    fs->vars[v] = r;
    fs->localsTop = fs->top;
    return r;
  }
  int r = alloc(words(v->type));
  zero(r, v->type);
  fs->vars[v] = r;
  fs->localsTop = fs->top;
  return r;
}

// Go 1.22 loop variables are per iteration: a captured loop variable gets a new cell,
// holding the current value, before the next iteration starts.
void Program::Impl::freshCell(Var* v) {
  if (!boxed(v)) return;
  int old = fs->vars[v];
  int t = alloc(words(v->type));
  emitLoad(t, old, 0, v->type);
  varCell(old, v);
  emitStore(old, 0, t, v->type);
}

// ---- functions -------------------------------------------------------------------------

// Whether a function body has a defer statement (not counting nested function literals).
static bool containsDefer(ast::BlockStmt* body) {
  bool found = false;
  ast::inspect(body, [&](ast::Node* n) {
    if (n->kind == ast::NodeKind::DeferStmt) found = true;
    return !found && n->kind != ast::NodeKind::FuncLit;
  });
  return found;
}

void Program::Impl::compileFunc(vm::Proto* p, ast::FuncType* ft, Signature* sig,
                                ast::BlockStmt* body, ast::Node* node,
                                const std::vector<Var*>* captures) {
  FuncState st;
  st.proto = p;
  st.parent = fs;
  st.node = node;
  st.sig = sig;
  st.line = node ? node->pos.line : 0;
  FuncState* saved = fs;
  fs = &st;

  std::vector<std::pair<Var*, int>> params;
  int slot = 0;
  if (sig->recv) {
    params.push_back({sig->recv, slot});
    slot += words(sig->recv->type);
  }
  for (Var* v : sig->params->vars) {
    params.push_back({v, slot});
    slot += words(v->type);
  }
  p->paramWords = slot;
  int rw = 0;
  std::vector<Type*> ins, outs;
  for (auto [v, s] : params) ins.push_back(v->type);
  for (Var* v : sig->results->vars) {
    rw += words(v->type);
    outs.push_back(v->type);
  }
  p->resultWords = rw;
  setSignaturePtrs(p, ins, outs);
  st.top = st.localsTop = slot;
  if (uint32_t(slot) > p->frameSize) p->frameSize = slot;

  if (captures) {
    for (size_t i = 0; i < captures->size(); i++) {
      int r = alloc(1);
      emitABC(Op::UPVAL, r, int(i), 0);
      st.vars[(*captures)[i]] = r;
    }
    st.localsTop = st.top;
  }
  for (auto [v, s] : params) {
    if (!v || v->name.empty() || v->name == "_") continue;
    if (boxed(v)) {
      int r = alloc(1);
      varCell(r, v);
      emitStore(r, 0, s, v->type);
      st.vars[v] = r;
    } else {
      st.vars[v] = s;
    }
  }
  st.localsTop = st.top;
  st.hasDefer = containsDefer(body);
  for (Var* v : sig->results->vars) {
    if (v->name.empty() || v->name == "_") {
      st.resultVars.push_back(nullptr);
      if (st.hasDefer) {
        int r = alloc(words(v->type));
        zero(r, v->type);
        st.resultPlaces.push_back(Place{Place::Reg, r, 0, 0, v->type});
        st.localsTop = st.top;
      }
      continue;
    }
    int r = declareVar(v);
    st.resultVars.push_back(v);
    st.resultPlaces.push_back(Place{boxed(v) ? Place::Mem : Place::Reg, r, 0, 0, v->type});
  }
  // Unnamed results that must still be zero for a bare return are handled by returnStmt.
  block(body->stmts);
  setLine(body);
  if (body->rbrace.line) fs->line = body->rbrace.line;
  if (st.hasDefer) {
    // The return sequence (Go's deferreturn): deferred calls, then the result variables.
    for (size_t j : st.returnJumps) patchHere(j);
    p->deferReturnPc = int32_t(here());
    emitABC(Op::RUNDEFERS, 0, 0, 0);
    st.top = st.localsTop;
    int r = alloc(rw);
    int off = 0;
    for (auto& rp : st.resultPlaces) {
      load(rp, r + off);
      off += words(rp.type);
    }
    emitABC(Op::RET, r, rw, 0);
  } else if (rw == 0) {
    emitABC(Op::RET, 0, 0, 0);
  } else {
    emitABC(Op::UNREACHABLE, 0, 0, 0);
  }
  for (auto& [at, label] : st.gotos) {
    auto it = st.labels.find(label);
    if (it == st.labels.end()) error(label, "goto target not found");
    patchJump(at, it->second);
  }
  fs = saved;
}

void Program::Impl::declarePackage(Package* pkg) {
  for (ast::File* f : pkg->files) {
    for (ast::Node* d : f->decls) {
      if (d->kind != ast::NodeKind::FuncDecl) continue;
      auto* fd = d->as<ast::FuncDecl>();
      if (!fd->name->obj || fd->generic) continue;
      Func* fn = fd->name->obj->as<Func>();
      file = f->filename;
      protoFor(fn);
    }
  }
  // Package-level variables live in heap cells whose addresses are constants.
  for (Object* o : pkg->scope->ordered) {
    if (o->kind != ObjKind::Var) continue;
    Var* v = o->as<Var>();
    globalAddr[v] = globalCell(v->type);
  }
}

void Program::compilePackage(Package* pkg) {
  Impl& m = *impl_;
  m.pkg = pkg;
  if (!m.universe) m.universe = theUniverse();
  if (!m.init) {
    m.init = m.newProto("runtime.init");
    m.initState.proto = m.init;
    m.fs = &m.initState;
    m.installRuntimeErrors();
  }
  m.file = pkg->files.empty() ? "" : pkg->files[0]->filename;
  if (m.initFinished) {
    // A REPL input imported a package after the program's init ran: its initialization
    // goes into an init function of its own (initProto returns it).
    m.init = m.newProto("runtime.init");
    m.initState = FuncState{};
    m.initState.proto = m.init;
    m.initFinished = false;
  }
  m.fs = &m.initState;
  m.declarePackage(pkg);
  // A standard package (its files are named $GOROOT/src/...: golite's own or Go's): its
  // functions wait until the program refers to them.
  bool lazy = !pkg->files.empty() && pkg->files[0]->filename.rfind("$GOROOT/src/", 0) == 0;
  // Blank package-level variables (`var _ = f()`) have no cell; their initializers still run.
  for (ast::File* f : pkg->files) {
    m.file = f->filename;
    for (ast::Node* d : f->decls) {
      if (d->kind != ast::NodeKind::FuncDecl) continue;
      auto* fd = d->as<ast::FuncDecl>();
      if (!fd->body || !fd->name->obj || fd->generic) continue;
      Func* fn = fd->name->obj->as<Func>();
      if (lazy) {
        // Until compiled, a native that says so (never called: what is called is compiled).
        vm::Proto* p = m.protoFor(fn);
        p->native = uncompiledNative;
        p->nativeKey = kUncompiledNative;
        m.lazyBodies.emplace(p, Impl::LazyBody{fn, fd, pkg, f->filename});
        continue;
      }
      m.compileFunc(m.protoFor(fn), fd->funcType, fn->type->as<Signature>(), fd->body, fd,
                    nullptr);
    }
  }
  m.packages.push_back(pkg);
  m.compileInstances();
  // Package initialization: variables in dependency order, then init functions.
  m.file = pkg->files.empty() ? "" : pkg->files[0]->filename;
  m.fs = &m.initState;
  // Variables with constant initializers first: gc lays them out as static data, so code
  // that runs during initialization already sees them (a method called through an
  // interface is no dependency the spec's order sees), then the rest in dependency order.
  std::vector<Package::InitEntry> entries;
  for (auto& e : pkg->initOrder)
    if (e.lhs.size() == 1 && e.rhs->mode == ast::Mode::Constant) entries.push_back(e);
  for (auto& e : pkg->initOrder)
    if (!(e.lhs.size() == 1 && e.rhs->mode == ast::Mode::Constant)) entries.push_back(e);
  for (auto& entry : entries) {
    m.setLine(entry.rhs);
    m.fs->top = m.fs->localsTop;
    if (entry.lhs.size() == 1) {
      Var* v = entry.lhs[0];
      if (v) {
        Place p{Place::Mem, 0, 0, 0, v->type};
        p.reg = m.alloc(1);
        m.emitABx(Op::GADDR, p.reg, m.constPtr(m.globalAddr[v]));
        if (!m.bigMove(p, entry.rhs)) m.store(p, m.exprAs(entry.rhs, v->type));
      } else {
        m.exprAs(entry.rhs, entry.rhs->type);
      }
    } else {
      int r = tupleExpr(m, entry.rhs, entry.lhs.size());
      std::vector<Type*> ts = tupleTypes(entry.rhs, entry.lhs.size());
      int off = 0;
      for (size_t k = 0; k < entry.lhs.size(); k++) {
        Type* vt = ts[k];
        if (Var* v = entry.lhs[k]) {
          int tmp = m.alloc(words(v->type));
          m.convertValue(r + off, vt, v->type, tmp);
          Place p{Place::Mem, m.alloc(1), 0, 0, v->type};
          m.emitABx(Op::GADDR, p.reg, m.constPtr(m.globalAddr[v]));
          m.store(p, tmp);
        }
        off += words(vt);
      }
    }
  }
  for (ast::FuncDecl* fd : pkg->initFuncs) {
    m.fs->top = m.fs->localsTop;
    Func* fn = fd->name->obj->as<Func>();
    m.emitABx(Op::CALL, m.alloc(0), m.constPtr(m.protoFor(fn)));
  }
  m.fs->top = m.fs->localsTop;
}

vm::Proto* Program::initProto() {
  Impl& m = *impl_;
  if (!m.init) {
    m.init = m.newProto("runtime.init");
    m.initState.proto = m.init;
  }
  if (!m.initFinished) {
    m.fs = &m.initState;
    m.emitABC(Op::RET, 0, 0, 0);
    m.initFinished = true;
    m.finishProtos();
  }
  return m.init;
}

// Every function compiled since the last call is complete now (callees' parameter words
// included): the collector's frame maps.
void Program::Impl::finishProtos() {
  std::vector<vm::Proto*> late = compileReachable();
  for (; mapped < protos.size(); mapped++)
    if (!protos[mapped]->native) vm::computeFrameMaps(protos[mapped].get());
  // Functions declared by an earlier REPL input and first called by this one.
  for (vm::Proto* p : late)
    if (!p->hasFrameMaps) vm::computeFrameMaps(p);
}

std::vector<vm::Proto*> Program::Impl::compileReachable() {
  std::vector<vm::Proto*> compiled;
  std::vector<const vm::Proto*> scan;  // compiled, their constants not yet looked through
  auto reach = [&](const void* p) {
    auto it = lazyBodies.find(p);
    if (it == lazyBodies.end()) return;
    LazyBody b = it->second;
    lazyBodies.erase(it);
    auto* proto = static_cast<vm::Proto*>(const_cast<void*>(p));
    proto->native = nullptr;
    proto->nativeKey.clear();
    types::Package* savedPkg = pkg;
    std::string savedFile = file;
    pkg = b.pkg;
    file = b.file;
    compileFunc(proto, b.decl->funcType, b.fn->type->as<Signature>(), b.decl->body, b.decl, nullptr);
    pkg = savedPkg;
    file = savedFile;
    compiled.push_back(proto);
    scan.push_back(proto);  // made before: not among the new protos below
  };
  // Compiling a function makes more code and descriptors to look through: until none is left.
  for (;;) {
    for (; reachScannedProtos < protos.size(); reachScannedProtos++) scan.push_back(protos[reachScannedProtos].get());
    for (; reachScannedTypes < rtypes.size(); reachScannedTypes++)
      for (const auto& mm : rtypes[reachScannedTypes]->methods) {
        reach(mm.ifn);
        reach(mm.tfn);
      }
    if (scan.empty()) break;
    const vm::Proto* p = scan.back();
    scan.pop_back();
    for (uint32_t r : p->relocs) reach(reinterpret_cast<const void*>(p->consts[r]));
  }
  return compiled;
}

// The var specs of a REPL input (or a file :load reads) in the order the spec initializes
// package variables: those with constant initializers first (gc's static data), then
// repeatedly the first in source order whose initializer refers to no variable of the
// input still waiting, references through the input's functions counted.
// A spec that declares several variables from as many values initializes each apart (Go
// orders them one by one): it is split into specs of one name, kept in owned.
static std::vector<ast::ValueSpec*> fragmentVarOrder(const std::vector<ast::Node*>& decls,
                                                     std::vector<std::unique_ptr<ast::ValueSpec>>& owned) {
  std::vector<ast::ValueSpec*> specs;
  std::unordered_map<types::Object*, size_t> specOf;  // the input's variables
  std::unordered_map<types::Object*, ast::FuncDecl*> funcs;  // the input's functions
  for (ast::Node* d : decls) {
    if (d->kind == ast::NodeKind::FuncDecl) {
      auto* fd = d->as<ast::FuncDecl>();
      if (fd->name->obj && !fd->recv) funcs[fd->name->obj] = fd;
      continue;
    }
    if (d->kind != ast::NodeKind::GenDecl || d->as<ast::GenDecl>()->tok != ast::Tok::Var) continue;
    for (ast::Node* sn : d->as<ast::GenDecl>()->specs) {
      auto* vs = sn->as<ast::ValueSpec>();
      std::vector<ast::ValueSpec*> parts{vs};
      if (vs->names.size() > 1 && vs->values.size() == vs->names.size()) {
        parts.clear();
        for (size_t i = 0; i < vs->names.size(); i++) {
          auto* one = owned.emplace_back(std::make_unique<ast::ValueSpec>()).get();
          one->pos = vs->names[i]->pos;
          one->names = {vs->names[i]};
          one->typeExpr = vs->typeExpr;
          one->values = {vs->values[i]};
          parts.push_back(one);
        }
      }
      for (ast::ValueSpec* p : parts) {
        for (ast::Ident* id : p->names)
          if (id->obj) specOf[id->obj] = specs.size();
        specs.push_back(p);
      }
    }
  }
  if (specs.size() < 2) return specs;
  std::vector<std::set<size_t>> deps(specs.size());
  for (size_t k = 0; k < specs.size(); k++) {
    std::unordered_set<ast::FuncDecl*> seen;
    std::function<void(ast::Node*)> refs = [&](ast::Node* n) {
      ast::inspect(n, [&](ast::Node* x) {
        if (x->kind != ast::NodeKind::Ident || !x->as<ast::Ident>()->obj) return true;
        types::Object* o = x->as<ast::Ident>()->obj;
        if (auto it = specOf.find(o); it != specOf.end() && it->second != k) deps[k].insert(it->second);
        if (auto f = funcs.find(o); f != funcs.end() && f->second->body && seen.insert(f->second).second)
          refs(f->second->body);
        return true;
      });
    };
    for (ast::Expr* v : specs[k]->values) refs(v);
  }
  std::vector<ast::ValueSpec*> order;
  std::vector<bool> done(specs.size());
  // Constant initializers first, as gc's static data (see compilePackage).
  for (size_t k = 0; k < specs.size(); k++) {
    bool constant = !specs[k]->values.empty();
    for (ast::Expr* v : specs[k]->values) constant = constant && v->mode == ast::Mode::Constant;
    if (constant && specs[k]->names.size() == specs[k]->values.size()) {
      done[k] = true;
      order.push_back(specs[k]);
    }
  }
  while (order.size() < specs.size()) {
    size_t pick = specs.size();
    for (size_t k = 0; k < specs.size() && pick == specs.size(); k++) {
      if (done[k]) continue;
      bool ready = true;
      for (size_t d : deps[k]) ready = ready && done[d];
      if (ready) pick = k;
    }
    if (pick == specs.size())  // a cycle (the checker reports real ones): source order
      for (size_t k = 0; k < specs.size() && pick == specs.size(); k++)
        if (!done[k]) pick = k;
    done[pick] = true;
    order.push_back(specs[pick]);
  }
  return order;
}

vm::Proto* Program::compileFragment(Package* pkg, const std::vector<ast::Node*>& decls,
                                    const std::vector<ast::Stmt*>& stmts, const std::string& name,
                                    const std::string& filename) {
  Impl& m = *impl_;
  initProto();  // the program's init has run: finished, frame maps made
  m.pkg = pkg;
  if (!m.universe) m.universe = theUniverse();
  m.file = filename;
  m.fs = &m.initState;
  // The statements: the body of a function with no parameters or results.
  auto* noSig = m.ownType(new Signature());
  noSig->params = noSig->results = m.ownType(new Tuple());
  m.fragments.push_back(std::make_unique<ast::BlockStmt>());
  ast::BlockStmt* body = m.fragments.back().get();
  // The input's package-level variables are initialized first, as if declared by
  // statements (each gets its cell as it is declared), in the spec's order: a variable
  // after those its initializer refers to, directly or through the input's functions,
  // else in source order.
  for (ast::ValueSpec* vs : fragmentVarOrder(decls, m.fragmentSpecs)) {
    auto* gd = m.fragmentGenDecls.emplace_back(std::make_unique<ast::GenDecl>()).get();
    gd->tok = ast::Tok::Var;
    gd->pos = vs->pos;
    gd->specs.push_back(vs);
    m.fragmentDecls.push_back(std::make_unique<ast::DeclStmt>());
    m.fragmentDecls.back()->decl = gd;
    m.fragmentDecls.back()->pos = vs->pos;
    body->stmts.push_back(m.fragmentDecls.back().get());
  }
  body->stmts.insert(body->stmts.end(), stmts.begin(), stmts.end());
  if (!stmts.empty()) body->pos = stmts[0]->pos;
  vm::Proto* p = m.newProto(name);
  p->line = body->pos.line;
  m.compileFunc(p, nullptr, noSig, body, body, nullptr);
  vm::giveStaticClosure(p);
  // The input's functions after its statements, whose variables then have their cells.
  for (ast::Node* d : decls) {
    if (d->kind != ast::NodeKind::FuncDecl) continue;
    auto* fd = d->as<ast::FuncDecl>();
    if (!fd->body || !fd->name->obj || fd->generic) continue;
    Func* fn = fd->name->obj->as<Func>();
    m.compileFunc(m.protoFor(fn), fd->funcType, fn->type->as<Signature>(), fd->body, fd, nullptr);
    if (Var* recv = fn->type->as<Signature>()->recv) {
      Type* base = recv->type->kind == TypeKind::Pointer ? recv->type->as<Pointer>()->elem : recv->type;
      if (base->kind == TypeKind::Named) m.refreshMethods(base->as<Named>());
    }
  }
  m.compileInstances();
  m.finishProtos();
  return p;
}

vm::Proto* Program::mainProto(Package* pkg, const std::string& name) {
  Object* o = pkg->scope->lookup(name);
  if (!o || o->kind != ObjKind::Func) return nullptr;
  return impl_->protoFor(o->as<Func>());
}

}  // namespace golite
