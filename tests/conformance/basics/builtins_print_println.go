package main

import "fmt"

func main() {
	// print and println write to stderr
	println("hello", 1, true, 'a')
	println()
	print("no", "spaces", 1, 2, "\n")
	println(-5, uint8(200), int64(-9223372036854775808), uint64(18446744073709551615))
	println(1.5, -0.25, 1e100, float32(3.5))
	var nilIface interface{}
	println(nilIface == nil, "x" < "y")
	print(3, 4, "\n")
	print("a", 1, "b", "\n")
	println("done")
	fmt.Println("stdout line")
}
