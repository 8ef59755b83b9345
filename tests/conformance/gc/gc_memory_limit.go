// debug.SetMemoryLimit and debug.FreeOSMemory: with GOGC off, a soft limit alone makes
// the collector run and keeps the heap near it; FreeOSMemory returns free pages.
package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
)

var sink [][]byte

func main() {
	fmt.Println(debug.SetMemoryLimit(-1) == math.MaxInt64)
	old := debug.SetGCPercent(-1)
	fmt.Println("old percent", old)
	debug.SetMemoryLimit(32 << 20)
	var m runtime.MemStats
	for i := 0; i < 2000; i++ {
		sink = append(sink, make([]byte, 64<<10))
		if len(sink) > 100 {
			sink = sink[1:]
		}
	}
	runtime.ReadMemStats(&m)
	fmt.Println("collected under the limit with GOGC off:", m.NumGC > 0, m.HeapAlloc < 48<<20)
	sink = nil
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	fmt.Println("released:", m.HeapReleased > 0, m.HeapIdle >= m.HeapReleased)
	fmt.Println(debug.SetMemoryLimit(math.MaxInt64) == 32<<20)
}
