#!/usr/bin/env bash
# golite run's behaviour around the program, where go has an answer.
#
# A standard package golite cannot build yet (crypto/rand, which needs syscall) is
# reported once, at the import, with the reason: exit status 1.
#
# Output as Go's unbuffered os.Stdout shows it: what a program printed to a file or pipe is
# there while the program still runs, whether it then sleeps (every P idle: sysmon
# flushes at once) or computes (sysmon flushes what waited 10 ms); and SIGTERM, SIGINT and
# SIGHUP end it (status: killed by that signal) with its output written. SIGQUIT prints
# every goroutine's stack (`SIGQUIT: quit`, `goroutine 1 [sleep]:` ..., a goroutine's
# ending `created by main.main in goroutine 1`) and exits 2, as Go.
# Waits are for output to appear (up to 20 s, for a loaded machine), never fixed sleeps.
#
#   tests/cli/run.sh path/to/golite
set -uo pipefail
golite="$(realpath "$1")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

cat >"$tmp/sleeps.go" <<'GO'
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() { select {} }()
	fmt.Println("before the sleep")
	time.Sleep(time.Hour)
}
GO
cat >"$tmp/spins.go" <<'GO'
package main

import "fmt"

func main() {
	fmt.Println("before the loop")
	n := 0
	for {
		n++
	}
}
GO

# Starts golite run FILE with stdout to OUT, waits until OUT holds LINE, sends SIG, and
# checks the status says the signal ended it.
check() {
  local file=$1 line=$2 sig=$3 num=$4
  local out="$tmp/$file.$sig.out"
  # A background job of a script starts with SIGINT ignored (and a Go program keeps an
  # ignored signal ignored): env puts the default action back.
  env --default-signal="$sig" "$golite" run "$tmp/$file" >"$out" 2>"$tmp/err" &
  local pid=$!
  local seen=0
  for ((i = 0; i < 200; i++)); do
    if grep -qx "$line" "$out" 2>/dev/null; then seen=1; break; fi
    sleep 0.1
  done
  kill "-$sig" "$pid" 2>/dev/null
  wait "$pid"
  local status=$?
  if [[ $seen -ne 1 ]]; then
    echo "FAIL $file: '$line' not in its output while it ran"; fail=1
  elif [[ $status -ne $((128 + num)) ]]; then
    echo "FAIL $file: status $status after SIG$sig, want $((128 + num))"; fail=1
  elif [[ "$(cat "$out")" != "$line" ]]; then
    echo "FAIL $file: output after SIG$sig:"; cat "$out"; fail=1
  else
    echo "ok   $file: output seen while running, SIG$sig ends it ($status)"
  fi
}

# SIGQUIT: Go's goroutine dump on stderr, status 2.
env --default-signal=QUIT "$golite" run "$tmp/sleeps.go" >"$tmp/q.out" 2>"$tmp/q.err" &
pid=$!
for ((i = 0; i < 200; i++)); do grep -q . "$tmp/q.out" 2>/dev/null && break; sleep 0.1; done
kill -QUIT "$pid" 2>/dev/null
wait "$pid"
status=$?
if [[ $status -eq 2 ]] && grep -qx 'SIGQUIT: quit' "$tmp/q.err" && grep -qx 'goroutine 1 \[sleep\]:' "$tmp/q.err" &&
  grep -qx 'main.main()' "$tmp/q.err" && grep -qx 'created by main.main in goroutine 1' "$tmp/q.err"; then
  echo "ok   sleeps.go: SIGQUIT prints the goroutines and exits 2"
else
  echo "FAIL sleeps.go: SIGQUIT gave status $status and:"; cat "$tmp/q.err"; fail=1
fi

