// Finalizers: each runs exactly once, after its object became unreachable, on one
// goroutine (so the unsynchronized map write is safe); a cycle of finalizable objects is
// never finalized; an interface-typed finalizer gets the pointer in an interface; a
// cleared finalizer never runs; the finalizer goroutine is not counted by NumGoroutine.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type R struct {
	id   int
	buf  []byte
	next *R
}

var finalized = map[int]int{}
var done = make(chan int, 100)

func main() {
	for i := 0; i < 10; i++ {
		r := &R{id: i, buf: make([]byte, 1000)}
		runtime.SetFinalizer(r, func(r *R) {
			finalized[r.id]++
			done <- r.id
		})
	}
	// a cycle of finalizable objects is never finalized
	a, b := &R{id: 100}, &R{id: 101}
	a.next, b.next = b, a
	runtime.SetFinalizer(a, func(r *R) { done <- r.id })
	runtime.SetFinalizer(b, func(r *R) { done <- r.id })
	a, b = nil, nil
	// interface-typed finalizer
	x := &R{id: 200}
	runtime.SetFinalizer(x, func(v interface{}) { done <- v.(*R).id + 1000 })
	x = nil
	// cleared finalizer
	y := &R{id: 300}
	runtime.SetFinalizer(y, func(r *R) { done <- -1 })
	runtime.SetFinalizer(y, nil)
	y = nil
	for k := 0; k < 5; k++ {
		runtime.GC()
	}
	got := 0
	sum := 0
	timeout := time.After(5 * time.Second)
loop:
	for got < 11 {
		select {
		case id := <-done:
			got++
			sum += id
		case <-timeout:
			break loop
		}
	}
	runtime.GC()
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("finalized", got, "sum", sum, "extra", len(done))
	once := true
	for _, n := range finalized {
		if n != 1 {
			once = false
		}
	}
	fmt.Println("each once:", once, len(finalized), runtime.NumGoroutine())
}
