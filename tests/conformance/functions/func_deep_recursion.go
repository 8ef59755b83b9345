package main

import "fmt"

// Deep but bounded recursion: must not overflow.
func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1) + pad[n%8] - n + 1
}

func main() {
	fmt.Println(depth(1000000))
}
