// Memory goes back: 200 MB allocated in a function whose frame has returned, then dropped.
// The collector frees it (no word of the returned frame keeps it) and the background
// scavenger returns the free pages to the OS (MemStats.HeapReleased) soon after.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink [][]byte

func fill() {
	for i := 0; i < 2000; i++ {
		b := make([]byte, 100<<10)
		b[0] = 1
		sink = append(sink, b)
	}
}

func main() {
	fill()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("in use >= 190 MB:", m.HeapInuse >= 190<<20)
	sink = nil
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&m)
	fmt.Println("in use < 10 MB:", m.HeapInuse < 10<<20)
	// The scavenger paces itself: wait for it, up to 20 s.
	start := time.Now()
	for m.HeapReleased < 150<<20 && time.Since(start) < 20*time.Second {
		time.Sleep(10 * time.Millisecond)
		runtime.ReadMemStats(&m)
	}
	fmt.Println("released >= 150 MB:", m.HeapReleased >= 150<<20)
	if d := time.Since(start); d > 2*time.Second {
		println("slow scavenger:", d.String())
	}
}
