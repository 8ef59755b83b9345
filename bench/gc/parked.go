// The memory of parked goroutines: 100,000 goroutines block on a channel, five
// collections pass half a second apart (golite takes long-parked goroutines' native
// stacks out of memory after each), and the program prints its resident memory from
// /proc/self/status, per goroutine.
// Run it with `go run` and `golite run` side by side:
//
//	go run bench/gc/parked.go; build/golite run bench/gc/parked.go
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

func rssKB() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			f := strings.Fields(l)
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return -1
}

func main() {
	const n = 100000
	var wg sync.WaitGroup
	ch := make(chan int)
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			wg.Done()
			<-ch
			wg.Done()
		}()
	}
	wg.Wait()
	fresh := rssKB()
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(500 * time.Millisecond)
	}
	parked := rssKB()
	wg.Add(n)
	close(ch)
	wg.Wait()
	fmt.Printf("%d goroutines: %d MB just parked (%.1f KB each), %d MB after 5 collections (%.1f KB each)\n",
		n, fresh>>10, float64(fresh)/n, parked>>10, float64(parked)/n)
}
