# Script-driven test suites, included by the top-level CMakeLists.txt. Each runs golite
# (the built target) over a corpus; see the header of each run.sh.
#   conformance: tests/conformance/*/*.go (topic folders) against outputs recorded from the real go 1.19
#   godir:       the Go distribution's test/ programs on tests/godir/passing.txt (regressions)
#   godir_tierB: those that need generics or complex numbers (tierB-open.txt), judged the
#                same way, on tierB-passing.txt
#   godir_tierS: those that need more of the standard library (tierS-open.txt), on
#                tierS-passing.txt
#   robust:      mutated and extreme inputs; golite must never crash or hang
#   repl:        scripted sessions piped into golite repl (tests/repl/run.sh)
#   repl_pty:    golite repl on a pseudo-terminal (tests/repl/pty.cpp)
#   layers:      includes against the direction between layers (tests/layers.sh)
#   binary:      the release executable is static, has .eh_frame_hdr, and places the code
#                cli/hot.ld lists first (tests/binary.sh; fails when that list is stale)
#   cli:         a program's output reaches a file while it sleeps or computes, and
#                SIGTERM/SIGINT/SIGHUP end it with the output written, SIGQUIT dumps the
#                goroutines and exits 2; an unsupported import is reported at the import
#                (tests/cli/run.sh)
#   net:         an HTTP server in golite answering curl and stopped by kill -TERM (which
#                it catches), a golite client fetching from Python's http.server
#                (tests/net/run.sh)
#   gotest:      golite test on small modules (passing, failing, helpers, TestMain,
#                subtests, examples, benchmarks, a panic, a build error, an external
#                test package) against what
#                go test printed (tests/gotest/run.sh)
#   gctrace:     GODEBUG=gctrace=1 lines in go 1.19's exact format (tests/gctrace/run.sh)
#   escape_errorcheck, escape_cases, escape_explain: golite build -m and -m -m against
#                go 1.19 (tests/escape/)
#   asan_ubsan:  a second build with AddressSanitizer and UBSan (build/asan) running the
#                conformance programs, the godir pass list, the samples and the GC stress
#                run (tests/sanitize.sh)
#   *_gcstress:  conformance and godir again with the collector's stress settings: GOGC=1
#                (a collection every ~40 KB allocated), GODEBUG=clobberfree=1 (freed
#                objects overwritten), so a root the collector misses fails a program,
#                clobberdead=1 (registers the frame maps call dead are poisoned at every
#                safepoint and collection, so a liveness mistake fails a program), and
#                gccheckmark=1 (every concurrent mark verified by a second mark with the
#                world stopped: a store that bypassed the write barrier kills the program
#                naming the object it would have freed), and stackobjcheck=1 (the marker
#                dies if a heap object or global points into a goroutine's frame objects:
#                an escape analysis mistake). Left out of godir's:
#                fixedbugs/issue13169 (2 million channel operations, each allocating, with a
#                collection every 40 KB: minutes) and divmod (10 s of division checks
#                alone, over a minute under stress; also left out under ASan). Left
#                out: the scheduler stress programs (100,000 goroutine stacks scanned every
#                40 KB allocated take minutes), gc_memory_limit, which prints GOGC's setting, and
#                gc_goal_stacks, which counts collections at the default GOGC, and
#                err_stack_overflow_stringer (1 GB of native stack scanned at each of the
#                thousands of collections on the way to the overflow: 20 s alone)
# Every program built by the front end (the image cache off), then every program twice
# through the image cache (tests/conformance/image.sh): built, then read back.
add_test(NAME conformance
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/conformance/run.sh $<TARGET_FILE:golite>)
set_tests_properties(conformance PROPERTIES TIMEOUT 900 ENVIRONMENT "GODEBUG=imagecache=0")
add_test(NAME conformance_image
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/conformance/image.sh $<TARGET_FILE:golite>)
set_tests_properties(conformance_image PROPERTIES TIMEOUT 1200)

add_test(NAME godir
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/godir/run.sh $<TARGET_FILE:golite>)
set_tests_properties(godir PROPERTIES TIMEOUT 1800)

add_test(NAME godir_tierB
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/godir/run.sh $<TARGET_FILE:golite>)
set_tests_properties(godir_tierB PROPERTIES TIMEOUT 900
                     ENVIRONMENT "LIST=tierB-open.txt;PASSING=tierB-passing.txt")

add_test(NAME godir_tierS
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/godir/run.sh $<TARGET_FILE:golite>)
set_tests_properties(godir_tierS PROPERTIES TIMEOUT 600
                     ENVIRONMENT "LIST=tierS-open.txt;PASSING=tierS-passing.txt")

