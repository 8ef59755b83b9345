package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(Config{"a", 1})
	fmt.Println(v.Load().(Config))

	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				c := v.Load().(Config)
				if c.Name == "" {
					fmt.Println("torn read")
				}
				v.Store(Config{"w", c.Version + 1})
			}
		}(i)
	}
	wg.Wait()
	c := v.Load().(Config)
	fmt.Println(c.Name, c.Version > 1)

	try("store nil", func() { v.Store(nil) })
	try("store int", func() { v.Store(1) })
	try("swap nil", func() { v.Swap(nil) })
	try("swap string", func() { v.Swap("x") })
	try("cas nil", func() { v.CompareAndSwap(Config{}, nil) })
	try("cas mixed", func() { v.CompareAndSwap(1, Config{}) })

	old := v.Swap(Config{"s", 100})
	fmt.Println(old.(Config).Name, v.Load())
	fmt.Println(v.CompareAndSwap(Config{"x", 0}, Config{"y", 1}))
	fmt.Println(v.CompareAndSwap(Config{"s", 100}, Config{"y", 1}), v.Load())

	var e atomic.Value
	fmt.Println(e.CompareAndSwap(nil, 5), e.Load())
	fmt.Println(e.CompareAndSwap(nil, 6), e.Load())
	try("cas int into int value with string", func() { e.CompareAndSwap("a", "b") })
	var s atomic.Value
	fmt.Println(s.Swap([]int{1, 2}) == nil)
	try("cas uncomparable", func() { s.CompareAndSwap([]int{1, 2}, []int{3}) })
	fmt.Println(s.Load())
}
