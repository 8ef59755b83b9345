// Values escape analysis can keep in their function's frame (variables whose address is
// taken, new, &T{}, slice literals, make with a constant size, closures, variadic
// arguments, interface boxes), used heavily while collections run: they hold the only
// pointers to heap objects across runtime.GC(), through deep recursion (which grows the
// goroutine's stack), panics recovered part-way down, deferred closures and goroutines.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	val  int
	data []int // a heap slice: its only reference is in a frame object
	next *node
}

type pair struct {
	a, b *node
}

type valuer interface {
	value() int
}

type box struct {
	n    int
	data []int
	s    string
}

func (b box) value() int { return b.n + len(b.data) + len(b.s) }

func heapInts(n, seed int) []int {
	s := make([]int, n) // not a constant size: heap
	for i := range s {
		s[i] = seed + i
	}
	return s
}

func check(d []int, seed int) int {
	for i, v := range d {
		if v != seed+i {
			panic(fmt.Sprintf("corrupt data: %d at %d, want %d", v, i, seed+i))
		}
	}
	return len(d)
}

func sum(xs ...*node) int {
	t := 0
	for _, x := range xs {
		t += x.val + check(x.data, x.val)
	}
	return t
}

func use(v valuer) int { return v.value() }

var gcEvery = 97

// recurse builds frame objects at every level, each pointing to fresh heap data, collects
// now and then, and checks everything on the way back up.
func recurse(depth int) int {
	if depth == 0 {
		runtime.GC()
		return 0
	}
	n := &node{val: depth, data: heapInts(4, depth)}
	var local node
	local.val = depth * 2
	local.data = heapInts(3, depth*2)
	lp := &local
	p := &pair{a: n, b: lp}
	arr := []*node{n, lp}
	m := make([]int, 8)
	m[depth%8] = depth
	q := new(int)
	*q = depth
	if depth%gcEvery == 0 {
		runtime.GC()
	}
	below := recurse(depth - 1)
	total := below + sum(p.a, p.b) + check(arr[0].data, depth) + m[depth%8] + *q
	total += use(box{n: depth, data: heapInts(2, 7), s: "xy"})
	return total
}

// panicky recurses and panics at the bottom; the frame at depth `stop` recovers.
func panicky(depth, stop int) (res int) {
	n := &node{val: depth, data: heapInts(5, depth)}
	if depth == stop {
		defer func() {
			if r := recover(); r != nil {
				runtime.GC()
				res = -check(n.data, depth)
			}
		}()
	}
	if depth == 0 {
		garbage := heapInts(1000, 1)
		_ = garbage
		panic("bottom")
	}
	r := panicky(depth-1, stop)
	runtime.GC()
	return r + check(n.data, depth)
}

// deferred closures read and write frame variables once the body has returned (they run
// while the frame is still pushed).
func deferred(k int) (out int) {
	cells := []*node{{val: k, data: heapInts(3, k)}, {val: k + 1, data: heapInts(3, k+1)}}
	x := k
	px := &x
	defer func() {
		runtime.GC()
		out += check(cells[0].data, k) + check(cells[1].data, k+1) + *px
	}()
	for i := 0; i < 3; i++ {
		f := func(d int) int { return d + *px }
		*px = f(i)
	}
	return 1
}

var wg sync.WaitGroup
var results [4]int

func worker(id int) {
	defer wg.Done()
	t := 0
	for round := 0; round < 5; round++ {
		t += recurse(50 + id)
		t += deferred(id + round)
	}
	results[id] = t
}

func main() {
	fmt.Println("recurse(10):", recurse(10))
	// Deep enough that the goroutine's register stack grows (it is copied) many times
	// while frame objects all the way down hold the only pointers to their heap data.
	fmt.Println("recurse(20000):", recurse(20000))
	for stop := 0; stop <= 30; stop += 10 {
		fmt.Println("panicky:", stop, panicky(30, stop))
	}
	t := 0
	for k := 0; k < 50; k++ {
		t += deferred(k)
		if k%10 == 0 {
			runtime.GC()
		}
	}
	fmt.Println("deferred:", t)

	for id := 0; id < 4; id++ {
		wg.Add(1)
		go worker(id)
	}
	wg.Wait()
	fmt.Println("workers:", results)

	// Frame objects in a loop: the slot is reused every iteration.
	t = 0
	for i := 0; i < 2000; i++ {
		n := &node{val: i, data: heapInts(2, i)}
		s := []*node{n, n}
		if i%200 == 0 {
			runtime.GC()
		}
		t += check(s[1].data, i)
	}
	fmt.Println("loop:", t)
}
