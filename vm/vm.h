// The VM as the command line sees it: run a compiled program, print bytecode, set limits.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "vm/proto.h"

namespace golite::vm {

// Runs a whole program: the package init functions, then main.main. Returns the exit
// status (0, or 2 after an unrecovered panic or fatal error).
int runMain(const Proto* init, const Proto* mainFn);

// A REPL session (cli/repl.cpp): read() waits for the next input (it runs with the
// goroutine's P released, like a blocking system call, so goroutines go on meanwhile) and
// returns false at the end; compile() turns it into the functions to run once, in order
// (none: errors it has printed, or a command it has carried out).
struct SessionHooks {
  std::function<bool(std::string& input)> read;
  std::function<std::vector<const Proto*>(const std::string& input)> compile;
};

// Runs the program's init, then each input on the main goroutine, until read() says the
// input has ended (status 0) or the program exits (os.Exit). An input's unrecovered panic
// prints Go's report (panic line, goroutine trace) and the session goes on; a panic in
// another goroutine ends the program, as in Go.
int runSession(const Proto* init, SessionHooks hooks);

// REPL: asks the input running in the session to stop at its next safepoint (a call or a
// loop back-edge): it unwinds as runtime.Goexit would, its deferred calls run, and
// "interrupted" is printed. Does nothing between inputs. Async-signal-safe (for SIGINT).
void interruptSession();

// Lowers (or raises) the goroutine stack limit from Go's 1 GB (`golite run --max-stack`).
void setMaxStack(size_t bytes);

}  // namespace golite::vm