add_test(NAME cli
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/cli/run.sh $<TARGET_FILE:golite>)
set_tests_properties(cli PROPERTIES TIMEOUT 180)

add_test(NAME net
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/net/run.sh $<TARGET_FILE:golite>)
set_tests_properties(net PROPERTIES TIMEOUT 300)

add_test(NAME gotest
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/gotest/run.sh $<TARGET_FILE:golite>)
set_tests_properties(gotest PROPERTIES TIMEOUT 300)

add_test(NAME robust
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/robust/run.sh $<TARGET_FILE:golite>)
set_tests_properties(robust PROPERTIES TIMEOUT 900)

add_test(NAME samples
         COMMAND bash ${CMAKE_SOURCE_DIR}/samples/check.sh $<TARGET_FILE:golite>)
set_tests_properties(samples PROPERTIES TIMEOUT 300)

# REPL sessions through a pipe (tests/repl/run.sh) and on a pseudo-terminal.
add_test(NAME repl COMMAND bash ${CMAKE_SOURCE_DIR}/tests/repl/run.sh $<TARGET_FILE:golite>)
set_tests_properties(repl PROPERTIES TIMEOUT 600)
add_test(NAME repl_pty COMMAND repl_pty $<TARGET_FILE:golite>)
set_tests_properties(repl_pty PROPERTIES TIMEOUT 600)

# The layer check: every #include in the direction README.md's architecture table allows.
add_test(NAME layers COMMAND bash ${CMAKE_SOURCE_DIR}/tests/layers.sh ${CMAKE_SOURCE_DIR})
add_test(NAME gctrace COMMAND bash ${CMAKE_SOURCE_DIR}/tests/gctrace/run.sh $<TARGET_FILE:golite>)

add_test(NAME conformance_gcstress
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/conformance/run.sh $<TARGET_FILE:golite>)
set_tests_properties(conformance_gcstress PROPERTIES TIMEOUT 1200
                     ENVIRONMENT "GOGC=1;GODEBUG=clobberfree=1,gccheckmark=1,clobberdead=1,stackobjcheck=1;SKIP=^concurrency/conc_stress_|^gc/gc_memory_limit$|^gc/gc_goal_stacks$|^runtime_errors/err_stack_overflow_stringer$")

add_test(NAME godir_gcstress
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/godir/run.sh $<TARGET_FILE:golite>)
# abi/fibish*.go (deep recursive fib: a call is a safepoint, and clobberdead poisons the
# frame's dead registers at each) take about 40 s here alone, past the 60 s limit on a
# loaded machine; they allocate nothing the collector would learn from.
set_tests_properties(godir_gcstress PROPERTIES TIMEOUT 1800
                     ENVIRONMENT "GOGC=1;GODEBUG=clobberfree=1,gccheckmark=1,clobberdead=1,stackobjcheck=1;SKIP=^fixedbugs/issue13169[.]go$|^divmod[.]go$|^abi/fibish(_closure)?[.]go$")

if(NOT GOLITE_SANITIZE)
  add_test(NAME asan_ubsan
           COMMAND bash ${CMAKE_SOURCE_DIR}/tests/sanitize.sh ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR}/asan)
  set_tests_properties(asan_ubsan PROPERTIES TIMEOUT 4000)
  add_test(NAME binary COMMAND bash ${CMAKE_SOURCE_DIR}/tests/binary.sh $<TARGET_FILE:golite>
                                    ${CMAKE_SOURCE_DIR}/cli/hot.ld)
endif()

# Escape analysis, measured: Go's test/escape*.go `// ERROR` annotations judged by the
# rules of Go's test/run.go (tests/escape/run.sh, errorcheck.cpp); fails when a file's
# count falls below tests/escape/baseline.txt. escape_cases: small programs whose -m and
# -m -m output must equal go 1.19's exactly (those on tests/escape/cases/passing.txt) and
# whose output must equal go's (all of them). escape_explain: the same escape*.go files'
# -m -m output against go's, line by line (tests/escape/mm.sh, baseline_mm.txt).
add_test(NAME escape_errorcheck
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/escape/run.sh $<TARGET_FILE:golite>
                 $<TARGET_FILE:escape_errorcheck_tool>)
set_tests_properties(escape_errorcheck PROPERTIES TIMEOUT 600)

add_test(NAME escape_cases
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/escape/cases.sh $<TARGET_FILE:golite>)
set_tests_properties(escape_cases PROPERTIES TIMEOUT 600)

add_test(NAME escape_explain
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/escape/mm.sh $<TARGET_FILE:golite>)
set_tests_properties(escape_explain PROPERTIES TIMEOUT 600)
