// runtime/pprof's goroutine profile, runtime.GoroutineProfile and profiler labels
// (pprof.Do, SetGoroutineLabels, Labels; a goroutine started under labels inherits them),
// printed as facts that hold for any goroutine numbering and code addresses.
package main

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
	"time"
)

// waitParked returns once n goroutines are parked in a channel receive.
func waitParked(n int) {
	buf := make([]byte, 1<<20)
	for strings.Count(string(buf[:runtime.Stack(buf, true)]), "[chan receive]:") < n {
		time.Sleep(time.Millisecond)
	}
}

func parked(ch chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ch
}

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go parked(ch, &wg)
	}
	// A goroutine started inside pprof.Do carries its labels.
	pprof.Do(context.Background(), pprof.Labels("job", "batch", "shard", "7"), func(ctx context.Context) {
		v, ok := pprof.Label(ctx, "job")
		fmt.Println("label in ctx:", v, ok)
		wg.Add(1)
		go parked(ch, &wg)
	})
	waitParked(5)

	var buf bytes.Buffer
	if err := pprof.Lookup("goroutine").WriteTo(&buf, 1); err != nil {
		fmt.Println(err)
	}
	s := buf.String()
	fmt.Println(strings.SplitN(s, "\n", 2)[0])
	// The parked ones share a stack: one entry with count 5, split by labels into 4 and 1.
	var counts []string
	for _, line := range strings.Split(s, "\n") {
		if strings.Contains(line, " @ ") {
			counts = append(counts, strings.Fields(line)[0])
		}
	}
	sort.Strings(counts)
	fmt.Println("entries:", counts)
	fmt.Println("labels line:", strings.Contains(s, `# labels: {"job":"batch", "shard":"7"}`))
	fmt.Println("parked frames:", strings.Count(s, "main.parked+"))

	buf.Reset()
	pprof.Lookup("goroutine").WriteTo(&buf, 2)
	fmt.Println("debug=2 receivers:", strings.Count(buf.String(), "[chan receive]:"))

	buf.Reset()
	pprof.Lookup("threadcreate").WriteTo(&buf, 1)
	fmt.Println("threadcreate:", strings.HasPrefix(buf.String(), "threadcreate profile: total "))
	tn, tok := runtime.ThreadCreateProfile(nil)
	fmt.Println("threads:", tn > 0, tok)

	n, ok := runtime.GoroutineProfile(nil)
	fmt.Println("profile n:", n, ok)
	recs := make([]runtime.StackRecord, n+5)
	n, ok = runtime.GoroutineProfile(recs)
	fmt.Println("profile fits:", n, ok)
	inParked := 0
	for _, r := range recs[:n] {
		for _, pc := range r.Stack() {
			if f := runtime.FuncForPC(pc); f != nil && f.Name() == "main.parked" {
				inParked++
			}
		}
	}
	fmt.Println("in main.parked:", inParked)

	// Labels of the calling goroutine, set and read back.
	ctx := pprof.WithLabels(context.Background(), pprof.Labels("a", "1"))
	pprof.SetGoroutineLabels(ctx)
	pprof.ForLabels(ctx, func(k, v string) bool {
		fmt.Println("label:", k, v)
		return true
	})
	close(ch)
	wg.Wait()
}