check sleeps.go "before the sleep" TERM 15
check spins.go "before the loop" INT 2
check sleeps.go "before the sleep" HUP 1
# An import golite cannot build: one line, at the import.
printf 'package main\n\nimport _ "runtime/cgo"\n\nfunc main() {}\n' >"$tmp/unsupported.go"
(cd "$tmp" && "$golite" run unsupported.go >"$tmp/unsupported.out" 2>"$tmp/unsupported.err")
status=$?
want='unsupported.go:3:10: package runtime/cgo is not supported by golite yet (Go'"'"'s source of it does not compile here: $GOROOT/src/runtime/cgo/callbacks.go:41:1: function _runtime_cgo_panic_internal has no body (assembly or Go'"'"'s runtime))'
if [[ $status -eq 1 && "$(cat "$tmp/unsupported.err")" == "$want" ]]; then
  echo "ok   unsupported.go: an unsupported package is reported at its import"
else
  echo "FAIL unsupported.go: status $status, stderr:"; cat "$tmp/unsupported.err"; fail=1
fi
# The commands go users type: a usage error is go's status 2, check type-checks only
# (status 0, or 1 with the errors), help and env answer.
expect_status() {  # expect_status WANT DESC CMD...
  local want=$1 desc=$2
  shift 2
  "$@" >"$tmp/cmd.out" 2>"$tmp/cmd.err"
  local got=$?
  if [[ $got -eq $want ]]; then echo "ok   $desc"; else echo "FAIL $desc: status $got, want $want"; cat "$tmp/cmd.err"; fail=1; fi
}
printf 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n' >"$tmp/forever.go"
printf 'package main\n\nfunc main() {\n\tx := 1\n}\n' >"$tmp/unused.go"
expect_status 2 "an unknown command is a usage error" "$golite" frobnicate
expect_status 2 "golite test with an unknown flag is a usage error" "$golite" test -nosuchflag
expect_status 0 "golite check type-checks and does not run (the program loops forever)" "$golite" check "$tmp/forever.go"
expect_status 1 "golite check reports type errors" "$golite" check "$tmp/unused.go"
grep -q "declared and not used: x" "$tmp/cmd.err" || { echo "FAIL check's message"; fail=1; }
expect_status 0 "golite help lists the commands" "$golite" help
grep -q "test        run the package's tests" "$tmp/cmd.out" || { echo "FAIL help's list"; fail=1; }
expect_status 0 "golite help test" "$golite" help test
expect_status 2 "golite help of an unknown topic" "$golite" help nosuch
expect_status 0 "golite env" "$golite" env
grep -q '^GOOS="linux"$' "$tmp/cmd.out" || { echo "FAIL env's GOOS line"; fail=1; }
# --timeout ends a program with its goroutines' stacks (status 2); --max-heap ends one
# that keeps more than the limit with go's out-of-memory error, while one that only makes
# garbage runs to the end under the same limit.
printf 'package main\n\nimport "time"\n\nfunc main() {\n\tgo func() { select {} }()\n\ttime.Sleep(time.Hour)\n}\n' >"$tmp/hour.go"
expect_status 2 "--timeout ends a sleeping program" "$golite" run --timeout 300ms "$tmp/hour.go"
grep -q "^panic: program timed out after 300ms" "$tmp/cmd.err" && grep -q "^goroutine 1 \[sleep\]:" "$tmp/cmd.err" ||
  { echo "FAIL --timeout's report"; cat "$tmp/cmd.err"; fail=1; }
printf 'package main\n\nfunc main() {\n\tvar keep [][]byte\n\tfor {\n\t\tkeep = append(keep, make([]byte, 1<<20))\n\t}\n}\n' >"$tmp/grow.go"
expect_status 2 "--max-heap: a program keeping 64 MiB dies" "$golite" run --max-heap 64MiB "$tmp/grow.go"
grep -q "^fatal error: out of memory$" "$tmp/cmd.err" ||
  { echo "FAIL --max-heap's report"; head -3 "$tmp/cmd.err"; fail=1; }
printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 500; i++ {\n\t\tn += len(make([]byte, 1<<20))\n\t}\n\tfmt.Println(n >> 20)\n}\n' >"$tmp/garbage.go"
expect_status 0 "--max-heap: 500 MiB of garbage under 32 MiB" "$golite" run --max-heap 32MiB "$tmp/garbage.go"
# A #! script runs whatever it is called; build -o says it writes nothing.
printf '#!/usr/bin/env golite\npackage main\n\nimport "fmt"\n\nfunc main() { fmt.Println("script ran") }\n' >"$tmp/myscript"
expect_status 0 "a #! script without .go runs" "$golite" "$tmp/myscript"
grep -q "^script ran$" "$tmp/cmd.out" || { echo "FAIL the script's output"; fail=1; }
# A redeclaration across a package's files names the other file, as go does.
mkdir -p "$tmp/redecl"
printf 'package main\n\nvar X = 1\n\nfunc main() {}\n' >"$tmp/redecl/a.go"
printf 'package main\n\nvar Y = 2\n\nvar X = 3\n' >"$tmp/redecl/b.go"
(cd "$tmp/redecl" && "$golite" run a.go b.go >"$tmp/cmd.out" 2>"$tmp/cmd.err")
[[ $(sed -n 2p "$tmp/cmd.err") == $'\t./a.go:3:5: other declaration of X' ]] && echo "ok   a redeclaration names the other file" ||
  { echo "FAIL a redeclaration's other file"; cat "$tmp/cmd.err"; fail=1; }
# A command's name is the command even beside a #! file of that name (a `run` script).
mkdir -p "$tmp/cmddir"
cp "$tmp/myscript" "$tmp/cmddir/run"
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("the program ran") }\n' >"$tmp/cmddir/prog.go"
(cd "$tmp/cmddir" && "$golite" run prog.go >"$tmp/cmd.out" 2>"$tmp/cmd.err")
[[ $? -eq 0 && $(cat "$tmp/cmd.out") == "the program ran" ]] && echo "ok   golite run beside a file named run" ||
  { echo "FAIL golite run beside a file named run"; cat "$tmp/cmd.err"; fail=1; }
expect_status 2 "build -o is refused with a reason" "$golite" build -o "$tmp/x" "$tmp/hour.go"
grep -q "golite runs programs from source" "$tmp/cmd.err" || { echo "FAIL build -o's message"; fail=1; }
# The parse cache (cli/parsecache.h): a second run reads every file back instead of parsing
# it (GODEBUG=parsecache=1 says which) with the same output; damaged entries are parsed
# again and rewritten, never trusted; entries unused for five days and the folders of
# other parser formats are removed; GOLITECACHE=off leaves nothing behind.
cache="$tmp/cache"
printf 'package main\n\nimport (\n\t"fmt"\n\t"regexp"\n)\n\nfunc main() {\n\tfmt.Println(regexp.MustCompile(`a(b+)`).FindStringSubmatch("xabbbc"))\n}\n' >"$tmp/rx.go"
mkdir -p "$cache/parse-0123456789abcdef"
touch "$cache/parse-0123456789abcdef/stale"
GOLITECACHE=$cache GODEBUG=parsecache=1,imagecache=0 expect_status 0 "parse cache: a first run fills it" "$golite" run "$tmp/rx.go"
first=$(cat "$tmp/cmd.out")
[[ $first == "[abbb bbb]" ]] || { echo "FAIL the first run's output: $first"; fail=1; }
grep -q "^golite: parse cache miss .*regexp/regexp.go$" "$tmp/cmd.err" && ! grep -q " hit " "$tmp/cmd.err" ||
  { echo "FAIL the first run parses"; head -3 "$tmp/cmd.err"; fail=1; }
[[ ! -e $cache/parse-0123456789abcdef ]] || { echo "FAIL another format's folder is left"; fail=1; }
entries=$(ls "$cache"/parse-*/ | grep -cv '^trim.txt$')
GOLITECACHE=$cache GODEBUG=parsecache=1,imagecache=0 expect_status 0 "parse cache: a second run reads it" "$golite" run "$tmp/rx.go"
[[ $(cat "$tmp/cmd.out") == "$first" ]] || { echo "FAIL the second run's output"; fail=1; }
! grep -q " miss " "$tmp/cmd.err" && [[ $(grep -c " hit " "$tmp/cmd.err") -eq $entries ]] ||
  { echo "FAIL the second run did not read all $entries entries"; head -3 "$tmp/cmd.err"; fail=1; }
