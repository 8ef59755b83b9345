// gcpause: a large live heap (default 1 GB of small objects holding pointers) mutated by
// four goroutines while four others allocate garbage, and optionally many goroutines
// parked the whole time, each holding a small list on its stack (`gcpause MB GOROUTINES`:
// the pause must not grow with them); prints the longest and total
// stop-the-world pause and the collector's CPU fraction from runtime.MemStats
// (run it with go run and golite run side by side). In a folder of its own, so not part
// of bench/run: it is a measure of pauses, not of speed.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

type node struct {
	next *node
	val  [6]int
}

func main() {
	mb := 1024
	if len(os.Args) > 1 {
		mb, _ = strconv.Atoi(os.Args[1])
	}
	parked := 0
	if len(os.Args) > 2 {
		parked, _ = strconv.Atoi(os.Args[2])
	}
	release := make(chan bool)
	var pwg sync.WaitGroup
	for i := 0; i < parked; i++ {
		pwg.Add(1)
		go func(i int) {
			defer pwg.Done()
			l := &node{val: [6]int{i}}
			l = &node{next: l}
			<-release
			if l.next.val[0] != i {
				panic("lost")
			}
		}(i)
	}
	n := mb << 20 / 64
	const shards = 4
	heads := make([][]*node, shards)
	for s := range heads {
		heads[s] = make([]*node, n/shards)
		for i := range heads[s] {
			heads[s][i] = &node{val: [6]int{i}}
		}
	}
	var wg sync.WaitGroup
	deadline := time.Now().Add(3 * time.Second)
	for s := 0; s < shards; s++ {
		wg.Add(2)
		go func(s int) { // mutator: replaces live nodes
			defer wg.Done()
			h := heads[s]
			for i := 0; time.Now().Before(deadline); i++ {
				k := (i * 7919) % len(h)
				h[k] = &node{next: h[(k+1)%len(h)], val: [6]int{i}}
				h[(k+1)%len(h)] = &node{val: [6]int{k}}
			}
		}(s)
		go func() { // garbage
			defer wg.Done()
			sink := 0
			for time.Now().Before(deadline) {
				b := make([]byte, 1024)
				sink += len(b)
			}
			_ = sink
		}()
	}
	wg.Wait()
	close(release)
	pwg.Wait()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	var max uint64
	k := int(m.NumGC)
	if k > 256 {
		k = 256
	}
	for i := 0; i < k; i++ {
		if m.PauseNs[i] > max {
			max = m.PauseNs[i]
		}
	}
	fmt.Printf("live %d MB, %d parked goroutines, %d collections, longest pause %.3f ms, total pause %.1f ms, GC CPU fraction %.3f\n",
		mb, parked, m.NumGC, float64(max)/1e6, float64(m.PauseTotalNs)/1e6, m.GCCPUFraction)
}
