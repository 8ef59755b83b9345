package main

import (
	"fmt"
	"strings"
)

func main() {
	grid := make([][]string, 3)
	for i := range grid {
		grid[i] = make([]string, 3)
		for j := range grid[i] {
			grid[i][j] = "."
		}
	}
	grid[1][2] = "#"
	for _, row := range grid {
		fmt.Println(strings.Join(row, ""))
	}
	var acc [][]int
	for i := 0; i < 4; i++ {
		row := []int{}
		for j := 0; j <= i; j++ {
			row = append(row, i*j)
		}
		acc = append(acc, row)
	}
	fmt.Println(acc, len(acc))
	shared := make([]int, 6)
	views := [][]int{shared[0:2], shared[2:4], shared[4:6]}
	for i, v := range views {
		v[0] = i + 1
		v[1] = (i + 1) * 10
	}
	fmt.Println(shared)
	words := [][]byte{[]byte("abc"), []byte("de")}
	words[0][0] = 'X'
	fmt.Println(string(words[0]), string(words[1]))
	fmt.Printf("%v %q\n", words, words)
}
