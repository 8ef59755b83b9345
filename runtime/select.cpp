// The select statement (Go's runtime/select.go).
//
// selectgo(cases) in three passes, as Go's:
//   0. Permute the cases with a channel into a uniformly random poll order (nil channels
//      are never ready and take no part), and sort them by channel address into a lock
//      order (heap sort: n log n, constant space), so that two selects locking the same
//      channels never deadlock. Lock all the channels.
//   1. In poll order, look for a case that can proceed now: a waiting peer, buffer
//      space or data, or a closed channel. If one can, do it, unlock, done. With no
//      blocking allowed (default), unlock and return -1.
//   2. Enqueue a sudog on every channel (isSelect set), chained on gp->waiting in lock
//      order, and park; selparkcommit unlocks the channels once the G is off CPU.
//   3. Woken by the one case that won (it CASed gp->selectDone from 0 to 1 in
//      waitq::dequeue, so concurrent wakers on other channels skip this G), lock all the
//      channels again and dequeue the other sudogs.
// A send case that wakes because its channel closed panics `send on closed channel`, as
// a plain send does — after every lock is released.
#include <vector>

#include "runtime/mprof.h"
#include "runtime/alg.h"
#include "runtime/chan.h"
#include "runtime/hchan.h"
#include "runtime/panic.h"

