// The concurrent garbage collector (runtime/mgc.cpp) under the real scheduler, so that it
// runs under ThreadSanitizer in CI (the sched_tsan target) like the rest of the runtime's
// concurrency code.
//
// No VM is involved: the test installs its own root hooks (gcScanGlobals, gcScanVM) and
// plays the program. Four mutator goroutines own a live graph each (linked lists of typed
// nodes, scanned precisely, each with a noscan payload, a conservatively scanned child and
// a tiny box; and a share of a large pointer table, scanned precisely in oblets) and keep
// rearranging it: replacing links with fresh nodes, moving tails from list to list and
// payloads from node to node while holding the moved part only in a "VM register" across
// a park, memmove/memset of table slots. Every store of a pointer into a heap object goes
// through the write barrier first. Mutators have VM state (gcScanVM reports their
// registers, their native stacks are not scanned, as the VM's); two garbage goroutines
// have none (their native stacks are scanned conservatively) and allocate garbage of every
// kind, keeping some of it alive across parks in C++ locals. A collector goroutine calls
// runtime.GC, reads the statistics and changes GOGC while all this runs; GOGC=1 makes the
// allocations start cycles of their own (the live heap is over the collector's
// small-heap threshold, so most cycles mark concurrently with the background worker,
// mark assists and barrier buffers, and sweep lazily).
//
// At the end, with only goroutine 1 left and a last collection done, everything reachable
// from the roots must be intact (check values derived from each object's identity), in
// allocated slots of the right kind, and every list as long as its owner counted; objects
// referenced only from non-pointer words of precisely scanned nodes ("baits") must have
// been freed. The collector's statistics must show the forced and the GOGC-driven cycles.
//
// Extra modes (not in CI, the settings are read once per process): run with
// GODEBUG=gccheckmark=1 (every concurrent mark re-checked with the world stopped: a missed
// barrier or root is fatal) or GODEBUG=clobberfree=1 (freed objects overwritten).
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <unordered_set>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/mbarrier.h"
#include "runtime/mgc.h"
#include "runtime/mheap.h"
#include "test_sched_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

namespace {

// --- the objects ------------------------------------------------------------------------

// Check values: never heap-address-like (top bit set), so conservative scanning never
// mistakes one for a pointer.
constexpr uint64_t kTop = uint64_t(1) << 63;
inline uint64_t mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}
inline uint64_t checkOf(uint64_t id, uint64_t salt) { return mix(id * 16 + salt) | kTop; }

// A noscan payload (48 bytes, allocated with no type).
struct Blob {
  uint64_t id;
  uint64_t w[5];
};
// A noscan box of 8 bytes: the tiny allocator.
struct Box {
  uint64_t v;
};
// Scanned conservatively: its type has ptrdata but no gcdata.
struct Cons {
  Box* box;
  uint64_t id;
  uint64_t check;
  Blob* blob;  // may be null
};
// Scanned precisely: next, payload and child are pointer words; junk[0] holds the address
// of a bait that nothing else references (a precise scan must not keep it alive).
struct Node {
  Node* next;
  Blob* payload;
  uint64_t id;
  uint64_t check;
  Cons* child;  // may be null
  uintptr_t junk[3];
};
static_assert(sizeof(Node) == 64 && sizeof(Cons) == 32 && sizeof(Blob) == 48);

const Type* nodeType() {
  static const Type* t = [] {
    auto* n = new Type();
    n->kind = Kind::Struct;
    n->size = sizeof(Node);
    n->align = 8;
    n->ptrdata = 5 * 8;          // up to and including child
    n->gcdata = {0b00010011};    // next, payload, child
    n->str = "gctest.Node";
    return n;
  }();
  return t;
}
const Type* consType() {
  static const Type* t = [] {
    auto* c = new Type();
    c->kind = Kind::Struct;
    c->size = sizeof(Cons);
    c->align = 8;
    c->ptrdata = sizeof(Cons);  // no gcdata: every word is scanned as a possible pointer
    c->str = "gctest.Cons";
    return c;
  }();
  return t;
}
// *Node, the table's element type (the table is an array of them: the type's layout
// repeats over the object).
const Type* slotType() {
  static const Type* t = [] {
    auto* s = new Type();
    s->kind = Kind::Pointer;
    s->size = 8;
    s->align = 8;
    s->ptrdata = 8;
    s->gcdata = {1};
    s->elem = nodeType();
    s->str = "*gctest.Node";
    return s;
  }();
  return t;
}

