// Runtime locks and notes on Linux futexes (Go's runtime/lock_futex.go).
//
// mutex is the runtime's own lock: one 32-bit word, unlocked (0), locked (1) or locked
// with sleepers (2). lock() spins briefly, then sleeps in the kernel on the word; unlock()
// wakes one sleeper only when the word said there were some. Not tied to a thread: a
// goroutine may take a lock on its own stack and have it released on the scheduler's
// stack (gopark's unlockf), or by another M altogether.
//
// note is a one-shot event: notesleep() blocks until notewakeup() (exactly one wakeup per
// noteclear()); notetsleep() gives up after a timeout. Ms park on notes.
//
// Both are built on std::atomic with the orders Go's runtime implies (acquire on taking,
// release on giving up), so ThreadSanitizer sees every happens-before edge.
#pragma once

#include <atomic>
#include <cstdint>

namespace golite::runtime {

// Sleeps while *addr == val, for at most ns nanoseconds (ns < 0: no limit). May wake
// spuriously.
void futexsleep(std::atomic<uint32_t>* addr, uint32_t val, int64_t ns);
// Wakes up to cnt threads sleeping on addr.
void futexwakeup(std::atomic<uint32_t>* addr, uint32_t cnt);
void osyield();
void usleep(uint32_t us);
// A short busy wait (the PAUSE instruction, cycles times).
void procyield(uint32_t cycles);

struct mutex {
  static constexpr uint32_t unlocked = 0, locked = 1, sleeping = 2;
  std::atomic<uint32_t> key{unlocked};
  uint32_t pad_ = 0;  // a mutex is one pointer-sized word, as Go's

  void lock() {
    uint32_t v = key.exchange(locked, std::memory_order_acquire);
    if (v != unlocked) [[unlikely]] lockSlow(v);
  }
  bool tryLock() {
    uint32_t v = unlocked;
    return key.compare_exchange_strong(v, locked, std::memory_order_acquire);
  }
  void unlock() {
    uint32_t v = key.exchange(unlocked, std::memory_order_release);
    if (v != locked) [[unlikely]] unlockSlow(v);
  }

 private:
  void lockSlow(uint32_t v);
  void unlockSlow(uint32_t v);
};
static_assert(sizeof(mutex) == 8);

inline void lock(mutex* l) { l->lock(); }
inline void unlock(mutex* l) { l->unlock(); }

struct note {
  std::atomic<uint32_t> key{0};
};
void noteclear(note* n);
void notewakeup(note* n);
void notesleep(note* n);
// Sleeps at most ns nanoseconds (ns < 0: no limit); reports whether the note was woken.
bool notetsleep(note* n, int64_t ns);

}  // namespace golite::runtime
