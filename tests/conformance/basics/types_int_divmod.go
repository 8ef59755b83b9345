package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, 5}, {-1, 5}, {10, 10}, {-10, 3}, {100, -7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var x8 int8 = -128
	var m1 int8 = -1
	fmt.Println("int8 -128 / -1 =", x8/m1)
	fmt.Println("int8 -128 % -1 =", x8%m1)
	var x16 int16 = -32768
	var n16 int16 = -1
	fmt.Println("int16 min / -1 =", x16/n16)
	var x32 int32 = math.MinInt32
	var n32 int32 = -1
	fmt.Println("int32 min / -1 =", x32/n32, x32%n32)
	var x64 int64 = math.MinInt64
	var n64 int64 = -1
	fmt.Println("int64 min / -1 =", x64/n64, x64%n64)

	var u uint = 17
	fmt.Println("uint 17/5 =", u/5, "17%5 =", u%5)
	var u8 uint8 = 250
	fmt.Println("uint8 250/7 =", u8/7, u8%7)
	// division by constant powers of two with negatives
	for _, v := range []int{-9, -8, -7, -1, 0, 1, 7, 8, 9} {
		fmt.Print(v/4, " ", v%4, " ", v>>2, " ", v&3, "; ")
	}
	fmt.Println()
	var i32 int32 = -2147483647
	fmt.Println(i32/2, i32%2, i32/-3, i32%-3)
	// op-assign forms
	q := -17
	q /= 4
	fmt.Println("q =", q)
	r := -17
	r %= 4
	fmt.Println("r =", r)
	// identity a == (a/b)*b + a%b
	ok := true
	for a := -20; a <= 20; a++ {
		for b := -6; b <= 6; b++ {
			if b == 0 {
				continue
			}
			if (a/b)*b+a%b != a {
				ok = false
			}
		}
	}
	fmt.Println("identity holds:", ok)
	// unsigned large
	var big uint64 = 18446744073709551615
	fmt.Println(big/3, big%1000, big/10000000000)
	// constant division is exact for untyped
	const c1 = 7 / 2
	const c2 = 7 / 2.0
	const c3 = -7 % 3
	fmt.Println(c1, c2, c3)
}