// Ids: each goroutine its own range.
inline uint64_t idBase(int owner) { return kTop | uint64_t(owner + 1) << 36; }

Blob* newBlob(uint64_t id) {
  auto* b = static_cast<Blob*>(mallocgc(sizeof(Blob), nullptr, true));
  b->id = id;
  for (int i = 0; i < 5; i++) b->w[i] = checkOf(id, uint64_t(i) + 1);
  return b;
}

Cons* newCons(uint64_t id, bool withBlob) {
  auto* c = static_cast<Cons*>(mallocgc(sizeof(Cons), consType(), true));
  c->id = id;
  c->check = checkOf(id, 7);
  auto* box = static_cast<Box*>(mallocgc(sizeof(Box), nullptr, true));
  box->v = checkOf(id, 8);
  writeBarrier(&c->box, 8);
  c->box = box;
  if (withBlob) {
    Blob* b = newBlob(id ^ 0x5a5a);
    writeBarrier(&c->blob, 8);
    c->blob = b;
  }
  return c;
}

// A bait: 48 noscan bytes whose first word is a signature of its address.
inline uint64_t baitSig(uintptr_t a) { return mix(a ^ 0xba17ba17ba17ull) | kTop; }

// A fresh node; its bait (if any) is recorded in *baits.
Node* newNode(uint64_t id, uint64_t r, std::vector<uintptr_t>* baits) {
  auto* n = static_cast<Node*>(mallocgc(sizeof(Node), nodeType(), true));
  n->id = id;
  n->check = checkOf(id, 0);
  n->junk[1] = checkOf(id, 9);
  Blob* b = newBlob(id ^ 0x3c3c);
  writeBarrier(&n->payload, 8);
  n->payload = b;
  if (r % 3 != 0) {
    Cons* c = newCons(id, r % 3 == 1);
    writeBarrier(&n->child, 8);
    n->child = c;
  }
  if (baits != nullptr && r % 4 == 0) {
    uintptr_t a = reinterpret_cast<uintptr_t>(mallocgc(sizeof(Blob), nullptr, true));
    *reinterpret_cast<uint64_t*>(a) = baitSig(a);
    n->junk[0] = a;  // not a pointer word: no barrier, not scanned
    baits->push_back(a);
  }
  return n;
}

bool validBlob(const Blob* b) {
  if (b == nullptr) return false;
  for (int i = 0; i < 5; i++)
    if (b->w[i] != checkOf(b->id, uint64_t(i) + 1)) return false;
  return true;
}
bool validCons(const Cons* c) {
  if (c->check != checkOf(c->id, 7)) return false;
  if (c->box == nullptr || c->box->v != checkOf(c->id, 8)) return false;
  return c->blob == nullptr || validBlob(c->blob);
}
bool validNode(const Node* n) {
  if (n == nullptr || n->check != checkOf(n->id, 0) || n->junk[1] != checkOf(n->id, 9)) return false;
  if (!validBlob(n->payload)) return false;
  return n->child == nullptr || validCons(n->child);
}

// Whether the pointer layout the allocator recorded for the object at base is type's: a
// large object's type, a small one's heap bitmap (all words for a type without a map).
bool layoutIs(const mspan* s, uintptr_t base, const Type* type) {
  if (s->spanclass.sizeclass() == 0) return s->objectType(0) == type;
  uint64_t pw = type->ptrdata / 8;
  bool conservative = type->gcdata.size() * 8 < pw;
  for (uint64_t w = 0; w < type->size / 8; w++) {
    bool want = conservative || (w < pw && (type->gcdata[w / 8] >> (w % 8) & 1));
    if (s->ptrBit(base + w * 8) != want) return false;
  }
  return true;
}

