package main

import (
	"fmt"
	"math"
)

const Huge = 1 << 100
const Big = Huge >> 90
const Third = 1.0 / 3
const Mixed = 'a' + 1.0
const Exact = 1e30 / 1e28

func main() {
	fmt.Println(Big, Huge>>99, Huge/Huge)
	fmt.Println(Third, float32(Third))
	fmt.Println(Mixed, string(rune(Mixed)))
	fmt.Println(Exact)
	const x = 10
	var f float64 = x / 4
	var f2 float64 = x / 4.0
	fmt.Println(f, f2)
	var i8 int8 = x * 12
	fmt.Println(i8)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	var u uint64 = math.MaxUint64
	fmt.Println(u)
	const s = "const" + "ant"
	fmt.Println(s, len(s))
	const b = 3 > 2
	fmt.Println(b)
	const r = 'x'
	fmt.Printf("%T %T %T %T\n", x, Third, r, s)
	fmt.Println(1<<62/3, (1<<64-1)%1000)
	const big2 = 123456789012345678901234567890
	fmt.Println(big2 / 1000000000000000000000)
	fmt.Println(float64(big2))
}
