// String conversions and concatenations, maps and explicit interface conversions that
// escape analysis keeps in the frame cost no heap allocation while they are small (a
// string result of at most 32 bytes is built in a frame buffer, Go's tmpBuf; a map made
// for at most 8 entries has its one bucket in the frame); bigger ones allocate only what
// does not fit. The expected output, allocation counts included, is the real go's.
package main

import (
	"fmt"
	"runtime"
)

type pair struct{ a, b int }

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func report(name string, before uint64, total int) {
	after := mallocs()
	fmt.Println(name, after-before, total)
}

func count(s string, c byte) int {
	b := []byte(s)
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n + cap(b)
}

func runes(s string) int {
	r := []rune(s)
	return len(r)
}

func isHello(b []byte) bool { return string(b) == "hello" }

func pathLen(dir, name string) int {
	p := dir + "/" + name
	return len(p)
}

func asAny(x any) int {
	if p, ok := x.(pair); ok {
		return p.a + p.b
	}
	return 0
}

func smallMap(n int) int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i%4] += i
	}
	return len(m) + m[1]
}

func literal(k string) int {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	return m[k]
}

// A hint above 8: the hmap in the frame, the buckets (one allocation) on the heap.
func hinted() int {
	m := make(map[int]int, 20)
	for i := 0; i < 3; i++ {
		m[i] = i
	}
	return len(m)
}

const n = 10000

func main() {
	mallocs()
	total := 0
	b := mallocs()
	for i := 0; i < n; i++ {
		total += count("banana", 'a')
	}
	report("[]byte(short)", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		total += count("a string longer than thirty-two bytes, so it allocates", 'a')
	}
	report("[]byte(long)", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		total += runes("héllo, wörld")
	}
	report("[]rune", b, total)

	total = 0
	hello := []byte("hello")
	b = mallocs()
	for i := 0; i < n; i++ {
		if isHello(hello) {
			total++
		}
	}
	report("string([]byte)", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		total += len(string(rune('a' + i%26)))
	}
	report("string(rune)", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		total += pathLen("usr", "bin")
	}
	report("a+b+c", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n/100; i++ {
		s := ""
		for j := 0; j < 10; j++ {
			s += "<" + string(rune('a'+j)) + ">"
		}
		total += len(s)
	}
	report("s += a+b+c", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		total += asAny(any(pair{i, 1}))
	}
	report("any(T)", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		total += smallMap(6)
	}
	report("make(map)", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		total += literal("two")
	}
	report("map literal", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n/100; i++ {
		total += hinted()
	}
	report("make(map, 20)", b, total)
}