// Whether p is the start of an allocated slot of a span of the expected kind (only
// with the heap swept and quiet: it reads the allocator's metadata).
bool allocatedAs(const void* p, bool noscan, const Type* type, uintptr_t elemsize) {
  mspan* s = nullptr;
  uintptr_t idx = 0;
  if (findObject(p, &s, &idx) != reinterpret_cast<uintptr_t>(p)) return false;
  if (s->isFree(idx) || s->spanclass.noscan() != noscan) return false;
  if (!noscan && !layoutIs(s, uintptr_t(p), type)) return false;
  return elemsize == 0 || s->elemsize == elemsize;
}
bool allocatedBox(const void* p) {
  // Tiny: inside a 16-byte block of the tiny size class.
  mspan* s = nullptr;
  uintptr_t idx = 0;
  if (findObject(p, &s, &idx) == 0) return false;
  return !s->isFree(idx) && s->spanclass.v == tinySpanClass.v;
}
bool allocatedNode(const Node* n) {
  if (!allocatedAs(n, false, nodeType(), sizeof(Node))) return false;
  if (!allocatedAs(n->payload, true, nullptr, sizeof(Blob))) return false;
  if (const Cons* c = n->child) {
    if (!allocatedAs(c, false, consType(), sizeof(Cons)) || !allocatedBox(c->box)) return false;
    if (c->blob != nullptr && !allocatedAs(c->blob, true, nullptr, sizeof(Blob))) return false;
  }
  return true;
}

// --- the test's roots -------------------------------------------------------------------

constexpr int kMutators = 4;
constexpr int kLists = 6;  // per mutator
constexpr int kInitLen = int(stress(64, 48));
constexpr int kMaxNodes = kLists * kInitLen * 5 / 4;  // per mutator
// Over 128 KB: scanned as two oblets.
constexpr int kTableSlots = 17408;
constexpr int kSlotsPer = kTableSlots / kMutators;
constexpr int kSteps = int(stress(6000, 1500));
constexpr int kGarbage = 2;
constexpr int kGarbageIters = int(stress(12000, 3000));

// Precise roots: the list heads (each written only by its owner; read by gcScanGlobals
// with the world stopped).
Node* gHeads[kMutators * kLists];
// Conservative roots: the table, an interior pointer into it, an interior pointer to the
// pinned node.
uintptr_t gConsRoots[3];

void scanGlobals() {
  for (Node* h : gHeads) gcMarkPointer(h);
  gcScanConservative(gConsRoots, sizeof gConsRoots);
}

// A mutator's "VM state": what it keeps across safepoints lives in regs (scanned
// conservatively by gcScanVM, as the VM's registers are); the rest is its own bookkeeping.
struct Mut {
  void* regs[4] = {};
  int k = 0;
  uint64_t rng = 0;
  uint64_t nextId = 0;
  int64_t len[kLists] = {};
  int64_t total = 0;
  int64_t bad = 0;
  int64_t ops[8] = {};
  std::vector<uintptr_t> baits;

  uint64_t rand() {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
  }
  Node*& head(int l) { return gHeads[k * kLists + l]; }
};

void scanVM(void* vm, uintptr_t) {
  auto* m = static_cast<Mut*>(vm);
  gcScanConservative(m->regs, sizeof m->regs);
}

// The VM's safepoint poll (calls, loop back-edges): collects, assists or yields when asked.
inline void safepoint() {
  if (preemptFlag(getg())->load(std::memory_order_relaxed)) preemptPark();
}

Node** table() { return reinterpret_cast<Node**>(gConsRoots[0]); }

