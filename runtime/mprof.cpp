// The heap profile (Go's runtime/mprof.go).
//
// Allocations are sampled, as Go samples them: each allocation cache counts down the bytes
// it hands out, and the allocation that takes the count below zero is recorded with the
// allocating goroutine's stack (the VM's frames, by profileStackHook); the next countdown
// is drawn from an exponential distribution with mean runtime.MemProfileRate (512 KiB by
// default; 1: every allocation; 0: none), so every byte is equally likely to be sampled.
// A record goes to the bucket of its stack, and the object is remembered, its span marked
// as holding sampled objects (mspan::profiled, Go's profile specials). The sweeper, which
// reads each span's mark bits after a collection, counts the span's remembered objects
// that were left unmarked as freed (profileSweep): with the world running, as Go's
// mProf_Free, so a large heap's thousands of samples add nothing to mark termination's
// pause (a 1 GB heap's 2,000 took 0.3 ms to look up there). What the sweep found is
// published at the next mark termination, with the allocations sampled before it, or as
// soon as runtime.GC has swept (Go's mProf_Flush and mProf_PostSweep), so
// runtime.MemProfile describes the heap as of the last completed collection, as Go's
// documentation says. runtime/pprof scales the sampled counts back up by the rate.
#include "runtime/mprof.h"

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstring>
#include <mutex>
#include <map>
#include <string>
#include <unordered_map>

#include <sys/time.h>

#include "runtime/mheap.h"
#include "runtime/proc.h"
#include "runtime/runtime2.h"

