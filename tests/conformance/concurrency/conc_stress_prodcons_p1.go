package main

import (
	"fmt"
	"runtime"
	"sync"
)

// 8 producers and 8 consumers moving 1,000,000 values through a buffered channel, with
// select on a done channel.
func main() {
	runtime.GOMAXPROCS(1)
	const producers, consumers, total = 8, 8, 1000000
	per := total / producers
	ch := make(chan int, 128)
	done := make(chan struct{})
	var pwg, cwg sync.WaitGroup
	sums := make([]int64, consumers)
	counts := make([]int, consumers)
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func(p int) {
			defer pwg.Done()
			for i := 0; i < per; i++ {
				ch <- p*per + i
			}
		}(p)
	}
	for c := 0; c < consumers; c++ {
		cwg.Add(1)
		go func(c int) {
			defer cwg.Done()
			for {
				select {
				case v := <-ch:
					sums[c] += int64(v)
					counts[c]++
				case <-done:
					// drain what is left
					for {
						select {
						case v := <-ch:
							sums[c] += int64(v)
							counts[c]++
						default:
							return
						}
					}
				}
			}
		}(c)
	}
	pwg.Wait()
	close(done)
	cwg.Wait()
	var sum int64
	n := 0
	for c := 0; c < consumers; c++ {
		sum += sums[c]
		n += counts[c]
	}
	fmt.Println("moved", n, "sum", sum, "want", int64(total)*(total-1)/2)
}