// The node at position pos of list l, checking each node on the way (nullptr and a bad
// count if the list is not what its owner thinks).
Node* walk(Mut& m, int l, int64_t pos) {
  Node* n = m.head(l);
  for (int64_t i = 0;; i++) {
    if (!validNode(n)) {
      m.bad++;
      return nullptr;
    }
    if (i == pos) return n;
    n = n->next;
  }
}

Node* newMutNode(Mut& m) { return newNode(m.nextId++, m.rand(), &m.baits); }

void mutatorStep(Mut& m) {
  Node** tab = table();
  int64_t slot0 = int64_t(m.k) * kSlotsPer;
  int op = int(m.rand() % 8);
  m.ops[op]++;
  int l = int(m.rand() % kLists);
  switch (op) {
    case 0: {  // replace a node with a fresh one (the old one is garbage)
      if (m.len[l] < 2) break;
      Node* p = walk(m, l, int64_t(m.rand() % uint64_t(m.len[l] - 1)));
      if (p == nullptr) break;
      Node* old = p->next;
      if (!validNode(old)) {
        m.bad++;
        break;
      }
      Node* n = newMutNode(m);
      writeBarrier(&n->next, 8);
      n->next = old->next;
      writeBarrier(&p->next, 8);
      p->next = n;
      break;
    }
    case 1: {  // push a chain of fresh nodes, held only in a register across a park
      if (m.total >= kMaxNodes) break;
      int count = 1 + int(m.rand() % 3);
      Node* chain = nullptr;
      for (int i = 0; i < count; i++) {
        Node* n = newMutNode(m);
        writeBarrier(&n->next, 8);
        n->next = chain;
        chain = n;
      }
      m.regs[1] = chain;
      chain = nullptr;
      Gosched();
      chain = static_cast<Node*>(m.regs[1]);
      Node* last = chain;
      for (int i = 0; i < count; i++, last = last->next) {
        if (!validNode(last)) {
          m.bad++;
          m.regs[1] = nullptr;
          return;
        }
        if (i == count - 1) break;
      }
      writeBarrier(&last->next, 8);
      last->next = m.head(l);
      m.head(l) = chain;  // a root: no barrier needed
      m.regs[1] = nullptr;
      m.len[l] += count;
      m.total += count;
      break;
    }
    case 2: {  // unlink a node (garbage)
      if (m.len[l] < 2) break;
      int64_t pos = int64_t(m.rand() % uint64_t(m.len[l]));
      if (pos == 0) {
        Node* h = walk(m, l, 0);
        if (h == nullptr) break;
        m.head(l) = h->next;
      } else {
        Node* p = walk(m, l, pos - 1);
        if (p == nullptr || !validNode(p->next)) {
          m.bad += p != nullptr;
          break;
        }
        writeBarrier(&p->next, 8);
        p->next = p->next->next;
      }
      m.len[l]--;
      m.total--;
      break;
    }
    case 3: {  // move a tail to another list; in between it is only in a register
      int l2 = int(m.rand() % kLists);
      if (l2 == l || m.len[l] < 2) break;
      int64_t pos = int64_t(m.rand() % uint64_t(m.len[l] - 1));
      Node* p = walk(m, l, pos);
      if (p == nullptr) break;
      int64_t moved = m.len[l] - pos - 1;
      m.regs[0] = p->next;
      writeBarrier(&p->next, 8);
      p->next = nullptr;
      m.len[l] -= moved;
      p = nullptr;
      Gosched();
      Node* tail = static_cast<Node*>(m.regs[0]);
      for (int64_t i = 0; i < moved; i++, tail = tail->next) {
        if (!validNode(tail)) {
          m.bad++;
          m.regs[0] = nullptr;
          return;
        }
        if (i == moved - 1) break;
      }
      if (tail->next != nullptr) {
        m.bad++;
        m.regs[0] = nullptr;
        return;
      }
      if (m.len[l2] == 0) {
        m.head(l2) = static_cast<Node*>(m.regs[0]);
      } else {
        Node* end = walk(m, l2, m.len[l2] - 1);
        if (end == nullptr) {
          m.regs[0] = nullptr;
          return;
        }
        writeBarrier(&end->next, 8);
        end->next = static_cast<Node*>(m.regs[0]);
      }
      m.regs[0] = nullptr;
      m.len[l2] += moved;
      break;
    }
    case 4: {  // swap two payloads; one of them is only in a register across a park
      int l2 = int(m.rand() % kLists);
      if (m.len[l] == 0 || m.len[l2] == 0) break;
      Node* a = walk(m, l, int64_t(m.rand() % uint64_t(m.len[l])));
      Node* b = walk(m, l2, int64_t(m.rand() % uint64_t(m.len[l2])));
      if (a == nullptr || b == nullptr || a == b) break;
      m.regs[2] = a->payload;
      m.regs[3] = b;  // b stays in its list; a register copy does no harm
      writeBarrier(&a->payload, 8);
      a->payload = b->payload;
      b = nullptr;
      if (m.rand() % 2) Gosched();
      b = static_cast<Node*>(m.regs[3]);
      writeBarrier(&b->payload, 8);
      b->payload = static_cast<Blob*>(m.regs[2]);
      m.regs[2] = m.regs[3] = nullptr;
      if (!validNode(a) || !validNode(b)) m.bad++;
      break;
    }
    case 5: {  // replace a table slot (heapMove of the new pointer)
      int64_t i = slot0 + int64_t(m.rand() % kSlotsPer);
      if (!validNode(tab[i])) m.bad++;
      Node* n = newMutNode(m);
      heapMove(&tab[i], &n, 8);
      break;
    }
    case 6: {  // memmove slots within the mutator's share, then memset and refill some
      constexpr int64_t chunk = 16;
      int64_t a = slot0 + int64_t(m.rand() % (kSlotsPer - chunk));
      int64_t b = slot0 + int64_t(m.rand() % (kSlotsPer - chunk));
      heapMove(&tab[a], &tab[b], chunk * 8);
      int64_t c = slot0 + int64_t(m.rand() % (kSlotsPer - chunk));
      heapClear(&tab[c], chunk * 8);
      for (int64_t i = c; i < c + chunk; i++) {
        Node* n = newMutNode(m);
        writeBarrier(&tab[i], 8);
        tab[i] = n;
      }
      for (int64_t i = a; i < a + chunk; i++)
        if (!validNode(tab[i])) m.bad++;
      break;
    }
    case 7: {  // new child and payload for a node
      if (m.len[l] == 0) break;
      Node* n = walk(m, l, int64_t(m.rand() % uint64_t(m.len[l])));
      if (n == nullptr) break;
      uint64_t id = m.nextId++;
      Cons* c = m.rand() % 4 == 0 ? nullptr : newCons(id, m.rand() % 2);
      writeBarrier(&n->child, 8);
      n->child = c;
      Blob* b = newBlob(id ^ 0x7777);
      writeBarrier(&n->payload, 8);
      n->payload = b;
      break;
    }
  }
}

