// Fan-in: several workers feed one channel; results are summed and counted.
package main

import (
	"fmt"
	"sync"
)

func main() {
	out := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				out <- id*1000 + i
			}
		}(w)
	}
	go func() { wg.Wait(); close(out) }()
	count, sum := 0, 0
	for v := range out {
		count++
		sum += v
	}
	fmt.Println(count, sum)
}
