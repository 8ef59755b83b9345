package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if !composite[i] {
			primes = append(primes, i)
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return primes
}

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func main() {
	ps := sieve(100)
	fmt.Println(ps, len(ps))
	big := sieve(1000000)
	fmt.Println(len(big), big[len(big)-1])
	sum := 0
	for _, p := range big {
		sum += p
	}
	fmt.Println("sum", sum)
	for _, n := range []int{360, 97, 1001, 65536, 999999} {
		fmt.Println(n, factorize(n))
	}
	twins := 0
	for i := 1; i < len(big); i++ {
		if big[i]-big[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs", twins)
}