void mutatorMain(Mut& m) {
  // Build this mutator's lists and table share (collections run meanwhile).
  for (int l = 0; l < kLists; l++) {
    for (int i = 0; i < kInitLen; i++) {
      safepoint();
      Node* n = newMutNode(m);
      writeBarrier(&n->next, 8);
      n->next = m.head(l);
      m.head(l) = n;
    }
    m.len[l] = kInitLen;
    m.total += kInitLen;
  }
  Node** tab = table();
  for (int64_t i = int64_t(m.k) * kSlotsPer; i < int64_t(m.k + 1) * kSlotsPer; i++) {
    if (i % 32 == 0) safepoint();
    Node* n = newMutNode(m);
    writeBarrier(&tab[i], 8);
    tab[i] = n;
  }
  for (int s = 0; s < kSteps; s++) {
    safepoint();
    mutatorStep(m);
  }
}

// A goroutine without VM state (its native stack is scanned conservatively) that
// allocates garbage of every kind, and keeps a chain alive only in its C++ locals across
// parks.
struct Garbage {
  int g = 0;
  int64_t bad = 0;
  uint64_t bytes = 0;
};

[[gnu::noinline]] Node* heldChain(uint64_t id0, int n) {
  Node* chain = nullptr;
  for (int i = 0; i < n; i++) {
    Node* x = newNode(id0 + uint64_t(i), id0 + uint64_t(i), nullptr);
    writeBarrier(&x->next, 8);
    x->next = chain;
    chain = x;
  }
  return chain;
}

