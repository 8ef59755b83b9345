// Allocations that escape analysis keeps in the frame cost no heap allocation: the
// runtime's Mallocs count does not move across loops of them (Go's own numbers: the
// expected output is the real go's).
package main

import (
	"fmt"
	"runtime"
)

type point struct {
	x, y int
}

type shape interface {
	area() int
}

type rect struct {
	w, h, d int
}

func (r rect) area() int { return r.w * r.h }

func (p *point) scale(k int) { p.x *= k; p.y *= k }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func apply(f func(int) int, v int) int { return f(v) }

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func report(name string, before uint64, total int) {
	after := mallocs()
	fmt.Println(name, after-before, total)
}

const n = 10000

func main() {
	mallocs()
	total := 0
	b := mallocs()
	for i := 0; i < n; i++ {
		total += i
	}
	report("empty loop", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		p := &point{i, i + 1}
		p.scale(2)
		total += p.x + p.y
	}
	report("&T{}", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		q := new(int)
		*q = i
		total += *q
	}
	report("new(int)", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		x := i
		px := &x
		*px += 3
		total += x
	}
	report("&x", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		s := []int{i, i + 1, i + 2, i + 3}
		total += s[3] + len(s)
	}
	report("slice literal", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		m := make([]int, 16)
		m[i%16] = i
		total += m[i%16] + cap(m)
	}
	report("make([]int, 16)", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		var arr [8]int
		for k := range arr {
			arr[k] = i + k
		}
		s := arr[2:5]
		total += s[1]
	}
	report("array sliced", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		total += sum(i, i, 1)
	}
	report("variadic", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		k := i
		f := func(v int) int { return v*2 + k }
		total += f(i) + apply(f, 1)
	}
	report("closure", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		var s shape = rect{i, 2, 3}
		var e interface{} = point{i, 1}
		total += s.area() + e.(point).x
	}
	report("interface box", b, total)

	total = 0
	b = mallocs()
	for i := 0; i < n; i++ {
		p := point{i, 1}
		f := p.scale
		f(3)
		total += p.x
	}
	report("method value", b, total)
}
