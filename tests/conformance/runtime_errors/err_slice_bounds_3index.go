package main

import "fmt"

func main() {
	s := make([]byte, 5, 8)
	i, j, k := 1, 3, 10
	fmt.Println(len(s[i:j:8]))
	fmt.Println(s[i:j:k])
}
