// Channels (Go's runtime/chan.go).
//
// Invariants (c.lock held):
//   At least one of c.sendq and c.recvq is empty, except for an unbuffered channel with
//   a single goroutine blocked on it for both sending and receiving through select, in
//   which case the length of c.sendq and c.recvq is limited only by the select size.
//   For buffered channels, also:
//     c.qcount > 0 implies that c.recvq is empty.
//     c.qcount < c.dataqsiz implies that c.sendq is empty.
//
// A send to a channel with a waiting receiver copies the value straight into the
// receiver's element (its VM registers, valid while it is parked) and readies it; a
// receive from a channel with a waiting sender takes the sender's value (unbuffered) or
// the buffer's head, refilling the buffer from the sender (buffered), so FIFO order holds.
// Waiters queue in order (sudogs, FIFO). close wakes every waiter: receivers get the zero
// value and ok == false, senders panic when they wake.
//
// Runtime panics are C++ exceptions: every one is raised with no lock held, on the
// goroutine's own stack (a woken sender panics after it is running again).
//
// The non-blocking fast paths (select with default) look at qcount, closed and the wait
// queues without the lock, with the same single-word atomic reads and the same ordering
// argument as Go's.
#include "runtime/mprof.h"
#include "runtime/chan.h"

#include "runtime/hchan.h"

#include <cstring>
#include <new>

#include "runtime/malloc.h"
#include "runtime/mheap.h"
#include "runtime/panic.h"
#include "runtime/runtime2.h"

