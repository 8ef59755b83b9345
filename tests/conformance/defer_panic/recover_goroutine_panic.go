package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, id int, results []string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				results[id] = fmt.Sprint("task ", id, " failed: ", r)
				return
			}
			results[id] = fmt.Sprint("task ", id, " ok")
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 4)
	safeGo(&wg, 0, results, func() {})
	safeGo(&wg, 1, results, func() { panic("boom") })
	safeGo(&wg, 2, results, func() { var m map[int]int; m[0] = 0 })
	safeGo(&wg, 3, results, func() { a := []int{}; _ = a[len(results)] })
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
