package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	bytes  atomic.Uint64
	errs   atomic.Uint32
	ready  atomic.Bool
	ptr    atomic.Uintptr
}

func main() {
	var s stats
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				if k%3 == 0 {
					s.misses.Add(1)
				} else {
					s.hits.Add(1)
				}
				s.bytes.Add(uint64(k))
			}
			s.errs.Add(uint32(g))
		}(g)
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), s.misses.Load(), s.bytes.Load(), s.errs.Load())

	fmt.Println(s.ready.Load(), s.ready.Swap(true), s.ready.Load())
	fmt.Println(s.ready.CompareAndSwap(false, true), s.ready.CompareAndSwap(true, false), s.ready.Load())
	s.ready.Store(true)
	fmt.Println(s.ready.Load())

	fmt.Println(s.hits.Swap(5), s.hits.CompareAndSwap(5, 6), s.hits.Load())
	s.misses.Store(-3)
	fmt.Println(s.misses.Load(), s.misses.Swap(4), s.misses.CompareAndSwap(3, 2), s.misses.Load())
	s.bytes.Store(0)
	fmt.Println(s.bytes.Add(^uint64(0)), s.bytes.CompareAndSwap(1<<64-1, 1), s.bytes.Swap(9))
	fmt.Println(s.errs.Swap(1), s.errs.CompareAndSwap(1, 2), s.errs.Load())
	s.ptr.Store(100)
	fmt.Println(s.ptr.Add(1), s.ptr.Swap(3), s.ptr.CompareAndSwap(3, 4), s.ptr.Load())

	// Spin until a flag is set by another goroutine.
	var flag atomic.Bool
	var val atomic.Int64
	go func() {
		val.Store(42)
		flag.Store(true)
	}()
	for !flag.Load() {
		yield()
	}
	fmt.Println("published", val.Load())
}

func yield() {
	c := make(chan int)
	go func() { c <- 0 }()
	<-c
}
