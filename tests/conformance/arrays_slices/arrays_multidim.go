package main

import "fmt"

func main() {
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	board[0][2] = 'O'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
	id := [4][4]int{}
	for i := 0; i < 4; i++ {
		id[i][i] = 1
	}
	fmt.Println(id)
	cube := [2][2][2]int{{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}}
	sum := 0
	for _, plane := range cube {
		for _, row := range plane {
			for _, v := range row {
				sum += v
			}
		}
	}
	fmt.Println(sum, cube[1][0][1], len(cube[0]), len(cube[0][0]))
	jag := [][]int{{1}, {2, 3}, {4, 5, 6}}
	for i, r := range jag {
		fmt.Println(i, len(r), r)
	}
	tri := make([][]int, 5)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	fmt.Println(tri)
}
