// runtime/pprof's block and mutex profiles: runtime.SetBlockProfileRate and
// SetMutexProfileFraction, a goroutine blocked in a channel receive and in a WaitGroup,
// four goroutines queued on a locked sync.Mutex (blamed on the unlocking stacks), read
// back through pprof and runtime.BlockProfile, as facts independent of addresses.
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"time"
)

var mu sync.Mutex

func holder(wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	mu.Unlock()
}

func receiver(ch chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ch
}

// waitParked returns once n goroutines running fn are off CPU, and none is runnable.
func waitParked(fn string, n int) {
	buf := make([]byte, 1<<20)
	for {
		s := string(buf[:runtime.Stack(buf, true)])
		if strings.Count(s, "\n"+fn+"(") >= n && !strings.Contains(s, "[runnable]") {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

func main() {
	runtime.SetBlockProfileRate(1)
	fmt.Println("mutex fraction was:", runtime.SetMutexProfileFraction(1))

	ch := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go receiver(ch, &wg)
	waitParked("main.receiver", 1)
	ch <- 1
	wg.Wait()

	mu.Lock()
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go holder(&wg)
	}
	waitParked("main.holder", 4)
	mu.Unlock()
	wg.Wait()

	var b bytes.Buffer
	pprof.Lookup("block").WriteTo(&b, 1)
	s := b.String()
	fmt.Println("block header:", strings.HasPrefix(s, "--- contention:\ncycles/second="))
	fmt.Println("block sites:", strings.Contains(s, "main.receiver+"), strings.Contains(s, "main.holder+"))
	b.Reset()
	pprof.Lookup("mutex").WriteTo(&b, 1)
	m := b.String()
	fmt.Println("mutex header:", strings.HasPrefix(m, "--- mutex:\ncycles/second="))
	fmt.Println("mutex blames:", strings.Contains(m, "sync.(*Mutex).Unlock+"), strings.Contains(m, "main.main+"))

	n, ok := runtime.BlockProfile(nil)
	recs := make([]runtime.BlockProfileRecord, n+5)
	n, ok = runtime.BlockProfile(recs)
	var events int64
	for _, r := range recs[:n] {
		events += r.Count
	}
	fmt.Println("block records:", n > 0, ok, events >= 5)
	n, _ = runtime.MutexProfile(nil)
	fmt.Println("mutex records:", n > 0)
	fmt.Println("mutex fraction now:", runtime.SetMutexProfileFraction(-1))
	runtime.SetBlockProfileRate(0)
	runtime.SetMutexProfileFraction(0)
}
