package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				atomic.AddInt32(&i32, 1)
				atomic.AddInt64(&i64, 2)
				atomic.AddUint32(&u32, 3)
				atomic.AddUint64(&u64, 4)
				atomic.AddUintptr(&up, 5)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32),
		atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))

	// Wrap-around and negative deltas.
	var w uint32 = 1
	fmt.Println(atomic.AddUint32(&w, ^uint32(0)), atomic.AddUint32(&w, ^uint32(0)))
	var n int32 = -5
	fmt.Println(atomic.AddInt32(&n, -10), atomic.AddInt64(&i64, -32000))
	var big int64 = 1 << 62
	fmt.Println(atomic.AddInt64(&big, 1<<62))

	// Swap, CompareAndSwap, Store.
	fmt.Println(atomic.SwapInt32(&i32, 7), i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 6, 9), i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 7, 9), i32)
	atomic.StoreInt64(&i64, -1)
	fmt.Println(atomic.SwapInt64(&i64, 3), atomic.CompareAndSwapInt64(&i64, 3, 4), i64)
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(atomic.SwapUint64(&u64, 2), atomic.CompareAndSwapUint64(&u64, 2, 1<<64-1), u64)
	atomic.StoreUint32(&u32, 1<<31)
	fmt.Println(atomic.SwapUint32(&u32, 1), atomic.CompareAndSwapUint32(&u32, 0, 5), u32)
	atomic.StoreUintptr(&up, 10)
	fmt.Println(atomic.SwapUintptr(&up, 11), atomic.CompareAndSwapUintptr(&up, 11, 12), up)

	// A lock-free maximum with CAS.
	var max int64
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				v := int64(g*100 + k)
				for {
					old := atomic.LoadInt64(&max)
					if v <= old || atomic.CompareAndSwapInt64(&max, old, v) {
						break
					}
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("max", max)

	// Fields of a struct and elements of a slice.
	type counters struct {
		a int32
		b int64
	}
	c := &counters{}
	arr := make([]int64, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 500; k++ {
				atomic.AddInt32(&c.a, 1)
				atomic.AddInt64(&c.b, int64(k))
				atomic.AddInt64(&arr[k%4], 1)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(c.a, c.b, arr)
}
