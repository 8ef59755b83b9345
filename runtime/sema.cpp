// Semaphores and notify lists for package sync (Go's runtime/sema.go).
//
// semacquire(addr) waits until *addr > 0 and decrements it; semrelease(addr) increments
// it and wakes a waiter. This is what sync.Mutex, RWMutex and WaitGroup park on: a
// goroutine blocks here with gopark, never on an OS lock.
//
// Waiters live in a table of 251 roots, hashed by address, each with its own lock. A root
// holds a treap (a binary search tree by address, heap-ordered by random tickets, so it
// stays balanced) of one sudog per distinct address; the other waiters for that address
// hang off it in a list (waitlink/waittail), FIFO, or LIFO for a sync.Mutex waiter that
// already waited once. root.nwait counts waiters so that semrelease skips the lock when
// there are none: a waiter increments nwait before its last cansemacquire, under the
// lock, and semrelease increments *addr before reading nwait, so no wakeup is lost.
//
// With handoff (starving sync.Mutex), semrelease takes the count for the first waiter
// itself (ticket = 1) and yields to it, so that no third goroutine can barge in.
//
// notifyList is sync.Cond's wait list: tickets in order of Wait, notified in that order.
#include <atomic>

#include "runtime/mprof.h"
#include "runtime/alg.h"
#include "runtime/panic.h"
#include "runtime/runtime2.h"

namespace golite::runtime {

namespace {

constexpr int semTabSize = 251;

struct alignas(64) semaRoot {
  mutex lock;
  sudog* treap = nullptr;           // root of the balanced tree of unique waiters
  std::atomic<uint32_t> nwait{0};   // number of waiters; read without the lock

