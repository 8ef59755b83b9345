// The runtime as the VM sees it: every entry point the interpreter and the natives' ABI
// call, in one header (Lua's lgc.h and ldo.h are the model: the VM reaches the collector
// and the scheduler only through a handful of named entry points).
//
// vm/ includes this header and no other runtime header (tests/layers.sh checks it). The
// entry points, by concern:
//   allocate       mallocgc, newobject, newarray, makeslice, growslice, makemap, makechan,
//                  rawstring and the string builders (malloc.h, slice.h, map.h, string.h)
//   values         typehash, typeequal, efaceeq, ifaceeq (alg.h); slicecopy (slice.h);
//                  map access and iteration (map.h); string ops (string.h)
//   interfaces     getitab, assertE2I, assertE2I2, panicdottype (type.h, runtime/iface.cpp)
//   goroutines     newproc, gopark, goready, preemptPark, getg, gvm (proc.h)
//   channels       chansend, chanrecv, closechan, selectgo (chan.h)
//   panics         gopanic and the runtime errors, fatal (panic.h)
//   output         print builtins' formatting (print.h) and the stdout/stderr writer (write.h)
//   profiles       the heap profile's sampling and the CPU profile's ticks (mprof.h)
//   collector      GC, the root hooks gcScanVM / gcScanGlobals and what they report with
//                  (gcScanConservative, gcMarkPointer) (mgc.h). The collector runs at
//                  safepoints: the VM's preemption poll at calls and loop back-edges
//                  (preemptPark) is also the GC poll. The write barrier (mbarrier.h) is
//                  the one entry every pointer store into Go memory goes through.
#pragma once

#include "runtime/alg.h"
#include "runtime/chan.h"
#include "runtime/malloc.h"
#include "runtime/mbarrier.h"
#include "runtime/map.h"
#include "runtime/mgc.h"
#include "runtime/mprof.h"
#include "runtime/panic.h"
#include "runtime/print.h"
#include "runtime/proc.h"
#include "runtime/slice.h"
#include "runtime/stackobj.h"
#include "runtime/string.h"
#include "runtime/type.h"
#include "runtime/value.h"
#include "runtime/write.h"
