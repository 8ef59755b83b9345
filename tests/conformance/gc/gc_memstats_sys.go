// runtime.MemStats's breakdown of Sys (stacks, span and cache structures, the collector's
// metadata, the rest): each field filled, in use never above obtained, and Sys their sum
// with HeapSys, as Go's. Booleans only: the figures depend on the runtime's layout.
package main

import (
	"fmt"
	"runtime"
)

type node struct{ l, r *node }

func build(d int) *node {
	if d == 0 {
		return &node{}
	}
	return &node{build(d - 1), build(d - 1)}
}

var keep []*node

func main() {
	for i := 0; i < 20; i++ {
		keep = append(keep, build(14))
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("Sys is the sum:", m.Sys == m.HeapSys+m.StackSys+m.MSpanSys+m.MCacheSys+m.BuckHashSys+m.GCSys+m.OtherSys)
	fmt.Println("in use within obtained:", m.StackInuse <= m.StackSys, m.MSpanInuse <= m.MSpanSys, m.MCacheInuse <= m.MCacheSys)
	fmt.Println("filled:", m.StackInuse > 0, m.MSpanInuse > 0, m.MCacheInuse > 0, m.GCSys > 0, m.OtherSys > 0)
	// 20 trees of 32,767 nodes of 16 bytes: over a thousand 8 KB spans in use.
	fmt.Println("span structures for the spans:", m.MSpanInuse >= 1000*8)
	fmt.Println(len(keep))
}
