// runtime/pprof's heap profile (runtime.MemProfileRate, runtime.MemProfile, allocations
// and frees as of the last collection) and CPU profile (StartCPUProfile into a writer, the
// gzip'd profile it writes, a second start refused), as facts independent of addresses.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"
)

type node struct {
	next *node
	pad  [48]byte
}

var kept []*node

func keep(n int) {
	for i := 0; i < n; i++ {
		kept = append(kept, &node{})
	}
}

var sink *node

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = &node{}
	}
}

// spin works until the process has used d of CPU time (however loaded the machine is:
// the profile's ticks are CPU time).
func spin(d time.Duration) int {
	n := 0
	for start := cpuTime(); cpuTime()-start < d; {
		for i := 0; i < 1000; i++ {
			n += i % 7
		}
	}
	return n
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func main() {
	runtime.MemProfileRate = 1
	keep(3000)
	churn(2000)
	runtime.GC()
	n, _ := runtime.MemProfile(nil, true)
	recs := make([]runtime.MemProfileRecord, n+10)
	n, ok := runtime.MemProfile(recs, true)
	fmt.Println("records fit:", ok)
	var keptObjs, keptInUse, churnObjs, churnInUse int64
	for _, r := range recs[:n] {
		if len(r.Stack()) == 0 {
			continue
		}
		f := runtime.FuncForPC(r.Stack()[0])
		if f == nil {
			continue
		}
		switch f.Name() {
		case "main.keep":
			if r.AllocObjects >= 1000 { // the nodes' site, not the slice's growth
				keptObjs += r.AllocObjects
				keptInUse += r.InUseObjects()
			}
		case "main.churn":
			churnObjs += r.AllocObjects
			churnInUse += r.InUseObjects()
		}
	}
	fmt.Println("keep:", keptObjs, keptInUse)
	fmt.Println("churn:", churnObjs, churnInUse <= 1)

	var heap bytes.Buffer
	pprof.Lookup("heap").WriteTo(&heap, 1)
	h := heap.String()
	fmt.Println("heap header:", strings.HasPrefix(h, "heap profile: "))
	fmt.Println("heap sites:", strings.Contains(h, "main.keep+"), strings.Contains(h, "main.churn+"))
	fmt.Println("MemStats section:", strings.Contains(h, "\n# runtime.MemStats\n"))

	var cpu bytes.Buffer
	if err := pprof.StartCPUProfile(&cpu); err != nil {
		fmt.Println(err)
	}
	fmt.Println("second start:", pprof.StartCPUProfile(io.Discard))
	fmt.Println(spin(300*time.Millisecond) > 0)
	pprof.StopCPUProfile()
	zr, err := gzip.NewReader(&cpu)
	fmt.Println("gzip:", err)
	raw, err := io.ReadAll(zr)
	fmt.Println("profile bytes:", len(raw) > 100, err)
	fmt.Println("names spin:", bytes.Contains(raw, []byte("main.spin")))
}
