package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { count++ })
		}()
	}
	wg.Wait()
	fmt.Println("count", count)
	once.Do(func() { fmt.Println("never") })

	// A panicking f counts as done.
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		o2.Do(func() { panic("boom") })
	}()
	o2.Do(func() { fmt.Println("not called again") })
	fmt.Println("done")

	// Lazy initialisation pattern.
	var initOnce sync.Once
	var config map[string]int
	get := func(k string) int {
		initOnce.Do(func() {
			fmt.Println("init config")
			config = map[string]int{"a": 1, "b": 2}
		})
		return config[k]
	}
	fmt.Println(get("a"), get("b"), get("c"))
}
