// Frame maps for the collector: the live registers at each resume pc of a function (see
// vm/liveness.cpp).
#pragma once

#include "vm/proto.h"

namespace golite::vm {

// Computes p's frame maps (Proto::liveAt, liveBits, liveInProgress) from its finished code.
void computeFrameMaps(Proto* p);

// The frame map of a frame of p stopped at resume pc `pc`: p->liveWords words of the
// registers to scan (live, may hold a pointer), then as many of the live registers; or
// nullptr when p has none (a native, or maps not computed): then every register counts
// as live and is scanned. inProgress: the frame is stopped in the middle of the instruction that
// ends at pc; *callBase is then set to the call's frame base if that is a call, else to
// kNoCallBase.
const uint64_t* frameMap(const Proto* p, size_t pc, bool inProgress, uint16_t* callBase);

// GODEBUG=clobberdead=1 (set at start): dead registers are overwritten with kDeadPoison
// wherever frames are walked: by every collection, and at every safepoint poll for the top
// two frames (the poll then runs at every call and loop back-edge). A register the maps
// wrongly call dead then shows as a wrong answer or a crash at once.
extern bool clobberDead;
inline constexpr uint64_t kDeadPoison = 0xdeaddeaddeaddeadull;

struct Thread;
// Walks th's frames from frame `fromFrame` up: with mark, scans each Go frame's live
// registers by its frame map, and the natives' frames conservatively, for the collector
// (vm/roots.cpp); under clobberDead, poisons the dead registers.
void walkFrames(Thread* th, bool mark, size_t fromFrame);

}  // namespace golite::vm