namespace golite::runtime {

namespace {

constexpr uint64_t maxAlign = 8;
constexpr uint64_t hchanSize = (sizeof(hchan) + maxAlign - 1) & ~(maxAlign - 1);

// hchan's type descriptor for the GC: the one heap pointer it holds is buf (elemtype is
// static, the wait queues point to runtime-owned sudogs).
const Type* hchanType() {
  static const Type t = [] {
    Type d;
    d.kind = Kind::Struct;
    d.size = sizeof(hchan);
    d.align = alignof(hchan);
    constexpr size_t bufWord = offsetof(hchan, buf) / 8;
    d.ptrdata = (bufWord + 1) * 8;
    d.gcdata.assign((bufWord + 8) / 8, 0);
    d.gcdata[bufWord / 8] |= uint8_t(1u << (bufWord % 8));
    d.str = "runtime.hchan";
    d.name = "hchan";
    d.pkgPath = "runtime";
    return d;
  }();
  return &t;
}

// Reports whether a send on c would block (that is, the channel is full). Reads without
// the lock: each field read is a single word, and the answer may be stale by the time
// the caller acts on it, as in Go.
inline bool full(hchan* c) {
  if (c->dataqsiz == 0) return c->recvq.first.load(std::memory_order_acquire) == nullptr;
  return c->qcount.load(std::memory_order_acquire) == c->dataqsiz;
}

// Reports whether a receive from c would block (that is, the channel is empty).
inline bool empty(hchan* c) {
  if (c->dataqsiz == 0) return c->sendq.first.load(std::memory_order_acquire) == nullptr;
  return c->qcount.load(std::memory_order_acquire) == 0;
}

bool chanparkcommit(G*, void* chanLock) {
  static_cast<mutex*>(chanLock)->unlock();
  return true;
}

}  // namespace

void waitq::enqueue(sudog* sgp) {
  sgp->next = nullptr;
  sudog* x = last;
  if (x == nullptr) {
    sgp->prev = nullptr;
    first.store(sgp, std::memory_order_release);
    last = sgp;
    return;
  }
  sgp->prev = x;
  x->next = sgp;
  last = sgp;
}

sudog* waitq::dequeue() {
  for (;;) {
    sudog* sgp = first.load(std::memory_order_relaxed);
    if (sgp == nullptr) return nullptr;
    sudog* y = sgp->next;
    if (y == nullptr) {
      first.store(nullptr, std::memory_order_release);
      last = nullptr;
    } else {
      y->prev = nullptr;
      first.store(y, std::memory_order_release);
      sgp->next = nullptr;  // mark as removed (see dequeueSudoG)
    }
    // If a goroutine was put on this queue because of a select, there is a small window
    // between the goroutine being woken up by a different case and it grabbing the
    // channel locks. Once it has the lock it removes itself from the queue, so we won't
    // see it after that. We use a flag in the G struct to tell us when someone else has
    // won the race to signal this goroutine but the goroutine hasn't removed itself from
    // the queue yet.
    if (sgp->isSelect) {
      uint32_t zero = 0;
      if (!sgp->g->selectDone.compare_exchange_strong(zero, 1, std::memory_order_acq_rel)) continue;
    }
    return sgp;
  }
}

void waitq::dequeueSudoG(sudog* sgp) {
  sudog* x = sgp->prev;
  sudog* y = sgp->next;
  if (x != nullptr) {
    if (y != nullptr) {
      // middle of queue
      x->next = y;
      y->prev = x;
      sgp->next = nullptr;
      sgp->prev = nullptr;
      return;
    }
    // end of queue
    x->next = nullptr;
    last = x;
    sgp->prev = nullptr;
    return;
  }
  if (y != nullptr) {
    // start of queue
    y->prev = nullptr;
    first.store(y, std::memory_order_release);
    sgp->next = nullptr;
    return;
  }
  // x == y == nil. Either sgp is the only element in the queue, or it has already been
  // removed. Use first to disambiguate.
  if (first.load(std::memory_order_relaxed) == sgp) {
    first.store(nullptr, std::memory_order_release);
    last = nullptr;
  }
}

hchan* makechan(const Type* chanType, int64_t size) {
  const Type* elem = chanType->elem;
  // compiler checks this but be safe.
  if (elem->size >= (1 << 16)) throwf("makechan: invalid channel element type");
  if (hchanSize % maxAlign != 0 || elem->align > maxAlign) throwf("makechan: bad alignment");
  unsigned __int128 mem = static_cast<unsigned __int128>(elem->size) * static_cast<uint64_t>(size);
  if (size < 0 || mem > maxAlloc - hchanSize) panicPlain("makechan: size out of range");

  hchan* c;
  if (mem == 0) {
    // Queue or element size is zero.
    c = new (mallocgc(hchanSize, nullptr, true)) hchan();
    c->buf = c;  // any non-nil address: zero-size elements are never read or written
  } else if (elem->ptrdata == 0) {
    // Elements do not contain pointers: allocate hchan and buf in one call.
    c = new (mallocgc(hchanSize + uint64_t(mem), nullptr, true)) hchan();
    c->buf = reinterpret_cast<char*>(c) + hchanSize;
  } else {
    // Elements contain pointers.
    c = new (mallocgc(hchanSize, hchanType(), true)) hchan();
    c->buf = mallocgc(size_t(mem), elem, true);
  }
  c->elemsize = uint16_t(elem->size);
  c->elemtype = elem;
  c->dataqsiz = uint64_t(size);
  return c;
}

// send processes a send operation on an empty channel c: the value ep is copied to the
// receiver sg, which is then woken up. c must be locked; unlockf unlocks it.
void send(hchan* c, sudog* sg, const void* ep, void (*unlockf)(void*), void* arg) {
  if (c->dataqsiz != 0) {
    // (A buffered channel with a waiting receiver has an empty buffer: keep the indices
    // in step as Go does, as if the value had gone through the buffer.)
    c->recvx++;
    if (c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  if (sg->elem != nullptr) {
    // Straight into the receiver's element.
    chanmove(c, sg->elem, ep);
    sg->elem = nullptr;
  }
  G* gp = sg->g;
  unlockf(arg);
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

// recv processes a receive operation on a full channel c: an unbuffered channel takes
// the sender's value; a buffered one takes the head of the queue and puts the sender's
// value at the tail (the same slot, since the queue is full). The sender is woken up.
void recv(hchan* c, sudog* sg, void* ep, void (*unlockf)(void*), void* arg) {
  if (c->dataqsiz == 0) {
    if (ep != nullptr) chanmove(c, ep, sg->elem);  // copy data from sender
  } else {
    void* qp = chanbuf(c, c->recvx);
    // copy data from queue to receiver
    if (ep != nullptr) chanmove(c, ep, qp);
    // copy data from sender to queue
    chanmove(c, qp, sg->elem);
    c->recvx++;
    if (c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;  // c->sendx = (c->sendx+1) % c->dataqsiz
  }
  sg->elem = nullptr;
  G* gp = sg->g;
  unlockf(arg);
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

namespace {
void unlockChan(void* c) { static_cast<hchan*>(c)->lock.unlock(); }
}  // namespace

bool chansend(hchan* c, const void* ep, bool block) {
  if (c == nullptr) {
    if (!block) return false;
    gopark(nullptr, nullptr, WaitReason::ChanSendNilChan);
    if (getg()->parkCancelled) parkCancelledUnwind();
    throwf("unreachable");
  }

  // Fast path: check for failed non-blocking operation without acquiring the lock.
  //
  // After observing that the channel is not closed, we observe that the channel is not
  // ready for sending. Each of these observations is a single word-sized read. Because
  // a closed channel cannot transition from 'ready for sending' to 'not ready for
  // sending', even if the channel is closed between the two observations, they imply a
  // moment between the two when the channel was both not yet closed and not ready for
  // sending. We behave as if we observed the channel at that moment, and report that
  // the send cannot proceed.
  if (!block && c->closed.load(std::memory_order_relaxed) == 0 && full(c)) return false;

  c->lock.lock();
  if (c->closed.load(std::memory_order_relaxed) != 0) {
    c->lock.unlock();
    panicPlain("send on closed channel");
  }

  if (sudog* sg = c->recvq.dequeue()) {
    // Found a waiting receiver. We pass the value we want to send directly to the
    // receiver, bypassing the channel buffer (if any).
    send(c, sg, ep, unlockChan, c);
    return true;
  }

  uint64_t qcount = c->qcount.load(std::memory_order_relaxed);
  if (qcount < c->dataqsiz) {
    // Space is available in the channel buffer. Enqueue the element to send.
    chanmove(c, chanbuf(c, c->sendx), ep);
    c->sendx++;
    if (c->sendx == c->dataqsiz) c->sendx = 0;
    c->qcount.store(qcount + 1, std::memory_order_release);
    c->lock.unlock();
    return true;
  }

  if (!block) {
    c->lock.unlock();
    return false;
  }

  // Block on the channel. Some receiver will complete our operation for us.
  G* gp = getg();
  sudog* mysg = acquireSudog();
  mysg->releasetime = 0;
  mysg->elem = const_cast<void*>(ep);
  mysg->waitlink = nullptr;
  mysg->g = gp;
  mysg->isSelect = false;
  mysg->c = c;
  gp->waiting = mysg;
  gp->param = nullptr;
  c->sendq.enqueue(mysg);
  int64_t t0 = blockProfiling() ? nanotime() : 0;  // the block profile's event
  gopark(chanparkcommit, &c->lock, WaitReason::ChanSend);
  if (t0 != 0) blockEvent(nanotime() - t0);

  // someone woke us up.
  if (mysg != gp->waiting) throwf("G waiting list is corrupted");
  gp->waiting = nullptr;
  bool closed = !mysg->success;
  gp->param = nullptr;
  mysg->c = nullptr;
  releaseSudog(mysg);
  if (gp->parkCancelled) parkCancelledUnwind();
  if (closed) {
    if (c->closed.load(std::memory_order_relaxed) == 0) throwf("chansend: spurious wakeup");
    panicPlain("send on closed channel");
  }
  return true;
}

bool chanrecv(hchan* c, void* ep, bool block, bool* received) {
  if (received) *received = false;
  if (c == nullptr) {
    if (!block) return false;
    gopark(nullptr, nullptr, WaitReason::ChanReceiveNilChan);
    if (getg()->parkCancelled) parkCancelledUnwind();
    throwf("unreachable");
  }

  // Fast path: check for failed non-blocking operation without acquiring the lock.
  if (!block && empty(c)) {
    // After observing that the channel is not ready for receiving, we observe whether
    // the channel is closed. Reordering of these checks could lead to incorrect
    // behavior when racing with a close.
    if (c->closed.load(std::memory_order_acquire) == 0) {
      // Because a channel cannot be reopened, the later observation of the channel being
      // not closed implies that it was also not closed at the moment of the first
      // observation: report that the receive cannot proceed.
      return false;
    }
    // The channel is irreversibly closed. Re-check whether the channel has any pending
    // data to receive, which could have arrived between the empty and closed checks
    // above. Sequential consistency is also required here, when racing with such a send.
    if (empty(c)) {
      // The channel is irreversibly closed and empty.
      if (ep != nullptr) chanclr(c, ep);
      return true;
    }
  }

  c->lock.lock();

  if (c->closed.load(std::memory_order_relaxed) != 0) {
    if (c->qcount.load(std::memory_order_relaxed) == 0) {
      c->lock.unlock();
      if (ep != nullptr) chanclr(c, ep);
      return true;
    }
    // The channel has been closed, but the channel's buffer have data.
  } else {
    // Just found waiting sender with not closed.
    if (sudog* sg = c->sendq.dequeue()) {
      // Found a waiting sender. If buffer is size 0, receive value directly from
      // sender. Otherwise, receive from head of queue and add sender's value to the
      // tail of the queue (both map to the same buffer slot because the queue is full).
      recv(c, sg, ep, unlockChan, c);
      if (received) *received = true;
      return true;
    }
  }

  uint64_t qcount = c->qcount.load(std::memory_order_relaxed);
  if (qcount > 0) {
    // Receive directly from queue.
    void* qp = chanbuf(c, c->recvx);
    if (ep != nullptr) chanmove(c, ep, qp);
    chanclr(c, qp);
    c->recvx++;
    if (c->recvx == c->dataqsiz) c->recvx = 0;
    c->qcount.store(qcount - 1, std::memory_order_release);
    c->lock.unlock();
    if (received) *received = true;
    return true;
  }

  if (!block) {
    c->lock.unlock();
    return false;
  }

  // no sender available: block on this channel.
  G* gp = getg();
  sudog* mysg = acquireSudog();
  mysg->releasetime = 0;
  mysg->elem = ep;
  mysg->waitlink = nullptr;
  gp->waiting = mysg;
  mysg->g = gp;
  mysg->isSelect = false;
  mysg->c = c;
  gp->param = nullptr;
  c->recvq.enqueue(mysg);
  int64_t t0 = blockProfiling() ? nanotime() : 0;  // the block profile's event
  gopark(chanparkcommit, &c->lock, WaitReason::ChanReceive);
  if (t0 != 0) blockEvent(nanotime() - t0);

  // someone woke us up
  if (mysg != gp->waiting) throwf("G waiting list is corrupted");
  gp->waiting = nullptr;
  bool success = mysg->success;
  gp->param = nullptr;
  mysg->c = nullptr;
  releaseSudog(mysg);
  if (gp->parkCancelled) parkCancelledUnwind();
  if (received) *received = success;
  return true;
}

void closechan(hchan* c) {
  if (c == nullptr) panicPlain("close of nil channel");

  c->lock.lock();
  if (c->closed.load(std::memory_order_relaxed) != 0) {
    c->lock.unlock();
    panicPlain("close of closed channel");
  }
  c->closed.store(1, std::memory_order_release);

  gList glist;
  // release all readers
  while (sudog* sg = c->recvq.dequeue()) {
    if (sg->elem != nullptr) {
      chanclr(c, sg->elem);
      sg->elem = nullptr;
    }
    G* gp = sg->g;
    gp->param = sg;
    sg->success = false;
    glist.push(gp);
  }
  // release all writers (they will panic)
  while (sudog* sg = c->sendq.dequeue()) {
    sg->elem = nullptr;
    G* gp = sg->g;
    gp->param = sg;
    sg->success = false;
    glist.push(gp);
  }
  c->lock.unlock();

  // Ready all Gs now that we've dropped the channel lock.
  while (G* gp = glist.pop()) {
    gp->schedlink = nullptr;
    goready(gp);
  }
}

int64_t chanlen(hchan* c) {
  if (c == nullptr) return 0;
  return int64_t(c->qcount.load(std::memory_order_relaxed));
}

int64_t chancap(hchan* c) {
  if (c == nullptr) return 0;
  return int64_t(c->dataqsiz);
}

// cancelPark's part for channels (the world is stopped, so no waker runs and no channel
// lock is held): a plain send or receive leaves its channel's queue; a select is claimed
// through selectDone, and its own pass 3 leaves the queues when it wakes.
bool cancelChanPark(G* gp) {
  switch (gp->waitreason) {
    case WaitReason::ChanSendNilChan:
    case WaitReason::ChanReceiveNilChan:
    case WaitReason::SelectNoCases:
      return true;
    case WaitReason::Select:
      return gp->selectDone.exchange(1) == 0;
    case WaitReason::ChanSend:
    case WaitReason::ChanReceive: {
      sudog* sg = gp->waiting;
      if (sg == nullptr || sg->c == nullptr) return false;
      hchan* c = sg->c;
      waitq& q = gp->waitreason == WaitReason::ChanSend ? c->sendq : c->recvq;
      c->lock.lock();
      bool queued = false;
      for (sudog* s = q.first.load(std::memory_order_relaxed); s; s = s->next) queued |= s == sg;
      if (queued) {
        q.dequeueSudoG(sg);
        sg->elem = nullptr;
      }
      c->lock.unlock();
      return queued;
    }
    default:
      return false;
  }
}

}  // namespace golite::runtime
