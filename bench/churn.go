// churn: a bounded live set under heavy allocation. Every iteration allocates a new
// object (16 B to 32 KB, with and without pointers) that replaces an older one in a
// fixed ring of 4096 slots, so the live heap stays bounded while the program allocates
// gigabytes; measures the collector keeping memory flat (bench/memory: peak RSS).
package main

import "fmt"

type item struct {
	id   int
	data []byte
}

func main() {
	const ring = 4096
	slots := make([]*item, ring)
	iters := 1000000 // quick: 100000
	seed := uint32(1)
	sum := 0
	for i := 0; i < iters; i++ {
		seed = seed*1664525 + 1013904223
		size := 16 << (seed >> 28 % 12) // 16 B .. 32 KB
		if seed&0xff00 > 0xf800 {
			size = 32 << 10
		} else if size > 1024 {
			size = 64
		}
		it := &item{id: i, data: make([]byte, size)}
		it.data[size-1] = byte(i)
		k := int(seed>>8) % ring
		if old := slots[k]; old != nil {
			sum += int(old.data[len(old.data)-1]) + len(old.data)
		}
		slots[k] = it
	}
	live := 0
	for _, it := range slots {
		if it != nil {
			live += len(it.data)
		}
	}
	fmt.Println(sum, live > 0)
}