  void queue(uint32_t* addr, sudog* s, bool lifo);
  sudog* dequeue(uint32_t* addr);
  void rotateLeft(sudog* x);
  void rotateRight(sudog* y);
};

semaRoot semtable[semTabSize];

semaRoot* rootFor(uint32_t* addr) {
  return &semtable[(reinterpret_cast<uintptr_t>(addr) >> 3) % semTabSize];
}

bool cansemacquire(uint32_t* addr) {
  std::atomic_ref<uint32_t> a(*addr);
  for (;;) {
    uint32_t v = a.load(std::memory_order_acquire);
    if (v == 0) return false;
    if (a.compare_exchange_weak(v, v - 1, std::memory_order_acq_rel)) return true;
  }
}

// Adds s to the set of waiters blocked on addr. lifo: at the head of addr's list.
void semaRoot::queue(uint32_t* addr, sudog* s, bool lifo) {
  s->g = getg();
  s->elem = addr;
  s->next = nullptr;
  s->prev = nullptr;

  sudog* last = nullptr;
  sudog** pt = &treap;
  for (sudog* t = *pt; t != nullptr; t = *pt) {
    if (t->elem == addr) {
      // Already have addr in the tree.
      if (lifo) {
        // Substitute s for t in the treap, and t first in s's wait list.
        *pt = s;
        s->ticket = t->ticket;
        s->acquiretime = t->acquiretime;
        s->parent = t->parent;
        s->prev = t->prev;
        s->next = t->next;
        if (s->prev) s->prev->parent = s;
        if (s->next) s->next->parent = s;
        s->waitlink = t;
        s->waittail = t->waittail;
        if (s->waittail == nullptr) s->waittail = t;
        t->parent = nullptr;
        t->prev = nullptr;
        t->next = nullptr;
        t->waittail = nullptr;
      } else {
        // Add s to the end of t's wait list.
        if (t->waittail == nullptr) t->waitlink = s;
        else t->waittail->waitlink = s;
        t->waittail = s;
        s->waitlink = nullptr;
      }
      return;
    }
    last = t;
    pt = reinterpret_cast<uintptr_t>(addr) < reinterpret_cast<uintptr_t>(t->elem) ? &t->prev : &t->next;
  }

  // Add s as a new leaf, then rotate it up the tree to its place by ticket: a treap,
  // whose shape is that of inserting the addresses in ticket order, balanced on average.
  s->ticket = fastrand() | 1;
  s->parent = last;
  *pt = s;
  while (s->parent != nullptr && s->parent->ticket > s->ticket) {
    if (s->parent->prev == s) {
      rotateRight(s->parent);
    } else {
      if (s->parent->next != s) throwf("semaRoot queue");
      rotateLeft(s->parent);
    }
  }
}

// The first sudog waiting on addr, removed; null if none.
sudog* semaRoot::dequeue(uint32_t* addr) {
  sudog** ps = &treap;
  sudog* s = *ps;
  for (; s != nullptr; s = *ps) {
    if (s->elem == addr) break;
    ps = reinterpret_cast<uintptr_t>(addr) < reinterpret_cast<uintptr_t>(s->elem) ? &s->prev : &s->next;
  }
  if (s == nullptr) return nullptr;

  if (sudog* t = s->waitlink) {
    // Substitute t, also waiting on addr, for s in the treap.
    *ps = t;
    t->ticket = s->ticket;
    t->parent = s->parent;
    t->prev = s->prev;
    if (t->prev) t->prev->parent = t;
    t->next = s->next;
    if (t->next) t->next->parent = t;
    t->waittail = t->waitlink ? s->waittail : nullptr;
    t->acquiretime = 0;
    s->waitlink = nullptr;
    s->waittail = nullptr;
  } else {
    // Rotate s down to be a leaf of the tree for removal, respecting priorities.
    while (s->next != nullptr || s->prev != nullptr) {
      if (s->next == nullptr || (s->prev != nullptr && s->prev->ticket < s->next->ticket)) {
        rotateRight(s);
      } else {
        rotateLeft(s);
      }
    }
    // Remove s, now a leaf.
    if (s->parent != nullptr) {
      if (s->parent->prev == s) s->parent->prev = nullptr;
      else s->parent->next = nullptr;
    } else {
      treap = nullptr;
    }
  }
  s->parent = nullptr;
  s->elem = nullptr;
  s->next = nullptr;
  s->prev = nullptr;
  s->ticket = 0;
  return s;
}

// Rotates the tree rooted at node x: (x a (y b c)) becomes (y (x a b) c).
void semaRoot::rotateLeft(sudog* x) {
  sudog* p = x->parent;
  sudog* y = x->next;
  sudog* b = y->prev;
  y->prev = x;
  x->parent = y;
  x->next = b;
  if (b) b->parent = x;
  y->parent = p;
  if (p == nullptr) {
    treap = y;
  } else if (p->prev == x) {
    p->prev = y;
  } else {
    if (p->next != x) throwf("semaRoot rotateLeft");
    p->next = y;
  }
}

// Rotates the tree rooted at node y: (y (x a b) c) becomes (x a (y b c)).
void semaRoot::rotateRight(sudog* y) {
  sudog* p = y->parent;
  sudog* x = y->prev;
  sudog* b = x->next;
  x->next = y;
  y->parent = x;
  y->prev = b;
  if (b) b->parent = y;
  x->parent = p;
  if (p == nullptr) {
    treap = x;
  } else if (p->prev == y) {
    p->prev = x;
  } else {
    if (p->next != y) throwf("semaRoot rotateRight");
    p->next = x;
  }
}

void requireG(const char* what) {
  M* mp = getm();
  if (mp == nullptr || mp->curg.load(std::memory_order_relaxed) == nullptr) throwf(what);
}

}  // namespace

void semacquire(uint32_t* addr, bool lifo, WaitReason reason) {
  // Easy case.
  if (cansemacquire(addr)) return;
  requireG("semacquire not on the G stack");

  // Harder case: increment the waiter count, try cansemacquire one more time, return if
  // it succeeded, else enqueue ourselves as a waiter and sleep; woken, try again (or
  // take the count handed to us).
  sudog* s = acquireSudog();
  semaRoot* root = rootFor(addr);
  s->releasetime = 0;
  s->acquiretime = 0;
  s->ticket = 0;
  // The block profile times the whole wait; the mutex profile's releaser reads when it
  // began (acquiretime) and blames its own stack for it.
  int64_t t0 = blockProfiling() || mutexProfiling() ? nanotime() : 0;
  s->acquiretime = mutexProfiling() ? t0 : 0;
  bool parked = false;
  for (;;) {
    root->lock.lock();
    // Add ourselves to nwait to disable the "easy case" in semrelease.
    root->nwait.fetch_add(1, std::memory_order_seq_cst);
    // Check cansemacquire to avoid a missed wakeup.
    if (cansemacquire(addr)) {
      root->nwait.fetch_sub(1, std::memory_order_seq_cst);
      root->lock.unlock();
      break;
    }
    // Any semrelease after the cansemacquire knows we're waiting (we set nwait above).
    root->queue(addr, s, lifo);
    goparkunlock(&root->lock, reason);
    parked = true;
    if (s->ticket != 0 || cansemacquire(addr)) break;
  }
  if (parked && t0 != 0) blockEvent(nanotime() - t0);
  releaseSudog(s);
}

void semrelease(uint32_t* addr, bool handoff) {
  semaRoot* root = rootFor(addr);
  std::atomic_ref<uint32_t>(*addr).fetch_add(1, std::memory_order_seq_cst);

  // Easy case: no waiters? This check must happen after the add, to avoid a missed
  // wakeup (see the loop in semacquire).
  if (root->nwait.load(std::memory_order_seq_cst) == 0) return;

  // Harder case: search for a waiter and wake it.
  root->lock.lock();
  if (root->nwait.load(std::memory_order_seq_cst) == 0) {
    // The count is already consumed by another goroutine, so no need to wake up another.
    root->lock.unlock();
    return;
  }
  sudog* s = root->dequeue(addr);
  if (s) root->nwait.fetch_sub(1, std::memory_order_seq_cst);
  root->lock.unlock();
  if (s) {  // may be slow or even yield, so unlock first
    if (s->ticket != 0) throwf("corrupted semaphore ticket");
    if (s->acquiretime != 0) mutexEvent(nanotime() - s->acquiretime);
    bool handedOff = false;
    if (handoff && cansemacquire(addr)) {
      s->ticket = 1;
      handedOff = true;
    }
    goready(s->g);
    // Direct G handoff: the waiter runs next on this P, inheriting our time slice, which
    // lets a starving Mutex waiter run without a third goroutine barging in.
    if (handedOff) {
      M* mp = getm();
      if (mp && mp->curg.load(std::memory_order_relaxed) != nullptr) goyield();
    }
  }
}

void resetSemaTable() {
  for (semaRoot& r : semtable) {
    r.treap = nullptr;
    r.nwait.store(0, std::memory_order_relaxed);
    r.lock.key.store(0, std::memory_order_relaxed);
  }
}

// --- notifyList ---------------------------------------------------------------------------

namespace {
// less reports whether a < b, with the tickets considered as wrapping 32-bit counters.
inline bool less(uint32_t a, uint32_t b) { return int32_t(a - b) < 0; }
}  // namespace

uint32_t notifyListAdd(notifyList* l) {
  // May be called concurrently, for example when called from sync.Cond.Wait while
  // holding a sync.Mutex in read mode.
  return l->wait.fetch_add(1, std::memory_order_acq_rel);
}

void notifyListWait(notifyList* l, uint32_t t) {
  l->lock.lock();
  // Return right away if this ticket has already been notified.
  if (less(t, l->notify.load(std::memory_order_relaxed))) {
    l->lock.unlock();
    return;
  }
  sudog* s = acquireSudog();
  s->g = getg();
  s->ticket = t;
  s->releasetime = 0;
  sudog* tail = static_cast<sudog*>(l->tail);
  if (tail == nullptr) l->head = s;
  else tail->next = s;
  l->tail = s;
  int64_t t0 = blockProfiling() ? nanotime() : 0;  // the block profile's event
  goparkunlock(&l->lock, WaitReason::SyncCondWait);
  if (t0 != 0) blockEvent(nanotime() - t0);
  releaseSudog(s);
}

void notifyListNotifyAll(notifyList* l) {
  // Fast path: if there are no new waiters since the last notification we don't need
  // to acquire the lock.
  if (l->wait.load(std::memory_order_acquire) == l->notify.load(std::memory_order_acquire)) return;
  // Pull the list out into a local variable; waiters will be readied outside the lock.
  l->lock.lock();
  sudog* s = static_cast<sudog*>(l->head);
  l->head = nullptr;
  l->tail = nullptr;
  // Update the next ticket to be notified. We can set it to the current value of wait
  // because any previous waiters are already in the list or will notice that they have
  // already been notified when trying to add themselves to the list.
  l->notify.store(l->wait.load(std::memory_order_acquire), std::memory_order_release);
  l->lock.unlock();
  while (s) {
    sudog* next = s->next;
    s->next = nullptr;
    goready(s->g);
    s = next;
  }
}

void notifyListNotifyOne(notifyList* l) {
  if (l->wait.load(std::memory_order_acquire) == l->notify.load(std::memory_order_acquire)) return;
  l->lock.lock();
  // Re-check under the lock if we need to do anything.
  uint32_t t = l->notify.load(std::memory_order_relaxed);
  if (t == l->wait.load(std::memory_order_acquire)) {
    l->lock.unlock();
    return;
  }
  // Update the next notify ticket number.
  l->notify.store(t + 1, std::memory_order_release);
  // Try to find the G that needs to be notified. If it hasn't made it to the list yet we
  // won't find it, but it won't park itself once it sees the new notify number. The
  // list is nearly always in ticket order (waiters take tickets and enqueue under
  // different locks), so the scan is short.
  sudog* p = nullptr;
  for (sudog* s = static_cast<sudog*>(l->head); s != nullptr; p = s, s = s->next) {
    if (s->ticket == t) {
      sudog* n = s->next;
      if (p) p->next = n;
      else l->head = n;
      if (n == nullptr) l->tail = p;
      l->lock.unlock();
      s->next = nullptr;
      goready(s->g);
      return;
    }
  }
  l->lock.unlock();
}

}  // namespace golite::runtime
