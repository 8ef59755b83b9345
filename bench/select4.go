// select4: a consumer selecting over four channels fed by four producers.
package main

import "fmt"

func main() {
	n := 200000 // quick: 1000
	var cs [4]chan int
	for k := range cs {
		cs[k] = make(chan int)
		go func(c chan int) {
			for i := 0; i < n; i++ {
				c <- 1
			}
		}(cs[k])
	}
	sum := 0
	for i := 0; i < 4*n; i++ {
		select {
		case v := <-cs[0]:
			sum += v
		case v := <-cs[1]:
			sum += v
		case v := <-cs[2]:
			sum += v
		case v := <-cs[3]:
			sum += v
		}
	}
	fmt.Println(sum)
}
