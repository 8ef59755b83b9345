package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[1] = 20 // range over an array value works on a copy
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		if i == 0 {
			arr2[1] = 20 // through a pointer: sees the change
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	n := 0
	for range [5]struct{}{} {
		n++
	}
	fmt.Println(n)
	var pa *[4]int
	for i := range pa {
		fmt.Print(i)
	}
	fmt.Println(" len of nil array pointer:", len(pa))
	for i := range [...]string{"a", "b", "c", "d"} {
		fmt.Print(i)
	}
	fmt.Println()
}
