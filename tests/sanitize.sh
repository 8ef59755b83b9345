#!/usr/bin/env bash
# The memory-safety job: builds golite with AddressSanitizer and UndefinedBehaviorSanitizer
# in BUILD (a build folder of its own) and runs the conformance programs, the Go
# test-directory pass list and the samples with it, then the conformance programs again
# under the collector's stress settings (GOGC=1, GODEBUG=clobberfree=1,gccheckmark=1), then
# the fuzz job: tests/robust's mutants of the conformance programs (another seed than the
# plain robust run's, fixed so CI stays deterministic; ROBUST_SEED picks others) and its generated
# extremes. Any sanitizer report stops the program (halt_on_error) and fails the run;
# in the fuzz job a report exits 86, which the robust judge counts as a crash.
#
#   tests/sanitize.sh SOURCE_DIR BUILD_DIR
#
# Leak detection is off: golite keeps runtime metadata (spans, types, compiled code) for
# the life of the process and exits without freeing it, by design.
set -euo pipefail
src="$1"
build="$2"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DGOLITE_SANITIZE=address,undefined >/dev/null
cmake --build "$build" --target golite
golite="$build/golite"
export ASAN_OPTIONS=detect_leaks=0:halt_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
# A program image cache of this job's own: the first conformance run builds every program
# and writes its image, the collector's stress run below reads them back (the image cache's
# loading, cli/imagecache.h, under the sanitizers too).
GOLITECACHE=$(mktemp -d)
export GOLITECACHE
trap 'rm -rf "$GOLITECACHE"' EXIT
# Faults through unsafe (runtime_errors/err_unsafe_*) are reported by ASan's own handler
# here: golite's (runtime/sigfault.cpp) is not installed under the sanitizers.
SKIP='^runtime_errors/err_unsafe_' bash "$src/tests/conformance/run.sh" "$golite" | grep -v '^PASS' | tail -n 60 || status=1
# divmod.go (10 s of integer division checks) and abi/fibish*.go (deep recursive
# fib, 5 s): seconds unsanitized, past the minute's limit under ASan
SKIP='^divmod[.]go$|^abi/fibish(_closure)?[.]go$' bash "$src/tests/godir/run.sh" "$golite" || status=1
bash "$src/samples/check.sh" "$golite" || status=1
# Under ASan with a collection every 40 KB a program runs 30-40 times slower than plain
# (gc_interior: 35 s alone, over 60 on a loaded machine): three minutes each.
TIMEOUT=180 GOGC=1 GODEBUG=clobberfree=1,gccheckmark=1,clobberdead=1,stackobjcheck=1 SKIP='^concurrency/conc_stress_|^gc/gc_memory_limit$|^gc/gc_goal_stacks$|^runtime_errors/err_stack_overflow_stringer$|^runtime_errors/err_unsafe_' \
  bash "$src/tests/conformance/run.sh" "$golite" | grep -v '^PASS' | tail -n 60 || status=1
ASAN_OPTIONS=$ASAN_OPTIONS:exitcode=86 UBSAN_OPTIONS=$UBSAN_OPTIONS:exitcode=86 \
  ROBUST_COUNT=150 ROBUST_SEED=${ROBUST_SEED:-20261206} ROBUST_FAILURES="$build/robust-failures" \
  bash "$src/tests/robust/run.sh" "$golite" | tail -n 8 || status=1
exit $status