namespace golite::runtime {

namespace {

int64_t defaultMemProfileRate = 512 * 1024;

struct Bucket {
  std::vector<uintptr_t> stack;
  int64_t allocs = 0, allocBytes = 0, frees = 0, freeBytes = 0;
  int64_t pendingAllocs = 0, pendingBytes = 0;  // sampled since the last collection
  int64_t pendingFrees = 0, pendingFreeBytes = 0;  // found freed by the sweep since
};

struct Sample {
  Bucket* bucket;
  size_t size;
};

// A profile's buckets, one per distinct stack (B has a `stack` member), in creation order.
template <class B>
struct StackTable {
  std::unordered_map<std::string, B*> byStack;  // key: the stack's bytes
  std::vector<B*> list;
  // The bucket of the stack pcs[0, n), made on first use.
  B* bucket(const uintptr_t* pcs, size_t n) {
    B*& b = byStack[std::string(reinterpret_cast<const char*>(pcs), n * sizeof(uintptr_t))];
    if (b == nullptr) {
      b = new B;
      b->stack.assign(pcs, pcs + n);
      list.push_back(b);
    }
    return b;
  }
};

std::mutex mprofLock;                           // guards the tables below
StackTable<Bucket> heapTable;
std::map<uintptr_t, Sample> samples;  // sampled objects still live, by address

// The running goroutine's stack (at most 32 pcs, innermost first) into pcs; false when
// the thread runs no goroutine (the scheduler, the compiler before the program starts).
bool goroutineStack(uintptr_t* pcs, size_t* n) {
  G* gp = getg();
  if (gp == nullptr || gp->vm == nullptr || profileStackHook == nullptr) return false;
  *n = profileStackHook(gp->vm, pcs, 32);
  return true;
}

// xorshift64*: the samplers' random numbers.
uint64_t xorshiftStar(uint64_t* state) {
  uint64_t x = *state;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  *state = x;
  return x * 0x2545f4914f6cdd1dull;
}

}  // namespace

int64_t* memProfileRate = &defaultMemProfileRate;
size_t (*profileStackHook)(void* vm, uintptr_t* pcs, size_t n) = nullptr;

void setMemProfileRateVar(int64_t* v) { memProfileRate = v; }

int64_t nextSample(mcache* c) {
  int64_t rate = *memProfileRate;
  if (rate <= 1) return 0;
  // A uniform u in (0, 1], then -ln(u) * rate.
  if (c->sampleRng == 0) c->sampleRng = 0x9e3779b97f4a7c15ull ^ reinterpret_cast<uintptr_t>(c);
  double u = double(xorshiftStar(&c->sampleRng) >> 11 | 1) / double(uint64_t(1) << 53);
  double next = -std::log(u) * double(rate);
  return next > double(INT64_MAX / 2) ? INT64_MAX / 2 : int64_t(next);
}

void profileAlloc(mcache* c, void* x, size_t size) {
  c->nextSample = nextSample(c);
  uintptr_t pcs[32];
  size_t n;
  if (!goroutineStack(pcs, &n)) return;
  // The bytes the object takes, as Go records them: its size class's (a tiny block's 16).
  mspan* s = spanOf(x);
  if (s != nullptr) size = s->elemsize;
  std::lock_guard<std::mutex> g(mprofLock);
  // The span is this thread's to allocate from (in its cache, or a large object's own):
  // no sweeper reads the flag until the span has gone back through a locked list.
  if (s != nullptr) s->profiled = 1;
  Bucket* b = heapTable.bucket(pcs, n);
  b->pendingAllocs++;
  b->pendingBytes += int64_t(size);
  samples[reinterpret_cast<uintptr_t>(x)] = Sample{b, size};
}

void profileSweep(mspan* s) {
  std::lock_guard<std::mutex> g(mprofLock);
  bool kept = false;
  auto it = samples.lower_bound(s->startAddr);
  while (it != samples.end() && it->first < s->limit) {
    if (s->isMarked(s->objIndex(it->first))) {
      kept = true;
      ++it;
      continue;
    }
    it->second.bucket->pendingFrees++;
    it->second.bucket->pendingFreeBytes += int64_t(it->second.size);
    it = samples.erase(it);
  }
  s->profiled = kept;
}

namespace {
void publish(bool allocs) {
  for (Bucket* b : heapTable.list) {
    if (allocs) {
      b->allocs += b->pendingAllocs;
      b->allocBytes += b->pendingBytes;
      b->pendingAllocs = b->pendingBytes = 0;
    }
    b->frees += b->pendingFrees;
    b->freeBytes += b->pendingFreeBytes;
    b->pendingFrees = b->pendingFreeBytes = 0;
  }
}
}  // namespace

void profileCycle() {
  std::lock_guard<std::mutex> g(mprofLock);
  publish(true);
}

void profilePostSweep() {
  std::lock_guard<std::mutex> g(mprofLock);
  publish(false);
}

std::vector<MemProfileRecord> memProfile(bool inuseZero) {
  std::lock_guard<std::mutex> g(mprofLock);
  std::vector<MemProfileRecord> out;
  for (const Bucket* b : heapTable.list) {
    if (b->allocs == 0 && b->frees == 0) continue;  // nothing published yet
    if (!inuseZero && b->allocBytes == b->freeBytes) continue;
    out.push_back({b->allocBytes, b->freeBytes, b->allocs, b->frees, b->stack});
  }
  return out;
}

// ---- the block and mutex profiles ---------------------------------------------------------

namespace {

std::atomic<int64_t> blockRate{0};
std::atomic<int64_t> mutexRate{0};

struct BlockBucket {
  std::vector<uintptr_t> stack;
  double count = 0;  // a sampled short event counts rate/ns times (Go's bias correction)
  int64_t cycles = 0;
};

StackTable<BlockBucket> blockTable, mutexTable;  // under mprofLock

uint64_t eventRng = 0x2545f4914f6cdd1dull;  // under mprofLock
uint64_t nextRandom() { return xorshiftStar(&eventRng); }

// Records an event of ns with the running goroutine's stack (Go's saveblockevent).
void saveEvent(StackTable<BlockBucket>& t, int64_t ns, int64_t rate, bool block) {
  uintptr_t pcs[32];
  size_t n;
  if (!goroutineStack(pcs, &n)) return;
  std::lock_guard<std::mutex> g(mprofLock);
  BlockBucket* b = t.bucket(pcs, n);
  if (block && ns < rate) {
    b->count += double(rate) / double(ns);
    b->cycles += rate;
  } else {
    b->count += 1;
    b->cycles += ns;
  }
}

}  // namespace

void setBlockProfileRate(int64_t rate) { blockRate.store(rate <= 0 ? 0 : rate, std::memory_order_relaxed); }

int64_t setMutexProfileFraction(int64_t rate) {
  if (rate < 0) return mutexRate.load(std::memory_order_relaxed);
  return mutexRate.exchange(rate, std::memory_order_relaxed);
}

bool blockProfiling() { return blockRate.load(std::memory_order_relaxed) > 0; }
bool mutexProfiling() { return mutexRate.load(std::memory_order_relaxed) > 0; }

void blockEvent(int64_t ns) {
  if (ns <= 0) ns = 1;
  int64_t rate = blockRate.load(std::memory_order_relaxed);
  if (rate <= 0) return;
  if (rate != 1 && ns < rate) {
    std::lock_guard<std::mutex> g(mprofLock);
    if (int64_t(nextRandom() % uint64_t(rate)) > ns) return;
  }
  saveEvent(blockTable, ns, rate, true);
}

void mutexEvent(int64_t ns) {
  if (ns < 0) ns = 0;
  int64_t rate = mutexRate.load(std::memory_order_relaxed);
  if (rate <= 0) return;
  {
    std::lock_guard<std::mutex> g(mprofLock);
    if (rate != 1 && nextRandom() % uint64_t(rate) != 0) return;
  }
  saveEvent(mutexTable, ns, rate, false);
}

std::vector<BlockProfileRecord> blockProfile(bool mutex) {
  std::lock_guard<std::mutex> g(mprofLock);
  std::vector<BlockProfileRecord> out;
  for (const BlockBucket* b : (mutex ? mutexTable : blockTable).list)
    out.push_back({int64_t(b->count), b->cycles, b->stack});
  return out;
}

// ---- the CPU profile ------------------------------------------------------------------

namespace {

std::mutex cpuLock;
std::vector<uint64_t> cpuData;  // records not yet read
std::vector<void*> cpuTags;     // one per record
bool cpuOn = false;             // between a start and a stop
bool sigprofInstalled = false;

void onSigprof(int) {
  G* gp = currentGForSignal();
  if (gp == nullptr || gp->vm == nullptr) return;  // the scheduler's or the collector's time
  gp->profPending.fetch_add(1, std::memory_order_relaxed);
  preemptFlag(gp)->store(true, std::memory_order_relaxed);
}

}  // namespace

void setCPUProfileRate(int64_t hz) {
  std::lock_guard<std::mutex> g(cpuLock);
  if (hz > 0 && !cpuOn) {
    if (!sigprofInstalled) {
      struct sigaction sa {};
      sa.sa_handler = onSigprof;
      sa.sa_flags = SA_RESTART;
      sigemptyset(&sa.sa_mask);
      sigaction(SIGPROF, &sa, nullptr);
      sigprofInstalled = true;
    }
    cpuData.clear();
    cpuTags.clear();
    cpuData.insert(cpuData.end(), {3, 0, uint64_t(hz)});
    cpuTags.push_back(nullptr);
    cpuOn = true;
    itimerval it{};
    it.it_interval.tv_usec = suseconds_t(std::max<int64_t>(1, 1000000 / hz));
    it.it_value = it.it_interval;
    setitimer(ITIMER_PROF, &it, nullptr);
  } else if (hz <= 0 && cpuOn) {
    itimerval it{};
    setitimer(ITIMER_PROF, &it, nullptr);
    cpuOn = false;
  }
}

uint32_t takeProfileTicks(void** labels) {
  G* gp = getg();
  if (gp->profPending.load(std::memory_order_relaxed) == 0) return 0;
  *labels = gp->labels;
  return gp->profPending.exchange(0, std::memory_order_relaxed);
}

void cpuProfileAdd(const uintptr_t* pcs, size_t n, uint64_t count, void* labels) {
  std::lock_guard<std::mutex> g(cpuLock);
  if (!cpuOn || n == 0) return;
  cpuData.push_back(3 + n);
  cpuData.push_back(0);
  cpuData.push_back(count);
  cpuData.insert(cpuData.end(), pcs, pcs + n);
  cpuTags.push_back(labels);
}

bool readCPUProfile(std::vector<uint64_t>* data, std::vector<void*>* tags) {
  std::lock_guard<std::mutex> g(cpuLock);
  data->swap(cpuData);
  tags->swap(cpuTags);
  cpuData.clear();
  cpuTags.clear();
  return !cpuOn && data->empty();
}

void markCPUProfileRoots(void (*mark)(const void*)) {
  std::lock_guard<std::mutex> g(cpuLock);
  for (void* t : cpuTags) mark(t);
}

}  // namespace golite::runtime
