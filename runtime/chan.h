// Channels (runtime/chan.cpp, mirroring Go's runtime/chan.go) and select
// (runtime/select.cpp, Go's select.go). Element pointers may point into a parked
// goroutine's VM registers: they stay valid while it is parked.
#pragma once

#include <cstdint>

#include "runtime/type.h"

namespace golite::runtime {

struct hchan;

// make(chan T, size); chanType is the channel type (its elem the element type). Panics
// `makechan: size out of range` for bad sizes.
hchan* makechan(const Type* chanType, int64_t size);
// c <- *elem. With block == false (select with default), returns false instead of
// blocking. Panics `send on closed channel`; a nil channel blocks forever.
bool chansend(hchan* c, const void* elem, bool block);
// *elem = <-c (elem may be null: value discarded). Returns whether it proceeded
// (false only when !block and nothing was ready); *received is false when the channel
// was closed and empty (the zero value was stored).
bool chanrecv(hchan* c, void* elem, bool block, bool* received);
void closechan(hchan* c);  // panics `close of nil channel`, `close of closed channel`
int64_t chanlen(hchan* c);
int64_t chancap(hchan* c);

// One case of a select: its channel (nil: never ready) and the element to send from or
// receive into.
struct scase {
  hchan* c;
  void* elem;
};
// Go's selectgo: cases[0:nsends] are sends, cases[nsends:nsends+nrecvs] receives.
// Returns the index of the chosen case, or -1 when !block and none was ready (default).
// *recvOK tells a receive case whether a value was received (vs. closed channel).
int selectgo(scase* cases, int nsends, int nrecvs, bool block, bool* recvOK);

}  // namespace golite::runtime
