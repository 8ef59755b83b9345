// GC torture: a fixed ring of 1000 slots; 60000 iterations each allocate a new object
// (byte slices from 16 B to 64 KB, nodes with pointers to other ring objects, []int,
// strings, small maps) that replaces the one in a pseudo-randomly chosen slot. Every
// object records the iteration that made it and its contents follow from that; each one
// is checked when it is evicted, and the whole ring (and the objects the nodes point to,
// which may have left the ring) at the end. ReadMemStats samples bound HeapAlloc.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

const (
	slots = 1000
	iters = 60000
)

type Node struct {
	iter  int
	other any // the object that was in another slot, or nil
	vals  []int
	name  string
}

var ring [slots]any
var made [slots]int // the iteration that made each slot's object, -1 when empty

func sizeOf(i int) int {
	switch {
	case i%128 == 5:
		return 32768 + i%32769 // up to 64 KB
	case i%16 == 3:
		return 4096 + i%8192
	default:
		return 16 + i%241
	}
}

func pattern(i, j int) byte { return byte(i*31 + j*7) }

func makeObj(i int) any {
	switch i % 7 {
	case 0, 1, 2:
		n := sizeOf(i)
		b := make([]byte, n)
		// a stride of bytes, wider in large objects
		step := 7
		if n > 512 {
			step = 61
		}
		for j := 0; j < n; j += step {
			b[j] = pattern(i, j)
		}
		b[n-1] = pattern(i, n-1)
		return b
	case 3:
		n := 2 + i%30
		v := make([]int, n)
		for j := range v {
			v[j] = i*1000 + j
		}
		return v
	case 4:
		return "s" + strconv.Itoa(i) + "-" + strconv.Itoa(i*i%9973)
	case 5:
		nd := &Node{iter: i, name: strconv.Itoa(i)}
		nd.vals = make([]int, 1+i%8)
		for j := range nd.vals {
			nd.vals[j] = i - j
		}
		// point at the current object of another slot, unless it is a Node itself (the
		// chains stay one link long), and remember which iteration made it
		k := (i * 7919) % slots
		if _, isNode := ring[k].(*Node); !isNode && ring[k] != nil {
			nd.other = ring[k]
			nd.vals = append(nd.vals, made[k])
		}
		return nd
	default:
		m := make(map[int]string, 4)
		for j := 0; j < 1+i%5; j++ {
			m[j] = strconv.Itoa(i + j)
		}
		m[-1] = strconv.Itoa(i)
		return m
	}
}

// check verifies that o is the object made at iteration i; it returns a checksum.
func check(o any, i int) (uint64, bool) {
	switch i % 7 {
	case 0, 1, 2:
		b, ok := o.([]byte)
		n := sizeOf(i)
		if !ok || len(b) != n {
			return 0, false
		}
		step := 7
		if n > 512 {
			step = 61
		}
		var sum uint64
		for j := 0; j < n; j += step {
			if b[j] != pattern(i, j) {
				return 0, false
			}
			sum += uint64(b[j])
		}
		if b[n-1] != pattern(i, n-1) {
			return 0, false
		}
		return sum + uint64(n), true
	case 3:
		v, ok := o.([]int)
		if !ok || len(v) != 2+i%30 {
			return 0, false
		}
		var sum uint64
		for j, x := range v {
			if x != i*1000+j {
				return 0, false
			}
			sum += uint64(x)
		}
		return sum, true
	case 4:
		s, ok := o.(string)
		if !ok || s != "s"+strconv.Itoa(i)+"-"+strconv.Itoa(i*i%9973) {
			return 0, false
		}
		return uint64(len(s)), true
	case 5:
		nd, ok := o.(*Node)
		if !ok || nd.iter != i || nd.name != strconv.Itoa(i) {
			return 0, false
		}
		n := 1 + i%8
		if nd.other != nil {
			n++
		}
		if len(nd.vals) != n {
			return 0, false
		}
		var sum uint64
		for j := 0; j < 1+i%8; j++ {
			if nd.vals[j] != i-j {
				return 0, false
			}
			sum += uint64(nd.vals[j])
		}
		if nd.other != nil {
			oi := nd.vals[n-1]
			s, ok := check(nd.other, oi)
			if !ok {
				return 0, false
			}
			sum += s * 3
		}
		return sum, true
	default:
		m, ok := o.(map[int]string)
		if !ok || len(m) != 2+i%5 || m[-1] != strconv.Itoa(i) {
			return 0, false
		}
		for j := 0; j < 1+i%5; j++ {
			if m[j] != strconv.Itoa(i+j) {
				return 0, false
			}
		}
		return uint64(len(m)), true
	}
}

func main() {
	for k := range made {
		made[k] = -1
	}
	var rng uint32 = 12345
	evicted, bad := 0, 0
	var evictSum uint64
	var maxHeap uint64
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gc0 := ms.NumGC
	for i := 0; i < iters; i++ {
		rng = rng*1664525 + 1013904223
		k := int(rng>>8) % slots
		if made[k] >= 0 {
			s, ok := check(ring[k], made[k])
			if !ok {
				if bad < 5 {
					fmt.Printf("bad object at eviction: slot %d made at %d\n", k, made[k])
				}
				bad++
			}
			evicted++
			evictSum += s
		}
		ring[k] = makeObj(i)
		made[k] = i
		if i%4000 == 3999 {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > maxHeap {
				maxHeap = ms.HeapAlloc
			}
		}
	}
	loopGCs := ms.NumGC - gc0 // sampled at the last iteration
	runtime.GC()
	var ringSum uint64
	kinds := make([]int, 7)
	for k := 0; k < slots; k++ {
		if made[k] < 0 {
			continue
		}
		s, ok := check(ring[k], made[k])
		if !ok {
			if bad < 5 {
				fmt.Printf("bad object at the end: slot %d made at %d\n", k, made[k])
			}
			bad++
		}
		ringSum = ringSum*31 + s
		kinds[made[k]%7]++
	}
	runtime.ReadMemStats(&ms)
	fmt.Printf("evicted %d objects, bad %d\n", evicted, bad)
	fmt.Printf("evicted checksum %d\n", evictSum)
	fmt.Printf("ring checksum %d\n", ringSum)
	fmt.Printf("ring kinds %v\n", kinds)
	fmt.Println("collections ran during the loop:", loopGCs >= 2)
	fmt.Println("max sampled HeapAlloc under 32 MB:", maxHeap > 0 && maxHeap < 32<<20)
	fmt.Println("HeapAlloc under 16 MB at the end:", ms.HeapAlloc < 16<<20)
}
