// loops: nested integer loops with mixed integer arithmetic.
package main

import "fmt"

func main() {
	n := 4500 // quick: 300
	sum := 0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			sum += (i*j)%7 + ((i ^ j) & 15) - (j >> 3)
		}
		sum = sum & 0xFFFFFFFFFFFF
	}
	fmt.Printf("loops(%d) = %d\n", n, sum)
}
