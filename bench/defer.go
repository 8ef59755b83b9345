// defer: a function with one deferred call, called 10 million times (issue 3's
// measure of what a defer costs on the normal return path; compare with nodefer).
package main

import "fmt"

var counter int

func work(x int) int {
	defer func() { counter++ }()
	return x * 2
}

func main() {
	n := 10000000 // quick: 100000
	sum := 0
	for i := 0; i < n; i++ {
		sum += work(i)
	}
	fmt.Println(sum, counter)
}
