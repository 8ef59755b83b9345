// Package reflect's natives (stdlib/go/reflect, whose package comment says how reflect is
// built): the type descriptor's questions, and the runtime operations reflect needs.
//
// A *rtype in Go is a const runtime::Type*: descriptors live outside the Go heap, are
// never freed, and the collector ignores pointers to them. Strings handed back (a type's
// name, a field's tag) point into the descriptor itself, so asking costs no allocation.
// Types reflect makes (PointerTo, SliceOf, FuncOf) are made once per distinct type and
// kept, so they too compare equal by pointer.
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/map.h"
#include "runtime/mbarrier.h"
#include "runtime/runtime.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib::reflect {
namespace {

using namespace abi;
using runtime::Kind;
using runtime::Type;

const Type* T(const uint64_t* base, int w) { return reinterpret_cast<const Type*>(base[w]); }
void* P(const uint64_t* base, int w) { return reinterpret_cast<void*>(base[w]); }
void setPtr(uint64_t* base, int w, const void* p) { base[w] = reinterpret_cast<uint64_t>(p); }
// A Go string over bytes that outlive the program (a descriptor's): no copy.
GoString view(const std::string& s) { return GoString{reinterpret_cast<const uint8_t*>(s.data()), int64_t(s.size())}; }

bool isBasic(Kind k) { return (k >= Kind::Bool && k <= Kind::Complex128) || k == Kind::String || k == Kind::UnsafePointer; }

// The exported methods of a non-interface type (reflect's Method(i) counts only those).
const runtime::Method* exportedMethod(const Type* t, int64_t i) {
  for (const runtime::Method& m : t->methods)
    if (m.pkgPath.empty() && i-- == 0) return &m;
  return nullptr;
}
int64_t numMethod(const Type* t) {
  if (t->kind == Kind::Interface) return int64_t(t->imethods.size());
  int64_t n = 0;
  for (const runtime::Method& m : t->methods) n += m.pkgPath.empty();
  return n;
}


// Types made here, by their string (func and slice types of descriptors already made).
std::mutex madeLock;
std::map<std::string, const Type*>& made() {
  static std::map<std::string, const Type*> m;
  return m;
}

Type* newPointerShaped(Kind k, const std::string& str) {
  auto* t = new Type;
  t->kind = k;
  t->str = str;
  t->hash = uint32_t(std::hash<std::string>{}(str) * 0x9e3779b9u + 7);
  t->align = 8;
  return t;
}

const Type* sliceOf(const Type* elem) {
  std::string str = "[]" + elem->str;
  std::lock_guard<std::mutex> g(madeLock);
  auto& m = made();
  for (auto it = m.find(str); it != m.end(); it = m.end())
    if (it->second->elem == elem) return it->second;
  Type* t = newPointerShaped(Kind::Slice, str);
  t->size = 24;
  t->ptrdata = 8;
  t->gcdata = {1};
  t->elem = elem;
  m[str] = t;
  return t;
}

const Type* funcOf(const std::vector<const Type*>& in, const std::vector<const Type*>& out, bool variadic) {
  std::string str = "func(";
  for (size_t i = 0; i < in.size(); i++) {
    if (i) str += ", ";
    if (variadic && i + 1 == in.size() && in[i]->elem) str += "..." + in[i]->elem->str;
    else str += in[i]->str;
  }
  str += ")";
  if (out.size() == 1) str += " " + out[0]->str;
  if (out.size() > 1) {
    str += " (";
    for (size_t i = 0; i < out.size(); i++) str += (i ? ", " : "") + out[i]->str;
    str += ")";
  }
  std::lock_guard<std::mutex> g(madeLock);
  auto& m = made();
  if (auto it = m.find(str); it != m.end()) return it->second;
  Type* t = newPointerShaped(Kind::Func, str);
  t->size = t->ptrdata = 8;
  t->gcdata = {1};
  t->tflag = runtime::TFlagDirectIface;
  t->in = in;
  t->out = out;
  t->variadic = variadic;
  m[str] = t;
  return t;
}

bool identicalUnderlying(const Type* t, const Type* u) {
  if (t == u) return true;
  if (t->kind != u->kind) return false;
  switch (t->kind) {
    case Kind::Array: return t->len == u->len && t->elem == u->elem;
    case Kind::Chan: return t->dir == u->dir && t->elem == u->elem;
    case Kind::Pointer: case Kind::Slice: return t->elem == u->elem;
    case Kind::Map: return t->key == u->key && t->elem == u->elem;
    case Kind::Func: return t->in == u->in && t->out == u->out && t->variadic == u->variadic;
    case Kind::Interface: {
      if (t->imethods.size() != u->imethods.size()) return false;
      for (size_t i = 0; i < t->imethods.size(); i++) {
        const auto &a = t->imethods[i], &b = u->imethods[i];
        if (a.name != b.name || a.pkgPath != b.pkgPath || a.typ != b.typ) return false;
      }
      return true;
    }
    case Kind::Struct: {
      if (t->fields.size() != u->fields.size()) return false;
      for (size_t i = 0; i < t->fields.size(); i++) {
        const auto &a = t->fields[i], &b = u->fields[i];
        if (a.name != b.name || a.pkgPath != b.pkgPath || a.typ != b.typ || a.tag != b.tag || a.embedded != b.embedded ||
            a.offset != b.offset)
          return false;
      }
      return true;
    }
    default: return isBasic(t->kind);
  }
}

std::vector<const Type*> typeList(const uint64_t* base, int w) {
  GoSlice s = getSlice(base, w);
  std::vector<const Type*> out;
  for (int64_t i = 0; i < s.len; i++) out.push_back(static_cast<const Type* const*>(s.ptr)[i]);
  return out;
}

// ---- the descriptor ----

GOLITE_NATIVE("reflect.rtKind", [](vm::Thread*, uint64_t* b) { setUint(b, 0, uint64_t(T(b, 0)->kind)); });
GOLITE_NATIVE("reflect.rtSize", [](vm::Thread*, uint64_t* b) { setUint(b, 0, T(b, 0)->size); });
GOLITE_NATIVE("reflect.rtAlign", [](vm::Thread*, uint64_t* b) { setInt(b, 0, T(b, 0)->align); });
GOLITE_NATIVE("reflect.rtString", [](vm::Thread*, uint64_t* b) { setString(b, 0, view(T(b, 0)->str)); });
GOLITE_NATIVE("reflect.rtName", [](vm::Thread*, uint64_t* b) {
  const Type* t = T(b, 0);
  // A predeclared type's name is its own (reflect.TypeOf(0).Name() is "int").
  setString(b, 0, view(t->named() || !isBasic(t->kind) ? t->name : t->str));
});
GOLITE_NATIVE("reflect.rtPkgPath", [](vm::Thread*, uint64_t* b) {
  const Type* t = T(b, 0);
  static const std::string none;
  setString(b, 0, view(t->named() ? t->pkgPath : none));
});
GOLITE_NATIVE("reflect.rtNamed", [](vm::Thread*, uint64_t* b) {
  const Type* t = T(b, 0);
  setBool(b, 0, t->named() || isBasic(t->kind));
});
GOLITE_NATIVE("reflect.rtDirectIface", [](vm::Thread*, uint64_t* b) { setBool(b, 0, T(b, 0)->directIface()); });
GOLITE_NATIVE("reflect.rtComparable", [](vm::Thread*, uint64_t* b) { setBool(b, 0, T(b, 0)->comparable()); });
GOLITE_NATIVE("reflect.rtElem", [](vm::Thread*, uint64_t* b) { setPtr(b, 0, T(b, 0)->elem); });
GOLITE_NATIVE("reflect.rtKey", [](vm::Thread*, uint64_t* b) { setPtr(b, 0, T(b, 0)->key); });
GOLITE_NATIVE("reflect.rtLen", [](vm::Thread*, uint64_t* b) { setInt(b, 0, T(b, 0)->len); });
GOLITE_NATIVE("reflect.rtChanDir", [](vm::Thread*, uint64_t* b) {
  // runtime: Both, Send, Recv; reflect: RecvDir 1, SendDir 2, BothDir 3.
  runtime::ChanDir d = T(b, 0)->dir;
  setInt(b, 0, d == runtime::ChanDir::Both ? 3 : d == runtime::ChanDir::Send ? 2 : 1);
});
GOLITE_NATIVE("reflect.rtNumField", [](vm::Thread*, uint64_t* b) { setInt(b, 0, int64_t(T(b, 0)->fields.size())); });
// func rtField(t *rtype, i int) (name, pkgPath string, typ *rtype, tag string, offset uintptr, embedded bool)
GOLITE_NATIVE("reflect.rtField", [](vm::Thread*, uint64_t* b) {
  const runtime::StructField& f = T(b, 0)->fields[size_t(getInt(b, 1))];
  setString(b, 0, view(f.name));
  setString(b, 2, view(f.pkgPath));
  setPtr(b, 4, f.typ);
  setString(b, 5, view(f.tag));
  setUint(b, 7, f.offset);
  setBool(b, 8, f.embedded);
});
GOLITE_NATIVE("reflect.rtNumIn", [](vm::Thread*, uint64_t* b) { setInt(b, 0, int64_t(T(b, 0)->in.size())); });
GOLITE_NATIVE("reflect.rtNumOut", [](vm::Thread*, uint64_t* b) { setInt(b, 0, int64_t(T(b, 0)->out.size())); });
GOLITE_NATIVE("reflect.rtIn", [](vm::Thread*, uint64_t* b) {
  const Type* t = T(b, 0);
  int64_t i = getInt(b, 1);
  if (uint64_t(i) >= t->in.size()) runtime::panicPlain("reflect: Function index out of range");
  setPtr(b, 0, t->in[size_t(i)]);
});
GOLITE_NATIVE("reflect.rtOut", [](vm::Thread*, uint64_t* b) {
  const Type* t = T(b, 0);
  int64_t i = getInt(b, 1);
  if (uint64_t(i) >= t->out.size()) runtime::panicPlain("reflect: Function index out of range");
  setPtr(b, 0, t->out[size_t(i)]);
});
GOLITE_NATIVE("reflect.rtVariadic", [](vm::Thread*, uint64_t* b) { setBool(b, 0, T(b, 0)->variadic); });
GOLITE_NATIVE("reflect.rtNumMethod", [](vm::Thread*, uint64_t* b) { setInt(b, 0, numMethod(T(b, 0))); });
// func rtMethod(t *rtype, i int) (name, pkgPath string, mtyp *rtype, fn unsafe.Pointer)
// fn: the method's entry for an interface's data word as receiver (nil for interfaces).
GOLITE_NATIVE("reflect.rtMethod", [](vm::Thread*, uint64_t* b) {
  const Type* t = T(b, 0);
  int64_t i = getInt(b, 1);
  if (t->kind == Kind::Interface) {
    const runtime::IMethod& m = t->imethods[size_t(i)];
    setString(b, 0, view(m.name));
    setString(b, 2, view(m.pkgPath));
    setPtr(b, 4, m.typ);
    setPtr(b, 5, nullptr);
    return;
  }
  const runtime::Method* m = exportedMethod(t, i);
  setString(b, 0, view(m->name));
  setString(b, 2, view(m->pkgPath));
  setPtr(b, 4, m->mtyp);
  setPtr(b, 5, m->ifn);
});
GOLITE_NATIVE("reflect.rtPtrTo", [](vm::Thread*, uint64_t* b) { setPtr(b, 0, runtime::ptrTo(T(b, 0))); });
GOLITE_NATIVE("reflect.rtSliceOf", [](vm::Thread*, uint64_t* b) { setPtr(b, 0, sliceOf(T(b, 0))); });
GOLITE_NATIVE("reflect.rtImplements", [](vm::Thread*, uint64_t* b) {
  setBool(b, 0, runtime::implements(T(b, 0), T(b, 1)));
});
GOLITE_NATIVE("reflect.rtIdenticalUnderlying", [](vm::Thread*, uint64_t* b) {
  setBool(b, 0, identicalUnderlying(T(b, 0), T(b, 1)));
});
// func rtFuncOf(in, out []*rtype, variadic bool) *rtype
GOLITE_NATIVE("reflect.rtFuncOf", [](vm::Thread*, uint64_t* b) {
  auto in = typeList(b, 0);
  auto out = typeList(b, 3);
  setPtr(b, 0, funcOf(in, out, getBool(b, 6)));
});

// ---- memory ----

GOLITE_NATIVE("reflect.unsafe_New", [](vm::Thread*, uint64_t* b) { setPtr(b, 0, runtime::newobject(T(b, 0))); });
GOLITE_NATIVE("reflect.unsafe_NewArray", [](vm::Thread*, uint64_t* b) {
  setPtr(b, 0, runtime::newarray(T(b, 0), getInt(b, 1)));
});
GOLITE_NATIVE("reflect.typedmemmove", [](vm::Thread*, uint64_t* b) {
  if (size_t n = T(b, 0)->size) runtime::heapMove(P(b, 1), P(b, 2), n);
});
GOLITE_NATIVE("reflect.typedmemclr", [](vm::Thread*, uint64_t* b) {
  if (size_t n = T(b, 0)->size) runtime::heapClear(P(b, 1), n);
});
GOLITE_NATIVE("reflect.typedslicecopy", [](vm::Thread*, uint64_t* b) {
  size_t n = size_t(getInt(b, 3)) * T(b, 0)->size;
  if (n) runtime::heapMove(P(b, 1), P(b, 2), n);
});
GOLITE_NATIVE("reflect.typedequal", [](vm::Thread*, uint64_t* b) {
  setBool(b, 0, runtime::typeequal(T(b, 0), P(b, 1), P(b, 2)));
});
// Its argument escapes (the escape analysis takes a native's parameters as leaking), so
// ValueOf's operand is on the heap, where a Value may keep pointing.
GOLITE_NATIVE("reflect.escapes", [](vm::Thread*, uint64_t*) {});
GOLITE_NATIVE("reflect.getitab", [](vm::Thread*, uint64_t* b) {
  setPtr(b, 0, runtime::getitab(T(b, 0), T(b, 1), true));
});
GOLITE_NATIVE("reflect.makeslice", [](vm::Thread*, uint64_t* b) {
  setPtr(b, 0, runtime::makeslice(T(b, 0), getInt(b, 1), getInt(b, 2)).ptr);
});
// func growslice(elem *rtype, old unsafe.Pointer, oldLen, oldCap, newLen int) (p unsafe.Pointer, newCap int)
GOLITE_NATIVE("reflect.growslice", [](vm::Thread*, uint64_t* b) {
  GoSlice s = runtime::growslice(T(b, 0), GoSlice{P(b, 1), getInt(b, 2), getInt(b, 3)}, getInt(b, 4));
  setPtr(b, 0, s.ptr);
  setInt(b, 1, s.cap);
});

// ---- maps ----

runtime::hmap* H(const uint64_t* base, int w) { return reinterpret_cast<runtime::hmap*>(base[w]); }

GOLITE_NATIVE("reflect.makemap", [](vm::Thread*, uint64_t* b) { setPtr(b, 0, runtime::makemap(T(b, 0), getInt(b, 1))); });
GOLITE_NATIVE("reflect.mapaccess", [](vm::Thread*, uint64_t* b) {
  bool ok = false;
  void* p = runtime::mapaccess2(T(b, 0), H(b, 1), P(b, 2), &ok);
  setPtr(b, 0, ok ? p : nullptr);
});
GOLITE_NATIVE("reflect.mapassign", [](vm::Thread*, uint64_t* b) {
  const Type* mt = T(b, 0);
  void* slot = runtime::mapassign(mt, H(b, 1), P(b, 2));
  if (mt->elem->size) runtime::heapMove(slot, P(b, 3), mt->elem->size);
});
GOLITE_NATIVE("reflect.mapdelete", [](vm::Thread*, uint64_t* b) { runtime::mapdelete(T(b, 0), H(b, 1), P(b, 2)); });
GOLITE_NATIVE("reflect.maplen", [](vm::Thread*, uint64_t* b) { setInt(b, 0, runtime::maplen(H(b, 0))); });
// func mapsnapshot(t *rtype, m unsafe.Pointer) (keys, elems unsafe.Pointer, n int): the
// entries, copied into two new arrays in the map's iteration order. Both arrays are made
// before the walk, which then allocates nothing: no collection can move under it.
GOLITE_NATIVE("reflect.mapsnapshot", [](vm::Thread*, uint64_t* b) {
  const Type* mt = T(b, 0);
  runtime::hmap* h = H(b, 1);
  int64_t n = runtime::maplen(h);
  void* keys = runtime::newarray(mt->key, n);
  void* elems = runtime::newarray(mt->elem, n);
  runtime::hiter it{};
  int64_t i = 0;
  const size_t ks = mt->key->size;
  const size_t es = mt->elem->size;
  for (runtime::mapiterinit(mt, h, &it); it.key != nullptr && i < n; runtime::mapiternext(&it), i++) {
    if (ks) runtime::heapMove(static_cast<char*>(keys) + i * ks, it.key, ks);
    if (es) runtime::heapMove(static_cast<char*>(elems) + i * es, it.elem, es);
  }
  setPtr(b, 0, keys);
  setPtr(b, 1, elems);
  setInt(b, 2, i);
});

// ---- channels ----

runtime::hchan* C(const uint64_t* base, int w) { return reinterpret_cast<runtime::hchan*>(base[w]); }

GOLITE_NATIVE("reflect.makechan", [](vm::Thread*, uint64_t* b) { setPtr(b, 0, runtime::makechan(T(b, 0), getInt(b, 1))); });
GOLITE_NATIVE("reflect.chanlen", [](vm::Thread*, uint64_t* b) { setInt(b, 0, runtime::chanlen(C(b, 0))); });
GOLITE_NATIVE("reflect.chancap", [](vm::Thread*, uint64_t* b) { setInt(b, 0, runtime::chancap(C(b, 0))); });
GOLITE_NATIVE("reflect.chanclose", [](vm::Thread*, uint64_t* b) { runtime::closechan(C(b, 0)); });
// func chansend(t *rtype, c, val unsafe.Pointer, nb bool) bool
GOLITE_NATIVE("reflect.chansend", [](vm::Thread*, uint64_t* b) {
  runtime::hchan* c = C(b, 1);
  void* val = P(b, 2);
  bool nb = getBool(b, 3);
  bool sent = runtime::chansend(c, val, !nb);
  setBool(vm::nativeBase(vm::currentThread()), 0, sent);
});
// func rselect(chans, elems []unsafe.Pointer, nsends int, block bool) (chosen int, recvOK bool)
// The channels and elements stay reachable through the two slices (the caller's) while
// the select waits.
void rselectNative(vm::Thread*, uint64_t* b) {
  GoSlice chans = getSlice(b, 0), elems = getSlice(b, 3);
  int nsends = int(getInt(b, 6));
  bool block = getBool(b, 7);
  std::vector<runtime::scase> cases(size_t(chans.len));
  for (int64_t i = 0; i < chans.len; i++)
    cases[size_t(i)] = {static_cast<runtime::hchan* const*>(chans.ptr)[i], static_cast<void* const*>(elems.ptr)[i]};
  bool ok = false;
  int chosen = runtime::selectgo(cases.data(), nsends, int(chans.len) - nsends, block, &ok);
  uint64_t* out = vm::nativeBase(vm::currentThread());
  setInt(out, 0, chosen);
  setBool(out, 1, ok);
}
GOLITE_NATIVE("reflect.rselect", rselectNative);
// func chanrecv(t *rtype, c, val unsafe.Pointer, nb bool) (selected, ok bool)
GOLITE_NATIVE("reflect.chanrecv", [](vm::Thread*, uint64_t* b) {
  runtime::hchan* c = C(b, 1);
  void* val = P(b, 2);
  bool nb = getBool(b, 3);
  bool ok = false;
  bool selected = runtime::chanrecv(c, val, !nb, &ok);
  uint64_t* nb2 = vm::nativeBase(vm::currentThread());
  setBool(nb2, 0, selected);
  setBool(nb2, 1, ok);
});

// ---- calls ----

// func call(ft *rtype, fn unsafe.Pointer, isCode bool, rcvr unsafe.Pointer, hasRcvr bool,
//           first int, args []unsafe.Pointer) []unsafe.Pointer
// Calls fn (a func value's closure, or when isCode a method's code taking rcvr, an
// interface data word, first) with the arguments args[j], each pointing at a value of
// type ft.In(first+j), laid out as the VM passes them (each in whole words). The results
// come back as pointers to new objects of ft's result types. Those objects, and the array
// of pointers to them, are made before the call, so that nothing is allocated between the
// call's return and the copy of its result words into Go memory the collector sees.
// func makeFuncValue(t *rtype, impl func([]unsafe.Pointer) []unsafe.Pointer) unsafe.Pointer
GOLITE_NATIVE("reflect.makeFuncValue", [](vm::Thread*, uint64_t* b) {
  setUint(b, 0, reinterpret_cast<uint64_t>(vm::makeFuncValue(T(b, 0), static_cast<runtime::Closure*>(P(b, 1)))));
});

GOLITE_NATIVE("reflect.call", [](vm::Thread* th, uint64_t* b) {
  const Type* ft = T(b, 0);
  void* fn = P(b, 1);
  bool isCode = getBool(b, 2);
  void* rcvr = P(b, 3);
  bool hasRcvr = getBool(b, 4);
  size_t first = size_t(getInt(b, 5));
  GoSlice args = getSlice(b, 6);
  std::vector<uint64_t> words;
  if (hasRcvr) words.push_back(reinterpret_cast<uint64_t>(rcvr));
  for (int64_t j = 0; j < args.len; j++) {
    const Type* t = ft->in[first + size_t(j)];
    void* arg = static_cast<void* const*>(args.ptr)[j];
    if (t->size > vm::kIndirectBytes) {
      // Held indirectly: its address (the callee copies it into a variable of its own
      // on entry, before anything else runs).
      words.push_back(reinterpret_cast<uint64_t>(arg));
      continue;
    }
    size_t at = words.size();
    words.resize(at + (t->size + 7) / 8, 0);
    if (t->size) std::memcpy(&words[at], arg, t->size);
  }
  size_t nout = ft->out.size();
  size_t resultWords = 0;
  for (const Type* t : ft->out) resultWords += vm::regWords(t->size);
  auto** results = static_cast<void**>(runtime::newarray(unsafePointerType(), int64_t(nout)));
  for (size_t i = 0; i < nout; i++) results[i] = runtime::newobject(ft->out[i]);
  std::vector<uint64_t> out(resultWords + 1, 0);
  if (isCode)
    vm::callProto(th, fn, words.data(), words.size(), out.data(), resultWords);
  else
    vm::callClosure(th, static_cast<runtime::Closure*>(fn), words.data(), words.size(), out.data(), resultWords);
  size_t at = 0;
  for (size_t i = 0; i < nout; i++) {
    size_t n = ft->out[i]->size;
    if (n > size_t(vm::kIndirectBytes)) runtime::heapMove(results[i], reinterpret_cast<void*>(out[at]), n);
    else if (n) runtime::heapMove(results[i], &out[at], n);
    at += vm::regWords(int64_t(n));
  }
  setSlice(vm::nativeBase(th), 0, GoSlice{results, int64_t(nout), int64_t(nout)});
});

}  // namespace
}  // namespace golite::stdlib::reflect