n=0
for e in "$cache"/parse-*/*; do
  [[ $e == */trim.txt ]] && continue
  case $((n++ % 3)) in
    0) truncate -s 100 "$e" ;;
    1) printf '\x7f' | dd of="$e" bs=1 seek=60 conv=notrunc status=none ;;
    2) printf 'junk' >"$e" ;;
  esac
done
GOLITECACHE=$cache GODEBUG=parsecache=1,imagecache=0 expect_status 0 "parse cache: damaged entries are parsed again" "$golite" run "$tmp/rx.go"
[[ $(cat "$tmp/cmd.out") == "$first" ]] && [[ $(grep -c " miss " "$tmp/cmd.err") -eq $entries ]] ||
  { echo "FAIL the run over damaged entries"; head -3 "$tmp/cmd.err"; fail=1; }
GOLITECACHE=$cache GODEBUG=parsecache=1,imagecache=0 expect_status 0 "parse cache: and rewritten" "$golite" run "$tmp/rx.go"
! grep -q " miss " "$tmp/cmd.err" || { echo "FAIL damaged entries were not rewritten"; fail=1; }
dir=$(echo "$cache"/parse-*)
touch -d "10 days ago" "$dir/old-entry"
touch -d "2 days ago" "$dir/trim.txt"
echo 0 >"$dir/trim.txt"
printf 'package main\n\nfunc main() { println("new") }\n' >"$tmp/new.go"
GOLITECACHE=$cache expect_status 0 "parse cache: a new entry" "$golite" run "$tmp/new.go"
[[ ! -e $dir/old-entry ]] || { echo "FAIL an entry unused for 10 days was not trimmed"; fail=1; }
[[ $(cat "$dir/trim.txt") -gt 0 ]] || { echo "FAIL trim.txt was not updated"; fail=1; }
GOLITECACHE=off expect_status 0 "GOLITECACHE=off" env HOME="$tmp/home" XDG_CACHE_HOME= "$golite" run "$tmp/rx.go"
[[ ! -e $tmp/home ]] || { echo "FAIL GOLITECACHE=off wrote a cache"; fail=1; }
GOLITECACHE= expect_status 0 "the cache under HOME by default" env HOME="$tmp/home" XDG_CACHE_HOME= "$golite" run "$tmp/new.go"
ls "$tmp/home/.cache/golite"/parse-*/ >/dev/null 2>&1 || { echo "FAIL no cache in ~/.cache/golite"; fail=1; }

# The program image cache (cli/imagecache.h): a program run again is read back compiled
# (GODEBUG=imagecache=1 says hit) with the same output and status; an edited main file,
# an edited package of Go's (GOROOT) or of the module, a file added to the main folder or
# another --escape setting builds again; a damaged entry is built again and rewritten.
icache="$tmp/icache"
img() {  # img DESC WANT(hit|miss|stale) WANT_OUTPUT golite-args...
  local desc=$1 want=$2 output=$3
  shift 3
  GOLITECACHE=$icache GODEBUG=imagecache=1 "$golite" "$@" >"$tmp/img.out" 2>"$tmp/img.err"
  local st=$?
  if [[ $(cat "$tmp/img.out") != "$output" ]]; then
    echo "FAIL image cache, $desc: output $(head -c 300 "$tmp/img.out")"; cat "$tmp/img.err"; fail=1
  elif ! grep -q "^golite: image cache $want " "$tmp/img.err"; then
    echo "FAIL image cache, $desc: not a $want"; cat "$tmp/img.err"; fail=1
  else
    echo "ok   image cache, $desc ($want, status $st)"
  fi
}
cat >"$tmp/lst.go" <<'GO'
package main

import (
	"container/list"
	"encoding/json"
	"fmt"
)

type T struct {
	A int `json:"a"`
	B []string
}

