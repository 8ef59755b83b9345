package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

type node struct {
	v    int
	next *node
}

func main() {
	var head unsafe.Pointer
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				n := &node{v: g*1000 + i}
				for {
					old := atomic.LoadPointer(&head)
					n.next = (*node)(old)
					if atomic.CompareAndSwapPointer(&head, old, unsafe.Pointer(n)) {
						break
					}
				}
				if i%100 == 0 {
					runtime.GC()
				}
			}
		}(g)
	}
	wg.Wait()
	count, sum := 0, 0
	for p := (*node)(atomic.LoadPointer(&head)); p != nil; p = p.next {
		count++
		sum += p.v
	}
	fmt.Println(count, sum)
	x := 5
	old := atomic.SwapPointer(&head, unsafe.Pointer(&x))
	fmt.Println(old != nil, *(*int)(atomic.LoadPointer(&head)))
	atomic.StorePointer(&head, nil)
	fmt.Println(atomic.LoadPointer(&head) == nil)
}
