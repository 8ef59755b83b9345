// Finalizers (Go's runtime/mfinal.go): runtime.SetFinalizer.
//
// A finalizer is recorded against the base address of a heap object (the table below).
// The collector (mgc.cpp) treats finalizers in two steps, as Go does:
//   1. While marking roots (markFinalizerRoots): every finalizer function is marked, and
//      every object with a finalizer has its *contents* scanned, but not the object
//      itself. So anything a finalizable object points to survives this cycle (the
//      finalizer may use it), and an object reachable only from another finalizable one
//      is not finalized before it: in a cycle of finalizable objects none is ever
//      finalized, which is Go's documented rule.
//   2. After marking (queueFinalizers): an object with a finalizer that is still unmarked
//      is unreachable. Its finalizer is removed from the table and queued, and the object
//      is marked again (resurrected) so that it lives until the finalizer has run; it is
//      freed by a later cycle if nothing kept it. A finalizer therefore runs at most once.
// Queued calls are roots too, until they have run.
//
// Finalizers run one after another on one goroutine, the finalizer goroutine, which
// package runtime's Go code starts at the first SetFinalizer (runFinalizers in
// stdlib/go/runtime). It parks in nextFinalizer ("finalizer wait") until the collector
// queues a call, and is a system goroutine: not counted by NumGoroutine, not a reason to
// stay alive in the deadlock check, not shown in deadlock reports.
#include <atomic>
#include <deque>
#include <string>
#include <mutex>
#include <unordered_map>

#include "runtime/mgc.h"
#include "runtime/mheap.h"
#include "runtime/panic.h"
#include "runtime/runtime2.h"

namespace golite::runtime {

namespace {

struct Finalizer {
  void* fn;           // the Go func value (a Closure*)
  const void* word0;  // nullptr: the argument is the pointer itself; else the type or
                      // itab word of the interface the argument is passed as
};

struct FinalizerState {
  mutex lock;  // guards table and queue (the collector reads them with the world stopped)
  std::unordered_map<uintptr_t, Finalizer> table;  // by object base
  std::deque<FinalizerCall> queue;
  G* waiter = nullptr;  // the finalizer goroutine, when parked in nextFinalizer
};

FinalizerState& fin() {
  static FinalizerState* s = new FinalizerState;  // never destroyed: used until exit
  return *s;
}

}  // namespace

bool addfinalizer(void* base, void* fn, const void* word0) {
  FinalizerState& f = fin();
  f.lock.lock();
  bool added = f.table.emplace(reinterpret_cast<uintptr_t>(base), Finalizer{fn, word0}).second;
  f.lock.unlock();
  return added;
}

void removefinalizer(void* base) {
  FinalizerState& f = fin();
  f.lock.lock();
  f.table.erase(reinterpret_cast<uintptr_t>(base));
  f.lock.unlock();
}

void markFinalizerRoots(void (*scanObject)(uintptr_t base)) {
  FinalizerState& f = fin();
  for (auto& [base, fz] : f.table) {
    gcMarkPointer(fz.fn);
    scanObject(base);  // its contents, not itself
  }
  for (const FinalizerCall& c : f.queue) {
    gcMarkPointer(c.fn);
    gcMarkPointer(reinterpret_cast<void*>(c.arg[1]));
    gcMarkPointer(reinterpret_cast<void*>(c.arg[0]));
  }
}

size_t queueFinalizers(bool (*marked)(uintptr_t base), void (*resurrect)(uintptr_t base)) {
  FinalizerState& f = fin();
  size_t n = 0;
  for (auto it = f.table.begin(); it != f.table.end();) {
    if (marked(it->first)) {
      ++it;
      continue;
    }
    FinalizerCall c{};
    c.fn = it->second.fn;
    if (it->second.word0 == nullptr) {
      c.arg[0] = it->first;
    } else {
      c.arg[0] = reinterpret_cast<uintptr_t>(it->second.word0);
      c.arg[1] = it->first;
      c.twoWords = true;
    }
    f.queue.push_back(c);
    resurrect(it->first);
    it = f.table.erase(it);
    n++;
  }
  return n;
}

void wakeFinalizers() {
  FinalizerState& f = fin();
  f.lock.lock();
  G* w = f.queue.empty() ? nullptr : f.waiter;
  if (w) f.waiter = nullptr;
  f.lock.unlock();
  if (w) goready(w);
}

FinalizerCall nextFinalizer() {
  FinalizerState& f = fin();
  f.lock.lock();
  while (f.queue.empty()) {
    f.waiter = getg();
    goparkunlock(&f.lock, WaitReason::FinalizerWait);
    f.lock.lock();
  }
  FinalizerCall c = f.queue.front();
  f.queue.pop_front();
  f.lock.unlock();
  return c;
}

}  // namespace golite::runtime

namespace golite::runtime {

namespace {
// Named or with methods: Go's "has an uncommon type".
bool uncommon(const Type* t) { return t->named() || !t->methods.empty(); }
}  // namespace

bool setFinalizer(Eface obj, Eface finalizer) {
  const Type* etyp = obj.type;
  if (etyp == nullptr) fatal("runtime.SetFinalizer: first argument is nil");
  if (etyp->kind != Kind::Pointer) {
    fatal("runtime.SetFinalizer: first argument is " + etyp->str + ", not pointer");
  }
  mspan* span = nullptr;
  uintptr_t base = findObject(obj.data, &span);
  if (base == 0 || span->isFree(span->objIndex(base))) {
    if (obj.data == static_cast<void*>(zerobase)) return false;
    fatal("runtime.SetFinalizer: pointer not in allocated block");
  }
  if (reinterpret_cast<uintptr_t>(obj.data) != base) {
    const Type* elem = etyp->elem;
    if (elem == nullptr || elem->ptrdata != 0 || elem->size >= maxTinySize) {
      fatal("runtime.SetFinalizer: pointer not at beginning of allocated block");
    }
  }
  const Type* ftyp = finalizer.type;
  if (ftyp == nullptr) {
    removefinalizer(reinterpret_cast<void*>(base));
    return false;
  }
  if (ftyp->kind != Kind::Func) {
    fatal("runtime.SetFinalizer: second argument is " + ftyp->str + ", not a function");
  }
  std::string cannot = "runtime.SetFinalizer: cannot pass " + etyp->str + " to finalizer " + ftyp->str;
  if (ftyp->variadic) fatal(cannot + " because dotdotdot");
  if (ftyp->in.size() != 1) fatal(cannot);
  const Type* fint = ftyp->in[0];
  const void* word0 = nullptr;
  if (fint == etyp) {
  } else if (fint->kind == Kind::Pointer && (!uncommon(fint) || !uncommon(etyp)) &&
             fint->elem == etyp->elem) {
  } else if (fint->kind == Kind::Interface) {
    if (fint->imethods.empty()) {
      word0 = etyp;
    } else if (Itab* tab = assertE2I2(fint, etyp)) {
      word0 = tab;
    } else {
      fatal(cannot);
    }
  } else {
    fatal(cannot);
  }
  void* fn = ftyp->directIface() ? finalizer.data : *static_cast<void**>(finalizer.data);
  if (!addfinalizer(obj.data, fn, word0)) fatal("runtime.SetFinalizer: finalizer already set");
  static std::atomic<bool> started{false};
  return !started.exchange(true);
}

}  // namespace golite::runtime
