// The VM as the command line sees it: run a compiled program, print bytecode, set limits.
#pragma once

#include <cstddef>
#include <string>

#include "vm/proto.h"

namespace golite::vm {

// Runs a whole program: the package init functions, then main.main. Returns the exit
// status (0, or 2 after an unrecovered panic or fatal error).
int runMain(const Proto* init, const Proto* mainFn);

// Lowers (or raises) the goroutine stack limit from Go's 1 GB (`golite run --max-stack`).
void setMaxStack(size_t bytes);

}  // namespace golite::vm
