package main

import (
	"fmt"
	"sync"
)

func producer(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s%d", name, i)
		}
		close(ch)
	}()
	return ch
}

func merge(chs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range chs {
		wg.Add(1)
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	counts := map[byte]int{}
	total := 0
	for v := range merge(producer("a", 100), producer("b", 200), producer("c", 300)) {
		counts[v[0]]++
		total++
	}
	fmt.Println(counts['a'], counts['b'], counts['c'], total)

	// Channel of channels: request/response.
	type req struct {
		n    int
		resp chan int
	}
	reqs := make(chan req)
	go func() {
		for r := range reqs {
			r.resp <- r.n * 2
		}
	}()
	sum := 0
	for i := 0; i < 10; i++ {
		r := req{i, make(chan int)}
		reqs <- r
		sum += <-r.resp
	}
	close(reqs)
	fmt.Println("sum", sum)
}