func main() {
	l := list.New()
	l.PushBack(1)
	l.PushBack(2)
	b, _ := json.Marshal(T{l.Len(), []string{"x"}})
	var e error
	defer func() { fmt.Println(string(b), recover()) }()
	fmt.Println(e.Error())
}
GO
want='{"a":2,"B":["x"]} runtime error: invalid memory address or nil pointer dereference'
# Other golite builds' image folders: one unused for two days and the oldest of three
# recent ones go when this build makes its own.
mkdir -p "$icache"/image-old "$icache"/image-recent1 "$icache"/image-recent2 "$icache"/image-recent3
touch -d "2 days ago" "$icache"/image-old
touch -d "1 hour ago" "$icache"/image-recent1
touch -d "2 hours ago" "$icache"/image-recent2
touch -d "3 hours ago" "$icache"/image-recent3
img "a first run builds" miss "$want" run "$tmp/lst.go"
left=$(cd "$icache" && ls -d image-old image-recent* 2>/dev/null | tr '\n' ' ')
[[ $left == "image-recent1 image-recent2 " ]] && echo "ok   image cache: other builds' folders pruned" ||
  { echo "FAIL image cache: other builds' folders left: $left"; fail=1; }
img "a second run reads it" hit "$want" run "$tmp/lst.go"
img "--escape=off is another program" miss "$want" run --escape=off "$tmp/lst.go"
sed -i 's/PushBack(2)/PushFront(2); l.PushBack(3)/' "$tmp/lst.go"
img "an edited main file" stale "${want/2/3}" run "$tmp/lst.go"
entry=$(ls -t "$icache"/image-*/* | grep '/[0-9a-f]\{16\}$' | head -1)
printf '\x7f' | dd of="$entry" bs=1 seek=4000 conv=notrunc status=none
img "a damaged entry is built again" stale "${want/2/3}" run "$tmp/lst.go"
img "and rewritten" hit "${want/2/3}" run "$tmp/lst.go"
truncate -s 100 "$entry"
img "a truncated entry" stale "${want/2/3}" run "$tmp/lst.go"
n=$(ls "$icache"/image-*/ | grep -c '^[0-9a-f]\{16\}$')
[[ $n -eq 2 ]] && echo "ok   image cache: an edited program's image replaces its old one" ||
  { echo "FAIL image cache: $n images for two programs (one with --escape=off)"; fail=1; }
# Go's own package, from a GOROOT of its own, edited between runs.
mkdir -p "$tmp/goroot/src/container"
cp -r /usr/lib/go-1.19/src/container/list "$tmp/goroot/src/container/"
GOROOT=$tmp/goroot img "GOROOT's package" miss "${want/2/3}" run "$tmp/lst.go"
GOROOT=$tmp/goroot img "GOROOT's package, again" hit "${want/2/3}" run "$tmp/lst.go"
sed -i 's/func (l \*List) Len() int { return l.len }/func (l *List) Len() int { return l.len + 10 }/' "$tmp/goroot/src/container/list/list.go"
GOROOT=$tmp/goroot img "GOROOT's package edited" stale "$(w=${want/2/3}; echo "${w/3/13}")" run "$tmp/lst.go"
touch "$tmp/goroot/src/container/list/list.go"
GOROOT=$tmp/goroot img "GOROOT's package touched, not changed" hit "$(w=${want/2/3}; echo "${w/3/13}")" run "$tmp/lst.go"
# A module: its package edited, a file added to the main folder.
mkdir -p "$tmp/imod/cmd" "$tmp/imod/greet"
printf 'module example.com/imod\n\ngo 1.19\n' >"$tmp/imod/go.mod"
printf 'package greet\n\nfunc Hello() string { return "hello" }\n' >"$tmp/imod/greet/greet.go"
printf 'package main\n\nimport (\n\t"example.com/imod/greet"\n\t"fmt"\n)\n\nfunc main() { fmt.Println(greet.Hello(), extra) }\n' >"$tmp/imod/cmd/main.go"
printf 'package main\n\nvar extra = 1\n' >"$tmp/imod/cmd/extra.go"
(cd "$tmp/imod/cmd" && img "a module's program" miss "hello 1" run .)
(cd "$tmp/imod/cmd" && img "a module's program, again" hit "hello 1" run .)
sed -i 's/"hello"/"bonjour"/' "$tmp/imod/greet/greet.go"
(cd "$tmp/imod/cmd" && img "the module's package edited" stale "bonjour 1" run .)
printf 'package main\n\nfunc init() { extra = 2 }\n' >"$tmp/imod/cmd/more.go"
(cd "$tmp/imod/cmd" && img "a file added to the main folder" miss "bonjour 2" run .)
# Runs racing on one entry: each builds and writes it whole (a temporary file renamed into
# place), and every run prints what it should; the next reads it.
rcache="$tmp/racecache"
for k in 1 2 3 4; do GOLITECACHE=$rcache "$golite" run "$tmp/lst.go" >"$tmp/race$k.out" 2>&1 & done
wait
for k in 1 2 3 4; do
  [[ $(cat "$tmp/race$k.out") == "${want/2/3}" ]] ||
    { echo "FAIL image cache: racing run $k printed $(head -c 200 "$tmp/race$k.out")"; fail=1; }
