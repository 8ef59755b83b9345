// The network poller (Go's runtime/netpoll.go over netpoll_epoll.go): goroutines blocked
// on file descriptors park, and epoll readies them. See netpoll.cpp.
#pragma once

#include <cstdint>
#include <vector>

namespace golite::runtime {

struct G;
struct pollDesc;

// What internal/poll's runtime_poll* functions are (Go's poll_runtime_*). Descriptors are
// returned to Go as addresses it keeps in a uintptr: pollDescs live outside the collected
// heap and are reused, never freed.
void pollServerInit();
bool isPollServerDescriptor(uintptr_t fd);
pollDesc* pollOpen(uintptr_t fd, int* errnoOut);
void pollClose(pollDesc* pd);
// mode: 'r', 'w' or 'r'+'w'. Results: 0 ok, 1 closing, 2 timeout, 3 not pollable.
int pollReset(pollDesc* pd, int mode);
int pollWait(pollDesc* pd, int mode);
void pollSetDeadline(pollDesc* pd, int64_t d, int mode);
void pollUnblock(pollDesc* pd);

// For the scheduler (proc.cpp). netpollInited: pollServerInit has run. netpollWaiting:
// goroutines are parked in the poller. netpoll(delay) waits up to delay ns (< 0: until an
// event or netpollWake; 0: not at all) and returns the goroutines it made ready to run
// (still Gwaiting: the caller readies them). netpollWake interrupts a blocked netpoll.
bool netpollInited();
bool netpollWaiting();
std::vector<G*> netpoll(int64_t delay);
void netpollWake();

}  // namespace golite::runtime
