// Signals delivered to Go code (Go's runtime/sigqueue.go): what package os/signal's
// runtime links are. See sigqueue.cpp.
#pragma once

#include <cstdint>

namespace golite::runtime {

// Catch sig and queue it for sigRecv (os/signal.Notify).
void sigEnable(uint32_t sig);
// Stop catching sig: its action before the first sigEnable comes back (signal.Stop/Reset).
void sigDisable(uint32_t sig);
// Ignore sig (signal.Ignore); sigIgnored: whether it is ignored (by Ignore or inherited).
void sigIgnore(uint32_t sig);
bool sigIgnored(uint32_t sig);
// The next queued signal, waiting (as in a system call: the M blocks, its P is handed
// off) until there is one. Go's signal_recv.
uint32_t sigRecv();
// Waits until every queued signal has been taken by sigRecv (signal.Stop's wait).
void sigWaitUntilIdle();

}  // namespace golite::runtime
