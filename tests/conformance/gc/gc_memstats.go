// GC statistics: runtime.ReadMemStats before and after collections and allocations,
// runtime/debug.SetGCPercent and ReadGCStats. Only facts that hold under any collector
// that works are printed (booleans with wide margins), so the output does not depend on
// the heap's exact layout; the GOGC setting the program runs under is read from the
// environment so that it also holds under GOGC=1.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"time"
)

type obj struct {
	id   int
	next *obj
	name string
}

var keep []*obj
var keepBytes []byte
var sink []byte

func read() runtime.MemStats {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m
}

func envGOGC() int {
	s := os.Getenv("GOGC")
	if s == "" {
		return 100
	}
	if s == "off" {
		return -1
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 100
	}
	return n
}

// churn allocates mb MB of garbage in objects of 256 KB (every page written) and of 100 B.
func churn(mb int) int {
	n := 0
	for i := 0; i < mb*4; i++ {
		b := make([]byte, 256<<10)
		for j := 0; j < len(b); j += 512 { // touch every page
			b[j] = byte(j >> 9)
		}
		b[i%len(b)] = byte(i)
		n += int(b[i%len(b)]) + int(b[len(b)-512])
		sink = b
		for j := 0; j < 64; j++ {
			sink = make([]byte, 100)
		}
	}
	sink = nil
	return n
}

func fill(n int) {
	keep = make([]*obj, n)
	for i := range keep {
		keep[i] = &obj{id: i, name: "o"}
	}
}

func main() {
	m0 := read()
	runtime.GC()
	m1 := read()
	fmt.Println("numgc grew:", m1.NumGC > m0.NumGC)
	fmt.Println("forced grew:", m1.NumForcedGC > m0.NumForcedGC)
	runtime.GC()
	runtime.GC()
	runtime.GC()
	m2 := read()
	fmt.Println("numgc grew by 3 or more after 3 runtime.GC:", m2.NumGC >= m1.NumGC+3)
	fmt.Println("forced grew by exactly 3:", m2.NumForcedGC == m1.NumForcedGC+3)
	fmt.Println("numgc >= forced:", m2.NumGC >= m2.NumForcedGC)
	fmt.Println("pause total > 0:", m2.PauseTotalNs > 0)
	fmt.Println("last pause recorded:", m2.PauseEnd[(m2.NumGC+255)%256] > 0)
	now := time.Now().UnixNano()
	fmt.Println("LastGC within a minute:", m2.LastGC > 0 && now-int64(m2.LastGC) < int64(time.Minute) &&
		int64(m2.LastGC)-now < int64(time.Minute))
	fmt.Println("EnableGC:", m2.EnableGC)
	fmt.Println("NextGC > 0:", m2.NextGC > 0)

	// 100000 live objects, then dropped
	fill(100000)
	runtime.GC()
	m3 := read()
	fmt.Println("mallocs grew by 100000:", m3.Mallocs >= m2.Mallocs+100000)
	fmt.Println("heap objects >= 100000:", m3.HeapObjects >= 100000)
	fmt.Println("HeapAlloc holds them (>= 3.2 MB):", m3.HeapAlloc >= 100000*32)
	fmt.Println("TotalAlloc grew by their size:", m3.TotalAlloc >= m2.TotalAlloc+100000*32)
	bad := 0
	for i, o := range keep {
		if o.id != i || o.name != "o" {
			bad++
		}
	}
	fmt.Println("kept objects intact:", bad == 0)
	keep = nil
	runtime.GC()
	m4 := read()
	fmt.Println("frees > 0:", m4.Frees > 0)
	fmt.Println("frees grew by 90000:", m4.Frees >= m3.Frees+90000)
	fmt.Println("heap objects shrank after dropping 100000 objects:", m4.HeapObjects+90000 <= m3.HeapObjects)
	fmt.Println("HeapAlloc shrank by 2 MB:", m4.HeapAlloc+2<<20 <= m3.HeapAlloc)
	fmt.Println("mallocs - frees == heap objects:", m4.Mallocs-m4.Frees == m4.HeapObjects)
	fmt.Println("Alloc == HeapAlloc:", m4.Alloc == m4.HeapAlloc)
	fmt.Println("HeapSys >= HeapInuse >= some:", m4.HeapSys >= m4.HeapInuse && m4.HeapInuse > 0)
	fmt.Println("Sys >= HeapSys:", m4.Sys >= m4.HeapSys)

	// a big live object
	keepBytes = make([]byte, 20<<20)
	for i := 0; i < len(keepBytes); i += 4096 {
		keepBytes[i] = byte(i >> 12)
	}
	runtime.GC()
	m5 := read()
	fmt.Println("HeapAlloc >= 20 MB with a 20 MB object live:", m5.HeapAlloc >= 20<<20)
	fmt.Println("HeapSys >= 20 MB:", m5.HeapSys >= 20<<20)
	keepBytes = nil
	runtime.GC()
	m6 := read()
	fmt.Println("HeapAlloc under 20 MB after dropping it:", m6.HeapAlloc < 20<<20)

	// churn: 80 MB of garbage
	ngc := m6.NumGC
	x := churn(80)
	m7 := read()
	fmt.Println("churn value:", x)
	fmt.Println("collections ran during churn:", m7.NumGC > ngc)
	fmt.Println("HeapAlloc under 50 MB after churn:", m7.HeapAlloc < 50<<20)
	fmt.Println("TotalAlloc grew by 80 MB:", m7.TotalAlloc >= m6.TotalAlloc+80<<20)

	// the collector off, then on again
	prev := debug.SetGCPercent(-1)
	fmt.Println("SetGCPercent(-1) returned the GOGC setting:", prev == envGOGC())
	off0 := read()
	x = churn(40)
	off1 := read()
	fmt.Println("churn value:", x)
	fmt.Println("no collection while off:", off1.NumGC == off0.NumGC)
	fmt.Println("HeapAlloc grew by 30 MB while off:", off1.HeapAlloc >= off0.HeapAlloc+30<<20)
	runtime.GC()
	off2 := read()
	fmt.Println("runtime.GC collects while off:", off2.NumGC == off1.NumGC+1)
	fmt.Println("HeapAlloc back under 20 MB:", off2.HeapAlloc < 20<<20)
	fmt.Println("SetGCPercent(100) =", debug.SetGCPercent(100))
	fmt.Println("SetGCPercent(prev) =", debug.SetGCPercent(prev))

	var st debug.GCStats
	debug.ReadGCStats(&st)
	m8 := read()
	fmt.Println("ReadGCStats NumGC > 0:", st.NumGC > 0)
	fmt.Println("ReadGCStats NumGC <= MemStats NumGC:", st.NumGC <= int64(m8.NumGC))
	fmt.Println("ReadGCStats pauses:", len(st.Pause) > 0, len(st.Pause) == len(st.PauseEnd), st.PauseTotal > 0)
	fmt.Println("ReadGCStats LastGC set:", !st.LastGC.IsZero())
	debug.FreeOSMemory()
	m9 := read()
	fmt.Println("FreeOSMemory collected:", m9.NumGC > m8.NumGC)
}
