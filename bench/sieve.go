// sieve: sieve of Eratosthenes over a []bool, repeated.
package main

import "fmt"

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return count
}

func main() {
	reps := 10   // quick: 1
	n := 1000000 // quick: 100000
	total := 0
	last := 0
	for r := 0; r < reps; r++ {
		last = sieve(n - r)
		total += last
	}
	fmt.Printf("primes <= %d: %d, total over %d runs: %d\n", n-reps+1, last, reps, total)
}
