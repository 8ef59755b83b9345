package main

import (
	"fmt"
	"sync"
)

type buf struct {
	data []byte
}

func main() {
	created := 0
	p := sync.Pool{New: func() any {
		created++
		return &buf{data: make([]byte, 0, 64)}
	}}
	b := p.Get().(*buf)
	b.data = append(b.data, "hello"...)
	fmt.Println(string(b.data), created)
	b.data = b.data[:0]
	p.Put(b)
	b2 := p.Get().(*buf)
	fmt.Println(cap(b2.data) == 64, len(b2.data))

	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put("x")
	fmt.Println(empty.Get())
	empty.Put(nil)
	fmt.Println(empty.Get())

	// Concurrent use: every Get returns a usable object.
	var ip sync.Pool
	ip.New = func() any { return new(int) }
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				x := ip.Get().(*int)
				*x = 1
				mu.Lock()
				total += *x
				mu.Unlock()
				ip.Put(x)
			}
		}()
	}
	wg.Wait()
	fmt.Println("total", total)
}
