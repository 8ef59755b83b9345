package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func perms(s []int, k int, out *[][]int) {
	if k == len(s) {
		c := make([]int, len(s))
		copy(c, s)
		*out = append(*out, c)
		return
	}
	for i := k; i < len(s); i++ {
		s[k], s[i] = s[i], s[k]
		perms(s, k+1, out)
		s[k], s[i] = s[i], s[k]
	}
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func main() {
	for i := 0; i <= 20; i += 5 {
		fmt.Println("fact", i, fact(i))
	}
	fmt.Println("fib 25", fib(25))
	fmt.Println("ack(2,3)", ackermann(2, 3), "ack(3,3)", ackermann(3, 3))
	fmt.Println(isEven(100), isOdd(77), isEven(7))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println("hanoi 10:", moves)
	fmt.Println("depth", depth(100000))
	var out [][]int
	perms([]int{1, 2, 3}, 0, &out)
	fmt.Println(out)
	fmt.Println(gcd(1071, 462), gcd(17, 5))
	var fibm func(int) int
	memo := map[int]int{}
	fibm = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fibm(n-1) + fibm(n-2)
		memo[n] = v
		return v
	}
	fmt.Println("fib 90", fibm(90))
}