void garbageMain(Garbage& st) {
  uint64_t rng = 0x9e3779b97f4a7c15ull * uint64_t(st.g + 11);
  uint64_t id = idBase(100 + st.g);
  Node* held = nullptr;
  uint64_t heldId = 0;
  for (int i = 0; i < kGarbageIters; i++) {
    safepoint();
    rng = mix(rng);
    switch (rng % 8) {
      case 0:
      case 1: {  // noscan bytes, small and tiny
        size_t n = rng % 4 == 0 ? 1 + (rng >> 8) % 15 : 16 + (rng >> 8) % 2048;
        auto* p = static_cast<uint8_t*>(mallocgc(n, nullptr, true));
        p[0] = p[n - 1] = uint8_t(i);
        st.bytes += n;
        break;
      }
      case 2:
      case 3: {  // a chain of typed nodes (garbage at once)
        Node* c = heldChain(id, 8);
        id += 8;
        if (!validNode(c)) st.bad++;
        st.bytes += 8 * 150;
        break;
      }
      case 4: {  // conservatively scanned objects
        Cons* c = newCons(id++, true);
        if (!validCons(c)) st.bad++;
        st.bytes += 100;
        break;
      }
      case 5: {  // now and then a large object: noscan, or a pointer array holding nodes
        if (i % 16 != 5) break;
        if ((rng >> 8) % 2) {
          auto* p = static_cast<uint8_t*>(mallocgc(40000 + (rng >> 16) % 20000, nullptr, true));
          p[0] = 1;
          st.bytes += 40000;
        } else {
          constexpr int64_t n = 5000;
          auto** arr = static_cast<Node**>(newarray(slotType(), n));
          for (int64_t k = 0; k < n; k += 500) {
            Node* x = newNode(id++, rng, nullptr);
            writeBarrier(&arr[k], 8);
            arr[k] = x;
          }
          st.bytes += n * 8;
        }
        break;
      }
      default: {  // a chain kept in a local across parks, checked afterwards
        if (held == nullptr) {
          heldId = id;
          held = heldChain(id, 6);
          id += 6;
          break;
        }
        Gosched();
        int k = 0;
        for (Node* x = held; x != nullptr && k < 7; x = x->next, k++) {
          if (!validNode(x) || x->id != heldId + 5 - uint64_t(k)) {
            st.bad++;
            break;
          }
        }
        if (k != 6) st.bad++;
        if ((rng >> 8) % 4 == 0) held = nullptr;  // let it go
        break;
      }
    }
  }
}

std::atomic<int> gMutatorsDone{0};

// Goroutine 1's allocations while nothing else runs: noscan garbage, polling as the VM
// does, so only GOGC starts cycles.
[[gnu::noinline]] void pacerGarbage(size_t bytes) {
  for (size_t done = 0; done < bytes; done += 1024) {
    safepoint();
    static_cast<uint8_t*>(mallocgc(1024, nullptr, true))[0] = 1;
  }
}

struct Result {
  int explicitGCs = 0;
  int earlyReturns = 0;  // runtime.GC calls that returned before their own cycle was recorded
  GCStats before{}, beforePacer{}, afterPacer{}, after{};
  int64_t mutBad = 0, garbageBad = 0;
  int64_t listNodes = 0, listBad = 0, lengthMismatch = 0, shared = 0;
  int64_t tableBad = 0;
  bool tableOk = false, pinnedOk = false;
  int64_t baits = 0, baitsAlive = 0;
  int64_t ops[8] = {};
  int64_t drained = 0;
};

