// Interface method tables (Go's runtime/iface.go).
//
// An itab pairs an interface type with a concrete type: fun[i] is the concrete method
// implementing the interface's i-th method. Both method lists are sorted by name, so one
// merge walk matches them: a method matches when its name, package path (unexported names
// only) and signature (the same Type*, since identical types share one descriptor) agree.
//
// Itabs are built once per pair and kept in a global open-addressing hash table that
// readers probe without a lock: entries are published with release stores, and a full table
// is replaced by a bigger copy, never modified in place (the old one is left for readers
// still in it). Failed lookups are cached too, as itabs with fun[0] == nullptr, so a
// failing comma-ok assertion in a loop costs one probe.
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "runtime/mheap.h"
#include "runtime/panic.h"
#include "runtime/type.h"

namespace golite::runtime {

namespace {

struct itabTableType {
  size_t size;   // a power of 2
  size_t count;  // entries filled
  itabTableType* old;  // the table this one replaced (still read by old readers)
  std::atomic<Itab*> entries[1];  // really size entries
};

itabTableType* newItabTable(size_t size) {
  size_t bytes = sizeof(itabTableType) + (size - 1) * sizeof(std::atomic<Itab*>);
  auto* t = static_cast<itabTableType*>(std::calloc(1, bytes));
  if (t == nullptr) fatal("runtime: out of memory");
  t->size = size;
  return t;
}

std::atomic<itabTableType*> itabTable{nullptr};
std::mutex itabLock;

inline size_t itabHashFunc(const Type* inter, const Type* typ) {
  // Type hashes are well mixed already; the interface's pointer tells interfaces apart.
  return size_t(typ->hash) ^ (reinterpret_cast<uintptr_t>(inter) >> 4) * 0x9E3779B97F4A7C15ull;
}

// The cached itab for (inter, typ), or nullptr.
Itab* itabFind(itabTableType* t, const Type* inter, const Type* typ) {
  size_t mask = t->size - 1;
  size_t h = itabHashFunc(inter, typ) & mask;
  for (size_t i = 1;; i++) {
    Itab* m = t->entries[h].load(std::memory_order_acquire);
    if (m == nullptr) return nullptr;
    if (m->inter == inter && m->type == typ) return m;
    h = (h + i) & mask;  // quadratic probing: visits every slot of a power-of-2 table
  }
}

// Adds m to t (the lock is held, and t has room).
void itabAdd(itabTableType* t, Itab* m) {
  size_t mask = t->size - 1;
  size_t h = itabHashFunc(m->inter, m->type) & mask;
  for (size_t i = 1;; i++) {
    Itab* e = t->entries[h].load(std::memory_order_relaxed);
    if (e == nullptr) {
      t->entries[h].store(m, std::memory_order_release);
      t->count++;
      return;
    }
    if (e == m) return;
    h = (h + i) & mask;
  }
}

// Fills m->fun and returns "" if m->type implements m->inter; otherwise the name of the
// first missing method (and fun[0] = nullptr).
std::string itabInit(Itab* m) {
  const auto& im = m->inter->imethods;
  const auto& tm = m->type->methods;
  size_t j = 0;
  for (size_t k = 0; k < im.size(); k++) {
    const IMethod& i = im[k];
    bool found = false;
    for (; j < tm.size(); j++) {
      const Method& t = tm[j];
      if (t.mtyp == i.typ && t.name == i.name && t.pkgPath == i.pkgPath) {
        m->fun[k] = t.ifn;
        found = true;
        j++;
        break;
      }
    }
    if (!found) {
      m->fun[0] = nullptr;
      return i.name;
    }
  }
  return "";
}

Itab* newItab(const Type* inter, const Type* typ) {
  size_t n = inter->imethods.empty() ? 1 : inter->imethods.size();
  // Itabs live outside the Go heap, as Go's persistentalloc'd ones: never freed.
  size_t bytes = sizeof(Itab) + (n - 1) * sizeof(void*);
  auto* m = static_cast<Itab*>(std::calloc(1, bytes));
  if (m == nullptr) fatal("runtime: out of memory");
  addSysStat(SysStat::Other, bytes);
  m->inter = inter;
  m->type = typ;
  m->hash = typ->hash;
  return m;
}

}  // namespace

Itab* getitab(const Type* inter, const Type* typ, bool canfail) {
  if (inter->imethods.empty()) throwf("internal error - misuse of itab");
  if (typ == nullptr) return nullptr;  // a nil interface value: the caller reports it

  // Fast path: the lock-free probe.
  Itab* m = nullptr;
  if (itabTableType* t = itabTable.load(std::memory_order_acquire); t != nullptr) {
    m = itabFind(t, inter, typ);
  }
  if (m == nullptr) {
    std::lock_guard<std::mutex> g(itabLock);
    itabTableType* t = itabTable.load(std::memory_order_relaxed);
    if (t != nullptr) m = itabFind(t, inter, typ);
    if (m == nullptr) {
      m = newItab(inter, typ);
      itabInit(m);
      if (t == nullptr) {
        t = newItabTable(512);
        itabTable.store(t, std::memory_order_release);
      }
      if (4 * (t->count + 1) > 3 * t->size) {
        // 75% full: publish a table twice the size. Readers still probing the old one
        // find what they found before.
        itabTableType* nt = newItabTable(t->size * 2);
        nt->old = t;
        for (size_t i = 0; i < t->size; i++) {
          if (Itab* e = t->entries[i].load(std::memory_order_relaxed); e != nullptr) itabAdd(nt, e);
        }
        itabTable.store(nt, std::memory_order_release);
        t = nt;
      }
      itabAdd(t, m);
    }
  }
  if (m->fun[0] != nullptr) return m;
  if (canfail) return nullptr;
  // The method name comes from itabInit again: it is not stored in failed itabs.
  panicTypeAssert("interface conversion: " + typ->str + " is not " + inter->str +
                  ": missing method " + missingMethod(inter, typ));
}

const Type* ptrTo(const Type* t) {
  static std::mutex made;
  std::lock_guard<std::mutex> g(made);
  if (t->ptrToThis) return t->ptrToThis;
  auto* p = new Type;
  p->size = 8;
  p->align = 8;
  p->ptrdata = 8;
  p->gcdata = {1};
  p->kind = Kind::Pointer;
  p->tflag = TFlagDirectIface | TFlagComparable | TFlagRegularMemory;
  p->str = "*" + t->str;
  p->hash = uint32_t(std::hash<std::string>{}(p->str) * 0x9e3779b9u + 1);
  p->elem = t;
  const_cast<Type*>(t)->ptrToThis = p;
  return p;
}

bool implements(const Type* inter, const Type* t) {
  if (inter->kind != Kind::Interface) return false;
  if (inter->imethods.empty()) return true;
  if (t->kind != Kind::Interface) return getitab(inter, t, true) != nullptr;
  // Both sorted by name, then package: a merge.
  size_t j = 0;
  for (const IMethod& m : inter->imethods) {
    while (j < t->imethods.size() && (t->imethods[j].name != m.name || t->imethods[j].pkgPath != m.pkgPath)) j++;
    if (j == t->imethods.size() || t->imethods[j].typ != m.typ) return false;
    j++;
  }
  return true;
}

std::string missingMethod(const Type* inter, const Type* typ) {
  if (inter->imethods.empty()) return "";
  Itab* m = newItab(inter, typ);
  std::string name = itabInit(m);
  std::free(m);
  return name;
}

std::string typeAssertionErrorText(const Type* iface, const Type* concrete, const Type* asserted,
                                   const std::string& missing) {
  std::string inter = iface != nullptr ? iface->str : "interface";
  const std::string& as = asserted->str;
  if (concrete == nullptr) return "interface conversion: " + inter + " is nil, not " + as;
  const std::string& cs = concrete->str;
  if (missing.empty()) {
    std::string msg = "interface conversion: " + inter + " is " + cs + ", not " + as;
    if (cs == as) {
      // Two types that print alike.
      if (concrete->pkgPath != asserted->pkgPath) msg += " (types from different packages)";
      else msg += " (types from different scopes)";
    }
    return msg;
  }
  return "interface conversion: " + cs + " is not " + as + ": missing method " + missing;
}

void panicdottype(const Type* have, const Type* want, const Type* iface) {
  panicTypeAssert(typeAssertionErrorText(iface, have, want, ""));
}

Itab* assertE2I(const Type* inter, const Type* typ) {
  if (typ == nullptr) panicTypeAssert(typeAssertionErrorText(nullptr, nullptr, inter, ""));
  return getitab(inter, typ, false);
}

Itab* assertE2I2(const Type* inter, const Type* typ) {
  if (typ == nullptr) return nullptr;
  return getitab(inter, typ, true);
}

const Method* findStringMethod(const Type* t, const char* name) {
  for (const Method& m : t->methods) {
    if (m.name != name || !m.pkgPath.empty()) continue;
    const Type* mt = m.mtyp;
    if (mt && !(mt->in.empty() && mt->out.size() == 1 && mt->out[0]->kind == Kind::String &&
                mt->out[0]->pkgPath.empty())) {
      return nullptr;
    }
    return &m;
  }
  return nullptr;
}

}  // namespace golite::runtime
