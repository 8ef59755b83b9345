// The channel structure (Go's hchan and waitq in runtime/chan.go), shared by chan.cpp and
// select.cpp. Private to runtime/.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstring>

#include "runtime/chan.h"
#include "runtime/lock.h"
#include "runtime/mbarrier.h"
#include "runtime/runtime2.h"

namespace golite::runtime {

// A queue of waiting sudogs, FIFO. first is read without the lock by the fast paths.
struct waitq {
  std::atomic<sudog*> first{nullptr};
  sudog* last = nullptr;

  void enqueue(sudog* sgp);
  // The first waiter, skipping select waiters whose select another case already won.
  sudog* dequeue();
  // Removes sgp (a select's sudog) from wherever it is in the queue, if still there.
  void dequeueSudoG(sudog* sgp);
};

struct hchan {
  std::atomic<uint64_t> qcount{0};  // total data in the queue
  uint64_t dataqsiz = 0;            // size of the circular queue
  void* buf = nullptr;              // points to an array of dataqsiz elements
  uint16_t elemsize = 0;
  std::atomic<uint32_t> closed{0};
  const Type* elemtype = nullptr;   // element type
  uint64_t sendx = 0;               // send index
  uint64_t recvx = 0;               // receive index
  waitq recvq;                      // list of recv waiters
  waitq sendq;                      // list of send waiters
  // lock protects all fields in hchan, as well as several fields in sudogs blocked on
  // this channel. Do not change another G's status while holding this lock (in
  // particular, do not ready a G), as this can deadlock with stack shrinking.
  mutex lock;
};

inline void* chanbuf(hchan* c, uint64_t i) { return static_cast<char*>(c->buf) + i * c->elemsize; }

// Copies a value of the channel's element type, through the write barrier: the
// destination is the buffer, or a receiver's variable, which may be in the heap (Go's
// typedmemmove).
inline void chanmove(hchan* c, void* dst, const void* src) {
  if (c->elemsize == 0) return;
  writeBarrier(dst, c->elemsize);
  switch (c->elemsize) {
    case 8: std::memcpy(dst, src, 8); return;  // the common case, without a call
    case 16: std::memcpy(dst, src, 16); return;
    default: std::memcpy(dst, src, c->elemsize);
  }
}
// Clears a buffer slot after a receive (so the buffer does not keep the value alive).
inline void chanclr(hchan* c, void* p) {
  if (c->elemsize != 0) heapClear(p, c->elemsize);
}

// Completes a send to the waiting receiver sg (c locked; unlockf(arg) unlocks, before sg's
// G is readied).
void send(hchan* c, sudog* sg, const void* ep, void (*unlockf)(void*), void* arg);
// Completes a receive from the waiting sender sg.
void recv(hchan* c, sudog* sg, void* ep, void (*unlockf)(void*), void* arg);

}  // namespace golite::runtime
