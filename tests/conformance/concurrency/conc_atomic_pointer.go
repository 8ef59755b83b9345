package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var p atomic.Pointer[config]
	fmt.Println(p.Load() == nil)
	p.Store(&config{"a", 1})
	fmt.Println(*p.Load())
	old := p.Swap(&config{"b", 2})
	fmt.Println(*old, *p.Load())
	cur := p.Load()
	fmt.Println(p.CompareAndSwap(old, &config{"c", 3}), p.Load().name)
	fmt.Println(p.CompareAndSwap(cur, &config{"d", 4}), p.Load().name)

	// many goroutines bump the version through compare-and-swap loops
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				for {
					c := p.Load()
					n := &config{c.name, c.version + 1}
					if p.CompareAndSwap(c, n) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(p.Load().version)

	var n atomic.Int64
	var ok atomic.Bool
	var ip atomic.Pointer[int]
	x := 42
	ip.Store(&x)
	n.Add(5)
	ok.Store(true)
	fmt.Println(n.Load(), ok.Load(), *ip.Load())
	fmt.Printf("%T\n", &p)
}
