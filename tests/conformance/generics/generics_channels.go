package main

import (
	"fmt"
	"sync"
)

// Producer sends xs on a new channel and closes it.
func Produce[T any](xs ...T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, x := range xs {
			c <- x
		}
	}()
	return c
}

// Stage applies f to each value in order.
func Stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

// ParallelMap runs f in one goroutine per element; results keep their index.
func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func(i int, x T) {
			defer wg.Done()
			out[i] = f(x)
		}(i, x)
	}
	wg.Wait()
	return out
}

type Result[T any] struct {
	Index int
	Val   T
}

// Workers send results; the receiver sorts them back by index.
func Gather[T any](n int, work func(int) T) []T {
	c := make(chan Result[T], n)
	for i := 0; i < n; i++ {
		go func(i int) { c <- Result[T]{i, work(i)} }(i)
	}
	out := make([]T, n)
	for i := 0; i < n; i++ {
		r := <-c
		out[r.Index] = r.Val
	}
	return out
}

type SafeCounter[K comparable] struct {
	mu sync.Mutex
	m  map[K]int
}

func (s *SafeCounter[K]) Inc(k K) {
	s.mu.Lock()
	s.m[k]++
	s.mu.Unlock()
}

func main() {
	fmt.Println(Collect(Produce(1, 2, 3, 4)))
	sq := Stage(Produce(1, 2, 3), func(x int) int { return x * x })
	str := Stage(sq, func(x int) string { return fmt.Sprintf("<%d>", x) })
	fmt.Printf("%T\n", str)
	fmt.Println(Collect(str))
	fmt.Println(Collect(Produce[string]()))

	fmt.Println(ParallelMap([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) }))
	fmt.Println(ParallelMap([]float64{1, 2, 3}, func(f float64) float64 { return f / 2 }))

	fmt.Println(Gather(5, func(i int) int { return i * 10 }))
	fmt.Println(Gather(3, func(i int) []int { return make([]int, i) }))

	sc := SafeCounter[string]{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sc.Inc([]string{"even", "odd"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(sc.m["even"], sc.m["odd"])

	bc := make(chan Result[string], 2)
	bc <- Result[string]{1, "x"}
	bc <- Result[string]{2, "y"}
	close(bc)
	fmt.Printf("%T %v\n", bc, Collect[Result[string]](bc))

	done := make(chan struct{})
	res := make(chan []int)
	go func() {
		res <- Collect(Produce(5, 6))
		close(done)
	}()
	fmt.Println(<-res)
	<-done
	fmt.Println("done")
}