namespace golite::runtime {

namespace {

inline uintptr_t sortkey(hchan* c) { return reinterpret_cast<uintptr_t>(c); }

void sellock(scase* scases, const uint16_t* lockorder, int n) {
  hchan* c = nullptr;
  for (int i = 0; i < n; i++) {
    hchan* c0 = scases[lockorder[i]].c;
    if (c0 != c) {
      c = c0;
      c->lock.lock();
    }
  }
}

void selunlock(scase* scases, const uint16_t* lockorder, int n) {
  // We must be very careful here to not touch sel after we have unlocked the last
  // lock, because sel can be freed right after the last unlock: once the last lock is
  // released, another M can make the G that called select runnable again, and it can
  // free the cases.
  for (int i = n - 1; i >= 0; i--) {
    hchan* c = scases[lockorder[i]].c;
    if (i > 0 && c == scases[lockorder[i - 1]].c) continue;  // will unlock it on the next iteration
    c->lock.unlock();
  }
}

struct SelUnlockArgs {
  scase* scases;
  const uint16_t* lockorder;
  int n;
};

void selunlockThunk(void* a) {
  auto* s = static_cast<SelUnlockArgs*>(a);
  selunlock(s->scases, s->lockorder, s->n);
}

bool selparkcommit(G* gp, void*) {
  // This must not access gp's stack: by the time this runs, gp->waiting has all the
  // channels in lock order. As soon as we unlock a channel, fields in any sudog with that
  // channel may change, including c and waitlink. Since multiple sudogs may have the same
  // channel, we unlock only after we've passed the last instance of a channel.
  hchan* lastc = nullptr;
  for (sudog* sg = gp->waiting; sg != nullptr; sg = sg->waitlink) {
    if (sg->c != lastc && lastc != nullptr) lastc->lock.unlock();
    lastc = sg->c;
  }
  if (lastc != nullptr) lastc->lock.unlock();
  return true;
}

}  // namespace

int selectgo(scase* scases, int nsends, int nrecvs, bool block, bool* recvOK) {
  if (recvOK) *recvOK = false;
  const int ncases = nsends + nrecvs;
  if (ncases == 0) {
    if (!block) return -1;
    // select {}: block forever.
    gopark(nullptr, nullptr, WaitReason::SelectNoCases);
    if (getg()->parkCancelled) parkCancelledUnwind();
    throwf("unreachable");
  }
  if (ncases > 65536) throwf("select: too many cases");

  // pollorder and lockorder, on the stack for small selects.
  uint16_t small[2 * 16];
  std::vector<uint16_t> large;
  uint16_t* order = small;
  if (ncases > 16) {
    large.resize(size_t(2 * ncases));
    order = large.data();
  }
  uint16_t* pollorder = order;
  uint16_t* lockorder = order + ncases;

  // Generate a permuted order (inside-out Fisher-Yates), leaving out cases without
  // channels.
  int norder = 0;
  for (int i = 0; i < ncases; i++) {
    scase* cas = &scases[i];
    if (cas->c == nullptr) {
      cas->elem = nullptr;  // allow GC
      continue;
    }
    uint32_t j = uint32_t((uint64_t(fastrand()) * uint64_t(norder + 1)) >> 32);
    pollorder[norder] = pollorder[j];
    pollorder[j] = uint16_t(i);
    norder++;
  }

  // Sort the cases by hchan address to get the locking order. Simple heap sort, to
  // guarantee n log n time and constant stack footprint.
  for (int i = 0; i < norder; i++) {
    int j = i;
    // Start with the pollorder to permute cases on the same channel.
    hchan* c = scases[pollorder[i]].c;
    while (j > 0 && sortkey(scases[lockorder[(j - 1) / 2]].c) < sortkey(c)) {
      int k = (j - 1) / 2;
      lockorder[j] = lockorder[k];
      j = k;
    }
    lockorder[j] = pollorder[i];
  }
  for (int i = norder - 1; i >= 0; i--) {
    uint16_t o = lockorder[i];
    hchan* c = scases[o].c;
    lockorder[i] = lockorder[0];
    int j = 0;
    for (;;) {
      int k = j * 2 + 1;
      if (k >= i) break;
      if (k + 1 < i && sortkey(scases[lockorder[k]].c) < sortkey(scases[lockorder[k + 1]].c)) k++;
      if (sortkey(c) < sortkey(scases[lockorder[k]].c)) {
        lockorder[j] = lockorder[k];
        j = k;
        continue;
      }
      break;
    }
    lockorder[j] = o;
  }

  // Lock all the channels involved in the select.
  sellock(scases, lockorder, norder);

  int casi = -1;
  scase* cas = nullptr;
  hchan* c = nullptr;
  sudog* sg = nullptr;

  // Pass 1: look for something already waiting.
  for (int pi = 0; pi < norder; pi++) {
    casi = pollorder[pi];
    cas = &scases[casi];
    c = cas->c;
    if (casi >= nsends) {
      sg = c->sendq.dequeue();
      if (sg != nullptr) goto recvFromSender;
      if (c->qcount.load(std::memory_order_relaxed) > 0) goto bufrecv;
      if (c->closed.load(std::memory_order_relaxed) != 0) goto rclose;
    } else {
      if (c->closed.load(std::memory_order_relaxed) != 0) goto sclose;
      sg = c->recvq.dequeue();
      if (sg != nullptr) goto sendToReceiver;
      if (c->qcount.load(std::memory_order_relaxed) < c->dataqsiz) goto bufsend;
    }
  }

  if (!block) {
    selunlock(scases, lockorder, norder);
    return -1;
  }

  {
    // Pass 2: enqueue on all channels.
    G* gp = getg();
    if (gp->waiting != nullptr) throwf("gp.waiting != nil");
    sudog** nextp = &gp->waiting;
    for (int li = 0; li < norder; li++) {
      int ci = lockorder[li];
      scase* k = &scases[ci];
      sudog* s = acquireSudog();
      s->g = gp;
      s->isSelect = true;
      s->elem = k->elem;
      s->releasetime = 0;
      s->c = k->c;
      // Construct the waiting list in lock order.
      *nextp = s;
      nextp = &s->waitlink;
      if (ci < nsends) k->c->sendq.enqueue(s);
      else k->c->recvq.enqueue(s);
    }

    // Wait for someone to wake us up. (With every channel nil, nobody ever will.)
    gp->param = nullptr;
    int64_t t0 = blockProfiling() ? nanotime() : 0;  // the block profile's event
    gopark(selparkcommit, nullptr, WaitReason::Select);
    if (t0 != 0) blockEvent(nanotime() - t0);

    sellock(scases, lockorder, norder);

    gp->selectDone.store(0, std::memory_order_relaxed);
    sg = static_cast<sudog*>(gp->param);
    gp->param = nullptr;

    // Pass 3: dequeue from unsuccessful channels, otherwise they stack up on quiet
    // channels; record the successful case. The sudogs are linked in lock order.
    casi = -1;
    cas = nullptr;
    bool caseSuccess = false;
    sudog* sglist = gp->waiting;
    // Clear all elem before unlinking from gp->waiting.
    for (sudog* sg1 = gp->waiting; sg1 != nullptr; sg1 = sg1->waitlink) {
      sg1->isSelect = false;
      sg1->elem = nullptr;
      sg1->c = nullptr;
    }
    gp->waiting = nullptr;

    for (int li = 0; li < norder; li++) {
      int ci = lockorder[li];
      scase* k = &scases[ci];
      if (sg == sglist) {
        // sg has already been dequeued by the G that woke us up.
        casi = ci;
        cas = k;
        caseSuccess = sglist->success;
      } else {
        c = k->c;
        if (ci < nsends) c->sendq.dequeueSudoG(sglist);
        else c->recvq.dequeueSudoG(sglist);
      }
      sudog* sgnext = sglist->waitlink;
      sglist->waitlink = nullptr;
      releaseSudog(sglist);
      sglist = sgnext;
    }

    if (cas == nullptr && gp->parkCancelled) {
      selunlock(scases, lockorder, norder);
      parkCancelledUnwind();
    }
    if (cas == nullptr) throwf("selectgo: bad wakeup");
    c = cas->c;
    if (casi < nsends) {
      if (!caseSuccess) goto sclose;
    } else if (recvOK) {
      *recvOK = caseSuccess;
    }
    selunlock(scases, lockorder, norder);
    return casi;
  }

bufrecv: {
  // Can receive from the buffer.
  if (recvOK) *recvOK = true;
  void* qp = chanbuf(c, c->recvx);
  if (cas->elem != nullptr) chanmove(c, cas->elem, qp);
  chanclr(c, qp);
  c->recvx++;
  if (c->recvx == c->dataqsiz) c->recvx = 0;
  c->qcount.store(c->qcount.load(std::memory_order_relaxed) - 1, std::memory_order_release);
  selunlock(scases, lockorder, norder);
  return casi;
}

bufsend: {
  // Can send to the buffer.
  chanmove(c, chanbuf(c, c->sendx), cas->elem);
  c->sendx++;
  if (c->sendx == c->dataqsiz) c->sendx = 0;
  c->qcount.store(c->qcount.load(std::memory_order_relaxed) + 1, std::memory_order_release);
  selunlock(scases, lockorder, norder);
  return casi;
}

recvFromSender: {
  // Can receive from a sleeping sender (sg).
  SelUnlockArgs a{scases, lockorder, norder};
  recv(c, sg, cas->elem, selunlockThunk, &a);
  if (recvOK) *recvOK = true;
  return casi;
}

rclose:
  // Read at the end of a closed channel.
  selunlock(scases, lockorder, norder);
  if (recvOK) *recvOK = false;
  if (cas->elem != nullptr) chanclr(c, cas->elem);
  return casi;

sendToReceiver: {
  // Can send to a sleeping receiver (sg).
  SelUnlockArgs a{scases, lockorder, norder};
  send(c, sg, cas->elem, selunlockThunk, &a);
  return casi;
}

sclose:
  // Send on a closed channel.
  selunlock(scases, lockorder, norder);
  panicPlain("send on closed channel");
}

}  // namespace golite::runtime