done
icache_saved=$icache
icache=$rcache
img "after four racing runs" hit "${want/2/3}" run "$tmp/lst.go"
icache=$icache_saved
GOLITECACHE=$icache GODEBUG=imagecache=0 expect_status 0 "GODEBUG=imagecache=0" "$golite" run "$tmp/lst.go"
[[ ! -s $tmp/cmd.err ]] || { echo "FAIL imagecache=0 still looked"; cat "$tmp/cmd.err"; fail=1; }

# A CPU profile golite writes (runtime/pprof, the runtime's SIGPROF sampling) is one Go's
# own pprof reads: the function that burnt the CPU heads its report.
cat >"$tmp/cpuprof.go" <<'GO'
package main

import (
	"os"
	"runtime/pprof"
	"syscall"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func burn() int {
	n := 0
	for start := cpuTime(); cpuTime()-start < 500*time.Millisecond; {
		for i := 0; i < 10000; i++ {
			n += i % 7
		}
	}
	return n
}

func main() {
	f, _ := os.Create(os.Args[1])
	pprof.StartCPUProfile(f)
	burn()
	pprof.StopCPUProfile()
	f.Close()
}
GO
expect_status 0 "runtime/pprof writes a CPU profile" "$golite" run "$tmp/cpuprof.go" "$tmp/cpu.prof"
if command -v go >/dev/null; then
  top=$(go tool pprof -top "$tmp/cpu.prof" 2>/dev/null | awk '$1 ~ /s$/ && $6 != "" {print $6; exit}')
  if [[ $top == main.burn ]]; then echo "ok   go tool pprof reads it: main.burn heads the report"
  else echo "FAIL go tool pprof -top on golite's profile: top is '$top'"; go tool pprof -top "$tmp/cpu.prof" 2>&1 | head; fail=1; fi
fi

# runtime/trace compiles, but golite has no execution tracer: Start says so (an error, not
# a crash, not a silent empty trace), and the annotations are accepted.
cat >"$tmp/trace.go" <<'GO'
package main

import (
	"context"
	"fmt"
	"io"
	"runtime/trace"
)

func main() {
	ctx, task := trace.NewTask(context.Background(), "work")
	trace.WithRegion(ctx, "region", func() { trace.Log(ctx, "k", "v") })
	task.End()
	fmt.Println(trace.Start(io.Discard), trace.IsEnabled())
	trace.Stop()
}
GO
expect_status 0 "runtime/trace: Start reports that there is no tracer" "$golite" run "$tmp/trace.go"
[[ $(cat "$tmp/cmd.out") == "runtime: the execution tracer is not supported by golite false" ]] ||
  { echo "FAIL runtime/trace printed: $(cat "$tmp/cmd.out")"; fail=1; }

exit $fail
