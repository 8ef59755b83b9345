package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d]\n", 42, 42, 42)
	fmt.Printf("[%5s][%-5s][%.2s]\n", "ab", "ab", "abc")
	fmt.Printf("[%8.3f][%-8.3f][%08.3f]\n", 3.14159, 3.14159, -3.14159)
	fmt.Printf("[%*d][%-*d]\n", 6, 7, 6, 7)
	fmt.Printf("[%*d]\n", -6, 7)
	fmt.Printf("[%.*f][%*.*f]\n", 2, 3.14159, 10, 3, 3.14159)
	fmt.Printf("[%6v][%-6v][%6v]\n", true, false, nil)
	fmt.Printf("[%10v][%-10v]\n", []int{1, 2}, []int{3})
	fmt.Printf("[%6v][%-6v]\n", struct{ A int }{1}, map[string]int{"a": 1})
	fmt.Printf("[%3d][%3d]\n", 12345, -12345)
	fmt.Printf("[%1s][%0s]\n", "abc", "abc")
	fmt.Printf("[%x][%6x][%-6X]\n", 255, 255, 255)
	for i := 1; i <= 3; i++ {
		fmt.Printf("[%*s]\n", i*3, "x")
	}
	fmt.Printf("[%5c][%-5c]\n", 'x', 'y')
	fmt.Printf("[%5t]\n", true)
	fmt.Printf("[%5.1f%%]\n", 12.345)
	fmt.Printf("[%v][%3v][%-4v]\n", 'a', 'b', "c")
	fmt.Printf("[%5q][%-7q]\n", "a", 'b')
	fmt.Printf("[%3.1v]\n", 2.25)
	fmt.Printf("[%2d|%2d|%2d]\n", []interface{}{1, 22, 333}...)
	fmt.Printf("[%[2]d %[1]d][%[1]*[2]d]\n", 5, 10)
}