// Goroutine 1, at the end, with the heap swept and nothing else running.
void verify(const std::vector<Mut>& muts, Result& res) {
  std::unordered_set<const Node*> inLists;
  for (const Mut& m : muts) {
    for (int l = 0; l < kLists; l++) {
      int64_t n = 0;
      for (const Node* x = gHeads[m.k * kLists + l]; x != nullptr && n <= m.len[l]; x = x->next, n++) {
        if (!validNode(x) || !allocatedNode(x)) {
          res.listBad++;
          break;
        }
        if (!inLists.insert(x).second) res.shared++;
      }
      res.listNodes += n;
      if (n != m.len[l]) res.lengthMismatch++;
    }
    res.mutBad += m.bad;
    for (int i = 0; i < 8; i++) res.ops[i] += m.ops[i];
    for (uintptr_t a : m.baits) {
      res.baits++;
      mspan* s = nullptr;
      uintptr_t idx = 0;
      if (findObject(reinterpret_cast<void*>(a), &s, &idx) == a && !s->isFree(idx) &&
          *reinterpret_cast<const uint64_t*>(a) == baitSig(a)) {
        res.baitsAlive++;
      }
    }
  }
  Node** tab = table();
  res.tableOk = allocatedAs(tab, false, slotType(), 0) &&
                spanOf(tab)->elemsize >= kTableSlots * sizeof(Node*);
  for (int64_t i = 0; i < kTableSlots; i++) {
    const Node* x = tab[i];
    if (!validNode(x) || !allocatedNode(x) || x->next != nullptr || inLists.count(x) != 0) res.tableBad++;
  }
  const auto* pinned = reinterpret_cast<const Node*>(gConsRoots[2] - offsetof(Node, check));
  res.pinnedOk = validNode(pinned) && allocatedNode(pinned) && pinned->id == idBase(200);
}

}  // namespace

