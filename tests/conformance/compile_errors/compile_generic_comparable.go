package main

import "fmt"

func Keys[K comparable, V any](m map[K]V) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	fmt.Println(Keys[[]int, int](nil))
}
