package main

import (
	"fmt"
	"sync"
)

func worker(id int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() { results <- fmt.Sprint("worker ", id, " cleanup") }()
	results <- fmt.Sprint("worker ", id, " working")
}

func main() {
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		results := make(chan string, 2)
		wg.Add(1)
		go worker(id, results, &wg)
		wg.Wait()
		fmt.Println(<-results)
		fmt.Println(<-results)
	}
	var mu sync.Mutex
	count := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			count++
		}()
	}
	wg2.Wait()
	fmt.Println("count", count)
}