TEST_CASE("concurrent gc: mutators, allocators and collections keep the reachable graph intact") {
  // The collector runs only with the VM's root hooks installed: install the test's own.
  auto savedVM = gcScanVM;
  auto savedGlobals = gcScanGlobals;
  gcScanVM = scanVM;
  gcScanGlobals = scanGlobals;
  std::fill(std::begin(gHeads), std::end(gHeads), nullptr);
  std::fill(std::begin(gConsRoots), std::end(gConsRoots), 0);
  gMutatorsDone.store(0);

  Result res;
  std::vector<Mut> muts(kMutators);
  std::vector<Garbage> garbage(kGarbage);
  std::atomic<int> garbageDone{0};
  std::atomic<bool> collectorStop{false};
  std::atomic<bool> collectorDone{false};
  auto t0 = std::chrono::steady_clock::now();

  runGo(2, [&] {
    res.before = readGCStats();
    int oldPercent = setGCPercent(1);
    // The table, and a node reachable only through an interior pointer.
    gConsRoots[0] = reinterpret_cast<uintptr_t>(newarray(slotType(), kTableSlots));
    gConsRoots[1] = gConsRoots[0] + 8 * 1000 + 3;
    gConsRoots[2] = reinterpret_cast<uintptr_t>(&newNode(idBase(200), 1, nullptr)->check);

    go([&] {  // the collector: runtime.GC, statistics and GOGC changes meanwhile
      for (int i = 0; i < 40 && (i < 3 || !collectorStop.load()); i++) {
        GC();
        res.explicitGCs++;
        // Every earlier forced cycle is complete once GC's own one starts; its own one
        // should be by the time it returns (Go's runtime.GC blocks until it is).
        GCStats s = readGCStats();
        if (int64_t(s.numForcedGC - res.before.numForcedGC) < res.explicitGCs) res.earlyReturns++;
        setGCPercent(i % 3 == 2 ? 2 : 1);
        timeSleep(2 * 1000 * 1000);
      }
      collectorDone.store(true);
    });
    for (int k = 0; k < kMutators; k++) {
      Mut& m = muts[size_t(k)];
      m.k = k;
      m.rng = mix(uint64_t(k) + 1) | 1;
      m.nextId = idBase(k);
      newproc(
          [](void* a) {
            mutatorMain(*static_cast<Mut*>(a));
            gMutatorsDone.fetch_add(1);
          },
          &m, &m);  // the Mut is its VM state: gcScanVM reports its registers
    }
    for (int g = 0; g < kGarbage; g++) {
      garbage[size_t(g)].g = g;
      go([&, g] {
        garbageMain(garbage[size_t(g)]);
        garbageDone.fetch_add(1);
      });
    }
    while (gMutatorsDone.load() < kMutators || garbageDone.load() < kGarbage) timeSleep(1000 * 1000);
    collectorStop.store(true);
    while (!collectorDone.load()) timeSleep(1000 * 1000);

    // Only goroutine 1 is left: its allocations must start cycles by GOGC alone.
    setGCPercent(1);
    // A cycle it starts marks concurrently and may end a while later: allocate until one
    // has ended, up to far past any goal GOGC=1 sets for this heap.
    res.beforePacer = readGCStats();
    for (int mb = 0; mb < 64; mb++) {
      pacerGarbage(1 << 20);
      res.afterPacer = readGCStats();
      if (res.afterPacer.numGC > res.beforePacer.numGC) break;
    }
    // A last full cycle; nothing else runs, so it completes within the call.
    GC();
    res.after = readGCStats();
    verify(muts, res);

    setGCPercent(oldPercent);
    // No collection may be left asked for once the hooks are gone (the next tests keep
    // their Go objects in C++ memory).
    while (gcPoll()) res.drained++;
    return 0;
  });
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  gcScanVM = savedVM;
  gcScanGlobals = savedGlobals;

  for (const Garbage& g : garbage) res.garbageBad += g.bad;
  uint32_t cycles = res.after.numGC - res.before.numGC;
  uint32_t forced = res.after.numForcedGC - res.before.numForcedGC;
  MESSAGE("gc test: " << secs << " s, " << cycles << " cycles (" << forced << " forced, "
          << res.earlyReturns << " of " << res.explicitGCs << " runtime.GC calls returned before their cycle ended), "
          << res.listNodes << " list nodes, " << res.baits << " baits, ops " << res.ops[0] << "/" << res.ops[1]
          << "/" << res.ops[2] << "/" << res.ops[3] << "/" << res.ops[4] << "/" << res.ops[5] << "/"
          << res.ops[6] << "/" << res.ops[7] << ", freed " << res.after.frees - res.before.frees << " objects");

  // Nothing reachable was freed or overwritten, while it ran and at the end.
  CHECK(res.mutBad == 0);
  CHECK(res.garbageBad == 0);
  CHECK(res.listBad == 0);
  CHECK(res.lengthMismatch == 0);
  CHECK(res.shared == 0);
  CHECK(res.tableOk);
  CHECK(res.tableBad == 0);
  CHECK(res.pinnedOk);
  CHECK(res.listNodes > 0);
  // What only non-pointer words of precisely scanned objects referenced was freed.
  CHECK(res.baits > 0);
  CHECK(res.baitsAlive == 0);
  // The cycles: one forced per runtime.GC call, and GOGC-driven ones.
  CHECK(res.explicitGCs >= 3);
  CHECK(res.earlyReturns == 0);
  CHECK(forced == uint32_t(res.explicitGCs + 1));
  CHECK(cycles > forced);
  CHECK((res.afterPacer.numGC - res.afterPacer.numForcedGC) > (res.beforePacer.numGC - res.beforePacer.numForcedGC));
  CHECK(res.after.frees > res.before.frees);
}
