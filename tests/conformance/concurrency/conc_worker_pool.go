package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id, n int
}
type result struct {
	id, fib int
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	jobs := make(chan job, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, fib(j.n)}
			}
		}()
	}
	go func() {
		for i := 0; i < 30; i++ {
			jobs <- job{i, i % 20}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all[:5] {
		fmt.Println(r.id, r.fib)
	}
	total := 0
	for _, r := range all {
		total += r.fib
	}
	fmt.Println("jobs", len(all), "total", total)
}
